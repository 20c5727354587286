"""The demo quizzes: one per demo lesson, at least six gradable questions of several kinds."""

import pytest

from environment.bilingual import polish as to_polish
from lessons.demo import LESSONS
from lessons.quiz import demo
from lessons.quiz.blocks import QuestionStreamBlock
from lessons.quiz.grading import grade_quiz
from lessons.quiz.snapshot import questions_snapshot

STREAM = QuestionStreamBlock()


def test_every_demo_lesson_has_a_quiz():
    assert set(demo.QUIZZES) == {to_polish(lesson["slug"], {}) for lesson in LESSONS}


@pytest.mark.parametrize("slug", sorted(demo.QUIZZES))
def test_demo_quiz_is_real_and_gradable(slug):
    spec = demo.QUIZZES[slug]
    strings = {}
    raw = demo.questions_value(slug, spec["questions"], strings)
    assert len(raw) >= 6
    assert len({question["type"] for question in raw}) >= 4
    value = STREAM.clean(STREAM.to_python(raw))  # the admin's validation: nothing ungradable
    snapshot = questions_snapshot(value)
    assert [question["id"] for question in snapshot] == [question["id"] for question in raw]
    # Every Polish string has its English translation.
    assert all(english for english in strings.values())
    # The ids are fixed, so loading twice changes nothing.
    assert demo.questions_value(slug, spec["questions"], {}) == raw
    # Nobody gets full marks for answering nothing.
    assert grade_quiz(snapshot, {})["score"] == 0
