"""Teachers, classes, students, assignments and lesson completions.

Students are not Users: a student is a nickname in one class with a personal sign-in code; the
site remembers a signed-in student in the Django session (see students.py). Quiz attempts are
`lessons.QuizAttempt` rows whose `taker_key` is built here (`taker_key()`), so that the quiz
engine never needs to know that classes exist.
"""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from korzenie.permissions import TEACHERS_GROUP

from . import codes

TAKER_PREFIX = "cr"


def new_key():
    """A short random public key for a class or a student (not a secret)."""
    return secrets.token_hex(6)


class TeacherStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("E-mail not confirmed yet")
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class TeacherProfile(models.Model):
    """A teacher's account request: a moderator approves it before it can hold student data."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="teacher_profile"
    )
    name = models.CharField(_("name"), max_length=150)
    school = models.CharField(_("school"), max_length=200)
    status = models.CharField(
        _("status"), max_length=20, choices=TeacherStatus.choices, default=TeacherStatus.UNCONFIRMED
    )
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("approved or rejected at"), null=True, blank=True)
    moderator_note = models.TextField(
        _("moderator's note"),
        blank=True,
        help_text=_("Only moderators see this note (for example, how the school was checked)."),
    )

    class Meta:
        verbose_name = _("teacher account")
        verbose_name_plural = _("teacher accounts")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.school})"

    def save(self, *args, **kwargs):
        """Keep the user's membership of the Teachers group in step with the status."""
        if self.pk:
            previous = TeacherProfile.objects.filter(pk=self.pk).values_list("status", flat=True)
            previous = previous.first()
            if previous != self.status and self.status in (
                TeacherStatus.APPROVED,
                TeacherStatus.REJECTED,
            ):
                self.decided_at = timezone.now()
        super().save(*args, **kwargs)
        group, _created = Group.objects.get_or_create(name=TEACHERS_GROUP)
        if self.status == TeacherStatus.APPROVED:
            self.user.groups.add(group)
        else:
            self.user.groups.remove(group)
        self.user.__dict__.pop("_korzenie_teacher", None)

    @property
    def email(self):
        return self.user.email

    @property
    def is_approved(self):
        return self.status == TeacherStatus.APPROVED and self.user.is_active


