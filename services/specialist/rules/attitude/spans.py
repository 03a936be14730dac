"""Where a match stands in a chunk: the prose sentence that holds it, whether it sits inside
quotation marks (a phrase cited, not said), and one finding per sentence."""

from __future__ import annotations

import re
from bisect import bisect_right

from services.specialist.findings import Finding

_OPENING_MARKS = ('"', "“", "‘")  # every quotation starts with one of these
_QUOTATION = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|(?<![\w’])‘[^’\n]{1,200}’(?![\w’])")


def in_sentence(
    m: re.Match[str], starts: list[int], sentences: list[tuple[int, int]]
) -> int | None:
    """The index of the prose sentence that holds the whole match, else None."""
    at = bisect_right(starts, m.start()) - 1
    return at if at >= 0 and m.end() <= sentences[at][1] else None


def quotations(masked: str) -> list[tuple[int, int]]:
    """Spans in quotation marks: phrases cited ('"whatever" is dismissive'), not said."""
    if not any(mark in masked for mark in _OPENING_MARKS):
        return []  # most chunks quote nothing: not searched
    return [m.span() for m in _QUOTATION.finditer(masked)]


def quoted(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the ``quotes`` spans."""
    return any(a <= start and end <= b for a, b in quotes)


def first_per_sentence(found: list[Finding], sentences: list[tuple[int, int]]) -> list[Finding]:
    """One finding per sentence (the earliest, then the longest): an editor marks the
    sentence that carries an attitude once, however many cues it holds."""
    kept: list[Finding] = []
    taken: set[int] = set()
    starts = [a for a, _ in sentences]
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        at = bisect_right(starts, f.start) - 1
        if at not in taken:
            taken.add(at)
            kept.append(f)
    return kept
