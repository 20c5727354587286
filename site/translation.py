"""Translating content programmatically through wagtail-localize, the way editors do it.

The demo content and the tests use this: a Polish page or snippet is the source; its English
version is made by wagtail-localize from translated strings, so it stays synchronised with
the source (the translation-status report and PO export see it as a normal translation).
"""

from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import Translation, TranslationSource


class MissingDemoTranslation(KeyError):
    """A source string that the mapping does not translate (the demo content must be complete)."""


def translate(instance, language_code, strings, *, user=None, strict=True):
    """Create or update the `language_code` translation of `instance` and return it.

    `strings` maps each source string (as wagtail-localize segments it: plain text, or rich
    text with its inline tags) to its translation. With `strict`, a source string missing from
    the mapping raises MissingDemoTranslation, so demo content never ships half-translated.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif strict:
            missing.append(entry.msgid)
    if missing:
        raise MissingDemoTranslation(
            f"{instance!r} has strings without a {language_code} translation: {missing}"
        )
    translation.import_po(po, user=user, tool_name="korzenie.translation")
    # wagtail-localize publishes a page translation in transaction.on_commit, with the page
    # instance it had in memory; inside a transaction (a test, a loader) that instance is stale
    # by commit time. So drafts are saved, then their revision is published at once from the
    # database. Models without drafts (most snippets) are simply saved.
    has_drafts = isinstance(instance, DraftStateMixin)
    source.create_or_update_translation(
        locale, user=user, publish=not has_drafts, copy_parent_pages=True, fallback=True
    )
    target = instance.get_translation(locale)
    if has_drafts:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


__all__ = ["MissingDemoTranslation", "translate"]
