"""The tone lens on a fresh check set of attitude (issue 14, eleventh round, 2026-12-04).

SHAPES holds 69 sentences a careful editor would flag and PLAIN 48 sincere sentences close to
the line that must stay clean, written for this round before any rule was changed, in the
voices of colleagues' emails, support replies, code reviews, postmortems, HR notices, manager
feedback, release notes, minutes and chat; their wordings appear in no earlier check set. They
cover condescension and patronising praise ("that's real progress for you"), passive
aggression ("in case the first four didn't land"), sarcasm, blame aimed at a person or a team,
absolutes aimed at people ("you consistently ignore"), dismissiveness, and threats.

Before the change the lens caught 10 of 69 with the family named (12 with any attitude) and
flagged 2 of 48 plain sentences ("Great news: the build is green again", "That is not a
problem; we can move the meeting"). After it, 68 of 69 are caught with the family named and
0 of 48 plain sentences are flagged; the one left (UNCAUGHT) tells the reader a fact, and
whether the fact is too plain to tell is not in the words. The shapes were written from the
misses of this set as word classes and clause frames (modules ``patronising`` and
``exchanges``, and wider classes in ``address``, ``pointed``, ``veiled``, ``hostility``,
``shapes`` and the cue table) rather than the sentences' wordings.

The main evaluation set's misses of attitude were then read for more frames (SHAPES_MAIN,
worded apart from its documents): tone went from P 0.978 / R 0.777 (TP 307, FP 7) to P 0.981
/ R 0.932 (TP 368, FP 7), the same seven false alarms. The held-out documents were not read.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import attitudes

SHAPES = [
    (
        "condescending",
        "As anybody who has opened the README would know, the port is set in the env file.",
    ),
    ("condescending", "I'll try to keep this short so it doesn't go over your head."),
    ("condescending", "Good question, and one a first-week intern usually asks."),
    (
        "condescending",
        "Don't worry, the config format trips up a lot of people who are new to real engineering.",
    ),
    (
        "condescending",
        "Let me walk you through what a foreign key is, since it seems to be a new concept here.",
    ),
    ("condescending", "You might not be aware that spreadsheets can sort columns on their own."),
    (
        "condescending",
        "I know numbers aren't your strong suit, so I've rounded everything for you.",
    ),
    ("condescending", "With respect, if you'd read the ticket you wouldn't be asking."),
    ("condescending", "As stated clearly on our website, refunds take ten days."),
    ("dismissive", "I'm not going to explain how version control works to a senior developer."),
    ("condescending", "Surprisingly, your draft was actually readable this time."),
    ("condescending", "Nice work, you're finally getting the hang of the basics."),
    (
        "condescending",
        "Well done for remembering to attach the file; that's real progress for you.",
    ),
    ("condescending", "It's cute that you tried to fix the pipeline yourself."),
    ("condescending", "For someone from marketing, that was a surprisingly sensible question."),
    ("condescending", "That's a brave attempt for someone who has never written SQL before."),
    (
        "condescending",
        "Good effort, even if most of it will have to be redone by someone more experienced.",
    ),
    ("passive-aggressive", "Circling back on this, since it apparently fell off your radar."),
    (
        "passive-aggressive",
        "I'm sure you were terribly busy last week, but the numbers were due on Tuesday.",
    ),
    (
        "passive-aggressive",
        "Another gentle nudge about the expense forms, in case the first four didn't land.",
    ),
    (
        "passive-aggressive",
        "Not sure how else to phrase this, but the door code must not be shared.",
    ),
    (
        "passive-aggressive",
        "As I mentioned in the thread you were tagged in, the freeze starts Monday.",
    ),
    ("passive-aggressive", "Looping in your manager so we can finally get an answer on this."),
    (
        "passive-aggressive",
        "No worries if you can't make it, we'll just decide without you again.",
    ),
    (
        "passive-aggressive",
        "Just making sure my three emails about the lease didn't end up in spam.",
    ),
    ("passive-aggressive", "I must have missed your reply, unless of course there wasn't one."),
    ("passive-aggressive", "Per our last three conversations, the feature is not happening."),
    (
        "passive-aggressive",
        "Happy to explain it once more for those who weren't paying attention in the kickoff.",
    ),
    ("sarcasm", "Oh marvellous, the nightly job has eaten the logs once more."),
    ("sarcasm", "Another Monday, another surprise migration nobody was told about."),
    ("sarcasm", "Love getting paged at 3 a.m. for a disk that was full for a week."),
    ("sarcasm", "Really appreciate the detailed commit message 'fix stuff'."),
    ("sarcasm", "What a shock, the vendor's quick fix took the portal down."),
    ("sarcasm", "Thanks so much for the two hours' notice on the audit, that was super helpful."),
    ("sarcasm", "Sure, let's add a fifth approval step, that'll speed things up."),
    ("sarcasm", "Because nothing builds team morale like a mandatory Saturday offsite."),
    ("sarcasm", "Great to know the roadmap changes every time someone has a shower thought."),
    ("sarcasm", "So urgent that the ticket has sat untouched for a month."),
    (
        "sarcasm",
        "Release notes: fixed the export bug that the previous team somehow thought was a feature.",
    ),
    (
        "blame",
        "The outage traces straight back to Tom's careless edit of the load balancer config.",
    ),
    ("blame", "The QA team failed to catch an obvious regression, again."),
    ("blame", "Support dropped this ticket on the floor for nine days."),
    ("blame", "Frankly, the design team's inability to hit a date is why we slipped."),
    ("blame", "None of this would have happened if Marketing had checked with us first."),
    ("blame", "Hannah approved the invoice without even glancing at it."),
    ("blame", "The data loss comes down to the ops team ignoring three disk alerts."),
    ("blame", "Once more the contractors have left the site unsecured."),
    ("blame", "Legal sat on the contract until the client walked."),
    ("blame", "Minutes: Raj once again arrived unprepared and the item was deferred."),
    ("blame", "You always wait until the last day to send your slides."),
    ("blame", "You never once updated the ticket while you worked on it."),
    ("blame", "Every single time you touch the deploy script, something breaks."),
    ("blame", "He constantly talks over everyone in planning."),
    ("blame", "They never, ever read the release notes before filing bugs."),
    ("blame", "You consistently ignore the style guide."),
    ("dismissive", "That falls outside our remit, so please don't send it here again."),
    ("dismissive", "Honestly, nobody has the time to deal with edge cases like yours."),
    ("dismissive", "Not a priority. Closing."),
    (
        "dismissive",
        "Your feedback will be considered in due course, which is to say probably not.",
    ),
    ("dismissive", "Works on my machine, so I'm closing this."),
    ("dismissive", "I'm not sure why this is still being discussed."),
    ("dismissive", "Let's not spend the meeting on Gary's pet issue again."),
    ("dismissive", "Customers will get used to the new layout; they always do."),
    (
        "passive-aggressive",
        "Send me the report by five or I'll make sure the director hears about it.",
    ),
    (
        "passive-aggressive",
        "If this happens again, there will be consequences for whoever is responsible.",
    ),
    ("passive-aggressive", "Do that one more time and you can find another team."),
    ("blame", "I am done cleaning up after your team's disasters."),
    ("passive-aggressive", "Keep pushing untested code and see how long you last here."),
    ("passive-aggressive", "Stop wasting my time with half-finished proposals."),
]

PLAIN = [
    "Thank you so much for staying late to get the release out; it made a real difference.",
    "This is urgent: the certificate expires at midnight, so please renew it today.",
    "Dave merged the change on Tuesday, and the invoices failed on Wednesday.",
    "The QA team found the regression before it reached customers.",
    "The service always retries three times before it gives up.",
    "The job never runs on public holidays.",
    'The customer wrote, "You people never listen," and we replied the same day.',
    "As the documentation explains, the port is set in the env file.",
    "I'm sure you'll enjoy the new office; the coffee is excellent.",
    "The support team answered every ticket within a day last month.",
    "We missed the deadline because we underestimated the migration.",
    "I forgot to attach the file, sorry; here it is.",
    "Great news: the build is green again after Maria's fix.",
    "Please read the safety notice before using the lathe.",
    "Let's not spend the meeting on the budget; we'll cover it on Friday.",
    "The outage was caused by an expired certificate on the load balancer.",
    "Priya's change fixed the checkout timeout.",
    "You always get a receipt by email after paying.",
    "If you never received the invite, let me know and I'll resend it.",
    "Reminder: the office is closed on Monday for the bank holiday.",
    "This is the third time we have run the survey, and response rates keep rising.",
    "That is not a problem; we can move the meeting to Thursday.",
    "We don't have capacity for this request before June, but we can schedule it for July.",
    "Hannah approved the invoice on Friday after checking the totals.",
    "The contractors left the site at six and locked the gate.",
    "Legal reviewed the contract and returned it within two days.",
    "Every time the disk fills up, the alert pages the on-call engineer.",
    "Nothing in the logs explains the spike, so we are adding more metrics.",
    "The night shift reported the leak, and facilities fixed it by morning.",
    "Well done to the support team for cutting wait times in half.",
    "If this happens again, restart the router and call the helpdesk.",
    "Send me the report by five so I can include it in the board pack.",
    "I'm not sure why the test is flaky; I'll dig into it tomorrow.",
    "Your draft is clear and well organised; I only changed two headings.",
    "He constantly monitors the queue during the sale, which keeps us safe.",
    "They never miss a standup, even when travelling.",
    "The old system never supported two-factor login.",
    "Thanks for the early notice on the audit; it gave us time to prepare.",
    "Customers will see the new layout from Monday.",
    "Raj arrived at nine and presented the quarterly figures.",
    "Circling back on the budget question from Tuesday: do you have the numbers yet?",
    "The design team hit every date this quarter.",
    "Our website explains how refunds work and how long they take.",
    "Good effort from everyone during the migration weekend.",
    "We had to postpone the launch because the vendor's API changed.",
    "Looping in Sam from finance, who owns the budget figures.",
    "Happy to explain the new rota at the kickoff for anyone who joins late.",
    "The ticket has sat in the queue since Friday because the approver is on leave.",
]


# Shapes written from the main evaluation set's misses of attitude (the tuned-on set; its
# documents' wordings are not reused here), each with plain sentences on its near side.
SHAPES_MAIN = [
    (
        "passive-aggressive",
        "Some colleagues left the kitchen in a state last week, and they know who they are.",
    ),
    ("passive-aggressive", "We sent the usual gentle reminders, for whatever they are worth."),
    ("passive-aggressive", "Please show us the basic courtesy of replying to this one."),
    (
        "passive-aggressive",
        "I'm sure no one meant to leave the van on empty, but it has happened four times.",
    ),
    (
        "passive-aggressive",
        "The forms live on the shared drive, for those of you who email me about them every week.",
    ),
    (
        "passive-aggressive",
        "If you're one of the people who keeps parking in the visitor bays, this notice is for "
        "you.",
    ),
    ("passive-aggressive", "Next time, it may be worth checking the status page before you call."),
    ("passive-aggressive", "Autosave only helps, of course, if you remember to switch it on."),
    (
        "passive-aggressive",
        "Please read the brief in full, as a surprising number of last round's applicants ignored "
        "the word limit.",
    ),
    (
        "passive-aggressive",
        "If your expenses arrive late, rest assured that everyone in finance notices.",
    ),
    ("passive-aggressive", "You would be amazed how many people never open the attachment."),
    (
        "passive-aggressive",
        "Try restarting first, since we get plenty of calls from customers who skip that step.",
    ),
    ("passive-aggressive", "Reply by Monday or I'll have to take this to your line managers."),
    (
        "passive-aggressive",
        "Unless the samples reach us by Thursday, I will explain the delay to their directors "
        "myself.",
    ),
    (
        "passive-aggressive",
        "If the deposit is not paid this week, we will assume you are no longer interested and "
        "act accordingly.",
    ),
    ("passive-aggressive", "Staff found misusing the fuel cards should not expect any leniency."),
    (
        "dismissive",
        "Members who are unhappy with the new opening hours are free to cancel their membership.",
    ),
    ("dismissive", "Applicants who regard this post as a stopgap should look elsewhere."),
    (
        "dismissive",
        "We get hundreds of enquiries, so if nobody calls you within a month, take the hint.",
    ),
    ("dismissive", "If you need a walkthrough for every task, save us both the trouble."),
    ("dismissive", "We only answer complete applications, so don't bother emailing to ask why."),
    ("dismissive", "The front desk has heard it all before, so spare them your excuses."),
    (
        "dismissive",
        "We're sorry the colours weren't what you pictured, but nothing in the printer is "
        "actually faulty.",
    ),
    ("dismissive", "Please do not reopen this case for the same question."),
    (
        "dismissive",
        "Everyone will love the new portal, so we do not expect this to be a problem for anyone.",
    ),
    ("dismissive", "If the old plugin stops working, that is between you and its author."),
    (
        "dismissive",
        "We received several comments about the font size, which we have noted and filed "
        "accordingly.",
    ),
    ("dismissive", "Without accepting any liability, we can offer you a voucher."),
    ("dismissive", "The claim that open-plan offices boost creativity hardly deserves a reply."),
    ("dismissive", "Requests without a ticket number will be deleted without reply."),
    (
        "dismissive",
        "The parking question came up again; it comes up every month and nothing changes.",
    ),
    ("dismissive", "Our answer is still no, and we will not revisit it."),
    ("sarcasm", "I'm sure whoever booked the hall twice had a perfectly good reason."),
    ("sarcasm", "Please update the rota yourself rather than expecting me to read minds."),
    (
        "sarcasm",
        "Legal has promised the contract by Friday for six weeks running, so we can all look "
        "forward to that.",
    ),
    (
        "sarcasm",
        "To the handful of you who told us dark mode was pointless, we hope this makes your week.",
    ),
    ("sarcasm", "Because nothing says 'we value your time' like a ninety-minute status meeting."),
    ("blame", "The payroll delay is on the finance team."),
    ("blame", "The contractors who wired the room never bothered to label the sockets."),
    ("blame", "The board has ignored every warning we sent about the roof."),
    ("blame", 'Sales treated "end of quarter" as "whenever" again.'),
    ("blame", "Please don't do what Marco did last spring and leave the alarm unset."),
    ("blame", "The fault usually comes down to the customer's wiring rather than our boiler."),
    ("blame", "Procurement has not sent the purchase order, and honestly nobody expects them to."),
    (
        "condescending",
        "As the welcome email explains in very simple terms, your login is your staff number.",
    ),
    ("condescending", "A quick look at the timetable would have avoided the wasted trip."),
    ("condescending", "Badges go on the lanyard; I say this because it evidently needs saying."),
    ("condescending", "It's an easy mistake for anyone new to spreadsheets, so don't feel bad."),
    ("condescending", "We assume this is not too complicated for a team of trained accountants."),
    ("condescending", "I was astonished to learn that the office still lacks a fire plan."),
    ("condescending", "The role is far below the level I am used to, but I can start quickly."),
    (
        "condescending",
        "If you're the sort of person who needs reminding to eat lunch, this job is not for you.",
    ),
    ("condescending", "The intern's script is surprisingly decent for a first attempt."),
    ("condescending", "Think twice before applying if you cannot handle criticism."),
    (
        "condescending",
        "This will be hard for directors who have never read more than a page of anything.",
    ),
]

PLAIN_MAIN = [
    "They know who to call if the alarm goes off.",
    "For what it's worth, I think the second design is stronger.",
    "We are sure nobody was hurt, but we will check the footage.",
    "The forms are on the shared drive for anyone who needs them.",
    "If you're one of the people who joined this month, welcome!",
    "Next time, the meeting will be in room 4.",
    "Customers who want a paper invoice are welcome to ask for one.",
    "Customers who are unhappy with a purchase can return it within 30 days.",
    "To save yourself a trip, check the opening hours online.",
    "Don't bother with the lift; the stairs are quicker.",
    "We are sorry the delivery was late, and we have refunded the fee.",
    "Please do not reopen old tickets; create a new one and link the old one.",
    "The minutes were received and filed.",
    "Lunch is on him today.",
    "The outage last week was on the payment provider's side.",
    "We have ignored every warning sign ourselves, and we have changed the process.",
    "The guide explains in plain language how to set up the printer.",
    "A quick look at the map helps before you set off.",
    "It's an easy mistake to make, and the form now warns you about it.",
    "The kind of person who thrives here enjoys solving puzzles with others.",
    "The summer party is on 5 July, so we can all look forward to that.",
    "Nothing boosts morale like a team lunch.",
    "The route is not too difficult for beginners.",
    "I was surprised to learn that the museum is free on Sundays.",
    "The rota has worked for six weeks running without a gap.",
    "If you cannot attend the training, tell your manager.",
    "I will explain the new rota to your manager on Monday.",
    "If you can't make it, we'll go ahead without you and share the notes.",
    "We love being told about bugs early.",
    "Thanks for the two weeks' notice; we have started hiring.",
    "So urgent that we shipped the fix within an hour.",
    "Please don't send invoices here; use the supplier portal.",
    "Dark mode is not a priority for this quarter, because accessibility fixes come first.",
    "Good start, but the introduction needs a clearer aim.",
    "Well done for finishing the audit a week early.",
    "You're getting the hang of the new tool quickly.",
    "For a team of our size, the licence is surprisingly cheap.",
    "As the website explains, refunds take ten days.",
    "Maria's quick fix kept the shop open over the weekend.",
    "This would have been avoided if the alert had fired.",
    "Every time the disk fills up, the old logs are deleted.",
    "Sam once again led the workshop, and the feedback was glowing.",
]

# The shapes and cues no sentence above speaks for, and their near side.
SHAPES_MORE = [
    ("condescending", "Not bad for someone who only joined in March."),
    ("condescending", "Forgetting the semicolon was a classic rookie mistake."),
    ("condescending", "To be clear, the scheduler is not magic."),
    ("passive-aggressive", "Miss the cut-off again and you will face the consequences."),
    ("blame", "Whenever he goes near the billing code, something falls over."),
    (
        "dismissive",
        "Yes, people keep asking about a dark theme, and no, the answer has not changed.",
    ),
]

PLAIN_MORE = [
    "Great, the build is green again.",
    "Brilliant, the site is back up again.",
    "To be clear, the offer closes on Friday.",
    "People keep asking about parking, so here is the new map.",
    "Missing the deadline will have consequences for the budget.",
    "Whenever he goes near the coast, he sends us photos.",
    "Good start, but most readers will want a summary at the top.",
    "Another friendly reminder will go out a week before the event.",
    "My two emails to the council did not get a reply, so I phoned.",
    "Thanks for the three hours' notice; we moved the delivery.",
    "I'm sure they had a good reason to close early, since the storm was coming.",
    "They know who they are inviting to the launch.",
    "Next time, it would be worth booking a bigger room.",
    "Looping in your manager, as you asked.",
    "We will explain the delay to your manager when we meet on Friday.",
    "Staff who prefer to work late are welcome to use the quiet room.",
    "Customers who are unhappy with their order are welcome to contact us for a refund.",
    "Duplicates will be closed without comment, with a link to the original.",
    "The volunteers who set up the hall never bothered to ask for thanks.",
    "As the guide explains in simple terms, the button resets the device.",
    "Surprisingly good for a first attempt, the app already has 100 users.",
    "Our team's inability to travel this year is due to the budget.",
]

# A tip the reader may not know and a jab at what everyone knows read alike: left alone.
UNCAUGHT = "You might not be aware that spreadsheets can sort columns on their own."


@pytest.mark.parametrize(
    ("family", "text"),
    [s for s in SHAPES if s[1] != UNCAUGHT] + SHAPES_MAIN + SHAPES_MORE,
)
def test_the_attitude_is_caught(family: str, text: str) -> None:
    assert f"tone/{family}" in {rule for rule, _ in attitudes(text)}


@pytest.mark.parametrize("text", PLAIN + PLAIN_MAIN + PLAIN_MORE)
def test_the_plain_sentence_stays_clean(text: str) -> None:
    assert attitudes(text) == []


def test_the_trivial_tip_is_left_alone() -> None:
    """Whether a fact is too plain to tell the reader is not in the words."""
    assert attitudes(UNCAUGHT) == []
