"""Spacing and punctuation: doubled spaces, a space before a mark, none after it."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.scan import ChunkScan

# One space between words and after a full stop; two after a colon may align a label. Each
# pattern opens with the character it consumes first and looks behind only then: the same
# matches, but re can scan for that character instead of trying a lookbehind at every place.
_DOUBLE_SPACE = re.compile(r" (?<=[^\s\x00:] ) +(?=[^\s\x00])| (?<=: ) {2,}(?=[^\s\x00])")
_MARKER_GAP = re.compile(r"[ \t]*(?:[-*+>]|\d{1,9}[.)])(?= )")
_SPACE_BEFORE = re.compile(r"[ \t](?<=[^\W_][ \t])[ \t]*([,;:!?]+|\.(?![.\w]))(?=\s|$)")
_NO_SPACE_AFTER = re.compile(
    r"([,;!?])(?<=[a-z]{2}[,;!?])(?=[A-Za-z]{2})|(\.)(?<=[A-Za-z]{2}\.)(?=[A-Z][a-z])"
    r"|(,)(?<=\d,)(?=[a-z]{2})"
)


_BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
_GAP_3 = re.compile(r"\S {3,}\S")
_GAP_4 = re.compile(r"\S {4,}\S")


def _tabular(line: str) -> bool:
    # Columns aligned with runs of spaces are layout, not typos.
    if "|" in line or "\t" in line or _BOX_DRAWING.search(line):  # box drawing
        return True
    return len(_GAP_3.findall(line)) >= 2 or _GAP_4.search(line) is not None


_CODE_CHAR = re.compile(r"[(<>=_/\[\]{}\"'`]")


def _code_like(line: str, pos: int) -> bool:
    """True if the run of non-spaces around ``pos`` looks like code (pkg.Class(, a<b.C>)."""
    left = line.rfind(" ", 0, pos) + 1
    right = line.find(" ", pos)
    token = line[left : len(line) if right < 0 else right]
    return bool(_CODE_CHAR.search(token)) or token.count(".") + token.count(",") > 1


def spacing(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Doubled spaces and misplaced spaces around punctuation, outside tabular lines.

    The patterns run over the whole chunk once, not line by line: none of them can match
    across a line break or see past one (every line separator is white space to them), so
    each match is the one its line alone would give, and only lines with a match are read.
    """
    masked = scan.masked
    lines: list[str] = []  # split on the first match: most chunks have none
    starts: list[int] = []
    tabular: dict[int, bool] = {}
    found: dict[int, list[tuple[int, Finding]]] = {}
    for kind, rx in enumerate(_PATTERNS):
        if _NEEDED[kind].search(masked) is None:
            continue
        for m in rx.finditer(masked):
            if not lines:
                lines = masked.splitlines(keepends=True)
                starts = list(accumulate((len(line) for line in lines[:-1]), initial=0))
            i = bisect_right(starts, m.start()) - 1
            body = lines[i].rstrip("\r\n")
            if i not in tabular:
                tabular[i] = _tabular(body)
            if tabular[i]:
                continue
            f = _spacing_finding(kind, body, starts[i], m)
            if f is not None:
                found.setdefault(i, []).append((kind, f))
    # In the order a line-by-line reading gives: line by line, each pattern in turn.
    return [f for i in sorted(found) for _, f in sorted(found[i], key=lambda kf: kf[0])]


_PATTERNS = (_DOUBLE_SPACE, _SPACE_BEFORE, _NO_SPACE_AFTER)
# What every match of each pattern holds: two spaces in a row; a blank just before a mark; a
# mark just before a letter. A plain scan finds these far faster than the patterns try their
# lookbehinds, and most chunks have none.
_NEEDED = (re.compile("  "), re.compile(r"[ \t][,;:!?.]"), re.compile(r"[,;!?.][A-Za-z]"))


def _spacing_finding(kind: int, body: str, offset: int, m: re.Match[str]) -> Finding | None:
    """The finding of a match of ``_PATTERNS[kind]`` on a non-tabular line ``body``."""
    start, end = m.start() - offset, m.end() - offset
    if kind == 0:
        if (gap := _MARKER_GAP.match(body)) and gap.end() == start:
            return None  # "-   item": Markdown list indentation
        if body.startswith(("#", "--", "//"), end):
            return None  # "value  # comment", "cmd  --flag": code, not prose
        return Finding(m.start(), m.end(), "grammar/double-space",
                       f"{len(m.group(0))} spaces in a row; use one", "info", " ")  # fmt: skip
    if kind == 1:
        return Finding(m.start(), m.end(), "grammar/punctuation-spacing",
                       f"No space before '{m.group(1)}'", "warning", m.group(1))  # fmt: skip
    if _code_like(body, start):
        return None
    p = m.group(1) or m.group(2) or m.group(3)
    return Finding(m.start(), m.start() + 1, "grammar/punctuation-spacing",
                   f"Put a space after '{p}'", "warning", p + " ")  # fmt: skip
