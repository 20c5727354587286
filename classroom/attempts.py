"""The one place that reads `lessons.QuizAttempt`, the quiz engine's record of an attempt.

The classroom finds the attempts of its students by their `taker_key` (see models.py:
"cr:<class key>:<student key>:<assignment id>") and never writes them, except to delete them
with the student or class they belong to.
"""

from django.apps import apps


def attempt_model():
    try:
        return apps.get_model("lessons", "QuizAttempt")
    except LookupError:
        return None


def _field(model, *names):
    fields = {field.name for field in model._meta.get_fields()}
    return next((name for name in names if name in fields), None)


SUMMARY_FIELDS = ("pk", "taker_key", "score", "max_score", "submitted_at", "started_at")


def attempts_with_prefix(prefix, submitted_only=True, suffix="", summary=False):
    """Attempts whose taker key starts with `prefix` (and ends with `suffix`), oldest first
    (an empty list without the quiz engine); by default only submitted ones (an attempt in
    progress is not a result). `summary` loads only the key, score and times, not the
    questions and answers (the matrix needs no more)."""
    model = attempt_model()
    if model is None:
        return []
    found = model.objects.filter(taker_key__startswith=prefix)
    if suffix:
        found = found.filter(taker_key__endswith=suffix)
    if summary:
        names = [name for name in SUMMARY_FIELDS if name == "pk" or _field(model, name)]
        found = found.values(*names)
    if submitted_only and _field(model, "submitted_at"):
        found = found.filter(submitted_at__isnull=False)
    time_field = _field(model, "submitted_at", "finished_at", "created_at", "started_at")
    order = [time_field, "pk"] if time_field else ["pk"]
    found = found.order_by(*order)
    if summary:
        return [Summary(**row) for row in found]
    return found


class Summary:
    """An attempt's key, score and times, without its questions and answers."""

    def __init__(self, **fields):
        self.__dict__.update(fields)


def delete_with_prefix(prefix):
    model = attempt_model()
    if model is None:
        return 0
    return model.objects.filter(taker_key__startswith=prefix).delete()[0]


def get_attempt(prefix, attempt_id):
    """The submitted attempt `attempt_id` if its taker key starts with `prefix`, else None."""
    model = attempt_model()
    if model is None:
        return None
    found = model.objects.filter(taker_key__startswith=prefix, pk=attempt_id)
    if _field(model, "submitted_at"):
        found = found.filter(submitted_at__isnull=False)
    return found.first()


def submitted_at(attempt):
    for name in ("submitted_at", "finished_at", "created_at", "started_at"):
        value = getattr(attempt, name, None)
        if value is not None:
            return value
    return None


def is_submitted(attempt):
    """Started but not yet submitted attempts (if the engine keeps them) do not count."""
    for name in ("submitted_at", "finished_at"):
        if hasattr(attempt, name):
            return getattr(attempt, name) is not None
    return True


def snapshot(attempt):
    for name in ("questions", "snapshot", "question_snapshot", "questions_snapshot"):
        value = getattr(attempt, name, None)
        if isinstance(value, list):
            return value
    return []


def answers(attempt):
    value = getattr(attempt, "answers", None)
    return value if isinstance(value, dict) else {}


def percent(attempt):
    score = float(getattr(attempt, "score", 0) or 0)
    max_score = float(getattr(attempt, "max_score", 0) or 0)
    if not max_score:
        return 0
    return round(score * 100 / max_score)


def as_data(attempt):
    """Everything stored in one attempt, for the student's data download."""
    data = {}
    for field in attempt._meta.concrete_fields:
        value = getattr(attempt, field.attname)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif not isinstance(value, str | int | float | bool | list | dict | type(None)):
            value = str(value)
        data[field.attname] = value
    return data


def delete_with_prefix_suffix(prefix, suffix):
    """Delete the attempts of one assignment: "<class prefix>...:<assignment id>"."""
    model = attempt_model()
    if model is None:
        return 0
    found = model.objects.filter(taker_key__startswith=prefix, taker_key__endswith=suffix)
    return found.delete()[0]
