"""The tone lens catches attitudes by their shape on sentences written apart from its phrase
lists (``tone_generalisation``), and stays quiet on plain sentences that share their words."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze
from tests.specialist.tone_generalisation import (
    ATTITUDES,
    PLAIN,
    PROBLEMS,
    SECOND_PLAIN,
    SECOND_PROBLEMS,
    THIRD_PLAIN,
    THIRD_PROBLEMS,
    Item,
    caught,
    findings,
)
from tests.specialist.tone_generalisation_fresh import FRESH_PLAIN, FRESH_PROBLEMS


def test_new_wordings_of_attitudes_are_caught() -> None:
    missed = [p.text for p in PROBLEMS if not caught(p)]
    assert len(missed) <= 2, missed  # 38 of 40 when the shapes were written (3 before)


@pytest.mark.parametrize(
    ("problems", "most_missed"), [(SECOND_PROBLEMS, 1), (THIRD_PROBLEMS, 4)], ids=["2nd", "3rd"]
)
def test_later_rounds_of_new_wordings_are_caught(problems: list[Item], most_missed: int) -> None:
    missed = [p.text for p in problems if not caught(p)]
    assert len(missed) <= most_missed, missed  # 37 of 37 and 16 of 20 when last measured


def test_a_fourth_round_of_new_wordings_is_caught() -> None:
    missed = [p.text for p in FRESH_PROBLEMS if not caught(p)]
    assert len(missed) <= 15, missed  # 25 of 40 when its shapes were written (5 before)


@pytest.mark.parametrize(
    "item", PLAIN + SECOND_PLAIN + THIRD_PLAIN + FRESH_PLAIN, ids=lambda i: i.text[:40]
)
def test_plain_sentences_of_the_same_genres_stay_clean(item: Item) -> None:
    assert findings(item) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A rhetorical question at the reader, a doubt about the reader's basic skills.
        ("Have you even looked at the calendar this week?", "tone/condescending"),
        ("How difficult could it possibly be to lock the door?", "tone/condescending"),
        ("The steps are on the back, presuming you can read.", "tone/condescending"),
        # A reproach said as a wish, a trailing "eventually", resignation.
        ("It would be nice if, even once, the minutes went out on time.",
         "tone/passive-aggressive"),
        ("The parts arrived from the depot, eventually.", "tone/passive-aggressive"),
        ("Judging by past form, I am not holding my breath.", "tone/passive-aggressive"),
        # Praise of work next to the harm it did; "another <praise>" with a list of absences.
        ("Brilliant work on the move, only a week of lost orders.", "tone/sarcasm"),
        ("Yet another seamless release: no tests, no notes, no rollback plan.", "tone/sarcasm"),
        # A bad outcome put down to a person or a team.
        ("The overspend sits firmly with the events team.", "tone/blame"),
        ("The shortfall is down to Sam ignoring the forecast.", "tone/blame"),
        ("Payroll bungled the March run.", "tone/blame"),
        ("It failed because the vendor could not be bothered to read the brief.", "tone/blame"),
        # Closing the matter on the reader.
        ("That is a small point and not worth our energy.", "tone/dismissive"),
        ("Yes, yes, we will get to it.", "tone/dismissive"),
        # Calling the matter at hand a joke.
        ("Frankly the new rota is a farce.", "tone/negative"),
        # A habit of lapses, a wrong thing, a harm or a hold-up put on someone.
        ("Ravi's team keeps forgetting the handover notes.", "tone/blame"),
        ("The invoices bounced because Tom typed the wrong account number.", "tone/blame"),
        ("Thanks to the night shift, the orders were not packed in time.", "tone/blame"),
        ("If legal had bothered to reply, we would have signed in May.", "tone/blame"),
        ("Dev sat on the request for three weeks.", "tone/blame"),
        ("Jo deleted the shared folder again.", "tone/blame"),
        # Praise for an unnamed decision-maker, or undone by its condition; relief at a cost.
        ("Hats off to whoever scheduled the audit on launch day.", "tone/sarcasm"),
        ("The report is a triumph, if the goal was to bore the board.", "tone/sarcasm"),
        ("Thank goodness the lift needs only ten minutes to arrive.", "tone/sarcasm"),
        # Measured against the least experienced; advice on the reader's next attempt.
        ("Even the new starters figured out the coffee machine.", "tone/condescending"),
        ("Maybe check the spelling next time.", "tone/condescending"),
        # Chasing, counted; "no rush" and what it costs; a reminder of reminders.
        ("Following up for the fifth time on the signed contract.", "tone/passive-aggressive"),
        ("No hurry, it is only the payroll file that everyone is waiting for.",
         "tone/passive-aggressive"),
        ("As you may recall from the past three emails, the office is closed.",
         "tone/passive-aggressive"),
        # Input that will change nothing; "if ever"; complaints as a habit of people.
        ("Your objections are noted and will not change anything.", "tone/dismissive"),
        ("The upgrade will happen next year, if ever.", "tone/dismissive"),
        ("Customers always complain about new prices.", "tone/dismissive"),
    ],
)  # fmt: skip
def test_an_attitude_is_caught_by_its_shape(text: str, rule: str) -> None:
    assert rule in {f.rule for f in analyze("tone", text, style="neutral")}


@pytest.mark.parametrize(
    "text",
    [
        "If this is new to you, start with the tutorial, step by step.",
        "You may have missed the update last week, so here is a short summary.",
        "Are they even open on Sundays?",
        "Please do take your time with the form; there is no deadline.",
        "The storm left us to fix the roof ourselves.",
        "Did you actually receive the parcel on Tuesday?",
        "A quick check of the logs would have saved us two hours, so we added an alert.",
        "The delay lies with the customs office, which is closed over the holiday.",
        "The delay was down to a strike at the port.",
        "Great work, the new site is finally live.",
        "Most people can finish the course in a week, and you can too.",
        "Your notes are visible to no one but you.",
        "Thanks for your feedback; we are moving on to phase two next month.",
        "Just once a year, the whole team meets in person.",
        "The panel will explain the rules slowly for new members.",
        "It is no joke: the river rises fast after rain.",
        "The problem is with the vendor's API, which returns stale data.",
        "What a pleasure to welcome so many new members this year.",
        "The printer keeps jamming on thick paper.",
        "It keeps missing the first frame, so we updated the driver.",
        "The order went to the wrong address because the label was smudged.",
        "Thanks to the support team, every customer got an answer within a day.",
        "Thanks to Maria, we never missed a deadline.",
        "If legal had replied sooner, we would have signed in May.",
        "Anna sat on the board for six months.",
        "Jo updated the shared folder again, as planned.",
        "Congratulations to whoever wins the raffle.",
        "The plan works well, if the goal is to save money.",
        "Even the new starters can join the Friday lunch.",
        "For those of you who cannot attend, the slides will be online.",
        "Maybe bring a coat next time, it gets cold.",
        "No rush, it is only a draft.",
        "Thank goodness nobody was hurt.",
        "It takes only five minutes to register.",
        "As you may recall, the office moves in June.",
        "We rarely, if ever, close early.",
        "Customers always ask about delivery times.",
        "The price will be the same next year.",
        "We will go ahead regardless.",
    ],
)
def test_plain_sentences_with_the_shapes_words_carry_no_attitude(text: str) -> None:
    assert not {f.rule for f in analyze("tone", text, style="neutral")} & ATTITUDES
