"""Check sets of the tone families (issue 14, third round), each written at one point and
scored before and after the rules that followed it, so the figures say how far the families
carry to wordings they were not written from.

- ROUND2: written after the first families (2ace1d6) and before the second; the second round
  was written on it (tuned): 9 of 35 caught before, 31 after; plain 1 of 20 flagged before
  ("your concerns are noted in the minutes"), 0 after.
- UNTUNED: written after the second round and never tuned on: 9 of 25 caught with the rules
  before this round, after the first families and after the second alike; 10 of 25 after the
  third ("Fantastic news: ... broken", praise of the work opening bad news), 0 of 15 plain
  flagged throughout. The families carry to few wordings they were not written for.
- ADDRESSED: written after the third round's families (second person, last time of asking,
  praise opening bad news) were planned and before they were written, so its wordings share
  their constructions: 4 of 20 before, 14 of 20 after, 0 of 10 plain flagged.
- AFTER_ALL: written after the three rounds: 2 of 25 caught, the same as with the rules
  before this round; 0 of 15 plain flagged. On wordings nobody wrote a family for, the families
  added next to nothing. A fourth round (attitude/idioms, a failure owned by someone, a lapse
  "again" by any team, a coincidence pointed at) was then written on it (tuned): 14 of 25, 0
  plain flagged; UNTUNED stayed at 10 of 25.

Rows are (kind, style, text) for problems and (style, text) for plain sentences.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze
from tests.specialist.tone_generalisation import ATTITUDES

ROUND2: list[tuple[str, str, str]] = [
    ("condescending", "neutral", "Let me put this in terms a new starter would understand."),
    (
        "condescending",
        "neutral",
        "It is a two-step process, so there is really no excuse for getting it wrong.",
    ),
    ("condescending", "formal", "I trust you are capable of following a numbered list."),
    ("condescending", "neutral", "You would think a senior engineer could name a file properly."),
    ("condescending", "neutral", "For those who need it spelled out: the meeting is at nine."),
    ("condescending", "neutral", "The button is labelled Save, which is a big clue."),
    ("condescending", "neutral", "I realise change is scary for some of you."),
    ("passive-aggressive", "neutral", "I see my question from Monday is still unanswered."),
    (
        "passive-aggressive",
        "formal",
        "As I pointed out at the last three meetings, the budget is fixed.",
    ),
    (
        "passive-aggressive",
        "neutral",
        "Thanks for letting me know about the change after it happened.",
    ),
    ("passive-aggressive", "neutral", "I'll take your silence as agreement, then."),
    ("passive-aggressive", "neutral", "Glad someone finally decided to read the brief."),
    (
        "passive-aggressive",
        "formal",
        "I am sure it was an oversight that my name was left off the report.",
    ),
    ("passive-aggressive", "neutral", "Just flagging again that the kitchen rota exists."),
    ("sarcasm", "neutral", "Wonderful, the projector has died in the middle of the client demo."),
    ("sarcasm", "neutral", "Nothing like a surprise audit on a Friday afternoon."),
    ("sarcasm", "neutral", "Great planning, scheduling the launch on a bank holiday."),
    ("sarcasm", "neutral", "Oh yes, another reorganisation, that will fix everything."),
    ("sarcasm", "neutral", "Clearly the printer has a personal grudge against the finance team."),
    ("sarcasm", "neutral", "I am thrilled to spend my weekend redoing the slides."),
    ("sarcasm", "neutral", "The new booking system is a triumph: nobody can book anything."),
    (
        "blame",
        "neutral",
        "The campaign failed because the sales team could not be bothered to follow up.",
    ),
    ("blame", "neutral", "Tom lost the client's files, and now we all have to apologise."),
    ("blame", "formal", "The delay is entirely the fault of the design agency."),
    ("blame", "neutral", "Thanks to Rachel's mistake, the invoices went out twice."),
    ("blame", "neutral", "You are the reason the project is three weeks late."),
    ("blame", "neutral", "Facilities dropped the ball on the heating again."),
    ("blame", "neutral", "Nobody in accounts checked the figures before they went to the board."),
    ("dismissive", "neutral", "Your concerns are noted and will not change the plan."),
    ("dismissive", "neutral", "Frankly, this is a non-issue."),
    ("dismissive", "formal", "We do not see any reason to discuss this further."),
    ("dismissive", "neutral", "It's a small bug, nobody will notice."),
    ("dismissive", "neutral", "That's above my pay grade, ask someone else."),
    ("dismissive", "neutral", "I honestly could not care less which font we use."),
    ("dismissive", "neutral", "Sure, put it on the list with everything else we will never do."),
]

ROUND2_PLAIN: list[tuple[str, str]] = [
    ("neutral", "The meeting is at nine in room 4."),
    ("neutral", "The sales team followed up with every client within a week."),
    ("neutral", "Tom sent the files to the client on Monday."),
    ("formal", "The delay came from a late delivery of parts."),
    ("neutral", "Thanks to Rachel, the invoices went out on time."),
    ("neutral", "The projector stopped working during the demo, so we used a laptop screen."),
    ("neutral", "Your concerns are noted in the minutes, and we will answer them on Friday."),
    ("neutral", "The button labelled Save stores a draft."),
    ("neutral", "Change can be hard, so we will run three training sessions."),
    ("neutral", "My question from Monday is still open; could you reply by Thursday?"),
    ("neutral", "Glad to hear the move went well."),
    ("formal", "We are thrilled to welcome Dr Osei to the board."),
    ("neutral", "The new booking system lets staff book rooms from their phones."),
    ("neutral", "Facilities will fix the heating on Tuesday."),
    ("neutral", "Nobody was hurt, and the alarm worked as designed."),
    ("neutral", "It's a small bug, and the fix ships tomorrow."),
    ("neutral", "Please ask your manager if you are unsure which form to use."),
    ("formal", "We do not plan to change the opening hours this year."),
    ("neutral", "Sure, I can put it on the list for next sprint."),
    ("neutral", "The audit starts on Friday afternoon."),
]

UNTUNED: list[tuple[str, str, str]] = [
    ("condescending", "neutral", "I have attached a diagram, since words seem to be a struggle."),
    (
        "condescending",
        "neutral",
        "Try reading the whole sentence this time, not just the first word.",
    ),
    ("condescending", "formal", "One would expect a qualified surveyor to know the difference."),
    ("condescending", "neutral", "It is a spreadsheet, not a particle accelerator."),
    ("condescending", "neutral", "I will use short sentences so that everyone can keep up."),
    (
        "passive-aggressive",
        "neutral",
        "Per the calendar invite that apparently nobody opened, the call starts at ten.",
    ),
    ("passive-aggressive", "neutral", "I have now asked three times for the receipts."),
    ("passive-aggressive", "formal", "We would appreciate it if, for once, the figures added up."),
    (
        "passive-aggressive",
        "neutral",
        "Good to see everyone made it to the meeting on time for a change.",
    ),
    (
        "passive-aggressive",
        "neutral",
        "Not that anyone reads these updates, but the server moves on Friday.",
    ),
    (
        "sarcasm",
        "neutral",
        "Fantastic news: the coffee machine is broken for the third week running.",
    ),
    ("sarcasm", "neutral", "What a brilliant idea to hold the fire drill during the exam."),
    ("sarcasm", "neutral", "Because everyone loves a seven o'clock meeting."),
    ("sarcasm", "neutral", "The vendor's support line was as helpful as ever: nobody answered."),
    ("sarcasm", "neutral", "Well, that was a productive two-hour meeting about the font."),
    ("blame", "neutral", "Jake broke the staging server and left without telling anyone."),
    ("blame", "formal", "This outcome is the direct result of the procurement team's negligence."),
    ("blame", "neutral", "If the contractors had done their job, we would not be here."),
    ("blame", "neutral", "It's always the night shift that leaves the doors unlocked."),
    ("blame", "neutral", "Somebody did not bother to charge the tablets before the visit."),
    ("dismissive", "neutral", "Honestly, it is just a logo, nobody cares."),
    ("dismissive", "formal", "Your objections have been considered and dismissed."),
    ("dismissive", "neutral", "We'll think about it, maybe, one day."),
    ("dismissive", "neutral", "That is simply how we have always done it."),
    ("dismissive", "neutral", "Feel free to complain, it will not change anything."),
]

UNTUNED_PLAIN: list[tuple[str, str]] = [
    ("neutral", "I have attached a diagram of the new layout."),
    ("neutral", "Please read the whole form before you sign it."),
    ("formal", "We expect a qualified surveyor to visit in May."),
    ("neutral", "The calendar invite has the dial-in number."),
    ("neutral", "I have asked the supplier for the receipts."),
    ("neutral", "Good to see so many new faces at the meeting."),
    ("neutral", "The coffee machine is broken; a technician comes on Monday."),
    ("neutral", "The fire drill is on Tuesday at ten."),
    ("neutral", "Jake fixed the staging server before he left."),
    ("formal", "The result reflects the procurement team's careful work."),
    ("neutral", "The night shift locks the doors at six."),
    ("neutral", "Somebody from IT will charge the tablets before the visit."),
    ("neutral", "The logo is nearly finished, and the print shop has the files."),
    ("formal", "Your objections have been passed to the review panel."),
    ("neutral", "Feel free to call if anything is unclear."),
]

ADDRESSED: list[tuple[str, str, str]] = [
    ("blame", "neutral", "You constantly forget to lock the back door."),
    ("blame", "neutral", "They never answer the phone when a customer calls."),
    ("blame", "neutral", "He keeps ignoring the style guide."),
    ("blame", "neutral", "You were supposed to book the venue last week."),
    ("blame", "neutral", "Did no one bother to proofread the brochure?"),
    ("condescending", "neutral", "Just look at the screen, the answer is right there."),
    ("condescending", "neutral", "Simply check the label on the box."),
    (
        "condescending",
        "neutral",
        "All you have to do is press the green button. Even you can manage that.",
    ),
    (
        "passive-aggressive",
        "neutral",
        "This is the last time I'm going to remind everyone about the fridge.",
    ),
    ("passive-aggressive", "neutral", "Some of us have real jobs to get on with."),
    ("passive-aggressive", "neutral", "Why has nobody replied to this yet?"),
    ("sarcasm", "neutral", "Nice work, the whole database is gone."),
    ("sarcasm", "neutral", "Brilliant timing, the fire alarm went off during the interview."),
    ("sarcasm", "neutral", "Seriously? The printer again?"),
    ("sarcasm", "neutral", "Lovely, another survey about how many surveys we get."),
    ("dismissive", "neutral", "That's not how any of this works, so stop asking."),
    ("dismissive", "neutral", "Not my circus, not my monkeys."),
    ("dismissive", "neutral", "Your idea has been considered and rejected, and that's final."),
    ("condescending", "neutral", "You had one job: send the invoice."),
    (
        "passive-aggressive",
        "formal",
        "It would be nice if someone other than me refilled the paper tray.",
    ),
]

ADDRESSED_PLAIN: list[tuple[str, str]] = [
    ("neutral", "You always get a receipt at the front desk."),
    ("neutral", "They never miss a deadline, and the clients love them."),
    ("neutral", "You were supposed to receive a code by email; if it did not arrive, call us."),
    ("neutral", "Just click Next to continue."),
    ("neutral", "Simply add water and stir."),
    ("neutral", "Nice work on the launch, everyone."),
    ("neutral", "Brilliant news: the grant has been approved."),
    ("neutral", "Why has the price gone up? The supplier raised its rates in May."),
    ("neutral", "Some of us have worked here for twenty years."),
    ("neutral", "This is the last time the old system will run before the move."),
]

AFTER_ALL: list[tuple[str, str, str]] = [
    (
        "condescending",
        "neutral",
        "Before you email me, ask yourself whether Google could answer it.",
    ),
    (
        "condescending",
        "neutral",
        "I've simplified the chart, since the last one confused a few people.",
    ),
    ("condescending", "formal", "Please note that a deadline is a date, not a suggestion."),
    ("condescending", "neutral", "Bless them, the design team tried their best."),
    ("condescending", "neutral", "You might want to learn what a VLOOKUP is before applying."),
    (
        "passive-aggressive",
        "neutral",
        "Interesting that the budget only became urgent after I went on leave.",
    ),
    ("passive-aggressive", "neutral", "Whoever keeps taking my stapler, I would like it back."),
    ("passive-aggressive", "formal", "We note that this is the fourth late submission this term."),
    (
        "passive-aggressive",
        "neutral",
        "Happy to help, as always, at five minutes to six on a Friday.",
    ),
    ("passive-aggressive", "neutral", "No need to thank me for covering your shift, by the way."),
    ("sarcasm", "neutral", "Another Monday, another password reset. Living the dream."),
    (
        "sarcasm",
        "neutral",
        "The new expense tool has really simplified things: it now takes four logins.",
    ),
    ("sarcasm", "neutral", "Top marks to whoever booked a room with no chairs."),
    ("sarcasm", "neutral", "I can hardly contain my excitement about the new timesheet system."),
    (
        "sarcasm",
        "formal",
        "The consultants' report was worth every penny of its forty pages of bullet points.",
    ),
    ("blame", "neutral", "We missed the deadline because Priya sat on the draft for a week."),
    ("blame", "neutral", "Marketing promised features that engineering never agreed to build."),
    (
        "blame",
        "formal",
        "The error originated with your department's failure to update the records.",
    ),
    ("blame", "neutral", "Once again, the warehouse shipped the wrong item."),
    ("blame", "neutral", "This mess is what you get when nobody owns the process."),
    ("dismissive", "neutral", "Let's not overcomplicate this, it is only a newsletter."),
    ("dismissive", "neutral", "I hear you, but we are going ahead anyway."),
    ("dismissive", "formal", "The matter is closed and we will not correspond further."),
    ("dismissive", "neutral", "Meh, the old logo was fine."),
    ("dismissive", "neutral", "Honestly, who reads the footer anyway?"),
]

AFTER_ALL_PLAIN: list[tuple[str, str]] = [
    ("neutral", "Before you email the help desk, check the status page for known outages."),
    ("neutral", "I simplified the chart so that it prints on one page."),
    ("formal", "Please note that the deadline is 30 June."),
    ("neutral", "The design team tried three layouts and picked the second."),
    ("neutral", "Applicants should know basic spreadsheet formulas such as VLOOKUP."),
    ("neutral", "The budget became urgent in March, when the grant was confirmed."),
    ("formal", "This is the fourth report in the series."),
    ("neutral", "Happy to help with the move on Friday."),
    ("neutral", "The new expense tool needs one login."),
    ("neutral", "We missed the deadline because the printer broke, so we sent a PDF."),
    ("neutral", "Marketing and engineering agreed the feature list in May."),
    ("neutral", "The warehouse shipped the order on Tuesday."),
    ("neutral", "It is only a draft, so comment freely."),
    ("formal", "The matter is now closed; thank you for your patience."),
    ("neutral", "Few people read the footer, so we moved the contact details to the top."),
]


def _missed(rows: list[tuple[str, str, str]]) -> list[str]:
    return [t for _, s, t in rows if not {f.rule for f in analyze("tone", t, style=s)} & ATTITUDES]


def test_the_second_round_catches_the_set_it_was_written_on() -> None:
    missed = _missed(ROUND2)
    assert len(missed) <= 4, missed  # 31 of 35 (9 before)


def test_the_untuned_set_is_caught_no_worse_than_before_the_round() -> None:
    missed = _missed(UNTUNED)
    assert len(missed) <= 15, missed  # 10 of 25 (9 before the round)


def test_second_person_wordings_are_caught() -> None:
    missed = _missed(ADDRESSED)
    assert len(missed) <= 6, missed  # 14 of 20 (4 before)


def test_the_fourth_round_catches_the_set_it_was_written_on() -> None:
    missed = _missed(AFTER_ALL)
    assert len(missed) <= 11, missed  # 14 of 25 (2 before the fourth round and before all)


@pytest.mark.parametrize(
    ("style", "text"),
    ROUND2_PLAIN + UNTUNED_PLAIN + ADDRESSED_PLAIN + AFTER_ALL_PLAIN,
    ids=lambda v: str(v)[:40],
)
def test_plain_sentences_of_the_check_sets_are_clean(style: str, text: str) -> None:
    assert analyze("tone", text, style=style) == []
