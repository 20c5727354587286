"""The teacher's reports, built once and shown as HTML tables and as CSV from the same rows.

- `class_matrix()`: students × assignments, each cell a status (done, done late, missing, not
  yet, not assigned) and the score in per cent of the student's latest attempt.
- `student_history()`: one student's assignments with their status, score and attempts.
- `question_report()`: for the quiz of one assignment, per question the share of students who got
  it fully right, the wrong answers chosen most, and the hardest questions marked.

Queries are fixed: a handful per report whatever the number of students and assignments
(tests/classroom/test_queries.py). An assignment counts as done when its quiz has been
submitted, or, for a lesson without a quiz, when the student has marked the lesson as done;
"late" compares the first submission with the due date; the score is the latest attempt's.
"""

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lessons.quiz import grading, voivodeships

from . import attempts
from .models import Assignment, LessonCompletion, Student, parse_taker_key


class Status:
    DONE = "done"
    LATE = "late"
    MISSING = "missing"
    OPEN = "open"
    NOT_ASSIGNED = "not_assigned"

    LABELS = {
        DONE: gettext_lazy("Done"),
        LATE: gettext_lazy("Done late"),
        MISSING: gettext_lazy("Missing"),
        OPEN: gettext_lazy("Not yet"),
        NOT_ASSIGNED: gettext_lazy("Not assigned"),
    }


@dataclass
class Cell:
    status: str
    score: int | None = None
    attempts: list = field(default_factory=list)
    completed_at: object = None
    url: str = ""

    @property
    def label(self):
        return str(Status.LABELS[self.status])

    @property
    def symbol(self):
        """A mark beside the word, so that the status never rests on colour alone."""
        return {Status.DONE: "✓", Status.LATE: "✓", Status.MISSING: "✗", Status.OPEN: "○"}.get(
            self.status, ""
        )

    @property
    def latest(self):
        return self.attempts[-1] if self.attempts else None

    @property
    def is_done(self):
        return self.status in (Status.DONE, Status.LATE)


def _cell(assignment, student, attempts_of_pair, completion, now):
    if not assignment.for_whole_class and student.pk not in assignment.chosen_ids:
        return Cell(Status.NOT_ASSIGNED)
    done_at = None
    score = None
    if assignment.quiz_id:
        if attempts_of_pair:
            done_at = attempts.submitted_at(attempts_of_pair[0])
            score = attempts.percent(attempts_of_pair[-1])
    elif completion is not None:
        done_at = completion.completed_at
    if done_at is None and (attempts_of_pair or completion):
        done_at = now
    if done_at is not None:
        status = Status.LATE if done_at > assignment.due_at else Status.DONE
    else:
        status = Status.MISSING if now > assignment.due_at else Status.OPEN
    return Cell(status, score, list(attempts_of_pair), done_at)


def _assignments(school_class):
    assignments = list(
        Assignment.objects.filter(school_class=school_class)
        .select_related("lesson", "quiz")
        .only(
            *(field.name for field in Assignment._meta.concrete_fields),
            "lesson__title",
            "lesson__translation_key",
            "quiz__title",
            "quiz__translation_key",
        )
        .prefetch_related(Prefetch("students", queryset=Student.objects.only("pk")))
    )
    for assignment in assignments:
        assignment.chosen_ids = {student.pk for student in assignment.students.all()}
        assignment.school_class = school_class
    return assignments


def _attempts_by_pair(prefix, **options):
    """{(student key, assignment id): [submitted attempts, oldest first]}"""
    pairs = defaultdict(list)
    for attempt in attempts.attempts_with_prefix(prefix, **options):
        parsed = parse_taker_key(attempt.taker_key)
        if parsed and attempts.is_submitted(attempt):
            pairs[(parsed[1], parsed[2])].append(attempt)
    return pairs


@dataclass
class Matrix:
    school_class: object
    students: list
    assignments: list
    rows: list  # [(student, [Cell per assignment])]

    def header_rows(self):
        first = [""]
        second = [_("Student")]
        for assignment in self.assignments:
            first += [assignment.title, ""]
            second += [_("Status"), _("Score (%)")]
        return [first, second]

    def body_rows(self):
        rows = []
        for student, cells in self.rows:
            row = [student.nickname]
            for cell in cells:
                row += [cell.label, cell.score if cell.score is not None else ""]
            rows.append(row)
        return rows

    def table(self):
        return self.header_rows() + self.body_rows()


def class_matrix(school_class, now=None):
    now = now or timezone.now()
    students = list(school_class.students.all())
    assignments = _assignments(school_class)
    pairs = _attempts_by_pair(school_class.taker_prefix(), summary=True)
    completions = {
        (completion.student_id, completion.assignment_id): completion
        for completion in LessonCompletion.objects.filter(assignment__school_class=school_class)
    }
    rows = []
    for student in students:
        student.school_class = school_class
        cells = [
            _cell(
                assignment,
                student,
                pairs.get((student.key, assignment.pk), []),
                completions.get((student.pk, assignment.pk)),
                now,
            )
            for assignment in assignments
        ]
        rows.append((student, cells))
    return Matrix(school_class, students, assignments, rows)


