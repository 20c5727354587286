"""The read-only Wagtail API v2 at /api/v2/: pages (with facets, lesson metadata and environment
links), images and documents, with filters by type, locale and facet."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from lessons.models import LessonResource
from tests.environment.factories import EnvironmentIndexPageFactory, EnvironmentTopicPageFactory
from tests.lessons.factories import ANSWER, TEACHER_NOTE, LessonIndexPageFactory, LessonPageFactory
from tests.origins.factories import (
    CategoryFactory,
    OriginStoryIndexPageFactory,
    OriginStoryPageFactory,
    ProductFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'


@pytest.fixture
def content(home, locales):
    malopolskie = RegionFactory(
        teryt="12", name_pl="małopolskie", name_en="Lesser Poland", slug="malopolskie"
    )
    slaskie = RegionFactory(teryt="24", name_pl="śląskie", name_en="Silesia", slug="slaskie")
    cheese = CategoryFactory(slug="sery", name="Sery", code="sery")
    fish = CategoryFactory(slug="ryby", name="Ryby", code="ryby")
    oscypek = ProductFactory(
        name="Oscypek",
        slug="oscypek",
        eu_scheme="PDO",
        year=2007,
        category=cheese,
        regions=[malopolskie, slaskie],
    )
    karp = ProductFactory(
        name="Karp zatorski",
        slug="karp-zatorski",
        eu_scheme="PDO",
        year=2011,
        category=fish,
        regions=[malopolskie],
    )
    bryndza = ProductFactory(
        name="Bryndza podhalańska",
        slug="bryndza",
        eu_scheme="",
        year=2007,
        category=cheese,
        regions=[malopolskie],
    )
    stories = OriginStoryIndexPageFactory(parent=home)
    story = OriginStoryPageFactory(parent=stories, title="Oscypek", slug="oscypek", product=oscypek)
    OriginStoryPageFactory(parent=stories, title="Karp zatorski", slug="karp", product=karp)
    OriginStoryPageFactory(parent=stories, title="Bryndza", slug="bryndza", product=bryndza)
    topics = EnvironmentIndexPageFactory(parent=home)
    topic = EnvironmentTopicPageFactory(parent=topics, title="Hale i wypas", slug="hale")
    topic.products.set([oscypek])
    topic.save_revision().publish()
    lessons = LessonIndexPageFactory(parent=home)
    lesson = LessonPageFactory(
        parent=lessons,
        title="Skąd jest oscypek",
        slug="oscypek-lekcja",
        strand="environment",
        subjects=["geography", "biology"],
    )
    lesson.environment_topics.set([topic])
    lesson.save_revision().publish()
    document = get_document_model().objects.create(
        title="Karta pracy", file=ContentFile(b"%PDF-1.4\n", name="karta.pdf")
    )
    LessonResource.objects.create(page=lesson, document=document, kind="worksheet")
    get_image_model().objects.create(
        title="Oscypek (ilustracja)",
        file=ContentFile(SVG, name="oscypek.svg"),
        width=10,
        height=10,
        credit="Korzenie Smaku",
        licence="own",
    )
    story_en = story.copy_for_translation(locales["en"], copy_parents=True)
    story_en.title = "Oscypek (smoked cheese)"
    story_en.slug = "oscypek"
    story_en.save_revision().publish()
    return {
        "story": story,
        "story_en": story_en,
        "topic": topic,
        "lesson": lesson,
        "document": document,
    }


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_pages_listing_and_filters_by_type_and_locale(client, content):
    data = get(client, "/api/v2/pages/", type="origins.OriginStoryPage")
    assert data["meta"]["total_count"] == 4  # three Polish stories and one English
    data = get(client, "/api/v2/pages/", type="origins.OriginStoryPage", locale="en")
    assert [item["title"] for item in data["items"]] == ["Oscypek (smoked cheese)"]
    item = data["items"][0]
    assert item["meta"]["locale"] == "en"
    assert (
        item["meta"]["html_url"].endswith("/en/stories/oscypek/")
        or "/en/" in item["meta"]["html_url"]
    )


def test_story_detail_has_the_product_facets(client, content):
    data = get(client, f"/api/v2/pages/{content['story'].pk}/")
    product = data["product"]
    assert product["name"] == "Oscypek"
    assert product["eu_scheme"] == "PDO"
    assert product["schemes"] == ["PDO", "LPT"]
    assert product["year"] == 2007
    assert product["category"] == {"slug": "sery", "name": "Sery"}
    assert {region["slug"] for region in product["regions"]} == {"malopolskie", "slaskie"}
    assert data["meta"]["type"] == "origins.OriginStoryPage"
    assert "body" in data and "sources" in data


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"region": "slaskie"}, {"Oscypek"}),
        ({"region": "malopolskie", "scheme": "PDO"}, {"Oscypek", "Karp zatorski"}),
        ({"scheme": "lpt", "category": "sery"}, {"Oscypek", "Bryndza"}),
        ({"category": "ryby"}, {"Karp zatorski"}),
        ({"region": "nowhere"}, set()),
    ],
)
def test_stories_filter_by_product_facets(client, content, params, titles):
    data = get(client, "/api/v2/pages/", type="origins.OriginStoryPage", locale="pl", **params)
    assert {item["title"] for item in data["items"]} == titles


def test_topics_filter_by_product_facets_and_kind(client, content):
    data = get(client, "/api/v2/pages/", type="environment.EnvironmentTopicPage", region="slaskie")
    assert [item["title"] for item in data["items"]] == ["Hale i wypas"]
    data = get(client, "/api/v2/pages/", type="environment.EnvironmentTopicPage", kind="practice")
    assert data["items"] == []


def test_lesson_has_its_metadata_and_environment_links_but_no_teacher_material(client, content):
    data = get(client, "/api/v2/pages/", type="lessons.LessonPage", strand="environment")
    assert [item["title"] for item in data["items"]] == ["Skąd jest oscypek"]
    listing_item = data["items"][0]
    assert listing_item["subjects"] == ["geography", "biology"]
    assert listing_item["duration"] == 45
    detail = client.get(f"/api/v2/pages/{content['lesson'].pk}/").json()
    assert detail["age_group"] == "4-6"
    assert [topic["title"] for topic in detail["environment_topics"]] == ["Hale i wypas"]
    assert detail["resources"][0]["kind"] == "worksheet"
    assert detail["resources"][0]["download_url"].startswith("http://testserver/documents/")
    body = client.get(f"/api/v2/pages/{content['lesson'].pk}/", {"fields": "*"}).content.decode()
    assert TEACHER_NOTE not in body
    assert ANSWER not in body
    assert "teacher_notes" not in body and "answer_key" not in body


def test_lessons_filter_by_subject(client, content):
    data = get(client, "/api/v2/pages/", type="lessons.LessonPage", subject="biology")
    assert len(data["items"]) == 1
    data = get(client, "/api/v2/pages/", type="lessons.LessonPage", subject="history")
    assert data["items"] == []


def test_topic_links_products_and_lessons(client, content):
    detail = get(client, f"/api/v2/pages/{content['topic'].pk}/")
    assert [product["slug"] for product in detail["products"]] == ["oscypek"]
    assert [lesson["title"] for lesson in detail["lessons"]] == ["Skąd jest oscypek"]
    assert "<p>" in detail["why_it_matters"]


def test_images_and_documents(client, content):
    images = get(client, "/api/v2/images/")
    assert images["items"][0]["credit"] == "Korzenie Smaku"
    assert images["items"][0]["licence"] == "own"
    documents = get(client, "/api/v2/documents/")
    assert documents["items"][0]["title"] == "Karta pracy"
    detail = get(client, f"/api/v2/documents/{content['document'].pk}/")
    assert re.search(r"/documents/\d+/karta[^/]*\.pdf$", detail["meta"]["download_url"])


def test_api_search_and_bad_input(client, content):
    data = get(client, "/api/v2/pages/", search="oscypek", locale="pl")
    assert "Oscypek" in [item["title"] for item in data["items"]]
    assert client.get("/api/v2/pages/", {"search": "a" * 10_000}).status_code == 200
    assert client.get("/api/v2/pages/?search=%FF%00").status_code == 200
    assert client.get("/api/v2/pages/", {"type": "nope.Nope"}).status_code == 400
    assert client.get("/api/v2/pages/", {"locale": "xx"}).status_code == 400
    assert client.get("/api/v2/pages/", {"region": "slaskie"}).status_code == 400
    assert (
        client.get("/api/v2/pages/", {"type": "origins.OriginStoryPage", "scheme": "X"}).status_code
        == 400
    )
    assert (
        client.get(
            "/api/v2/pages/", {"type": "lessons.LessonIndexPage", "subject": "x"}
        ).status_code
        == 400
    )


def test_api_is_read_only(client, content, admin_client):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert admin_client.delete(f"/api/v2/pages/{content['story'].pk}/").status_code == 405


def test_drafts_are_not_in_the_api(client, content):
    content["story"].unpublish()
    data = get(client, "/api/v2/pages/", type="origins.OriginStoryPage", locale="pl")
    assert "Oscypek" not in [item["title"] for item in data["items"]]


def test_story_listing_query_budget_is_flat(client, content, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            get(client, "/api/v2/pages/", type="origins.OriginStoryPage", fields="product")
        return len(queries)

    count()  # warm the caches (content types, site root paths)
    few = count()
    stories = content["story"].get_parent()
    for number in range(10):
        OriginStoryPageFactory(parent=stories, slug=f"historia-{number}")
    assert count() == few


def test_an_unknown_object_is_a_json_404_not_a_redirect(client, home):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
