"""Blocks shared by every app, split by concern. Each app's blocks.py combines them."""

from .media import ImageBlock, VideoEmbedBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock, SourcesBlock

__all__ = [
    "HeadingBlock",
    "ImageBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "SourcesBlock",
    "VideoEmbedBlock",
]
