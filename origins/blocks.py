"""Blocks of origin stories: the shell's text and media blocks plus a timeline, a facts box and
the steps of a traditional method."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from korzenie.blocks import HeadingBlock, ImageBlock, ParagraphBlock, QuoteBlock, SourcesBlock


class TimelineEventBlock(blocks.StructBlock):
    when = blocks.CharBlock(label=_("When"), max_length=60, help_text=_("A year, century or date."))
    event = blocks.TextBlock(label=_("What happened"))

    class Meta:
        icon = "date"
        label = _("Event")


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    events = blocks.ListBlock(TimelineEventBlock(), label=_("Events"), min_num=1)

    class Meta:
        icon = "history"
        template = "origins/blocks/timeline_block.html"
        label = _("Timeline")
        description = _("Dated events in order, shown as a list.")
        preview_value = {
            "heading": "Historia",
            "events": [
                {"when": "2005", "event": "Wniosek o rejestrację w UE."},
                {"when": "2008", "event": "Rejestracja jako ChNP."},
            ],
        }


class FactBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=80)
    detail = blocks.TextBlock(label=_("Detail"))

    class Meta:
        icon = "list-ul"
        label = _("Fact")


class FactsBoxBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    facts = blocks.ListBlock(FactBlock(), label=_("Facts"), min_num=1)

    class Meta:
        icon = "info-circle"
        template = "origins/blocks/facts_box_block.html"
        label = _("Facts box")
        description = _("Key facts as a list of terms and details.")
        preview_value = {
            "heading": "W skrócie",
            "facts": [{"term": "Surowiec", "detail": "Mleko owiec rasy polska owca górska."}],
        }


class StoryStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    timeline = TimelineBlock()
    facts = FactsBoxBlock()


class MethodStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("What is done"))

    class Meta:
        icon = "order"
        template = "origins/blocks/method_step_block.html"
        label = _("Step")
        description = _("One step of the traditional method; steps are shown numbered in order.")
        preview_value = {"title": "Cedzenie", "text": "Mleko cedzi się przez lniane płótno."}


class MethodStreamBlock(blocks.StreamBlock):
    step = MethodStepBlock()


class StorySourcesStreamBlock(blocks.StreamBlock):
    sources = SourcesBlock()

    class Meta:
        max_num = 1
