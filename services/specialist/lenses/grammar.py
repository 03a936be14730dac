"""The grammar lens: agreement, articles, confusable words, repeats, capitals, spacing, spelling."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from services.specialist.findings import (
    Finding,
    LensContext,
    at_sentence_start,
    match_case,
)
from services.specialist.lenses.agreement import agreement
from services.specialist.lenses.articles import article_for
from services.specialist.lenses.confusables import confusables
from services.specialist.lenses.misspellings import MISSING_APOSTROPHE, MISSPELLINGS
from services.specialist.lenses.noun_agreement import noun_agreement
from services.specialist.lenses.phrases import WORD_END as _E
from services.specialist.lenses.phrases import WORD_START as _B
from services.specialist.lenses.phrases import PhraseList
from services.specialist.textspans import WORD, blocks, mask, sentences

# -- repeated words ---------------------------------------------------------------------

_REPEAT = re.compile(rf"{_B}([^\W\d_]+)([ \t]+|[ \t]*\n[ \t]*)(\1){_E}", re.IGNORECASE)
_LEGIT_REPEATS = frozenset({"had", "that", "bye", "ha", "yada", "knock"})


def _stray_that(masked: str, m: re.Match[str]) -> bool:
    """'that that' after a conjunction, a comma or at a sentence start is a slip."""
    if m.group(1).lower() != "that":
        return False
    before = masked[max(0, m.start() - 20) : m.start()].rstrip(" \t")
    prev = re.search(r"(\w+)$", before)
    return (
        at_sentence_start(masked, m.start())
        or before.endswith(",")
        or (prev is not None and prev.group(1).lower() in ("but", "and", "or", "so"))
    )


def _repeated_words(masked: str, ctx: LensContext) -> list[Finding]:
    out = []
    for m in _REPEAT.finditer(masked):
        if m.group(1).lower() in _LEGIT_REPEATS and not _stray_that(masked, m):
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


# -- a / an -----------------------------------------------------------------------------

_ARTICLE = re.compile(
    rf"{_B}(a|an)(?:[ \t]+|[ \t]*\n[ \t]*)[\"“'(]?([^\W_][\w'’.\-]*)", re.IGNORECASE
)


def _articles(masked: str, ctx: LensContext) -> list[Finding]:
    out = []
    for m in _ARTICLE.finditer(masked):
        article, word = m.group(1), m.group(2).rstrip(".")
        if article == "A" and not at_sentence_start(masked, m.start()):
            continue  # "plan A", "vitamin A": a letter, not an article
        want = article_for(word)
        if want is None or want == article.lower():
            continue
        fixed = match_case(article, want)
        out.append(
            Finding(m.start(1), m.end(1), "grammar/a-an",
                    f"Use '{fixed}' before '{word}' (it is said with a "
                    f"{'vowel' if want == 'an' else 'consonant'} sound)", "error", fixed)
        )  # fmt: skip
    return out


# -- capitals --------------------------------------------------------------------------------

_CAPITALS = "grammar/capitalization"
_PRONOUN_I = re.compile(r"(?<![\w'’.\-(\x00])i(?=[ \t]+[a-z]|['’](?:m|ve|ll|d)(?!\w))")
_LOWER_OK = frozenset({"e.g", "i.e", "etc", "vs", "cf", "et", "pH"})
# A paragraph may open with a lower-case name ("npm", "uvloop") or a directive; only a
# common English word there is surely a missing capital.
_COMMON_STARTERS = frozenset(
    """the this that these those it its we i you he she they there here a an in on at for from
    with to by of as if when while because since after before but and or so then also however
    finally first next our my your their his her what how why where who which each every all
    some many most one no not please thanks today now yes""".split()  # noqa: SIM905 - a word list reads best as text
)


def _capitals(masked: str, ctx: LensContext) -> list[Finding]:
    out = []
    first = len(masked) - len(masked.lstrip())
    found = blocks(masked, markdown=ctx.markdown)
    for i, b in enumerate(found):
        if b.kind not in ("paragraph", "quote"):
            continue
        after_code = i > 0 and found[i - 1].kind == "code"  # "Install with: <code> or ..."
        for k, (a, _) in enumerate(sentences(masked, b.start, b.end)):
            if a == first and ctx.chunk_id > 0:
                continue  # the chunk may start mid-sentence
            w = WORD.match(masked, a)
            if w is None or not masked[a].islower():
                continue
            word, after = w.group(0), masked[w.end() : w.end() + 2]
            if (
                (k == 0 and (after_code or word.lower() not in _COMMON_STARTERS))
                or "-" in word  # "redis-py"
                or word in _LOWER_OK
                or any(c.isupper() or c.isdigit() for c in word)  # iPhone, eBay, x86
                or after[:1] in ("(", "_", "/", "=")
                or (after[:1] == "." and after[1:2].isalpha())  # os.path
            ):
                continue
            out.append(
                Finding(w.start(), w.end(), _CAPITALS,
                        "Start the sentence with a capital letter", "warning",
                        word[0].upper() + word[1:])
            )  # fmt: skip
    for m in _PRONOUN_I.finditer(masked):
        out.append(
            Finding(m.start(), m.end(), _CAPITALS,
                    "The pronoun 'I' is always a capital", "warning", "I")
        )  # fmt: skip
    return out


# -- spacing and punctuation -------------------------------------------------------------------

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


def _spacing(masked: str, ctx: LensContext) -> list[Finding]:
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


# -- spelling --------------------------------------------------------------------------------

_SPELLING = PhraseList(MISSPELLINGS)
_APOSTROPHES = PhraseList(MISSING_APOSTROPHE)


def _spelling(masked: str, ctx: LensContext) -> list[Finding]:
    return _SPELLING.findings(
        masked, "grammar/spelling", "'{original}' is misspelled: '{replacement}'", "error"
    ) + _APOSTROPHES.findings(
        masked, "grammar/apostrophe", "'{original}' needs an apostrophe: '{replacement}'", "warning"
    )


_CHECKS: tuple[Callable[[str, LensContext], list[Finding]], ...] = (
    _repeated_words,
    _articles,
    agreement,
    noun_agreement,
    confusables,
    _capitals,
    _spacing,
    _spelling,
)


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Grammar findings for one chunk (local offsets)."""
    masked = mask(text, markdown=ctx.markdown)
    found = [f for check in _CHECKS for f in check(masked, ctx)]
    return _merge_capitals(found)


def _merge_capitals(found: list[Finding]) -> list[Finding]:
    """A sentence-start capital folds into another fix of the same word ("your" -> "You're")."""
    caps = [f for f in found if f.rule == _CAPITALS]
    at = {c.start: c for c in caps}
    merged: set[int] = set()
    out = []
    for f in found:
        if f.rule == _CAPITALS:
            continue
        cap = at.get(f.start)
        if cap is not None and f.replacement and cap.end <= f.end:
            f = replace(f, replacement=f.replacement[0].upper() + f.replacement[1:])
            merged.add(f.start)
        out.append(f)
    seen: set[tuple[int, int]] = set()
    for c in caps:
        if c.start not in merged and (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(c)
    return out
