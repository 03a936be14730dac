"""A fifth tone generalisation set (issue 14), the fourth written as a check: attitudes and
register problems as they turn up in workplace writing (postmortems, support replies, code
review comments, policy notices, status emails, announcements, apology letters, job posts),
in wordings written for this set, and plain near-misses that share their words (neutral
reports of failures, references to documents, sincere thanks, polite reminders, direct but
respectful requests).

87 problems (13 condescending, 14 passive-aggressive, 12 sarcasm, 13 blame, 13 dismissive,
6 hostile, 5 shouting, 5 hedging, 6 slang in formal writing) and 97 plain sentences. Written
and scored before any tone rule was changed for it: 28 of 87 caught (0.32), 3 of 97 plain
flagged ('for the slow reply' read as "for the slow"; "heads-up" as slang in a neutral text;
"What a surprise party" as sarcasm). After the shapes written for it (tuned on it, so no
longer a held-out measure): 82 of 87 caught, 0 of 97 plain flagged ("heads-up" is now slang in
formal writing only). Still missed: "people like you" (also said sincerely), two capitalised
words outside the shouted list, two informal words outside the slang list.

Three smaller sets follow, each written before a round of shapes and scored once after it,
which says how far a round carries to wordings it was not written for:

- UNSEEN (32 problems, 32 plain), written after round 1: 7/32 caught and 0 plain flagged, as
  before round 1; round 2 was written on it (tuned): 31/32, 0.
- LATER (18, 18), written before round 2: 0/18, 0 before it; 6/18, 0 after it; round 3 was
  written on it (tuned): 18/18, 0.
- FINAL (18, 18), written before round 3: 5/18, 0 before it and after it.

So the shapes catch what they were written for and little beyond it: round 2 carried to a
third of the wordings it had not seen, round 3 to none. No plain sentence was flagged.
``python -m tests.specialist.tone_generalisation_fourth`` prints recall and false alarms.
"""

from __future__ import annotations

from tests.specialist.tone_generalisation import Item, _items, report


class Register(Item):
    """A register problem whose own rule must catch it (shouting: ``tone/shouting``)."""

    def rules(self) -> frozenset[str]:
        """The rule named by the kind, for the kinds ``Item`` reads as attitudes."""
        if self.kind == "shouting":
            return frozenset({"tone/shouting"})
        return super().rules()


def _register(kind: str, style: str, *texts: str) -> list[Item]:
    return [Register(t, style, kind) for t in texts]


