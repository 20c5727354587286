"""The register products in the site's Wagtail API v2: /api/v2/products/.

The shell's router (korzenie.api) calls `register(router)`. Listing filters: `region` (TERYT
code or slug), `category` (slug), `scheme` (PDO, PGI, TSG or LPT), `year_from`, `year_to`,
`search` (in the name), and Wagtail's `limit`, `offset`, `fields`, `order`.
"""

from django.db.models import Prefetch
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from wagtail.api.conf import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Product, Region, RegisterEntry, Scheme


class _Computed(Field):
    def __init__(self, function, **kwargs):
        self.function = function
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return self.function(instance)


def facets(product):
    category = product.category
    return {
        "schemes": list(product.schemes),
        "category": {"slug": category.slug, "code": category.code} if category else None,
        "regions": [
            {"teryt": r.teryt, "slug": r.slug, "name_pl": r.name_pl, "name_en": r.name_en}
            for r in product.regions.all()
        ],
    }


def register_entries(product):
    return [
        {
            "register": entry.register,
            "scheme": entry.scheme,
            "name": entry.name,
            "name_en": entry.name_en or None,
            "voivodeship_teryt": entry.teryt_codes,
            "category_code": entry.category_code or None,
            "eu_class": entry.eu_class or None,
            "area_of_origin": entry.area_of_origin or None,
            "registered_year": entry.registered_year,
            "entry_date": entry.entry_date.isoformat() if entry.entry_date else None,
            "sources": entry.source_urls,
        }
        for entry in product.entries.all()
    ]


class ProductFacetFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        params = request.GET
        if params.get("region"):
            value = params["region"].strip()
            region = (
                Region.objects.filter(teryt=value).first()
                or Region.objects.filter(slug=value).first()
            )
            if region is None:
                raise BadRequestError(f"unknown region: {value[:40]}")
            queryset = queryset.filter(
                pk__in=Product.regions.through.objects.filter(region=region).values("product_id")
            )
        if params.get("category"):
            queryset = queryset.filter(category__slug=params["category"][:60])
        if params.get("scheme"):
            scheme = params["scheme"].strip().upper()
            if scheme not in Scheme.values:
                raise BadRequestError(f"scheme must be one of {', '.join(Scheme.values)}")
            if scheme == Scheme.LPT:
                queryset = queryset.filter(on_national_list=True)
            else:
                queryset = queryset.filter(eu_scheme=scheme)
        for name, lookup in (("year_from", "year__gte"), ("year_to", "year__lte")):
            if params.get(name):
                if not params[name].isdigit() or len(params[name]) > 4:
                    raise BadRequestError(f"{name} must be a year")
                queryset = queryset.filter(**{lookup: int(params[name])})
        if params.get("search"):
            queryset = queryset.filter(name__icontains=params["search"][:100])
        return queryset


class ProductsAPIViewSet(BaseAPIViewSet):
    model = Product
    name = "products"
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "name",
        "slug",
        "eu_scheme",
        "on_national_list",
        "year",
        "first_entry_date",
        APIField("facets", serializer=_Computed(facets)),
        APIField("register_entries", serializer=_Computed(register_entries)),
    ]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "name",
        "slug",
        "year",
        "facets",
    ]
    filter_backends = [FieldsFilter, ProductFacetFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["region", "category", "scheme", "year_from", "year_to"]
    )

    def get_queryset(self):
        return (
            Product.objects.select_related("category")
            .prefetch_related(
                Prefetch("regions", queryset=Region.objects.order_by("teryt")),
                Prefetch("entries", queryset=RegisterEntry.objects.order_by("register", "pk")),
            )
            .order_by("name", "pk")
        )


def register(router):
    router.register_endpoint("products", ProductsAPIViewSet)
