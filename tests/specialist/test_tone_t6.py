"""The tone lens on clause shapes that carry an attitude (issue 14, sixth round): orders to
read with a belittling adverb, reminders of one's own earlier messages, harms made small, a
problem handed back, a named team as the subject of a lapse, sarcastic delight at a failure
that repeats, and apologies that grovel; and, for each, the plain sentence that shares its
words ("just" as "only" or "recently", a reminder of a section, "not a big deal if you are
late", a team that "missed its target").

SHAPES and PLAIN were written alongside the shapes in ``rules/attitude/clauses.py``, so they
measure no transfer. FRESH and FRESH_PLAIN were written afterwards and scored once before any
change for them: 26 of 30 caught, 0 of 30 plain flagged; the four misses ("at three separate
reviews", "you have already been told", "if any members thought", "the printer jammed
again") each widened a slot of an existing shape.
"""

from __future__ import annotations

import pytest

from services.specialist.rules.attitude.cues import CUE_PATTERNS
from services.specialist.rules.attitude.engine import _ALL, _INDEX
from tests.specialist.cases import analyze, attitudes

SHAPES = [
    ("condescending", "If the import fails, simply read the log before you open a ticket."),
    ("condescending", "Just reread the release notes; the flag was renamed in 4.2."),
    ("condescending", "You just need to read the second paragraph of the contract."),
    ("blame", "If you had only bothered to read the invoice, you would know the total."),
    ("condescending", "If you'd simply read the label, you would have seen the date."),
    (
        "condescending",
        "Anyone who has read the design doc will understand why the cache is per user.",
    ),
    ("condescending", "All you had to do was read the first line of the ticket."),
    (
        "condescending",
        "The figures are on page four, a detail some managers still seem unable to grasp.",
    ),
    ("passive-aggressive", "As I noted in my two earlier emails, the office is closed on Friday."),
    ("passive-aggressive", "As we stressed at both planning sessions, the budget is fixed."),
    ("passive-aggressive", "Like I said, the form goes to payroll, not to me."),
    ("passive-aggressive", "As you were told at induction, visitors must sign in at reception."),
    ("passive-aggressive", "As was already explained to you, refunds take ten days."),
    ("passive-aggressive", "As Priya already pointed out, the API key expires monthly."),
    (
        "passive-aggressive",
        "As the handbook has stated for years, laptops stay locked when unattended.",
    ),
    (
        "passive-aggressive",
        "We would be grateful if staff read the rota before they complain about shifts.",
    ),
    ("passive-aggressive", "Please, please, please fill in the timesheet on time."),
    ("passive-aggressive", "We're tired of chasing the same three people for expense reports."),
    ("dismissive", "The printer jammed for an hour, which is hardly a catastrophe."),
    ("dismissive", "Losing one evening of data is hardly the end of the world."),
    ("dismissive", "Frankly it's not a big deal, they can rebook."),
    ("dismissive", "Which room we use: whatever you prefer, as long as it has a screen."),
    ("dismissive", "The two teams can thrash it out between themselves."),
    ("dismissive", "There is no need to email the whole department about this sort of question."),
    ("dismissive", "I cannot answer emails about every little thing."),
    ("dismissive", "We are sorry if some customers felt that the new prices were unfair."),
    ("dismissive", "So what? The report still went out on time."),
    ("blame", "Legal missed two typos in the signed contract."),
    ("blame", "The platform team caused the outage on Monday."),
    ("blame", "Marketing shipped the campaign without a second reviewer."),
    ("blame", "The vendor ignored three warnings about the certificate."),
    ("blame", "The supplier delivered the parts late, exactly as they did last spring."),
    ("sarcasm", "Love how the staging database goes down every single time we demo."),
    ("sarcasm", "So glad the VPN timed out again during the board call."),
    ("sarcasm", "Just what we needed: another reorganisation."),
    ("grovelling", "I cannot apologise enough for the confusion over your booking."),
    ("grovelling", "We humbly beg your forgiveness for the delay."),
    ("grovelling", "Please accept our humblest apologies for the missing parcel."),
    ("grovelling", "I am truly ashamed of how we handled your complaint."),
    ("grovelling", "I know I am probably not qualified enough for this post."),
    ("grovelling", "Sorry to have wasted your valuable time with this request."),
]
FRESH = [
    ("condescending", "Simply reread the onboarding email and you will find the wifi password."),
    ("condescending", "You merely have to read the footnote to see where the number comes from."),
    (
        "condescending",
        "If you would just read the pinned message, you would know the standup moved.",
    ),
    ("condescending", "Anyone who reads the changelog can see why the endpoint was removed."),
    ("condescending", "All you needed to do was check the calendar before booking the room."),
    ("passive-aggressive", "As we have said at three separate reviews, the scope is frozen."),
    ("passive-aggressive", "As I mentioned over several calls, the invoice needs a PO number."),
    ("passive-aggressive", "As you have already been told, the car park closes at eight."),
    ("passive-aggressive", "Like we said, the hotel is not included in the fee."),
    (
        "passive-aggressive",
        "As the contract has required since 2021, all changes need written approval.",
    ),
    (
        "passive-aggressive",
        "We'd appreciate it if people tested their code before they moan about the pipeline.",
    ),
    ("passive-aggressive", "I'm fed up with explaining the holiday policy to the same people."),
    ("dismissive", "The shipment arrived a week late, which is not exactly a disaster."),
    ("dismissive", "Missing one sprint review is hardly a big deal."),
    ("dismissive", "Look, it's not a big deal; just rerun the job."),
    ("dismissive", "Whatever you decide, honestly, I have no strong view."),
    ("dismissive", "Let the two designers fight it out amongst themselves."),
    ("dismissive", "There's no need to call the helpdesk over that kind of problem."),
    ("dismissive", "We apologise if any members thought that the new fees were too high."),
    ("blame", "The data team overlooked several errors in the quarterly figures."),
    ("blame", "Procurement skipped two checks on the new supplier."),
    ("blame", "Someone introduced a regression in the login flow on Tuesday."),
    ("blame", "Finance sent the payments without any approval from the board."),
    ("sarcasm", "Wonderful, the test server is stuck on the same job again."),
    ("sarcasm", "Great to see the nightly build fail again this morning."),
    ("sarcasm", "Thrilled that the printer jammed again five minutes before the board meeting."),
    ("sarcasm", "Exactly what we wanted: yet another password rule."),
    ("grovelling", "We cannot apologise enough for the mix-up with your order."),
    ("grovelling", "Please accept my deepest and most sincere apologies for my behaviour."),
    ("grovelling", "I simply don't deserve your patience after the last month."),
]
PLAIN = [
    "We just read your proposal and will reply by Friday.",
    "The tool just reads the config file and exits.",
    "It needs just one setting and no server.",
    "To change the colour, simply open Settings and choose a theme.",
    "Simply follow the steps below to reset your password.",
    "You only need to read section 2 if you use Windows.",
    "If you only read one chapter, make it the third.",
    "If you'd like to read more, the full report is on the intranet.",
    "Anyone who has read the first edition will find the new chapters shorter.",
    "Anyone who knows the password can see the shared files.",
    "All you need to do is click Save.",
    "Some users seem unable to log in since the update.",
    "As noted in the usage section, the cache lives in the home folder.",
    "As discussed at the meeting, the launch moves to May.",
    "As I mentioned in the introduction, the survey had 400 replies.",
    "As we explained in section 3, the model ignores holidays.",
    "As you know, the office moves in June.",
    "As you were told by the agency, the start date is 4 March.",
    "As the policy states, taxis are for late-night travel.",
    "As Maria explained in her talk, the model uses two years of data.",
    "We would appreciate it if you could reply by Friday.",
    "Please fill in the form before Friday.",
    "We know you are tired of dealing with paper forms, so we built an app.",
    "It's not the end of the world if you miss the first session; the recording is online.",
    "It is not a big deal if you arrive a few minutes late.",
    "If you can't make it, no big deal.",
    "Pick whatever works for your team.",
    "Use whatever editor you like.",
    "Nurses may swap shifts among themselves with the ward manager's approval.",
    "There is no need to open a new ticket; I have reopened the old one.",
    "We built this tool for exactly this kind of thing.",
    "I am sorry that you felt unwell after the trip.",
    "We are sorry that the delivery arrived late.",
    "So what does this mean for you?",
    "It is a big deal for the whole team.",
    "The sales team missed its target by two percent.",
    "Nobody missed the deadline this quarter.",
    "If you missed a step, go back to the start.",
    "The design team finished the new screens on Wednesday.",
    "The storm caused the outage on Monday.",
    "Our tests missed the regression, so we added a new one.",
    "We missed the deadline and have told the client.",
    "The support team answered 400 tickets without a single escalation.",
    "The security team reviewed the change without delay.",
    "Great to see you all again at the conference.",
    "Lovely to see everyone again after the summer.",
    "We love that our customers come back again and again.",
    "Happy that the site did not go down again during the sale.",
    "Glad the fix held; the VPN has been stable all week.",
    "This tool is just what we needed for the audit.",
    "The new laptop is just what I needed.",
    "We apologise for the delay and have refunded your fee.",
    "Please accept our apologies for the missing parcel.",
    "Thank you, I cannot thank you enough for your help.",
    "We are not ashamed to say we got this wrong, and we have fixed it.",
    "I am not experienced enough in tax law to answer that, so I have asked our adviser.",
    "Sorry to bother you on a Sunday, but the server is down.",
    "The report clearly shows which region grew fastest.",
    "Read the guide before you start the installation.",
    "Just this morning, the new coffee machine arrived.",
    "Just read-only access is needed for the auditors.",
]
FRESH_PLAIN = [
    "We just reread the onboarding email and it covers the wifi password.",
    "The script simply reads the CSV and writes a summary.",
    "If you would like to read the full study, it is linked below.",
    "Anyone who reads the changelog regularly will notice the new format.",
    "All you need to do is sign the form and return it.",
    "As we said at the start, this guide covers version 3 only.",
    "As I mentioned on the call, I will be away next week.",
    "As you have been told by your manager, the team moves floors in May.",
    "Like we said in the brochure, the hotel has a pool.",
    "As the contract states, either side may end it with a month's notice.",
    "We'd appreciate it if you tested the beta before Friday.",
    "I'm tired after the trip, so I will reply properly tomorrow.",
    "The shipment arrived a week late, which is a problem for the launch.",
    "It is a big deal for the smaller shops.",
    "Missing a dose is not a big deal if you take the next one on time.",
    "Choose whatever colour you like for the cover.",
    "The two designers worked it out together in an afternoon.",
    "There's no need to call the helpdesk; the reset link works.",
    "We apologise for the error in the quarterly figures.",
    "The data team found several errors in the quarterly figures and fixed them.",
    "Procurement added two checks for new suppliers.",
    "Someone from the platform team will join the call.",
    "Finance sent the payments on Tuesday after the board approved them.",
    "Wonderful news: the test server is finally back.",
    "Great to see the nightly build pass again this morning.",
    "Thrilled that the new printer arrived before the board meeting.",
    "Exactly what we wanted: a faster checkout.",
    "We are sorry for the mix-up with your order and have sent the right size.",
    "Please accept my apologies for missing the meeting.",
    "I don't think the patch is ready yet.",
]


