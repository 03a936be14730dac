"""Finding the attitudes in a chunk: the families' patterns name the words that carry one,
sarcastic and reproachful sentence openers flag a sentence's start, and piled-up cues flag a
sentence no pattern spoke for. Each sentence is flagged once.

Most chunks hold no attitude, so the patterns and cues are indexed by the literal words they
need: a chunk runs only the ones whose words it holds.
"""

from __future__ import annotations

import re

from services.specialist.findings import Finding
from services.specialist.rules.attitude.cues import CUE_PATTERNS, piled_cues
from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.spans import (
    first_per_sentence,
    in_sentence,
    quotations,
    quoted,
)
from services.specialist.rules.edits import deletion, without_overlaps
from services.specialist.rules.gate import folded
from services.specialist.rules.phrases import word_runs
from services.specialist.rules.scan import ChunkScan

FAMILIES = (CONDESCENSION, PASSIVE_AGGRESSION, SARCASM, BLAME, DISMISSIVENESS)
# A sentence that opens with praise and goes on to bad news: "Brilliant, the printer is
# jammed again", "Oh good, another meeting that could have been an email".
_SARCASTIC_OPENER = re.compile(
    r"(?:oh,?[ \t]+)?(?:great|brilliant|perfect|wonderful|fantastic|lovely|good|super|terrific|"
    r"marvell?ous|excellent|splendid|just[ \t]+great|how[ \t]+lovely|how[ \t]+nice)[ \t]*[,!…]+"
    r"[ \t]+(?=[^.!?]*(?<![\w'’\-])(?:again|another|yet|still|late|missed|broke|broken|jammed|"
    r"down|failed|crashed|lost|wrong|waste|wasted|could[ \t]+have[ \t]+been|nobody|no[ \t]+one)"
    r"(?![\w'’\-]))",
    re.IGNORECASE,
)
# A sentence that opens by repeating itself at the reader: "Again, the form goes to HR" (not
# "Again, thank you", "Once again, congratulations").
_REPROACH_OPENER = re.compile(
    r"(?:again|to repeat|to reiterate|as i keep saying)[ \t]*[,:][ \t]+"
    r"(?!thank|thanks|congrat|well[ \t]+done|welcome|we[ \t]+are[ \t]+(?:grateful|proud))",
    re.IGNORECASE,
)
# "Obviously" alone can go; every other attitude needs the sentence reworded.
_CUTTABLE = re.compile(r"(?:obviously|needless to say)", re.I)
_ALL = tuple((family, rx) for family in FAMILIES for rx in family.patterns)


def _literal_index() -> tuple[tuple[int, ...], dict[str, list[int]]]:
    """The patterns (then, numbered after them, the cues) that need no literal, and each
    literal with the patterns and cues that need it: a chunk is checked once per literal,
    not once per pattern (most chunks hold none of them)."""
    gates = [rx for _, rx in _ALL] + list(CUE_PATTERNS)
    by_literal: dict[str, list[int]] = {}
    for i, rx in enumerate(gates):
        needs = rx.needs or frozenset()
        # "answer" or "answered": a text without "answer" holds neither, so "answer" will do.
        for lit in (n for n in needs if not any(m != n and m in n for m in needs)):
            by_literal.setdefault(lit, []).append(i)
    return tuple(i for i, rx in enumerate(gates) if rx.needs is None), by_literal


def _candidates(masked: str) -> list[int]:
    """Indexes of the patterns and cues that may match the chunk (cues after patterns).

    A literal made of word characters lies inside one of the chunk's words, so the chunk's
    distinct words are looked up (each word's literals are found once per process); the few
    other literals are searched for in the chunk.
    """
    found = set(_UNGATED)
    for word in set(word_runs(masked)[2]):
        hit = _WORD_HITS.get(word)
        if hit is None:
            if len(_WORD_HITS) > MAX_WORDS_REMEMBERED:
                _WORD_HITS.clear()
            hit = _WORD_HITS[word] = frozenset(
                i for lit, indexes in _IN_WORDS for i in indexes if lit in word
            )
        found.update(hit)
    if _ACROSS_WORDS:
        low = folded(masked)
        found.update(i for lit, indexes in _ACROSS_WORDS for i in indexes if lit in low)
    return sorted(found)


def attitude(scan: ChunkScan) -> list[Finding]:
    """Findings of every family in the chunk's prose (warnings; "obviously" gets a cut)."""
    masked = scan.masked
    sentences = scan.prose_sentences()
    if not sentences:
        return []
    quotes = quotations(masked)
    starts = [a for a, _ in sentences]
    candidates = _candidates(masked)
    out = _openers(masked, sentences)
    for i in candidates:
        if i >= len(_ALL):
            break  # the cues: read below, for the sentences no pattern flagged
        family, rx = _ALL[i]
        for m in rx.rx.finditer(masked):
            if in_sentence(m, starts, sentences) is None or quoted(quotes, *m.span()):
                continue  # outside prose, or a mention ('"whatever" is dismissive')
            text = re.sub(r"\s+", " ", m.group(0))
            message = family.message.format(text=text)
            if _CUTTABLE.fullmatch(text):
                out.append(deletion(masked, m.start(), m.end(), family.rule, message, "warning"))
            else:
                out.append(Finding(m.start(), m.end(), family.rule, message, "warning"))
    # Patterns name the words; piled-up cues flag a sentence where no pattern spoke.
    named = first_per_sentence(out, sentences)
    cues = [i - len(_ALL) for i in candidates if i >= len(_ALL)]
    if len(named) == len(sentences) or not cues:
        return named
    piled = piled_cues(masked, sentences, quotes, cues)
    return first_per_sentence(named + without_overlaps(named, piled)[len(named) :], sentences)


def _openers(masked: str, sentences: list[tuple[int, int]]) -> list[Finding]:
    """Sarcastic praise at the start of a sentence that goes on to bad news, and a reproachful
    "Again," at the start of one."""
    out = []
    for a, e in sentences:
        for rx, family in ((_SARCASTIC_OPENER, SARCASM), (_REPROACH_OPENER, PASSIVE_AGGRESSION)):
            if (m := rx.match(masked, a, e)) is not None:
                text = m.group(0).strip()
                out.append(Finding(a, a + len(text), family.rule,
                                   family.message.format(text=text), "warning"))  # fmt: skip
                break
    return out


_UNGATED, _BY_LITERAL = _literal_index()
_WORDLIKE = re.compile(r"[\w'’\-]+")
_IN_WORDS = tuple((lit, tuple(i)) for lit, i in _BY_LITERAL.items() if _WORDLIKE.fullmatch(lit))
_ACROSS_WORDS = tuple(
    (lit, tuple(i)) for lit, i in _BY_LITERAL.items() if not _WORDLIKE.fullmatch(lit)
)
MAX_WORDS_REMEMBERED = 50_000
_WORD_HITS: dict[str, frozenset[int]] = {}  # a word -> the patterns and cues its literals gate