FOURTH_PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "As anybody who has opened the runbook even once would know, the cache must be warmed "
        "before traffic is switched.",
        "Restarting a pod is hardly rocket science, so I am not sure why this needed a ticket.",
        "I'll go over this slowly one more time, because the last explanation clearly didn't "
        "stick.",
        "You might find it helpful to actually open the README before asking the channel.",
        "This is fairly elementary stuff, and I'd expect a senior engineer to know it without "
        "being told.",
        "To put it in terms even the sales team can follow: the server was full.",
        "Surely a developer with your experience has heard of a null check.",
        "Let me try smaller words: the build is red because your test fails.",
        "For anyone who slept through onboarding, the VPN has to be on before you connect.",
        "I have highlighted the relevant line in yellow so you cannot miss it this time.",
        "Reading the error message out loud usually helps people like you work out what went "
        "wrong.",
        "It's a two-line change; a first-year student could review it in their sleep.",
        "We explained the refund policy in plain English on the checkout page, which most "
        "customers seem to manage to read.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "Per my note from last Thursday, the vendor invoices go to accounts, not to me.",
        "As I've now said twice in this thread, the freeze starts at noon.",
        "Going forward, please do make sure the ticket has a description before you assign it "
        "to me.",
        "Not sure whether you caught my message on Monday, but the form is still missing your "
        "signature.",
        "Thank you in advance for actually filling in the timesheet this month.",
        "Just bumping this to the top of your inbox again, in case it sank.",
        "I was under the impression we had agreed on this at the last retro, but perhaps I "
        "misremember.",
        "It would have been nice to hear about the schema change before it reached production.",
        "I'm sure you have had a lot on, but the review has now been waiting eleven days.",
        "Friendly reminder number three: the expense deadline was yesterday.",
        "Happy to walk everyone through it a third time if that would help.",
        "As was made clear at the kickoff, and again in the follow-up, the budget cannot grow.",
        "Noting for the record that I raised this exact risk in March.",
        "I'll just take the silence as a yes, as usual.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Great, the payment page is down again, right in the middle of the sale.",
        "Oh wonderful, a fourth reorganisation this year.",
        "Shocking, truly shocking, that skipping the load test ended badly.",
        "Big thanks for the heads-up that arrived an hour after the outage.",
        "Colour me amazed: the vendor missed the deadline.",
        "Nice to see the release notes written after the release, as is tradition.",
        "I just love spending my Saturday restoring backups that nobody tested.",
        "Ten out of ten for the migration plan, if the plan was to lose the customer table.",
        "Another week, another quick fix that took the whole site down.",
        "Cheers for the detailed bug report, which consisted of the word 'broken'.",
        "Because what every customer wants is a survey straight after a three-hour outage.",
        "Stellar communication from the platform team, as ever: we found out from social media.",
    ),
    *_items(
        "blame",
        "neutral",
        "Checkout went down because the backend team pushed an untested migration on Friday.",
        "This happened because Sam ignored the alert for forty minutes.",
        "Your mistake cost us the Henderson account.",
        "Priya's change is what took the payments service down.",
        "We lost a day of orders, and that is on the data team.",
        "Once more, QA waved a release through without running the regression suite.",
        "Had Marcus followed the checklist, we would still have the logs.",
        "Support promised the customer a refund they had no authority to give, and now finance "
        "has to clean it up.",
        "You were the one who approved the discount, so you can explain it to the board.",
        "The contractors wiped the staging database through sheer carelessness.",
        "If it weren't for Dana skipping the handover, the night shift would have known about "
        "the leak.",
        "The certificate lapsed on Sunday because not one person in IT put a reminder in the "
        "calendar.",
        "Jenna's careless handover notes are the reason the client was billed twice.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "The customer's firewall settings are really not our concern.",
        "Pick any format you want, whatever, it makes no difference to me.",
        "We simply don't have the bandwidth for requests like this.",
        "You'll have to get used to the new login flow like everyone else.",
        "Raise it at the next all-hands if it matters that much to you.",
        "This has been discussed to death, so I won't be engaging further.",
        "I'm not going to debate the rota with you over email.",
        "The accessibility complaints can wait; hardly anyone uses a screen reader anyway.",
        "It's a minor bug, people will cope.",
        "Frankly, your worries about the deadline are not high on leadership's list.",
        "Let's park that forever and move on to things that actually matter.",
        "Feel free to escalate, it won't change the outcome.",
        "Sure, we'll look into it some day.",
    ),
    *_items(
        "hostility",
        "neutral",
        "This pull request is an embarrassment and should never have been opened.",
        "Whoever wrote this incident summary should be ashamed of it.",
        "I am sick and tired of cleaning up after this team.",
        "Your behaviour in the meeting was completely out of line, and I will not tolerate it "
        "again.",
        "The new vendor is a bunch of cowboys and I want them gone.",
        "Stop sending me garbage tickets with no steps to reproduce.",
    ),
    *_register(
        "shouting",
        "neutral",
        "The deploy window is CLOSED on Fridays, no exceptions.",
        "Do NOT restart the primary database without approval.",
        "PLEASE READ THE WHOLE TICKET BEFORE YOU REPLY.",
        "We are NEVER shipping on a Friday again.",
        "This is the LAST time I am asking for the report.",
    ),
    *_items(
        "hedge",
        "formal",
        "We would perhaps suggest that the committee might possibly consider a modest increase.",
        "It could be argued that the outage was, in some sense, partly related to the "
        "configuration.",
        "The data seem to somewhat indicate a possible improvement, more or less.",
        "I tend to feel that the candidate may arguably be a reasonably good fit.",
        "The new policy should hopefully, in most cases, probably reduce the number of complaints.",
    ),
    *_items(
        "slang",
        "formal",
        "The board was super stoked about the third-quarter numbers.",
        "Applicants should be cool with working the odd weekend.",
        "Our apologies: the billing page was glitchy for a bit on Tuesday.",
        "The new hire is a total rockstar and the whole department is pumped to have her.",
        "Payments will be delayed a tad because the bank's system is kinda wonky.",
        "Staff may grab a couple of extra days off around the holidays, no biggie.",
    ),
]

