"""Translation workflow: PO files through the wagtail-localize admin, and the status report."""

import shutil
import subprocess

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from korzenie.translation import translate
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Żurek": "Sour rye soup",
    "zurek": "sour-rye-soup",
    "Zupa na zakwasie z mąki żytniej.": "A soup made with a sourdough of rye flour.",
    "Zakwas dojrzewa <b>kilka dni</b> w ciepłym miejscu.": (
        "The sourdough ripens for <b>a few days</b> in a warm place."
    ),
}


@pytest.fixture
def soup(home):
    page = StandardPageFactory(
        parent=home,
        title="Żurek",
        slug="zurek",
        summary="Zupa na zakwasie z mąki żytniej.",
        body=[
            ("paragraph", RichText("<p>Zakwas dojrzewa <b>kilka dni</b> w ciepłym miejscu.</p>"))
        ],
    )
    page.save_revision().publish()
    return page


def test_po_file_download_translate_upload_round_trip(
    admin_client, client, soup, locales, django_capture_on_commit_callbacks, tmp_path
):
    # 1. An editor submits the page for translation into English.
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[soup.pk]),
        {"locales": [locales["en"].pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=soup.translation_key, target_locale=locales["en"]
    )

    # 2. Downloads the PO file: a valid gettext catalogue of every string of the page.
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert response["Content-Disposition"].endswith("-en.po")
    po = polib.pofile(response.content.decode("utf-8"))
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    assert {entry.msgid for entry in po} == set(ENGLISH)
    assert po.percent_translated() == 0
    if shutil.which("msgfmt"):  # GNU gettext's own check of the file
        path = tmp_path / "zurek-en.po"
        path.write_bytes(response.content)
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)

    # 3. Translates it (as a translator would in Poedit) and uploads it.
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]
    assert po.percent_translated() == 100
    upload = SimpleUploadedFile(
        "zurek-en.po", str(po).encode("utf-8"), content_type="text/x-gettext-translation"
    )
    english = soup.get_translation(locales["en"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302
    assert response["Location"] == edit_url
    assert translation.get_progress() == (4, 4)

    # 4. Publishes the translation from the admin; the English page carries the translation.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live
    assert english.title == "Sour rye soup"
    assert english.slug == "sour-rye-soup"
    assert english.summary == "A soup made with a sourdough of rye flour."
    html = client.get("/en/sour-rye-soup/").content.decode()
    assert "The sourdough ripens for <b>a few days</b> in a warm place." in html

    # 5. The PO file downloaded now holds the translations.
    again = polib.pofile(
        admin_client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode("utf-8")
    )
    assert {entry.msgid: entry.msgstr for entry in again} == ENGLISH


def test_po_file_of_another_translation_is_refused(admin_client, soup, home, locales):
    other = StandardPageFactory(parent=home, title="Bigos", slug="bigos", summary="Kapusta.")
    translate(soup, "en", ENGLISH)
    translate(other, "en", {"Bigos": "Hunter's stew", "bigos": "bigos", "Kapusta.": "Cabbage."})
    soup_translation = Translation.objects.get(source__object_id=soup.translation_key)
    other_translation = Translation.objects.get(source__object_id=other.translation_key)
    po = admin_client.get(
        reverse("wagtail_localize:download_pofile", args=[other_translation.pk])
    ).content
    admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[soup_translation.pk]),
        {"file": SimpleUploadedFile("x.po", po)},
    )
    assert soup.get_translation(locales["en"]).title == "Sour rye soup"


# --- The translation status report --------------------------------------------------------------

REPORT = "/admin/reports/translation-status/"


def cell_statuses(response):
    return {
        row.source.title: {cell.locale.language_code: cell.status for cell in row.cells}
        for row in response.context["page_obj"]
    }


