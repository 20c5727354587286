"""Stories, lessons and topics about the same product link to each other, both ways.

A lesson is about the register products that its editor chose, and those of its product
cards; the story page, the product page and the topic page find the lesson through that
relation (``Product.lessons``), so the origins app imports nothing from the lessons app.
"""

import pytest

from environment.models import TopicKind
from lessons.models import LessonPage
from tests.environment.factories import EnvironmentIndexPageFactory, EnvironmentTopicPageFactory
from tests.lessons.factories import LessonPageFactory
from tests.origins.factories import (
    CatalogueIndexPageFactory,
    OriginStoryIndexPageFactory,
    OriginStoryPageFactory,
    ProductFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def oscypek(home, lesson_index):
    catalogue = CatalogueIndexPageFactory(parent=home)
    product = ProductFactory(name="Oscypek", slug="oscypek")
    other = ProductFactory(name="Bryndza podhalańska", slug="bryndza")
    story = OriginStoryPageFactory(
        parent=OriginStoryIndexPageFactory(parent=home),
        title="Oscypek: wędzony ser",
        slug="oscypek",
        product=product,
    )
    lesson = LessonPageFactory(
        parent=lesson_index,
        title="Jak baca robi oscypek",
        slug="jak-baca-robi-oscypek",
        body=[("product_card", {"story": story, "note": "Ser z bacówki."})],
    )
    topic = EnvironmentTopicPageFactory(
        parent=EnvironmentIndexPageFactory(parent=home),
        title="Łąki górskie i wypas owiec",
        slug="laki",
        kind=TopicKind.HABITAT,
    )
    topic.products.set([product])
    topic.save_revision().publish()
    unrelated = LessonPageFactory(parent=lesson_index, title="Bryndza", slug="bryndza")
    unrelated.products.set([other])
    unrelated.save_revision().publish()
    return {
        "catalogue": catalogue,
        "product": product,
        "story": story,
        "lesson": LessonPage.objects.get(pk=lesson.pk),
        "topic": topic,
    }


def html_of(client, page_or_path):
    path = page_or_path if isinstance(page_or_path, str) else page_or_path.url
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_a_lesson_is_about_the_products_of_its_cards(oscypek):
    assert list(oscypek["lesson"].products.all()) == [oscypek["product"]]


def test_the_story_links_to_its_lesson_and_topic(client, oscypek):
    html = html_of(client, oscypek["story"])
    assert f'href="{oscypek["lesson"].url}"' in html
    assert f'href="{oscypek["topic"].url}"' in html
    assert "/pl/lekcje/bryndza/" not in html  # a lesson about another product


def test_the_lesson_links_to_its_story_and_the_topics_of_its_products(client, oscypek):
    html = html_of(client, oscypek["lesson"])
    assert f'href="{oscypek["story"].url}"' in html
    # the topic is not among the lesson's chosen topics: it shares the product
    assert not oscypek["lesson"].environment_topics.exists()
    assert f'href="{oscypek["topic"].url}"' in html


def test_the_topic_links_to_the_story_and_the_lesson(client, oscypek):
    html = html_of(client, oscypek["topic"])
    assert f'href="{oscypek["story"].url}"' in html
    assert f'href="{oscypek["lesson"].url}"' in html
    assert "/pl/lekcje/bryndza/" not in html


def test_the_product_page_links_to_story_lesson_and_topic(client, oscypek):
    html = html_of(client, "/pl/produkty/oscypek/")
    for page in ("story", "lesson", "topic"):
        assert f'href="{oscypek[page].url}"' in html, page


def test_editors_choose_products_of_a_lesson_in_the_admin(admin_client, oscypek):
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(LessonPage).get_form_class()
    assert "products" in form_class.base_fields


def test_the_data_migration_links_existing_lessons_to_their_cards_products(oscypek):
    """lessons/0004 fills the relation for lessons saved before it existed."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("lessons.migrations.0004_lesson_products")
    LessonPage.products.through.objects.all().delete()
    assert not oscypek["lesson"].products.exists()
    migration.products_of_product_cards(apps, None)
    migration.products_of_product_cards(apps, None)  # twice: nothing doubles
    assert list(LessonPage.objects.get(pk=oscypek["lesson"].pk).products.all()) == [
        oscypek["product"]
    ]
