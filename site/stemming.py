"""Stems of Polish and English words, for the site search on SQLite.

PostgreSQL stems with a Hunspell dictionary (``korzenie/search_backend.py``); SQLite has no
stemmer, so the backend stores each text followed by the stems of its words, and a query word
matches the word itself or any of its stems. Both sides go through the same function, so the
stems only have to agree with themselves, not be correct Polish.

The stems come from:

- Stempel (``pystempel``, the algorithmic stemmer of Apache Lucene, ported to Python) with
  both of its stemming tables: the original one ("karpie" -> "karp") and the larger one built
  from the PoliMorf dictionary ("oscypki" -> "oscypek", "kiełbasy" -> "kiełbasa"). Each one
  misses forms that the other finds, and a word keeps the stems of both;
- the Snowball English stemmer ("apples" -> "appl"), for the English pages.

Loading the two tables takes about 3 s and 200 MB the first time a process indexes or searches
(only on SQLite: development and the tests).
"""

import re
import warnings
from functools import cache, lru_cache

import snowballstemmer
from pystempel import Stemmer, streams

WORD = re.compile(r"\w+", re.UNICODE)
MIN_LENGTH = 3  # shorter words ("w", "na", "of") are kept as they are


@cache
def polish_stemmers():
    streams.DISABLE_TQDM = True  # no progress bar on stderr while the tables load
    with warnings.catch_warnings():
        # pystempel 2.0.0 finds its tables with importlib.resources.path (deprecated).
        warnings.simplefilter("ignore", DeprecationWarning)
        return (Stemmer.default(), Stemmer.polimorf())


@cache
def english_stemmer():
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def stems(word):
    """The stems of one word, lower case, other than the word itself (a tuple, maybe empty)."""
    lowered = word.lower()
    if len(lowered) < MIN_LENGTH or any(char.isdigit() for char in lowered):
        return ()
    found = [stemmer(lowered) for stemmer in polish_stemmers()]
    found.append(english_stemmer().stemWord(lowered))
    return tuple(stem for stem in dict.fromkeys(found) if stem and stem != lowered)


def with_stems(text):
    """`text`, then the stems of its words that it does not hold already (what is indexed)."""
    words = WORD.findall(text)
    present = {word.lower() for word in words}
    extra = dict.fromkeys(stem for word in words for stem in stems(word) if stem not in present)
    return f"{text}\n{' '.join(extra)}" if extra else text


def word_forms(word):
    """A query word and its stems: a document matches when it holds any of them."""
    return (word, *stems(word))
