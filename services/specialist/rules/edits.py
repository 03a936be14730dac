"""Shaping a rule's edit: case and apostrophes like the original, sentence starts, deletions."""

from __future__ import annotations

import re
from collections.abc import Iterable

from services.contract.models import Severity
from services.specialist.findings import Finding


def without_overlaps(primary: list[Finding], secondary: Iterable[Finding]) -> list[Finding]:
    """``primary`` plus the ``secondary`` findings that overlap none of them."""
    kept = list(primary)
    for s in secondary:
        if not any(s.start < p.end and p.start < s.end for p in primary):
            kept.append(s)
    return kept


def match_case(template: str, word: str) -> str:
    """``word`` in the case pattern of ``template`` (UPPER, Capitalised or as given)."""
    if not word:
        return word
    letters = [c for c in template if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        # "ASAP" -> "as soon as possible": an abbreviation's expansion is not shouted.
        return word if " " in word and " " not in template.strip() else word.upper()
    if letters and letters[0].isupper():
        return word[0].upper() + word[1:]
    return word


def match_apostrophe(original: str, replacement: str) -> str:
    """``replacement`` with typographic apostrophes if ``original`` used them."""
    return replacement.replace("'", "’") if "’" in original else replacement


_MARKER_ONLY = re.compile(r"[ \t]*(?:[-*+>]|\d{1,9}[.)]|#{1,6})?[ \t]*")
_FOLLOW = re.compile(r"(,?)([ \t]+)([^\W_]+)")


def at_sentence_start(text: str, pos: int) -> bool:
    """True if ``pos`` starts a sentence: after . ! ?, a blank line, a heading or a marker."""
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos]
    if prefix.strip():
        if _MARKER_ONLY.fullmatch(prefix):
            return True
        return prefix.rstrip()[-1] in ".!?"
    if line_start == 0:
        return True
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return not previous or previous[0] in "#|" or previous[-1] in ".!?:"


def deletion(
    text: str, start: int, end: int, rule: str, message: str, severity: Severity
) -> Finding:
    """A finding that removes the filler ``text[start:end]`` and leaves a clean sentence.

    The span takes a following comma and spaces; at a sentence start it also takes the
    next word, re-capitalised. With no word after it on the line, it takes the space before.
    """
    follow = _FOLLOW.match(text, end)
    if follow is None and at_sentence_start(text, start) and text[end : end + 1] in (".", "!"):
        # The filler is a sentence of its own ("Literally."): it goes with its full stop.
        stop = end + 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        return Finding(start, stop, rule, message, severity, "")
    if follow is None:
        left = start
        while left > 0 and text[left - 1] in " \t":
            left -= 1
        return Finding(left, end, rule, message, severity, "" if left < start else None)
    if follow.group(1) and text[max(0, start - 2) : start] == ", ":
        # "we, perhaps, should" -> "we should": the parenthetical's commas go with it.
        return Finding(start - 2, follow.start(2), rule, message, severity, "")
    if text[start].isupper() and at_sentence_start(text, start):
        word = follow.group(3)
        return Finding(start, follow.end(), rule, message, severity, word[0].upper() + word[1:])
    return Finding(start, follow.start(3), rule, message, severity, "")
