"""Tone families of the third round of issue 14: each attitude is a grammatical construction
("per my <any words> <message>", "<the guide> clearly explains", "a mere <time> late"), so a
family catches wordings beyond the ones it was written from, and the same words used plainly
(quoted, reported, sincere, literal) stay clean."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze
from tests.specialist.tone_generalisation import ATTITUDES

# (family, style, text): each text carries the family's attitude.
PROBLEMS: list[tuple[str, str, str]] = [
    # A pointer back to one's own earlier messages, however many and however qualified.
    ("per-my", "neutral", "Per my three previous emails, the invoice needs a purchase order."),
    ("per-my", "formal", "As per our earlier phone call, the keys stay at reception."),
    ("per-my", "neutral", "Per my repeated messages last week, the form is due today."),
    # An expectation of the reader that they failed: "I would have hoped ... by now".
    ("hoped", "neutral", "I would have hoped the new starters knew the fire exits by now."),
    ("hoped", "formal", "We would have expected this to be obvious to a senior manager."),
    ("hoped", "neutral", "I'd have assumed that was clear after the last workshop."),
    # A point called too obvious to make, then made.
    ("without-saying", "neutral", "It should go without saying that laptops stay locked."),
    ("without-saying", "formal", "This really ought to go without saying, but tidy the desk."),
    ("without-saying", "neutral", "I shouldn't have to spell out why the fridge needs emptying."),
    # The reader measured against the least competent person imaginable.
    ("competent", "neutral", "Any half-decent developer can read a stack trace."),
    ("competent", "formal", "Even a moderately careful reader would have seen the clause."),
    ("competent", "neutral", "A semi-competent intern could set up this printer."),
    # A document said to be clear already: the reader did not read it.
    ("as-the-guide", "formal", "As the contract plainly states, refunds take thirty days."),
    ("as-the-guide", "neutral", "As our FAQ already explains, the app needs Android 12."),
    ("as-the-guide", "neutral", "This is clearly documented in the onboarding handbook."),
    # Read the document before you write to us.
    ("read-before", "neutral", "Please read the FAQ before you send us another ticket."),
    ("read-before", "formal", "Kindly consult the handbook before you contact the office."),
    ("read-before", "neutral", "Check the wiki before you ask the team next time."),
    # A long time made small: "which only took a month", "a mere week late".
    ("mere", "neutral", "The quote came back, which only took six weeks."),
    ("mere", "neutral", "The slides reached us a mere two hours before the pitch."),
    ("mere", "formal", "The signed copy arrived just three weeks after the deadline."),
    # Thanks for something that came late.
    ("late-thanks", "neutral", "Thanks to IT for the new laptop, which turned up a month late."),
    ("late-thanks", "neutral", "Many thanks for the agenda, which landed after the meeting."),
    # The matter passed to someone else to deal with.
    ("someone-else", "neutral", "That is a design question, so the designers can sort it out."),
    ("someone-else", "neutral", "Not our code, so let the vendor worry about it."),
    ("someone-else", "neutral", "Someone else can deal with it."),
    # If you do not like how it is, go elsewhere.
    ("dont-like", "neutral", "If you don't like the way we price it, feel free to shop around."),
    ("dont-like", "formal", "If you do not like what we offer, you are free to go elsewhere."),
    ("dont-like", "neutral", "If you do not like how the app looks, build your own."),
    # The reader trusted to manage a simple task.
    ("can-manage", "neutral", "We trust that everyone can manage to put a cup in a dishwasher."),
    ("can-manage", "neutral", "Hopefully this year staff can manage to fill in the form."),
    ("can-manage", "formal", "Surely the team can manage to turn up on time."),
    # Inclusion that reproaches: "we value everyone, even the ones who".
    ("even-those", "formal", "We welcome every comment, even from those who never read the brief."),
    ("even-those", "neutral", "We care about all our users, even the ones who never update."),
    # Delight at what keeps going wrong: "love how", "love that ... again".
    ("love-how", "neutral", "Love how the build breaks every time I go on holiday."),
    ("love-how", "neutral", "I just love that we are rewriting the roadmap again."),
    # Which part was unclear: the reader failed to follow.
    ("which-part", "neutral", "Not sure which part of 'no dogs in the office' was unclear."),
    ("which-part", "neutral", "What part of the deadline is confusing?"),
    # Aimed at the reader or at another person (attitude/address).
    ("habit", "neutral", "You always leave the kitchen in a mess."),
    ("habit", "neutral", "You never reply to my emails."),
    ("duty", "neutral", "You were supposed to send the file yesterday."),
    ("nobody-thought", "neutral", "Did nobody think to check the dates?"),
    ("last-time", "neutral", "This is the last time I am going to say this."),
    ("praise-then-harm", "neutral", "Great job, the site is down again."),
    ("in-view", "neutral", "Just read the error message."),
    # Set phrases (attitude/idioms) and a lapse put on any team.
    ("idiom", "neutral", "Another budget cut. Living the dream."),
    ("idiom", "neutral", "What could possibly go wrong?"),
    ("idiom", "neutral", "We hear you, but the rota stays as it is."),
    ("idiom", "neutral", "Bless them, they tried to fix the printer."),
    ("idiom", "formal", "A signature is a requirement, not a suggestion."),
    ("again-wrong", "neutral", "Yet again, the courier delivered the wrong parcel."),
]

# Register: informal words in formal writing, including inflected forms of listed ones.
REGISTER: list[tuple[str, str]] = [
    ("tone/slang", "The manager reckons the figures are wrong."),
    ("tone/slang", "Our auditors reckoned the claim was valid."),
    ("tone/slang", "We are hiring a marketing ninja for the Leeds office."),
    ("tone/slang", "She is a real rockstar at negotiation."),
    ("tone/slang", "The sales team crushed it this quarter."),
    ("tone/slang", "The new system is way better than the old one."),
    ("tone/slang", "He is a whizz at spreadsheets."),
    ("tone/intensifier", "The board was tremendously pleased with the result."),
    ("tone/intensifier", "The response has been immensely positive."),
    ("tone/hedge", "The new layout could potentially reduce the number of calls."),
    ("tone/hedge", "The figures are, to some extent, lower than last year."),
    ("tone/hedge", "I would say that the second option is cheaper."),
    ("tone/shouting", "Forms must reach the office by Friday, NO EXCEPTIONS."),
    ("tone/shouting", "Visitors are STRICTLY FORBIDDEN from entering the laboratory."),
    ("tone/shouting", "PLEASE sign the register at reception."),
]

# Plain sentences that share the families' words: reported, quoted, sincere or literal.
PLAIN: list[tuple[str, str]] = [
    ("neutral", "Per the contract, payment is due within thirty days."),
    ("formal", "As per the schedule, the audit starts on Monday."),
    ("neutral", "We had hoped to finish by March, but the supplier was late."),
    ("formal", "We would have expected a higher response rate from a paid survey."),
    ("neutral", "The guide explains how to reset the router."),
    ("formal", "As the contract states, refunds take thirty days."),
    ("neutral", "Read the safety notes before you start the machine."),
    ("neutral", "Check the weather forecast before you set off."),
    ("neutral", "The repair took only an hour, so the shop reopened at noon."),
    ("neutral", "The parcel arrived three days after we ordered it."),
    ("formal", "Thank you for the report, which arrived on Tuesday."),
    ("neutral", "The vendor will sort it out under the warranty."),
    ("neutral", "If you don't like the colour, you can change it in Settings."),
    ("neutral", "If you do not like coriander, leave it out of the sauce."),
    ("neutral", "Most people can manage the climb in about two hours."),
    ("neutral", "We welcome everyone, even those who have never cooked before."),
    ("neutral", "We love how the new park looks in spring."),
    ("neutral", "Tell us which part of the form was unclear, and we will rewrite it."),
    ("neutral", 'She said the plan was "not my problem", and the board disagreed.'),
    ("formal", "Thanks a lot for your help with the move."),
    ("neutral", "The ninja star exhibit opens in the museum on Friday."),
    ("neutral", "We crushed the garlic and added it to the pan."),
    ("neutral", "The road is way too narrow for lorries."),
    ("neutral", "The document clearly shows the boundary of the site."),
    ("neutral", "Someone from facilities will deal with it on Monday."),
    ("formal", "It goes without a hitch most years."),
    # Cues that once piled up in plain sentences: a comparison, one's own plan, a role.
    ("neutral", "Runners who rest properly get fewer injuries than the rest of us."),
    ("neutral", "Next year I want to run a marathon, and this time I will start slowly."),
    ("neutral", "Whoever is on call will help you find the cause."),
    # The second person and praise used plainly: a condition, an event, sincere praise.
    ("neutral", "If you never read the terms, you can find them on our site."),
    ("neutral", "He was supposed to arrive yesterday, but his flight was cancelled."),
    ("neutral", "You never need to log in twice."),
    ("neutral", "They always reply within a day."),
    ("neutral", "Great job on the launch, the site is fast again."),
    ("neutral", "Nice work, everyone, the site is back up."),
    ("neutral", "God bless them all."),
    ("neutral", "Good, nobody was hurt."),
    ("neutral", "We hear you, and we will fix the rota."),
    ("neutral", "A tomato is a fruit, not a vegetable."),
    ("neutral", "Once again, the choir sang beautifully."),
    ("neutral", "It is interesting that the birds only arrive when the weather turns."),
]


def _rules(style: str, text: str) -> set[str]:
    return {f.rule for f in analyze("tone", text, style=style)}


def test_the_attitude_families_catch_wordings_beyond_their_examples() -> None:
    missed = [text for _, style, text in PROBLEMS if not _rules(style, text) & ATTITUDES]
    # 49 of 51 (0 before the families): "which only took six weeks" alone is a cue too weak to
    # flag, and "just three weeks after the deadline" has no family (also said plainly).
    assert len(missed) <= 2, missed


@pytest.mark.parametrize(("family", "style", "text"), PROBLEMS[:3], ids=lambda v: str(v)[:40])
def test_a_pointer_to_ones_own_messages_is_passive_aggressive(
    family: str, style: str, text: str
) -> None:
    assert "tone/passive-aggressive" in _rules(style, text), family


@pytest.mark.parametrize(("rule", "text"), REGISTER, ids=lambda v: str(v)[:40])
def test_informal_words_and_their_forms_are_flagged_in_formal_writing(rule: str, text: str) -> None:
    assert rule in _rules("formal", text)


@pytest.mark.parametrize(("style", "text"), PLAIN, ids=lambda v: str(v)[:40])
def test_the_families_words_used_plainly_carry_no_attitude(style: str, text: str) -> None:
    assert not _rules(style, text) & ATTITUDES


@pytest.mark.parametrize(("style", "text"), PLAIN, ids=lambda v: str(v)[:40])
def test_plain_near_misses_are_clean(style: str, text: str) -> None:
    assert analyze("tone", text, style=style) == []


@pytest.mark.parametrize(("rule", "text"), REGISTER, ids=lambda v: str(v)[:40])
def test_applying_a_register_fix_raises_no_new_finding_there(rule: str, text: str) -> None:
    for f in analyze("tone", text, style="formal"):
        if f.rule != rule or f.replacement is None:
            continue
        fixed = text[: f.start] + f.replacement + text[f.end :]
        spot = range(f.start - 1, f.start + len(f.replacement) + 2)
        again = analyze("tone", fixed, style="formal")
        assert not [g for g in again if g.start in spot and g.end in spot], (fixed, again)
