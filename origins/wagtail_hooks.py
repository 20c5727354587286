"""Editors manage regions, categories, producers and the register products in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Category, Producer, Product, Region


class ProducerViewSet(SnippetViewSet):
    model = Producer
    icon = "group"
    list_display = ["name", "locality", "region", "hosts_school_visits", "hosts_workshops"]
    list_filter = ["region", "hosts_school_visits", "hosts_workshops"]
    search_fields = ["name", "makes"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["teryt", "name_pl", "name_en", "capital"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    list_display = ["name", "code"]


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "list-ul"
    list_display = ["name", "eu_scheme", "on_national_list", "year", "category"]
    list_filter = ["eu_scheme", "on_national_list", "category"]
    search_fields = ["name"]
    # The import writes products in bulk, outside the search index: search them in the database.
    search_backend_name = None
    list_per_page = 50


class OriginsGroup(SnippetViewSetGroup):
    menu_label = _("Products and producers")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ProductViewSet, ProducerViewSet, RegionViewSet, CategoryViewSet)


register_snippet(OriginsGroup)
