"""The catalogue of every register product, with its product, region, map and producer views."""

from django.http import HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from korzenie.models import BasePage


class CatalogueIndexPage(RoutablePageMixin, BasePage):
    """The catalogue (e.g. /pl/produkty/): filters, facets, the map, products, regions, producers.

    Register products are data, not pages: this page serves each of them at `<slug>/`, each
    voivodeship at `region/<slug>/`, the map at `map/` and the producer directory at
    `producers/` (in Polish: `wojewodztwo/<slug>/`, `mapa/`, `producenci/`).
    """

    parent_page_types = ["korzenie.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "The catalogue of all products of the EU register and the List of Traditional Products, "
        "with the map, region pages and the producer directory. One per language."
    )
    template = "origins/catalogue_index_page.html"
    search_count_label = ngettext_lazy("%(count)d catalogue", "%(count)d catalogues", "count")
    search_boost = 0.4

    class Meta:
        verbose_name = _("catalogue")
        verbose_name_plural = _("catalogues")

    def subpage_url(self, request, name, **kwargs):
        """The address of one of the routes below, in the active language (the catalogue is
        always shown in its own): e.g. /pl/produkty/mapa/, /en/products/map/."""
        return (self.get_url(request) or "") + self.reverse_subpage(name, kwargs=kwargs or None)

    def get_sitemap_urls(self, request=None):
        """The catalogue, and every product, voivodeship, the map and the producers under it,
        with the routes of the catalogue's own language."""
        from .products import Product
        from .taxonomy import Region

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        with translation.override(self.locale.language_code):
            extra = [
                self.reverse_subpage("map"),
                self.reverse_subpage("producers"),
                *(
                    self.reverse_subpage("region", kwargs={"slug": slug})
                    for slug in Region.objects.values_list("slug", flat=True)
                ),
                *(
                    self.reverse_subpage("product", kwargs={"slug": slug})
                    for slug in Product.objects.order_by("slug").values_list("slug", flat=True)
                ),
            ]
        return [*urls, *({"location": base + path.lstrip("/")} for path in extra)]

    @path("", name="catalogue")
    def catalogue(self, request):
        from origins import views

        return views.catalogue(self, request)

    # Route paths are translated (pl: mapa/, producenci/, wojewodztwo/<slug>/).
    @path(_("map/"), name="map")
    def map(self, request):
        from origins import views

        return views.map_view(self, request)

    @path(_("producers/"), name="producers")
    def producers(self, request):
        from origins import views

        return views.producers(self, request)

    @path(_("region/<slug:slug>/"), name="region")
    def region(self, request, slug):
        from origins import views

        return views.region(self, request, slug)

    # The English paths the Polish catalogue had before its routes were translated; in English
    # the routes above match first.
    @path("map/", name="old_map")
    def old_map(self, request):
        return self.moved(request, "map")

    @path("producers/", name="old_producers")
    def old_producers(self, request):
        return self.moved(request, "producers")

    @path("region/<slug:slug>/", name="old_region")
    def old_region(self, request, slug):
        from origins import views

        return views.region(self, request, slug)  # redirects to the region's address

    def moved(self, request, name, **kwargs):
        """A permanent redirect to a route's address in the active language, keeping the
        query string."""
        query = request.META.get("QUERY_STRING", "")
        url = self.subpage_url(request, name, **kwargs)
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    @re_path(r"^(?P<slug>[-a-z0-9]+)/$", name="product")
    def product(self, request, slug):
        from origins import views

        return views.product(self, request, slug)
