import pytest
from wagtail.test.utils import WagtailPageTestCase

from environment.models import EnvironmentTopicPage
from korzenie.models import HomePage
from lessons.models import LessonIndexPage, LessonPage, TeacherResourcesPage
from tests.lessons.factories import ANSWER, TEACHER_NOTE, TIMING, LessonPageFactory

pytestmark = pytest.mark.django_db


class PageRules(WagtailPageTestCase):
    def test_lesson_index_sits_under_home(self):
        self.assertAllowedParentPageTypes(LessonIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LessonIndexPage, {LessonPage, TeacherResourcesPage})

    def test_lesson_sits_under_the_index(self):
        self.assertAllowedParentPageTypes(LessonPage, {LessonIndexPage})

    def test_resources_page_is_a_leaf_under_the_index(self):
        self.assertAllowedParentPageTypes(TeacherResourcesPage, {LessonIndexPage})
        self.assertAllowedSubpageTypes(TeacherResourcesPage, set())

    def test_lesson_links_to_environment_topics(self):
        field = LessonPage._meta.get_field("environment_topics")
        assert field.related_model is EnvironmentTopicPage


def test_lesson_page_shows_what_students_need(client, lesson_index):
    lesson = LessonPageFactory(parent=lesson_index, title="Skąd się bierze oscypek")
    html = client.get(lesson.url).content.decode()
    assert "Skąd się bierze oscypek" in html
    assert "Uczeń wskazuje region pochodzenia oscypka." in html
    assert "Zaznacz Podhale." in html
    assert "Z jakiego mleka robi się oscypek?" in html
    assert "Geografia" in html or "Geography" in html


@pytest.mark.parametrize("who", ["anonymous", "student"])
def test_teacher_only_content_is_absent_for_others(client, lesson_index, student, who):
    lesson = LessonPageFactory(parent=lesson_index)
    if who == "student":
        client.force_login(student)
    html = client.get(lesson.url).content.decode()
    for secret in (TEACHER_NOTE, ANSWER, TIMING, lesson.reverse_pack_path):
        assert secret not in html


def test_teacher_only_content_is_present_for_teachers(client, lesson_index, teacher):
    lesson = LessonPageFactory(parent=lesson_index)
    client.force_login(teacher)
    response = client.get(lesson.url)
    html = response.content.decode()
    for secret in (TEACHER_NOTE, ANSWER, TIMING, lesson.reverse_pack_path):
        assert secret in html
    assert "private" in response["Cache-Control"]


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the caches every request shares (site, menu)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def lesson_with(lesson_index, blocks, title):
    body = []
    for number in range(blocks):
        body.append(("paragraph", f"<p>Akapit {number}.</p>"))
        body.append(
            (
                "key_terms",
                {"terms": [{"term": f"pojęcie {number}", "definition": "Definicja."}]},
            )
        )
        body.append(
            (
                "activity",
                {
                    "title": f"Ćwiczenie {number}",
                    "minutes": 5,
                    "grouping": "",
                    "materials": ["mapa"],
                    "steps": ["Krok."],
                },
            )
        )
    return LessonPageFactory(parent=lesson_index, title=title, body=body)


@pytest.mark.parametrize("as_teacher", [False, True])
def test_lesson_page_query_budget_does_not_grow_with_content(
    client, lesson_index, teacher, as_teacher
):
    if as_teacher:
        client.force_login(teacher)
    few = lesson_with(lesson_index, 3, "Krótka lekcja")
    for _ in range(2):
        LessonPageFactory(parent=lesson_index)
    few_queries = count_queries(client, few.url)
    many = lesson_with(lesson_index, 30, "Długa lekcja")
    for _ in range(27):
        LessonPageFactory(parent=lesson_index)
    many_queries = count_queries(client, many.url)
    assert many_queries == few_queries
    # The shell's layout (menu, language switcher, hreflang links) takes about half of these.
    # Signed in: the session, the user and the teacher check add a few.
    assert few_queries <= (34 if as_teacher else 30), few_queries


