"""The tone lens on its development set (``tone_dev_set``, issue 14, twelfth round): 240
sentences in eight families (condescension, passive aggression, sarcasm, blame, dismissal,
threat, non-apology, presumption) and 200 plain sentences close to them, written by a helper
that read neither the rules nor the evaluation corpus.

The first 20 sentences of each family were tuned on (``attitude/stances.py``); the last 10
were not, and the plain sentences were split the same way (even ones tuned on, odd ones not).
Before the round the lens caught 65 of the 160 tuned-on problems and 16 of the 80 others,
and flagged none of the 200 plain sentences; after it, 154 of 160 and 44 of 80, still none.
The thirteenth round's subtext (``attitude/subtext.py``, from ``tone_dev_set2`` and
``tone_dev_set3``) catches five more of the 80: 49.
The misses stay here as strict xfails, so a change in either direction shows.
"""

from __future__ import annotations

import collections

import pytest

from tests.specialist.cases import ATTITUDES, analyze
from tests.specialist.tone_dev_set import PLAIN, PROBLEMS

FLAGGING = ATTITUDES | {"tone/negative"}
TUNED_PER_FAMILY = 20
# The problems the lens misses, by their first words: tuned on, then not.
MISSED_TUNED = (
    "Bless you for trying",
    "Congratulations to facilities for",
    "I'm thrilled that the",
    "Sign the renewal today,",
    "Sorry you had to",
    "As a first-time buyer,",
)
MISSED_UNSEEN = (
    "Most parents manage to", "Your cover letter is", "The applicant seems to",
    "Simply put, for the", "Let's go back to", "You may not be", "Honestly, I thought everyone",
    "Just a gentle nudge,", "Noted that the brief",
    "Thank you to everyone", "Per our agreement, which",
    "Good to know the", "Oh look, the meeting",
    "How refreshing to receive", "I see the new", "Apparently the password policy",
    "Well done on discovering", "The customer data was", "Honestly, the survey results",
    "I'm not going to", "We've already decided, so",
    "People will complain about", "Yeah, I'll look at",
    "Your mould issue sounds", "The bug only affects", "You have until Friday",
    "Apologies to anyone who", "I apologise for nothing,", "Judging by the question,",
    "You'll no doubt want", "Your daughter probably hasn't",
)  # fmt: skip
CAUGHT_TUNED, CAUGHT_UNSEEN = 154, 49


def _split() -> tuple[list[str], list[str]]:
    seen: collections.Counter[str] = collections.Counter()
    tuned, unseen = [], []
    for family, text in PROBLEMS:
        seen[family] += 1
        (tuned if seen[family] <= TUNED_PER_FAMILY else unseen).append(text)
    return tuned, unseen


TUNED, UNSEEN = _split()


def _flags(text: str) -> bool:
    return bool({f.rule for f in analyze("tone", text, style="neutral")} & FLAGGING)


def _params(texts: list[str], missed: tuple[str, ...]) -> list[object]:
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="missed"))
        if t.startswith(missed)
        else t
        for t in texts
    ]


@pytest.mark.parametrize("text", _params(TUNED, MISSED_TUNED))
def test_a_tuned_on_attitude_is_flagged(text: str) -> None:
    assert _flags(text)


@pytest.mark.parametrize("text", _params(UNSEEN, MISSED_UNSEEN))
def test_an_attitude_not_tuned_on_is_flagged(text: str) -> None:
    assert _flags(text)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_sentence_close_to_an_attitude_is_not_flagged(text: str) -> None:
    assert not _flags(text)


def test_the_counts_in_the_docstring() -> None:
    assert len(TUNED) - len(MISSED_TUNED) == CAUGHT_TUNED
    assert len(UNSEEN) - len(MISSED_UNSEEN) == CAUGHT_UNSEEN
    assert sum(map(_flags, TUNED)) == CAUGHT_TUNED
    assert sum(map(_flags, UNSEEN)) == CAUGHT_UNSEEN
