"""Demo data of the classroom: the demo teacher's class "Klasa 5b" with a few nickname students
and assignments of the demo lessons and quizzes (when the lessons app has made them).

Idempotent: a second run finds everything and changes nothing.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Page

from .models import AnswerRelease, Assignment, SchoolClass, Student, TeacherProfile, TeacherStatus

TEACHER = "nauczyciel"
CLASS_NAME = "Klasa 5b"
SCHOOL_YEAR = "2026/2027"
STUDENTS = ["Ala", "Bartek", "Kasia", "Olek"]
WARSAW = ZoneInfo("Europe/Warsaw")


def demo_pages(model_name, count):
    return list(
        Page.objects.live()
        .filter(
            content_type__app_label="lessons",
            content_type__model=model_name,
            locale__language_code="pl",
        )
        .order_by("path")[:count]
    )


def grant_moderators():
    """Moderators review teacher accounts in the admin (and see nothing else of the classroom)."""
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    moderators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="classroom",
            codename__in=["view_teacherprofile", "change_teacherprofile"],
        )
    )


def load(command):
    grant_moderators()
    teacher = get_user_model().objects.filter(username=TEACHER).first()
    if teacher is None:
        return
    profile, created = TeacherProfile.objects.get_or_create(
        user=teacher,
        defaults={
            "name": f"{teacher.first_name} {teacher.last_name}".strip() or TEACHER,
            "school": "Szkoła Podstawowa nr 1 (demo)",
            "status": TeacherStatus.APPROVED,
        },
    )
    if created:
        TeacherProfile.objects.filter(pk=profile.pk).update(
            email_confirmed_at=profile.created_at, decided_at=profile.created_at
        )
    school_class = SchoolClass.objects.filter(
        teacher=teacher, name=CLASS_NAME, school_year=SCHOOL_YEAR
    ).first()
    if school_class is None:
        school_class = SchoolClass.objects.create(
            teacher=teacher, name=CLASS_NAME, school_year=SCHOOL_YEAR
        )
    for nickname in STUDENTS:
        if not school_class.students.filter(nickname=nickname).exists():
            Student.objects.create(school_class=school_class, nickname=nickname)
    lessons = demo_pages("lessonpage", 2)
    quizzes = demo_pages("quizpage", 2)
    plans = []
    for index, lesson in enumerate(lessons):
        quiz = next(
            (quiz for quiz in quizzes if quiz.path.startswith(lesson.path)),
            quizzes[index] if index < len(quizzes) else None,
        )
        plans.append((lesson, quiz))
    if not lessons:
        plans = [(None, quiz) for quiz in quizzes]
    for index, (lesson, quiz) in enumerate(plans):
        if Assignment.objects.filter(school_class=school_class, lesson=lesson, quiz=quiz).exists():
            continue
        Assignment.objects.create(
            school_class=school_class,
            lesson=lesson,
            quiz=quiz,
            due_at=datetime.datetime(2026, 12, 15 + 7 * index, 8, 0, tzinfo=WARSAW),
            instructions="Przeczytajcie lekcję, a potem rozwiążcie quiz. Powodzenia!",
            answer_release=AnswerRelease.AFTER_DUE if index == 0 else AnswerRelease.AT_ONCE,
        )
    if command is not None and getattr(command, "verbosity", 1):
        command.stdout.write(
            f"Classroom: {CLASS_NAME} of '{TEACHER}', join code {school_class.join_code_display}"
        )