class SchoolClass(models.Model):
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="school_classes"
    )
    name = models.CharField(_("class name"), max_length=100)
    school_year = models.CharField(_("school year"), max_length=9)
    key = models.CharField(max_length=12, unique=True, default=new_key, editable=False)
    join_code = models.CharField(max_length=codes.JOIN_CODE_LENGTH, unique=True, editable=False)
    join_enabled = models.BooleanField(_("students may join"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["-school_year", "name"]

    def __str__(self):
        return f"{self.name} ({self.school_year})"

    def save(self, *args, **kwargs):
        if not self.join_code:
            self.regenerate_join_code(save=False)
        super().save(*args, **kwargs)

    @property
    def join_code_display(self):
        return codes.grouped(self.join_code)

    def regenerate_join_code(self, save=True):
        while True:
            code = codes.random_code(codes.JOIN_CODE_LENGTH)
            if code != self.join_code and not SchoolClass.objects.filter(join_code=code).exists():
                break
        self.join_code = code
        if save:
            self.save(update_fields=["join_code"])

    def taker_prefix(self):
        return f"{TAKER_PREFIX}:{self.key}:"


class Student(models.Model):
    """A member of one class: a nickname and a personal sign-in code, nothing else."""

    school_class = models.ForeignKey(SchoolClass, on_delete=models.CASCADE, related_name="students")
    nickname = models.CharField(_("nickname"), max_length=40)
    key = models.CharField(max_length=12, unique=True, default=new_key, editable=False)
    signin_code = models.CharField(max_length=codes.SIGNIN_CODE_LENGTH, unique=True, editable=False)
    joined_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("student")
        verbose_name_plural = _("students")
        ordering = ["nickname"]
        constraints = [
            models.UniqueConstraint(
                models.functions.Lower("nickname"),
                "school_class",
                name="classroom_student_nickname_unique_in_class",
            )
        ]

    def __str__(self):
        return self.nickname

    def save(self, *args, **kwargs):
        if not self.signin_code:
            self.signin_code = codes.random_code(codes.SIGNIN_CODE_LENGTH)
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if (
                    Student.objects.filter(signin_code=self.signin_code)
                    .exclude(pk=self.pk)
                    .exists()
                ):
                    self.signin_code = codes.random_code(codes.SIGNIN_CODE_LENGTH)
                    continue
                raise
        raise IntegrityError("Could not find a free sign-in code.")

    @property
    def signin_code_display(self):
        return codes.grouped(self.signin_code)

    def taker_prefix(self):
        return f"{self.school_class.taker_prefix()}{self.key}:"

    def reset_signin_code(self):
        self.signin_code = codes.random_code(codes.SIGNIN_CODE_LENGTH)
        self.save(update_fields=["signin_code"])


class AnswerRelease(models.TextChoices):
    AT_ONCE = "at_once", _("At once, after each attempt")
    AFTER_DUE = "after_due", _("After the due date")
    BY_TEACHER = "by_teacher", _("When I release them")


class Assignment(models.Model):
    """A lesson and/or a quiz for the whole class or for chosen students, with a due date."""

    school_class = models.ForeignKey(
        SchoolClass, on_delete=models.CASCADE, related_name="assignments"
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    quiz = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_at = models.DateTimeField(_("due date"))
    instructions = models.TextField(_("instructions"), blank=True, max_length=2000)
    answer_release = models.CharField(
        _("show the correct answers"),
        max_length=20,
        choices=AnswerRelease.choices,
        default=AnswerRelease.AFTER_DUE,
    )
    answers_released_at = models.DateTimeField(null=True, blank=True)
    for_whole_class = models.BooleanField(_("the whole class"), default=True)
    students = models.ManyToManyField(
        Student, blank=True, related_name="assignments", verbose_name=_("chosen students")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_at", "pk"]

    def __str__(self):
        return self.title

    @cached_property
    def title(self):
        parts = [page.title for page in (self.lesson, self.quiz) if page is not None]
        if self.lesson and self.quiz and self.quiz.title.startswith(self.lesson.title):
            parts = [self.quiz.title]
        return " + ".join(dict.fromkeys(parts)) or str(_("(removed page)"))

    def clean(self):
        if not self.lesson_id and not self.quiz_id:
            raise ValidationError(_("Choose a lesson, a quiz or both."))

    def is_for(self, student):
        if self.for_whole_class:
            return student.school_class_id == self.school_class_id
        return any(chosen.pk == student.pk for chosen in self.students.all())

    def taker_key(self, student):
        return f"{student.taker_prefix()}{self.pk}"

    def answers_released(self, now=None):
        now = now or timezone.now()
        if self.answer_release == AnswerRelease.AT_ONCE:
            return True
        if self.answer_release == AnswerRelease.AFTER_DUE:
            return now >= self.due_at or self.answers_released_at is not None
        return self.answers_released_at is not None

    def is_overdue(self, now=None):
        return (now or timezone.now()) > self.due_at


class LessonCompletion(models.Model):
    """A student says: I have done the lesson of this assignment."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="completions")
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "student"], name="classroom_completion_once"
            )
        ]

    def __str__(self):
        return f"{self.student} · {self.assignment}"


def parse_taker_key(taker_key):
    """ "cr:<class key>:<student key>:<assignment id>" -> (class key, student key, id) or None."""
    parts = (taker_key or "").split(":")
    if len(parts) != 4 or parts[0] != TAKER_PREFIX or not parts[3].isdigit():
        return None
    return parts[1], parts[2], int(parts[3])
