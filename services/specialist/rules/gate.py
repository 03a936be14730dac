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
from functools import lru_cache
from typing import Any

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


def fold(text: str) -> str:
    """``text`` as re.IGNORECASE compares it: lower case, ı İ ſ as i i s, ’ as '."""
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=16)
def folded(text: str) -> str:
    """``fold(text)``, kept for the many patterns asked about the same chunk."""
    return fold(text)


def any_in(options: Iterable[str], text: str) -> bool:
    """Whether ``text`` may hold one of ``options``."""
    return any(map(folded(text).__contains__, options))


class Gated:
    """A compiled pattern that is not run on a text lacking every literal it needs."""

    __slots__ = ("needs", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.needs = needed_literals(rx)

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
        """``re.Pattern.finditer``, skipped on a text that cannot match."""
        needs = self.needs  # may_match, inlined: this runs for every pattern on every chunk
        if needs is not None and not any(map(folded(text).__contains__, needs)):
            return iter(())
        return self.rx.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``, skipped on a text that cannot match."""
        if not self.may_match(text):
            return None
        return self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match`` (anchored: cheap enough to run unchecked)."""
        return self.rx.match(text, pos, endpos)


def gated(pattern: str, flags: int = 0) -> Gated:
    """``re.compile(pattern, flags)``, skipped on texts without the literals it needs."""
    return Gated(re.compile(pattern, flags))
