"""The clarity and structure lenses on a fresh check set (issue 14, third round): clean
documents of 150-400 words stay near the false-alarm target, planted problems are caught, and
the classes behind those figures hold one by one, with their near misses."""

from __future__ import annotations

import pytest

from tests.eval.scoring import score
from tests.specialist.cases import analyze
from tests.specialist.clarity_generalisation import clarity_docs, clean_docs, per_1k
from tests.specialist.clarity_structure_fresh import (
    CLARITY_HELD_BACK,
    CLARITY_LAST,
    CLARITY_PROBLEMS,
    CLEAN,
    CLEAN_HELD_BACK,
    CLEAN_LAST,
    STRUCTURE_PROBLEMS,
    structure_docs,
)

LAST = {"format": "markdown", "chunk_id": 0, "chunks_total": 1, "doc_words": 400}


def _found(lens: str, text: str, **ctx: object) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in analyze(lens, text, **ctx)]


def test_the_check_set_is_as_large_as_the_brief_asks() -> None:
    gold = sum(len(d.gold) for d in clarity_docs(CLARITY_PROBLEMS))
    assert gold >= 60
    assert len(STRUCTURE_PROBLEMS) >= 20
    assert len(CLEAN) >= 15
    assert all(150 <= len(text.split()) <= 400 for _, _, text in CLEAN)


def test_clean_documents_raise_few_clarity_alarms() -> None:
    # 32 before this round (11.53 a 1,000 words); the 4 left are passives a reviewer could
    # argue either way ("Claims are approved by your line manager").
    docs = clean_docs(CLEAN)
    assert score(docs, "clarity").fp <= 4
    held = clean_docs(CLEAN_HELD_BACK)
    assert score(held, "clarity").fp <= 3  # 5 when first scored
    last = clean_docs(CLEAN_LAST)
    assert score(last, "clarity").fp <= 2  # 3 when first scored


def test_clean_documents_raise_no_structure_alarm() -> None:
    docs = clean_docs(CLEAN) + clean_docs(CLEAN_HELD_BACK) + clean_docs(CLEAN_LAST)
    assert per_1k(score(docs, "structure"), docs) == 0.0  # 4 before (1.44 a 1,000 words)


def test_planted_clarity_problems_are_caught() -> None:
    assert score(clarity_docs(CLARITY_PROBLEMS), "clarity").tp >= 63  # 31 of 66 before
    assert score(clarity_docs(CLARITY_HELD_BACK), "clarity").tp >= 15  # 10 of 15 when scored
    assert score(clarity_docs(CLARITY_LAST), "clarity").tp >= 8  # 6 of 11 when scored


def test_planted_structure_problems_are_caught() -> None:
    # 17 of 21 before; the 3 left are a 137-word paragraph and two reports of 109 and 117
    # words, under the lens's 150- and 130-word limits.
    assert score(structure_docs(), "structure").tp >= 18


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Delays are not uncommon in winter.", "not uncommon"),
        ("The plan is not without risk.", "not without"),
        ("She did not fail to notice the gap.", "not fail to"),
        ("It isn't unusual for a first order to slip.", "n't unusual"),
        ("We cannot say that we do not like it.", "cannot say that we do not"),
    ],
)
def test_a_double_negative_is_flagged(text: str, words: str) -> None:
    assert ("clarity/double-negative", words) in _found("clarity", text)


@pytest.mark.parametrize(
    "text",
    [
        "The door is not locked at night.",
        "The build did not fail this week.",
        "We cannot say whether the file is valid.",
        "It is not clear yet when the road reopens.",
        "Do not leave without your badge.",
    ],
)
def test_a_single_negative_is_not_a_double_negative(text: str) -> None:
    assert "clarity/double-negative" not in [r for r, _ in _found("clarity", text)]


def test_a_bare_this_after_several_events_is_unclear() -> None:
    text = "The pump failed, the tank overflowed and the alarm stayed silent. This cost us a day."
    assert ("clarity/unclear-reference", "This") in _found("clarity", text)


