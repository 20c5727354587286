"""The catalogue of every register product, with its product, region, map and producer views."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from korzenie.models import BasePage


class CatalogueIndexPage(RoutablePageMixin, BasePage):
    """The catalogue (e.g. /pl/produkty/): filters, facets, the map, products, regions, producers.

    Register products are data, not pages: this page serves each of them at `<slug>/`, each
    voivodeship at `region/<slug>/`, the map at `map/` and the producer directory at
    `producers/`.
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

    def get_sitemap_urls(self, request=None):
        """The catalogue, and every product, voivodeship, the map and the producers under it."""
        from .products import Product
        from .taxonomy import Region

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        extra = [
            "map/",
            "producers/",
            *(f"region/{slug}/" for slug in Region.objects.values_list("slug", flat=True)),
            *(
                f"{slug}/"
                for slug in Product.objects.order_by("slug").values_list("slug", flat=True)
            ),
        ]
        return [*urls, *({"location": base + path} for path in extra)]

    @path("")
    def catalogue(self, request):
        from origins import views

        return views.catalogue(self, request)

    @path("map/")
    def map(self, request):
        from origins import views

        return views.map_view(self, request)

    @path("producers/")
    def producers(self, request):
        from origins import views

        return views.producers(self, request)

    @path("region/<slug:slug>/")
    def region(self, request, slug):
        from origins import views

        return views.region(self, request, slug)

    @re_path(r"^(?P<slug>[-a-z0-9]+)/$")
    def product(self, request, slug):
        from origins import views

        return views.product(self, request, slug)
