"""The page types of origins: where they go, creation in the admin, what a story shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from korzenie.models import HomePage
from origins.models import (
    CatalogueIndexPage,
    OriginStoryIndexPage,
    OriginStoryPage,
    Region,
    StoryProducer,
)
from tests.origins.factories import OriginStoryPageFactory, ProducerFactory, ProductFactory

pytestmark = pytest.mark.django_db


class PageRules(WagtailPageTestCase):
    def test_catalogue_sits_under_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(CatalogueIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CatalogueIndexPage, set())

    def test_stories_live_under_the_story_index(self):
        self.assertAllowedParentPageTypes(OriginStoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OriginStoryIndexPage, {OriginStoryPage})
        self.assertAllowedParentPageTypes(OriginStoryPage, {OriginStoryIndexPage})
        self.assertAllowedSubpageTypes(OriginStoryPage, set())

    def test_one_catalogue_and_one_story_index_per_language(self):
        assert CatalogueIndexPage.max_count_per_parent == 1
        assert OriginStoryIndexPage.max_count_per_parent == 1


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    return client


def test_editor_creates_a_story_with_real_streamfield_data(admin_client, taxonomy, story_index):
    product = ProductFactory(
        name="Oscypek", slug="oscypek", regions=[Region.objects.get(teryt="12")]
    )
    producer = ProducerFactory(region=Region.objects.get(teryt="24"))
    data = nested_form_data(
        {
            "title": "Oscypek",
            "slug": "oscypek",
            "summary": "Wędzony ser z owczego mleka.",
            "product": product.pk,
            "area_of_origin": "Podhale",
            "latitude": "",
            "longitude": "",
            "image": "",
            "image_alt": "",
            "body": streamfield(
                [
                    ("heading", "Skąd pochodzi"),
                    ("paragraph", rich_text("<p>Tylko w małopolskim i śląskim.</p>")),
                    (
                        "timeline",
                        {
                            "heading": "Historia",
                            "events": streamfield(
                                [("item", {"when": "2008", "event": "Rejestracja."})]
                            ),
                        },
                    ),
                    (
                        "facts",
                        {
                            "heading": "W skrócie",
                            "facts": streamfield(
                                [("item", {"term": "Sezon", "detail": "Maj–wrzesień"})]
                            ),
                        },
                    ),
                ]
            ),
            "method": streamfield(
                [
                    ("step", {"title": "Cedzenie", "text": "Przez lniane płótno."}),
                    ("step", {"title": "Wędzenie", "text": "Na zimno."}),
                ]
            ),
            "sources": streamfield(
                [
                    (
                        "sources",
                        streamfield(
                            [
                                (
                                    "item",
                                    {
                                        "title": "IJHARS",
                                        "url": "http://www.ijhar-s.gov.pl/",
                                        "accessed": "",
                                    },
                                )
                            ]
                        ),
                    )
                ]
            ),
            "seasons": inline_formset(
                [{"label": "Wyrób sera", "start_month": "5", "end_month": "9"}]
            ),
            "story_producers": inline_formset([{"producer": producer.pk}]),
            "tags": '"wypas kulturowy"',
            "action-publish": "publish",
        }
    )
    response = admin_client.post(
        f"/admin/pages/add/origins/originstorypage/{story_index.pk}/", data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    story = OriginStoryPage.objects.get(slug="oscypek")
    assert story.live and story.product == product
    assert [b.block_type for b in story.body] == ["heading", "paragraph", "timeline", "facts"]
    assert [s.months for s in story.seasons.all()] == [[5, 6, 7, 8, 9]]
    html = admin_client.get(story.url).content.decode()
    assert "Tylko w małopolskim i śląskim." in html
    assert '<ol class="method__steps">' in html and "Cedzenie" in html
    assert producer.name in html
    assert "wypas kulturowy" in html


def story_with(story_index, producers, region, topics=0):
    product = ProductFactory(regions=[region])
    story = OriginStoryPageFactory(parent=story_index, product=product)
    for order, producer in enumerate(producers):
        StoryProducer.objects.create(page=story, producer=producer, sort_order=order)
    if topics:
        # Pages of other apps that link to the product (here: environment topics) are shown
        # through reverse relations; origins itself never imports those apps.
        from tests.environment.factories import EnvironmentTopicPageFactory

        home = story_index.get_parent()
        for _ in range(topics):
            topic = EnvironmentTopicPageFactory(parent=home)
            topic.products.add(product)
            topic.save_revision().publish()
    return story


def test_story_page_query_count_is_the_same_for_1_and_10_producers_and_links(
    client, taxonomy, home, story_index
):
    region = Region.objects.get(teryt="12")
    one = story_with(story_index, ProducerFactory.create_batch(1, region=region), region, 1)
    ten = story_with(story_index, ProducerFactory.create_batch(10, region=region), region, 10)
    counts = []
    for story in (one, ten):
        client.get(story.url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(story.url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert response.content.decode().count("Temat ") >= 10
    assert counts[0] == counts[1] <= 35, counts


def test_story_index_lists_stories(client, taxonomy, story_index):
    OriginStoryPageFactory(parent=story_index, title="Karp zatorski")
    html = client.get(story_index.url).content.decode()
    assert "Karp zatorski" in html


def test_every_page_renders(client, taxonomy, home, catalogue, story_index):
    story = OriginStoryPageFactory(parent=story_index)
    for page in (catalogue, story_index, story):
        assert client.get(page.url).status_code == 200
    assert isinstance(Page.objects.get(pk=story.pk).specific, OriginStoryPage)


def test_editors_find_register_products_in_the_admin(admin_client, taxonomy):
    ProductFactory(name="Oscypek", slug="oscypek")
    ProductFactory(name="Karp zatorski", slug="karp-zatorski")
    html = admin_client.get("/admin/snippets/origins/product/?q=oscyp").content.decode()
    assert "Oscypek" in html and "Karp zatorski" not in html
    for model in ("producer", "region", "category"):
        assert admin_client.get(f"/admin/snippets/origins/{model}/").status_code == 200


@pytest.mark.parametrize(
    ("model", "slug", "title"),
    [
        ("catalogueindexpage", "produkty", "Produkty regionalne i tradycyjne"),
        ("originstoryindexpage", "historie", "Historie pochodzenia"),
    ],
)
def test_editor_creates_the_index_pages(admin_client, home, taxonomy, model, slug, title):
    data = nested_form_data(
        {"title": title, "slug": slug, "summary": "Opis.", "action-publish": "publish"}
    )
    response = admin_client.post(f"/admin/pages/add/origins/{model}/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug=slug).specific
    assert page.live
    html = admin_client.get(page.url).content.decode()
    assert f"<h1>{title}</h1>" in html
    # Only one of each per language.
    assert admin_client.get(f"/admin/pages/add/origins/{model}/{home.pk}/").status_code in {
        302,
        403,
    }
