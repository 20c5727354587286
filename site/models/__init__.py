from .images import CustomImage, CustomRendition
from .pages import AccessibilityStatementPage, BasePage, HomePage, StandardPage
from .settings import OrganisationSettings

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "HomePage",
    "OrganisationSettings",
    "StandardPage",
]
