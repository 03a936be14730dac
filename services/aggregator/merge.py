"""Merging partials into a summary: de-duplication, edit conflicts, ranking, scores."""

from __future__ import annotations

import math
from collections import Counter

from services.contract.models import SEVERITY_RANK, LensReport, Partial, Suggestion

WEIGHT = {"error": 3.0, "warning": 2.0, "info": 1.0}
# Score = 100 × exp(−density / 10), density = severity-weighted findings per 100 words, with
# texts shorter than 100 words counted as 100: one "!!!" (info) in a 13-word text scores 90,
# not 23; one warning in 200 words 90; one error per 100 words 74; ten errors per 100 words 5.
DENSITY_SCALE = 10.0
MIN_WORDS = 100
DROPPED_EDIT_NOTE = " (edit withheld: it overlaps a higher-priority edit)"


def _priority(s: Suggestion, lens_order: dict[str, int]) -> tuple[int, int, int, int]:
    return (SEVERITY_RANK[s.severity], s.end - s.start, lens_order.get(s.lens, 99), s.start)


def resolve(suggestions: list[Suggestion], lens_order: list[str]) -> list[Suggestion]:
    """De-duplicate across lenses and settle overlapping edits; sorted by position, severity.

    Two findings are duplicates when they cover the same span and propose the same edit
    (or both propose none with the same message): the higher-priority one is kept.
    Overlapping edits cannot both be applied: the edit of higher severity wins, then the
    narrower span, then lens order; the other keeps its message but loses its replacement.
    """
    order = {lens: i for i, lens in enumerate(lens_order)}
    ranked = sorted(suggestions, key=lambda s: _priority(s, order))
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for s in ranked:
        key = (s.start, s.end, s.replacement if s.replacement is not None else f"msg:{s.message}")
        if key not in seen:
            seen.add(key)
            unique.append(s)
    accepted_edits: list[tuple[int, int]] = []
    out = []
    for s in unique:
        if s.replacement is not None:
            clash = any(
                (s.start < e and a < s.end) or (s.start == s.end == a) for a, e in accepted_edits
            )
            if clash:
                s = s.model_copy(
                    update={"replacement": None, "message": s.message + DROPPED_EDIT_NOTE}
                )
            else:
                accepted_edits.append((s.start, s.end))
        out.append(s)
    out.sort(key=lambda s: (s.start, SEVERITY_RANK[s.severity], s.end, s.lens, s.rule))
    return out


def score(suggestions: list[Suggestion], words: int) -> float:
    """0–100: fewer and milder findings per word score higher (a density curve, see above)."""
    weighted = sum(WEIGHT[s.severity] for s in suggestions)
    density = weighted * 100.0 / max(words, MIN_WORDS)
    return round(100.0 * math.exp(-density / DENSITY_SCALE), 1)


def lens_reports(
    partials: list[Partial], suggestions: list[Suggestion], lenses: list[str]
) -> dict[str, LensReport]:
    """Per-lens score, counts by severity and suggestions, for the lenses that answered."""
    words: Counter[str] = Counter()
    for p in partials:
        words[p.lens] += p.words
    answered = {p.lens for p in partials}
    reports = {}
    for lens in lenses:
        if lens not in answered:
            continue
        mine = [s for s in suggestions if s.lens == lens]
        counts = Counter(s.severity for s in mine)
        reports[lens] = LensReport(
            score=score(mine, words[lens]),
            counts={k: counts.get(k, 0) for k in ("error", "warning", "info")},
            suggestions=mine,
        )
    return reports
