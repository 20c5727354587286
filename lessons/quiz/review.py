"""What the result page, the editor's preview and the printed answer key say about a question:
the student's answer and the correct one, as lines of text."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import grading, voivodeships

OUTCOME_LABELS = {
    grading.CORRECT: gettext_lazy("Right"),
    grading.PARTIAL: gettext_lazy("Partly right"),
    grading.INCORRECT: gettext_lazy("Not right"),
    grading.UNANSWERED: gettext_lazy("Not answered"),
}
# A symbol next to the label, so the outcome never rests on colour alone.
OUTCOME_SYMBOLS = {
    grading.CORRECT: "✓",
    grading.PARTIAL: "◐",
    grading.INCORRECT: "✗",
    grading.UNANSWERED: "–",
}


def _texts(items, ids):
    by_id = {item["id"]: item for item in items}
    return [by_id[item_id]["text"] for item_id in ids if item_id in by_id]


def _true_false(value):
    return _("True") if value else _("False")


def _number(text, unit):
    return f"{text} {unit}".strip()


def describe_answer(question, answer):
    """The student's answer as lines of text ([] when not answered)."""
    if answer in (None, "", [], {}):
        return []
    kind = question["type"]
    if kind == "single_choice":
        return _texts(question["choices"], [answer])
    if kind == "multiple_choice":
        chosen = set(answer) if isinstance(answer, list) else set()
        return [choice["text"] for choice in question["choices"] if choice["id"] in chosen]
    if kind == "true_false":
        return [_true_false(answer in ("true", True))]
    if kind == "short_text":
        return [str(answer)]
    if kind == "numeric":
        return [_number(str(answer), question.get("unit", ""))]
    if kind == "ordering" and isinstance(answer, dict):
        steps = {step["id"]: step["text"] for step in question["steps"]}
        placed = sorted(
            (int(position), steps[step_id])
            for step_id, position in answer.items()
            if step_id in steps
        )
        return [f"{position}. {text}" for position, text in placed]
    if kind == "matching" and isinstance(answer, dict):
        options = {grading.matching_key(pair["right"]): pair["right"] for pair in question["pairs"]}
        return [
            f"{pair['left']} → {options[answer[pair['id']]]}"
            for pair in question["pairs"]
            if answer.get(pair["id"]) in options
        ]
    if kind == "voivodeship":
        return [voivodeships.label(answer)]
    return []


def describe_correct(question):
    """The correct answer as lines of text, for the result page and the answer key."""
    kind = question["type"]
    if kind in ("single_choice", "multiple_choice"):
        return [choice["text"] for choice in question["choices"] if choice["correct"]]
    if kind == "true_false":
        return [_true_false(question["answer"])]
    if kind == "short_text":
        return [" / ".join(question["accepted"])]
    if kind == "numeric":
        answer = _number(question["answer"], question.get("unit", ""))
        if question.get("tolerance") not in (None, "", "0"):
            return [
                _("%(answer)s (± %(tolerance)s)")
                % {"answer": answer, "tolerance": question["tolerance"]}
            ]
        return [answer]
    if kind == "ordering":
        return [
            f"{position}. {step['text']}"
            for position, step in enumerate(question["steps"], start=1)
        ]
    if kind == "matching":
        return [f"{pair['left']} → {pair['right']}" for pair in question["pairs"]]
    if kind == "voivodeship":
        return [voivodeships.label(code) for code in question["regions"]]
    return []


def answer_map(question, answer=None, *, show_correct=True):
    """The map of a "which voivodeship?" question with the student's answer and, where they
    may be shown, the right voivodeships marked; None for the other kinds."""
    if question["type"] != "voivodeship":
        return None
    right = question["regions"] if show_correct else ()
    return voivodeships.question_map(chosen=answer, right=right)


def review(attempt, *, show_correct):
    """One entry per question, in the order the student saw them, for the result page."""
    by_id = {question["id"]: question for question in attempt.questions}
    results = {item["id"]: item for item in attempt.result.get("questions", [])}
    entries = []
    for public in attempt.public_questions():
        question = by_id[public["id"]]
        answer = attempt.answers.get(question["id"])
        result = results.get(question["id"]) or grading.grade_question(question, None)
        entries.append(
            {
                "id": question["id"],
                "number": public["number"],
                "prompt": question["prompt"],
                "outcome": result["outcome"],
                "outcome_label": OUTCOME_LABELS[result["outcome"]],
                "outcome_symbol": OUTCOME_SYMBOLS[result["outcome"]],
                "score": result["score"],
                "max_score": result["max_score"],
                "given": describe_answer(question, answer),
                "correct": describe_correct(question) if show_correct else None,
                "map": answer_map(question, answer, show_correct=show_correct),
                "feedback": result["feedback"],
                "explanation": question.get("explanation", ""),
            }
        )
    return entries


def answer_key(snapshot):
    """Every question with its correct answer and explanation, in the editor's order."""
    return [
        {
            "number": number,
            "prompt": question["prompt"],
            "points": question.get("points", 1),
            "correct": describe_correct(question),
            "map": answer_map(question),
            "explanation": question.get("explanation", ""),
        }
        for number, question in enumerate(snapshot, start=1)
    ]
