"""Template tags of the site shell: navigation, the language switcher and hreflang links."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, translate_url
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from korzenie import structured_data as structured
from korzenie.licence import CONTENT_LICENCE

register = template.Library()


def home_page_for(request):
    """The home page of the active language (None when there is no site yet), once per request."""
    language = translation.get_language()
    cached = getattr(request, "_korzenie_home", None)
    if cached is not None and cached[0] == language:
        return cached[1]
    site = Site.find_for_request(request)
    home = site.root_page.localized if site is not None else None
    request._korzenie_home = (language, home)
    return home


@register.simple_tag(takes_context=True)
def localized_home(context):
    return home_page_for(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = home_page_for(request)
    items = (
        home.get_children().live().public().in_menu().only("id", "title", "url_path")
        if home
        else []
    )
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [
            {
                "title": item.title,
                "url": item.get_url(request),
                "current": current_path.startswith(item.url_path),
            }
            for item in items
        ],
    }


def translated_route(page, sub_path, language_code):
    """The sub-path of a routable page's route in another language ("mapa/" -> "map/"): the
    routes' paths are translated like the site's other URLs. Other sub-paths stay as they are."""
    if not sub_path or not isinstance(page, RoutablePageMixin):
        return sub_path
    try:
        match = page.get_resolver().resolve("/" + sub_path)
    except Resolver404:
        return sub_path
    with translation.override(language_code):
        try:
            return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return sub_path


def language_alternates(context):
    """One link per language to the same content in that language, computed once per request.

    For a Wagtail page: its live translation (keeping any sub-path a routable page added, and
    the query string); for a Django view under i18n_patterns: the same URL in the other
    language. A language in which the page has no live translation is left out.
    """
    request = context["request"]
    page = context.get("page")
    cache_key = (getattr(page, "pk", None), request.get_full_path())
    cached = getattr(request, "_korzenie_alternates", None)
    if cached and cached[0] == cache_key:
        return cached[1]

    query = request.META.get("QUERY_STRING", "")
    suffix_query = f"?{query}" if query else ""
    urls = {}
    if isinstance(page, Page) and page.pk:
        page_url = page.get_url(request) or ""
        sub_path = request.path[len(page_url) :] if request.path.startswith(page_url) else ""
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        for translated in translations.only("id", "url_path", "locale__language_code"):
            translated_url = translated.get_url(request)
            if translated_url:
                code = translated.locale.language_code
                urls[code] = translated_url + translated_route(page, sub_path, code) + suffix_query
    else:
        for code, _name in settings.LANGUAGES:
            urls[code] = translate_url(request.path, code) + suffix_query

    current = translation.get_language()
    alternates = [
        {"code": code, "name": name, "url": urls[code], "current": code == current}
        for code, name in settings.LANGUAGES
        if code in urls
    ]
    request._korzenie_alternates = (cache_key, alternates)
    return alternates


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"alternates": language_alternates(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    return {
        "alternates": [
            {**alt, "absolute_url": request.build_absolute_uri(alt["url"])}
            for alt in language_alternates(context)
        ]
    }


@register.simple_tag
def navigation_version():
    """A number that changes whenever a page is published, moved or unpublished.

    Menus and footers are cached with it in their key, so an editor's change shows at once.
    """
    from korzenie.navigation import current_navigation_version

    return current_navigation_version()


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The accessibility statement and the site's other pages marked for the footer."""
    from korzenie.models import AccessibilityStatementPage

    home = home_page_for(context["request"])
    if home is None:
        return []
    statement = (
        AccessibilityStatementPage.objects.live()
        .public()
        .filter(locale=home.locale)
        .only("id", "title", "url_path")
        .first()
    )
    return [statement] if statement else []


@register.simple_tag(takes_context=True)
def section_of(context):
    page = context.get("page")
    if isinstance(page, Page):
        return "/".join(page.url_path.split("/")[:3])
    return context["request"].path


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (filters stay in the URL)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


@register.simple_tag
def page_numbers(page_obj, on_each_side=2, on_ends=1):
    """The page numbers a pagination shows: the first and last, those around the current
    page, and gaps between them (None), e.g. 1 … 28 29 [30] 31 32 … 72."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org JSON-LD (korzenie.structured_data)."""
    return structured.json_ld(context)


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags, and the licence of the page's texts."""
    return {"social": structured.social_tags(context)}


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context):
    """[{"name", "url"}] from the home page to the current page (asked for once per request)."""
    return structured.breadcrumb_trail(context)


@register.simple_tag
def content_licence():
    """The licence of the site's texts (korzenie.licence)."""
    return CONTENT_LICENCE


# The documented share addresses: Google Classroom's share button (url, title, body) and
# Microsoft's "Share to Teams" (href, msgText; assignTitle and assignInstr for Teams for
# Education). Plain links: nothing of theirs loads until the teacher follows one.
CLASSROOM_SHARE = "https://classroom.google.com/share"
TEAMS_SHARE = "https://teams.microsoft.com/share"


@register.inclusion_tag("includes/share.html", takes_context=True)
def share_with_class(context, page, kind=""):
    """ "Share with your class": the page's address to copy, and links to share it to Google
    Classroom and Microsoft Teams."""
    request = context["request"]
    url = structured.page_url(page, request)
    summary = structured.plain(getattr(page, "summary", "") or page.search_description, 200)
    return {
        "share_url": url,
        "share_kind": kind,
        "classroom_url": f"{CLASSROOM_SHARE}?{urlencode({'url': url, 'title': page.title, 'body': summary})}",
        "teams_url": f"{TEAMS_SHARE}?{urlencode({'href': url, 'msgText': page.title, 'assignTitle': page.title, 'assignInstr': summary})}",
    }
