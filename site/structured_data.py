"""schema.org structured data (JSON-LD) and link-preview tags of the public pages.

Each page model says what it is (``BasePage.structured_data(request, context)`` returns its
schema.org nodes: a lesson a ``LearningResource``, a story an ``Article``...); a routable view
(a register product, a voivodeship) puts its own ``structured_data`` in the template context.
The shell composes: ``{% structured_data %}`` in ``base.html`` adds the ``BreadcrumbList`` of the
page (the same trail the breadcrumbs show, read once per request) and writes one
``<script type="application/ld+json">`` (a data block: Content-Security-Policy allows it);
``{% social_meta %}`` writes the Open Graph and Twitter card tags.

Everything is built from what the page has already loaded: no query per item.
"""

import json

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from korzenie.licence import CONTENT_LICENCE
from korzenie.social import absolute, site_card

SCHEMA_CONTEXT = "https://schema.org"
DESCRIPTION_LENGTH = 300
# Characters that must not appear raw in an inline <script> (as django.utils.html.json_script).
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
OG_LOCALES = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}


def language():
    return translation.get_language() or settings.LANGUAGE_CODE


def plain(text, length=DESCRIPTION_LENGTH):
    return Truncator(" ".join(strip_tags(str(text or "")).split())).chars(length)


def publisher():
    return {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}


def page_url(page, request):
    """A page's absolute address as the reader reached the site (host of the request)."""
    return absolute(request, page.get_url(request))


def date(value):
    return value.date().isoformat() if value else None


def image_node(image):
    if image is None:
        return None
    return {"@type": "ImageObject", "url": image.url, "width": image.width, "height": image.height}


def compact(node):
    """A node without its empty values (None, "", [], {})."""
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


def page_node(page, request, schema_type, image=None, **properties):
    """The properties every page's main node shares, for `schema_type` ("Article"...)."""
    url = page_url(page, request)
    creative_work = schema_type not in {"WebSite", "Organization"}
    node = {
        "@type": schema_type,
        "@id": f"{url}#main",
        "name": page.title,
        "url": url,
        "description": plain(page.search_description or getattr(page, "summary", "")),
        "inLanguage": language(),
        "image": image_node(image),
    }
    if creative_work:
        node.update(
            license=CONTENT_LICENCE.url,
            isAccessibleForFree=True,
            datePublished=date(page.first_published_at),
            dateModified=date(page.last_published_at),
            publisher=publisher(),
        )
    node.update(properties)
    return compact(node)


def country():
    """Poland, where every register product and voivodeship of the site is."""
    return {"@type": "Country", "name": _("Poland"), "identifier": "PL"}


def item_list(items):
    """An ItemList of (name, url) pairs, e.g. the stories on this page of a listing."""
    return {
        "@type": "ItemList",
        "numberOfItems": len(items),
        "itemListElement": [
            compact({"@type": "ListItem", "position": position, "name": name, "url": url})
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def collection_page(page, request, items):
    """A listing page: CollectionPage whose main entity is the list of what it shows."""
    return page_node(page, request, "CollectionPage", mainEntity=item_list(items))


def page_items(page_obj, request):
    """(title, absolute URL) of the pages of a paginated listing's current page."""
    if page_obj is None:
        return []
    return [(item.title, page_url(item, request)) for item in page_obj.object_list]


# --- The breadcrumb trail ---------------------------------------------------------------------


def breadcrumb_trail(context):
    """[{"name", "url"}] from the home page to the current page (and a routable page's
    sub-page, named by `subpage_title` in the context): the ancestors are asked for once per
    request and kept on the page."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.pk is None:
        return []
    trail = getattr(page, "_korzenie_trail", None)
    if trail is None:
        ancestors = []
        if page.depth > 2:  # a home page (depth 2) is its own trail
            ancestors = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path")
        trail = [{"name": a.title, "url": a.get_url(request)} for a in ancestors]
        trail.append({"name": page.title, "url": page.get_url(request)})
        page._korzenie_trail = trail
    subpage = context.get("subpage_title")
    if subpage:
        return [*trail, {"name": str(subpage), "url": request.path}]
    return trail


def breadcrumb_list(trail, request):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": item["name"],
                "item": absolute(request, item["url"]),
            }
            for position, item in enumerate(trail, start=1)
        ],
    }


# --- Composition ------------------------------------------------------------------------------


def nodes_for(context):
    """The page's or the view's own nodes (a list), or None for a page that has none."""
    nodes = context.get("structured_data")
    if nodes is None:
        page = context.get("page")
        if isinstance(page, Page) and hasattr(page, "structured_data"):
            nodes = page.structured_data(context.get("request"), context)
    return nodes


def json_ld(context):
    """The page's JSON-LD script: its nodes and its BreadcrumbList, in one @graph."""
    nodes = nodes_for(context)
    if not nodes:
        return ""
    graph = list(nodes)
    trail = breadcrumb_trail(context)
    if trail:
        graph.append(breadcrumb_list(trail, context.get("request")))
    data = json.dumps(
        {"@context": SCHEMA_CONTEXT, "@graph": graph}, ensure_ascii=False, separators=(",", ":")
    )
    return mark_safe(  # noqa: S308 (JSON with <, >, & escaped)
        f'<script type="application/ld+json">{data.translate(SCRIPT_ESCAPES)}</script>'
    )


def social_tags(context):
    """Open Graph and Twitter card tags: title, description, address, picture, language."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    title = context.get("social_title") or (
        (page.seo_title or page.title) if isinstance(page, Page) else ""
    )
    if not title:
        return {}
    description = context.get("social_description") or (
        (page.search_description or getattr(page, "summary", "")) if isinstance(page, Page) else ""
    )
    image = context.get("social_image")
    if image is None and isinstance(page, Page) and hasattr(page, "social_image"):
        image = page.social_image(request)
    image = image or site_card(request, alt=settings.WAGTAIL_SITE_NAME)
    nodes = nodes_for(context) or []
    is_article = any(node.get("@type") == "Article" for node in nodes)
    return {
        "title": title,
        "description": plain(description, 200),
        "url": request.build_absolute_uri(request.path),
        "type": "article" if is_article else "website",
        "image": image,
        "locale": OG_LOCALES.get(language(), language()),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "licence": CONTENT_LICENCE,
    }
