"""Interface catalogues: every string marked for translation, complete in pl, en and uk.

- A fresh ``makemessages`` of every project app (run on a copy, so the repository is not
  touched) must find no msgid without a translation (and nothing fuzzy) in ``pl``, ``en`` and
  ``uk``.
- No project template may hold text outside ``{% translate %}`` / ``{% blocktranslate %}``:
  text between tags and in the attributes people read (alt, title, aria-label, placeholder) is
  checked after removing template tags, variables, comments, scripts and styles. What may stay
  untranslated is in ALLOWED below: the brand name, punctuation, numbers and symbols.
"""

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

REPO = Path(settings.BASE_DIR)
LANGUAGES = ["pl", "en", "uk"]

# Literal text that templates may hold: names that are not translated, and anything made only
# of digits, punctuation and symbols (checked by NO_WORDS).
ALLOWED = {
    "Korzenie Smaku",  # the brand, the same in every language
    "Polski",  # language names are written in their own language
    "English",
    "Українська",
    "PDF",
    "CSV",
    "SVG",
    "GeoJSON",
    "Wagtail",
    "TERYT",
}
# Templates that may hold literals, with the reason.
ALLOWED_TEMPLATES = {
    # Django renders it without the request's language (no context processors), so it carries
    # its text in both Polish and English, literally.
    "site/templates/500.html",
}
NO_WORDS = re.compile(r"^[\W\d_]*$", re.UNICODE)
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "aria-description"}


def project_app_dirs():
    """The top-level folders of the project's own apps (site/, origins/, lessons/, ...)."""
    folders = set()
    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        if REPO in path.parents and ".venv" not in path.parts:
            folders.add(REPO / path.relative_to(REPO).parts[0])
    return sorted(folders)


def project_templates():
    for folder in project_app_dirs():
        for path in folder.rglob("templates/**/*"):
            if path.suffix in {".html", ".txt"} and path.is_file():
                yield path


# --- Catalogues ------------------------------------------------------------------------------


def fresh_catalogues(app_dir, workdir):
    """Run makemessages on a copy of `app_dir`; return {language: polib.POFile}."""
    copy = workdir / app_dir.name
    shutil.copytree(
        app_dir,
        copy,
        ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static", "node_modules", "data"),
    )
    (copy / "locale").mkdir(exist_ok=True)  # never fall back to the real LOCALE_PATHS
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "korzenie.settings.test"}
    command = [sys.executable, str(REPO / "manage.py"), "makemessages", "--no-obsolete"]
    for language in LANGUAGES:
        command += ["-l", language]
    subprocess.run(command, cwd=copy, env=env, check=True, capture_output=True, timeout=300)
    return {
        language: polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
        for language in LANGUAGES
        if (copy / "locale" / language / "LC_MESSAGES" / "django.po").exists()
    }


def script_app_dirs():
    """The apps whose scripts call gettext() (their messages come from djangojs catalogues)."""
    return [
        folder
        for folder in project_app_dirs()
        if any(
            "gettext(" in path.read_text(encoding="utf-8") for path in folder.glob("static/**/*.js")
        )
    ]


def fresh_script_catalogues(app_dir, workdir):
    """Run makemessages -d djangojs on a copy of `app_dir`; return {language: polib.POFile}."""
    copy = workdir / app_dir.name
    shutil.copytree(
        app_dir, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "node_modules", "data")
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "korzenie.settings.test"}
    command = [sys.executable, str(REPO / "manage.py"), "makemessages", "-d", "djangojs"]
    command += ["--no-obsolete", *[f"-l{language}" for language in LANGUAGES]]
    subprocess.run(command, cwd=copy, env=env, check=True, capture_output=True, timeout=300)
    return {
        language: polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "djangojs.po"))
        for language in LANGUAGES
        if (copy / "locale" / language / "LC_MESSAGES" / "djangojs.po").exists()
    }


