"""Template tags of the origins app."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context, catalogue, name, **kwargs):
    """The address of a catalogue route in the active language:
    ``{% catalogue_url page "region" slug=region.slug %}`` -> /pl/produkty/wojewodztwo/slaskie/."""
    if catalogue is None:
        return ""
    return catalogue.subpage_url(context.get("request"), name, **kwargs)