@pytest.mark.parametrize(
    "text",
    [
        "You need a ladder, a torch and about an hour. This is a two-person job.",
        "The pump failed. This cost us a day.",
        "The pump failed, the tank overflowed and the alarm stayed silent. This report says why.",
    ],
)
def test_a_this_with_one_referent_or_a_noun_is_clear(text: str) -> None:
    assert "clarity/unclear-reference" not in [r for r, _ in _found("clarity", text)]


@pytest.mark.parametrize(
    ("text", "ctx"),
    [
        ("Your notes are migrated on first launch.", {}),
        ("By default, backups are kept for a week.", {}),
        ("Questions can be sent to the front desk.", {}),
        ("Rooms are allocated by need.", {}),
        ("- 09:59 The change was reverted.", {"format": "markdown"}),
        ("The flaw was never exploited.", {}),
        ("The setting is meant for batch jobs.", {}),
        ("The new wing is paid for by a grant.", {}),
        ("We checked how the parcel was packed.", {}),
        ("Bins are collected as usual.", {}),
        ("## Methods\n\nTen sites were chosen at random.\n", {"format": "markdown"}),
    ],
)
def test_passives_that_name_their_reason_are_left_alone(text: str, ctx: dict[str, str]) -> None:
    assert "clarity/passive-voice" not in [r for r, _ in _found("clarity", text, **ctx)]


@pytest.mark.parametrize(
    ("text", "ctx"),
    [
        ("Your account has been suspended.", {}),
        ("The answers were deleted by a cleanup job.", {}),
        ("The pool was closed in May by the council.", {}),
        (
            "## Methods\n\nWe will recruit 80 nurses. Data will be collected in May.\n",
            {"format": "markdown"},
        ),
    ],
)
def test_passives_that_hide_the_actor_are_still_flagged(text: str, ctx: dict[str, str]) -> None:
    assert "clarity/passive-voice" in [r for r, _ in _found("clarity", text, **ctx)]


@pytest.mark.parametrize(
    "text",
    [
        "# Parking FAQ\n\nThe new system starts in May.\n\n## Do I need a permit?\n\nYes. Apply "
        "online.\n\n## Can I share a permit?\n\nYes. Register together.\n",
        "# Road works\n\nThe lane closes for three weeks.\n\n## The work\n\nCrews work from "
        "eight to six.\n\nQuestions can be sent to roads@council.example.\n",
        "Methods\n\nThe survey was sent to all members. Replies were anonymous.\n",
        "# Air quality study\n\nWe measure the air.\n\n## Sites\n\nTwelve schools.\n\n"
        "## Outputs\n\nEach school gets a report.\n",
    ],
)
def test_documents_that_close_their_own_way_need_no_conclusion(text: str) -> None:
    fmt = "text" if not text.startswith("#") else "markdown"
    found = _found("structure", text, **{**LAST, "format": fmt})
    assert "structure/missing-conclusion" not in [r for r, _ in found]


def test_a_one_item_list_before_the_next_chunks_heading_is_an_orphan() -> None:
    text = "## Before you start\n\nYou need:\n\n- a key to the plant room\n"
    ctx = {"format": "markdown", "chunk_id": 1, "chunks_total": 3, "next_heading": "## Steps"}
    assert "structure/orphan-list" in [r for r, _ in _found("structure", text, **ctx)]
    ctx.pop("next_heading")
    assert "structure/orphan-list" not in [r for r, _ in _found("structure", text, **ctx)]


def test_a_participle_before_its_noun_is_an_adjective() -> None:
    assert "clarity/passive-voice" not in [
        r for r, _ in _found("clarity", "The case is brushed steel, and the lid is glass.")
    ]
    assert ("clarity/passive-voice", "were made") in _found(
        "clarity", "Forty staff were made redundant."
    )


def test_a_bare_this_with_any_past_verb_is_unclear_after_several_events() -> None:
    text = "The lift broke, the stairs flooded and the lights failed. This delayed the move."
    assert ("clarity/unclear-reference", "This") in _found("clarity", text)
