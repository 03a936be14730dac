"""The clarity lens's sentences: long and run-on ones, counted as a reader counts (a name of
several words is one word; a list, or two short clauses joined, may run a little longer)."""

from __future__ import annotations

import re

from services.contract.text import count_words
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.scan import ChunkScan

_JOINS = re.compile(r",[ \t]+(?:and|but|so|which|or|yet|then)\b|\band[ \t]+then\b|;", re.I)


RUN_ON_WORDS = 25  # a sentence shorter than this is never a run-on, whatever its joins
# A list-shaped sentence may run half as long again before it is "long".
LIST_LEEWAY = 1.5
LIST_ITEM_WORDS = 4
MIN_LIST_ITEMS = 5
LIST_SHARE = 0.7  # of the items at most LIST_ITEM_WORDS long
_SUBORDINATE = re.compile(
    r"\b(?:because|while|which|that|when|whenever|once|although|though|unless|until|since|"
    r"whether|where|who|whom|whose|if|so)\b",
    re.IGNORECASE,
)
ITEM_BREAKS = re.compile(r"[,;:]|[ \t]+(?:and|or)[ \t]+", re.IGNORECASE)
# Two independent clauses joined by a comma and a conjunction, or a semicolon, read as two
# sentences: a sentence a few words over the limit made of two short ones is easy to follow.
COMPOUND_EXTRA = 5  # words over the limit
CLAUSE_SHARE = 2 / 3  # of the limit: the most words either clause may have
_COORDINATE = re.compile(r",[ \t]+(?:and|but|so|or|yet)[ \t]|;", re.IGNORECASE)
# A sentence a little over the limit whose punctuation cuts it into short pieces ("Debt is a
# choice made with open eyes, and a good team records it: a note in the tracker, a comment in
# the code, a date by which it should be repaid.") is read a piece at a time.
NEAR_LIMIT_SHARE = 1.1  # of the limit: the most words such a sentence may have
PIECE_SHARE = 0.5  # of the limit: the most words any one piece may have
_PIECE_BREAKS = re.compile(r"[,;:()\u2013\u2014]")
# A name of several capitalised words ("the Heritage Lottery Fund") is read as one word.
_NAME = re.compile(r"(?<![\w'’\-])(?!I\b)[A-Z][\w'’.\-]*(?:[ \t]+(?!I\b)[A-Z][\w'’.\-]*)+")


def sentence_findings(scan: ChunkScan, ctx: LensContext, cuts: list[Finding]) -> list[Finding]:
    """Run-on and long sentences; a wordy phrase in ``cuts`` already asks for its words to go,
    so they do not make the sentence long as well."""
    limit = ctx.options.max_sentence_words
    clauses = ctx.options.run_on_clauses
    masked = scan.masked
    out = []
    for a, e in scan.prose_sentences():
        n = count_words(masked[a:e])
        # only a sentence of RUN_ON_WORDS or more can run on: its joins are not counted else
        joins = len(_JOINS.findall(masked, a, e)) if n >= RUN_ON_WORDS else 0
        if joins >= clauses and n >= RUN_ON_WORDS:
            out.append(
                Finding(a, e, "clarity/run-on",
                        f"Run-on sentence: {joins + 1} clauses chained in {n} words; "
                        "split it where the ideas change", "warning")
            )  # fmt: skip
        elif n > limit and _long(masked[a:e], n - _saved(masked, cuts, a, e), limit):
            out.append(
                Finding(a, e, "clarity/long-sentence",
                        f"Long sentence ({n} words); split it or cut words "
                        f"(aim for at most {limit})", "warning")
            )  # fmt: skip
    return out


def _long(sentence: str, n: int, limit: int) -> bool:
    """Over the limit as a reader counts: a name of several words is one, a list-shaped
    sentence or two short clauses joined may run a little longer."""
    if n > limit and _NAME.search(sentence):
        n -= sum(len(m.group(0).split()) - 1 for m in _NAME.finditer(sentence))
    if n <= limit:
        return False
    if n <= limit * LIST_LEEWAY and _list_shaped(sentence):
        return False
    if n <= limit * NEAR_LIMIT_SHARE and _short_pieces(sentence, limit):
        return False
    return not (n <= limit + COMPOUND_EXTRA and _two_short_clauses(sentence, limit))


def _short_pieces(sentence: str, limit: int) -> bool:
    return all(count_words(p) <= limit * PIECE_SHARE for p in _PIECE_BREAKS.split(sentence))


def _two_short_clauses(sentence: str, limit: int) -> bool:
    parts = _COORDINATE.split(sentence)
    return len(parts) == 2 and all(count_words(p) <= limit * CLAUSE_SHARE for p in parts)


def _saved(masked: str, cuts: list[Finding], start: int, end: int) -> int:
    """Words the wordy-phrase findings inside ``start:end`` would cut."""
    return sum(
        count_words(masked[f.start : f.end]) - count_words(f.replacement or "")
        for f in cuts
        if start <= f.start and f.end <= end
    )


def _list_shaped(sentence: str) -> bool:
    """A sentence that is mostly a list of short items ("badges, glasses, gloves and a coat
    for every visitor") reads like a list, not like a chain of clauses."""
    if _SUBORDINATE.search(sentence):
        return False  # "..., because ...", "... that ...": clauses, whatever their commas
    items = [count_words(part) for part in ITEM_BREAKS.split(sentence)]
    short = [k for k in items if 0 < k <= LIST_ITEM_WORDS]
    return len(items) >= MIN_LIST_ITEMS and len(short) >= LIST_SHARE * len(items)
