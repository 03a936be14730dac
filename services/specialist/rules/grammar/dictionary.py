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


_POSSESSIVE_S = re.compile(r"['’]s$")


def dialect_variant(word: str, suggestions: list[str]) -> bool:
    """True if ``word`` is the British spelling of one of ``suggestions`` or of a known word."""
    lower = _POSSESSIVE_S.sub("", word.lower())  # "organisation's"
    targets = {_POSSESSIVE_S.sub("", s.lower()) for s in suggestions}
    for rx, american in _DIALECT:
        other = rx.sub(american, lower)
        if other != lower and (other in targets or other in frequencies()):
            return True
    return False


_VERB_SHARE = 0.1  # "attract" 0.55, "need" 0.24, "plate" 0.2; "station" 0.02, "page" 0.0003


def _past_of(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ied"
    return word + "ed"


@lru_cache(maxsize=4096)
def likely_verb(word: str) -> bool:
    """True if ``word`` is used as a verb often: its regular past is at least a tenth as
    frequent as the word itself ("attract", "cover"; not "station", "template")."""
    w = word.lower()
    count = frequencies().get(w, 0)
    if len(w) < 3 or count == 0:
        return False
    return frequencies().get(_past_of(w), 0) >= _VERB_SHARE * count


def likely_third(word: str) -> str | None:
    """The base form of an -s word that is likely a verb ("attracts" -> "attract")."""
    w = word.lower()
    if not w.endswith("s") or w.endswith("ss"):
        return None
    stems: tuple[str, ...] = (w[:-3] + "y",) if w.endswith("ies") else ()
    stems += (w[:-2],) if w.endswith(("ches", "shes", "xes", "sses", "oes", "zes", "uses")) else ()
    for stem in (*stems, w[:-1]):
        if likely_verb(stem):
            return stem
    return None
