"""The tone lens on a check set written for issue 14's learned attitude detector
(``tone_model_check``, written before any training and worded apart from the corpus):
whole-sentence attitudes (condescension, passive aggression, veiled threats, non-apologies,
presumption, blame, sarcasm, dismissiveness) and plain sentences close to them.

The phrase rules caught 14 of the 60 problems and flagged 1 of the 60 plain sentences; with
the stances of the twelfth round (``attitude/stances.py``, written from the first 20 sentences
of each family in ``tone_dev_set``) they catch 20 and still flag 1; with the subtext of the
thirteenth round (``attitude/subtext.py``, from ``tone_dev_set2`` and ``tone_dev_set3``) 22,
and no plain sentence once an apology the writer voices ("I am sorry for interrupting you
...; it was rude of me") is no negative verdict. A learned
detector (NB-weighted logistic regression over words and word pairs, trained on the main set
and the other tone sets) raised that to 22 of 60 here, but in grouped cross-validation on the
main set it added no catch the rules had not made and only false alarms (at its threshold 7
findings out of fold, none a hit; at lower thresholds 80 findings for 4 hits), so it was not
kept (docs/performance.md has its figures). The misses stay here as strict xfails, so a change
in either direction shows.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import ATTITUDES, analyze
from tests.specialist.tone_model_check import PLAIN, PROBLEMS

FLAGGING = ATTITUDES | {"tone/negative"}
CAUGHT = 22
# The check set's problems the lens misses, by their first words.
MISSED = (
    "Since spreadsheets seem",
    "For those of",
    "I have kept",
    "Most applicants manage",
    "You may not",
    "It is actually",
    "Some of us",
    "I will go",
    "I hope this",
    "Going forward, it",
    "Teams that keep",
    "I would hate",
    "Should the rent",
    "Anyone who leaves",
    "It would be",
    "We know which",
    "We apologise to",
    "I am sorry",
    "Apologies if the",
    "Like most new",
    "People in your",
    "You will no",
    "The outage lasted",
    "The client walked",
    "Congratulations to the",
    "I am sure",
    "Thank you for",
    "We are not",
    "Whether or not",
    "I do not",
    "Suggestions of this",
    "Your gallery has",
    "If attendance at",
    "Everyone else on",
    "I would have",
    "We trust that",
    "Before you raise",
    "We regret that",
)


def _rules(text: str) -> set[str]:
    return {f.rule for f in analyze("tone", text, style="neutral")}


def _problem(text: str) -> object:
    if text.startswith(MISSED):
        return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason="missed"))
    return text


@pytest.mark.parametrize("text", [_problem(t) for _, t in PROBLEMS])
def test_a_whole_sentence_attitude_is_flagged(text: str) -> None:
    assert _rules(text) & FLAGGING


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_sentence_close_to_an_attitude_is_not_flagged(text: str) -> None:
    assert not _rules(text) & FLAGGING


def test_the_rules_catch_twenty_two_of_sixty() -> None:
    assert sum(bool(_rules(t) & FLAGGING) for _, t in PROBLEMS) == CAUGHT
    assert len(PROBLEMS) - CAUGHT == len(MISSED)
