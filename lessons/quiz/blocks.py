"""Question blocks: one StructBlock per kind of question, combined in `QuestionStreamBlock`.

A question's id is its StreamField block id (a UUID Wagtail keeps across edits and
translations); choices, steps and pairs are ListBlock items, whose ids are just as stable.
`clean()` refuses a question that cannot be graded, with a message saying what to fix.
Each block turns its value into a plain dict with `to_snapshot()` (see snapshot.py): that dict
is what attempts freeze and what grading reads.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from . import grading
from .voivodeships import CHOICES as VOIVODESHIP_CHOICES

SCORING_CHOICES = [
    (grading.PARTIAL_CREDIT, _("Partial credit: each right part earns its share")),
    (grading.ALL_OR_NOTHING, _("All or nothing: full marks only when everything is right")),
]
TRUE_FALSE_CHOICES = [("true", _("True")), ("false", _("False"))]


def prompt_block():
    return blocks.TextBlock(
        label=_("Question"),
        max_length=500,
        help_text=_("What the student is asked, as a full sentence."),
    )


def points_block():
    return blocks.IntegerBlock(
        label=_("Points"),
        default=1,
        min_value=1,
        max_value=10,
        help_text=_("Marks for a fully right answer."),
    )


def explanation_block():
    return blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=1000,
        help_text=_("Shown to every student after submitting: why the answer is what it is."),
    )


def feedback_block(label):
    return blocks.TextBlock(label=label, required=False, max_length=500)


def scoring_block():
    return blocks.ChoiceBlock(
        label=_("Scoring"),
        choices=SCORING_CHOICES,
        default=grading.PARTIAL_CREDIT,
        help_text=_("The rule is shown to students with the question."),
    )


def list_error(message):
    return ListBlockValidationError(non_block_errors=[ValidationError(message)])


class ChoiceItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=200)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = feedback_block(_("Feedback when chosen"))

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class QuestionBlock(blocks.StructBlock):
    """What every kind of question shares: its snapshot and the editor's preview."""

    kind = ""

    def snapshot_fields(self, value):
        raise NotImplementedError

    def to_snapshot(self, value, block_id):
        snapshot = {
            "id": str(block_id),
            "type": self.kind,
            "prompt": value["prompt"],
            "points": value["points"] or 1,
            **self.snapshot_fields(value),
            "explanation": value["explanation"] or "",
        }
        # The children some kinds share: a scoring rule, one feedback for a right answer and
        # one for a wrong one.
        if "scoring" in self.child_blocks:
            snapshot["scoring"] = value["scoring"] or grading.PARTIAL_CREDIT
        for name in ("feedback_correct", "feedback_incorrect"):
            if name in self.child_blocks:
                snapshot[name] = value[name] or ""
        return snapshot

    def get_preview_value(self):
        """Meta.preview_value, with the children it leaves out at their defaults."""
        value = {name: block.get_default() for name, block in self.child_blocks.items()}
        value.update(self.meta.preview_value)
        return self.normalize(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        from .review import answer_key

        context["key"] = answer_key([self.to_snapshot(value, "preview")])
        return context

    def gradability_errors(self, value):
        """{child name: message} of what makes the question ungradable."""
        return {}

    def clean(self, value):
        value = super().clean(value)
        errors = self.gradability_errors(value)
        if errors:
            raise StructBlockValidationError(
                block_errors={
                    name: list_error(message)
                    if isinstance(self.child_blocks[name], blocks.ListBlock)
                    # A plain child block's error:
                    else ValidationError(message)
                    for name, message in errors.items()
                }
            )
        return value

    class Meta:
        template = "lessons/quiz/blocks/question.html"


def choices_snapshot(value):
    return [
        {
            "id": child.id,
            "text": child.value["text"],
            "correct": bool(child.value["correct"]),
            "feedback": child.value["feedback"] or "",
        }
        for child in value["choices"].bound_blocks
    ]


class SingleChoiceQuestionBlock(QuestionBlock):
    kind = "single_choice"
    prompt = prompt_block()
    choices = blocks.ListBlock(ChoiceItemBlock(), label=_("Choices"), min_num=2, max_num=8)
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {"choices": choices_snapshot(value)}

    def gradability_errors(self, value):
        if len(value["choices"]) < 2:
            return {"choices": _("Give at least two choices.")}
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct != 1:
            return {
                "choices": _(
                    "Mark exactly one choice as correct (use a multiple-choice question when "
                    "several are right)."
                )
            }
        return {}

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("One right answer among several choices.")
        preview_value = {
            "prompt": "Z którego województwa pochodzi karp zatorski?",
            "choices": [
                {"text": "małopolskie", "correct": True, "feedback": "Tak: Dolina Karpia."},
                {"text": "podlaskie", "correct": False, "feedback": ""},
            ],
            "explanation": "Zator leży w województwie małopolskim.",
        }


class MultipleChoiceQuestionBlock(QuestionBlock):
    kind = "multiple_choice"
    prompt = prompt_block()
    choices = blocks.ListBlock(ChoiceItemBlock(), label=_("Choices"), min_num=2, max_num=10)
    scoring = scoring_block()
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {"choices": choices_snapshot(value)}

    def gradability_errors(self, value):
        if len(value["choices"]) < 2:
            return {"choices": _("Give at least two choices.")}
        if not any(choice["correct"] for choice in value["choices"]):
            return {"choices": _("Mark at least one choice as correct.")}
        return {}

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        description = _("Tick every right answer; partial credit by a stated rule.")
        preview_value = {
            "prompt": "Z mleka jakich zwierząt może powstać oscypek?",
            "choices": [
                {"text": "owiec", "correct": True, "feedback": ""},
                {"text": "krów", "correct": True, "feedback": "Najwyżej 40% mleka krowiego."},
                {"text": "kóz", "correct": False, "feedback": ""},
            ],
            "points": 2,
        }


class TrueFalseQuestionBlock(QuestionBlock):
    kind = "true_false"
    prompt = prompt_block()
    answer = blocks.ChoiceBlock(label=_("The statement is"), choices=TRUE_FALSE_CHOICES)
    feedback_true = feedback_block(_("Feedback when the student answers “true”"))
    feedback_false = feedback_block(_("Feedback when the student answers “false”"))
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {
            "answer": value["answer"] == "true",
            "feedback_true": value["feedback_true"] or "",
            "feedback_false": value["feedback_false"] or "",
        }

    def gradability_errors(self, value):
        if value["answer"] not in ("true", "false"):
            return {"answer": _("Say whether the statement is true or false.")}
        return {}

    class Meta:
        icon = "tick-inverse"
        label = _("True or false")
        description = _("A statement the student judges true or false.")
        preview_value = {
            "prompt": "Miód wrzosowy z Borów Dolnośląskich ma chronioną nazwę pochodzenia (ChNP).",
            "answer": "false",
            "feedback_true": "To chronione oznaczenie geograficzne (ChOG), nie ChNP.",
            "feedback_false": "",
        }


def correct_incorrect_feedback():
    return (
        feedback_block(_("Feedback for a right answer")),
        feedback_block(_("Feedback for a wrong answer")),
    )


class ShortTextQuestionBlock(QuestionBlock):
    kind = "short_text"
    prompt = prompt_block()
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=_("Accepted answer"), max_length=200),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_(
            "Every spelling to accept. Spaces and punctuation around the answer never count."
        ),
    )
    ignore_case = blocks.BooleanBlock(
        label=_("Ignore upper and lower case"), required=False, default=True
    )
    ignore_diacritics = blocks.BooleanBlock(
        label=_("Ignore Polish diacritics (“zurek” matches “żurek”)"), required=False, default=True
    )
    feedback_correct, feedback_incorrect = correct_incorrect_feedback()
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {
            "accepted": [text for text in value["accepted_answers"] if text],
            "ignore_case": bool(value["ignore_case"]),
            "ignore_diacritics": bool(value["ignore_diacritics"]),
        }

    def gradability_errors(self, value):
        if not any(grading.normalise_text(text) for text in value["accepted_answers"]):
            return {"accepted_answers": _("Give at least one accepted answer.")}
        return {}

    class Meta:
        icon = "edit"
        label = _("Short text")
        description = _("A word or two typed by the student, checked against accepted answers.")
        preview_value = {
            "prompt": "Jak nazywa się drewniana forma do odciskania wzorów na oscypku?",
            "accepted_answers": ["oscypiorka"],
        }


