from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import last_modified, require_GET
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve as static_serve
from wagtail.models import Page

from korzenie.search import RESULTS_PER_PAGE, SiteSearch, nothing_found_suggestions


@require_GET
def search(request):
    """The site search (korzenie.search): any query, of any length or bytes, gets a normal page."""
    site_search = SiteSearch(request, request.GET.get("q", ""), request.GET.get("type", ""))
    site_search.execute()
    paginator = Paginator(site_search, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = {
        "search_query": site_search.query,
        "search": site_search,
        "results": page_obj,
        "paginator": paginator,
        "type_options": site_search.type_options() if site_search.count else [],
        "selected_type": site_search.type_key,
        "prefix_terms": site_search.prefix_terms,
    }
    if site_search.terms and not site_search.count:
        context["suggestions"] = nothing_found_suggestions(site_search)
    return TemplateResponse(request, "korzenie/search.html", context)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /pl/szukaj/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def serve_media(request, path):
    """Uploaded files from MEDIA_ROOT, for development and tests only (settings.SERVE_MEDIA)."""
    return static_serve(request, path, document_root=settings.MEDIA_ROOT)


def healthz(request):
    """For the load balancer: the app answers and reaches its database."""
    Page.objects.only("id").first()
    return HttpResponse("ok", content_type="text/plain")


# The interface strings that scripts show (their gettext() calls), from the apps' djangojs
# catalogues, in the language of the URL (/pl/jsi18n/, /en/jsi18n/). A script file like any
# other, never inline (CSP), cached by browsers and proxies for an hour; the catalogues change
# only with a deployment, which restarts the process.
SCRIPT_CATALOGUE_PACKAGES = ["lessons"]
STARTED = timezone.now()

javascript_catalog = cache_control(max_age=3600, public=True)(
    last_modified(lambda request, **kwargs: STARTED)(
        JavaScriptCatalog.as_view(packages=SCRIPT_CATALOGUE_PACKAGES)
    )
)