def student_history(student, assignments_qs=None, now=None):
    """[(assignment, Cell)] of one student, for the teacher's and the student's own page."""
    now = now or timezone.now()
    school_class = student.school_class
    if assignments_qs is None:
        assignments = [a for a in _assignments(school_class) if _is_for(a, student)]
    else:
        assignments = list(assignments_qs)
        for assignment in assignments:
            assignment.chosen_ids = {student.pk}
            assignment.for_whole_class = True
    pairs = _attempts_by_pair(student.taker_prefix(), summary=True)
    completions = {
        completion.assignment_id: completion
        for completion in LessonCompletion.objects.filter(student=student)
    }
    return [
        (
            assignment,
            _cell(
                assignment,
                student,
                pairs.get((student.key, assignment.pk), []),
                completions.get(assignment.pk),
                now,
            ),
        )
        for assignment in assignments
    ]


def _is_for(assignment, student):
    return assignment.for_whole_class or student.pk in assignment.chosen_ids


# --- The question report ------------------------------------------------------------------


def answer_label(question, answer):
    """A wrong answer as the teacher reads it, or None for kinds that have no single answer."""
    kind = question.get("type")
    if kind in ("single_choice",):
        choice = next((c for c in question.get("choices", []) if c.get("id") == answer), None)
        return choice["text"] if choice else None
    if kind == "multiple_choice" and isinstance(answer, list):
        texts = [c["text"] for c in question.get("choices", []) if c.get("id") in answer]
        return "; ".join(texts) or None
    if kind == "true_false":
        return _("True") if answer in ("true", True) else _("False")
    if kind == "short_text":
        return grading.normalise_text(answer) or None
    if kind == "numeric":
        return str(answer).strip() or None
    if kind == "voivodeship" and isinstance(answer, str):
        return str(voivodeships.label(answer)) if answer else None
    return None


@dataclass
class QuestionRow:
    number: int
    id: str
    prompt: str
    kind: str
    answered: int = 0
    correct: int = 0
    partial: int = 0
    unanswered: int = 0
    wrong: Counter = field(default_factory=Counter)
    hardest: bool = False
    # "Which voivodeship?" questions: the right codes, and how many students chose each code.
    regions: list = field(default_factory=list)
    chosen: Counter = field(default_factory=Counter)

    @cached_property
    def map(self):
        """Where the class placed it, on the map of Poland (voivodeship questions only); read
        by the template once the counts are complete."""
        if self.kind != "voivodeship" or not self.answered:
            return None
        return voivodeships.question_map(right=self.regions, counts=self.chosen)

    @property
    def share_correct(self):
        total = self.answered + self.unanswered
        return round(self.correct * 100 / total) if total else 0

    @property
    def top_wrong(self):
        return self.wrong.most_common(3)

    def top_wrong_text(self):
        return "; ".join(f"{text} ({count})" for text, count in self.top_wrong)


@dataclass
class QuestionReport:
    assignment: object
    attempt_count: int
    questions: list

    def header(self):
        return [
            _("No."),
            _("Question"),
            _("Attempts"),
            _("Correct (%)"),
            _("Wrong answers chosen most"),
            _("Hardest"),
        ]

    def body_rows(self):
        return [
            [
                row.number,
                row.prompt,
                row.answered + row.unanswered,
                row.share_correct,
                row.top_wrong_text(),
                _("Yes") if row.hardest else "",
            ]
            for row in self.questions
        ]

    def table(self):
        return [self.header(), *self.body_rows()]


HARDEST_COUNT = 3


def question_report(assignment):
    """Per question of the assignment's quiz, from the latest attempt of each student.

    The questions come from the attempts' frozen snapshots (the newest snapshot gives the order
    and wording), so editing the quiz later never changes a past report.
    """
    school_class = assignment.school_class
    pairs = _attempts_by_pair(school_class.taker_prefix(), suffix=f":{assignment.pk}")
    student_keys = set(school_class.students.values_list("key", flat=True))
    latest = [
        found[-1]
        for (student_key, assignment_id), found in pairs.items()
        if assignment_id == assignment.pk and student_key in student_keys
    ]
    rows = {}
    order = []
    for attempt in sorted(latest, key=lambda a: attempts.submitted_at(a) or 0, reverse=True):
        for question in attempts.snapshot(attempt):
            if question.get("id") not in rows:
                rows[question["id"]] = QuestionRow(
                    0,
                    question["id"],
                    question.get("prompt", ""),
                    question.get("type", ""),
                    regions=list(question.get("regions", [])),
                )
                order.append(question["id"])
    # Keep the editor's order of the newest snapshot.
    for number, question_id in enumerate(order, start=1):
        rows[question_id].number = number
    for attempt in latest:
        given = attempts.answers(attempt)
        for question in attempts.snapshot(attempt):
            row = rows.get(question.get("id"))
            if row is None:
                continue
            answer = given.get(question["id"])
            result = grading.grade_question(question, answer)
            if result["outcome"] == grading.UNANSWERED:
                row.unanswered += 1
                continue
            row.answered += 1
            if question.get("type") == "voivodeship" and answer in voivodeships.VOIVODESHIPS:
                row.chosen[answer] += 1
            if result["outcome"] == grading.CORRECT:
                row.correct += 1
                continue
            if result["outcome"] == grading.PARTIAL:
                row.partial += 1
            label = answer_label(question, answer)
            if label:
                row.wrong[label] += 1
    questions = [rows[question_id] for question_id in order]
    ranked = sorted(
        (row for row in questions if row.share_correct < 100 and row.answered + row.unanswered),
        key=lambda row: (row.share_correct, row.number),
    )
    if ranked:
        # The three lowest shares, and every question that ties with them.
        threshold = ranked[:HARDEST_COUNT][-1].share_correct
        for row in ranked:
            row.hardest = row.share_correct <= threshold
    return QuestionReport(assignment, len(latest), questions)


