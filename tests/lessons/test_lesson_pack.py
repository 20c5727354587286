"""The lesson pack PDF: made from the lesson's own content, for teachers only, cached per revision."""

import io
import time

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from lessons import pdf as lesson_pdf
from tests.lessons.factories import ANSWER, TEACHER_NOTE, LessonPageFactory

pytestmark = pytest.mark.django_db


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def flat(text):
    return " ".join(text.split())


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_anonymous_visitors_and_students_are_sent_to_sign_in(client, lesson_index, student):
    lesson = LessonPageFactory(parent=lesson_index)
    response = client.get(lesson.pack_url())
    assert response.status_code == 302
    assert "/pl/konto/" in response["Location"] or "login" in response["Location"]
    client.force_login(student)
    assert client.get(lesson.pack_url()).status_code == 302


def test_teacher_downloads_the_pack_with_the_lessons_own_content(client, lesson_index, teacher):
    lesson = LessonPageFactory(parent=lesson_index, title="Jak baca robi oscypek")
    client.force_login(teacher)
    assert lesson.pack_url().endswith("/pakiet/")
    response = client.get(lesson.pack_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    text, pages = pdf_text(response.content)
    text = flat(text)
    assert "Jak baca robi oscypek" in text
    assert "Uczeń wskazuje region pochodzenia oscypka." in text  # objective
    assert "Z jakiego mleka robi się oscypek?" in text  # worksheet
    assert "Zaznacz Podhale." in text  # activity step
    assert flat(TEACHER_NOTE) in text
    assert flat(ANSWER) in text
    assert pages >= 3  # plan, worksheet, answer key each start a page


def test_the_pack_is_cached_by_revision_and_never_drifts(client, lesson_index, teacher):
    lesson = LessonPageFactory(parent=lesson_index, title="Karp zatorski")
    lesson.save_revision().publish()
    client.force_login(teacher)
    first = client.get(lesson.pack_url()).content
    assert client.get(lesson.pack_url()).content == first  # served from the cache

    lesson.refresh_from_db()
    lesson.title = "Karp zatorski w stawach ziemnych"
    lesson.save_revision().publish()
    text, _ = pdf_text(client.get(lesson.pack_url()).content)
    assert "Karp zatorski w stawach ziemnych" in flat(text)


def test_pack_fetches_nothing_from_other_hosts(lesson_index):
    with pytest.raises(ValueError):
        lesson_pdf.url_fetcher().fetch("https://example.com/font.woff2")


def test_english_lesson_pack_route_is_in_english(client, lesson_index, teacher, locales):
    lesson = LessonPageFactory(parent=lesson_index)
    english = lesson.copy_for_translation(locales["en"], copy_parents=True)
    english.save_revision().publish()
    client.force_login(teacher)
    from django.utils import translation

    with translation.override("en"):
        url = english.pack_url()
    assert url.startswith("/en/") and url.endswith("/pack/")
    started = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200
    assert time.perf_counter() - started < 10
