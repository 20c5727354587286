"""Polish stemming of the search backend: the stemmer, the PostgreSQL configuration, the
fallback without a dictionary, and what the admin says about it."""

from importlib import import_module

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from korzenie import search_backend
from korzenie.stemming import stems, with_stems, word_forms

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the text search configuration is PostgreSQL's"
)
migration = import_module("korzenie.migrations.0005_polish_stemming_search_config")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("karpie", "karp"),
        ("oscypki", "oscypek"),
        ("Oscypków", "oscypek"),
        ("kiełbasy", "kiełbasa"),
        ("żurku", "żurek"),
        ("apples", "appl"),
    ],
)
def test_the_python_stemmer_finds_real_stems(word, stem):
    assert stem in word_forms(word)


def test_short_words_and_numbers_are_not_stemmed():
    assert stems("na") == ()
    assert stems("2011") == ()
    assert stems("karp") == tuple(stem for stem in stems("karp") if stem != "karp")


def test_indexed_text_keeps_the_words_and_adds_their_stems_once():
    text = with_stems("Karpie w stawach, karpie w sieci")
    first, extra = text.split("\n")
    assert first == "Karpie w stawach, karpie w sieci"
    assert "karp" in extra.split()
    assert len(extra.split()) == len(set(extra.split()))


@pytest.mark.django_db
def test_the_backend_stems(settings):
    assert get_search_backend().stemming is True


@postgres_only
@pytest.mark.django_db
def test_postgres_configuration_stems_and_folds_accents():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT korzenie_fold(to_tsvector('korzenie_polish', 'Karpie, oscypki i żurek')),"
            " korzenie_fold(to_tsquery('korzenie_polish', 'kiełbasy'))"
        )
        vector, query = cursor.fetchone()
    assert {"'karp'", "'oscypek'", "'zurek'"} <= {part.split(":")[0] for part in vector.split()}
    assert "'kielbasa'" in query


@pytest.fixture
def missing_configuration(settings):
    """The settings name a stemming configuration that the database does not have."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "STEMMING_CONFIG": "korzenie_no_such_configuration",
        }
    }
    search_backend.installed_configurations.cache_clear()
    yield
    search_backend.installed_configurations.cache_clear()


@postgres_only
@pytest.mark.django_db
def test_without_the_configuration_postgres_falls_back_without_an_error(
    client, missing_configuration
):
    backend = get_search_backend()
    assert backend.stemming is False
    response = client.get("/pl/szukaj/", {"q": "oscypki"})
    assert response.status_code == 200


@postgres_only
@pytest.mark.django_db
def test_the_migration_skips_stemming_when_the_dictionary_files_are_missing():
    with connection.cursor() as cursor:
        cursor.execute(migration.DROP)  # rolled back with the test's transaction
        created = migration.create_stemming_configuration(connection, dictionary="no_such_dict")
        cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname = 'korzenie_polish'")
        assert cursor.fetchone() is None
        cursor.execute("SELECT count(*) FROM pg_proc WHERE proname = 'korzenie_fold'")
        assert cursor.fetchone()[0] == 2  # the functions are there all the same
    assert created is False
    with connection.cursor() as cursor:  # and with the real dictionary it is created again
        assert migration.create_stemming_configuration(connection) is True


@pytest.mark.django_db
def test_admin_dashboard_says_stemming_is_on(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "search-status-heading" in html
    assert "Polish stemming is off" not in html


@pytest.mark.django_db
def test_admin_dashboard_warns_when_stemming_is_off(admin_client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "BACKEND": "wagtail.search.backends.database",
        }
    }
    html = admin_client.get("/admin/").content.decode()
    assert "Polish stemming is off" in html or "Odmiana polskich słów jest wyłączona" in html


@pytest.mark.django_db
def test_editors_do_not_see_the_search_panel(client, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("ed", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "search-status-heading" not in html