FOURTH_PLAIN: list[Item] = [
    *_items(
        "plain",
        "neutral",
        # Condescension's words, plainly.
        "As documented in section 3 of the runbook, the cache is warmed before traffic is "
        "switched.",
        "Restarting a pod is a simple step, and the runbook lists it under recovery.",
        "I'll go through the migration steps slowly on Thursday's call, and there will be time "
        "for questions.",
        "Before the workshop, please skim the README so we can start with the examples.",
        "This section covers the basics; skip ahead to part two if you already know them.",
        "In short, the server ran out of disk space.",
        "A null check on the customer field would prevent the crash; I have suggested one on "
        "line 42.",
        "First-week hires learn the expense tool during onboarding.",
        "The build is red because the date test fails on leap years.",
        "If you missed onboarding, the VPN guide is on the intranet.",
        "I have highlighted the relevant line in the log so it is easy to find.",
        "The error message names the missing file, which is a good place to start.",
        "It's a two-line change, so the review should be quick.",
        "The refund policy is explained in plain English on the checkout page.",
        # Passive aggression's words, plainly.
        "Following up on my note from last Thursday: vendor invoices now go to accounts.",
        "As mentioned at the kickoff, the budget for the year is fixed.",
        "As I said in the planning meeting, I can take the Friday shift.",
        "Going forward, the ticket template will ask for a description automatically.",
        "I sent the form on Monday; it still needs your signature, and Friday is the last day.",
        "Thank you in advance for filling in the timesheet by Friday.",
        "Thanks for sending the timesheets; the payroll run went out on time.",
        "Bumping this thread because the vendor now needs an answer by Wednesday.",
        "It would help to hear about schema changes a day before they reach production, so we "
        "have added a checklist item.",
        "The review has been open for eleven days, so I have asked Leo to pick it up.",
        "Reminder: expense claims for March are due on Friday.",
        "Happy to walk through the setup on a call if that would help.",
        "For the record, the risk was logged in March and reviewed in April.",
        "If I do not hear back by Friday, I will book the room for Tuesday.",
        "As agreed at the retro, we will rotate the release captain each sprint.",
        # Sarcasm's words, plainly.
        "The payment page was down for twelve minutes during the sale; the cause was an "
        "expired certificate.",
        "Great news: the reorganisation is complete and every team now has a named lead.",
        "Skipping the load test was a mistake, and we have made it a required step.",
        "Thanks for the heads-up about the outage; it gave support time to prepare.",
        "The vendor missed the deadline, and we have agreed a new date with a penalty clause.",
        "Nice to see so many people at the release party.",
        "I love working with this team, and I am sorry to be leaving.",
        "The migration plan is thorough, and the rollback steps are clear.",
        "Another week of stable releases: no incidents since the freeze.",
        "Cheers for the detailed bug report; the screenshots made it easy to reproduce.",
        "Every customer affected by the outage will get a credit and a personal email.",
        "Great communication from the platform team this week: the migration notice went out "
        "five days ahead.",
        "What a surprise party it was for Maria's tenth year with us.",
        # Blame's words, plainly.
        "The deploy failed because the config was wrong.",
        "The deploy failed because the config file named the wrong region.",
        "Checkout went down after an untested migration shipped on Friday; the release "
        "checklist now requires a staging run.",
        "The alert fired at 02:10 and was acknowledged at 02:50, so we are shortening the "
        "escalation window.",
        "This mistake cost us the Henderson account, and we are reviewing how quotes are checked.",
        "Priya's change fixed the timeout in the payments service.",
        "We lost a day of orders, and the data team is leading the recovery.",
        "QA ran the regression suite twice before the release.",
        "Marcus followed the checklist, so the logs were kept.",
        "Support offered the customer a refund, and finance approved it the same day.",
        "You approved the discount in March, so could you join the board call to explain the "
        "reasoning?",
        "The staging database was wiped during the upgrade, and it took two days to rebuild.",
        "The handover notes were missing the billing address, so the client was billed twice; "
        "we have added the field to the template.",
        "The certificate lapsed on Sunday because the renewal reminder went to an old mailbox.",
        "The contractors rebuilt the staging database in two days.",
        "Sam was on call and acknowledged the alert within five minutes.",
        # Dismissiveness's words, plainly.
        "The customer's firewall settings are outside what we support, but here is a guide "
        "that may help.",
        "Pick any format you like; both work with the importer.",
        "We don't have time for this request before the launch, so we have scheduled it for May.",
        "The new login flow applies to everyone from Monday; the help desk can walk you "
        "through it.",
        "Please raise it at the next all-hands so the whole company can hear the answer.",
        "This topic was discussed at length in March; the notes are linked below.",
        "I would rather discuss the rota in person than over email; does Tuesday work?",
        "The screen reader fix is scheduled for the next sprint.",
        "It's a minor bug, and a fix is ready for Thursday's release.",
        "Your concerns about the deadline are fair; leadership will discuss them on Monday.",
        "Let's park that question until the budget is set, then come back to it.",
        "Feel free to escalate if the answer does not solve your problem.",
        "We will look into it this week and reply by Friday.",
        "Whatever you choose, the data will be migrated over the weekend.",
        # Firm criticism of work and direct requests, without hostility.
        "This pull request needs tests before it can be merged.",
        "The incident summary is missing the timeline and the root cause.",
        "The new vendor missed two deadlines, and we are reviewing the contract.",
        "Please include steps to reproduce in every ticket.",
        "Could you add a test for the empty-list case before merging?",
        "This function is hard to follow; could you split it into two?",
        "Please send the signed contract by Friday.",
        "Thank you, Sam, for staying late to restore the backups.",
        "Sorry for the slow reply; I was away last week.",
        "We apologise for the double charge; the refund will reach your card within five days.",
        # Capitals that are names, not shouting.
        "The deploy window is closed on Fridays, with no exceptions.",
        "Do not restart the primary database without approval from the on-call lead.",
        "The API returns JSON over HTTPS, and the SDK wraps it for Python.",
        "Read the NOTICE file before you redistribute the package.",
    ),
    *_items(
        "plain",
        "formal",
        # Hedging's and slang's subjects, in a formal register.
        "We suggest that the committee consider a modest increase of three per cent.",
        "The outage was caused partly by the configuration and partly by a spike in load.",
        "The data indicate an improvement of four points.",
        "The candidate is a good fit for the role.",
        "The new policy should reduce the number of complaints, based on the pilot.",
        "The board was pleased with the third-quarter results.",
        "Applicants should be comfortable working the occasional weekend.",
        "The billing page was unavailable for twenty minutes on Tuesday; we apologise.",
        "The new hire is an excellent engineer, and the department is glad to have her.",
        "Payments will be delayed by two days because of a fault at the bank.",
        "Staff may take up to five days of leave without prior notice.",
    ),
]


