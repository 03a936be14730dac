"""The tone lens on its second and third development sets (issue 14, thirteenth round).

``tone_dev_set2`` holds 200 sentences (50 each of condescension, passive aggression, sarcasm and
dismissal, most of them without a stock phrase) and 150 plain sentences close to them, written
by a helper that read neither the rules nor the corpus. The first 35 of each family were tuned
on (``attitude/subtext.py``); the last 15 were not. Before the round the lens caught 43 of the
140 tuned-on problems and 16 of the 60 others and flagged 1 of the 150 plain sentences; after
it, 138 of 140, 17 of 60, still 1.

``tone_dev_set3`` (160 problems, 40 per family, and 120 plain sentences, written the same way
after the round's shapes were) was never looked at beyond these counts: 56 of 160 caught before
the round, 63 after, 2 of 120 plain sentences flagged both times. The gap between 138 of 140 and
63 of 160 is what the phrase shapes do not generalise; the counts are pinned so a change in
either direction shows.
"""

from __future__ import annotations

import collections

import pytest

from tests.specialist import tone_dev_set2, tone_dev_set3
from tests.specialist.cases import ATTITUDES, analyze

FLAGGING = ATTITUDES | {"tone/negative"}
TUNED_PER_FAMILY = 35
MISSED_TUNED = ("Fantastic news, the new", "How wonderful that the")
FLAGGED_PLAIN = ("This is a minor",)  # "feel free to ignore it" read as a brush-off
CAUGHT_UNSEEN = 17
# Set three, by family: caught of 40; and its plain sentences flagged.
CAUGHT_SET3 = {"condescending": 16, "passive-aggressive": 21, "sarcasm": 14, "dismissive": 12}
FLAGGED_PLAIN_SET3 = 2


def _flags(text: str) -> bool:
    return bool({f.rule for f in analyze("tone", text, style="neutral")} & FLAGGING)


def _split() -> tuple[list[str], list[str]]:
    seen: collections.Counter[str] = collections.Counter()
    tuned, unseen = [], []
    for family, text in tone_dev_set2.PROBLEMS:
        seen[family] += 1
        (tuned if seen[family] <= TUNED_PER_FAMILY else unseen).append(text)
    return tuned, unseen


TUNED, UNSEEN = _split()


def _params(texts: list[str], marked: tuple[str, ...], reason: str) -> list[object]:
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=reason))
        if t.startswith(marked)
        else t
        for t in texts
    ]


@pytest.mark.parametrize("text", _params(TUNED, MISSED_TUNED, "missed"))
def test_a_tuned_on_attitude_is_flagged(text: str) -> None:
    assert _flags(text)


@pytest.mark.parametrize("text", _params(tone_dev_set2.PLAIN, FLAGGED_PLAIN, "false alarm"))
def test_a_plain_sentence_is_not_flagged(text: str) -> None:
    assert not _flags(text)


def test_the_part_not_tuned_on_scores_as_recorded() -> None:
    assert sum(_flags(t) for t in UNSEEN) == CAUGHT_UNSEEN


def test_the_third_set_scores_as_recorded() -> None:
    caught: collections.Counter[str] = collections.Counter()
    for family, text in tone_dev_set3.PROBLEMS:
        caught[family] += _flags(text)
    assert dict(caught) == CAUGHT_SET3
    assert sum(_flags(t) for t in tone_dev_set3.PLAIN) == FLAGGED_PLAIN_SET3
