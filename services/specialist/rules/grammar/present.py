"""The words of a chunk, read once by a rule with many gated patterns.

A gated pattern that spells out its first word ("(he|she|it)[ \t]+...") can only match where
a word run that is one of those words starts. The gate checks that on every call, after
scanning the text for the literals the pattern needs; most patterns of the grammar rules
match nowhere in a chunk, so a rule asks once for the set of the chunk's words and passes
over the patterns none of whose first words is there: the same matches, fewer scans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.specialist.rules.gate import Gated, word_runs


class Present:
    """A chunk's masked text and the set of its folded word runs (as the gate reads them)."""

    __slots__ = ("masked", "words")

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.words = frozenset(word_runs(masked)[2])

    def finditer(self, rx: Gated) -> Iterator[re.Match[str]]:
        """``rx.finditer(masked)``, not run when no word its matches start with is here."""
        if rx.first is not None and self.words.isdisjoint(rx.first):
            return iter(())
        return rx.finditer(self.masked)
