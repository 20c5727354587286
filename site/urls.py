from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from korzenie import accounts, views
from korzenie.api import api_router
from korzenie.sitemap import Sitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz/", views.healthz, name="healthz"),
    path("api/v2/", api_router.urls),
]

if settings.SERVE_MEDIA:
    # Django's static() helper serves nothing unless DEBUG is on; the tests' servers run with
    # DEBUG off and still need the uploaded images.
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", views.serve_media)
    )

urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    path(_("account/sign-in/"), accounts.LoginView.as_view(), name="login"),
    path(_("account/sign-out/"), accounts.LogoutView.as_view(), name="logout"),
    path("jsi18n/", views.javascript_catalog, name="javascript-catalog"),
    path("", include("classroom.urls")),
    # Wagtail's page serving comes last: it matches every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
