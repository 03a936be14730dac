"""Spelling: listed misspellings and contractions without their apostrophe."""

from __future__ import annotations

from dataclasses import replace

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_case
from services.specialist.rules.phrases import PhraseList
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words.grammar import MISSING_APOSTROPHE, MISSPELLINGS
from services.specialist.rules.words.tone import CONTRACTIONS

_SPELLING = PhraseList(MISSPELLINGS)
_APOSTROPHES = PhraseList(MISSING_APOSTROPHE)
# Other edits the re-check may pick when the plain contraction would be wrong or too casual:
# "He dont" -> "doesn't" (not "don't"), and in formal writing "does not".
_SIBLINGS = {"don't": ("doesn't", "do not", "does not"), "doesn't": ("don't", "does not", "do not"),
             "isn't": ("aren't",), "aren't": ("isn't",), "wasn't": ("weren't",),
             "weren't": ("wasn't",), "hasn't": ("haven't",), "haven't": ("hasn't",)}  # fmt: skip


def spelling(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Listed misspellings (errors) and contractions missing their apostrophe (warnings)."""
    masked = scan.masked
    out = _SPELLING.findings(
        masked, "grammar/spelling", "'{original}' is misspelled: '{replacement}'", "error"
    )
    for f in _APOSTROPHES.findings(
        masked, "grammar/apostrophe", "'{original}' needs an apostrophe: '{replacement}'", "warning"
    ):
        fixed = (f.replacement or "").lower()
        options = [*_SIBLINGS.get(fixed, ()), CONTRACTIONS.get(fixed, "")]
        original = masked[f.start : f.end]
        alternatives = tuple(dict.fromkeys(match_case(original, o) for o in options if o))
        out.append(replace(f, alternatives=alternatives))
    return out
