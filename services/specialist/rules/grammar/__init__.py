"""The grammar lens: agreement, articles, confusable words, repeats, capitals, spacing, spelling."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.grammar.agreement import agreement
from services.specialist.rules.grammar.articles import articles
from services.specialist.rules.grammar.capitals import CAPITALS, capitals
from services.specialist.rules.grammar.confusables import confusables
from services.specialist.rules.grammar.nouns import noun_agreement
from services.specialist.rules.grammar.repeats import repeated_words
from services.specialist.rules.grammar.spacing import spacing
from services.specialist.rules.grammar.spelling import spelling
from services.specialist.rules.scan import ChunkScan, scan_chunk

# The grammar sub-rules, in the order their findings are merged.
_CHECKS: tuple[Callable[[ChunkScan, LensContext], list[Finding]], ...] = (
    repeated_words,
    articles,
    agreement,
    noun_agreement,
    confusables,
    capitals,
    spacing,
    spelling,
)


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Grammar findings for one chunk (local offsets): every sub-rule reads one scan."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    found = [f for check in _CHECKS for f in check(scan, ctx)]
    return _merge_capitals(found)


def _merge_capitals(found: list[Finding]) -> list[Finding]:
    """A sentence-start capital folds into another fix of the same word ("your" -> "You're")."""
    caps = [f for f in found if f.rule == CAPITALS]
    at = {c.start: c for c in caps}
    merged: set[int] = set()
    out = []
    for f in found:
        if f.rule == CAPITALS:
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
