"""``provider: rules+openai``: the rules review a chunk first, then the model, told what they
found, looks for what they missed. The model answers less and costs less; the findings are
merged so that one problem is reported once, by the rules when both saw it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from services.specialist.findings import Finding, LensContext


class _Rules(Protocol):
    async def review(self, text: str, ctx: LensContext) -> list[Finding]: ...

    async def aclose(self) -> None: ...


class _Model(Protocol):
    async def review(
        self, text: str, ctx: LensContext, known: Sequence[Finding] = ()
    ) -> list[Finding]: ...

    async def aclose(self) -> None: ...


def merged(rules: list[Finding], model: list[Finding]) -> list[Finding]:
    """The rules' findings, then the model's that overlap none of them nor each other."""
    kept = list(rules)
    for f in model:
        if not any(_overlap(f, k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))


def _overlap(a: Finding, b: Finding) -> bool:
    if a.start == a.end or b.start == b.end:  # an insertion point: the same spot is the same
        return a.start == b.start
    return a.start < b.end and b.start < a.end


class RulesThenModel:
    """Runs the rules, then asks the model with the rules' findings in its prompt."""

    def __init__(self, rules: _Rules, model: _Model) -> None:
        self.rules = rules
        self.model = model

    async def review(self, text: str, ctx: LensContext) -> list[Finding]:
        """The rules' findings merged with what the model adds."""
        found = await self.rules.review(text, ctx)
        added = await self.model.review(text, ctx, known=found)
        return merged(found, added)

    async def aclose(self) -> None:
        """Release the model's HTTP client."""
        await self.rules.aclose()
        await self.model.aclose()
