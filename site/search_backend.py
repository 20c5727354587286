"""Wagtail's database search backend, taught to read Polish the way people type it.

Settings (``settings/base.py``): ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND":
"korzenie.search_backend"}}``, plus on PostgreSQL ``"SEARCH_CONFIG": "polish_unaccent"`` (words
as written, accents folded; migration 0003) and ``"STEMMING_CONFIG": "korzenie_polish"``
(Polish stems from a Hunspell dictionary; migration 0005).

What both databases do alike:

- **accents are ignored**: "zurek" finds "żurek", "kielbasa" finds "kiełbasa";
- **Polish words are stemmed**: every text is indexed as its words and their stems, and every
  query word matches the word or its stems, so "karp" finds "karpie" and "oscypki" finds
  "Oscypek". English words get a Snowball stem ("apple" finds "apples");
- **the kind of page weighs in**: the relevance of a page is multiplied by its model's
  ``search_boost`` (1 unless a model says otherwise: quizzes and index pages rank below the
  stories and lessons they belong to).

How:

- **SQLite** (FTS5, tokenizer ``unicode61``) drops the diacritics that Unicode decomposes (ą ć ę
  ń ó ś ź ż) but keeps "ł", a letter of its own, so this backend folds ł to l in everything it
  indexes and in every query. Stems come from ``korzenie.stemming`` (Stempel and Snowball, in
  Python): the index stores each text followed by its stems, a query word becomes "the word
  OR its stems".
- **PostgreSQL** indexes each text twice in one vector: stemmed by ``korzenie_polish`` (the
  dictionary sees the word with its accents; ``korzenie_fold()`` folds the stems it emits) and
  as written by ``polish_unaccent``. A query word matches its folded stems or its folded
  surface form. When ``korzenie_polish`` does not exist (the dictionary files were missing when
  the migration ran), the backend searches with ``polish_unaccent`` alone, as before, and
  ``stemming`` is False: the site search then keeps its prefix retry, and the admin says so.
- Any other database: Wagtail's database backend unchanged.
"""

from functools import cache, reduce

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import (
    CombinedSearchVector,
    SearchQuery,
    SearchVector,
    SearchVectorCombinable,
    SearchVectorField,
)
from django.db import connection, connections
from django.db.models import Case, F, FloatField, Func, TextField, Value, When
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText
from modelsearch.utils import ADD, get_content_type_pk
from wagtail.models import Page, get_page_models

from korzenie.stemming import with_stems, word_forms

POLISH_FOLD = str.maketrans({"ł": "l", "Ł": "L"})


def fold(text):
    """Text with the letters the databases' tokenizers keep folded (ł -> l)."""
    return text.translate(POLISH_FOLD) if isinstance(text, str) else text


