"""The grammar lens's false alarms on correct writing (issue 14, precision round of the gp8-*
documents): each benign construction stays clean in wordings other than the corpus's, and
the real error of the same shape is still caught."""

from __future__ import annotations

import pytest

from services.specialist.findings import LensContext
from services.specialist.rules.grammar import analyze as grammar
from tests.specialist.cases import analyze


def _rules(text: str) -> list[str]:
    return [f.rule for f in analyze("grammar", text)]


def _flagged(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze("grammar", text)]


@pytest.mark.parametrize(
    ("clean", "wrong", "word"),
    [
        # A number heads its phrase: plural.
        ("The two need separate budgets.", "The budget need a review.", "need"),
        # "last" + a time noun inside the subject phrase is no verb.
        (
            "The feedback from three pilot sites last spring is encouraging.",
            "The feedback from three pilot sites are encouraging.",
            "are",
        ),
        # An ordinal or a comparative before a word makes it the noun.
        (
            "Every earlier release in that series needs a patch.",
            "Each reading include a timestamp.",
            "include",
        ),
        # A relative clause after "<plural> in the <singular>" may belong to either noun.
        (
            "We chose nine libraries in the county that have late opening.",
            "We thanked the volunteer that have helped.",
            "have",
        ),
        # 'that' before a plain verb after a singular noun opens a clause with its own subject.
        (
            "This note is a reminder that expense forms for the retreat are due.",
            "The engineers who maintain the service was late.",
            "was",
        ),
        # "most of" counts the noun after it, not the last word before the verb.
        (
            "Most of the testing done in Paris has finished.",
            "Most of the new tablets works well.",
            "works",
        ),
        # "once a week" is how often, not the subordinator 'once'.
        (
            "The stalls that open their shutters once a month have loyal buyers.",
            "The stalls has loyal buyers.",
            "has",
        ),
        # "a big thank you" is the noun.
        (
            "A huge thank you to the caretakers.",
            "The manager thank you for your patience.",
            "thank",
        ),
    ],
)
def test_agreement_near_miss_stays_clean_and_error_is_caught(
    clean: str, wrong: str, word: str
) -> None:
    assert "grammar/subject-verb" not in _rules(clean)
    assert word in _flagged(wrong)


@pytest.mark.parametrize(
    "text",
    [
        # A fronted phrase whose noun has a relative clause without 'that'.
        "From the report we received, the pumps fail every spring.",
        "In the draft you shared, the totals look right.",
        # A command and a list of objects, the last one a clause.
        "List the venue, the dates, the fee and what the trip teaches you.",
    ],
)
def test_comma_splice_near_miss_stays_clean(text: str) -> None:
    assert "grammar/comma-splice" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The printer jammed, we fixed it.",
        "List the venue, the fee is high.",
        "Check the draft you shared, the totals look wrong.",
    ],
)
def test_comma_splice_of_the_same_shape_is_caught(text: str) -> None:
    assert "grammar/comma-splice" in _rules(text)


def test_company_abbreviation_does_not_end_the_sentence() -> None:
    assert "grammar/capitalization" not in _rules("Pepper & Co. is a spice shop in Leith.")
    assert "grammar/capitalization" not in _rules("Brant Bros. makes ladders.")
    assert "grammar/capitalization" in _rules("We met the buyer. the price was fine.")


def test_that_before_a_time_noun_is_not_than() -> None:
    assert "grammar/harper-that-than" not in _rules(
        "The valves were changed later that morning by the night crew."
    )
    assert "than" in [
        f.replacement for f in analyze("grammar", "The new van is bigger that the old one.")
    ]


def test_tool_named_in_the_opening_heading_is_no_misspelling() -> None:
    text = "## Help\n\nIf quillsort stops, restart it and send us the log.\n"
    ctx = LensContext("grammar", format="markdown", chunk_id=1, chunks_total=2)
    named = LensContext(
        "grammar", format="markdown", chunk_id=1, chunks_total=2, doc_title="quillsort"
    )
    assert "grammar/misspelling" in [f.rule for f in grammar(text, ctx)]
    assert "grammar/misspelling" not in [f.rule for f in grammar(text, named)]
