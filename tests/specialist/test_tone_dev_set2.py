"""The tone lens on its second, third and fourth development sets (issue 14, thirteenth round).

Each set was written by a helper that read neither the rules nor the corpus: sentences of
condescension, passive aggression, sarcasm and dismissal, most of them without a stock phrase,
and plain sentences close to them. The round went in two steps, each measured on a set it had
not seen:

- ``tone_dev_set2`` (200 problems, 50 per family; 150 plain). Step one tuned on the first 35 of
  each family (``attitude/subtext.py``): 43 -> 138 of those 140, 16 -> 17 of the other 60, plain
  sentences flagged 1 -> 1.
- ``tone_dev_set3`` (160 problems, 40 per family; 120 plain), written after step one: 56 -> 63
  of 160 caught by step one, 2 plain flagged before and after.
- Step two tuned on what steps one missed in sets two and three (and two plain false alarms:
  "there's no excuse" closing an apology, "..., so feel free to ignore it"), keeping the shapes
  that name a construction and dropping those that only restate a sentence. The plain-sentence
  fixes of ``test_tone_plain_set5.py`` cleared the last one ("..., and I know that's
  disappointing news").
- ``tone_dev_set4`` (160 problems, 40 per family; 120 plain), written after step one and never
  looked at beyond these counts: 46 of 160 before the round, 50 after step one, 51 after step
  two; 6 plain sentences flagged throughout.

So the shapes generalise little: a set tuned on is caught almost whole, a new one gains four or
five sentences in a hundred. The counts are pinned so a change in either direction shows; the
misses of the sets tuned on are strict xfails.
"""

from __future__ import annotations

import collections

import pytest

from tests.specialist import tone_dev_set2, tone_dev_set3, tone_dev_set4
from tests.specialist.cases import ATTITUDES, analyze

FLAGGING = ATTITUDES | {"tone/negative"}
# The problems of sets two and three the lens misses, by their first words.
MISSED = (
    "Let me translate what", "Dear parents, reading with", "Think of the API",
    "The proposal is ambitious", "Congratulations on the promotion;", "Fantastic news, the new",
    "How wonderful that the", "Thanks ever so much", "Love the new open-plan",
    "The postmortem concluded, to", "Thank you for explaining", "Really reassuring that the",
    "Sure, let's schedule a", "Your proposal promises to", "I don't think your",
    "Dad, the paperclip is", "For those residents who", "The form has only",
    "Going forward, it would be wonderful", "Interesting that the review", "To the parent who",
    "I'd love to know", "I hope this reminder", "I'll assume the silence",
    "Residents are kindly asked", "I've taken the liberty", "No rush at all",
    "It's fine that you", "I'd offer to help,", "Your 'within 48 hours'", "Love how the new",
    "Nice of the landlord", "Three hours in the", "Sure, Mum, I'll just", "Yes, I'm positive a",
    "Oh, absolutely, let's schedule", "How generous of the council",
    "Thanks for the heads-up about the outage, which",
    "Do keep opening issues", "Oh, don't apologise for", "Lovely to hear the",
    "Really appreciate the two-hour", "I'm thrilled to be", "Noted. Was there anything",
    "Mould in a basement", "We're not going to", "The heating works fine",
)  # fmt: skip
# Set four, never tuned on: caught of 40 by family; plain sentences flagged of 120.
CAUGHT_SET4 = {"condescending": 13, "passive-aggressive": 13, "sarcasm": 10, "dismissive": 15}
FLAGGED_PLAIN_SET4 = 6


def _flags(text: str) -> bool:
    return bool({f.rule for f in analyze("tone", text, style="neutral")} & FLAGGING)


def _params(texts: list[str], marked: tuple[str, ...], reason: str) -> list[object]:
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=reason))
        if t.startswith(marked)
        else t
        for t in texts
    ]


TUNED = [text for _, text in tone_dev_set2.PROBLEMS + tone_dev_set3.PROBLEMS]
PLAIN = tone_dev_set2.PLAIN + tone_dev_set3.PLAIN


@pytest.mark.parametrize("text", _params(TUNED, MISSED, "missed"))
def test_a_tuned_on_attitude_is_flagged(text: str) -> None:
    assert _flags(text)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_sentence_is_not_flagged(text: str) -> None:
    assert not _flags(text)


def test_the_misses_are_listed_once_each() -> None:
    assert len(TUNED) - sum(_flags(t) for t in TUNED) == len(MISSED)


def test_the_set_never_tuned_on_scores_as_recorded() -> None:
    caught: collections.Counter[str] = collections.Counter()
    for family, text in tone_dev_set4.PROBLEMS:
        caught[family] += _flags(text)
    assert dict(caught) == CAUGHT_SET4
    assert sum(_flags(t) for t in tone_dev_set4.PLAIN) == FLAGGED_PLAIN_SET4
