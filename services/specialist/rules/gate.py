"""Skipping a regex on a text it cannot match, by the literal words every match must contain.

Most rule patterns are case-insensitive alternations behind a lookbehind; Python's ``re`` has
no fast scan for those and tries every alternative at every position of the chunk, although
most chunks hold none of the words the pattern needs ("their" before a verb, "could of").
``gated(pattern)`` reads the pattern's parse tree once and finds the literal strings one of
which any match must contain (``(their)(?=[ \t]+(?:is|are))`` needs "their"; ``(he|she)
[ \t]+don't`` needs "don't"); a text that holds none of them (compared in lower case,
curly apostrophes as straight ones) is not searched. The answer is exact: a pattern is only
skipped where it could not have matched, so every finding stays the same.

A pattern without such a literal (a character class, an optional part) is never skipped; if
the parser's layout is not the one expected, no pattern is skipped.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from typing import Any

from services.specialist.rules.parsecache import READINGS

_p: Any
_c: Any
try:  # re's own parser; only its tree is read (Python 3.11+ names it re._parser)
    _p = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another layout: nothing is skipped
    _p = _c = None

_APOSTROPHES = frozenset({ord("'"), ord("’")})
# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn into it (the
# dotless i, the dotted capital I, the long s), and the curly apostrophe the rules accept.
_FOLD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "’": "'"})
_MIN_LITERAL = 2  # a one-letter literal is in nearly every text: not worth a check
_RUN_CLASS = r"[\w'’\-]"  # the characters of a word run, as phrases.WORD_START fences them
# WORD_START and WORD_END as re's parser reads them (compared by their repr)
_WORD_START = "" if _p is None else repr(_p.parse(rf"(?<!{_RUN_CLASS})").data[0])
_WORD_END = "" if _p is None else repr(_p.parse(rf"(?!{_RUN_CLASS})").data[0][1][1])


def _literal_char(code: int) -> str:
    return "'" if code in _APOSTROPHES else chr(code).lower()


def _apostrophe_class(av: Any) -> bool:
    """A character class of apostrophes only (``['’]``), which reads as one "'"."""
    return bool(av) and all(op is _c.LITERAL and v in _APOSTROPHES for op, v in av)


def _needs(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += _literal_char(av)
            continue
        if op is _c.IN and _apostrophe_class(av):
            run += "'"
            continue
        if run and op is _c.BRANCH:
            # re factors a shared start out of alternatives ("do(?:n't|esn't)"): join it back.
            found.append(frozenset(run + _leading(branch) for branch in av[1]))
        if run:
            found.append(frozenset([run]))
            run = ""
        sub = _needs_of(op, av)
        if sub:
            found.append(sub)
    if run:
        found.append(frozenset([run]))
    return max(found, key=_strength, default=None)


def _leading(items: Any) -> str:
    """The literal text a sequence starts with ('' if none)."""
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += _literal_char(av)
        elif op is _c.IN and _apostrophe_class(av):
            run += "'"
        else:
            break
    return run


def _needs_of(op: Any, av: Any) -> frozenset[str] | None:
    """The literals a single non-literal element of a pattern needs (None: none)."""
    if op is _c.SUBPATTERN:
        return _needs(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _needs(av)
    if op is _c.ASSERT:  # a lookahead or lookbehind: its text is in the string too
        return _needs(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needs(av[2])
    if op is _c.BRANCH:
        alternatives = [_needs(branch) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*(a for a in alternatives if a is not None))
    return None


def _strength(options: frozenset[str]) -> tuple[int, int]:
    """Longer literals are rarer; fewer alternatives are fewer checks."""
    return min(len(s) for s in options), -len(options)


def needed_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None."""
    if _p is None:
        return None  # pragma: no cover
    try:
        options = _needs(_p.parse(pattern.pattern, pattern.flags).data)
    except (AttributeError, TypeError, IndexError, ValueError, re.error):  # pragma: no cover
        return None
    if not options or min(len(s) for s in options) < _MIN_LITERAL:
        return None
    return options


_RUN_CHAR = re.compile(r"[\w'’\-]")
_MAX_FIRST_WORDS = 512


def _run_char(code: int) -> bool:
    return _RUN_CHAR.match(chr(code)) is not None


def _separator(op: Any, av: Any) -> bool:
    """One character that cannot be part of a word run (a space, a comma, [ \t])."""
    if op is _c.LITERAL:
        return not _run_char(av)
    if op is _c.IN:
        return all(
            (o is _c.LITERAL and not _run_char(v)) or (o is _c.CATEGORY and v is _c.CATEGORY_SPACE)
            for o, v in av
        )
    return False


def _opens_with_separator(items: Any) -> bool:
    """Whether the character after the text read so far cannot be part of a word run: every
    match of ``items`` goes on with a separator ("[ \t]+", ",?[ \t]+"), or the pattern asserts
    one ("(?=[ \t]...)", WORD_END)."""
    items = list(items)
    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        inner = _opens_with_separator(av[2])
        return inner and (av[0] >= 1 or _opens_with_separator(rest))
    if op is _c.SUBPATTERN:
        return _opens_with_separator(list(av[-1]) + rest)
    if op is _c.BRANCH:
        return all(_opens_with_separator(list(branch) + rest) for branch in av[1])
    if op is _c.ASSERT and av[0] == 1:
        return _opens_with_separator(av[1]) or _opens_with_separator(rest)
    if op is _c.ASSERT_NOT and av[0] == 1:
        return repr(av[1]) == _WORD_END or _opens_with_separator(rest)
    return _separator(op, av)


def _words(items: list[Any], word: str) -> set[str] | None:
    """The folded first words a match of ``items`` may start with, ``word`` read so far; None
    when the pattern does not end its first word in a way read here."""
    if not items:
        return None  # the pattern may end inside a longer run ("it" in "items")
    if word and _opens_with_separator(items):
        return {word}  # "he[ \t]+", "its(?=[ \t]+...)", "a(?![\w'’-])", "well,?[ \t]+"
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL and _run_char(av):
        return _words(rest, word + _literal_char(av))
    if op is _c.IN and _apostrophe_class(av):
        return _words(rest, word + "'")
    if op is _c.IN and 1 < len(av) <= 4 and all(o is _c.LITERAL and _run_char(v) for o, v in av):
        return _union([_words(rest, word + _literal_char(v)) for _, v in av])  # [Tt]he
    if op is _c.SUBPATTERN:
        return _words(list(av[-1]) + rest, word)
    if op is _c.BRANCH:
        return _union([_words(list(branch) + rest, word) for branch in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] == av[1] == 1:
        return _words(list(av[2]) + rest, word)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[:2] == (0, 1):
        return _union([_words(rest, word), _words(list(av[2]) + rest, word)])  # "(?:please )?"
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return _words(rest, word)  # a lookaround only narrows the matches
    return None


def _union(options: list[set[str] | None]) -> set[str] | None:
    if any(o is None for o in options):
        return None
    out: set[str] = set().union(*(o for o in options if o is not None))
    return out if len(out) <= _MAX_FIRST_WORDS else None


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The folded words one of which starts every match of ``pattern``, when it opens with
    WORD_START (no word character just before) and a word it spells out; else None."""
    if _p is None:
        return None  # pragma: no cover
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags).data)
        if not items or repr(items[0]) != _WORD_START:
            return None
        found = _words(items[1:], "")
    except (AttributeError, TypeError, IndexError, ValueError, re.error):  # pragma: no cover
        return None
    return None if found is None else frozenset(found)


def fold(text: str) -> str:
    """``text`` as re.IGNORECASE compares it: lower case, ı İ ſ as i i s, ’ as '."""
    return text.translate(_FOLD).lower()


class Folded(str):
    """A text as ``fold`` gives it, with an index of its words built on first use: where each
    run of ``[\\w'’-]`` characters (the words WORD_START and WORD_END fence) starts, by its
    folded text."""

    _text: str
    _index: dict[str, list[int]] | None

    def __new__(cls, text: str) -> Folded:
        low = super().__new__(cls, fold(text))
        low._text = text
        low._index = None
        return low

    def starts_of(self, words: frozenset[str]) -> list[int] | None:
        """Where the runs that fold to one of ``words`` start, in order (None: no index, as
        folding changed the text's length)."""
        index = self._index
        if index is None:
            if len(self) != len(self._text):
                return None
            index = self._index = {}
            starts, _, runs = word_runs(self._text)  # read once, shared with the lists
            for at, run in zip(starts, runs, strict=True):
                index.setdefault(run, []).append(at)
        found = index.keys() & words
        if len(found) <= 1:
            return index[found.pop()] if found else []
        return sorted(p for w in found for p in index[w])


_RUN = re.compile(r"[\w'’\-]+")


@lru_cache(maxsize=16)
def folded(text: str) -> Folded:
    """``fold(text)`` with its word index, kept for the many patterns asked about a chunk."""
    return Folded(text)


@lru_cache(maxsize=16)
def word_runs(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and folded (lower-case) words of every run of ``text``: the words as
    WORD_START and WORD_END fence them, read once per chunk by every list and rule."""
    low = folded(text)
    same_length = len(low) == len(text)  # else a letter lower-cased to two ("İ"): run by run
    starts, ends, words = [], [], []
    for m in _RUN.finditer(text):
        a, b = m.span()
        starts.append(a)
        ends.append(b)
        words.append(low[a:b] if same_length else fold(m.group(0)))
    return starts, ends, words


def any_in(options: Iterable[str], text: str) -> bool:
    """Whether ``text`` may hold one of ``options``."""
    return any(map(folded(text).__contains__, options))


class Gated:
    """A compiled pattern that is not run on a text lacking every literal it needs, and that
    is only tried where its first word starts when it spells that word out."""

    __slots__ = ("first", "needs", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.needs = READINGS.read("needs", rx.pattern, rx.flags, partial(needed_literals, rx))
        self.first = READINGS.read("first", rx.pattern, rx.flags, partial(first_words, rx))

    @property
    def pattern(self) -> str:
        """The regex source."""
        return self.rx.pattern

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can exist anywhere in ``text``."""
        return self.needs is None or any(map(folded(text).__contains__, self.needs))

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``, skipped on a text that cannot match.

        A pattern that opens with WORD_START and a listed first word ("(he|she|it)[ \t]+")
        can only match where a run of word characters starts that is one of those words: it
        is tried there alone, instead of at every character of the text. A match found there
        is the one a search would find, as no match can start between those places.
        """
        low = folded(text)
        needs = self.needs  # may_match, inlined: this runs for every pattern on every chunk
        if needs is not None and not any(map(low.__contains__, needs)):
            return iter(())
        if self.first is not None and pos == 0 and endpos == sys.maxsize:
            starts = low.starts_of(self.first)
            if starts is not None:
                return self._at(text, starts) if starts else iter(())
        return self.rx.finditer(text, pos, endpos)

    def _at(self, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
        """The matches starting at ``starts``, left to right and not overlapping, as
        ``finditer`` gives them."""
        match, end = self.rx.match, 0
        for at in starts:
            if at >= end and (m := match(text, at)) is not None:
                end = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``, skipped on a text that cannot match."""
        if not self.may_match(text):
            return None
        if self.first is not None and pos == 0 and endpos == sys.maxsize:
            starts = folded(text).starts_of(self.first)
            if starts is not None:
                return next(self._at(text, starts), None)
        return self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match`` (anchored: cheap enough to run unchecked)."""
        return self.rx.match(text, pos, endpos)


def gated(pattern: str, flags: int = 0) -> Gated:
    """``re.compile(pattern, flags)``, skipped on texts without the literals it needs."""
    return Gated(re.compile(pattern, flags))
