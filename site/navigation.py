"""Cache versioning for the navigation: bumped by page signals, read by the templates."""

from django.core.cache import cache
from wagtail.signals import page_published, page_unpublished, post_page_move

CACHE_KEY = "korzenie:navigation-version"


def current_navigation_version():
    version = cache.get(CACHE_KEY)
    if version is None:
        version = 1
        cache.add(CACHE_KEY, version, timeout=None)
    return version


def bump_navigation_version(**kwargs):
    try:
        cache.incr(CACHE_KEY)
    except ValueError:
        cache.set(CACHE_KEY, 2, timeout=None)


page_published.connect(bump_navigation_version, dispatch_uid="korzenie-nav-published")
page_unpublished.connect(bump_navigation_version, dispatch_uid="korzenie-nav-unpublished")
post_page_move.connect(bump_navigation_version, dispatch_uid="korzenie-nav-moved")
