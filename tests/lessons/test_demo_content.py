"""The demo lessons and topics: complete, translated, idempotent, with a lesson pack each."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import translation
from pypdf import PdfReader
from wagtail.models import Revision

import environment.demo as environment_demo
import lessons.demo as lessons_demo
from environment.models import EnvironmentTopicPage
from korzenie import demo as site_demo
from lessons.models import AgeGroup, LessonPage

pytestmark = pytest.mark.django_db(transaction=False)


def load_all():
    command = BaseCommand()
    site_demo.load(command)
    environment_demo.load(command)
    lessons_demo.load(command)
    site_demo.finish(command)


@pytest.fixture
def demo(locales):
    call_command("import_eu_register", verbosity=0)
    load_all()


def flat(text):
    return " ".join(text.split())


def test_demo_lessons_topics_and_packs(client, demo, django_user_model):
    """One test, so the demo (about half a minute to load) is loaded once for all checks."""
    check_three_complete_lessons_per_strand_in_both_languages()
    check_every_demo_lesson_has_a_lesson_pack(client, django_user_model)
    check_demo_topics_link_products_and_lessons(client)


def check_three_complete_lessons_per_strand_in_both_languages():
    polish = LessonPage.objects.live().filter(locale__language_code="pl")
    english = LessonPage.objects.live().filter(locale__language_code="en")
    assert polish.count() == english.count() == 9
    for strand in ("origins", "methods", "environment"):
        assert polish.filter(strand=strand).count() == 3
        assert len(set(polish.filter(strand=strand).values_list("age_group", flat=True))) == 3
    assert set(polish.values_list("age_group", flat=True)) == set(AgeGroup.values)
    for lesson in [*polish, *english]:
        types = {block.block_type for block in lesson.body}
        assert lesson.objectives and lesson.worksheet and lesson.teacher_notes
        assert {"activity", "key_terms"} <= types, lesson.title
        assert lesson.sources, lesson.title
    assert EnvironmentTopicPage.objects.live().filter(locale__language_code="pl").count() >= 5
    assert EnvironmentTopicPage.objects.live().filter(locale__language_code="en").count() >= 5


def test_demo_is_idempotent(demo):
    revisions = Revision.objects.count()
    load_all()
    assert Revision.objects.count() == revisions


def check_every_demo_lesson_has_a_lesson_pack(client, django_user_model):
    from django.contrib.auth.models import Group

    teacher = django_user_model.objects.create_user("pani", password="x")
    teacher.groups.add(Group.objects.get(name="Teachers"))
    client.force_login(teacher)
    for lesson in LessonPage.objects.live().select_related("locale"):
        with translation.override(lesson.locale.language_code):
            url = lesson.pack_url()
        response = client.get(url)
        assert response.status_code == 200, url
        text = flat(
            "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
        )
        assert flat(lesson.title) in text, url
        for objective in lesson.objectives:
            assert flat(objective.value) in text, (url, objective.value)
        for task in lesson.worksheet:
            assert flat(task.value["instruction"]) in text, (url, task.value["instruction"])


def check_demo_topics_link_products_and_lessons(client):
    topic = EnvironmentTopicPage.objects.get(slug="laki-gorskie-i-wypas-owiec")
    assert "Oscypek" in {product.name for product in topic.products.all()}
    html = client.get(topic.url).content.decode()
    assert "Wypas kulturowy: owce, które chronią łąki" in html
    en_topic = EnvironmentTopicPage.objects.get(slug="mountain-meadows-and-sheep-grazing")
    en_html = client.get(en_topic.url).content.decode()
    assert "Cultural grazing: sheep that protect meadows" in en_html
    assert "Oscypek" in en_html