def plain_number(number):
    """A Decimal as plain text without trailing zeros: 46.0000 -> "46", 0.50 -> "0.5"."""
    if number is None:
        return "0"
    text = format(Decimal(number), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class NumericQuestionBlock(QuestionBlock):
    kind = "numeric"
    prompt = prompt_block()
    answer = blocks.DecimalBlock(label=_("Right answer"), decimal_places=4, max_digits=14)
    tolerance = blocks.DecimalBlock(
        label=_("Tolerance"),
        decimal_places=4,
        max_digits=14,
        default=0,
        help_text=_(
            "Answers within this distance of the right one count as right (bounds included)."
        ),
    )
    unit = blocks.CharBlock(
        label=_("Unit"), required=False, max_length=30, help_text=_("For example: kg, %, km².")
    )
    feedback_correct, feedback_incorrect = correct_incorrect_feedback()
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {
            "answer": plain_number(value["answer"]),
            "tolerance": plain_number(value["tolerance"]),
            "unit": value["unit"] or "",
        }

    def gradability_errors(self, value):
        if value["tolerance"] is not None and value["tolerance"] < 0:
            return {"tolerance": _("The tolerance cannot be negative.")}
        return {}

    class Meta:
        icon = "order"
        label = _("Number")
        description = _("A number, right within a tolerance.")
        preview_value = {
            "prompt": "Ile polskich nazw zarejestrowano w UE jako ChNP, ChOG lub GTS do września 2023?",
            "answer": "46",
            "unit": "",
        }


class OrderingQuestionBlock(QuestionBlock):
    kind = "ordering"
    prompt = prompt_block()
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=200),
        label=_("Steps, in the right order"),
        min_num=2,
        max_num=10,
        help_text=_("Students see them shuffled and give each its position."),
    )
    scoring = scoring_block()
    feedback_correct, feedback_incorrect = correct_incorrect_feedback()
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {
            "steps": [
                {"id": child.id, "text": child.value} for child in value["steps"].bound_blocks
            ]
        }

    def gradability_errors(self, value):
        steps = [grading.normalise_text(step) for step in value["steps"]]
        if len(steps) < 2:
            return {"steps": _("An ordering question needs at least two steps.")}
        if len(set(steps)) != len(steps):
            return {"steps": _("Two steps have the same text; students could not tell them apart.")}
        return {}

    class Meta:
        icon = "list-ol"
        label = _("Ordering")
        description = _("Put steps in order (for example, how oscypek is made).")
        preview_value = {
            "prompt": "Ułóż etapy wyrobu oscypka we właściwej kolejności.",
            "steps": ["podgrzanie mleka", "dodanie klagu", "wędzenie"],
        }


class MatchingPairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Item"), max_length=200)
    right = blocks.CharBlock(label=_("Its match"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Pair")


class MatchingQuestionBlock(QuestionBlock):
    kind = "matching"
    prompt = prompt_block()
    pairs = blocks.ListBlock(
        MatchingPairBlock(),
        label=_("Pairs"),
        min_num=2,
        max_num=10,
        help_text=_(
            "Students match each item to one of the right-hand answers (shown in alphabetical order)."
        ),
    )
    scoring = scoring_block()
    feedback_correct, feedback_incorrect = correct_incorrect_feedback()
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {
            "pairs": [
                {"id": child.id, "left": child.value["left"], "right": child.value["right"]}
                for child in value["pairs"].bound_blocks
            ]
        }

    def gradability_errors(self, value):
        if len(value["pairs"]) < 2:
            return {"pairs": _("A matching question needs at least two pairs.")}
        lefts = [grading.normalise_text(pair["left"]) for pair in value["pairs"]]
        if len(set(lefts)) != len(lefts):
            return {"pairs": _("Two items have the same text; students could not tell them apart.")}
        return {}

    class Meta:
        icon = "link"
        label = _("Matching")
        description = _("Match items to their answers (for example, products to regions).")
        preview_value = {
            "prompt": "Dopasuj produkty do województw.",
            "pairs": [
                {"left": "Oscypek", "right": "małopolskie"},
                {"left": "Wiśnia nadwiślanka", "right": "świętokrzyskie"},
            ],
        }


class VoivodeshipQuestionBlock(QuestionBlock):
    kind = "voivodeship"
    prompt = prompt_block()
    regions = blocks.MultipleChoiceBlock(
        label=_("Right voivodeships"),
        choices=VOIVODESHIP_CHOICES,
        help_text=_("Any of these counts as right (a product may come from several)."),
    )
    feedback_correct, feedback_incorrect = correct_incorrect_feedback()
    points = points_block()
    explanation = explanation_block()

    def snapshot_fields(self, value):
        return {
            "regions": sorted(value["regions"] or []),
        }

    def gradability_errors(self, value):
        if not value["regions"]:
            return {"regions": _("Choose at least one right voivodeship.")}
        return {}

    class Meta:
        icon = "site"
        label = _("Which voivodeship? (map)")
        description = _("The student chooses a voivodeship on the map of Poland or from the list.")
        preview_value = {
            "prompt": "Z którego województwa pochodzi karp zatorski?",
            "regions": ["12"],
        }


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_text = ShortTextQuestionBlock()
    numeric = NumericQuestionBlock()
    ordering = OrderingQuestionBlock()
    matching = MatchingQuestionBlock()
    voivodeship = VoivodeshipQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 60
        block_counts = {}
