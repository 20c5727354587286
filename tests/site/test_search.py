"""The site search (korzenie.search): Polish as people type it, types, snippets, filters, pages.

These tests run on SQLite by default and on PostgreSQL when DATABASE_URL names one (the
``polish_unaccent`` text search configuration), so every relevance test holds on both.
"""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import get_page_models

from korzenie.models import BasePage, StandardPage
from korzenie.search import clean_query, counted, highlight, stem, strip_accents
from lessons.models import LessonPage, LessonResource
from tests.environment.factories import EnvironmentIndexPageFactory, EnvironmentTopicPageFactory
from tests.factories import StandardPageFactory
from tests.lessons.factories import LessonIndexPageFactory, LessonPageFactory
from tests.origins.factories import (
    CatalogueIndexPageFactory,
    OriginStoryIndexPageFactory,
    OriginStoryPageFactory,
    ProductFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home):
    """A few real products, a story, a lesson, a topic and a teacher resource, in Polish."""
    catalogue = CatalogueIndexPageFactory(parent=home)
    stories = OriginStoryIndexPageFactory(parent=home)
    lessons = LessonIndexPageFactory(parent=home)
    topics = EnvironmentIndexPageFactory(parent=home)
    oscypek = ProductFactory(name="Oscypek", slug="oscypek", eu_scheme="PDO", year=2007)
    karp = ProductFactory(name="Karp zatorski", slug="karp-zatorski", eu_scheme="PDO", year=2011)
    ProductFactory(name="Kiełbasa lisiecka", slug="kielbasa-lisiecka", eu_scheme="PGI", year=2011)
    ProductFactory(name="Żurek staropolski", slug="zurek-staropolski", year=2008)
    story = OriginStoryPageFactory(
        parent=stories,
        title="Oscypek",
        slug="oscypek",
        product=oscypek,
        summary="Wędzony ser z mleka owczego z Podhala.",
    )
    carp_story = OriginStoryPageFactory(
        parent=stories,
        title="Karp zatorski",
        slug="karp-zatorski",
        product=karp,
        summary="Karp z dawnego Księstwa Oświęcimskiego i Zatorskiego.",
    )
    lesson = LessonPageFactory(
        parent=lessons,
        title="Żurek na zakwasie",
        slug="zurek",
        summary="Jak powstaje zakwas na żurek i dlaczego fermentacja jest tradycyjną metodą.",
    )
    topic = EnvironmentTopicPageFactory(
        parent=topics,
        title="Stawy karpiowe jako mokradła",
        slug="stawy",
        summary="Stawy, w których rośnie karp, są siedliskiem ptaków wodnych.",
    )
    document = get_document_model().objects.create(
        title="Karta pracy: kiełbasa lisiecka", file=ContentFile(b"%PDF-1.4\n", name="karta.pdf")
    )
    LessonResource.objects.create(page=lesson, document=document, kind="worksheet")
    return {
        "catalogue": catalogue,
        "story": story,
        "carp_story": carp_story,
        "lesson": lesson,
        "topic": topic,
        "document": document,
    }


def search(client, query, language="pl", **params):
    path = "/pl/szukaj/" if language == "pl" else "/en/search/"
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    return response


def titles(response):
    return [result.title for result in response.context["results"]]


# --- Polish as people type it ----------------------------------------------------------------


@pytest.mark.parametrize("query", ["żurek", "zurek", "ŻUREK", "Zurek"])
def test_zurek_with_or_without_diacritics_finds_the_lesson(client, corpus, query):
    found = titles(search(client, query))
    assert "Żurek na zakwasie" in found
    assert "Żurek staropolski" in found  # the register product


@pytest.mark.parametrize("query", ["kiełbasa", "kielbasa", "KIELBASA lisiecka"])
def test_l_with_stroke_is_folded_both_ways(client, corpus, query):
    """ł is a letter of its own in Unicode: no tokenizer drops it unless we fold it."""
    found = titles(search(client, query))
    assert "Kiełbasa lisiecka" in found


def test_karp_finds_karp_zatorski_first(client, corpus):
    found = titles(search(client, "karp"))
    assert found[0] == "Karp zatorski"  # the origin story: pages come first
    assert found.count("Karp zatorski") == 2  # the story and the register product


@pytest.mark.parametrize("query", ["oscypki", "oscypków", "Oscypkami"])
def test_inflected_forms_find_oscypek_by_their_stem(client, corpus, query):
    response = search(client, query)
    assert titles(response)[0] == "Oscypek"  # the story, then the product
    assert "Oscypek" in titles(response)[1:]
    assert response.context["prefix_terms"] == []  # found by stemming, no retry
    assert "search-notice" not in response.content.decode()


@pytest.mark.parametrize("query", ["karpie", "karpiach", "KARPIE"])
def test_karp_and_its_inflected_forms_find_each_other(client, corpus, query):
    assert "Karp zatorski" in titles(search(client, query))


