"""The lesson pack PDF carries the quiz on paper, with its answer key on a page of its own."""

import io
import re

import pytest

from lessons.pdf import build_pdf, render_pack_html
from tests.lessons.factories import LessonIndexPageFactory, LessonPageFactory
from tests.lessons.quiz.factories import QuizPageFactory

pytestmark = pytest.mark.django_db

PROMPT = "Z którego województwa pochodzi karp zatorski?"
EXPLANATION = "Bory Dolnośląskie leżą w województwie dolnośląskim."


@pytest.fixture
def lesson_with_quiz(home):
    lesson = LessonPageFactory(parent=LessonIndexPageFactory(parent=home), title="Karp i oscypek")
    quiz = QuizPageFactory(parent=lesson, slug="quiz", title="Quiz o karpiu")
    quiz.save_revision().publish()
    return lesson


def test_pack_html_has_the_quiz_then_the_key(lesson_with_quiz):
    html = render_pack_html(lesson_with_quiz)
    paper = html.index('class="pack-page quiz-paper"')
    key = html.index('class="pack-page quiz-paper-key"')
    assert paper < key
    questions = html[paper:key]
    assert PROMPT in questions and "☐ małopolskie" in questions
    for secret in (EXPLANATION, "oscypiorka", "Tak: Dolina Karpia", "1. podgrzanie mleka"):
        assert secret not in questions
    answer_key = html[key:]
    assert EXPLANATION in answer_key and "oscypiorka" in answer_key
    assert "1. podgrzanie mleka" in answer_key


def test_pack_pdf_puts_the_key_on_its_own_page(lesson_with_quiz):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(build_pdf(lesson_with_quiz)))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    # The printed quiz: the pages with the answer boxes.
    question_pages = [number for number, text in enumerate(pages) if "☐" in text]
    key_pages = [number for number, text in enumerate(pages) if EXPLANATION in text]
    assert question_pages and key_pages
    assert max(question_pages) < min(key_pages)
    assert any(PROMPT in pages[number] for number in question_pages)
    assert not any(EXPLANATION in pages[number] for number in question_pages)
    # The quiz starts on a page of its own, so it can be handed out without the lesson's key.
    assert pages[min(question_pages)].startswith("KORZENIE SMAKU · QUIZ")


def test_pack_draws_the_map_blank_on_the_quiz_and_marked_in_the_key(lesson_with_quiz):
    html = render_pack_html(lesson_with_quiz)
    paper = html.index('class="pack-page quiz-paper"')
    key = html.index('class="pack-page quiz-paper-key"')
    questions, answer_key = html[paper:key], html[key:]
    assert questions.count('class="quiz-map__region') == 16
    assert "quiz-map__region--right" not in questions and "✓" not in questions
    (right,) = re.findall(r'<path class="[^"]*quiz-map__region--right[^>]*>', answer_key)
    assert 'data-value="02"' in right and 'fill="#b5d4a8"' in right  # dolnośląskie, shaded


def test_pack_without_a_quiz_has_no_quiz_section(home):
    lesson = LessonPageFactory(parent=LessonIndexPageFactory(parent=home))
    assert 'class="pack-page quiz-paper' not in render_pack_html(lesson)
