"""Word and phrase lists compiled to one regex each: find them, suggest a replacement."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from services.contract.models import Severity
from services.specialist.findings import Finding
from services.specialist.rules.edits import deletion, match_case
from services.specialist.rules.words import DELETE

WORD_START = r"(?<![\w'’\-])"  # regex: no word character (or ' or -) just before
WORD_END = r"(?![\w'’\-])"  # regex: no word character (or ' or -) just after


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of a listed phrase."""

    start: int
    end: int
    text: str
    replacement: str | None


class PhraseList:
    """Whole-word, case-insensitive matching of phrases; spaces match any whitespace run."""

    def __init__(self, entries: Mapping[str, str | None]) -> None:
        self._entries = {k.lower().replace("’", "'"): v for k, v in entries.items()}
        alternatives = sorted(self._entries, key=len, reverse=True)
        body = "|".join(_pattern(p) for p in alternatives)
        self._rx = re.compile(rf"(?<![\w'’\-])(?:{body})(?![\w'’\-])", re.IGNORECASE)

    def __contains__(self, phrase: str) -> bool:
        return phrase.lower() in self._entries

    def hits(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Every occurrence in ``text[start:end]``."""
        for m in self._rx.finditer(text, start, len(text) if end is None else end):
            key = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
            yield Hit(m.start(), m.end(), m.group(0), self._entries[key])

    def findings(
        self,
        text: str,
        rule: str,
        message: str,
        severity: Severity,
        *,
        no_fix: str | None = None,
        cut: str | None = None,
    ) -> list[Finding]:
        """Findings for every occurrence; messages may use {original} and {replacement}.

        ``no_fix`` is the message for phrases listed without a replacement, ``cut`` the one
        for phrases to delete; both default to ``message``.
        """
        out = []
        for h in self.hits(text):
            template = message
            if h.replacement is None and no_fix:
                template = no_fix
            elif h.replacement == DELETE and cut:
                template = cut
            msg = template.format(original=h.text, replacement=h.replacement)
            if h.replacement == DELETE:
                out.append(deletion(text, h.start, h.end, rule, msg, severity))
            else:
                repl = None if h.replacement is None else match_case(h.text, h.replacement)
                out.append(Finding(h.start, h.end, rule, msg, severity, repl))
        return out


def _pattern(phrase: str) -> str:
    parts = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
    return r"\s+".join(parts)
