"""Grading: pure functions over a frozen snapshot of a quiz's questions and a student's answers.

Nothing here touches the database or the request, so every rule is tested on its own
(tests/lessons/test_quiz_grading.py). A snapshot question is a dict (see `snapshot.py`):

    {"id": "<block uuid>", "type": "single_choice", "prompt": "...", "points": 1,
     "explanation": "...", ...fields of its kind...}

and an answer has the shape its kind expects (the forms produce exactly these shapes):

    single_choice      "<choice id>"
    multiple_choice    ["<choice id>", ...]
    true_false         "true" | "false"
    short_text         "any text"
    numeric            "46" or "2,5" (as typed; parsed here)
    ordering           {"<step id>": <position 1..n>, ...}
    matching           {"<pair id>": "<matching_key of the chosen right-hand text>", ...}
    voivodeship        "<TERYT code>"

Grading never raises on a strange answer: a missing or malformed answer is simply not right.
(Malformed submissions are refused earlier, with a 400, by `forms.py`.)
"""

import hashlib
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CORRECT = "correct"
PARTIAL = "partial"
INCORRECT = "incorrect"
UNANSWERED = "unanswered"

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL_CREDIT = "partial"

# Polish letters with diacritics and their plain forms (after casefolding, so lower case is
# enough; the upper-case ones are kept for case-sensitive comparisons).
POLISH_LETTERS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_WHITESPACE = re.compile(r"\s+")
# Punctuation a student may type around an answer ("Oscypek." or "„żurek”").
_EDGE_PUNCTUATION = ".,;:!?\"'„”“‚‘’«»()[]-–—"


def strip_diacritics(text):
    """Remove diacritics: the Polish ones explicitly (ł does not decompose), others via NFKD."""
    text = text.translate(POLISH_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalise_text(text, *, ignore_case=True, ignore_diacritics=False):
    """The comparable form of a typed answer.

    Always: Unicode NFC, surrounding whitespace and punctuation removed, runs of whitespace
    collapsed to one space. Optionally: case folded, diacritics removed ("Żurek" -> "zurek").
    """
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _WHITESPACE.sub(" ", text).strip().strip(_EDGE_PUNCTUATION).strip()
    if ignore_case:
        text = text.casefold()
    if ignore_diacritics:
        text = strip_diacritics(text)
    return text


_NUMBER = re.compile(r"[+\-−]?\d+(?:[.,]\d+)?")
_DIGIT_GROUP_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}\b)")


def parse_number(text):
    """A typed number as a Decimal, or None.

    Accepts the Polish decimal comma ("2,5") and the point ("2.5"), a sign, and spaces between
    groups of three digits ("2 120"). Refuses anything ambiguous ("1,234.5", "1e3", "12 kg").
    """
    if isinstance(text, int | Decimal) and not isinstance(text, bool):
        return Decimal(text)
    if not isinstance(text, str):
        return None
    text = _DIGIT_GROUP_SPACES.sub("", text.strip())
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text.replace(",", ".").replace("−", "-"))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


def _is_blank(answer):
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, list | dict | tuple):
        return len(answer) == 0
    return False


def _fraction_outcome(fraction):
    if fraction >= 1:
        return CORRECT
    if fraction > 0:
        return PARTIAL
    return INCORRECT


def _by_id(items):
    return {item["id"]: item for item in items}


def _feedback(*texts):
    return [text for text in texts if text]


def grade_single_choice(question, answer):
    choice = _by_id(question["choices"]).get(answer) if isinstance(answer, str) else None
    if choice is None:
        return Decimal(0), INCORRECT, []
    fraction = Decimal(1) if choice["correct"] else Decimal(0)
    return fraction, _fraction_outcome(fraction), _feedback(choice.get("feedback"))


def grade_multiple_choice(question, answer):
    """Multiple choice, by the question's stated rule.

    all_or_nothing: full marks only when exactly the correct choices are ticked.
    partial: each correct choice ticked earns 1/k of the marks (k = number of correct choices),
    each wrong choice ticked takes 1/k away; never below zero.
    """
    choices = _by_id(question["choices"])
    if not isinstance(answer, list | tuple):
        return Decimal(0), INCORRECT, []
    selected = [choices[choice_id] for choice_id in dict.fromkeys(answer) if choice_id in choices]
    correct_ids = {choice["id"] for choice in question["choices"] if choice["correct"]}
    selected_ids = {choice["id"] for choice in selected}
    feedback = _feedback(*(choice.get("feedback") for choice in selected))
    if question.get("scoring", PARTIAL_CREDIT) == ALL_OR_NOTHING:
        fraction = Decimal(1) if selected_ids == correct_ids else Decimal(0)
    else:
        right = len(selected_ids & correct_ids)
        wrong = len(selected_ids - correct_ids)
        fraction = max(Decimal(0), Decimal(right - wrong) / Decimal(len(correct_ids)))
    return fraction, _fraction_outcome(fraction), feedback


