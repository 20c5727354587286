from .lessons import *  # noqa: F403
from .lessons import __all__ as _lessons_all
from .quizzes import *  # noqa: F403
from .quizzes import __all__ as _quizzes_all

__all__ = [*_lessons_all, *_quizzes_all]
