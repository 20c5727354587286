"""The site search: one query across the pages of every app, teacher resources and register products.

What it searches, in the active language only:

- every live, public page (origin stories, lessons, environment topics, the teacher resources
  page, ...): the page types are discovered from Wagtail's page models and their
  ``search_fields``; results are labelled with the page type's verbose name;
- teacher resources: the files (Wagtail documents) attached to live lessons of the language;
- register products (``origins.Product``), when that model is indexed.

Results come in that order (pages by relevance first), counted and sliced in the database, so a
page of results costs the same number of queries whatever the number of matches. The filter by
type (``?type=lessons.lessonpage``, ``?type=documents``, ``?type=products``) works without
JavaScript, each type counted with the plural forms of the language ("1 lekcja", "2 lekcje",
"5 lekcji": each page model's ``search_count_label``).

Polish words are stemmed by the backend (``korzenie.search_backend``): "oscypki" finds
"Oscypek". Only where the backend cannot stem (PostgreSQL without its Polish dictionary) does a
search that finds nothing retry with the start of each word ("oscypki" -> titles with a word
starting with "oscyp").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.apps import apps
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed

from korzenie.search_backend import fold

QUERY_MAX_LENGTH = 200
QUERY_MAX_WORDS = 12
RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 240

DOCUMENTS = "documents"
PRODUCTS = "products"

# Polish inflection endings, longest first: what `stem` cuts off for the prefix retry and for
# marking words in snippets.
ENDINGS = sorted(
    "ami ach owi ego emu ych ymi ich iej ów om em ie ki ka ku ce ek y i a e u ę ą o".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
MIN_STEM = 3
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """The query a user typed, made safe for every backend: printable, short, a few words."""
    text = unicodedata.normalize("NFC", str(raw or ""))
    text = "".join(
        char if unicodedata.category(char)[0] not in {"C", "Z"} else " " for char in text
    )
    text = text.encode("utf-8", "ignore").decode("utf-8")  # lone surrogates
    words = text.split()[:QUERY_MAX_WORDS]
    return " ".join(words)[:QUERY_MAX_LENGTH].strip()


def search_terms(query):
    """The words of the query that a full-text backend can match (letters and digits)."""
    return WORD.findall(query)


def strip_accents(text):
    """ "Żurek z kiełbasą" -> "Zurek z kielbasa"."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word):
    """A crude Polish stem for a prefix search: "oscypki" -> "oscyp", "karpie" -> "karp"."""
    lowered = word.lower()
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return lowered


def highlight(text, terms, length=SNIPPET_LENGTH):
    """Escaped `text`, cut to `length`, with words matching a term (accents ignored) in <mark>.

    A word matches when it starts with the crude stem of a term ("karpie" marks "Karp" and
    "karpiowe"): near enough for a snippet, without loading a stemmer.
    """
    if not text:
        return ""
    text = Truncator(" ".join(str(text).split())).chars(length)
    keys = [strip_accents(stem(term)).lower() for term in terms if term]
    if not keys:
        return escape(text)
    parts = []
    position = 0
    for match in WORD.finditer(text):
        word = strip_accents(match.group()).lower()
        if any(word.startswith(key) for key in keys):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 (every part is escaped)


@dataclass
class Result:
    """One search result as the template shows it."""

    title: str
    url: str
    type_label: str
    snippet: str = ""
    details: list = field(default_factory=list)


@dataclass
class TypeOption:
    """One value of the type filter, with its number of matches."""

    key: str
    label: str
    count: int
    selected: bool = False
    query_string: str = ""


class Section:
    """One kind of result (pages, documents, products): a lazy search, counted once."""

    key = ""

    def __init__(self, search):
        self.search = search

    @cached_property
    def results(self):
        raise NotImplementedError

    @cached_property
    def count(self):
        return self.results.count()

    def slice(self, start, stop):
        return [self.to_result(obj) for obj in self.results[start:stop]]

    def to_result(self, obj):
        raise NotImplementedError


class PageSection(Section):
    def base_queryset(self):
        return Page.objects.live().public().filter(locale=self.search.locale)

    @cached_property
    def results(self):
        queryset = self.base_queryset()
        if self.search.page_model is not None:
            queryset = queryset.type(self.search.page_model)
        return self.search.run(queryset)

    @cached_property
    def type_counts(self):
        """{model class: number of results} for the type filter, in one query."""
        counts = self.search.run(self.base_queryset()).facet("content_type_id")
        from django.contrib.contenttypes.models import ContentType

        models = {
            content_type.pk: content_type.model_class()
            for content_type in ContentType.objects.get_for_models(
                *self.search.page_models
            ).values()
        }
        return {models[pk]: count for pk, count in counts.items() if pk in models and count}

    def slice(self, start, stop):
        pages = list(self.results[start:stop])
        specific = (
            {
                page.pk: page
                for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific(
                    defer=False
                )
            }
            if pages
            else {}
        )
        return [self.to_result(specific.get(page.pk, page)) for page in pages]

    def to_result(self, page):
        text = getattr(page, "summary", "") or page.search_description
        return Result(
            title=page.title,
            url=page.get_url(self.search.request) or "",
            type_label=capfirst_str(page._meta.verbose_name),
            snippet=highlight(text, self.search.highlight_terms),
        )


