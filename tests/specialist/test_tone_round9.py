"""The tone lens on indirect attitude (issue 14, ninth round): threats wrapped as plans,
apologies for the reader's feelings, reminders that count or date themselves, guilt, blame that
names who skipped a check or where a failure sits, mock surprise and mock delight, condescension
that presupposes the reader is slow, and a concern waved away; and, for each, the correct
sentence close to the line (a plain deadline, an apology that owns the harm, a count of
meetings, a timeline entry, a postmortem owning its lapse, a firm rule).

SHAPES and PLAIN were written alongside the shapes in ``rules/attitude/veiled.py`` and
``rules/attitude/pointed.py`` and worded apart from the round's documents (``t9-*``); they
measure no transfer. The families were written from the misses of those documents, scored
before the change (13 of 49 caught, 6 false alarms).
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze, attitudes

SHAPES = [
    (
        "passive-aggressive",
        "If the invoices are not with us by Friday, we will escalate this to your line manager.",
    ),
    (
        "passive-aggressive",
        "Unless the report reaches me by noon, I will have to raise the matter with "
        "their director.",
    ),
    ("passive-aggressive", "We will log every late timesheet against their department's rating."),
    (
        "passive-aggressive",
        "Managers who skip the training will be the ones answering to the auditors, not us.",
    ),
    (
        "passive-aggressive",
        "Anyone unhappy with the new hours may want to think about whether this is "
        "still the right team for them.",
    ),
    (
        "passive-aggressive",
        "Those who cannot accept the change should ask themselves whether they still belong here.",
    ),
    (
        "passive-aggressive",
        "I have two competing offers on the table, so I will need an answer by Monday.",
    ),
    ("dismissive", "We are sorry that you feel the engineer was rude to you."),
    ("dismissive", "I'm sorry if you think our fees are unfair."),
    ("dismissive", "We regret that some of you feel this way about the move."),
    ("dismissive", "Sorry you feel that way."),
    ("dismissive", "We apologise if the meal did not live up to your personal expectations."),
    ("dismissive", "I am sorry if the course fell short of your expectations."),
    ("dismissive", "We apologise if anyone was offended by the poster."),
    ("passive-aggressive", "This is the fourth time I have asked for the signed contract."),
    ("passive-aggressive", "That's the third time we've had to remind the team about badges."),
    ("passive-aggressive", "I have now chased the supplier for this form four times."),
    ("passive-aggressive", "We requested the keys on 3 June, 10 June and 17 June."),
    ("passive-aggressive", "Fine, I'll just keep chasing."),
    (
        "passive-aggressive",
        "I've flagged this in every meeting, so I'll assume everyone has read it.",
    ),
    (
        "passive-aggressive",
        "Is there anyone else in your office I should be directing these questions to?",
    ),
    ("passive-aggressive", "I have already sacrificed three of my own weekends for this launch."),
    ("passive-aggressive", "We've given up our lunch breaks all month to cover for the gap."),
    (
        "passive-aggressive",
        "The support desk worked through several evenings last month because of late "
        "requests from sales.",
    ),
    ("blame", "Priya merged the branch on Friday night without a second reviewer."),
    ("blame", "The platform team deployed the new config at midday without testing it."),
    ("blame", "He sent the quote to the client without asking anyone."),
    ("blame", "The blame for the outage rests squarely with them."),
    ("blame", "The vendor has never shipped a single build on time."),
    (
        "blame",
        "The import failed because you selected the wrong file, just as in your previous ticket.",
    ),
    (
        "passive-aggressive",
        "Your account was locked because you entered the old password five times.",
    ),
    ("blame", "The upload was rejected because you skipped the size check."),
    ("blame", "Most customers who lost data had disabled sync, contrary to our guidance."),
    ("sarcasm", "Who could have predicted that removing the only backup would cause trouble?"),
    (
        "sarcasm",
        "No one could possibly have foreseen that halving the staff would lead to complaints.",
    ),
    ("sarcasm", 'Evidently "urgent" means something else to the finance team.'),
    ("sarcasm", "Apparently a deadline means something different for some people."),
    ("passive-aggressive", "The fridge does not clean itself."),
    ("passive-aggressive", "The meeting notes won't write themselves, people."),
    ("passive-aggressive", "We ask everyone to clean up after lunch. A few of us actually do."),
    ("passive-aggressive", "It isn't difficult once you actually read the screen."),
    ("condescending", "Honestly, it's not rocket science if you pay attention."),
    ("condescending", "The print queue is on the first floor, in case you hadn't noticed."),
    (
        "condescending",
        "She reminded him that the fence was electric, in case that had not crossed his mind.",
    ),
    ("condescending", "The Save button sits at the bottom of the form, where it has always been."),
    (
        "condescending",
        "Once you have tried the new process, you'll wonder why you ever did it by hand.",
    ),
    ("condescending", "I suspect your staff lack the experience to run it alone."),
    (
        "condescending",
        "The draft has the sort of rookie mistakes that any trained editor would spot at once.",
    ),
    ("dismissive", "Compensation is out of the question in this case."),
    ("dismissive", "Many of these reviews are wildly exaggerated."),
    ("dismissive", "The complaints overstate what really happened that night."),
    (
        "dismissive",
        "The board did not discuss the proposal, since it is obviously not a realistic option.",
    ),
    ("dismissive", "Although we understand your frustration, the decision will not be revisited."),
    (
        "passive-aggressive",
        "As our website states in capital letters, returns close after 30 days.",
    ),
]
PLAIN = [
    "If the parts do not arrive by 12 April, we will move the launch to May.",
    "If the alert fires twice, escalate it to the on-call manager.",
    "I will escalate your case to my manager today and reply by Friday.",
    "We will raise the issue with the supplier's support team.",
    "We will record the hours against your project code.",
    "Team leads will be the ones explaining the new rota to their staff.",
    "The interview is a chance for you to consider whether this is the right role for you.",
    "I have another offer, so I would be grateful for an early answer.",
    "We are sorry that you felt unwell after the trip.",
    "We are sorry that the delivery arrived late.",
    "We are sorry that your stay did not meet the standard we promise.",
    "We apologise for the noise on the second night.",
    "We apologise if you were charged twice; the duplicate will drop off within five days.",
    "This is the third time we have run the survey.",
    "We met on 2 May, 14 May and 23 May.",
    "We will keep asking for feedback each quarter.",
    "Is there someone else at the bank I should contact about the mortgage?",
    "I spent two evenings on the prototype and enjoyed it.",
    "The team worked through the weekend because of the outage.",
    "We pushed the change without review, and that was our mistake.",
    "Priya reviewed every change without exception.",
    "The security team reviewed the change without delay.",
    "Responsibility for the runbook sits with the platform team.",
    "The fault lies with the firmware on the old routers.",
    "That is nobody's fault, and we will reschedule.",
    "We wrote the checklist quickly, and nobody on the team reviewed it.",
    "The help desk logged the reports as user error, and that delayed our response.",
    "We have not had a single outage since March.",
    "Because you chose annual billing, your invoice covers twelve months.",
    "The report was empty because the date range had no sales.",
    "We kept the old server running, against our own advice.",
    "No one could have predicted the storm that closed the depot.",
    "Nobody could have predicted that the supplier would close on the same day.",
    'The word "draft" means something different to lawyers.',
    "The oven has a self-cleaning mode, so it cleans itself overnight.",
    "Some of us already use the new tool.",
    "It is not complicated once you have the API key.",
    "In case the link does not work, the file is also on the shared drive.",
    "The café stays on the ground floor, where it has always been.",
    "You will wonder why the queue is long on Mondays: it is payroll day.",
    "If your team lacks the training, we offer a free course.",
    "The smaller shops lack the training budget of the big chains.",
    "The kind of errors we found are listed in the appendix.",
    "A cash refund is available within 30 days.",
    "Smoking on site is not allowed at any time.",
    "Early reports exaggerated the number of affected users; the correct figure is 312.",
    "It is not a viable option for this budget, because the lease ends in May.",
    "The policy will not change before the review in June.",
    "Although we understand the concerns, we have decided to go ahead, and here is why.",
    "As the payment page explains, a pending hold is not a charge.",
    "Maria shipped the fix on Tuesday without any downtime.",
    "The design team delivered the screens without a single defect.",
    "Tom ran the migration without a hitch.",
    "He finished the audit without help, in two days.",
    "Sales sent the brochure without the price list by mistake, and we sent a correction.",
    "Last week we deployed without testing the rollback, and we have fixed that.",
    "Monday started without a review of the backlog.",
    "Kim approved the budget without changes.",
    "The risk sits with the insurer under the contract.",
    "Ownership of the backlog sits with Priya.",
    "The decision rests with the board.",
    "The supplier has not sent a single invoice this year, so we owe them nothing yet.",
    "We have not lost a single customer since the change.",
    "The payment failed because your card expired in March.",
    "It failed because you are using an older browser; version 12 works.",
    "Your upload was rejected because you are on the free plan, which allows 10 MB.",
    "As in your last ticket, the fix is to clear the cache.",
    "Nobody could have predicted that the river would flood the depot.",
    "Apparently the train was late because of a signal fault.",
    "The term means something different in American English.",
    "The dishwasher unloads itself? No, but the new one is quieter.",
    "The script does not restart itself, so run it again after an update.",
    "Some of us already know the new system, so we will pair with the others.",
    "A few of us did.",
    "It is not complicated once you know where the logs are.",
    "It is not hard if you follow the guide.",
    "In case the office is closed, leave the parcel with security.",
    "In case it had not reached you, here is the invoice again.",
    "The Help menu is in the top bar, where it has always been, and now it also has search.",
    "You will wonder where the time went.",
    "Your team lacks a shared calendar, so we set one up.",
    "Basic errors, such as typos, are fixed by the copy desk.",
    "A refund is not possible for digital downloads once opened, as the terms say.",
    "Travel outside the policy is out of the question without a director's approval.",
    "Reports of the damage were exaggerated at first; we now know two sheds were hit.",
    "It is not a serious risk, but we will monitor it.",
    (
        "While we understand the concerns, the decision will not change until the safety "
        "review is done, and we will share it with you."
    ),
    "As the form says at the top, use black ink.",
    "I will raise this with their account manager on our weekly call to get your refund sorted.",
    "If you do not hear from us by Friday, please escalate it to your manager or to mine.",
    "We record all absences against the team calendar.",
    "Leads will be the ones to explain the rota, not HR.",
    "You may wish to consider whether the premium plan is the right fit for your team.",
    "I am considering two other offers, so I would be grateful for a reply by Friday.",
    "We are sorry that your order did not meet your expectations; a replacement is on its way.",
    "We apologise if you were affected by the outage on Monday.",
    "I asked for quotes on 3 May, 10 May and 17 May, and all three suppliers replied.",
    "I will keep asking suppliers for quotes until we have three.",
    "Is there anyone else in the team I should send the report to?",
    "I have given up smoking.",
    "We have already spent our own budget on the pilot.",
    "The engineers worked through two weekends because of the data centre move.",
    "Great to see so many of you at the launch!",
]


@pytest.mark.parametrize(("family", "text"), SHAPES, ids=lambda v: str(v)[:40])
def test_an_indirect_attitude_is_flagged_for_its_family(family: str, text: str) -> None:
    assert [rule for rule, _ in attitudes(text)] == [f"tone/{family}"]


@pytest.mark.parametrize("text", PLAIN, ids=lambda v: v[:40])
def test_correct_writing_close_to_the_line_carries_no_attitude(text: str) -> None:
    assert attitudes(text) == []
    assert attitudes(text, style="formal") == []


def test_an_escalation_is_a_threat_only_after_a_condition_and_to_someone_elses_superior() -> None:
    threat = "If the files do not arrive by Monday, I will escalate this to their director."
    assert [rule for rule, _ in attitudes(threat)] == ["tone/passive-aggressive"]
    assert attitudes("If the files do not arrive by Monday, I will tell my manager.") == []
    assert attitudes("I will raise this with their account manager to get your refund.") == []


def test_an_apology_is_dismissive_when_it_is_for_the_feeling_not_the_harm() -> None:
    assert [rule for rule, _ in attitudes("We are sorry that you feel we lost your bag.")] == [
        "tone/dismissive"
    ]
    assert attitudes("We are sorry that we lost your bag.") == []
    assert attitudes("We are sorry that you felt unwell after the meal.") == []


def test_a_dated_request_is_a_reproach_only_when_the_dates_close_the_point() -> None:
    counted = "I asked for the logs on 2 May, 9 May and 16 May, so I will ask again."
    assert [rule for rule, _ in attitudes(counted)] == ["tone/passive-aggressive"]
    assert attitudes("We met on 2 May, 9 May and 16 May.") == []
    assert attitudes("I asked three banks on 2 May, 9 May and 16 May, and all replied.") == []


def test_exonerating_and_owning_wording_is_not_blame() -> None:
    assert attitudes("That is nobody's fault, and I am glad to help.") == []
    assert attitudes("We rushed the plan, and nobody on the team reviewed it.") == []
    assert attitudes("The help desk logged the reports as user error.") == []
    assert attitudes("The fault lies with the firmware on the old routers.") == []
    assert [rule for rule, _ in attitudes("The fault lies squarely with the vendor.")] == [
        "tone/blame"
    ]


def test_friendly_sign_offs_and_invitations_are_slang_in_formal_letters_only() -> None:
    letter = "Give me a call and we can grab a coffee.\n\nCheers,\nCarmen"
    formal = [(f.rule, letter[f.start : f.end]) for f in analyze("tone", letter, style="formal")]
    assert ("tone/slang", "grab a coffee") in formal
    assert ("tone/slang", "Cheers,") in formal
    friendly = [f.rule for f in analyze("tone", letter, style="friendly")]
    assert "tone/slang" not in friendly
    crowd = "Cheers rose from the crowd when the results came in."
    assert "tone/slang" not in [f.rule for f in analyze("tone", crowd, style="formal")]
