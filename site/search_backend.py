"""Wagtail's database search backend, taught to read Polish the way people type it.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "korzenie.search_backend"}}``
(plus ``"SEARCH_CONFIG": "polish_unaccent"`` on PostgreSQL, see ``korzenie/migrations``).

- **SQLite** (FTS5, tokenizer ``unicode61``) already matches "zurek" with "żurek": the tokenizer
  drops the diacritics that Unicode decomposes (ą ć ę ń ó ś ź ż). It keeps "ł", which Unicode
  treats as a letter of its own, so "kielbasa" would miss "kiełbasa". This backend folds
  ł/Ł to l/L in everything it indexes and in every query.
- **PostgreSQL** uses the text search configuration named by ``SEARCH_CONFIG`` for full-text
  search; ``polish_unaccent`` (``simple`` + ``unaccent``) folds every Polish letter, "ł"
  included. Wagtail's PostgreSQL backend always uses ``simple`` for autocomplete; this backend
  uses ``SEARCH_CONFIG`` there too, so prefix matches ignore accents as well.
- Any other database: Wagtail's database backend unchanged.

Neither database stems Polish ("oscypki" -> "oscypek"): PostgreSQL 15 ships no Polish
dictionary and SQLite none at all. The site search (``korzenie.search``) makes up for part of it
with a prefix search on titles when the words as typed find nothing.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

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


def _sqlite_backend(params):
    from modelsearch.backends.database.sqlite import sqlite
    from modelsearch.utils import get_content_type_pk

    class FoldingObjectIndexer(sqlite.ObjectIndexer):
        def prepare_value(self, value):
            return fold(super().prepare_value(value))

    class FoldingSQLiteIndex(sqlite.SQLiteIndex):
        def add_items(self, model, objs):
            # SQLiteIndex.add_items, with the folding indexer.
            if not model.get_search_fields():
                return
            data = {}
            for obj in objs:
                indexer = FoldingObjectIndexer(obj, self.backend)
                data[indexer.id] = {
                    "title": indexer.title,
                    "autocomplete": indexer.autocomplete,
                    "body": indexer.body,
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

    class FoldingQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
        def __init__(self, queryset, query, **kwargs):
            super().__init__(queryset, fold_query(query), **kwargs)

    class FoldingAutocompleteCompiler(sqlite.SQLiteAutocompleteQueryCompiler):
        def __init__(self, queryset, query, **kwargs):
            super().__init__(queryset, fold_query(query), **kwargs)

    class PolishSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
        index_class = FoldingSQLiteIndex
        query_compiler_class = FoldingQueryCompiler
        autocomplete_query_compiler_class = FoldingAutocompleteCompiler

    return PolishSQLiteSearchBackend(params)


def _postgres_backend(params):
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    class PolishPostgresSearchBackend(PostgresSearchBackend):
        def __init__(self, params):
            super().__init__(params)
            if self.config:
                self.autocomplete_config = self.config

    return PolishPostgresSearchBackend(params)


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up in a backend module)
    backend = database_search_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        return _sqlite_backend(params)
    if connection.vendor == "postgresql":
        return _postgres_backend(params)
    return backend
