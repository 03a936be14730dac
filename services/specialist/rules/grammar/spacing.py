"""Spacing and punctuation: doubled spaces, a space before a mark, none after it."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.scan import ChunkScan

# One space between words and after a full stop; two after a colon may align a label.
_DOUBLE_SPACE = re.compile(r"(?<=[^\s\x00:]) {2,}(?=[^\s\x00])|(?<=:) {3,}(?=[^\s\x00])")
_MARKER_GAP = re.compile(r"[ \t]*(?:[-*+>]|\d{1,9}[.)])(?= )")
_SPACE_BEFORE = re.compile(r"(?<=[^\W_])[ \t]+([,;:!?]+|\.(?![.\w]))(?=\s|$)")
_NO_SPACE_AFTER = re.compile(
    r"(?<=[a-z]{2})([,;!?])(?=[A-Za-z]{2})|(?<=[A-Za-z]{2})(\.)(?=[A-Z][a-z])"
    r"|(?<=\d)(,)(?=[a-z]{2})"
)


def _tabular(line: str) -> bool:
    # Columns aligned with runs of spaces are layout, not typos.
    if "|" in line or "\t" in line or re.search(r"[\u2500-\u257f]", line):  # box drawing
        return True
    return len(re.findall(r"\S {3,}\S", line)) >= 2 or re.search(r"\S {4,}\S", line) is not None


def _code_like(line: str, pos: int) -> bool:
    """True if the run of non-spaces around ``pos`` looks like code (pkg.Class(, a<b.C>)."""
    left = line.rfind(" ", 0, pos) + 1
    right = line.find(" ", pos)
    token = line[left : len(line) if right < 0 else right]
    return bool(re.search(r"[(<>=_/\[\]{}\"'`]", token)) or token.count(".") + token.count(",") > 1


def spacing(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Doubled spaces and misplaced spaces around punctuation, outside tabular lines."""
    masked = scan.masked
    out = []
    offset = 0
    for line in masked.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not _tabular(body):
            for m in _DOUBLE_SPACE.finditer(body):
                if (gap := _MARKER_GAP.match(body)) and gap.end() == m.start():
                    continue  # "-   item": Markdown list indentation
                if body.startswith(("#", "--", "//"), m.end()):
                    continue  # "value  # comment", "cmd  --flag": code, not prose
                out.append(
                    Finding(offset + m.start(), offset + m.end(), "grammar/double-space",
                            f"{len(m.group(0))} spaces in a row; use one", "info", " ")
                )  # fmt: skip
            for m in _SPACE_BEFORE.finditer(body):
                out.append(
                    Finding(offset + m.start(), offset + m.end(), "grammar/punctuation-spacing",
                            f"No space before '{m.group(1)}'", "warning", m.group(1))
                )  # fmt: skip
            for m in _NO_SPACE_AFTER.finditer(body):
                if _code_like(body, m.start()):
                    continue
                p = m.group(1) or m.group(2) or m.group(3)
                s = offset + m.start()
                out.append(
                    Finding(s, s + 1, "grammar/punctuation-spacing",
                            f"Put a space after '{p}'", "warning", p + " ")
                )  # fmt: skip
        offset += len(line)
    return out
