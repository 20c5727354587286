"""Template tags that show the environment connection of other apps' content."""

from django import template
from wagtail.models import Locale

from environment.models import EnvironmentTopicPage

register = template.Library()


@register.simple_tag
def environment_topics_for(product, locale=None):
    """The live environment topics, in the active language, that link to a register product."""
    if product is None:
        return []
    locale = locale or Locale.get_active()
    return list(
        EnvironmentTopicPage.objects.live()
        .public()
        .filter(locale=locale, products=product)
        .defer_streamfields()
        .order_by("path")
    )