# Written after the shapes above and scored once: how far the shapes carry to wordings they
# were not written for. 7 of 32 caught, 0 of 32 plain flagged, the same as before the shapes
# (the rules of commit 848aadc score 7 and 0): they fix the wordings they were written for.
# A second round of shapes was then written on this set (tuned on it): 31 of 32, 0 of 32.
UNSEEN_PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "If reading a stack trace is too much, ask someone senior to sit with you.",
        "I've attached a picture, since the written steps were apparently beyond the team.",
        "This is day-one material, so please don't make me explain it again.",
        "Maybe the onboarding deck would be a good place for you to start, before the next "
        "question.",
        "Anyone with a calculator could have spotted the error in the totals.",
        "I'm happy to draw you a diagram if the paragraph was too long.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "As I pointed out in my first reply, and my second, the discount has expired.",
        "I've re-attached the file, which has been in your inbox since the 2nd.",
        "Appreciate you getting round to this at last.",
        "I'll be sure to put it in writing next time, since the meeting apparently wasn't enough.",
        "Just looping back, since my last three emails seem to have vanished.",
        "Kind reminder, once again, that the kitchen is not a storage room.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Lovely, the vendor has 'rescheduled' for the third time.",
        "Fabulous timing on the maintenance window, right in the middle of payroll.",
        "Sure, let's add another approval step; the process isn't slow enough.",
        "Well done on the new intranet, which nobody can find anything on.",
        "What a delight to learn about the price change from a customer.",
        "Because clearly the best time to migrate is the night before the audit.",
    ),
    *_items(
        "blame",
        "neutral",
        "The campaign flopped because the design team ignored the brief.",
        "Your careless merge is why the nightly build is red.",
        "We missed the filing date, thanks entirely to Raj sitting on the paperwork.",
        "Finance let the card expire, and now the subscriptions have lapsed.",
        "It was Mei who deleted the folder, so she can recover it.",
        "Once again, the night crew didn't bother to log the incident.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "Honestly, nobody is going to notice a two-second delay.",
        "Let's not make a drama out of one missed stand-up.",
        "Your suggestion has been received and filed.",
        "We've been doing it this way for ten years and it's fine.",
        "That's a you problem, not a platform problem.",
        "Complain all you like; the policy is staying.",
    ),
    *_items(
        "hostility",
        "neutral",
        "This is the worst code review I have had the misfortune to read.",
        "Quite frankly, I have had it with this department.",
    ),
]

