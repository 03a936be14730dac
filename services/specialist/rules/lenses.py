"""The four analyzers, built: ``analyzer_for(lens)``, each edit re-checked by every sentence
lens (importing this module builds every pattern of every lens)."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules import clarity, grammar, structure, tone
from services.specialist.rules.gate import folded, word_runs
from services.specialist.rules.grammar import engine
from services.specialist.rules.grammar.dictionary import likely_verb
from services.specialist.rules.parsecache import READINGS
from services.specialist.rules.recheck import Analyzer, rechecked
from services.specialist.rules.recheck import _findings as recheck_findings
from services.specialist.rules.scan import scan_chunk
from shared.errors import SpecError

# The analyzers as written; ANALYZERS re-checks each edit they propose against them.
RAW_ANALYZERS: dict[str, Analyzer] = {
    "grammar": grammar.analyze,
    "clarity": clarity.analyze,
    "tone": tone.analyze,
    "structure": structure.analyze,
}


def _rechecking(lens: str) -> Analyzer:
    raw = RAW_ANALYZERS[lens]

    def analyze(text: str, ctx: LensContext) -> list[Finding]:
        return rechecked(text, raw(text, ctx), ctx, RAW_ANALYZERS)

    analyze.__doc__ = f"The {lens} findings, each edit re-checked by every sentence lens."
    return analyze


ANALYZERS: dict[str, Analyzer] = {lens: _rechecking(lens) for lens in RAW_ANALYZERS}
READINGS.save()  # every pattern is built: the next process reads their trees from the file


def forget_texts() -> None:
    """Empty every cache keyed by a chunk's text or its words (scans, Harper's lints and
    Linters, spelling suggestions, re-checks), so a benchmark measures a document the
    analyzers have not seen."""
    for cached in (scan_chunk, folded, word_runs, recheck_findings, likely_verb):
        cached.cache_clear()
    re.purge()  # the patterns built for a chunk's words ("\\bword\\b")
    engine.forget()


class UnknownLens(SpecError):
    """A lens configured with provider ``rules`` that has no built-in analyzer."""


def analyzer_for(lens: str) -> Analyzer:
    """The rules analyzer of ``lens``; UnknownLens says how to fix the spec otherwise."""
    try:
        return ANALYZERS[lens]
    except KeyError:
        known = ", ".join(sorted(ANALYZERS))
        raise UnknownLens(
            f"lens '{lens}' has no built-in rules analyzer (built in: {known}); "
            f"set model.provider to 'openai' in lens-{lens}.yaml to review it with a model"
        ) from None


__all__ = ["ANALYZERS", "RAW_ANALYZERS", "Analyzer", "UnknownLens", "analyzer_for", "forget_texts"]
