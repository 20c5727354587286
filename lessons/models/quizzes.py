"""Quizzes and attempts.

A `QuizPage` holds its questions as a StreamField (lessons.quiz.blocks); a student's
`QuizAttempt` freezes the questions it was started against (and the revision they came from),
collects answers as the student goes, and is graded once, on the server, when submitted.
The taking flow lives in `lessons.quiz.views`; the routes below only hand over to it.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from korzenie.models import BasePage
from korzenie.structured_data import page_node, page_url
from lessons.quiz import voivodeships
from lessons.quiz.blocks import QuestionStreamBlock
from lessons.quiz.grading import grade_quiz
from lessons.quiz.snapshot import public_questions, questions_snapshot

__all__ = ["AnswerRelease", "DisplayMode", "QuizAttempt", "QuizPage"]


class DisplayMode(models.TextChoices):
    ALL_ON_ONE_PAGE = "all", _("All questions on one page")
    ONE_PER_SCREEN = "one", _("One question per screen")


class AnswerRelease(models.TextChoices):
    """When a student sees the correct answers (score, feedback and explanations: always)."""

    IMMEDIATELY = "immediately", _("At once, after submitting")
    AFTER_RELEASE = "after_release", _("Only after the teacher releases them")
    AFTER_DUE_DATE = "after_due_date", _("Only after the due date of the assignment")


class QuizPage(RoutablePageMixin, BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Shown before the student starts: what the quiz is about."),
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))
    display_mode = models.CharField(
        _("display"),
        max_length=10,
        choices=DisplayMode.choices,
        default=DisplayMode.ALL_ON_ONE_PAGE,
    )
    shuffle_questions = models.BooleanField(
        _("shuffle the questions"), default=False, help_text=_("A new order for every attempt.")
    )
    shuffle_options = models.BooleanField(
        _("shuffle the choices"),
        default=False,
        help_text=_("Choices of choice questions in a new order for every attempt."),
    )
    show_correct_answers = models.CharField(
        _("show the correct answers"),
        max_length=20,
        choices=AnswerRelease.choices,
        default=AnswerRelease.IMMEDIATELY,
        help_text=_(
            "Students always see their score, feedback and explanations after submitting. "
            "Holding back the correct answers stops them spreading through a class; a class "
            "assignment releases them (practice attempts then never show them)."
        ),
    )

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldPanel("display_mode"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("show_correct_answers"),
            ],
            _("How students take it"),
        ),
    ]

    parent_page_types = ["lessons.LessonPage"]
    subpage_types = []
    page_description = _(
        "A quiz on a lesson: questions of eight kinds, graded on the server, with feedback and "
        "explanations after submitting."
    )
    template = "lessons/quiz_page.html"
    preview_modes = [("", _("As students see it")), ("answers", _("With the answer key"))]
    search_count_label = ngettext_lazy("%(count)d quiz", "%(count)d quizzes", "count")
    search_boost = 0.4

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def structured_data(self, request, context):
        """A Quiz, part of its lesson (the lesson its start page has loaded)."""
        lesson = context.get("lesson")
        return [
            page_node(
                self,
                request,
                "Quiz",
                learningResourceType="quiz",
                isPartOf={
                    "@type": "LearningResource",
                    "name": lesson.title,
                    "url": page_url(lesson, request),
                }
                if lesson
                else None,
            )
        ]

    def questions_snapshot(self):
        return questions_snapshot(self.questions)

    def paper_questions(self):
        """The questions for the printed quiz: the editor's order, public fields only, and the
        blank map for each "which voivodeship?" question."""
        questions = public_questions(self.questions_snapshot(), seed=self.pk or 0)
        for question in questions:
            if question["type"] == "voivodeship":
                question["map"] = voivodeships.question_map()
        return questions

    def answer_key(self):
        """Every question's correct answer and explanation, for the teacher's printed key."""
        from lessons.quiz.review import answer_key

        return answer_key(self.questions_snapshot())

    # -- routes: the taking flow (lessons.quiz.views) -------------------------------------------

    @path("", name="quiz")
    def quiz(self, request):
        from lessons.quiz import views

        return views.start_page(self, request)

    @path(_("start/"), name="start")
    def start(self, request):
        from lessons.quiz import views

        return views.start(self, request)

    @path(_("attempt/<str:token>/"), name="attempt")
    def attempt(self, request, token):
        from lessons.quiz import views

        return views.take(self, request, token, number=None)

    @path(_("attempt/<str:token>/<int:number>/"), name="attempt_question")
    def attempt_question(self, request, token, number):
        from lessons.quiz import views

        return views.take(self, request, token, number=number)

    @path(_("result/<str:token>/"), name="result")
    def result(self, request, token):
        from lessons.quiz import views

        return views.result(self, request, token)

    def serve_preview(self, request, mode_name):
        from lessons.quiz import views

        return views.preview(self, request, with_answers=mode_name == "answers")


def new_token():
    return secrets.token_urlsafe(24)


class QuizAttempt(models.Model):
    """One student's go at a quiz: practice (nobody) or, through the classroom, a taker."""

    page = models.ForeignKey(
        QuizPage,
        verbose_name=_("quiz"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
    )
    quiz_title = models.CharField(_("quiz title"), max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("quiz revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The revision of the quiz the attempt was taken against."),
    )
    # The questions as they were at the start, answer key included: grading and the result
    # page read these, never the live page, so later edits change no result.
    questions = models.JSONField(_("questions"), default=list)
    # Unique: the attempt's address and its idempotency key (a second submit finds it done).
    token = models.CharField(
        _("token"), max_length=64, unique=True, default=new_token, editable=False
    )
    seed = models.PositiveIntegerField(_("shuffle seed"), default=0)
    shuffle_questions = models.BooleanField(default=False)
    shuffle_options = models.BooleanField(default=False)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=7, decimal_places=2, default=0)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # For the classroom: who took it (an opaque key such as "member:42"). Empty for practice,
    # which stores nothing about the person.
    taker_key = models.CharField(_("taker"), max_length=100, blank=True, db_index=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["page", "submitted_at"])]

    def __str__(self):
        return f"{self.quiz_title} · {self.started_at:%Y-%m-%d %H:%M}"

    @classmethod
    def graded(cls, quiz, answers, *, questions=None, **fields):
        """An unsaved attempt of `quiz` with these answers, graded as a submission is graded
        (demo content, benchmarks and tests make theirs this way). `fields` gives the rest:
        taker_key, submitted_at, started_at..."""
        questions = quiz.questions_snapshot() if questions is None else questions
        result = grade_quiz(questions, answers)
        return cls(
            page=quiz,
            quiz_title=quiz.title,
            revision_id=quiz.live_revision_id,
            questions=questions,
            answers=answers,
            result=result,
            score=result["score"],
            max_score=result["max_score"],
            **fields,
        )

    @property
    def is_submitted(self):
        return self.submitted_at is not None

    def public_questions(self):
        return public_questions(
            self.questions,
            seed=self.seed,
            shuffle_questions=self.shuffle_questions,
            shuffle_options=self.shuffle_options,
        )
