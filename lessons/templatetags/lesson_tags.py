"""Template tags of the lesson pages."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def product_card_story(context, value):
    """The origin story a product card leads to, in the page's language, or None if not live.

    A lesson page resolves every card's story in one query (`product_stories` in its context);
    anywhere else (a block preview) the story is looked up on its own.
    """
    story = value.get("story")
    if story is None:
        return None
    stories = context.get("product_stories")
    if stories is not None:
        return stories.get(story.pk)
    story = story.localized.specific
    return story if story.live else None
