import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from environment.models import EnvironmentIndexPage, EnvironmentTopicPage, TopicKind
from korzenie.models import HomePage
from origins.models import Product
from tests.environment.factories import EnvironmentIndexPageFactory, EnvironmentTopicPageFactory

pytestmark = pytest.mark.django_db


class PageRules(WagtailPageTestCase):
    def test_index_sits_under_home(self):
        self.assertAllowedParentPageTypes(EnvironmentIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EnvironmentIndexPage, {EnvironmentTopicPage})

    def test_topic_is_a_leaf_under_the_index(self):
        self.assertAllowedParentPageTypes(EnvironmentTopicPage, {EnvironmentIndexPage})
        self.assertAllowedSubpageTypes(EnvironmentTopicPage, set())

    def test_products_know_their_environment_topics(self):
        field = EnvironmentTopicPage._meta.get_field("products")
        assert field.related_model is Product
        assert field.remote_field.related_name == "environment_topics"


@pytest.fixture
def topics_index(home):
    return EnvironmentIndexPageFactory(parent=home)


def test_topic_page_shows_every_section_and_linked_products(client, topics_index):
    oscypek = Product.objects.create(name="Oscypek", slug="oscypek", year=2008, eu_scheme="PDO")
    topic = EnvironmentTopicPageFactory(
        parent=topics_index,
        title="Łąki górskie i wypas owiec",
        sources=[
            (
                "sources",
                [{"title": "Świat Karpat", "url": "https://swiatkarpat.pl/", "accessed": None}],
            )
        ],
    )
    topic.products.add(oscypek)
    topic.save()
    html = client.get(topic.url).content.decode()
    for text in (
        "Łąki górskie i wypas owiec",
        "Bez wypasu nie ma oscypka.",
        "Zarastanie hal.",
        "Wypas kulturowy.",
        "Kupuj sery w sezonie.",
        "Oscypek",
        "Świat Karpat",
    ):
        assert text in html


def test_index_lists_topics_and_filters_by_kind(client, topics_index):
    EnvironmentTopicPageFactory(parent=topics_index, title="Stawy karpiowe", kind=TopicKind.HABITAT)
    EnvironmentTopicPageFactory(parent=topics_index, title="Sezonowość", kind=TopicKind.PRACTICE)
    html = client.get(topics_index.url).content.decode()
    assert "Stawy karpiowe" in html and "Sezonowość" in html
    html = client.get(topics_index.url + "?kind=practice").content.decode()
    assert "Stawy karpiowe" not in html and "Sezonowość" in html
    for bad in ("?kind=nonsense", "?page=abc", "?page=9999", "?kind=%00"):
        assert client.get(topics_index.url + bad).status_code == 200


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_budgets_do_not_grow_with_topics_or_products(client, topics_index):
    products = [
        Product.objects.create(name=f"Produkt {n}", slug=f"produkt-{n}", year=2010)
        for n in range(30)
    ]
    topic = EnvironmentTopicPageFactory(parent=topics_index)
    topic.products.set(products[:3])
    topic.save()
    for _ in range(2):
        EnvironmentTopicPageFactory(parent=topics_index)
    few_index, few_topic = count_queries(client, topics_index.url), count_queries(client, topic.url)
    topic.products.set(products)
    topic.save()
    for _ in range(27):
        EnvironmentTopicPageFactory(parent=topics_index)
    assert count_queries(client, topics_index.url) == few_index
    assert count_queries(client, topic.url) == few_topic


def test_editor_creates_a_topic_in_the_admin(client, topics_index, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    product = Product.objects.create(name="Karp zatorski", slug="karp-zatorski", year=2011)
    data = nested_form_data(
        {
            "title": "Stawy karpiowe jako mokradła",
            "slug": "stawy",
            "summary": "Stawy i ptaki.",
            "kind": "habitat",
            "why_it_matters": rich_text("<p>Karp zatorski rośnie w stawach ziemnych.</p>"),
            "threats": rich_text("<p>Porzucone stawy.</p>"),
            "good_practices": rich_text("<p>Metoda zatorska.</p>"),
            "students_can_do": rich_text("<p>Obserwuj ptaki z daleka.</p>"),
            "body": streamfield([("heading", "Ptaki stawów")]),
            "sources": streamfield([]),
            "action-publish": "publish",
        }
    )
    data["products"] = [str(product.pk)]
    response = client.post(
        f"/admin/pages/add/environment/environmenttopicpage/{topics_index.pk}/", data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    topic = EnvironmentTopicPage.objects.get(slug="stawy")
    assert list(topic.products.all()) == [product]
    assert "Karp zatorski rośnie w stawach ziemnych." in client.get(topic.url).content.decode()


def test_environment_topics_for_a_product_template_tag(topics_index, locales):
    from django.utils import translation

    from environment.templatetags.environment_tags import environment_topics_for

    product = Product.objects.create(name="Oscypek", slug="oscypek", year=2008)
    topic = EnvironmentTopicPageFactory(parent=topics_index, title="Łąki")
    topic.products.add(product)
    topic.save()
    with translation.override("pl"):
        assert environment_topics_for(product) == [topic]