def fold_query(query):
    """A modelsearch query with the text of every term folded."""
    if isinstance(query, str):
        return fold(query)
    if isinstance(query, PlainText):
        return PlainText(fold(query.query_string), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(fold(query.query_string))
    if isinstance(query, (And, Or)):
        return type(query)([fold_query(subquery) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(fold_query(query.subquery))
    if isinstance(query, Boost):
        return Boost(fold_query(query.subquery), query.boost)
    return query


def stemmed_query(query):
    """A modelsearch query in which each word of plain text also matches its stems (SQLite).

    The words are stemmed as typed (the stemmer needs the accents), then folded.
    """
    if isinstance(query, PlainText):
        words = query.query_string.split()
        if not words:
            return fold_query(query)
        parts = []
        for word in words:
            forms = [PlainText(fold(form)) for form in word_forms(word)]
            parts.append(forms[0] if len(forms) == 1 else Or(forms))
        if len(parts) == 1:
            return parts[0]
        return And(parts) if query.operator.lower() == "and" else Or(parts)
    if isinstance(query, (And, Or)):
        return type(query)([stemmed_query(subquery) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(stemmed_query(query.subquery))
    if isinstance(query, Boost):
        return Boost(stemmed_query(query.subquery), query.boost)
    return fold_query(query)


def page_type_boost(model, content_type_field):
    """The rank multiplier of each page type (its model's `search_boost`), as an expression.

    Only page querysets mix types; any other model's results all share one boost.
    """
    if not issubclass(model, Page):
        return Value(float(getattr(model, "search_boost", 1.0)))
    boosted = {}
    for page_model in get_page_models():
        boost = float(getattr(page_model, "search_boost", 1.0))
        if boost != 1.0 and issubclass(page_model, model):
            boosted.setdefault(boost, []).append(page_model)
    if not boosted:
        return Value(1.0)
    content_types = ContentType.objects.get_for_models(
        *[m for models in boosted.values() for m in models]
    )
    return Case(
        *[
            When(
                **{f"{content_type_field}__in": [content_types[m].pk for m in models]},
                then=Value(boost),
            )
            for boost, models in boosted.items()
        ],
        default=Value(1.0),
        output_field=FloatField(),
    )


# --- SQLite ------------------------------------------------------------------------------------

# FTS5's bm25() takes one weight per column of the index table (autocomplete, body, title):
# the autocomplete column is for prefix searches only, and a word in the title counts as much
# as TITLE_WEIGHT words of the body.
TITLE_WEIGHT = 4.0


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry

        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


def _sqlite_backend(params):
    from modelsearch.backends.database.sqlite import sqlite

    class StemmingObjectIndexer(sqlite.ObjectIndexer):
        """Texts folded (ł -> l), the title and body followed by the stems of their words."""

        @property
        def indexed_title(self):
            return fold(with_stems(self.title))

        @property
        def indexed_body(self):
            return fold(with_stems(self.body))

        @property
        def indexed_autocomplete(self):
            return fold(self.autocomplete)

    class StemmingSQLiteIndex(sqlite.SQLiteIndex):
        def add_items(self, model, objs):
            # SQLiteIndex.add_items, with the stemming indexer.
            if not model.get_search_fields():
                return
            data = {}
            for obj in objs:
                indexer = StemmingObjectIndexer(obj, self.backend)
                data[indexer.id] = {
                    "title": indexer.indexed_title,
                    "autocomplete": indexer.indexed_autocomplete,
                    "body": indexer.indexed_body,
                }
            if not data:
                return
            entries = self.entries.filter(content_type_id=get_content_type_pk(model))
            indexed = set(
                entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
            )
            for object_id in indexed:
                entries.filter(object_id=object_id).update(**data[object_id])
            self.entries.bulk_create(
                sqlite.IndexEntry(
                    content_type_id=get_content_type_pk(model), object_id=object_id, **fields
                )
                for object_id, fields in data.items()
                if object_id not in indexed
            )
            self._refresh_title_norms()

    class StemmingQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
        def __init__(self, queryset, query, **kwargs):
            super().__init__(queryset, query, **kwargs)
            self.query = stemmed_query(self.query)

        def _build_rank_expression(self, vectors, config):
            # FTS5's bm25() scores the row against the whole MATCH expression, whatever the
            # shape of the query (the parent class would combine one score per word of an And,
            # which turns the negative scores around), and weighs the title column itself: the
            # parent's multiplier for short titles would apply to the body as well, and lift a
            # quiz with a four-word title and a one-line body above the story it is about.
            rank = WeightedBM25()
            return rank * page_type_boost(self.queryset.model, "index_entry__content_type_id")

    class FoldingAutocompleteCompiler(sqlite.SQLiteAutocompleteQueryCompiler):
        def __init__(self, queryset, query, **kwargs):
            super().__init__(queryset, query, **kwargs)
            self.query = fold_query(self.query)

    class PolishSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
        index_class = StemmingSQLiteIndex
        query_compiler_class = StemmingQueryCompiler
        autocomplete_query_compiler_class = FoldingAutocompleteCompiler
        stemming = True

    return PolishSQLiteSearchBackend(params)


# --- PostgreSQL --------------------------------------------------------------------------------


@cache
def installed_configurations(alias, database_name):
    """The text search configurations of the database (asked once per process)."""
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def stemming_configuration(params, alias="default"):
    """The stemming configuration named in the settings, if the database has it; else None."""
    name = params.get("STEMMING_CONFIG")
    if not name:
        return None
    settings = connections[alias].settings_dict
    return name if name in installed_configurations(alias, settings["NAME"]) else None


class FoldedVector(SearchVectorCombinable, Func):
    """korzenie_fold(vector): the stems of a vector with their accents folded."""

    function = "korzenie_fold"
    config = None

    def __init__(self, vector):
        super().__init__(vector, output_field=SearchVectorField())


class FoldedSearchQuery(SearchQuery):
    """korzenie_fold(to_tsquery(...)): the stems of a query with their accents folded."""

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return f"korzenie_fold({sql})", params


def _postgres_backend(params):
    from modelsearch.backends.database.postgres import postgres
    from modelsearch.backends.database.postgres.query import Lexeme

    stemming = stemming_configuration(params)
    surface = params.get("SEARCH_CONFIG")

    class StemmingObjectIndexer(postgres.ObjectIndexer):
        def as_vector(self, texts, for_autocomplete=False):
            """One vector of the texts as written (accents folded) and, unless for the
            autocomplete column, of their folded stems."""
            texts = [(text.strip(), weight) for text, weight in texts]
            texts = [(text, weight) for text, weight in texts if text]
            if not texts:
                return postgres.EMPTY_VECTOR

            def vector(config):
                return ADD(
                    SearchVector(
                        Value(text, output_field=TextField()), weight=weight, config=config
                    )
                    for text, weight in texts
                )

            as_written = vector(surface)
            if for_autocomplete or not stemming:
                return as_written
            return CombinedSearchVector(FoldedVector(vector(stemming)), "||", as_written, None)

    class StemmingPostgresIndex(postgres.PostgresIndex):
        def add_items(self, model, objs):
            # PostgresIndex.add_items, with the stemming indexer.
            if not model.get_search_fields():
                return
            indexers = [StemmingObjectIndexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            index_entry = postgres.IndexEntry
            content_type_pk = get_content_type_pk(model)
            compiler = InsertQuery(index_entry).get_compiler(connection=self.write_connection)
            rows = []
            data_params = []
            for indexer in indexers:
                data_params.extend((content_type_pk, indexer.id))
                columns = []
                for name in ("title", "autocomplete", "body"):
                    value = compiler.prepare_value(
                        index_entry._meta.get_field(name), getattr(indexer, name)
                    )
                    sql, value_params = value.as_sql(compiler, self.write_connection)
                    columns.append(sql)
                    data_params.extend(value_params)
                data_params.extend((indexer.title_text, indexer.body_text))
                rows.append(f"(%s, %s, {columns[0]}, {columns[1]}, {columns[2]}, 1.0, %s, %s)")
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"""
                    INSERT INTO {index_entry._meta.db_table} (content_type_id, object_id,
                        title, autocomplete, body, title_norm, title_text, body_text)
                    (VALUES {", ".join(rows)})
                    ON CONFLICT (content_type_id, object_id)
                    DO UPDATE SET title = EXCLUDED.title,
                                  title_norm = 1.0,
                                  autocomplete = EXCLUDED.autocomplete,
                                  body = EXCLUDED.body,
                                  title_text = EXCLUDED.title_text,
                                  body_text = EXCLUDED.body_text
                    """,
                    data_params,
                )
            self._refresh_title_norms()

    class StemmingQueryCompiler(postgres.PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            """Each word of plain text: its folded stems or its folded surface form."""
            if not (stemming and isinstance(query, PlainText)):
                return super().build_tsquery_content(query, config=surface, invert=invert)
            terms = [term for term in query.query_string.split() if term]
            if not terms:
                return None
            parts = []
            for term in terms:
                stems = FoldedSearchQuery(
                    Lexeme(term, invert=invert), search_type="raw", config=stemming
                )
                as_written = SearchQuery(
                    Lexeme(term, invert=invert), search_type="raw", config=surface
                )
                # not (a or b) == not a and not b
                parts.append(stems & as_written if invert else stems | as_written)
            is_and = query.operator.lower() == "and"
            if invert:
                is_and = not is_and
            return reduce(lambda a, b: a & b if is_and else a | b, parts)

        def get_index_vectors(self, search_query):
            # The title counts TITLE_WEIGHT times the body, as on SQLite; the parent's
            # multiplier for short titles would lift a lesson called "Jak baca robi oscypek"
            # above the story "Oscypek: wędzony ser z owczego mleka".
            return [
                (F("index_entries__title"), TITLE_WEIGHT),
                (F("index_entries__body"), 1.0),
            ]

        def _build_rank_expression(self, vectors, config):
            rank = super()._build_rank_expression(vectors, config)
            return rank * page_type_boost(self.queryset.model, "content_type_id")

    class PolishPostgresSearchBackend(postgres.PostgresSearchBackend):
        index_class = StemmingPostgresIndex
        query_compiler_class = StemmingQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            # Prefix matches (autocomplete) ignore accents too, on the words as written.
            self.autocomplete_config = surface
            self.stemming_config = stemming
            self.stemming = bool(stemming)

    return PolishPostgresSearchBackend(params)


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up in a backend module)
    backend = database_search_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        return _sqlite_backend(params)
    if connection.vendor == "postgresql":
        return _postgres_backend(params)
    backend.stemming = False
    return backend