def grade_true_false(question, answer):
    if answer not in ("true", "false", True, False):
        return Decimal(0), INCORRECT, []
    value = answer in ("true", True)
    fraction = Decimal(1) if value == question["answer"] else Decimal(0)
    feedback = question.get("feedback_true") if value else question.get("feedback_false")
    return fraction, _fraction_outcome(fraction), _feedback(feedback)


def _right_or_wrong(question, right):
    fraction = Decimal(1) if right else Decimal(0)
    feedback = question.get("feedback_correct") if right else question.get("feedback_incorrect")
    return fraction, _fraction_outcome(fraction), _feedback(feedback)


def grade_short_text(question, answer):
    options = {
        "ignore_case": question.get("ignore_case", True),
        "ignore_diacritics": question.get("ignore_diacritics", True),
    }
    given = normalise_text(answer, **options)
    accepted = {normalise_text(text, **options) for text in question["accepted"]}
    return _right_or_wrong(question, bool(given) and given in accepted)


def grade_numeric(question, answer):
    """Right when |answer - expected| <= tolerance (both bounds included)."""
    given = parse_number(answer)
    if given is None:
        return _right_or_wrong(question, False)
    expected = Decimal(str(question["answer"]))
    tolerance = Decimal(str(question.get("tolerance") or 0))
    return _right_or_wrong(question, abs(given - expected) <= tolerance)


def _positional(question, answer, items, is_right):
    """Ordering and matching: the share of items placed right, by the question's rule."""
    if not isinstance(answer, dict):
        return Decimal(0), INCORRECT, _feedback(question.get("feedback_incorrect"))
    right = sum(
        1 for index, item in enumerate(items) if is_right(index, item, answer.get(item["id"]))
    )
    if right == len(items):
        fraction = Decimal(1)
    elif question.get("scoring", PARTIAL_CREDIT) == ALL_OR_NOTHING:
        fraction = Decimal(0)
    else:
        fraction = Decimal(right) / Decimal(len(items))
    outcome = _fraction_outcome(fraction)
    feedback = (
        question.get("feedback_correct")
        if outcome == CORRECT
        else question.get("feedback_incorrect")
    )
    return fraction, outcome, _feedback(feedback)


def grade_ordering(question, answer):
    """Each step at its right position (1 = first) earns 1/n; all of them is full marks."""

    def at_right_place(index, step, position):
        try:
            return int(position) == index + 1
        except (TypeError, ValueError):
            return False

    return _positional(question, answer, question["steps"], at_right_place)


def matching_key(text):
    """The opaque value of a right-hand option of a matching question.

    It depends on the text only, never on which pair the text belongs to, so the page cannot
    give away which left-hand item it matches; two pairs may share a right-hand side (two
    products from one region) and then share the key.
    """
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()[:12]


def grade_matching(question, answer):
    """Each left-hand item matched to its right-hand side earns 1/n."""

    def matched(index, pair, chosen_key):
        return isinstance(chosen_key, str) and chosen_key == matching_key(pair["right"])

    return _positional(question, answer, question["pairs"], matched)


def grade_voivodeship(question, answer):
    return _right_or_wrong(question, isinstance(answer, str) and answer in question["regions"])


GRADERS = {
    "single_choice": grade_single_choice,
    "multiple_choice": grade_multiple_choice,
    "true_false": grade_true_false,
    "short_text": grade_short_text,
    "numeric": grade_numeric,
    "ordering": grade_ordering,
    "matching": grade_matching,
    "voivodeship": grade_voivodeship,
}

_CENT = Decimal("0.01")


def grade_question(question, answer):
    """{"id", "score", "max_score", "outcome", "feedback"} for one question."""
    points = Decimal(question.get("points", 1))
    if _is_blank(answer):
        fraction, outcome, feedback = Decimal(0), UNANSWERED, []
    else:
        fraction, outcome, feedback = GRADERS[question["type"]](question, answer)
    score = (points * fraction).quantize(_CENT, rounding=ROUND_HALF_UP)
    return {
        "id": question["id"],
        "score": float(score),
        "max_score": float(points),
        "outcome": outcome,
        "feedback": feedback,
    }


def grade_quiz(questions, answers):
    """Grade every question of a snapshot; answers is {question id: answer}.

    Returns {"score", "max_score", "percent", "questions": [per-question results in order]}.
    Answers to ids that are not in the snapshot are ignored (the form refuses them first).
    """
    answers = answers if isinstance(answers, dict) else {}
    results = [grade_question(question, answers.get(question["id"])) for question in questions]
    score = sum(Decimal(str(result["score"])) for result in results)
    max_score = sum(Decimal(str(result["max_score"])) for result in results)
    percent = (score * 100 / max_score).quantize(Decimal(1), ROUND_HALF_UP) if max_score else 0
    return {
        "score": float(score),
        "max_score": float(max_score),
        "percent": int(percent),
        "questions": results,
    }
