"""Every edit is re-checked: applied to its sentence, a replacement must raise no new finding of
any sentence lens (grammar, clarity, tone), or the next alternative is tried, or the edit is
withheld and the finding keeps only its message.

"He dont like it." gets "doesn't", not "don't" (which the agreement rule would flag), and in
formal writing "does not". Structure is not consulted: its findings are about blocks and
headings, which an edit inside a sentence does not change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import lru_cache

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_case
from services.specialist.rules.scan import scan_chunk
from services.specialist.rules.words.tone import CONTRACTIONS

Analyzer = Callable[[str, LensContext], list[Finding]]
RECHECK_LENSES = ("grammar", "clarity", "tone")
WITHHELD = " (no safe edit: each one would raise another problem)"
_DIGITS = re.compile(r"-?\d+(?:\.\d+)?")


def rechecked(
    text: str, findings: list[Finding], ctx: LensContext, analyzers: Mapping[str, Analyzer]
) -> list[Finding]:
    """``findings`` with each replacement kept, swapped for a safe alternative, or withheld."""
    out = []
    for f in findings:
        if f.replacement is None:
            out.append(f)
            continue
        a, e = _window(text, ctx, f.start, f.end)
        window, start, end = text[a:e], f.start - a, f.end - a
        chosen = None
        for candidate in _candidates(f.replacement, f.alternatives):
            patched = window[:start] + candidate + window[end:]
            if _safe(window, patched, start, end, len(candidate), ctx, analyzers):
                chosen = candidate
                break
        if chosen is None:
            out.append(replace(f, replacement=None, alternatives=(), message=f.message + WITHHELD))
        else:
            out.append(replace(f, replacement=chosen, alternatives=()))
    return out


def _candidates(replacement: str, alternatives: tuple[str, ...]) -> list[str]:
    """The edit, its alternatives, then each contraction among them spelled out (formal)."""
    edits = [replacement, *alternatives]
    spelled = [
        match_case(e, CONTRACTIONS[e.lower().replace("’", "'")])
        for e in edits
        if e.lower().replace("’", "'") in CONTRACTIONS
    ]
    return list(dict.fromkeys(edits + spelled))


# A sentence or line longer than this is re-checked only around the edit: text with no
# sentence ends (a hostile or garbled document) would otherwise be analysed whole once per
# edit, a cost that grows with the square of its length (a 10,000-character run: 20 s).
MAX_WINDOW = 600


def _window(text: str, ctx: LensContext, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (or its line, outside prose), narrowed to
    whole words within ``MAX_WINDOW // 2`` characters of the edit when it is longer."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    for a, e in scan.prose_sentences():
        if a <= start and end <= e:
            return _narrowed(text, a, e, start, end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _narrowed(text, line_start, len(text) if line_end < 0 else line_end, start, end)


def _narrowed(text: str, a: int, e: int, start: int, end: int) -> tuple[int, int]:
    """``a..e``, or the whole words of it within ``MAX_WINDOW // 2`` of ``start..end``. Both
    sides of a comparison are read in the same window, so its cut ends count for neither."""
    if e - a <= MAX_WINDOW:
        return a, e
    half = MAX_WINDOW // 2
    if start - half > a:
        cut = text.find(" ", start - half, start)
        a = cut + 1 if cut >= 0 else start - half
    if end + half < e:
        cut = text.rfind(" ", end, end + half)
        e = cut if cut >= 0 else end + half
    return a, e


def _safe(
    window: str,
    patched: str,
    start: int,
    end: int,
    length: int,
    ctx: LensContext,
    analyzers: Mapping[str, Analyzer],
) -> bool:
    """Whether ``patched`` (``window`` with ``window[start:end]`` replaced by ``length``
    characters) raises no finding near the edit that the window did not have there.

    Lens by lens (their rules differ, so no finding of one offsets another's), and the
    window itself is analysed only when the patched one has something near the edit: most
    edits leave their sentence clean, and then nothing needs comparing.
    """
    for lens in RECHECK_LENSES:
        analyze = analyzers.get(lens)
        if analyze is None:
            continue
        lens_ctx = replace(ctx, lens=lens)
        after = _rules_near(analyze, patched, start, start + length, lens_ctx)
        if after and after - _rules_near(analyze, window, start, end, lens_ctx):
            return False
    return True


def _rules_near(
    analyze: Analyzer, text: str, start: int, end: int, ctx: LensContext
) -> Counter[tuple[str, str]]:
    """The findings touching ``text[start-1:end+1]``, counted by rule and message.

    The message tells "'!!!' reads as shouting" from "avoid '!' in formal writing"; its
    figures are dropped, as a sentence's sentiment score moves with any edit in it, and its
    case, as a message may quote the words a case fix changes ("'TOTALLY' overstates"). Advice
    (severity info) counts by rule alone: its message quotes the words the edit may change,
    and "Passive voice ('were raised')" after "was raised" is the same passive, not a new one.
    """
    found: Counter[tuple[str, str]] = Counter()
    for g in _findings(analyze, text, ctx):
        if g.start <= end and start <= g.end:
            message = "" if g.severity == "info" else _DIGITS.sub("", g.message).lower()
            found[(g.rule, message)] += 1
    return found


@lru_cache(maxsize=256)
def _findings(analyze: Analyzer, text: str, ctx: LensContext) -> tuple[Finding, ...]:
    """One sentence's findings: edits in the same sentence share its "before"."""
    return tuple(analyze(text, ctx))