def missing_translations(po):
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            missing.append(f"fuzzy: {entry.msgid!r}")
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                missing.append(repr(entry.msgid))
        elif not entry.msgstr:
            missing.append(repr(entry.msgid))
    return missing


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext is not installed")
@pytest.mark.parametrize("app_dir", project_app_dirs(), ids=lambda path: path.name)
def test_catalogues_are_complete(app_dir, tmp_path):
    catalogues = fresh_catalogues(app_dir, tmp_path)
    if not any(len(po) for po in catalogues.values()):
        pytest.skip(f"{app_dir.name} has no strings to translate")
    problems = []
    for language in LANGUAGES:
        po = catalogues.get(language)
        if po is None:
            problems.append(f"{language}: no catalogue")
            continue
        missing = missing_translations(po)
        if missing:
            problems.append(
                f"{language}: {len(missing)} without translation: " + ", ".join(missing[:20])
            )
    assert not problems, (
        f"{app_dir.name}/locale is incomplete (run makemessages -l pl -l en -l uk in "
        f"{app_dir.name}/ and translate):\n" + "\n".join(problems)
    )


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext is not installed")
@pytest.mark.parametrize("app_dir", script_app_dirs(), ids=lambda path: path.name)
def test_script_catalogues_are_complete(app_dir, tmp_path):
    """The messages of the apps' scripts (gettext() in static/**/*.js, served by /jsi18n/)."""
    catalogues = fresh_script_catalogues(app_dir, tmp_path)
    problems = []
    for language in LANGUAGES:
        po = catalogues.get(language)
        if po is None or not len(po):
            problems.append(f"{language}: no djangojs catalogue")
            continue
        missing = missing_translations(po)
        if missing:
            problems.append(
                f"{language}: {len(missing)} without translation: " + ", ".join(missing)
            )
    assert not problems, (
        f"{app_dir.name}/locale djangojs is incomplete (run makemessages -d djangojs "
        f"-l pl -l en -l uk in {app_dir.name}/ and translate):\n" + "\n".join(problems)
    )


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext is not installed")
@pytest.mark.parametrize("app_dir", project_app_dirs(), ids=lambda path: path.name)
def test_catalogues_compile(app_dir):
    """What the build's compilemessages does, with GNU gettext's own checks (format strings)."""
    for po_path in sorted(app_dir.glob("locale/*/LC_MESSAGES/*.po")):
        result = subprocess.run(
            ["msgfmt", "--check-format", "-o", os.devnull, str(po_path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, f"{po_path.relative_to(REPO)}:\n{result.stderr}"


def test_polish_and_ukrainian_interfaces_translate():
    template = Template('{% load i18n %}{% translate "What are you looking for?" %}')
    with translation.override("pl"):
        assert template.render(Context()) == "Czego szukasz?"
    with translation.override("uk"):
        assert template.render(Context()) == "Що ви шукаєте?"
    with translation.override("en"):
        assert template.render(Context()) == "What are you looking for?"


def test_content_languages_stay_polish_and_english():
    assert [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES] == ["pl", "en"]


# --- Template literals ------------------------------------------------------------------------

TEMPLATE_SYNTAX = [
    # Blocks filled into an attribute (e.g. <body class="{% block body_class %}">): not text.
    re.compile(r"{%\s*block\s+\w*_class\s*%}.*?{%\s*endblock\b.*?%}", re.S),
    re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S),
    re.compile(r"{#.*?#}", re.S),
    re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S),
    re.compile(r"{%.*?%}", re.S),
    re.compile(r"{{.*?}}", re.S),
]
SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)


class LiteralFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.literals = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self.literals.append(value)

    def handle_data(self, data):
        self.literals.append(data)


def literals_of(source):
    for pattern in TEMPLATE_SYNTAX:
        source = pattern.sub(" ", source)
    source = SCRIPT_STYLE.sub(" ", source)
    finder = LiteralFinder()
    finder.feed(source)
    finder.close()
    found = []
    for text in finder.literals:
        text = " ".join(text.split())
        rest = text
        for name in ALLOWED:
            rest = rest.replace(name, " ")
        if not NO_WORDS.match(rest):
            found.append(text)
    return found


def test_literal_finder():
    assert literals_of('<p>{% translate "Hi" %} · {{ name }}</p>') == []
    assert literals_of("<p>{% blocktranslate %}Hi {{ x }}{% endblocktranslate %}</p>") == []
    assert literals_of('<img alt="Logo"><p>Hello</p>') == ["Logo", "Hello"]
    assert literals_of("<script>var a = 'x';</script>{# note #}<span>12 – 14</span>") == []
    assert literals_of("{% block body_class %}page-x{% endblock %}<p>Korzenie Smaku · 2</p>") == []


def test_templates_hold_no_untranslated_literal():
    problems = []
    for path in project_templates():
        if str(path.relative_to(REPO)) in ALLOWED_TEMPLATES:
            continue
        for text in literals_of(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(REPO)}: {text!r}")
    assert not problems, "Untranslated text in templates:\n" + "\n".join(problems)
