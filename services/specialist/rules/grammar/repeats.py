"""Repeated words ("the the"), except the repeats English allows ("had had")."""

from __future__ import annotations

import re
from operator import eq

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start
from services.specialist.rules.gate import word_runs
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan

REPEAT = re.compile(rf"{_B}([^\W\d_]+)([ \t]+|[ \t]*\n[ \t]*)(\1){_E}", re.IGNORECASE)
_LEGIT_REPEATS = frozenset({"had", "that", "bye", "ha", "yada", "knock", "blah", "long"})


_LAST_WORD = re.compile(r"(\w+)$")


def _stray_that(masked: str, m: re.Match[str]) -> bool:
    """'that that' after a conjunction, a comma or at a sentence start is a slip."""
    if m.group(1).lower() != "that":
        return False
    before = masked[max(0, m.start() - 20) : m.start()].rstrip(" \t")
    prev = _LAST_WORD.search(before)
    return (
        at_sentence_start(masked, m.start())
        or before.endswith(",")
        or (prev is not None and prev.group(1).lower() in ("but", "and", "or", "so"))
    )


_STOP_OR_COMMA = re.compile(r"[.,;:!?]")


def _title_line(line: str) -> bool:
    """A short line without a stop or a comma that starts with a capital: a heading."""
    return line[:1].isupper() and len(line.split()) <= 5 and not _STOP_OR_COMMA.search(line)


def _name_twice(masked: str, m: re.Match[str]) -> bool:
    """Both capitalised inside a sentence, and no small word: a name ("Diaz Diaz")."""
    word = m.group(1)
    return (
        word[:1].isupper()
        and m.group(3)[:1].isupper()
        and word.lower() not in _SMALL_WORDS
        and not at_sentence_start(masked, m.start())
    )


_SMALL_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "on", "is", "it"})


def legit_repeat(masked: str, m: re.Match[str]) -> bool:
    """A repeat English allows ("had had", "that that approach"), group 1 the word, or a
    word that ends a plain-text heading and opens the line after it ("Children⏎Children")."""
    gap = m.group(2)
    if "\n" not in gap and ("\t" in gap or len(gap) > 1):
        return True  # "vendor⇥⇥Vendor support": two columns of a table laid out in blanks
    if _name_twice(masked, m):
        return True  # "Antonio Diaz Diaz": a surname that repeats a given name
    heading = masked[masked.rfind("\n", 0, m.start()) + 1 : m.end(1)]
    if "\n" in m.group(2) and m.group(3)[:1].isupper() and _title_line(heading):
        return True  # both in capitals: a heading, then a sentence that opens with its word
    return m.group(1).lower() in _LEGIT_REPEATS and not _stray_that(masked, m)


def _may_repeat(masked: str) -> bool:
    """False when no two word runs in a row are alike, so ``REPEAT`` cannot match.

    A match is two whole runs with only blanks between, alike in any case; runs that fold to
    ASCII (as ``word_runs`` gives them) are alike when their folded texts are equal. Other
    letters may be alike in ways folding does not show ("µ" and "Μ"): a chunk with any of
    them is searched.
    """
    words = word_runs(masked)[2]
    return any(map(eq, words, words[1:])) or not all(map(str.isascii, words))


def repeated_words(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """A word written twice in a row, unless the repeat is English or spans two blocks."""
    masked = scan.masked
    out: list[Finding] = []
    if not _may_repeat(masked):
        return out
    for m in REPEAT.finditer(masked):
        if legit_repeat(masked, m):
            continue
        if "\n" in m.group(2):
            line = masked[masked.rfind("\n", 0, m.start()) + 1 : m.start()].lstrip()
            if line.startswith(("#", "|")):
                continue  # a heading or table row above: the next line is a new block
        out.append(
            Finding(m.start(), m.end(), "grammar/repeated-word",
                    f"'{m.group(1)}' is repeated", "error", m.group(1))
        )  # fmt: skip
    return out
