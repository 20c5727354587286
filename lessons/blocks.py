"""The blocks of a lesson: the shell's text and media blocks plus the lesson's own.

Each block renders its own template (`lessons/blocks/...`); the lesson pack PDF renders the
same values, so the printout and the page never disagree.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from korzenie.blocks import ContentStreamBlock


class ActivityBlock(blocks.StructBlock):
    """Something the class does: what it needs, how long it takes, and the steps."""

    title = blocks.CharBlock(label=_("Title"))
    minutes = blocks.IntegerBlock(label=_("Time in minutes"), min_value=1, max_value=240)
    grouping = blocks.CharBlock(
        label=_("Who works together"),
        required=False,
        help_text=_("For example: in pairs, in groups of four, the whole class."),
    )
    materials = blocks.ListBlock(
        blocks.CharBlock(label=_("Material")), label=_("Materials"), min_num=0
    )
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), label=_("Steps"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "lessons/blocks/activity_block.html"
        label = _("Activity")
        description = _("A class activity with its materials, time and steps.")
        preview_value = {
            "title": "Mapa pochodzenia",
            "minutes": 15,
            "grouping": "w parach",
            "materials": ["konturowa mapa Polski", "kredki"],
            "steps": ["Zaznaczcie na mapie województwo małopolskie.", "Wpiszcie nazwę produktu."],
        }


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"))
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "snippet"
        label = _("Key term")


class KeyTermsBlock(blocks.StructBlock):
    terms = blocks.ListBlock(KeyTermBlock(), label=_("Terms"), min_num=1)

    class Meta:
        icon = "snippet"
        template = "lessons/blocks/key_terms_block.html"
        label = _("Key terms")
        description = _("Words to learn in this lesson, each with its definition.")
        preview_value = {
            "terms": [
                {"term": "baca", "definition": "Gospodarz bacówki, który prowadzi wypas owiec."},
                {"term": "redyk", "definition": "Wiosenny przepęd owiec na górskie pastwiska."},
            ]
        }


class DiscussionQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    prompts = blocks.ListBlock(
        blocks.CharBlock(label=_("Prompt")),
        label=_("Prompts that help the discussion"),
        min_num=0,
    )

    class Meta:
        icon = "help"
        template = "lessons/blocks/discussion_question_block.html"
        label = _("Discussion question")
        description = _("An open question for the class, with prompts that help.")
        preview_value = {
            "question": "Dlaczego oscypek robi się tylko latem?",
            "prompts": ["Kiedy owce są na pastwiskach?"],
        }


class ProductCardBlock(blocks.StructBlock):
    """A card that links the lesson to a product's origin story."""

    story = blocks.PageChooserBlock(
        label=_("Origin story"),
        page_type="origins.OriginStoryPage",
        help_text=_("The origin story the card leads to."),
    )
    note = blocks.TextBlock(
        label=_("Why it matters here"),
        required=False,
        help_text=_("One or two sentences that tie the product to this lesson."),
    )

    class Meta:
        icon = "pick"
        template = "lessons/blocks/product_card_block.html"
        label = _("Product card")
        description = _("A card leading to a product's origin story.")


class LessonStreamBlock(ContentStreamBlock):
    activity = ActivityBlock()
    key_terms = KeyTermsBlock()
    discussion = DiscussionQuestionBlock()
    product_card = ProductCardBlock()


class WorksheetTaskBlock(blocks.StructBlock):
    instruction = blocks.TextBlock(label=_("Instruction"))
    answer_lines = blocks.IntegerBlock(
        label=_("Lines for the answer"),
        min_value=0,
        max_value=20,
        default=3,
        help_text=_("How many empty lines the printed worksheet leaves for the answer."),
    )

    class Meta:
        icon = "edit"
        template = "lessons/blocks/worksheet_task_block.html"
        label = _("Task")
        description = _("A worksheet task with room for the answer.")
        preview_value = {
            "instruction": "Podaj dwa surowce, z których robi się oscypek.",
            "answer_lines": 2,
        }


class WorksheetStreamBlock(blocks.StreamBlock):
    task = WorksheetTaskBlock()


class ObjectiveBlock(blocks.CharBlock):
    class Meta:
        icon = "success"
        label = _("Objective")
        description = _("One thing the student can do after the lesson.")
        preview_value = "Uczeń wskazuje na mapie region pochodzenia oscypka."


class CurriculumRequirementBlock(blocks.StructBlock):
    code = blocks.CharBlock(
        label=_("Code"), help_text=_("As the core curriculum numbers it, e.g. Biologia SP VIII.2.")
    )
    text = blocks.CharBlock(label=_("Requirement"))

    class Meta:
        icon = "list-ol"
        label = _("Core curriculum requirement")
        description = _("A requirement of the Polish core curriculum that the lesson serves.")


class TimingStepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=240)
    step = blocks.CharBlock(label=_("What happens"))

    class Meta:
        icon = "time"
        label = _("Timing step")
        description = _("A part of the lesson and how long it takes (teachers only).")
