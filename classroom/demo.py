"""Demo data of the classroom: the demo teacher's class "Klasa 5b" with a few nickname students
and assignments of the demo lessons and quizzes (when the lessons app has made them).

Idempotent: a second run finds everything and changes nothing.
"""

import datetime
from decimal import Decimal
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
    load_attempts(school_class)
    if command is not None and getattr(command, "verbosity", 1):
        command.stdout.write(
            f"Classroom: {CLASS_NAME} of '{TEACHER}', join code {school_class.join_code_display}"
        )


def demo_answers(questions, number):
    """Answers of the demo student `number`: some right, some typical mistakes."""
    answers = {}
    for index, question in enumerate(questions):
        if (number + index) % 4 == 3:
            continue  # left unanswered
        kind = question["type"]
        right = (number + index) % 3 != 0
        if kind in ("single_choice", "multiple_choice"):
            correct = [choice["id"] for choice in question["choices"] if choice["correct"]]
            wrong = [choice["id"] for choice in question["choices"] if not choice["correct"]]
            chosen = correct if right or not wrong else wrong[:1]
            answers[question["id"]] = chosen[0] if kind == "single_choice" else chosen
        elif kind == "true_false":
            answers[question["id"]] = "true" if question["answer"] == right else "false"
        elif kind == "short_text":
            answers[question["id"]] = question["accepted"][0] if right else "nie wiem"
        elif kind == "numeric":
            expected = Decimal(str(question["answer"]))
            answers[question["id"]] = str(expected if right else expected + 10)
        elif kind == "voivodeship":
            answers[question["id"]] = question["regions"][0] if right else "14"
        elif kind == "ordering":
            steps = question["steps"] if right else list(reversed(question["steps"]))
            answers[question["id"]] = {step["id"]: n for n, step in enumerate(steps, start=1)}
    return answers


def load_attempts(school_class):
    """Submitted attempts of the demo students at the first quiz assignment (for the reports)."""
    from django.apps import apps

    QuizAttempt = apps.get_model("lessons", "QuizAttempt")
    assignment = school_class.assignments.filter(quiz__isnull=False).order_by("pk").first()
    if assignment is None:
        return
    quiz = assignment.quiz.specific
    questions = quiz.questions_snapshot()
    submitted = datetime.datetime(2026, 11, 27, 9, 0, tzinfo=WARSAW)
    for number, student in enumerate(school_class.students.order_by("nickname")):
        taker_key = assignment.taker_key(student)
        if number == len(STUDENTS) - 1 or QuizAttempt.objects.filter(taker_key=taker_key).exists():
            continue  # the last student has not done it yet
        QuizAttempt.graded(
            quiz,
            demo_answers(questions, number),
            questions=questions,
            started_at=submitted - datetime.timedelta(minutes=12),
            submitted_at=submitted + datetime.timedelta(minutes=number),
            taker_key=taker_key,
        ).save()
