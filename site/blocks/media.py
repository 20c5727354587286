from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    """An image with alt text decided where it is used, a caption, and the image's credit."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty only when the "
            "image is purely decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text, a caption and its credit.")


class VideoEmbedBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), help_text=_("Names the video for screen-reader users.")
    )
    video = EmbedBlock(label=_("Video address"))
    transcript = blocks.TextBlock(label=_("Transcript or description"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_embed_block.html"
        label = _("Video")
        description = _("An embedded video with a title and, where possible, a transcript.")
