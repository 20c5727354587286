"""Demo content written once in Polish and English side by side.

`T("polski", "English")` is a string in both languages; `Rich(...)` is rich text made of
paragraphs and lists of such strings. `polish(value, strings)` turns a structure holding them
into the Polish value a page field takes, and records each Polish string with its English
translation in `strings`, the mapping that `korzenie.translation.translate` expects. Rich text
is segmented by wagtail-localize per paragraph and list item, so that is how it is recorded.
"""

from dataclasses import dataclass

__all__ = ["Bullets", "Rich", "T", "english_of", "polish"]


@dataclass(frozen=True)
class T:
    pl: str
    en: str


class Rich:
    """Rich text: each argument is a paragraph (a T) or a list (Bullets)."""

    def __init__(self, *parts):
        self.parts = parts


class Bullets:
    def __init__(self, *items, ordered=False):
        self.items = items
        self.tag = "ol" if ordered else "ul"


def _rich_html(rich, strings):
    html = []
    for part in rich.parts:
        if isinstance(part, Bullets):
            items = "".join(f"<li>{polish(item, strings)}</li>" for item in part.items)
            html.append(f"<{part.tag}>{items}</{part.tag}>")
        else:
            html.append(f"<p>{polish(part, strings)}</p>")
    return "".join(html)


def polish(value, strings):
    """The Polish form of `value`; every T met is recorded in `strings` (Polish → English)."""
    if isinstance(value, T):
        previous = strings.setdefault(value.pl, value.en)
        if previous != value.en:
            raise ValueError(f"{value.pl!r} has two English translations")
        return value.pl
    if isinstance(value, Rich):
        return _rich_html(value, strings)
    if isinstance(value, dict):
        return {key: polish(item, strings) for key, item in value.items()}
    if isinstance(value, list):
        return [polish(item, strings) for item in value]
    if isinstance(value, tuple):
        return tuple(polish(item, strings) for item in value)
    return value


def english_of(value):
    """The English form of a T (for tests and messages)."""
    return value.en if isinstance(value, T) else value
