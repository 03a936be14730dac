"""Cues that each only lean towards an attitude, and the sentences that pile them up.

"You should really know this by now" holds no pattern of a family, but "you", "should know"
and "by now" together carry condescension. Each cue has a weight and a family; a sentence
whose cues add up to CUE_THRESHOLD, one of them an anchor (ANCHOR_WEIGHT or more), is flagged
for the family of its weightiest cue.
"""

from __future__ import annotations

import re

from services.specialist.findings import Finding
from services.specialist.rules.attitude.cue_table import CUE_TABLE
from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import AGAIN_AMISS, Family, regex_of
from services.specialist.rules.attitude.spans import in_sentence, quoted
from services.specialist.rules.gate import gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan

# A clause the writer is the subject of, up to a cue of manner, with no reader as the doer
# in it ("you to", "you should"): what the writer does "properly" or "again" is not aimed at
# anyone ("I'd like to hear your point properly", "I've thought about it again"). A cue of
# manner counts only in a sentence that addresses the reader: "The alert fired correctly".
_WRITERS_CLAUSE = re.compile(
    r"(?<![\w'’])(?:I|we|We)(?:['’](?:ve|d|ll|m))?[ \t]+(?:(?!you(?:['’](?:ll|d|re|ve))?[ \t]+"
    r"(?:to|should|must|need|needs|have|has|can|could|will|would|are|were|did|do|don't|"
    r"didn't|might|may)\b)[^,;:.!?\n])*\Z"
)
_READER = re.compile(r"(?<![\w'’])(?:you|your|yours|yourself)(?![\w'’])", re.I)
CUE_THRESHOLD = 1.75
ANCHOR_WEIGHT = 1.0  # a sentence needs one cue at least this heavy; lighter ones only add

_BY_RULE = {
    family.rule.removeprefix("tone/"): family
    for family in (CONDESCENSION, PASSIVE_AGGRESSION, SARCASM, BLAME, DISMISSIVENESS)
}


# Fragments a cue names rather than repeats, shared with the families' patterns.
_FRAGMENTS = {"<AGAIN_AMISS>": AGAIN_AMISS}


def _cue_rows(table: str) -> list[list[str]]:
    """The rows of a cue table: a line that starts with spaces continues the cue above."""
    rows: list[list[str]] = []
    for line in table.strip().splitlines():
        if line.startswith(" "):
            rows[-1][2] += line.strip()
        else:
            rows.append(line.split(None, 2))
    for row in rows:
        for name, fragment in _FRAGMENTS.items():
            row[2] = row[2].replace(name, fragment)
    return rows


# Heaviest first: the anchors are looked for before the light cues that only add to them.
CUES: tuple[tuple[str, float, Family], ...] = tuple(
    sorted(
        ((cue, float(weight), _BY_RULE[family]) for weight, family, cue in _cue_rows(CUE_TABLE)),
        key=lambda row: -row[1],
    )
)
CUE_PATTERNS = tuple(gated(rf"{_B}(?:{regex_of(cue)}){_E}", re.I) for cue, _, _ in CUES)


_MANNER_CUES = frozenset(
    i for i, (cue, _, _) in enumerate(CUES) if cue == "properly|correctly" or AGAIN_AMISS in cue
)


_HOW_ITS_DONE = frozenset(i for i, (cue, _, _) in enumerate(CUES) if cue == "properly|correctly")


def _not_the_readers(masked: str, sentence: tuple[int, int], at: int) -> bool:
    """The manner cue at ``at`` describes the writer's doing; or it says how a thing is done
    ("properly", "correctly") in a sentence with no reader in it ("The alert fired correctly";
    "again" still counts there: "whoever parked in the bay again")."""
    a, e = sentence
    if _WRITERS_CLAUSE.search(masked, a, at):
        return True
    return _READER.search(masked, a, e) is None and any(
        CUE_PATTERNS[i].rx.match(masked, at) for i in _HOW_ITS_DONE
    )


def piled_cues(scan: ChunkScan, quotes: list[tuple[int, int]], cues: list[int]) -> list[Finding]:
    """Sentences whose attitude cues add up to CUE_THRESHOLD, flagged for the weightiest
    (the chunk's sentences split only once a cue matches: most chunks have none)."""
    masked = scan.masked
    out = []
    sentences: list[tuple[int, int]] = []
    starts: list[int] = []
    seen: dict[int, dict[int, float]] = {}
    for cue in cues:  # heaviest first
        if not seen and CUES[cue][1] < ANCHOR_WEIGHT:
            break  # no anchor cue in the chunk: weak cues alone ("you", "again") flag nothing
        for m in CUE_PATTERNS[cue].finditer(masked):
            if not starts:
                sentences = scan.prose_sentences()
                starts = [a for a, _ in sentences]
            at = in_sentence(m, starts, sentences)
            if at is None or quoted(quotes, *m.span()):
                continue
            if cue in _MANNER_CUES and _not_the_readers(masked, sentences[at], m.start()):
                continue  # "I wanted to write it down properly": the writer's own doing
            seen.setdefault(at, {})[cue] = CUES[cue][1]
    for at, weights in seen.items():
        if sum(weights.values()) < CUE_THRESHOLD or max(weights.values()) < ANCHOR_WEIGHT:
            continue
        family = CUES[max(weights, key=weights.__getitem__)][2]
        a, e = sentences[at]
        text = re.sub(r"\s+", " ", masked[a:e]).strip()
        text = text if len(text) <= 60 else text[:57] + "..."
        out.append(Finding(a, e, family.rule, family.message.format(text=text), "warning"))
    return out