def test_previous_and_next_lesson_in_the_series(client, lesson_index):
    first = LessonPageFactory(parent=lesson_index, title="Pierwsza", strand="methods")
    LessonPageFactory(parent=lesson_index, title="Inna ścieżka", strand="origins")
    second = LessonPageFactory(parent=lesson_index, title="Druga", strand="methods")
    third = LessonPageFactory(parent=lesson_index, title="Trzecia", strand="methods")
    html = client.get(second.url).content.decode()
    assert f'href="{first.url}" rel="prev"' in html
    assert f'href="{third.url}" rel="next"' in html
    assert "Inna ścieżka" not in html
    first_html = client.get(first.url).content.decode()
    assert 'rel="prev"' not in first_html


def test_lesson_links_to_its_live_quiz(client, lesson_index):
    from lessons.models import QuizPage

    lesson = LessonPageFactory(parent=lesson_index)
    assert "lesson-quiz" not in client.get(lesson.url).content.decode()
    quiz = QuizPage(title="Quiz o oscypku", slug="quiz")
    lesson.add_child(instance=quiz)
    quiz.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "lesson-quiz" in html
    assert f'href="{quiz.url}"' in html


def test_lesson_shows_its_environment_connection(client, lesson_index, home):
    from tests.environment.factories import (
        EnvironmentIndexPageFactory,
        EnvironmentTopicPageFactory,
    )

    topics = EnvironmentIndexPageFactory(parent=home)
    topic = EnvironmentTopicPageFactory(parent=topics, title="Łąki górskie i wypas owiec")
    lesson = LessonPageFactory(parent=lesson_index)
    lesson.environment_topics.add(topic)
    lesson.save()
    html = client.get(lesson.url).content.decode()
    assert f'<a href="{topic.url}">Łąki górskie i wypas owiec</a>' in html
    topic_html = client.get(topic.url).content.decode()
    assert f'<a href="{lesson.url}">{lesson.title}</a>' in topic_html


def test_product_cards_link_stories_with_a_fixed_number_of_queries(client, lesson_index, home):
    from tests.origins.factories import OriginStoryIndexPageFactory, OriginStoryPageFactory

    stories_index = OriginStoryIndexPageFactory(parent=home)
    stories = [OriginStoryPageFactory(parent=stories_index) for _ in range(30)]

    def lesson_with_cards(count, title):
        body = [("product_card", {"story": story, "note": "Notatka."}) for story in stories[:count]]
        return LessonPageFactory(parent=lesson_index, title=title, body=body)

    few = count_queries(client, lesson_with_cards(3, "Trzy karty").url)
    lesson = lesson_with_cards(30, "Trzydzieści kart")
    assert count_queries(client, lesson.url) == few
    html = client.get(lesson.url).content.decode()
    assert f'href="{stories[29].url}"' in html


@pytest.mark.parametrize("title", ["Quiz: Jak baca robi oscypek", "Oscypek krok po kroku"])
def test_the_quiz_button_does_not_repeat_the_word_quiz(client, lesson_index, title):
    """The quiz titles begin with "Quiz:": the button says what to do, the heading names it."""
    import re

    from lessons.models import QuizPage

    lesson = LessonPageFactory(parent=lesson_index, title="Jak baca robi oscypek")
    quiz = QuizPage(title=title, slug="quiz")
    lesson.add_child(instance=quiz)
    quiz.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    section = html[html.index('class="lesson-quiz"') :]
    section = section[: section.index("</section>")]
    text = " ".join(re.sub(r"<[^>]+>", " ", section).split())
    assert text.lower().count("quiz:") <= 1, text
    assert "Quiz: Quiz" not in text and "quiz: Quiz" not in text
    button = re.search(r'<a class="button[^"]*" href="([^"]+)">([^<]+)</a>', section)
    assert button.group(1) == quiz.url
    assert button.group(2) == "Rozwiąż quiz"
    assert title in text  # the quiz is named once
