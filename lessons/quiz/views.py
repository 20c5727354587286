"""Taking a quiz: start, answer (saved as the student goes), submit once, see the result.

Plain HTML forms do everything, so a quiz works without JavaScript; lessons/js/quiz.js only
saves answers in the background as they change. An attempt's address holds its random token,
and the session remembers the tokens of this browser's attempts, so a refresh or a closed tab
resumes where the student was. Practice attempts store nothing about the person.
"""

import random

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from lessons.models.quizzes import AnswerRelease, DisplayMode, QuizAttempt

from . import review
from .forms import MAX_SUBMISSION_BYTES, AnswerForm, TamperedSubmission
from .grading import grade_quiz
from .snapshot import public_questions

SESSION_KEY = "quiz_attempts"


def _no_taker(request, page):
    return ""


def _no_release(attempt):
    return None


HOOK_DEFAULTS = {"QUIZ_TAKER": _no_taker, "QUIZ_ANSWERS_RELEASE": _no_release}


def _hook(name):
    """Hooks for the classroom, named in settings by dotted path (the quiz engine never imports it):

    - QUIZ_TAKER(request, quiz_page) -> taker key of a new attempt ("" for practice);
    - QUIZ_ANSWERS_RELEASE(attempt) -> True/False when the classroom decides for this attempt
      (an assigned quiz follows its assignment), None when it does not (practice).
    """
    path = getattr(settings, name, None)
    return import_string(path) if path else HOOK_DEFAULTS[name]


ACTIONS = {"save", "next", "back", "submit", "autosave"}


# -- session: which attempts are this browser's ------------------------------------------------


def _remembered(request, page):
    return request.session.get(SESSION_KEY, {}).get(str(page.pk), {})


def _remember(request, page, **tokens):
    attempts = request.session.get(SESSION_KEY, {})
    entry = {**attempts.get(str(page.pk), {}), **tokens}
    attempts[str(page.pk)] = {key: value for key, value in entry.items() if value}
    request.session[SESSION_KEY] = attempts


# -- responses ---------------------------------------------------------------------------------


def _private(response):
    add_never_cache_headers(response)
    return response


def _wants_json(request):
    """Background saves (lessons/js/quiz.js) ask for JSON."""
    return "application/json" in request.headers.get("Accept", "")


def _bad_request(page, request, message):
    """400 with a message that says what was wrong; nothing has been stored."""
    if _wants_json(request):
        return _private(JsonResponse({"error": str(message)}, status=400))
    response = page.render(
        request,
        template="lessons/quiz/bad_request.html",
        context_overrides={"message": message},
    )
    response.status_code = 400
    return _private(response)


def _attempt_url(page, attempt, number=None):
    if number is None:
        return page.url + page.reverse_subpage("attempt", args=[attempt.token])
    return page.url + page.reverse_subpage("attempt_question", args=[attempt.token, number])


def _result_url(page, attempt):
    return page.url + page.reverse_subpage("result", args=[attempt.token])


def _get_attempt(page, token):
    try:
        return QuizAttempt.objects.get(page=page, token=token)
    except QuizAttempt.DoesNotExist:
        raise Http404(_("There is no such attempt at this quiz.")) from None


# -- the start page ----------------------------------------------------------------------------


def start_page(page, request):
    remembered = _remembered(request, page)
    tokens = [token for token in (remembered.get("draft"), remembered.get("done")) if token]
    attempts = {
        attempt.token: attempt
        for attempt in QuizAttempt.objects.filter(page=page, token__in=tokens)
    }
    draft = attempts.get(remembered.get("draft"))
    done = attempts.get(remembered.get("done"))
    context = {
        "question_count": len(page.questions),
        "draft": draft if draft and not draft.is_submitted else None,
        "draft_url": _attempt_url(page, draft) if draft and not draft.is_submitted else "",
        "last_result_url": _result_url(page, done) if done and done.is_submitted else "",
        "lesson": page.get_parent().specific_deferred if page.depth > 1 else None,
    }
    return _private(page.render(request, context_overrides=context))


def start(page, request):
    """POST: begin an attempt (or go back to this browser's unfinished one)."""
    if request.method != "POST":
        return redirect(page.url)
    draft_token = _remembered(request, page).get("draft")
    if draft_token:
        draft = QuizAttempt.objects.filter(page=page, token=draft_token, submitted_at=None).first()
        if draft:  # a double click on "Start" or a second tab: one attempt
            return redirect(_attempt_url(page, draft))
    attempt = QuizAttempt.objects.create(
        page=page,
        taker_key=_hook("QUIZ_TAKER")(request, page) or "",
        quiz_title=page.title,
        revision_id=page.live_revision_id or page.latest_revision_id,
        questions=page.questions_snapshot(),
        seed=random.SystemRandom().randrange(1, 2**31),
        shuffle_questions=page.shuffle_questions,
        shuffle_options=page.shuffle_options,
        max_score=sum(question.get("points", 1) for question in page.questions_snapshot()),
    )
    _remember(request, page, draft=attempt.token)
    return redirect(_attempt_url(page, attempt))


# -- answering ---------------------------------------------------------------------------------


def _first_unanswered(questions, answers):
    for question in questions:
        if answers.get(question["id"]) in (None, "", [], {}):
            return question["number"]
    return len(questions)


def _answered_count(questions, answers):
    return sum(1 for question in questions if answers.get(question["id"]) not in (None, "", [], {}))


