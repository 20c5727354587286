"""Factories of the classroom: approved teachers, classes, students, assignments, attempts."""

import datetime

import factory
from django.utils import timezone

from classroom.models import (
    Assignment,
    SchoolClass,
    Student,
    TeacherProfile,
    TeacherStatus,
)
from lessons.models import QuizAttempt
from lessons.quiz.grading import grade_quiz
from tests.factories import UserFactory


class TeacherProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Nauczycielka {n}")
    school = "Szkoła Podstawowa nr 3 w Zakopanem"
    status = TeacherStatus.APPROVED

    class Meta:
        model = TeacherProfile


def approved_teacher(**kwargs):
    return TeacherProfileFactory(**kwargs).user


class SchoolClassFactory(factory.django.DjangoModelFactory):
    teacher = factory.LazyFunction(approved_teacher)
    name = factory.Sequence(lambda n: f"Klasa {n}a")
    school_year = "2026/2027"

    class Meta:
        model = SchoolClass


class StudentFactory(factory.django.DjangoModelFactory):
    school_class = factory.SubFactory(SchoolClassFactory)
    nickname = factory.Sequence(lambda n: f"Żaneta {n}")

    class Meta:
        model = Student


class AssignmentFactory(factory.django.DjangoModelFactory):
    school_class = factory.SubFactory(SchoolClassFactory)
    due_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    instructions = "Przeczytajcie lekcję."

    class Meta:
        model = Assignment


def make_attempt(assignment, student, answers, *, submitted_at=None, quiz=None):
    """A submitted attempt of the assignment's quiz, graded like the quiz engine grades it."""
    quiz = (quiz or assignment.quiz).specific
    questions = quiz.questions_snapshot()
    result = grade_quiz(questions, answers)
    return QuizAttempt.objects.create(
        page=quiz,
        quiz_title=quiz.title,
        questions=questions,
        answers=answers,
        result=result,
        score=result["score"],
        max_score=result["max_score"],
        submitted_at=submitted_at or timezone.now(),
        taker_key=assignment.taker_key(student),
    )
