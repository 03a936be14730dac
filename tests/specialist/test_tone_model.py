"""The learned attitude detector (``tone/attitude``) on a check set written before it was
trained (``tone_model_check``): whole-sentence attitudes worded apart from the corpus, and
plain sentences close to them.

Before the model the tone lens caught 14 of the 60 problems (its phrase rules) and flagged 1
of the 60 plain sentences; with it, 22 of 60 and still 1 (at the threshold cross-validation
picked, 0.72, before it was raised to 0.77 for the main set's committed precision: 24). The
misses stay here as strict xfails, so a change in either direction shows.
"""

from __future__ import annotations

import pytest

from services.specialist.rules.attitude.model import MODEL_PATH, RULE, features, model
from tests.specialist.cases import ATTITUDES, analyze
from tests.specialist.tone_model_check import PLAIN, PROBLEMS

FLAGGING = ATTITUDES | {"tone/negative", RULE}
RULES_ALONE = 14  # problems the phrase rules catch
WITH_MODEL = 22
# The check set's problems the lens misses, by their first words.
MISSED = (
    "Since spreadsheets seem", "I am sorry you feel", "For those of us",
    "I have kept the explanation", "Your draft shows", "Let me walk you",
    "You may not realise", "I will go ahead", "I hope this third", "Going forward",
    "Teams that keep", "I would hate", "Should the rent", "Anyone who leaves",
    "We know which accounts", "We apologise to anyone", "Mistakes were made",
    "If my comments", "We are sorry that you", "Apologies if the invoice",
    "You probably skimmed", "Like most new managers", "You have most likely",
    "People in your position", "The launch slipped because", "The outage lasted four hours, most",
    "The client walked away", "Congratulations to the planning", "I am sure the customer",
    "Thank you for the detailed", "Whether or not you", "I do not have time",
    "Suggestions of this kind", "Your gallery has done", "If attendance at",
    "Everyone else on the course", "We trust that this time", "Before you raise",
)  # fmt: skip
# A plain sentence the phrase rules flag (tone/negative on "rude"): an honest apology.
ALARMED = "I am sorry for interrupting you in the meeting; it was rude of me."


def _rules(text: str) -> set[str]:
    return {f.rule for f in analyze("tone", text, style="neutral")}


def _problem(text: str) -> object:
    miss = text.startswith(MISSED)
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason="missed")) if miss \
        else text  # fmt: skip


@pytest.mark.parametrize("text", [_problem(t) for _, t in PROBLEMS])
def test_a_whole_sentence_attitude_is_flagged(text: str) -> None:
    assert _rules(text) & FLAGGING


@pytest.mark.parametrize(
    "text",
    [pytest.param(t, marks=pytest.mark.xfail(strict=True)) if t == ALARMED else t for t in PLAIN],
)
def test_a_plain_sentence_close_to_an_attitude_is_not_flagged(text: str) -> None:
    assert not _rules(text) & FLAGGING


def test_the_model_adds_eight_catches_to_the_rules_on_the_check_set() -> None:
    found = [_rules(t) for _, t in PROBLEMS]
    assert sum(bool(r & (FLAGGING - {RULE})) for r in found) == RULES_ALONE
    assert sum(bool(r & FLAGGING) for r in found) == WITH_MODEL
    assert len(PROBLEMS) - WITH_MODEL == len(MISSED)


def test_the_model_flags_the_whole_sentence_without_an_edit() -> None:
    text = "Thanks for the update. I would have thought someone with your experience would know "
    text += "to copy legal on this."
    found = analyze("tone", text, style="neutral")
    assert [(f.rule, text[f.start : f.end], f.replacement) for f in found] == [
        (RULE, text[text.index("I would") :], None)
    ]
    assert found[0].severity == "warning"


def test_a_sentence_a_rule_flags_gets_no_second_finding_from_the_model() -> None:
    text = "Per my three previous emails, you should already know the invoice needs a PO number."
    rules = [f.rule for f in analyze("tone", text, style="neutral")]
    assert rules and RULE not in rules
    assert model().probability(text) >= model().threshold  # the model would have flagged it


def test_the_model_file_is_small_and_its_threshold_a_probability() -> None:
    assert MODEL_PATH.stat().st_size < 1_000_000
    m = model()
    assert 0.5 <= m.threshold < 1 and len(m.weights) > 1000


def test_names_and_numbers_are_not_features() -> None:
    assert features("Tell Priya the 42 invoices are late.") == features(
        "Tell Mark the 7 invoices are late."
    )
