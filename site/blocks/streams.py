from wagtail import blocks

from .media import ImageBlock, VideoEmbedBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock


class ContentStreamBlock(blocks.StreamBlock):
    """The body every content page starts from: text, images, quotes and videos.

    Apps subclass it to add their own blocks (lessons add activities, key terms...).
    """

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoEmbedBlock()
