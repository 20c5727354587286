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
    attempt = QuizAttempt.graded(
        (quiz or assignment.quiz).specific,
        answers,
        submitted_at=submitted_at or timezone.now(),
        taker_key=assignment.taker_key(student),
    )
    attempt.save()
    return attempt
