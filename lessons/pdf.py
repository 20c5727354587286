"""The printable lesson pack: made with WeasyPrint from the lesson's own content.

The pack is rendered from the same fields and blocks as the lesson page, so the printout never
drifts from the page. It is cached under the page's live revision and the language, so an
editor's next publication makes a new pack and an old one is never served for a new lesson.
"""

import time

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

PACK_CACHE_TIMEOUT = 60 * 60 * 24 * 7


def pack_cache_key(page):
    """The pack changes when the lesson or its quiz is published again, and with the language."""
    quiz = page.quiz()
    quiz_revision = quiz.live_revision_id if quiz is not None else 0
    return (
        f"lessons:pack:{page.pk}:{page.live_revision_id or page.latest_revision_id}:"
        f"{quiz_revision}:{translation.get_language()}"
    )


def pack_stylesheet():
    path = finders.find("lessons/css/lesson-pack.css")
    with open(path, encoding="utf-8") as stylesheet:
        return stylesheet.read()


def render_pack_html(page, request=None, template="lessons/pdf/lesson_pack.html"):
    return render_to_string(
        template,
        {
            "page": page,
            "request": request,
            "subjects": list(page.subjects.all()),
            "quiz": page.quiz(),
            "product_stories": page.product_stories(),
            "stylesheet": pack_stylesheet(),
        },
        request=request,
    )


def url_fetcher():
    """Nothing is fetched from anywhere: the stylesheet is inline and the fonts are the system's."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def build_pdf(page, request=None, template="lessons/pdf/lesson_pack.html"):
    from weasyprint import HTML

    html = render_pack_html(page, request, template)
    return HTML(string=html, url_fetcher=url_fetcher()).write_pdf()


def worksheet_pdf(page):
    """The worksheet alone, as students get it (no answers): the demo's downloadable file."""
    return build_pdf(page, template="lessons/pdf/worksheet.html")


def lesson_pack_pdf(page, request=None):
    key = pack_cache_key(page)
    pdf = cache.get(key)
    if pdf is None:
        started = time.perf_counter()
        pdf = build_pdf(page, request)
        page._pack_seconds = time.perf_counter() - started
        cache.set(key, pdf, PACK_CACHE_TIMEOUT)
    return pdf