UNSEEN_PLAIN: list[Item] = _items(
    "plain",
    "neutral",
    "If reading a stack trace is new to you, the wiki has a short guide.",
    "I've attached a picture of the wiring, since it is easier to follow than the text.",
    "This is covered on day one, and the slides are in the shared drive.",
    "The onboarding deck is a good place to start; ping me with any questions.",
    "A quick check with a calculator found the error in the totals.",
    "I'm happy to draw a diagram if that would help the new starters.",
    "As I pointed out in my first reply, the discount expires on Friday.",
    "I've re-attached the file in case the first link did not work.",
    "Thanks for getting this done before the weekend.",
    "I'll put the decision in writing so that everyone has the same version.",
    "Looping back on the contract: legal has approved the changes.",
    "Reminder: the kitchen will be cleaned on Friday, so please clear the fridge.",
    "The vendor has rescheduled the visit to Thursday.",
    "The maintenance window falls during payroll, so we have moved it to Sunday.",
    "Let's add one approval step for payments over ten thousand.",
    "The new intranet launches on Monday, and search will improve in May.",
    "We learned about the price change from a customer and have asked the supplier to tell us "
    "directly.",
    "The migration will run the night before the audit, with a rollback plan ready.",
    "The campaign underperformed, and the brief and the design were out of step.",
    "The nightly build is red after yesterday's merge; Ana is looking into it.",
    "We missed the filing date because the paperwork was waiting for a signature.",
    "The card on file expired, so the subscriptions lapsed; finance has added a new one.",
    "Mei restored the folder from the backup within an hour.",
    "The night crew logged the incident at 03:10.",
    "A two-second delay is within the limit we agreed with the client.",
    "We missed one stand-up, and the notes went out by email instead.",
    "Your suggestion has been received, and we will reply within a week.",
    "We have done it this way for ten years, but we are open to a change.",
    "This is a network problem rather than a platform problem, so I have passed it to IT.",
    "The policy stays in place this year and will be reviewed in January.",
    "This code review raised twelve points, and I have answered each of them.",
    "I have had three meetings with this department this week.",
)

# Written before the second round of shapes (after the first), to measure that round on
# wordings it was not written for: 0 of 18 caught, 0 of 18 plain flagged before it; 6 of 18,
# 0 of 18 after it (scored once). The third round was written on it: 18 of 18, 0 of 18.
LATER_PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "I'll send a short video, as the written guide seems to have gone over some heads.",
        "Please ask a colleague to help you with the attachment button if it is confusing.",
        "Honestly, a bit of common sense would have prevented all of this.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "Funny, I don't remember agreeing to that deadline.",
        "I'll resend the agenda, since it clearly didn't reach everyone the first two times.",
        "Looking forward to your reply, whenever that may be.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Superb, the coffee machine and the wifi are both down on demo day.",
        "Good to know the new portal only crashes when customers use it.",
        "Such a thrill to spend another weekend on a release that slipped again.",
    ),
    *_items(
        "blame",
        "neutral",
        "The audit failed because Kim never filed the receipts.",
        "We are in this mess because the vendor cut corners.",
        "Thanks to Paul forgetting the password, the archive is locked.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "I'd rather not hear any more about the parking.",
        "Not everything needs a meeting, and this certainly doesn't.",
        "Do what you want, I'm past caring.",
        "The feedback form exists for a reason, and it isn't this.",
    ),
    *_items(
        "hostility",
        "neutral",
        "Frankly, this proposal insults everyone's intelligence.",
        "I am appalled by the state of this report.",
    ),
]