def test_report_shows_every_page_by_language(admin_client, home, soup, locales):
    untranslated = StandardPageFactory(parent=home, title="Tylko po polsku", slug="tylko")
    outdated = StandardPageFactory(parent=home, title="Bigos", slug="bigos", summary="Kapusta.")
    translate(soup, "en", ENGLISH)
    translate(outdated, "en", {"Bigos": "Hunter's stew", "bigos": "bigos", "Kapusta.": "Cabbage."})
    outdated.summary = "Kapusta kiszona i mięso."
    outdated.save_revision().publish()

    response = admin_client.get(REPORT)
    assert response.status_code == 200
    statuses = cell_statuses(response)
    assert statuses["Żurek"] == {"pl": "source", "en": "up-to-date"}
    assert statuses["Tylko po polsku"] == {"pl": "source", "en": "missing"}
    assert statuses["Bigos"] == {"pl": "source", "en": "out-of-date"}
    assert statuses["Korzenie Smaku"]["en"] == "not-synced"  # copied, not translated

    html = response.content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in html
    source = TranslationSource.objects.get(object_id=outdated.translation_key)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    english = soup.get_translation(locales["en"])
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in html
    assert "translation-status--up-to-date" in html, html[html.find("<tbody") :][:1500]


def test_report_shows_incomplete_translations(admin_client, soup, locales):
    source, _ = TranslationSource.get_or_create_from_instance(soup)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    source.create_or_update_translation(locales["en"], publish=False, fallback=True)
    assert translation.get_progress() == (4, 0)
    statuses = cell_statuses(admin_client.get(REPORT))
    assert statuses["Żurek"]["en"] == "in-progress"


def test_report_is_in_the_reports_menu_and_for_admin_users_only(admin_client, client, home):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT in html
    assert client.get(REPORT).status_code == 302  # to the admin sign-in
    UserFactory(username="uczen")
    client.login(username="uczen", password="korzenie-test")
    assert client.get(REPORT).status_code in {302, 403}


def test_report_query_budget_is_flat(admin_client, home, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(3):
        translate(
            StandardPageFactory(
                parent=home, title=f"Strona {number}", slug=f"s{number}", summary=""
            ),
            "en",
            {f"Strona {number}": f"Page {number}", f"s{number}": f"p{number}"},
        )
    admin_client.get(REPORT)

    def count():
        with CaptureQueriesContext(connection) as queries:
            admin_client.get(REPORT)
        return len(queries)

    few = count()
    for number in range(3, 20):
        translate(
            StandardPageFactory(
                parent=home, title=f"Strona {number}", slug=f"s{number}", summary=""
            ),
            "en",
            {f"Strona {number}": f"Page {number}", f"s{number}": f"p{number}"},
        )
    many = count()
    # One progress query per translation shown (25 rows a page at most), the rest is constant.
    assert many - few <= 17
    assert many < 80, many


# --- hreflang and the language switcher, on translated pages of every content type ------------


def translated_pages(home, locales):
    """A Polish page of each content page type with its English translation."""
    from tests.environment.factories import (
        EnvironmentIndexPageFactory,
        EnvironmentTopicPageFactory,
    )
    from tests.lessons.factories import LessonIndexPageFactory, LessonPageFactory
    from tests.origins.factories import OriginStoryIndexPageFactory, OriginStoryPageFactory

    pages = [
        StandardPageFactory(parent=home, title="O nas", slug="o-nas"),
        OriginStoryPageFactory(parent=OriginStoryIndexPageFactory(parent=home), slug="oscypek"),
        LessonPageFactory(parent=LessonIndexPageFactory(parent=home), slug="lekcja"),
        EnvironmentTopicPageFactory(parent=EnvironmentIndexPageFactory(parent=home), slug="hale"),
    ]
    pairs = []
    for page in pages:
        english = page.copy_for_translation(locales["en"], copy_parents=True)
        english.slug = f"{page.slug}-en"
        english.save_revision().publish()
        english.refresh_from_db()
        pairs.append((page, english))
    return pairs


def test_every_translated_page_links_its_other_language(client, home, locales):
    for polish, english in translated_pages(home, locales):
        polish_url, english_url = polish.get_url(), english.get_url()
        html = client.get(polish_url).content.decode()
        assert f'hreflang="en" href="http://testserver{english_url}"' in html, polish_url
        assert f'<a href="{english_url}" hreflang="en" lang="en">' in html, polish_url
        html = client.get(english_url).content.decode()
        assert f'hreflang="pl" href="http://testserver{polish_url}"' in html, english_url


def test_search_page_switches_language_keeping_the_query(client, home):
    html = client.get("/pl/szukaj/", {"q": "karp"}).content.decode()
    assert 'href="/en/search/?q=karp"' in html
