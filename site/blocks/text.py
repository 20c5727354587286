from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# Section headings are h2 (HeadingBlock); rich text allows h3 and below, so the outline of a
# page always follows its structure.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Section heading")
        description = _("A section heading (h2); it also appears in the page outline.")
        preview_value = "Jak powstaje oscypek"
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
        description = _("Paragraphs, lists, links and sub-headings (h3, h4).")
        preview_value = (
            "<p>Oscypek wyrabia się z mleka owiec rasy polska owca górska, "
            "tylko od maja do września.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Who said or wrote it"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with the person or document it comes from.")
        preview_value = {
            "text": "Sery owcze pojawiają się jako danina w dokumentach z XV–XVII wieku.",
            "attribution": "portalgorski.pl",
        }


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title or publisher"))
    url = blocks.URLBlock(label=_("Address"), required=False)
    accessed = blocks.DateBlock(label=_("Accessed on"), required=False)

    class Meta:
        icon = "link"
        label = _("Source")


class SourcesBlock(blocks.ListBlock):
    """The public sources a page's facts come from: every story, lesson and topic lists them."""

    def __init__(self, **kwargs):
        super().__init__(SourceBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "blocks/sources_block.html"
        label = _("Sources")
        description = _("The public sources of the facts on this page.")
        preview_value = [
            {
                "title": "IJHARS: polskie produkty ChNP, ChOG, GTS",
                "url": "http://www.ijhar-s.gov.pl/",
            }
        ]
