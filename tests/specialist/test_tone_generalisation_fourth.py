"""The tone lens on the fourth check set (``tone_generalisation_fourth``): attitudes and register
problems of workplace writing in new wordings are caught, and plain near-misses that share
their words stay clean."""

from __future__ import annotations

from tests.specialist.tone_generalisation import caught, findings
from tests.specialist.tone_generalisation_fourth import FOURTH_PLAIN, FOURTH_PROBLEMS


def test_workplace_attitudes_in_new_wordings_are_caught() -> None:
    missed = [p.text for p in FOURTH_PROBLEMS if not caught(p)]
    assert len(missed) <= 59, missed  # 28 of 87 before any rule was changed for the set


def test_plain_workplace_near_misses_are_rarely_flagged() -> None:
    flagged = [p.text for p in FOURTH_PLAIN if findings(p)]
    assert len(flagged) <= 3, flagged  # 3 of 97 before any rule was changed for the set
