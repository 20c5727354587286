"""Blocks shared by every app, split by concern. Each app's blocks.py combines them."""

from .media import ImageBlock, VideoEmbedBlock
from .streams import ContentStreamBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock, SourcesBlock

__all__ = [
    "ContentStreamBlock",
    "HeadingBlock",
    "ImageBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "SourcesBlock",
    "VideoEmbedBlock",
]
