"""The quiz script's messages come from Django's JavaScript catalogue, in every language of
the interface (Ukrainian too), served as a cacheable script file, never inline."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from korzenie.views import javascript_catalog

SCRIPT = Path(settings.BASE_DIR) / "lessons" / "static" / "lessons" / "js" / "quiz.js"
MESSAGES = {
    "pl": ["Zapisywanie…", "Odpowiedzi zapisane.", "Nie udało się zapisać."],
    "en": ["Saving…", "Answers saved.", "Could not save."],
    "uk": ["Збереження…", "Відповіді збережено.", "Не вдалося зберегти."],
}


def as_json(text):
    """How the catalogue writes a string (JSON, non-ASCII escaped)."""
    return json.dumps(text)[1:-1]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_catalogue_is_a_cacheable_script_in_the_urls_language(client, db, language):
    response = client.get(f"/{language}/jsi18n/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "public" in response["Cache-Control"] and "max-age=3600" in response["Cache-Control"]
    assert response.has_header("Last-Modified")
    body = response.content.decode()
    for message in MESSAGES[language][:2]:
        assert as_json(message) in body


def test_the_catalogue_speaks_ukrainian():
    request = RequestFactory().get("/uk/jsi18n/")
    with translation.override("uk"):
        body = javascript_catalog(request).content.decode()
    for message in MESSAGES["uk"]:
        assert as_json(message) in body


def test_the_script_holds_no_message_of_its_own():
    source = SCRIPT.read_text(encoding="utf-8")
    for language in ("pl", "uk"):
        for message in MESSAGES[language]:
            assert message not in source
    assert 'gettext("Saving…")' in source and 'gettext("Answers saved.")' in source


def test_quiz_pages_load_the_catalogue_before_the_script_and_nothing_inline():
    for name in ("take.html", "preview.html"):
        source = (Path(settings.BASE_DIR) / "lessons/templates/lessons/quiz" / name).read_text()
        catalogue = source.index("{% url 'javascript-catalog' %}")
        assert catalogue < source.index("lessons/js/quiz.js")
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)", source)
