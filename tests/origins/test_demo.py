"""The demo content: both registers, the catalogue, 8 stories in Polish and English; twice."""

import pytest
from wagtail.models import Revision

from korzenie import demo as shell_demo
from origins import demo
from origins.models import CatalogueIndexPage, OriginStoryPage, Producer, Product, RegisterEntry


class Quiet:
    class stdout:  # noqa: N801
        @staticmethod
        def write(*args, **kwargs):
            pass


@pytest.mark.django_db(transaction=False)
def test_demo_loads_everything_once(locales):
    shell_demo.load(Quiet)
    demo.load(Quiet)
    assert RegisterEntry.objects.count() == 2166
    assert Product.objects.count() == 2132
    assert OriginStoryPage.objects.filter(locale__language_code="pl").live().count() == 8
    assert OriginStoryPage.objects.filter(locale__language_code="en").live().count() == 8
    assert CatalogueIndexPage.objects.filter(locale__language_code="en").count() == 1
    assert Producer.objects.filter(locale__language_code="en").count() == 2
    english = OriginStoryPage.objects.get(locale__language_code="en", slug="oscypek")
    assert english.title == "Oscypek: smoked sheep's-milk cheese"
    assert english.story_producers.get().producer.locale.language_code == "en"
    every_story_has_sources = all(
        len(story.sources[0].value) >= 3 for story in OriginStoryPage.objects.all()
    )
    assert every_story_has_sources
    revisions = Revision.objects.count()
    products = sorted(Product.objects.values_list("pk", "slug"))
    demo.load(Quiet)
    assert Revision.objects.count() == revisions
    assert sorted(Product.objects.values_list("pk", "slug")) == products
