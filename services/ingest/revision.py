"""Suggestions applied: the text with every chosen, non-conflicting edit, or the diff."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from services.contract.models import SEVERITY_RANK


class EditsDoNotFit(Exception):
    """The summary's edits do not match the stored text (their ``original`` differs)."""


@dataclass(frozen=True, slots=True)
class Revision:
    """The revised text and how many edits went in or were left out as conflicting."""

    text: str
    applied: int
    skipped: int


def chosen(
    suggestions: Iterable[dict[str, Any]], lenses: set[str] | None, min_severity: str
) -> list[dict[str, Any]]:
    """The suggestions that propose an edit, of ``lenses`` (all if None), at least as
    severe as ``min_severity``."""
    floor = SEVERITY_RANK[min_severity]
    return [
        s
        for s in suggestions
        if s.get("replacement") is not None
        and (lenses is None or s.get("lens") in lenses)
        and SEVERITY_RANK.get(s.get("severity", "info"), 2) <= floor
    ]


def apply_edits(text: str, edits: list[dict[str, Any]]) -> Revision:
    """``text`` with ``edits`` applied (code-point offsets). An edit that overlaps one
    already taken (by position, then severity) is skipped; two insertions at one point
    conflict too. EditsDoNotFit if an edit's ``original`` is not what the text holds."""
    ordered = sorted(edits, key=lambda s: (s["start"], s["end"], SEVERITY_RANK[s["severity"]]))
    out: list[str] = []
    pos = 0
    last_insert = -1
    applied = skipped = 0
    for s in ordered:
        start, end = int(s["start"]), int(s["end"])
        if start < pos or (start == end == last_insert):
            skipped += 1
            continue
        if text[start:end] != s.get("original", text[start:end]) or end > len(text):
            raise EditsDoNotFit(
                f"the edit at {start}..{end} expects {s.get('original')!r}; "
                "the document's text does not match its review"
            )
        out.append(text[pos:start])
        out.append(str(s["replacement"]))
        pos = end
        last_insert = end if start == end else -1
        applied += 1
    out.append(text[pos:])
    return Revision("".join(out), applied, skipped)


def unified_diff(before: str, after: str, name: str) -> str:
    """A unified diff of the two texts, as ``diff -u`` prints it (empty when equal)."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    # A last line without a newline gets the marker diff and patch expect.
    return "".join(x if x.endswith("\n") else x + "\n\\ No newline at end of file\n" for x in lines)
