"""The PostgreSQL text search configuration of the site search: words as written, accents folded.

PostgreSQL 15 ships no Polish stemmer, so ``polish_unaccent`` is ``simple`` (lower-case words,
no stop words, no stemming) with the ``unaccent`` dictionary first: "żurek", "Żurek" and
"zurek" become the same lexeme, and so do "kiełbasa" and "kielbasa". Settings select it as
``WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]`` when the database is PostgreSQL. On any
other database this migration does nothing.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'polish_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION polish_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION polish_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS polish_unaccent;"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("korzenie", "0002_initial")]

    operations = [migrations.RunPython(create_configuration, drop_configuration, elidable=False)]