def test_stems_are_matched_without_accents_and_keep_exact_forms(client, corpus):
    # "kiełbasy lisieckiej" (genitive) finds "Kiełbasa lisiecka"; typed without accents too
    assert "Kiełbasa lisiecka" in titles(search(client, "kiełbasy lisieckiej"))
    assert "Kiełbasa lisiecka" in titles(search(client, "kielbasa lisiecka"))
    assert "Żurek staropolski" in titles(search(client, "żurku"))


@pytest.fixture
def no_stemming(settings):
    """The search as it is where the backend cannot stem (PostgreSQL without its Polish
    dictionary): Wagtail's plain database backend."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "BACKEND": "wagtail.search.backends.database",
        }
    }


def test_without_stemming_the_prefix_retry_finds_oscypek(client, corpus, no_stemming):
    call_command("update_index", verbosity=0)
    response = search(client, "oscypki")
    assert "Oscypek" in titles(response)
    assert response.context["prefix_terms"] == ["oscyp"]
    assert "search-notice" in response.content.decode()


def test_every_word_must_match(client, corpus):
    found = titles(search(client, "karp zatorski"))
    assert found == ["Karp zatorski", "Karp zatorski"]  # the story, then the product
    assert "Stawy karpiowe jako mokradła" in titles(search(client, "karp stawy"))


def test_body_text_is_searched_too(client, corpus):
    # "fermentacja" is only in the lesson's summary; "Podhala" only in the story's.
    assert "Żurek na zakwasie" in titles(search(client, "fermentacja"))
    assert "Oscypek" in titles(search(client, "podhala"))


# --- What a result shows ---------------------------------------------------------------------


def test_results_are_labelled_by_type_with_a_snippet(client, corpus):
    html = search(client, "karp").content.decode()
    assert "Origin story" in html or "Historia pochodzenia" in html
    results = search(client, "karp").context["results"]
    labels = {result.title: result.type_label for result in results}
    assert labels["Stawy karpiowe jako mokradła"].lower().startswith(("environment topic", "temat"))
    story = next(result for result in results if result.url.endswith("/karp-zatorski/"))
    assert "<mark>Karp</mark>" in story.snippet


def test_teacher_resources_and_register_products_are_found(client, corpus):
    results = list(search(client, "kielbasa").context["results"])
    by_title = {result.title: result for result in results}
    resource = by_title["Karta pracy: kiełbasa lisiecka"]
    assert resource.url == corpus["document"].url
    assert "Żurek na zakwasie" in resource.snippet  # the lesson it belongs to
    product = by_title["Kiełbasa lisiecka"]
    assert product.url == "/pl/produkty/kielbasa-lisiecka/"


def test_search_is_in_the_active_language_only(client, corpus, locales):
    story_en = corpus["carp_story"].copy_for_translation(locales["en"], copy_parents=True)
    story_en.title = "Zator carp"
    story_en.summary = "Carp from the old Duchy of Oświęcim and Zator."
    story_en.slug = "zator-carp"
    story_en.save_revision().publish()

    polish = titles(search(client, "karp"))
    assert "Zator carp" not in polish
    english = titles(search(client, "carp", language="en"))
    assert "Zator carp" in english
    assert "Karp zatorski" not in [t for t in english if t != "Karp zatorski"]


def test_drafts_and_private_pages_are_not_found(client, corpus, home):
    from wagtail.models import PageViewRestriction

    draft = StandardPageFactory(parent=home, title="Karp szkic", slug="szkic", live=False)
    private = StandardPageFactory(parent=home, title="Karp prywatny", slug="prywatny")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    found = titles(search(client, "karp"))
    assert draft.title not in found
    assert private.title not in found


# --- Type filter and pagination ---------------------------------------------------------------


def test_type_filter_shows_one_type_with_counts_for_all(client, corpus):
    response = search(client, "karp", type="origins.originstorypage")
    assert titles(response) == ["Karp zatorski"]
    options = {option.key: option for option in response.context["type_options"]}
    assert options["origins.originstorypage"].selected
    assert options["origins.originstorypage"].count == 1
    assert options["environment.environmenttopicpage"].count == 1
    assert options["products"].count == 1
    html = response.content.decode()
    assert 'href="?q=karp&amp;type=environment.environmenttopicpage"' in html
    assert 'aria-current="page"' in html


def test_documents_and_products_filters(client, corpus):
    assert titles(search(client, "kielbasa", type="documents")) == [
        "Karta pracy: kiełbasa lisiecka"
    ]
    assert titles(search(client, "kielbasa", type="products")) == ["Kiełbasa lisiecka"]


@pytest.mark.parametrize("value", ["nonsense", "wagtailcore.page'--", "x" * 5000, ""])
def test_unknown_type_means_all_types(client, corpus, value):
    response = search(client, "karp", type=value)
    assert response.context["selected_type"] == ""
    assert len(titles(response)) == 3


def test_results_are_paginated(client, home):
    for number in range(23):
        StandardPageFactory(parent=home, title=f"Miód pitny {number}", slug=f"miod-{number}")
    first = search(client, "miod")
    assert first.context["paginator"].count == 23
    assert len(titles(first)) == 10
    last = search(client, "miod", page=3)
    assert len(titles(last)) == 3
    assert set(titles(first)).isdisjoint(titles(last))
    assert 'rel="next"' in first.content.decode()


# --- Nothing found, and odd input ------------------------------------------------------------


def test_nothing_found_suggests_what_to_try(client, corpus):
    response = search(client, "qwerty zzzzzz")
    html = response.content.decode()
    assert response.context["paginator"].count == 0
    assert "Nic nie znaleziono" in html or "Nothing found" in html
    assert 'href="?q=qwerty"' in html
    assert "search-notice" not in html  # the prefix retry found nothing either
    assert 'href="/pl/produkty/"' in html  # browse the catalogue
    assert 'href="/pl/lekcje/"' in html


@pytest.mark.parametrize(
    "query_string",
    [
        "q=" + "a" * 10_000,
        "q=" + "karp%20" * 3_000,
        "q=%FF%FE%00karp",
        "q=%ED%A0%80",  # an encoded lone surrogate
        "q=%00",
        "q=karp&page=abc",
        "q=karp&page=99999999999999999999",
        "q=karp&type=%00",
        "q=*%22%27()%3A%5E-%2B~AND%20OR%20NOT",
        "q=%E2%80%8B%E2%80%AE",  # zero-width space, right-to-left override
        "q=%F0%9F%A7%80",  # an emoji (cheese)
        "q[]=a&q[]=b",
    ],
)
def test_any_query_gets_a_normal_page(client, corpus, query_string):
    response = client.get("/pl/szukaj/?" + query_string)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>" in html


def test_clean_query_keeps_words_and_drops_control_characters():
    assert clean_query("  żurek\x00 \u200b z\tkiełbasą ") == "żurek z kiełbasą"
    assert len(clean_query("a" * 10_000)) == 200
    assert clean_query("a " * 100) == " ".join(["a"] * 12)
    assert clean_query("\ud800karp") == "karp"


def test_helpers():
    assert strip_accents("Żurek z kiełbasą") == "Zurek z kielbasa"
    assert stem("oscypki") == "oscyp"
    assert stem("karpie") == "karp"
    assert stem("ser") == "ser"
    assert highlight("Żurek <b>i</b> kiełbasa", ["zurek", "kielbasa"]) == (
        "<mark>Żurek</mark> &lt;b&gt;i&lt;/b&gt; <mark>kiełbasa</mark>"
    )


# --- Query budget ----------------------------------------------------------------------------


def make_pages(parent, count, offset=0):
    for number in range(offset, offset + count):
        StandardPageFactory(
            parent=parent, title=f"Bryndza {number}", slug=f"bryndza-{number}", summary="Ser."
        )


def count_queries(client, django_assert_max_num_queries, **params):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        search(client, "bryndza", **params)
    return len(queries)


def test_search_page_query_budget_is_the_same_for_3_and_30_results(client, corpus, home):
    make_pages(home, 3)
    search(client, "bryndza")  # warm caches (content types, site root)
    few = count_queries(client, None)
    make_pages(home, 27, offset=3)
    many = count_queries(client, None)
    assert few == many
    assert many <= 25, many


def test_nothing_found_query_budget(client, corpus, django_assert_max_num_queries):
    search(client, "zzzz")
    with django_assert_max_num_queries(30):
        search(client, "zzzz qqqq")


def test_search_result_html_has_one_h1_and_results_list(client, corpus):
    html = search(client, "karp").content.decode()
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert '<ol class="search-results"' in html
    assert 'role="search"' in html


# --- Type labels with plural forms ------------------------------------------------------------


def type_labels(response):
    return {option.key: option.label for option in response.context["type_options"]}


@pytest.mark.parametrize(
    ("count", "polish", "english"),
    [(1, "1 lekcja", "1 lesson"), (3, "3 lekcje", "3 lessons"), (5, "5 lekcji", "5 lessons")],
)
def test_type_filter_counts_with_plural_forms(client, home, locales, count, polish, english):
    lessons = LessonIndexPageFactory(parent=home)
    for number in range(count):
        LessonPageFactory(parent=lessons, title=f"Bundz {number}", slug=f"bundz-{number}")
    assert type_labels(search(client, "bundz"))["lessons.lessonpage"] == polish
    with translation.override("en"):
        assert str(counted(LessonPage.search_count_label, count)) == english


@pytest.mark.parametrize(
    ("count", "ukrainian"), [(1, "1 урок"), (3, "3 уроки"), (5, "5 уроків"), (22, "22 уроки")]
)
def test_type_labels_have_the_three_ukrainian_forms(count, ukrainian):
    with translation.override("uk"):
        assert counted(LessonPage.search_count_label, count) == ukrainian


def test_every_searchable_page_type_counts_its_own_results():
    """No page type falls back to "N pages" (or to Django's "Lekcjas")."""
    generic = BasePage.search_count_label
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            assert model.search_count_label is not generic or model is StandardPage, model
    with translation.override("pl"):
        for count in (1, 2, 5, 12, 22):
            for model in get_page_models():
                if issubclass(model, BasePage):
                    label = counted(model.search_count_label, count)
                    assert "%" not in label and not label.endswith("as")
