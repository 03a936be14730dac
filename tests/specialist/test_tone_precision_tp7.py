"""The tone lens on ordinary writing close to its line (issue 14, seventh round, precision):
a complaints procedure, a feeling named with care, bad news told as an event, a rude message
quoted in a report, a temporal "when you skipped", a date repeated with "and again", people
who might see a screen, a writer's own "do better", thinking about a memory, a short
reminder. Each benign sentence is paired with the problem that shares its words and must
still be flagged.

None of the sentences is from the evaluation corpus.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze

BENIGN = [
    # A procedure, not a verdict: "complain" and "complaints" name it; disagreeing is a stance.
    "You can complain to the panel if you disagree with a decision.",
    "Last month we logged 40 complaints, fewer complaints than we feared.",
    # A feeling of the reader or of someone else, named with care.
    "If you are unhappy with the outcome, you can ask a second officer to look again.",
    "Many patients feel lonely and scared after the diagnosis, and their families feel the loss "
    "too.",
    "Loneliness and fear are common after a stroke, and both can slow recovery.",
    "A piece of work you feel ashamed of is worth starting again.",
    # A change for the worse, reported.
    "Stress makes the symptoms worse, and it is a common reason for people to stop treatment.",
    # A passive verb reports what happened; a relative "that" is no verdict.
    "We replaced the crate that was crushed in transit.",
    "The cake was ruined by the rain, and I know how upsetting that was for you.",
    # "so" as a conjunction is no booster.
    "The reply contains no threats, so the abuse policy does not apply to it.",
    # Waste as rubbish.
    "Garden waste goes in the brown bin, and the waste team collects it every other week.",
    # A rude message quoted in a neutral report.
    'The caller wrote: "You are the most useless shop in the country." Our agent replied '
    "within the hour.",
    # "I think about" is thought, not a hedge.
    "I think about my first teacher whenever I mark a pile of essays.",
]

PROBLEMS = [
    ("This plan is an absolute disgrace and a waste of everyone's time.", "tone/negative"),
    ("You should be ashamed of this report.", "tone/negative"),
    ("Honestly, this is so bad.", "tone/negative"),
    ("That was pathetic.", "tone/negative"),
    # An adjective in -ed after "is" or "are" is a verdict, not a passive event.
    ("This is flawed.", "tone/negative"),
    ("You are misinformed.", "tone/negative"),
    ("Frankly, your proposal is a pathetic waste of everyone's time.", "tone/negative"),
    ("I think the plan will probably work.", "tone/hedge"),
]


def _rules(text: str, style: str = "neutral") -> list[str]:
    return [f.rule for f in analyze("tone", text, style=style)]


@pytest.mark.parametrize("text", BENIGN)
@pytest.mark.parametrize("style", ["neutral", "formal"])
def test_plain_bad_news_feelings_and_quotations_are_not_flagged(text: str, style: str) -> None:
    rules = [r for r in _rules(text, style) if r != "tone/contraction"]
    assert rules == [], text


@pytest.mark.parametrize(("text", "rule"), PROBLEMS)
def test_a_verdict_on_the_matter_or_the_reader_is_still_flagged(text: str, rule: str) -> None:
    assert rule in _rules(text), text


def test_a_quoted_insult_is_cited_but_the_same_words_said_are_judged() -> None:
    said = "This is the most useless company I have ever dealt with."
    quoted = f'The customer wrote: "{said}" We refunded the order.'
    assert "tone/negative" in _rules(said)
    assert _rules(quoted) == []


def test_a_lapse_after_when_is_a_time_unless_a_word_leans_on_it() -> None:
    assert _rules("When you skipped the survey, the app asked again later.") == []
    assert _rules("After the team disabled the alert, the disk filled.") == []
    leaning = "When Sam once again ignored the alert, the disk filled up."
    assert "tone/blame" in _rules(leaning)
    assert "tone/blame" in _rules("The orders stalled because Lee skipped the stock check.")


def test_and_again_before_a_date_repeats_an_event_not_a_message() -> None:
    dated = "We charged your card on the 3rd and again on the 5th; the second charge is refunded."
    assert _rules(dated) == []
    said = "As I said on Monday and again in my email, the budget is fixed."
    assert "tone/passive-aggressive" in _rules(said)


def test_other_people_as_onlookers_are_not_a_comparison() -> None:
    onlookers = "Do not read client files where other people can see your screen."
    assert _rules(onlookers) == []
    compared = "Other people manage to submit their expenses on time."
    assert "tone/passive-aggressive" in _rules(compared)


def test_doing_better_is_condescending_only_when_asked_of_the_reader() -> None:
    assert _rules("I hope you will give us a chance to do better.") == []
    assert _rules("We will do better, and you will see the change.") == []
    assert "tone/condescending" in _rules("You really need to do better than this.")


def test_a_quick_reminder_is_plain_and_a_friendly_one_is_not() -> None:
    assert _rules("A quick reminder that timesheets close at noon on Thursday.") == []
    friendly = "Just a friendly reminder that the report was due yesterday."
    assert "tone/passive-aggressive" in _rules(friendly)


def test_a_concern_made_a_flaw_of_the_people_who_raised_it_is_dismissive() -> None:
    text = "A few users called it a disaster, which says more about them than about us."
    assert "tone/dismissive" in _rules(text)
    assert _rules("The survey says more about the sample than about the town.") == []


def test_heard_you_the_first_time_reproaches_only_as_a_retort() -> None:
    assert "tone/passive-aggressive" in _rules("Yes, we heard you the first time.")
    assert _rules("I heard you the first time you sang it, and I loved it.") == []
