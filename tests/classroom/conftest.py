import pytest
from django.core.cache import cache

from tests.classroom.factories import AssignmentFactory, SchoolClassFactory, StudentFactory
from tests.lessons.factories import LessonIndexPageFactory, LessonPageFactory
from tests.lessons.quiz.factories import QuizPageFactory


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters live in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lesson(home):
    index = LessonIndexPageFactory(parent=home)
    return LessonPageFactory(parent=index, title="Oscypek z Podhala")


@pytest.fixture
def quiz(lesson):
    return QuizPageFactory(parent=lesson, title="Quiz: oscypek i karp")


@pytest.fixture
def school_class(db):
    return SchoolClassFactory(name="Klasa 5b")


@pytest.fixture
def teacher(school_class):
    return school_class.teacher


@pytest.fixture
def students(school_class):
    return [StudentFactory(school_class=school_class, nickname=name) for name in ("Ala", "Łucja")]


@pytest.fixture
def assignment(school_class, lesson, quiz):
    return AssignmentFactory(school_class=school_class, lesson=lesson, quiz=quiz)


@pytest.fixture
def other_class(quiz, lesson):
    """Another teacher's class with a student, an assignment and an attempt."""
    from tests.classroom.factories import make_attempt

    other = SchoolClassFactory(name="Klasa 6c")
    student = StudentFactory(school_class=other, nickname="Obcy")
    assignment = AssignmentFactory(school_class=other, lesson=lesson, quiz=quiz)
    attempt = make_attempt(assignment, student, {})
    return {"class": other, "student": student, "assignment": assignment, "attempt": attempt}


def sign_in_student(client, student):
    from classroom.permissions import STUDENT_SESSION_KEY, session_token

    session = client.session
    session[STUDENT_SESSION_KEY] = [student.pk, session_token(student)]
    session.save()