@pytest.mark.parametrize(("family", "text"), SHAPES + FRESH, ids=lambda v: str(v)[:40])
def test_a_clause_that_carries_an_attitude_is_flagged_for_its_family(
    family: str, text: str
) -> None:
    assert [rule for rule, _ in attitudes(text)] == [f"tone/{family}"]


@pytest.mark.parametrize("text", PLAIN + FRESH_PLAIN, ids=lambda v: v[:40])
def test_a_plain_sentence_that_shares_the_words_carries_no_attitude(text: str) -> None:
    assert attitudes(text) == []


def test_just_before_a_reading_verb_belittles_only_as_an_order() -> None:
    assert attitudes("The log is long. Just read the last ten lines.") == [
        ("tone/condescending", "Just read")
    ]
    assert attitudes("We just read the log and found the cause.") == []
    assert attitudes("Auditors get just read-only access.") == []


def test_a_reminder_is_a_reproach_when_it_counts_the_times_it_was_said() -> None:
    counted = "As I explained in my last three emails, the budget is fixed."
    single = "As I pointed out in my first reply, the discount expires on Friday."
    assert [rule for rule, _ in attitudes(counted)] == ["tone/passive-aggressive"]
    assert attitudes(single) == []
    assert attitudes("As noted in the usage section, the files live in the cache.") == []


