"""Spelling: listed misspellings and contractions without their apostrophe."""

from __future__ import annotations

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.phrases import PhraseList
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words.grammar import MISSING_APOSTROPHE, MISSPELLINGS

_SPELLING = PhraseList(MISSPELLINGS)
_APOSTROPHES = PhraseList(MISSING_APOSTROPHE)


def spelling(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Listed misspellings (errors) and contractions missing their apostrophe (warnings)."""
    masked = scan.masked
    return _SPELLING.findings(
        masked, "grammar/spelling", "'{original}' is misspelled: '{replacement}'", "error"
    ) + _APOSTROPHES.findings(
        masked, "grammar/apostrophe", "'{original}' needs an apostrophe: '{replacement}'", "warning"
    )
