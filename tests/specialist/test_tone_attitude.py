"""The tone lens's attitude families catch a shape, not one wording: each family is tried on
sentences written for these tests (not the corpus), in every style, and on plain sentences
that share its words but carry no attitude."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze

# (sentence, the words a family must flag, its rule)
FAMILY_CASES = [
    # Condescension: measured against a child, "anyone with ...", "obvious if you just look".
    ("Setting the clock is a job a ten-year-old could do.", "a ten-year-old could",
     "tone/condescending"),
    ("Anyone who has ever opened a spreadsheet can sort a column.",
     "Anyone who has ever opened a spreadsheet can", "tone/condescending"),
    ("Anyone with half a brain would back up the files first.", "Anyone with half a brain",
     "tone/condescending"),
    ("The answer is obvious if you read the first page.", "obvious if you", "tone/condescending"),
    ("If you cannot find the switch, this laptop is not for you.", "is not for you",
     "tone/condescending"),
    ("Clearly the people who wrote this form never filled it in.", "Clearly the people",
     "tone/condescending"),
    ("Leave the budget to people who understand numbers.", "Leave the budget to people who",
     "tone/condescending"),
    ("The menu was designed by people who have never cooked for a crowd.",
     "by people who have never", "tone/condescending"),
    ("What part of the word deadline do you not understand?",
     "What part of the word deadline do you not understand", "tone/condescending"),
    # Passive aggression: "as I said in my last note", "a third time", "for once", "actually".
    ("As I said in my last note, the form closes on Friday.", "As I said in my last note",
     "tone/passive-aggressive"),
    ("As we already explained, the car park is closed on Sundays.",
     "As we already explained", "tone/passive-aggressive"),
    ("I should not have to remind the team about timesheets.", "I should not have to",
     "tone/passive-aggressive"),
    ("Please do not make me explain this for the fourth time.",
     "explain this for the fourth time", "tone/passive-aggressive"),
    ("It would help if the minutes arrived on time for once.", "for once",
     "tone/passive-aggressive"),
    ("We hope that staff will actually follow the rota this month.",
     "staff will actually follow", "tone/passive-aggressive"),
    ("It is frustrating that people still leave the door open.",
     "It is frustrating that people", "tone/passive-aggressive"),
    ("For the benefit of those who missed it, the office closes at six.",
     "For the benefit of those who", "tone/passive-aggressive"),
    ("We have reminded staff about this several times.",
     "We have reminded staff about this several times", "tone/passive-aggressive"),
    # Sarcasm: praise then bad news, "another X, another Y", ", I'm sure", "nobody saw it coming".
    ("Wonderful, yet another invoice with the wrong address.", "Wonderful, yet another",
     "tone/sarcasm"),
    ("New quarter, another reorganisation, another new org chart.",
     "another reorganisation, another", "tone/sarcasm"),
    ("The new rota will be a hit with the night shift, I'm sure.", ", I'm sure", "tone/sarcasm"),
    ("The server fell over at midnight, which nobody could have seen coming.",
     "nobody could have seen coming", "tone/sarcasm"),
    ("The supplier was late again, which is exactly what we have come to expect.",
     "exactly what we have come to expect", "tone/sarcasm"),
    ("Nice of you to join us, Tom.", "Nice of you to", "tone/sarcasm"),
    # Blame aimed at a person or a team, by name, role or "someone in the X team".
    ("The design team forgot to export the icons.", "The design team forgot to", "tone/blame"),
    ("Marta didn't bother to check the totals.", "Marta didn't bother to", "tone/blame"),
    ("Someone in the finance office should have checked the totals.",
     "Someone in the finance office should have checked", "tone/blame"),
    ("If Omar had read the ticket, the refund would have gone out.", "If Omar had read",
     "tone/blame"),
    ("The outage began with a junior engineer who deleted the wrong table.",
     "a junior engineer who deleted", "tone/blame"),
    ("The late delivery is hardly our fault.", "hardly our fault", "tone/blame"),
    ("You skipped the backup, so that is on you.", "that is on you", "tone/blame"),
    # Dismissiveness: "not worth discussing", "these things happen", "stop asking".
    ("The chair said the proposal was not worth discussing.", "not worth discussing",
     "tone/dismissive"),
    ("Parcels get damaged, and these things happen.", "these things happen", "tone/dismissive"),
    ("There are plenty of other gyms out there if you prefer longer hours.",
     "plenty of other gyms out there", "tone/dismissive"),
    ("The old logo is gone, so please stop asking for it.", "please stop asking",
     "tone/dismissive"),
    ("I don't see why that is my concern.", "I don't see why that is", "tone/dismissive"),
    ("We are not interested in candidates who want a quiet life.",
     "not interested in candidates", "tone/dismissive"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "rule"), FAMILY_CASES)
@pytest.mark.parametrize("style", ["formal", "neutral", "friendly"])
def test_each_family_flags_its_shape_in_every_style(
    text: str, words: str, rule: str, style: str
) -> None:
    found = [f for f in analyze("tone", text, style=style) if f.rule == rule]
    assert [text[f.start : f.end] for f in found] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "As I explained in the introduction, the survey has three parts.",
        "We should have tested the wallet payments, and we will from now on.",
        "Redis failed to start after the upgrade, and the server ignored the header.",
        "The payment team shipped the new checkout on Monday without any downtime.",
        "If the tests had passed, we would have released on Friday.",
        "This course is for people who have never used a spreadsheet.",
        "Any beginner can follow this guide, because it explains each step.",
        "It would be nice if you could send the form by Friday.",
        "I am sure the new layout will help the night shift.",
        "The judges' decision is final, so please plan your bookings now.",
        "For once, the weather was on our side and the open day was a success.",
        "There are plenty of other ways to help, such as donating books.",
        "A new member of staff who joined in May now runs the reading hour.",
        "Someone from the support team will call you tomorrow.",
        "We are still waiting for a reply from the supplier about the delivery date.",
        "This is the second time we have run the course, and it is full again.",
        "It is important that everyone reads the safety rules before the visit.",
        "Staff who actually use the tool every day helped us design it.",
    ],
)
def test_plain_sentences_with_the_same_words_carry_no_attitude(text: str) -> None:
    rules = {f.rule for f in analyze("tone", text, style="friendly")}
    assert not rules & {
        "tone/condescending", "tone/passive-aggressive", "tone/sarcasm", "tone/blame",
        "tone/dismissive",
    }  # fmt: skip


def test_one_finding_per_sentence_however_many_cues() -> None:
    text = "I did cover this twice, but here it is again."
    found = analyze("tone", text, style="neutral")
    assert len(found) == 1 and found[0].rule == "tone/passive-aggressive"


def test_an_attitude_absorbs_a_hedge_in_its_sentence() -> None:
    text = "If you cannot manage that, maybe this job is not for you."
    assert [f.rule for f in analyze("tone", text, style="neutral")] == ["tone/condescending"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We offer really amazing benefits.", "really "),
        ("It is seriously the best app we have made.", "seriously "),
        ("It really works.", None),
        ("I really appreciate it.", None),
    ],
)
def test_really_and_seriously_intensify_only_a_judging_word(text: str, flagged: str | None) -> None:
    found = [f for f in analyze("tone", text, style="formal") if f.rule == "tone/intensifier"]
    assert [text[f.start : f.end] for f in found] == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    "text",
    [
        "You should really know this by now.",  # should know + by now + you
        "We have been over this, and you still send the old form.",
        "The IT team, in their usual style, changed the passwords without telling anyone.",
        "If you'd been listening in the meeting, you wouldn't need to ask again.",
        "Surprise, surprise, the bus was late.",
    ],
)
def test_cues_that_pile_up_make_an_attitude(text: str) -> None:
    found = analyze("tone", text, style="neutral")
    assert [(f.start, f.end) for f in found if f.rule.startswith("tone/")] != []
    assert any(f.rule in {"tone/condescending", "tone/passive-aggressive", "tone/sarcasm",
                          "tone/blame", "tone/dismissive"} for f in found)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "You should receive your card by Friday.",  # "you" and "should" alone: no anchor cue
        "Once again, thank you to everyone who helped at the fair.",
        "Please try to arrive ten minutes early, because the doors close at nine.",
        "Some people prefer the early session, and that is fine.",
    ],
)
def test_light_cues_alone_are_no_attitude(text: str) -> None:
    assert analyze("tone", text, style="neutral") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Brilliant, the printer is jammed again.", "Brilliant,"),
        ("Oh good, another meeting that could have been an email.", "Oh good,"),
    ],
)
def test_praise_that_opens_a_sentence_of_bad_news_is_sarcasm(text: str, words: str) -> None:
    found = analyze("tone", text, style="friendly")
    assert [(f.rule, text[f.start : f.end]) for f in found] == [("tone/sarcasm", words)]


def test_praise_before_good_news_is_praise() -> None:
    assert analyze("tone", "Brilliant, the client signed the contract.", style="friendly") == []


def test_a_quoted_phrase_is_cited_not_said() -> None:
    text = 'Dismissive replies such as "that is not my problem" put customers off.'
    assert [f.rule for f in analyze("tone", text, style="neutral")] == []
