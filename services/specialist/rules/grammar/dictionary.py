"""The spelling dictionary: an 82,765-word English frequency list (symspellpy's, from Google
Books n-grams and SCOWL, American and British spellings), read once per process.

Harper's curated dictionary finds the candidates; a candidate is a misspelling only if this
list does not know the word either, so British spellings ("programme", "organised") and
common words missing from one list are never flagged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

_FREQUENCY_FILE = "frequency_dictionary_en_82_765.txt"


class DictionaryMissing(RuntimeError):
    """The frequency list is not installed: ``pip install symspellpy``."""


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    """Lower-case word -> corpus count (about 30 ms and 10 MB, once per process)."""
    try:
        raw = (files("symspellpy") / _FREQUENCY_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise DictionaryMissing(
            f"the spelling dictionary ({_FREQUENCY_FILE}) ships with symspellpy: "
            f"pip install symspellpy ({e})"
        ) from None
    out: dict[str, int] = {}
    for line in raw.splitlines():
        word, _, count = line.partition(" ")
        if count:
            out[word] = int(count)
    return out


def known(word: str) -> bool:
    """True if ``word`` (any case, straight or curly apostrophe) is an English word."""
    return word.lower().replace("’", "'") in frequencies()


# British -> American spelling pairs: a word whose American form is known is spelled right.
_DIALECT = (
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ful|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ence$"), "ense"),
)


def dialect_variant(word: str, suggestions: list[str]) -> bool:
    """True if ``word`` is the British spelling of one of ``suggestions`` or of a known word."""
    lower = word.lower()
    targets = {s.lower() for s in suggestions}
    for rx, american in _DIALECT:
        other = rx.sub(american, lower)
        if other != lower and (other in targets or other in frequencies()):
            return True
    return False
