"""A specialist warms its analyzers up before it reads its first task."""

from __future__ import annotations

from typing import Any

import pytest

from services.contract.specs import lens_spec
from services.contract.store import DocSettings
from services.specialist.handler import make_specialist
from services.specialist.main import warm_up
from services.specialist.rules import clarity


async def test_clarity_warm_up_runs_the_readability_formulas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # textstat's first call is what made the first review slow: the warm-up must reach it.
    calls: list[str] = []
    real = clarity._readability.flesch_reading_ease

    def counting(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(clarity._readability, "flesch_reading_ease", counting)
    specialist = make_specialist(lens_spec(DocSettings(), "clarity"), "clarity")
    calls.clear()  # make_specialist's own short warm-up sentence never reaches it
    await warm_up(specialist, "clarity")
    assert calls, "the warm-up paragraph is too short for the readability rule"


@pytest.mark.parametrize("lens", ["grammar", "clarity", "tone", "structure"])
async def test_every_rules_lens_warms_up_without_error(lens: str) -> None:
    await warm_up(make_specialist(lens_spec(DocSettings(), lens), lens), lens)
