"""Polish stemming for the site search on PostgreSQL, ignoring diacritics as before.

PostgreSQL's ``ispell`` template loads Debian's Hunspell dictionary for Polish (package
``hunspell-pl``; postgresql-common converts it to ``pl_pl.dict``/``pl_pl.affix`` in
``tsearch_data``). Stemming and folding accents have to be combined with care: ``unaccent``
before the dictionary would hand it "zurek", which it does not know, so nothing would be
stemmed. Instead:

- the configuration ``korzenie_polish`` gives every word to the Polish dictionary first, which
  sees the word as written ("karpie" -> karp, karpi; "oscypki" -> oscypek); a word it does not
  know goes through ``unaccent`` to an English Snowball stemmer (English pages: "apples" ->
  appl; a Polish word typed without accents stays itself);
- ``korzenie_fold()`` then folds the accents of what the dictionary emitted ("żurek" ->
  zurek), for documents (tsvector) and queries (tsquery) alike;
- the search backend stores, next to these stems, the words as written with accents folded
  (``polish_unaccent``, migration 0003), and a query word matches either, so "laki gorskie"
  still finds "łąki górskie" the way it did before.

Where the dictionary files are missing (a managed PostgreSQL, a server without
``hunspell-pl``), only the functions are created: the site keeps searching with
``polish_unaccent`` and the admin says that stemming is off. Once the dictionary is installed,
``manage.py migrate korzenie 0004`` then ``manage.py migrate`` and ``manage.py update_index``
turn it on. On any other database this migration does nothing.
"""

from django.db import DatabaseError, migrations, transaction

CONFIGURATION = "korzenie_polish"
DICTIONARY_FILE = "pl_pl"

FUNCTIONS = """
CREATE EXTENSION IF NOT EXISTS unaccent;
-- The lexemes of a vector or query with their accents folded. The text form keeps positions,
-- weights and operators; should folding ever produce an unreadable value, the input is kept.
CREATE OR REPLACE FUNCTION korzenie_fold(vector tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN unaccent('unaccent', vector::text)::tsvector;
EXCEPTION WHEN OTHERS THEN
    RETURN vector;
END
$$;
CREATE OR REPLACE FUNCTION korzenie_fold(terms tsquery) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN unaccent('unaccent', terms::text)::tsquery;
EXCEPTION WHEN OTHERS THEN
    RETURN terms;
END
$$;
"""

DICTIONARY = """
CREATE TEXT SEARCH DICTIONARY korzenie_pl_ispell (
    TEMPLATE = ispell, DictFile = {dictionary}, AffFile = {dictionary}
);
"""

CONFIGURATION_SQL = """
CREATE TEXT SEARCH DICTIONARY korzenie_english (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION korzenie_polish (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION korzenie_polish
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH korzenie_pl_ispell, unaccent, korzenie_english;
"""

DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS korzenie_polish;
DROP TEXT SEARCH DICTIONARY IF EXISTS korzenie_english;
DROP TEXT SEARCH DICTIONARY IF EXISTS korzenie_pl_ispell;
DROP FUNCTION IF EXISTS korzenie_fold(tsvector);
DROP FUNCTION IF EXISTS korzenie_fold(tsquery);
"""


def create_stemming_configuration(connection, dictionary=DICTIONARY_FILE):
    """Create the functions, and the configuration when the dictionary loads; True if it did."""
    with connection.cursor() as cursor:
        cursor.execute(FUNCTIONS)
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIGURATION])
        if cursor.fetchone():
            return True
        try:
            with transaction.atomic(using=connection.alias):  # a savepoint
                cursor.execute(DICTIONARY.format(dictionary=dictionary))
        except DatabaseError:
            return False  # no dictionary files: the site keeps polish_unaccent
        cursor.execute(CONFIGURATION_SQL)
    return True


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        create_stemming_configuration(schema_editor.connection)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("korzenie", "0004_alter_accessibilitystatementpage_options_and_more")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
