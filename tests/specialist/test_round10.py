"""Grammar and tone on a fresh check set (issue 14, tenth round, 2026-12-04).

A set of 57 grammar errors and 30 attitude sentences was written for this round, one or more
per category the issue names, before any rule was changed. The grammar lens caught 55 of 57,
the tone lens 24 of 30 with 0 of 10 plain sentences flagged; a second, harder grammar set
(46 errors: splices, agreement across phrases, verb forms, confusables) 38 of 46. The shapes
below were added for what they missed and are tested here with the sentence close to the line
that must stay clean; the held-out documents were not read for them.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import BODY, analyze, attitudes, grammar_edits


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        # After a preposition 'you are' cannot follow: the possessive is meant.
        ("Thanks for you're patience.", ("you're", "your")),
        ("I sent the parcel to you're old address.", ("you're", "your")),
        ("Everything in you're account is safe.", ("you're", "your")),
        # A verb, 'all' or 'both', then an owner and what it owns.
        ("We checked all the drivers logs on Monday.", ("drivers", "drivers'")),
        # Plurals that own: there is no word "womens".
        ("The womens team won the cup.", ("womens", "women's")),
        ("She runs the childrens library on Saturdays.", ("childrens", "children's")),
    ],
)
def test_a_missing_apostrophe_or_possessive_is_caught(text: str, edit: tuple[str, str]) -> None:
    assert edit in grammar_edits(text)


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        # A comma before a part of a group with its own verb: "most of whom", or a new sentence.
        ("The survey went to every tenant, most of them replied within a week.", (",", ";")),
        ("The vans are old, some of them are older than ten years.", (",", ";")),
        # A linking adverb after a comma joins two sentences.
        ("The project was finished, however the budget ran over.", (",", ";")),
        ("The tests passed, therefore we shipped on Friday.", (",", ";")),
        # 'a number of' counts a plural.
        ("A number of issues was raised at the meeting.", ("was", "were")),
        ("A number of new starters has joined.", ("has", "have")),
        # 'your' before a predicate adjective and a conjunction.
        ("Make sure your ready before the call starts.", ("your", "you're")),
        # 'effects' with a person or a group as its object.
        ("This effects everyone who works nights.", ("effects", "affects")),
        ("It effects the whole team.", ("effects", "affects")),
    ],
)
def test_a_splice_an_agreement_or_a_confusable_is_caught(text: str, edit: tuple[str, str]) -> None:
    assert edit in grammar_edits(text)


@pytest.mark.parametrize(
    "text",
    [
        "We invited the tenants, most of them from the north block.",
        "Do it, however you like.",
        "We'll finish the audit, however long it takes.",
        "If it rains, however, we stay in.",
        "The number of issues was small.",
        "A number of issues were raised.",
        "Make sure your ready meals are in the fridge.",
        "This effects a change in policy.",
        "I think you're right about the budget.",
        "Tell them you're on leave until Monday.",
        "We checked all the drivers on Monday.",
        "The children's library opens at nine.",
        "Like you're new here, everyone asks that.",
    ],
)
def test_the_correct_sentence_near_the_line_stays_clean(text: str) -> None:
    assert grammar_edits(text) == []


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("tone/condescending", "Even a new hire could have caught this mistake."),
        ("tone/condescending", "This should be common sense by now."),
        ("tone/condescending", "That ought to be second nature for a senior engineer."),
        ("tone/blame", "Simply put, your team is the bottleneck."),
        ("tone/blame", "Their office was the problem all along."),
        ("tone/dismissive", "Frankly, your concerns are not a priority for us."),
        ("tone/dismissive", "Your requests are no longer our concern."),
        ("tone/sarcasm", "We'll see how long that lasts."),
    ],
)
def test_the_attitude_is_caught(rule: str, text: str) -> None:
    assert rule in {found for found, _ in attitudes(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A new hire could start on Monday.",
        "Hand-washing is common sense in a kitchen.",
        "The database is the bottleneck at peak hours.",
        "Your concerns are a priority for us, and we will reply by Friday.",
        "We will see how the new rota works after a month.",
        "We'll see how long the battery lasts in the cold.",
    ],
)
def test_the_plain_sentence_stays_clean(text: str) -> None:
    assert attitudes(text) == []


# Precision on the main set's false alarms (the tuned-on set): structure's missing-conclusion
# flagged 7 documents that close on a call to act, a team's signature or a closing section
# written as a numbered plain-text heading (5 true); tone spelled out "it's" and "who's" where
# they stand for a possessive ("it is reliability" would be wrong twice).


def _structure(text: str, fmt: str = "markdown") -> set[str]:
    return {f.rule for f in analyze("structure", text, format=fmt, doc_words=800)}


def _ending(last: str, heading: str = "") -> str:
    """A long markdown document whose last section or paragraph is ``last``."""
    section = f"## {heading}\n\n" if heading else ""
    return f"# The island ferry\n\n{BODY}\n\n{section}{last}\n"


@pytest.mark.parametrize(
    "last",
    [
        "I urge the council to add street trees to its asset register.",
        "Firms that want to keep their next generation must plan the informal learning.",
        "We can't wait to hear what you think.",
        "You will not save the planet by darning socks. You will, however, look at your "
        "wardrobe differently.",
        "If you choose a tier before 15 July, your first month is free.\n\nFitDesk Accounts Team",
    ],
)
def test_a_call_to_act_or_a_teams_signature_closes_the_document(last: str) -> None:
    assert "structure/missing-conclusion" not in _structure(_ending(last))


@pytest.mark.parametrize(
    ("heading", "last"),
    [
        ("", "We are confident these changes will prevent a repeat of this incident."),
        ("", "This grant would let us reach 400 more families in the first year."),
        ("Benefits", "We offer 28 days of holiday and a pension with a 6 percent match."),
        ("Known issues", "Export to PDF is slow for long reports; a fix is planned for 3.3."),
        ("Timeline", "Applications close on 30 June and we will announce the results in August."),
        ("", "The library will reopen on Monday 3 March at 9 a.m."),
        ("", "Any questions can go to the facilities team on extension 4410."),
        ("", "The trial runs until December, when we will decide whether to keep the service."),
    ],
)
def test_the_endings_of_reports_notices_and_proposals_close_the_document(
    heading: str, last: str
) -> None:
    # Written for the round as the last paragraphs of the genres (postmortem,
    # proposal, job post, release notes, notice, reply): 8 of 22 were flagged before.
    assert "structure/missing-conclusion" not in _structure(_ending(last, heading))


def test_a_closing_section_may_be_a_numbered_plain_text_heading() -> None:
    closing = "5. Expected outcomes\nThe project will produce the first full map of the basin."
    assert "structure/missing-conclusion" not in _structure(
        f"The island ferry\n\n{BODY}\n\n{closing}\n", "text"
    )
    stops = "5. The crossing\nThe skipper stacked the crates by the door of the shed."
    assert "structure/missing-conclusion" in _structure(
        f"The island ferry\n\n{BODY}\n\n{stops}\n", "text"
    )


def test_a_numbered_plain_text_section_is_not_a_one_item_list() -> None:
    notes = (
        "Club committee meeting\n\nPresent: Aoife, Niall, Grace\n\n"
        "1. Boat shed repairs\nDeclan reported that the roof repair quote has come in at "
        "twice the budget.\n\nDecision: Siobhan will ask two more firms for quotes.\n"
    )
    assert "structure/orphan-list" not in _structure(notes, "text")
    assert "structure/orphan-list" in _structure(
        "# Notes\n\nWe met on Monday.\n\n- The shed roof leaks.\n\nWe agreed to fix it.\n"
    )


@pytest.mark.parametrize(
    ("text", "possessive"),
    [
        ("Only one of it's three secondary schools offers the subject.", "it's"),
        ("The service runs daily, but it's visits last only a few minutes.", "it's"),
        ("She learns who's judgement the partners trust.", "who's"),
    ],
)
def test_a_possessive_written_as_a_contraction_is_grammars_not_tones(
    text: str, possessive: str
) -> None:
    assert (possessive, "its" if possessive == "it's" else "whose") in grammar_edits(text)
    tone = analyze("tone", text, style="formal")
    assert "tone/contraction" not in {f.rule for f in tone}


def test_a_contraction_in_formal_writing_is_still_spelled_out() -> None:
    tone = analyze("tone", "It's clear that who's coming matters.", style="formal")
    assert [f.replacement for f in tone if f.rule == "tone/contraction"] == ["It is", "who is"]


# A third grammar set (43 errors: apostrophes in plurals, double negatives, compound and
# 'nor' subjects, 'a lot of', a phrase between commas, set phrases written as they sound,
# accept/except and affect/effect as past forms): 26 of 43 before, 40 of 43 after.


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        ("We sold all the ticket's by noon.", ("ticket's", "tickets")),
        ("We don't need no extra chairs.", ("no", "any")),
        ("Irregardless of the weather, the race goes ahead.", ("Irregardless", "Regardless")),
        ("The team and the manager was late.", ("was", "were")),
        ("Neither the driver nor the passengers was hurt.", ("was", "were")),
        ("There is a lot of reasons to stay.", ("There is", "There are")),
        ("Everyone of the drivers passed the test.", ("Everyone", "Every one")),
        ("The report, along with the slides, were sent on Monday.", ("were", "was")),
        ("The bus was suppose to arrive at nine.", ("suppose", "supposed")),
        ("I use to work in the warehouse.", ("use", "used")),
        ("The weather effected our plans.", ("effected", "affected")),
        ("We excepted the offer on Friday.", ("excepted", "accepted")),
        ("There going to announce it tomorrow.", ("There", "They're")),
        ("Please send it to Anna or myself.", ("myself", "me")),
    ],
)
def test_the_third_sets_errors_are_caught(text: str, edit: tuple[str, str]) -> None:
    assert edit in grammar_edits(text)


@pytest.mark.parametrize(
    "text",
    [
        "All the tickets' stubs are in the box.",
        "We didn't use to work weekends.",
        "The bread and butter was fresh.",
        "Neither the driver nor the passenger was hurt.",
        "There is a lot of work to do.",
        "The report, along with the slides, was sent on Monday.",
        "The reports, along with the slides, were sent on Monday.",
        "Every one of the drivers passed the test.",
        "You are supposed to sign it.",
        "The treaty effected a change in the law.",
        "Present company excepted, nobody read it.",
        "I don't want to say no to them.",
    ],
)
def test_the_third_sets_near_misses_stay_clean(text: str) -> None:
    assert grammar_edits(text) == []


# A second, subtler attitude set (30 sentences, 10 plain): 20 of 30 caught before, 30 after,
# 0 plain sentences flagged either time.


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("tone/passive-aggressive", "I'm sure you had your reasons for ignoring the checklist."),
        ("tone/passive-aggressive", "I'll assume the missing figures are an oversight."),
        ("tone/passive-aggressive", "As usual, it falls to me to fix it."),
        ("tone/passive-aggressive", "Let's not pretend this was a surprise."),
        ("tone/passive-aggressive", "Not everyone has the luxury of ignoring the budget."),
        ("tone/passive-aggressive", "I trust this won't happen again."),
        ("tone/dismissive", "I'm not going to waste more time explaining this."),
        ("tone/dismissive", "Your input has been noted."),
        ("tone/blame", "Your team's track record speaks for itself."),
        ("tone/sarcasm", "Must be nice to leave at four every day."),
        ("tone/passive-aggressive", "Nice to see you finally read the docs again."),
    ],
)
def test_the_subtler_attitude_is_caught(rule: str, text: str) -> None:
    assert rule in {found for found, _ in attitudes(text)}


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure the new rota will help.",
        "I'll assume the venue is free unless you hear otherwise.",
        "It falls to the chair to open the meeting.",
        "Not everyone has a car, so we will run a minibus.",
        "I trust the figures in the appendix.",
        "We are not going to change the schedule this month.",
        "Her track record in fundraising is strong.",
        # A greeting is not a dig: "nice to see" aimed at the reader's return, and a noted
        # point the writer promises to answer.
        "It would be nice to see your family again.",
        "It was good to see you again.",
        "Your feedback has been noted and we will reply by Friday.",
    ],
)
def test_the_plain_sentence_near_the_subtler_shapes_stays_clean(text: str) -> None:
    assert attitudes(text) == []


# Eight clean documents written for the round (a notice, a quarterly report, a how-to, a reply
# to a complaint, an opinion piece, minutes, release notes, a policy; markdown and plain
# text): no structure, grammar or tone finding; clarity's one false alarm was "fairly" in its
# plain sense.


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The answer is to rota the hours fairly, as Hartley does.", False),
        ("Everyone was paid fairly and on time.", False),
        ("The results were fairly good.", True),
        ("It is fairly likely to rain.", True),
    ],
)
def test_fairly_is_a_hedge_only_before_what_it_weakens(text: str, flagged: bool) -> None:
    rules = {f.rule for f in analyze("clarity", text)}
    assert ("clarity/weasel-word" in rules) is flagged
