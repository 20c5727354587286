"""The lesson index and the resources page: filters in the URL, bad values, query budgets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from korzenie.models.pages import Strand
from lessons.models import AgeGroup, Subject
from tests.lessons.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the caches every request shares (site, menu)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.fixture
def mixed_lessons(lesson_index):
    oscypek = LessonPageFactory(
        parent=lesson_index,
        title="Jak baca robi oscypek",
        strand=Strand.METHODS,
        age_group=AgeGroup.GRADES_4_6,
        duration=45,
        subjects=[Subject.TECHNOLOGY],
    )
    oscypek.tags.add("oscypek")
    oscypek.save()
    grazing = LessonPageFactory(
        parent=lesson_index,
        title="Wypas kulturowy",
        strand=Strand.ENVIRONMENT,
        age_group=AgeGroup.GRADES_7_8,
        duration=90,
        subjects=[Subject.BIOLOGY, Subject.GEOGRAPHY],
    )
    names = LessonPageFactory(
        parent=lesson_index,
        title="Chronione nazwy",
        strand=Strand.ORIGINS,
        age_group=AgeGroup.SECONDARY,
        duration=135,
        subjects=[Subject.CIVICS],
    )
    return {"oscypek": oscypek, "grazing": grazing, "names": names}


def titles(response):
    return [lesson.title for lesson in response.context["page_obj"]]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"Jak baca robi oscypek", "Wypas kulturowy", "Chronione nazwy"}),
        ("?strand=methods", {"Jak baca robi oscypek"}),
        ("?age=7-8", {"Wypas kulturowy"}),
        ("?subject=geography", {"Wypas kulturowy"}),
        ("?duration=45", {"Jak baca robi oscypek"}),
        ("?duration=90", {"Wypas kulturowy"}),
        ("?duration=more", {"Chronione nazwy"}),
        ("?tag=oscypek", {"Jak baca robi oscypek"}),
        ("?strand=environment&subject=biology&age=7-8", {"Wypas kulturowy"}),
        ("?strand=origins&age=1-3", set()),
    ],
)
def test_filters_in_the_url(client, lesson_index, mixed_lessons, query, expected):
    response = client.get(lesson_index.url + query)
    assert response.status_code == 200
    assert set(titles(response)) == expected


@pytest.mark.parametrize(
    "query",
    [
        "?strand=nonsense",
        "?age=99",
        "?subject=%00",
        "?duration=-1",
        "?tag=does-not-exist",
        "?page=abc",
        "?page=999999",
        "?page=-1",
        "?strand=methods&strand=origins",
        "?age=" + "x" * 5000,
        "?tag=%E2%9C%93%27%22%3Cscript%3E",
    ],
)
def test_bad_filter_values_give_a_normal_page(
    client, lesson_index, resources_page, mixed_lessons, query
):
    for page in (lesson_index, resources_page):
        response = client.get(page.url + query)
        assert response.status_code == 200


def test_unknown_filter_value_is_reported_and_ignored(client, lesson_index, mixed_lessons):
    response = client.get(lesson_index.url + "?strand=nonsense&age=7-8")
    html = response.content.decode()
    assert set(titles(response)) == {"Wypas kulturowy"}
    assert 'role="alert"' in html


def test_filter_form_works_without_javascript(client, lesson_index, mixed_lessons):
    html = client.get(lesson_index.url).content.decode()
    assert '<form class="filters" method="get"' in html
    for name in ("strand", "age", "subject", "duration", "tag"):
        assert f'name="{name}"' in html
        assert f'for="id_{name}"' in html


def test_lesson_cards_show_age_group_duration_and_subjects(client, lesson_index, mixed_lessons):
    html = client.get(lesson_index.url).content.decode()
    assert "Wypas kulturowy" in html
    assert "Klasy 7–8" in html or "Grades 7–8" in html
    assert "90" in html


def test_resources_page_lists_a_pack_for_every_lesson(client, resources_page, mixed_lessons):
    html = client.get(resources_page.url + "?strand=methods").content.decode()
    oscypek = mixed_lessons["oscypek"]
    assert oscypek.url + oscypek.reverse_pack_path in html
    assert mixed_lessons["grazing"].title not in html


def make_lessons(lesson_index, count):
    for number in range(count):
        lesson = LessonPageFactory(
            parent=lesson_index,
            strand=list(Strand.values)[number % 3],
            subjects=[Subject.BIOLOGY, Subject.GEOGRAPHY],
        )
        lesson.tags.add(f"tag-{number % 5}")
        lesson.save()


@pytest.mark.parametrize("query", ["", "?strand=methods&subject=biology&tag=tag-1"])
def test_lesson_index_query_budget_does_not_grow_with_lessons(
    client, lesson_index, resources_page, query
):
    make_lessons(lesson_index, 3)
    few, _ = count_queries(client, lesson_index.url + query)
    make_lessons(lesson_index, 27)
    many, response = count_queries(client, lesson_index.url + query)
    assert many == few
    # The shell's layout (menu, language switcher, hreflang links) takes about half of these.
    assert few <= 28, few


def test_resources_page_query_budget_does_not_grow_with_lessons(
    client, lesson_index, resources_page
):
    make_lessons(lesson_index, 3)
    few, _ = count_queries(client, resources_page.url)
    make_lessons(lesson_index, 27)
    many, _ = count_queries(client, resources_page.url)
    assert many == few
    # The shell's layout (menu, language switcher, hreflang links) takes about half of these.
    assert few <= 28, few