def test_a_named_team_is_blamed_for_a_missed_defect_not_a_missed_target() -> None:
    assert [rule for rule, _ in attitudes("QA missed the crash in the upload screen.")] == [
        "tone/blame"
    ]
    assert attitudes("The vendor missed the deadline, and we agreed a new date.") == []
    assert attitudes("If you missed a step, go back to the start.") == []


def test_sarcastic_praise_opens_on_a_failure_that_is_never_good_news() -> None:
    assert attitudes("Great, the upload stalled at 99 percent.") == [("tone/sarcasm", "Great,")]
    assert attitudes("Good, the old server is offline now.") == []
    assert attitudes("Great, the meeting was cancelled, so we have the afternoon free.") == []


def test_letter_formulas_are_stiff_in_friendly_writing_only() -> None:
    text = "Please tell the undersigned by Friday; we respectfully ask for a reply."
    friendly = [
        (f.rule, text[f.start : f.end].strip()) for f in analyze("tone", text, style="friendly")
    ]
    formal = [f.rule for f in analyze("tone", text, style="formal")]
    assert friendly == [("tone/stiff", "the undersigned"), ("tone/stiff", "respectfully")]
    assert "tone/stiff" not in formal


def test_casual_quantities_and_verbs_are_slang_in_formal_writing_only() -> None:
    text = "We will throw in a bunch of extra copies for the library."
    formal = [text[f.start : f.end] for f in analyze("tone", text, style="formal")]
    neutral = [f.rule for f in analyze("tone", text, style="neutral")]
    assert formal == ["throw in", "a bunch of"]
    assert neutral == []


def test_the_index_skips_no_pattern_that_matches_these_sentences() -> None:
    patterns = [rx for _, rx in _ALL] + list(CUE_PATTERNS)
    texts = [t for _, t in SHAPES + FRESH] + PLAIN + FRESH_PLAIN
    for text in texts:
        candidates = set(_INDEX.candidates(text))
        skipped = [
            rx.rx.pattern
            for i, rx in enumerate(patterns)
            if i not in candidates and rx.rx.search(text) is not None
        ]
        assert skipped == [], (text, skipped)
