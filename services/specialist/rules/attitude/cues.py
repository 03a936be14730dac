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

# A clause the writer is the subject of, with no reader in it, up to a cue of manner: what
# the writer does "properly" is not aimed at anyone.
_MANNER_CUES = frozenset({"properly|correctly"})
_WRITERS_CLAUSE = re.compile(
    r"(?<![\w'’])(?:I|we|We)(?:['’](?:ve|d|ll|m))?[ \t]+(?:(?!you\b|your\b)[^,;:.!?\n])*\Z"
)
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
            if CUES[cue][0] in _MANNER_CUES and _WRITERS_CLAUSE.search(
                masked, sentences[at][0], m.start()
            ):
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