def take(page, request, token, number):
    attempt = _get_attempt(page, token)
    if attempt.is_submitted:
        return redirect(_result_url(page, attempt))
    questions = attempt.public_questions()
    total = len(questions)
    one_per_screen = page.display_mode == DisplayMode.ONE_PER_SCREEN
    if one_per_screen and number is None:
        return redirect(_attempt_url(page, attempt, _first_unanswered(questions, attempt.answers)))
    if not one_per_screen and number is not None:
        return redirect(_attempt_url(page, attempt))
    if number is not None and not 1 <= number <= total:
        raise Http404(_("This quiz has no question %(number)s.") % {"number": number})
    screen = [questions[number - 1]] if one_per_screen else questions

    if request.method == "POST":
        return _answer(page, request, attempt, questions, screen, number)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    form = AnswerForm(screen, answers=attempt.answers)
    return _render_take(page, request, attempt, questions, screen, number, form)


def _answer(page, request, attempt, questions, screen, number):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_SUBMISSION_BYTES + 1
    if length > MAX_SUBMISSION_BYTES:
        return _bad_request(
            page,
            request,
            _("The submission is too large (%(size)s bytes; at most %(limit)s).")
            % {"size": length, "limit": MAX_SUBMISSION_BYTES},
        )
    action = request.POST.get("action", "")
    if action not in ACTIONS:
        return _bad_request(
            page, request, _("The submission does not say what to do (save, next, back or submit).")
        )
    form = AnswerForm(screen, request.POST)
    form.is_valid()
    try:
        form.check_tampering()
    except TamperedSubmission as error:
        return _bad_request(page, request, str(error))

    answers = {**attempt.answers, **form.answers()}
    now = timezone.now()
    saved = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at=None).update(
        answers=answers, updated_at=now
    )
    if not saved:  # submitted meanwhile, in another tab or by a retried request
        return redirect(_result_url(page, attempt))
    if action == "autosave":
        return _private(
            JsonResponse(
                {
                    "saved": True,
                    "answered": _answered_count(questions, answers),
                    "total": len(questions),
                }
            )
        )
    attempt.answers = answers
    if form.errors and action != "back":
        response = _render_take(page, request, attempt, questions, screen, number, form)
        return response
    if action == "back" and number and number > 1:
        return redirect(_attempt_url(page, attempt, number - 1))
    if action == "next" and number and number < len(questions):
        return redirect(_attempt_url(page, attempt, number + 1))
    if action == "submit":
        return _submit(page, request, attempt, answers, now)
    return redirect(_attempt_url(page, attempt, number) + "?saved=1")


def _submit(page, request, attempt, answers, now):
    result = grade_quiz(attempt.questions, answers)
    QuizAttempt.objects.filter(pk=attempt.pk, submitted_at=None).update(
        answers=answers,
        result=result,
        score=result["score"],
        max_score=result["max_score"],
        submitted_at=now,
        updated_at=now,
    )
    # Whether this request or a concurrent one recorded it, there is one attempt: show it.
    _remember(request, page, draft=None, done=attempt.token)
    return redirect(_result_url(page, attempt))


def _render_take(page, request, attempt, questions, screen, number, form):
    total = len(questions)
    fields = [
        {
            "question": question,
            "errors": form.errors_for(question),
            "controls": form.controls(question),
        }
        for question in screen
    ]
    context = {
        "attempt": attempt,
        "form": form,
        "screen": fields,
        "number": number,
        "total": total,
        "answered": _answered_count(questions, attempt.answers),
        "is_last": number is None or number == total,
        "saved": request.GET.get("saved") == "1",
        "action_url": _attempt_url(page, attempt, number),
        "non_field_errors": form.non_field_errors() if form.is_bound else [],
    }
    response = page.render(request, template="lessons/quiz/take.html", context_overrides=context)
    return _private(response)


# -- the result --------------------------------------------------------------------------------


def answers_visible(page, attempt):
    """Whether the correct answers may be shown for this attempt.

    An attempt made for a class assignment follows the assignment's answer-release setting
    (settings.QUIZ_ANSWERS_RELEASE answers for it). Any other attempt follows the quiz page's
    setting; a practice attempt is never released by a teacher nor past a due date, so with a
    held-back setting it never shows them.
    """
    decided = _hook("QUIZ_ANSWERS_RELEASE")(attempt)
    if decided is not None:
        return decided
    return page.show_correct_answers == AnswerRelease.IMMEDIATELY


def result(page, request, token):
    attempt = _get_attempt(page, token)
    if not attempt.is_submitted:
        return redirect(_attempt_url(page, attempt))
    show_correct = answers_visible(page, attempt)
    context = {
        "attempt": attempt,
        "entries": review.review(attempt, show_correct=show_correct),
        "show_correct": show_correct,
        "score": attempt.result.get("score", 0),
        "max_score": attempt.result.get("max_score", 0),
        "percent": attempt.result.get("percent", 0),
    }
    return _private(
        page.render(request, template="lessons/quiz/result.html", context_overrides=context)
    )


# -- the editor's preview ----------------------------------------------------------------------


def preview(page, request, *, with_answers):
    snapshot = page.questions_snapshot()
    questions = public_questions(snapshot, seed=1)
    form = AnswerForm(questions)
    context = {
        "screen": [
            {"question": question, "errors": [], "controls": form.controls(question)}
            for question in questions
        ],
        "answer_key": review.answer_key(snapshot) if with_answers else None,
        "total": len(questions),
        "is_preview": True,
    }
    return page.render(request, template="lessons/quiz/preview.html", context_overrides=context)
