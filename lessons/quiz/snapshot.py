"""Snapshots of a quiz's questions, and the public view of them that the browser may see.

`questions_snapshot()` freezes a QuestionStreamBlock value into plain JSON-serialisable dicts,
answer key included; attempts store it, grading reads it, and so editing or deleting a question
later never changes a stored result.

`public_questions()` is the only way questions reach a page before submission: it copies, by
name, the fields a student needs (prompt, choice texts, units) and nothing else — no `correct`
flag, no accepted answers, no feedback, no explanation. Steps of an ordering question are always
shown shuffled and right-hand answers of a matching question in alphabetical order, so neither
order gives the answer away.
"""

import random

from django.utils.translation import gettext_lazy as _

from . import grading, voivodeships


def questions_snapshot(stream_value):
    """The frozen, gradable form of a quiz's questions, in the editor's order."""
    return [child.block.to_snapshot(child.value, child.id) for child in stream_value]


def _rng(seed, *parts):
    return random.Random(":".join(str(part) for part in (seed, *parts)))


def _shuffled(items, rng):
    items = list(items)
    rng.shuffle(items)
    return items


def _shuffled_never_in_order(items, rng):
    """A shuffle of two or more items that is never the original order."""
    shuffled = _shuffled(items, rng)
    if len(items) > 1 and shuffled == list(items):
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


def question_order(snapshot, *, seed, shuffle):
    ids = [question["id"] for question in snapshot]
    return _shuffled(ids, _rng(seed, "questions")) if shuffle else ids


def public_question(question, *, seed, shuffle_options):
    rng = _rng(seed, question["id"])
    public = {
        "id": question["id"],
        "type": question["type"],
        "prompt": question["prompt"],
        "points": question.get("points", 1),
    }
    kind = question["type"]
    if kind in ("single_choice", "multiple_choice"):
        choices = [{"id": choice["id"], "text": choice["text"]} for choice in question["choices"]]
        public["choices"] = _shuffled(choices, rng) if shuffle_options else choices
    if kind in ("multiple_choice", "ordering", "matching"):
        public["scoring"] = question.get("scoring", grading.PARTIAL_CREDIT)
    if kind == "true_false":
        public["choices"] = [{"id": "true", "text": _("True")}, {"id": "false", "text": _("False")}]
    elif kind == "numeric":
        public["unit"] = question.get("unit", "")
    elif kind == "ordering":
        steps = [{"id": step["id"], "text": step["text"]} for step in question["steps"]]
        public["steps"] = _shuffled_never_in_order(steps, rng)
        public["positions"] = list(range(1, len(steps) + 1))
    elif kind == "matching":
        public["items"] = [{"id": pair["id"], "text": pair["left"]} for pair in question["pairs"]]
        options = {grading.matching_key(pair["right"]): pair["right"] for pair in question["pairs"]}
        public["options"] = sorted(
            ({"id": key, "text": text} for key, text in options.items()),
            key=lambda option: grading.strip_diacritics(option["text"].casefold()),
        )
    elif kind == "voivodeship":
        public["choices"] = [
            {"id": code, "text": voivodeships.label(code)} for code in voivodeships.VOIVODESHIPS
        ]
    return public


def public_questions(snapshot, *, seed, shuffle_questions=False, shuffle_options=False):
    """The questions as a student sees them, in the attempt's order, numbered from 1."""
    by_id = {question["id"]: question for question in snapshot}
    order = question_order(snapshot, seed=seed, shuffle=shuffle_questions)
    questions = []
    for number, question_id in enumerate(order, start=1):
        public = public_question(by_id[question_id], seed=seed, shuffle_options=shuffle_options)
        public["number"] = number
        questions.append(public)
    return questions
