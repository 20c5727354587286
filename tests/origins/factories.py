"""Factories for the origins app: register products and their records, and the page types."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from origins.models import (
    CatalogueIndexPage,
    Category,
    OriginStoryIndexPage,
    OriginStoryPage,
    Producer,
    Product,
    Region,
    RegisterEntry,
)


def polish():
    return Locale.objects.get_or_create(language_code="pl")[0]


class RegionFactory(factory.django.DjangoModelFactory):
    teryt = factory.Sequence(lambda n: f"{(n % 49) * 2 + 2:02d}")
    name_pl = factory.Sequence(lambda n: f"województwo {n}")
    name_en = factory.Sequence(lambda n: f"Voivodeship {n}")
    capital = "Kraków"
    slug = factory.Sequence(lambda n: f"wojewodztwo-{n}")

    class Meta:
        model = Region
        django_get_or_create = ("teryt",)


class CategoryFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"kategoria {n}")
    slug = factory.Sequence(lambda n: f"kategoria-{n}")
    name = factory.Sequence(lambda n: f"Kategoria {n}")
    locale = factory.LazyFunction(polish)

    class Meta:
        model = Category


class ProductFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Produkt {n}")
    slug = factory.Sequence(lambda n: f"produkt-{n}")
    category = factory.SubFactory(CategoryFactory)
    on_national_list = True
    year = 2010
    first_entry_date = datetime.date(2010, 5, 1)

    class Meta:
        model = Product
        skip_postgeneration_save = True

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def entry(self, create, extracted, **kwargs):
        if create:
            RegisterEntry.objects.create(
                product=self,
                register="lpt",
                scheme="LPT",
                name=self.name,
                voivodeship_teryt=";".join(r.teryt for r in self.regions.all()),
                category_code=self.category.code if self.category else "",
                entry_date=self.first_entry_date,
            )


class ProducerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Producent {n}")
    locality = "Zator"
    region = factory.SubFactory(RegionFactory)
    locale = factory.LazyFunction(polish)

    class Meta:
        model = Producer


class CatalogueIndexPageFactory(wagtail_factories.PageFactory):
    title = "Produkty"
    slug = "produkty"
    summary = "Katalog produktów."

    class Meta:
        model = CatalogueIndexPage


class OriginStoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Historie"
    slug = "historie"

    class Meta:
        model = OriginStoryIndexPage


class OriginStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Historia {n}")
    summary = "Krótko o produkcie."
    product = factory.SubFactory(ProductFactory)
    area_of_origin = "Podhale"

    class Meta:
        model = OriginStoryPage
