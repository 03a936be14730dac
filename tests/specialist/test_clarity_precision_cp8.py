"""Clarity's false alarms on plain writing near its line (round cp8): a writer's feelings and
upbringing, finished works, the reader's own step in a rule, a date set or moved, how long a
thing is kept, the program's doing later in the clause, restrictive and contact clauses; a
"very" that measures, "not quite", a literal "end of the day", "make a complaint", a sentence
a little long but in short pieces. Each benign case has the real problem of the same shape
next to it, which must still be found."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze


def _rules(text: str) -> list[str]:
    return [f.rule for f in analyze("clarity", text)]


@pytest.mark.parametrize(
    "text",
    [
        "I was delighted when the letter came.",
        "We were honoured to host the final.",
        "I am drawn to the charity's work with young carers.",
        "He was raised in Dundee and moved south at twenty.",
        "The job, which was advertised in the local paper, closes on Friday.",
        "Dental treatment is covered up to 500 pounds a year.",
        "The old boiler has been replaced, and six radiators have been installed.",
        "Receipts must be submitted within two weeks of the trip.",
        "Any damage must now be reported to the site office.",
        "The church hall has been booked for Saturday 3 May.",
        "The launch was planned for the Whitsun weekend.",
        "The fix is planned for 2.0.1.",
        "Session logs are kept for ninety days.",
        "Cookies are now marked as Strict by default.",
        "Broken rows are dropped with a warning.",
        "We need a nurse who has been trained in first aid.",
        "Write down the time it was taken and the dose.",
    ],
)
def test_benign_passives_are_not_flagged(text: str) -> None:
    assert "clarity/passive-voice" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The concern was raised in the last meeting.",
        "Attention was drawn to the error only in March.",
        "The old boiler was replaced without telling the tenants.",
        "Leave requests must be approved before you book flights.",
        "The launch was cancelled for reasons nobody explained.",
        "The logs were deleted during the migration.",
        "Cookies are now marked as Strict for every visitor.",
        "The damage, which had been hidden, came to light in May.",
    ],
)
def test_hidden_actors_are_still_flagged(text: str) -> None:
    assert "clarity/passive-voice" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pond holds very little water in August.",
        "Very few of the seedlings survived the frost.",
        "We are very sorry for the mix-up.",
        "The button is very small, under 5 millimetres across.",
        "The draft is not quite finished.",
        "Some parents say they want later hours, and others say the opposite.",
    ],
)
def test_measured_words_are_not_weasels(text: str) -> None:
    assert "clarity/weasel-word" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team did very good work this year.",
        "The roof is very old and needs work.",
        "The plan is quite ambitious.",
        "Some say the high street is finished.",
        "Many people would say the bus is faster.",
    ],
)
def test_vague_words_are_still_weasels(text: str) -> None:
    assert "clarity/weasel-word" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "I lock the shed at the end of the day.",
        "At the end of the day I tidy the bench.",
        "We meet the parents at the end of the day, in the main hall.",
    ],
)
def test_end_of_the_day_as_a_time_is_not_wordy(text: str) -> None:
    assert "clarity/wordy-phrase" not in _rules(text)


def test_end_of_the_day_as_filler_is_still_wordy() -> None:
    assert "clarity/wordy-phrase" in _rules("At the end of the day, the choice is yours.")


def test_make_a_complaint_is_a_formal_step() -> None:
    assert "clarity/nominalization" not in _rules("You can make a complaint to the ombudsman.")
    assert "clarity/nominalization" in _rules("The board will make a suggestion next week.")


def test_a_sentence_near_the_limit_in_short_pieces_is_not_long() -> None:
    text = (
        "The box holds what you need on day one: a map of the site, a key to the locker "
        "room, a card for the canteen, a list of phone numbers and a pass."
    )
    assert "clarity/long-sentence" not in _rules(text)


def test_a_sentence_near_the_limit_with_a_long_stretch_is_still_long() -> None:
    text = (
        "The box that we hand to every new starter on the first morning holds a map of the "
        "site and a key to the locker room that they share with the night team."
    )
    assert "clarity/long-sentence" in _rules(text)
