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
