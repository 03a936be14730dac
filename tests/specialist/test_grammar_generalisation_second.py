"""The grammar lens on a second set of wordings written apart from its rules
(``grammar_generalisation_second``): the kinds of error issue 14 names are caught, the
near-misses a naive rule would flag stay clean, and the edits are the right ones.

Before the rules were changed for this set: 71 of 87 caught, 7 of 80 near-misses flagged;
after the changes by class of error: 86 of 87, 0 of 80
(`.venv/bin/python -m tests.specialist.grammar_generalisation_second`).
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze
from tests.specialist.grammar_generalisation import caught, findings
from tests.specialist.grammar_generalisation_second import CLEAN, PROBLEMS


def test_second_set_wordings_of_grammar_errors_are_caught() -> None:
    missed = [p.marked for p in PROBLEMS if not caught(p)]
    assert len(missed) <= 2, missed


@pytest.mark.parametrize("text", CLEAN, ids=lambda t: t[:40])
def test_second_set_near_misses_stay_clean(text: str) -> None:
    assert findings(text) == []


def test_her_before_her_noun_becomes_she_not_she_and_she() -> None:
    text = "Her and her sister went to the launch together."
    edits = [(text[f.start : f.end], f.replacement) for f in analyze("grammar", text)]
    assert edits == [("Her", "She")]


def test_her_as_second_pronoun_of_a_subject_pair_is_still_fixed() -> None:
    text = "Me and her went to the shop."
    edits = [f.replacement for f in analyze("grammar", text)]
    assert edits == ["She and I"]


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        ("The price has rised twice since May.", "risen"),
        ("He drived to the office on Monday.", "drove"),
        ("By Friday the team had drived to every site.", "driven"),
    ],
)
def test_irregular_verb_edit_is_the_form_the_context_needs(text: str, edit: str) -> None:
    # Harper lists the two forms in a different order from run to run; the lens picks one.
    assert [f.replacement for f in analyze("grammar", text)] == [edit]


def test_irregular_verb_message_names_the_forms_in_the_order_of_the_edit() -> None:
    # Harper's own message follows its run-to-run order; the lens's names the edit first.
    [found] = analyze("grammar", "Someone throwed the old logs away.")
    assert found.replacement == "threw"
    assert found.message == "Use the irregular form 'threw' or 'thrown' instead of 'throwed'"


@pytest.mark.parametrize(
    "text",
    [
        "Tell me more later.",
        "There is more danger now.",
        "Nothing can effect change faster than a deadline.",
        "We will effect the transfer on Monday.",
        "We sent the users emails on Monday.",
        "We trained the staff members in May.",
        "The house proved its worth during the storm.",
        "They all accept the terms.",
        "We called the customers back on Monday.",
        "We moved the students upstairs for the exam.",
        "He mentioned there going to be a delay.",
    ],
    ids=lambda t: t[:40],
)
def test_harper_and_own_rules_leave_these_right_sentences_alone(text: str) -> None:
    assert findings(text) == []
