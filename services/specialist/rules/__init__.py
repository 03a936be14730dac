"""The built-in ``rules`` analyzers, one per lens: ``analyze(text, ctx) -> list[Finding]``.

Laid out by lens: ``grammar/`` (one module per sub-rule), ``clarity``, ``tone`` and
``structure``; beside them what the lenses share: ``scan`` (the chunk read once: ``masking``,
``blocks``, sentences), ``edits`` (shaping a fix), ``phrases`` (the list matcher) and
``words/`` (every word list, one module per lens).
"""

from __future__ import annotations

from collections.abc import Callable

from services.specialist.findings import Finding, LensContext
from services.specialist.rules import clarity, grammar, structure, tone
from shared.errors import SpecError

Analyzer = Callable[[str, LensContext], list[Finding]]

ANALYZERS: dict[str, Analyzer] = {
    "grammar": grammar.analyze,
    "clarity": clarity.analyze,
    "tone": tone.analyze,
    "structure": structure.analyze,
}


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


__all__ = ["ANALYZERS", "Analyzer", "UnknownLens", "analyzer_for"]