class DocumentSection(Section):
    """Teacher resources: the files attached to live lessons of the active language."""

    key = DOCUMENTS
    count_label = ngettext_lazy(
        "%(count)d teacher resource (file)", "%(count)d teacher resources (files)", "count"
    )

    @staticmethod
    def resource_model():
        try:
            return apps.get_model("lessons", "LessonResource")
        except LookupError:
            return None

    @classmethod
    def available(cls):
        return cls.resource_model() is not None

    @cached_property
    def results(self):
        resource_model = self.resource_model()
        lesson_model = resource_model._meta.get_field("page").related_model
        lessons = lesson_model.objects.live().public().filter(locale=self.search.locale)
        attached = resource_model.objects.filter(page__in=lessons.values("pk")).values(
            "document_id"
        )
        documents = get_document_model().objects.filter(pk__in=attached)
        return self.search.run(documents)

    def slice(self, start, stop):
        documents = list(self.results[start:stop])
        if not documents:
            return []
        resource_model = self.resource_model()
        lesson_model = resource_model._meta.get_field("page").related_model
        resources = {}
        for resource in (
            resource_model.objects.filter(
                document__in=documents,
                page__in=lesson_model.objects.live()
                .public()
                .filter(locale=self.search.locale)
                .values("pk"),
            )
            .select_related("page")
            .order_by("page__path", "sort_order")
        ):
            resources.setdefault(resource.document_id, resource)
        return [self.to_result(document, resources.get(document.pk)) for document in documents]

    def to_result(self, document, resource=None):
        details = [document.file_extension.upper()] if document.file_extension else []
        snippet = ""
        if resource is not None:
            details.insert(0, resource.get_kind_display())
            lesson = resource.page
            snippet = _("From the lesson “%(title)s”") % {"title": lesson.title}
        return Result(
            title=(resource.title if resource is not None and resource.title else document.title),
            url=document.url,
            type_label=capfirst_str(_("teacher resource")),
            snippet=highlight(snippet, []),
            details=details,
        )


class ProductSection(Section):
    """Register products (data, not pages), served by the catalogue of the active language."""

    key = PRODUCTS
    count_label = ngettext_lazy(
        "%(count)d register product", "%(count)d register products", "count"
    )

    @staticmethod
    def product_model():
        try:
            model = apps.get_model("origins", "Product")
        except LookupError:
            return None
        return model if class_is_indexed(model) else None

    @classmethod
    def available(cls):
        return cls.product_model() is not None

    @cached_property
    def catalogue(self):
        try:
            catalogue_model = apps.get_model("origins", "CatalogueIndexPage")
        except LookupError:
            return None
        return catalogue_model.objects.live().public().filter(locale=self.search.locale).first()

    @cached_property
    def results(self):
        # EU-protected names first, not by relevance: the names are short, and ranking them
        # costs a full-text subquery per product.
        products = self.product_model().objects.order_by("-eu_scheme")
        return self.search.run(products, order_by_relevance=False)

    def to_result(self, product):
        url = ""
        catalogue = self.catalogue
        if catalogue is not None:
            url = (catalogue.get_url(self.search.request) or "") + catalogue.reverse_subpage(
                "product", kwargs={"slug": product.slug}
            )
        details = []
        if getattr(product, "eu_scheme", ""):
            details.append(product.get_eu_scheme_display())
        if getattr(product, "on_national_list", False):
            details.append(str(_("List of Traditional Products")))
        if getattr(product, "year", None):
            details.append(str(product.year))
        return Result(
            title=str(product),
            url=url,
            type_label=capfirst_str(product._meta.verbose_name),
            snippet="",
            details=details,
        )


def capfirst_str(value):
    value = str(value)
    return value[:1].upper() + value[1:]


def counted(label, count):
    """ "3 lekcje": a lazy ngettext label with a %(count)d placeholder, for `count`."""
    return capfirst_str(label % {"count": count})


