"""Word and phrase lists compiled to one regex each: find them, suggest a replacement."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from services.contract.models import Severity
from services.specialist.findings import Finding
from services.specialist.rules.edits import deletion, match_case
from services.specialist.rules.gate import fold, word_runs
from services.specialist.rules.words import DELETE

_SPACES = re.compile(r"\s+")
WORD_START = r"(?<![\w'’\-])"  # regex: no word character (or ' or -) just before
WORD_END = r"(?![\w'’\-])"  # regex: no word character (or ' or -) just after
# A run of the characters WORD_START and WORD_END fence: a phrase match starts a run and its
# first word, up to any other character ("e" of "e.g."), is the whole run.
_RUN = re.compile(r"[\w'’\-]+")


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of a listed phrase."""

    start: int
    end: int
    text: str
    replacement: str | None


class PhraseList:
    """Whole-word, case-insensitive matching of phrases; spaces match any whitespace run.

    The phrases are indexed by their first word: a chunk is read as its runs of word
    characters once, and only the phrases starting with one of those words are tried, there.
    That finds what one alternation of every phrase would (the same leftmost, first-listed
    phrase at each place), without trying hundreds of phrases at every character.
    """

    def __init__(self, entries: Mapping[str, str | None]) -> None:
        self._entries = {fold(k): v for k, v in entries.items()}
        alternatives = sorted(self._entries, key=len, reverse=True)
        body = "|".join(_pattern(p) for p in alternatives)
        # What the index must find: the leftmost match of one alternation, longest phrase first.
        self.alternation = re.compile(rf"{WORD_START}(?:{body}){WORD_END}", re.IGNORECASE)
        by_first: dict[str, list[str]] = {}
        for phrase in alternatives:  # longest first, as in the alternation
            first = _RUN.match(phrase)
            if first is None:
                raise ValueError(f"phrase {phrase!r} does not start with a word")
            by_first.setdefault(first.group(0), []).append(_pattern(phrase))
        self._by_first = {
            word: re.compile(rf"{WORD_START}(?:{'|'.join(alts)}){WORD_END}", re.IGNORECASE)
            for word, alts in by_first.items()
        }

    def __contains__(self, phrase: str) -> bool:
        return fold(phrase) in self._entries

    def hits(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Every occurrence in ``text[start:end]``."""
        stop = len(text) if end is None else end
        for m in self._indexed(text, _runs(text, start, stop), stop):
            yield self.hit(m)

    def _indexed(
        self, text: str, runs: list[tuple[int, str]], stop: int
    ) -> Iterator[re.Match[str]]:
        pos = 0
        for at, word in runs:
            if at < pos:
                continue
            rx = self._by_first.get(word)
            if rx is not None and (m := rx.match(text, at, stop)) is not None:
                yield m
                pos = m.end()

    def hit(self, match: re.Match[str]) -> Hit:
        """The Hit of a match of one of this list's patterns."""
        key = _SPACES.sub(" ", fold(match.group(0)))
        return Hit(match.start(), match.end(), match.group(0), self._entries[key])

    def findings(
        self,
        text: str,
        rule: str,
        message: str,
        severity: Severity,
        *,
        no_fix: str | None = None,
        cut: str | None = None,
        hits: Iterable[Hit] | None = None,
    ) -> list[Finding]:
        """Findings for every occurrence; messages may use {original} and {replacement}.

        ``no_fix`` is the message for phrases listed without a replacement, ``cut`` the one
        for phrases to delete; both default to ``message``. ``hits`` are the occurrences
        when already found (by ``PhraseLists``).
        """
        out = []
        for h in self.hits(text) if hits is None else hits:
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


class PatternList(PhraseList):
    """Shapes rather than fixed phrases ("undertook" + article + a noun in -tion + "of"): one
    pattern per first word, so a shape is read in the same pass over a chunk's words as the
    phrase lists (``PhraseLists``), not by a regex tried at every character. Hits carry no
    replacement."""

    def __init__(self, patterns: Mapping[str, str]) -> None:
        """``patterns`` maps a first word (lower case) to the regex of the whole match."""
        self._entries = {}
        body = "|".join(patterns.values())
        self.alternation = re.compile(rf"{WORD_START}(?:{body}){WORD_END}", re.IGNORECASE)
        self._by_first = {
            word: re.compile(rf"{WORD_START}(?:{src}){WORD_END}", re.IGNORECASE)
            for word, src in patterns.items()
        }

    def hit(self, match: re.Match[str]) -> Hit:
        """The Hit of a match: the shape's words, no replacement."""
        return Hit(match.start(), match.end(), match.group(0), None)


class PhraseLists:
    """Several phrase lists read in one pass over a chunk's words: one index lookup per word
    for all of them, each list keeping its own leftmost, non-overlapping matches (the hits
    of each list are exactly what its own ``hits`` finds)."""

    def __init__(self, *lists: PhraseList) -> None:
        self.lists = lists
        self._by_first: dict[str, list[tuple[int, PhraseList, re.Pattern[str]]]] = {}
        for i, phrases in enumerate(lists):
            for word, rx in phrases._by_first.items():
                self._by_first.setdefault(word, []).append((i, phrases, rx))

    def hits(self, text: str) -> list[list[Hit]]:
        """The hits of each list in ``text``, in the order the lists were given."""
        out: list[list[Hit]] = [[] for _ in self.lists]
        pos = [0] * len(self.lists)
        stop = len(text)
        index = self._by_first
        for at, word in _runs(text, 0, stop):
            tried = index.get(word)
            if tried is None:
                continue
            for i, phrases, rx in tried:
                if at >= pos[i] and (m := rx.match(text, at, stop)) is not None:
                    out[i].append(phrases.hit(m))
                    pos[i] = m.end()
        return out


def _pattern(phrase: str) -> str:
    parts = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
    return r"\s+".join(parts)


def _runs(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """(offset, folded word) of each run that starts in ``text[start:stop]``; a run the end
    cuts is read up to it, as a regex searching only up to ``stop`` would."""
    starts, ends, words = word_runs(text)
    first, last = bisect_left(starts, start), bisect_left(starts, stop)
    out = list(zip(starts[first:last], words[first:last], strict=True))
    if out and ends[last - 1] > stop:
        at = starts[last - 1]
        out[-1] = (at, fold(text[at:stop]))
    return out
