"""Middleware of the site shell."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# URLs outside i18n_patterns: a 404 there is a 404, not a missing language prefix.
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/media/", "/static/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its 404 → /<language>/… redirect for unprefixed URLs.

    Django redirects a 404 to the language-prefixed path when that path would resolve; Wagtail's
    page route resolves every path, so an unknown API object (/api/v2/pages/999/) would be sent
    to /pl/api/v2/pages/999/ instead of getting its JSON 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
