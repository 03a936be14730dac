"""Spelling: listed misspellings and contractions without their apostrophe."""

from __future__ import annotations

from dataclasses import replace

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_case
from services.specialist.rules.phrases import PhraseList, PhraseLists
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words.grammar import MISSING_APOSTROPHE, MISSPELLINGS
from services.specialist.rules.words.tone import CONTRACTIONS

_SPELLING = PhraseList(MISSPELLINGS)
_APOSTROPHES = PhraseList(MISSING_APOSTROPHE)
_BOTH = PhraseLists(_SPELLING, _APOSTROPHES)  # both read in one pass over a chunk's words
# Other edits the re-check may pick when the plain contraction would be wrong or too casual:
# "He dont" -> "doesn't" (not "don't"), and in formal writing "does not".
_SIBLINGS = {"don't": ("doesn't", "do not", "does not"), "doesn't": ("don't", "does not", "do not"),
             "isn't": ("aren't",), "aren't": ("isn't",), "wasn't": ("weren't",),
             "weren't": ("wasn't",), "hasn't": ("haven't",), "haven't": ("hasn't",)}  # fmt: skip


_QUOTES = "\"'“”‘’`«»"


def quoted(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is quoted, as a word talked about: "recieve", 'frobnicate'."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before) and bool(after) and before in _QUOTES and after in _QUOTES


def spelling(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Listed misspellings (errors) and contractions missing their apostrophe (warnings)."""
    masked = scan.masked
    misspelled, unmarked = _BOTH.hits(masked)
    out = [
        f
        for f in _SPELLING.findings(
            masked,
            "grammar/spelling",
            "'{original}' is misspelled: '{replacement}'",
            "error",
            hits=misspelled,
        )
        if not quoted(scan.text, f.start, f.end)  # 'The word "recieve" is misspelled'
    ]
    for f in _APOSTROPHES.findings(
        masked,
        "grammar/apostrophe",
        "'{original}' needs an apostrophe: '{replacement}'",
        "warning",
        hits=unmarked,
    ):
        fixed = (f.replacement or "").lower()
        options = [*_SIBLINGS.get(fixed, ()), CONTRACTIONS.get(fixed, "")]
        original = masked[f.start : f.end]
        alternatives = tuple(dict.fromkeys(match_case(original, o) for o in options if o))
        out.append(replace(f, alternatives=alternatives))
    return out
