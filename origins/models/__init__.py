"""The origins app: register products (data), regions, categories, producers and story pages."""

from .catalogue import CatalogueIndexPage
from .products import Product, Register, RegisterEntry, Scheme
from .stories import OriginStoryIndexPage, OriginStoryPage, StoryProducer, StorySeason, StoryTag
from .taxonomy import Category, Producer, Region

__all__ = [
    "CatalogueIndexPage",
    "Category",
    "OriginStoryIndexPage",
    "OriginStoryPage",
    "Producer",
    "Product",
    "Region",
    "Register",
    "RegisterEntry",
    "Scheme",
    "StoryProducer",
    "StorySeason",
    "StoryTag",
]