# --- CSV ----------------------------------------------------------------------------------


def csv_bytes(table, delimiter=","):
    """UTF-8 with a byte order mark (Excel then reads Polish letters right); numbers stay
    numbers; a cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in table:
        writer.writerow([_safe(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _safe(value):
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# --- The chart ----------------------------------------------------------------------------

CHART_LABEL_WIDTH = 40
CHART_BAR_AREA = 320
CHART_VALUE_WIDTH = 76
CHART_ROW = 34


def chart(report):
    """Geometry of the server-drawn SVG bar chart of the question report (share correct per
    question); the template draws it and shows the same numbers as a table."""
    bars = []
    for index, row in enumerate(report.questions):
        width = round(CHART_BAR_AREA * row.share_correct / 100)
        bars.append(
            {
                "row": row,
                "y": index * CHART_ROW + 8,
                "text_y": index * CHART_ROW + 8 + 19,
                "width": width,
                "value_x": CHART_LABEL_WIDTH + width + 6,
            }
        )
    return {
        "bars": bars,
        "label_width": CHART_LABEL_WIDTH,
        "area": CHART_BAR_AREA,
        "width": CHART_LABEL_WIDTH + CHART_BAR_AREA + CHART_VALUE_WIDTH,
        "height": len(bars) * CHART_ROW + 30,
        "axis_y": len(bars) * CHART_ROW + 12,
        "ticks": [
            {"x": CHART_LABEL_WIDTH + CHART_BAR_AREA * tick // 100, "label": tick}
            for tick in (0, 25, 50, 75, 100)
        ],
    }


# --- One attempt, question by question ----------------------------------------------------

OUTCOME_LABELS = {
    grading.CORRECT: gettext_lazy("Right"),
    grading.PARTIAL: gettext_lazy("Partly right"),
    grading.INCORRECT: gettext_lazy("Wrong"),
    grading.UNANSWERED: gettext_lazy("No answer"),
}


def given_label(question, answer):
    """The student's own answer, readable, for every kind of question."""
    if answer in (None, "", [], {}):
        return ""
    kind = question.get("type")
    if kind == "ordering" and isinstance(answer, dict):
        steps = sorted(
            question.get("steps", []), key=lambda step: str(answer.get(step["id"], "99")).zfill(3)
        )
        return " → ".join(step["text"] for step in steps)
    if kind == "matching" and isinstance(answer, dict):
        rights = {grading.matching_key(pair["right"]): pair["right"] for pair in question["pairs"]}
        return "; ".join(
            f"{pair['left']} – {rights.get(answer.get(pair['id']), '?')}"
            for pair in question.get("pairs", [])
        )
    if kind == "short_text":
        return str(answer)
    return answer_label(question, answer) or ""


def correct_label(question):
    kind = question.get("type")
    if kind in ("single_choice", "multiple_choice"):
        return "; ".join(c["text"] for c in question.get("choices", []) if c.get("correct"))
    if kind == "true_false":
        return _("True") if question.get("answer") else _("False")
    if kind == "short_text":
        return "; ".join(question.get("accepted", []))
    if kind == "numeric":
        text = str(question.get("answer", ""))
        if question.get("tolerance"):
            text += f" ± {question['tolerance']}"
        return f"{text} {question.get('unit', '')}".strip()
    if kind == "ordering":
        return " → ".join(step["text"] for step in question.get("steps", []))
    if kind == "matching":
        return "; ".join(f"{pair['left']} – {pair['right']}" for pair in question["pairs"])
    if kind == "voivodeship":
        return "; ".join(str(voivodeships.label(code)) for code in question.get("regions", []))
    return ""


def attempt_review(attempt, show_answers):
    given = attempts.answers(attempt)
    review = []
    for number, question in enumerate(attempts.snapshot(attempt), start=1):
        answer = given.get(question.get("id"))
        result = grading.grade_question(question, answer)
        review.append(
            {
                "number": number,
                "prompt": question.get("prompt", ""),
                "given": given_label(question, answer),
                "outcome": result["outcome"],
                "outcome_label": OUTCOME_LABELS[result["outcome"]],
                "score": result["score"],
                "max_score": result["max_score"],
                "correct": correct_label(question) if show_answers else None,
                "explanation": question.get("explanation", "") if show_answers else "",
            }
        )
    return review
