"""Sentence boundaries: comma splices (two main clauses joined by a comma alone) and
fragments (a subordinate clause standing as a sentence)."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set

# A subject pronoun + a finite verb right after a comma starts a second main clause.
_SPLICE = re.compile(
    r",[ \t]+(?:however,[ \t]+)?(?:I|we|they|he|she|it|you)[ \t]+(?:am|is|are|was|were|"
    r"went|had|will|can|could|did|need|needs|must|should|have|has|[a-z]+ed)\b"
)
# A first clause with its own subject and finite verb ("It was late").
_CLAUSE = re.compile(
    r"^(?:I|We|They|He|She|It|You|This|That|The [a-z]+)[ \t]+(?:am|is|are|was|were|had|has|"
    r"have|will|can|did|[a-z]+ed)\b"
)
_SUBORDINATE = word_set(
    """when if because although though while after before since as once until unless whereas
    whether so that which who where"""
)
_FRAGMENT = re.compile(r"^(?:Because|Although|Though|Whereas|Unless|Even though|Since)[ \t]")


def sentence_shape(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Comma splices (warning, edit ';') and fragments (info, no edit)."""
    masked = scan.masked
    out = []
    for a, e in scan.prose_sentences(("paragraph", "quote")):
        sentence = masked[a:e]
        if _CLAUSE.match(sentence):
            m = _SPLICE.search(sentence)
            if m and not _SUBORDINATE.intersection(sentence[: m.start()].lower().split()):
                at = a + m.start()
                out.append(Finding(at, at + 1, "grammar/comma-splice",
                                   "Comma splice: two sentences joined by a comma; use a "
                                   "semicolon or a full stop", "warning", ";"))  # fmt: skip
        if _FRAGMENT.match(sentence) and "," not in sentence and sentence.rstrip().endswith("."):
            words = len(sentence.split())
            if words <= 20:
                out.append(Finding(a, e, "grammar/fragment",
                                   "Fragment: this clause needs a main clause; join it to the "
                                   "sentence before or after", "warning"))  # fmt: skip
    return out