LATER_PLAIN: list[Item] = _items(
    "plain",
    "neutral",
    "I'll send a short video, as some people prefer it to the written guide.",
    "Please ask a colleague if the attachment button is hard to find.",
    "A simple check of the invoice date would have prevented the error, so we added one.",
    "I don't remember the deadline; could you remind me?",
    "I'll resend the agenda, since the first email bounced.",
    "Looking forward to your reply.",
    "The coffee machine and the wifi are both down, so the demo moves to room 4.",
    "The new portal crashes under heavy load; a fix is due on Monday.",
    "We will spend the weekend on the release, which slipped by two days.",
    "The audit flagged missing receipts, and Kim is collecting them.",
    "We are behind because the vendor delivered late.",
    "Thanks to Paul, the archive is now encrypted.",
    "We have no update on the parking yet.",
    "Not every topic needs a meeting, so we will settle this one by email.",
    "Do what suits your team; both options are supported.",
    "The feedback form is the best place for suggestions about the menu.",
    "This proposal needs clearer costs before the board sees it.",
    "I was surprised by the state of the report and would like to discuss it.",
)

# Written before the third round of shapes, to measure that round on wordings it was not
# written for: 5 of 18 caught, 0 of 18 plain flagged before it and after it (scored once).
FINAL_PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "We've put the important bit in bold, for those who only skim.",
        "No offence, but this is the kind of mistake a graduate would catch.",
        "I'd suggest reading your own ticket before escalating it.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "Interesting that the deadline only became urgent once your manager asked.",
        "I see the report is 'nearly done' again this week.",
        "Do let me know if there is anything else I can do for you, since I seem to be doing most "
        "of it anyway.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Marvellous, another password policy nobody asked for.",
        "Glad we spent six months on a logo that looks exactly like the old one.",
        "The vendor's 24-hour support line is a lovely idea in theory.",
    ),
    *_items(
        "blame",
        "neutral",
        "The client walked because the account team overpromised and underdelivered.",
        "This incident is squarely the result of Omar's shortcut.",
        "Leadership signed off on the plan without reading it, and here we are.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "Not sure why this is coming to me; I have bigger fish to fry.",
        "That ship has sailed, so there is no point revisiting it.",
        "Fine, if it makes you feel better, log a ticket.",
        "You can raise it, but I wouldn't hold out much hope.",
    ),
    *_items(
        "hostility",
        "neutral",
        "This is an insult to everyone who worked on the project.",
        "Quite honestly, whoever approved this budget should be let go.",
    ),
]

FINAL_PLAIN: list[Item] = _items(
    "plain",
    "neutral",
    "We've put the key points in bold so the page is easy to skim.",
    "This is the kind of mistake our test suite should catch, so we have added a case.",
    "Please check the ticket details before escalating so that the on-call engineer has the "
    "context.",
    "The deadline moved up once the client asked for an earlier demo.",
    "The report is nearly done and will go out on Thursday.",
    "Let me know if there is anything else I can do to help.",
    "A new password policy starts in June, after feedback from the security review.",
    "We spent six months on the new logo, and it keeps the shape of the old one.",
    "The vendor offers a 24-hour support line for urgent issues.",
    "The client left after two late deliveries, and the account team is reviewing what happened.",
    "This incident followed a shortcut in the deploy script, which we have removed.",
    "Leadership approved the plan on Monday after a short review.",
    "This request belongs with the facilities team, so I have forwarded it to them.",
    "The vendor has already shipped the order, so we cannot change it now.",
    "If it helps, log a ticket and we will track it there.",
    "You can raise it at the review; the panel decides in May.",
    "Everyone who worked on the project is invited to the launch dinner.",
    "The budget was approved by the finance committee last week.",
)


if __name__ == "__main__":
    report(FOURTH_PROBLEMS, FOURTH_PLAIN)
    report(UNSEEN_PROBLEMS, UNSEEN_PLAIN)
    report(LATER_PROBLEMS, LATER_PLAIN)
    report(FINAL_PROBLEMS, FINAL_PLAIN)