class SiteSearch:
    """A search of the site: ``SiteSearch(request, query, type_key).page(number)``."""

    def __init__(self, request, query, type_key=""):
        self.request = request
        self.query = clean_query(query)
        self.terms = search_terms(self.query)
        self.locale = Locale.get_active()
        self.prefix_terms = []  # set when the prefix search is used
        self.page_models = [model for model in get_page_models() if class_is_indexed(model)]
        self.type_key, self.page_model = self.parse_type(type_key)

    # -- the type filter ------------------------------------------------------------------

    def parse_type(self, type_key):
        type_key = str(type_key or "").strip().lower()[:100]
        if type_key == DOCUMENTS and DocumentSection.available():
            return type_key, None
        if type_key == PRODUCTS and ProductSection.available():
            return type_key, None
        for model in self.page_models:
            if type_key == model._meta.label_lower:
                return type_key, model
        return "", None

    @cached_property
    def sections(self):
        """The sections searched for the chosen type, pages first."""
        if not self.terms:
            return []
        sections = []
        if self.type_key in ("", *[m._meta.label_lower for m in self.page_models]):
            sections.append(PageSection(self))
        if self.type_key in ("", DOCUMENTS) and DocumentSection.available():
            sections.append(DocumentSection(self))
        if self.type_key in ("", PRODUCTS) and ProductSection.available():
            sections.append(ProductSection(self))
        if self.type_key and self.page_model is None:
            sections = [s for s in sections if s.key == self.type_key]
        return sections

    def type_options(self):
        """Every type with matches for this query (whatever the type filter), with counts."""
        if not self.terms:
            return []
        if self.type_key:
            unfiltered = SiteSearch(self.request, self.query)
            unfiltered.prefix_terms = self.prefix_terms
        else:
            unfiltered = self  # reuse the counts already made
        sections = {type(section): section for section in unfiltered.sections}
        options = []
        page_section = sections.get(PageSection) or PageSection(unfiltered)
        for model, count in sorted(
            page_section.type_counts.items(),
            key=lambda item: str(item[0]._meta.verbose_name_plural),
        ):
            options.append(
                TypeOption(
                    key=model._meta.label_lower,
                    label=counted(model.search_count_label, count),
                    count=count,
                )
            )
        for section_class in (DocumentSection, ProductSection):
            if section_class.available():
                count = (sections.get(section_class) or section_class(unfiltered)).count
                options.append(
                    TypeOption(section_class.key, counted(section_class.count_label, count), count)
                )
        options = [option for option in options if option.count]
        for option in options:
            option.selected = option.key == self.type_key
            option.query_string = urlencode({"q": self.query, "type": option.key})
        return options

    @property
    def query_string(self):
        """The query string of this search without the type filter."""
        return urlencode({"q": self.query})

    # -- running the queries --------------------------------------------------------------

    @property
    def highlight_terms(self):
        return self.prefix_terms or self.terms

    def run(self, queryset, order_by_relevance=True):
        """The search of one queryset: the words as typed, or their stems as prefixes."""
        backend = get_search_backend()
        method = backend.autocomplete if self.prefix_terms else backend.search
        words = " ".join(self.prefix_terms or self.terms)
        return method(words, queryset, operator="and", order_by_relevance=order_by_relevance)

    @cached_property
    def count(self):
        return sum(section.count for section in self.sections)

    def __len__(self):
        return self.count

    def __getitem__(self, key):
        """Results `key.start` to `key.stop` across the sections, in order (for Paginator)."""
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count
        results = []
        offset = 0
        for section in self.sections:
            if stop <= offset:
                break
            if start < offset + section.count:
                results += section.slice(max(start - offset, 0), min(stop - offset, section.count))
            offset += section.count
        return results

    def execute(self):
        """Run the search; when the words find nothing and the backend cannot stem, retry
        with the crude stem of each word as a prefix."""
        if self.terms and not self.count and not getattr(get_search_backend(), "stemming", False):
            self.prefix_terms = [stem(term) for term in self.terms]
            self.__dict__.pop("sections", None)
            self.__dict__.pop("count", None)
        return self


def nothing_found_suggestions(search):
    """What to try when a search finds nothing: each word alone, the main listings."""
    suggestions = {"words": [], "pages": []}
    if len(search.terms) > 1:
        suggestions["words"] = search.terms[:5]
    index_models = []
    for label in (
        "origins.CatalogueIndexPage",
        "origins.OriginStoryIndexPage",
        "lessons.LessonIndexPage",
        "environment.EnvironmentIndexPage",
    ):
        try:
            index_models.append(apps.get_model(label))
        except LookupError:
            continue
    if index_models:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=search.locale)
            .type(*index_models)
            .order_by("path")
        )
        suggestions["pages"] = [
            {"title": page.title, "url": page.get_url(search.request)} for page in pages
        ]
    return suggestions


__all__ = [
    "Result",
    "SiteSearch",
    "TypeOption",
    "clean_query",
    "counted",
    "highlight",
    "nothing_found_suggestions",
    "stem",
    "strip_accents",
]
