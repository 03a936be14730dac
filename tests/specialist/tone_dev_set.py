"""A development set for the tone lens (issue 14): sentences written apart from the rules and the
evaluation corpus, to tune tone pattern families on. PROBLEMS pairs each sentence with the family a
careful editor would flag it under, thirty per family across many genres and registers; PLAIN holds
near-miss sentences on the same topics that an editor would leave alone."""

from __future__ import annotations

PROBLEMS: list[tuple[str, str]] = [
    ("condescending", "Obviously, the config file has to be saved before the server will pick up "
                      "any of your changes."),
    ("condescending", "As anyone who has worked here longer than a week knows, invoices go to "
                      "finance, not to me."),
    ("condescending", "Let me explain this simply, since the last three explanations apparently "
                      "didn't land."),
    ("condescending", "I'm surprised you don't know how to attach a file to a ticket at this "
                      "stage of your career."),
    ("condescending", "Even a child could follow the setup guide, so I'm not sure where you got "
                      "stuck."),
    ("condescending", "This is really basic stuff, so I'll walk you through it one more time, "
                      "slowly."),
    ("condescending", "I've used small words in the steps below so there's no room for confusion "
                      "this time."),
    ("condescending", "Clearly you're new to budgeting, so let me spell out what a line item is."),
    ("condescending", "Don't worry your head about the technical details; the grown-ups in "
                      "engineering will handle it."),
    ("condescending", "Good effort on the proposal, though you'll understand the real constraints "
                      "once you've been here a few more years."),
    ("condescending", "Sweetie, the thermostat in the staff room is not something you need to be "
                      "adjusting."),
    ("condescending", "Bless you for trying to fix the spreadsheet yourself, but maybe leave "
                      "formulas to people who understand them."),
    ("condescending", "It's not rocket science: you press the green button and wait for the light "
                      "to come on."),
    ("condescending", "I realise statistics might not be your strong suit, so I've circled the "
                      "important number for you."),
    ("condescending", "With respect, this is Management 101 and I'd expect anyone at your grade "
                      "to grasp it."),
    ("condescending", "Perhaps someone on your team with more experience could read the contract "
                      "and explain it to you."),
    ("condescending", "Any first-year student would have spotted that the control group was "
                      "missing from this design."),
    ("condescending", "I'll type this slowly for you: the reset link expires after fifteen "
                      "minutes."),
    ("condescending", "For those of us who actually read release notes, this change was announced "
                      "two versions ago."),
    ("condescending", "Nice try, but that's not how version control works, as I'm sure you'll "
                      "learn eventually."),
    ("condescending", "Most parents manage to sign the permission slip on time, so I'm sure you "
                      "can manage it as well."),
    ("condescending", "Your cover letter is sweet, but real consultants don't use exclamation "
                      "marks."),
    ("condescending", "The applicant seems to believe that enthusiasm can substitute for a basic "
                      "grasp of the literature."),
    ("condescending", "Simply put, for the benefit of the less technical readers among us, a "
                      "server is just a computer."),
    ("condescending", "Let's go back to first principles, since some people in this meeting seem "
                      "to have skipped them."),
    ("condescending", "I know reading a lease can be overwhelming for some tenants, so here is "
                      "the clause in plain English."),
    ("condescending", "You may not be aware, being so junior, that we don't email clients "
                      "directly without approval."),
    ("condescending", "Take a breath and try to keep up: the migration happens in two phases, not "
                      "one."),
    ("condescending", "Honestly, I thought everyone knew that you can't merge to main without a "
                      "review."),
    ("condescending", "It's a shame you needed this pointed out, but the error message tells you "
                      "exactly what to do."),
    ("passive-aggressive", "Per my last email, the report is due Friday, which hasn't changed "
                           "since I last mentioned it."),
    ("passive-aggressive", "As previously stated, twice, the meeting room must be booked through "
                           "the portal."),
    ("passive-aggressive", "Going forward, please make sure you actually check the calendar "
                           "before scheduling over my time."),
    ("passive-aggressive", "Friendly reminder that the dishes in the sink don't wash themselves."),
    ("passive-aggressive", "Not sure if you saw my three previous messages, but I'm still waiting "
                           "on the figures."),
    ("passive-aggressive", "Thanks in advance for finally sending the signed contract."),
    ("passive-aggressive", "Just circling back on this again, in case it got buried under all "
                           "your other priorities."),
    ("passive-aggressive", "I'm sure you're very busy, so I'll keep resending this until it gets "
                           "a reply."),
    ("passive-aggressive", "Hope this helps clarify things, since the documentation apparently "
                           "wasn't clear enough."),
    ("passive-aggressive", "Some of us were in the office at eight to prepare for the audit, but "
                           "no worries."),
    ("passive-aggressive", "It would be lovely if whoever keeps taking the stapler from reception "
                           "could return it."),
    ("passive-aggressive", "Per the policy that everyone signed, and that some people seem to "
                           "have forgotten, parking bays are assigned."),
    ("passive-aggressive", "I've gone ahead and done it myself, as usual, so there's no need to "
                           "worry about it now."),
    ("passive-aggressive", "Kindly refer to the attached document, which I also attached last "
                           "week and the week before."),
    ("passive-aggressive", "Happy to explain this a fourth time if that would help."),
    ("passive-aggressive", "Interesting choice to present my slides without mentioning who made "
                           "them, but okay."),
    ("passive-aggressive", "Great to finally hear back from you, only three weeks after the "
                           "deadline."),
    ("passive-aggressive", "Don't mind me, I'll just rearrange my whole afternoon around your new "
                           "schedule."),
    ("passive-aggressive", "Going forward, it would be nice to be copied on decisions that affect "
                           "my team, just a thought."),
    ("passive-aggressive", "As I'm sure you remember from our conversation on Monday, the budget "
                           "is frozen."),
    ("passive-aggressive", "Just a gentle nudge, since my earlier gentle nudges didn't seem to "
                           "register."),
    ("passive-aggressive", "Reattaching the file here for the third time, for your convenience."),
    ("passive-aggressive", "Noted that the brief changed again without anyone telling the design "
                           "team, which is fine."),
    ("passive-aggressive", "Apologies for the confusion; I assumed people read emails all the way "
                           "to the end."),
    ("passive-aggressive", "I'll assume silence means you're happy with the plan, since nobody "
                           "bothered to reply."),
    ("passive-aggressive", "If it's not too much trouble, could the tenant in 4B perhaps consider "
                           "turning the music down after midnight?"),
    ("passive-aggressive", "Thank you to everyone who replied to the survey, and to the rest of "
                           "you, there's still time."),
    ("passive-aggressive", "It's fine, really; I didn't need that weekend anyway."),
    ("passive-aggressive", "Looping in your manager so we're all on the same page about the "
                           "missed deadline."),
    ("passive-aggressive", "Per our agreement, which I have in writing, the deposit was due on "
                           "the first."),
    ("sarcasm", "Oh great, another outage right before the board demo."),
    ("sarcasm", "What a surprise, the vendor has missed the deadline again."),
    ("sarcasm", "Thanks for nothing; the replacement part arrived broken as well."),
    ("sarcasm", "Nice of you to join us, only forty minutes after the stand-up started."),
    ("sarcasm", "Sure, let's rewrite the whole billing system in a weekend, because that worked "
                "so well last time."),
    ("sarcasm", "Brilliant idea to deploy on a Friday afternoon, truly visionary stuff."),
    ("sarcasm", "Wow, a whole two lines of documentation for a forty-file pull request, how "
                "generous."),
    ("sarcasm", "I just love how the new portal logs me out every time I look away from the "
                "screen."),
    ("sarcasm", "Congratulations to facilities for fixing the heating, just in time for summer."),
    ("sarcasm", "Another mandatory fun event on a Saturday, just what everyone was hoping for."),
    ("sarcasm", "Clearly the best way to improve morale is to cancel the bonus and order pizza."),
    ("sarcasm", "Well, that went exactly as planned, if the plan was to lose the client."),
    ("sarcasm", "Fantastic, the printer has decided it only prints in pink today."),
    ("sarcasm", "Because nothing says customer focus like a ninety-minute hold queue."),
    ("sarcasm", "Oh, you tested it on your own laptop, how wonderfully thorough of you."),
    ("sarcasm", "Thank you so much for the two-hour notice on a forty-page review, really "
                "appreciated."),
    ("sarcasm", "Genius move, renaming every column in the shared sheet without telling anyone."),
    ("sarcasm", "I'm thrilled that the release notes now consist entirely of 'bug fixes and "
                "improvements'."),
    ("sarcasm", "Of course the server went down during the one week the on-call engineer was on "
                "holiday; who could have predicted that?"),
    ("sarcasm", "Lovely to see that the landlord's idea of an 'urgent repair' stretches to six "
                "weeks."),
    ("sarcasm", "Good to know the quarterly targets are so flexible that they change every "
                "fortnight."),
    ("sarcasm", "Oh look, the meeting that could have been an email is now a recurring series."),
    ("sarcasm", "Great job, team, we managed to break production and staging in the same "
                "afternoon."),
    ("sarcasm", "Truly inspiring to watch the committee spend an hour choosing a font."),
    ("sarcasm", "Yes, because adding a sixth approval step will definitely make us faster."),
    ("sarcasm", "How refreshing to receive a grant application that cites no literature at all."),
    ("sarcasm", "I see the new intern has been promoted to our chief officer of reply-all."),
    ("sarcasm", "Apparently the password policy now requires a hieroglyph and a blood sample."),
    ("sarcasm", "Well done on discovering email at last, now that the project is over."),
    ("sarcasm", "Sure, I'll just add it to my list of things I do in my imaginary spare time."),
    ("blame", "Your team broke the payment flow when you pushed that untested change."),
    ("blame", "This is on you; you signed off on the vendor without checking their references."),
    ("blame", "Priya dropped the ball on the renewal, and now we're paying the late fee."),
    ("blame", "Thanks to Mark's mistake, the whole mailing list got the draft salary figures."),
    ("blame", "The outage happened because the database team ignored every warning we sent them."),
    ("blame", "Let's be clear that marketing created this mess by promising a feature that "
              "doesn't exist."),
    ("blame", "If Tom had bothered to test the migration, we wouldn't be restoring from backup "
              "tonight."),
    ("blame", "The delay is entirely down to the client's legal department sitting on the "
              "contract for a month."),
    ("blame", "You're the reason we missed the filing deadline, and the partners know it."),
    ("blame", "Whoever approved this design should have to explain it to the customers "
              "themselves."),
    ("blame", "The front desk lost your parcel, not us, so please take it up with them."),
    ("blame", "Support made the customer angry by quoting the wrong refund date; engineering just "
              "cleaned up the fallout."),
    ("blame", "Root cause: Dave ran the cleanup script against production instead of staging."),
    ("blame", "The figures are wrong because the intern can't use a spreadsheet."),
    ("blame", "Once again, QA let a critical bug slip straight through to the release."),
    ("blame", "Your son is the reason the whole class fell behind on the reading scheme this "
              "term."),
    ("blame", "The leak in your flat was caused by your own carelessness, so the repair bill is "
              "yours."),
    ("blame", "Frankly, the project failed because the product owner kept changing her mind."),
    ("blame", "We were on track until the offshore team delivered half-finished code."),
    ("blame", "I told Sarah the server needed patching, and she chose to ignore it."),
    ("blame", "The reviewers' confusion is the applicant's own fault for burying the aims on page "
              "nine."),
    ("blame", "Had finance processed the purchase order on time, the equipment would already be "
              "here."),
    ("blame", "You people in ops never read the runbook, which is why this keeps happening."),
    ("blame", "This regression is yet another gift from the platform team's reckless refactor."),
    ("blame", "The only reason the launch slipped is that design couldn't make a decision."),
    ("blame", "Let's not pretend this wasn't Jamie's call; he pushed for the cheaper supplier."),
    ("blame", "Our numbers were fine until sales started discounting without permission."),
    ("blame", "The customer data was exposed because someone on the web team left a bucket "
              "public, as usual."),
    ("blame", "I'm not taking the fall for this; the contractor wired the panel wrong."),
    ("blame", "Every missed shipment this quarter traces straight back to the warehouse manager's "
              "scheduling."),
    ("dismissive", "Whatever, just ship it and we'll see what happens."),
    ("dismissive", "That's not my problem; raise it with whoever owns billing."),
    ("dismissive", "Let's not overthink this, nobody reads the accessibility report anyway."),
    ("dismissive", "It is what it is, so there's no point discussing the layoffs any further."),
    ("dismissive", "Noted, but we're not going to spend any more time on your concerns."),
    ("dismissive", "I don't really see why this matters, but fine, log a ticket if you must."),
    ("dismissive", "Customers always complain about price changes; they'll get over it."),
    ("dismissive", "Not a priority, and honestly not worth another meeting."),
    ("dismissive", "Your feedback has been received and will not change anything."),
    ("dismissive", "We hear this kind of complaint a lot, and it usually blows over."),
    ("dismissive", "That's a nice theory, but we don't have time for edge cases."),
    ("dismissive", "Sure, whatever you think, I'm not going to argue about a button colour."),
    ("dismissive", "Nobody cares about the legacy users, so we can drop support without notice."),
    ("dismissive", "I've skimmed your proposal and it's not really worth a detailed response."),
    ("dismissive", "Fine, your concern is on the record; moving on."),
    ("dismissive", "The noise from the building works is part of city living, so there's nothing "
                   "to discuss."),
    ("dismissive", "Let's park that one forever, shall we, and get back to the real agenda."),
    ("dismissive", "Your child is just being dramatic about the playground incident."),
    ("dismissive", "The reviewer's comments about sample size are beside the point and can safely "
                   "be ignored."),
    ("dismissive", "Meh, the tests are flaky anyway, so just rerun them until they pass."),
    ("dismissive", "Not my department, not my circus, so please stop copying me on these."),
    ("dismissive", "Honestly, the survey results don't tell us anything we care about."),
    ("dismissive", "I'm not going to dignify that question with an answer."),
    ("dismissive", "That's above your pay grade, so don't worry about it."),
    ("dismissive", "We've already decided, so any further input from you is unnecessary."),
    ("dismissive", "People will complain about anything; just ignore the one-star reviews."),
    ("dismissive", "Burnout is just part of the job here, so let's keep going."),
    ("dismissive", "Yeah, I'll look at it at some point, maybe."),
    ("dismissive", "Your mould issue sounds minor; open a window and it'll sort itself out."),
    ("dismissive", "The bug only affects screen reader users, so it can wait until next year."),
    ("threat", "Get the numbers to me by noon, or else."),
    ("threat", "If this happens again, there will be consequences."),
    ("threat", "Don't make me escalate this to your director."),
    ("threat", "This will be remembered when your performance review comes around."),
    ("threat", "Pay the outstanding balance within seven days or we will make sure every landlord "
               "in town hears about it."),
    ("threat", "I know where your office is, and I'd think carefully before ignoring this "
               "message."),
    ("threat", "Keep pushing back on this and see how long your contract lasts."),
    ("threat", "One more late delivery and I'll make sure your company never works in this "
               "industry again."),
    ("threat", "You might want to reconsider your answer, for your own sake."),
    ("threat", "I'd hate for anything to happen to your funding renewal over something so small."),
    ("threat", "Cross me on this budget and you'll regret it."),
    ("threat", "Refuse the overtime if you like, but don't expect to be on the promotion list."),
    ("threat", "If my son's grade isn't changed, I will be speaking to the governors and my "
               "lawyer, and you won't enjoy it."),
    ("threat", "Remove that review now, or we'll be seeing you in court and in the local paper."),
    ("threat", "Anyone caught leaking this memo will be found and dealt with."),
    ("threat", "Think very hard about whether you want to be the person who blocks this release."),
    ("threat", "It would be a shame if your references ended up less glowing than you hoped."),
    ("threat", "Sign the renewal today, or your belongings will be on the pavement by Monday."),
    ("threat", "I've kept a list of everyone who spoke against the merger."),
    ("threat", "Complain to HR again and see what happens to your shift allocation."),
    ("threat", "You have until Friday to fix this before I go public with the whole story."),
    ("threat", "Keep ignoring my calls and I will turn up at your house."),
    ("threat", "Push that change without my approval and it'll be the last thing you push here."),
    ("threat", "I'd advise you to drop the complaint while you still have a job."),
    ("threat", "Your team's headcount is very much on the table if these numbers don't improve, "
               "just so you know."),
    ("threat", "Don't test me on this, because you will lose."),
    ("threat", "I will personally make your life difficult until this is resolved."),
    ("threat", "Tenants who report us to the council tend to find their leases aren't renewed."),
    ("threat", "Consider this your final warning before I make things very unpleasant for you."),
    ("threat", "Mark my words, people who go over my head don't last long in this department."),
    ("non-apology", "I'm sorry you feel that way about the new rota."),
    ("non-apology", "Sorry if anyone was offended by the joke in the all-hands slides."),
    ("non-apology", "Mistakes were made during the migration, and we are now moving forward."),
    ("non-apology", "We regret any inconvenience this may have caused."),
    ("non-apology", "I apologise if my comments were taken the wrong way."),
    ("non-apology", "Sorry, but if you had read the terms you would have known about the fee."),
    ("non-apology", "We apologise for any confusion caused by customers misreading the promotion."),
    ("non-apology", "I'm sorry that you were upset, but I stand by every word."),
    ("non-apology", "Apologies if the email came across badly; that was never my intention, and "
                    "frankly people are too sensitive."),
    ("non-apology", "We're sorry you experienced an issue, although our systems show everything "
                    "working as expected."),
    ("non-apology", "Sorry you had to wait, but we are very busy and you did call at lunchtime."),
    ("non-apology", "If the delay affected you in any way, we apologise."),
    ("non-apology", "I regret that some staff chose to interpret the policy as a pay cut."),
    ("non-apology", "Sorry for the outage, but honestly it was an act of God as far as we're "
                    "concerned."),
    ("non-apology", "We apologize that you were unable to follow the installation instructions."),
    ("non-apology", "I'm sorry if my tone upset you, but you need to understand how frustrated I "
                    "was."),
    ("non-apology", "To those who felt excluded by the event, we're sorry you felt that way."),
    ("non-apology", "It's unfortunate that the shipment arrived late, though these things happen."),
    ("non-apology", "Sorry, not sorry, but someone had to say it in that meeting."),
    ("non-apology", "Our apologies for any perceived lack of communication on our part."),
    ("non-apology", "I'm sorry the feedback stung, but it's for your own good."),
    ("non-apology", "We regret that the situation has been characterised as a data breach."),
    ("non-apology", "Apologies to anyone who may have been inconvenienced, if indeed anyone was."),
    ("non-apology", "I'm sorry you were offended; it certainly wasn't meant personally."),
    ("non-apology", "Sorry for any trouble, but you should really have backed up your files."),
    ("non-apology", "We acknowledge that errors may have occurred in the billing cycle."),
    ("non-apology", "I apologise for nothing, except perhaps for being too honest."),
    ("non-apology", "Sorry this caused you stress, though most customers had no problem at all."),
    ("non-apology", "We are sorry that some parents misunderstood the trip arrangements."),
    ("non-apology", "Regrettably, the tone of my earlier message was misinterpreted by a few "
                    "people."),
    ("presumption", "You probably didn't read the attachment, so here is the summary again."),
    ("presumption", "I assume you forgot to run the tests before pushing."),
    ("presumption", "You clearly haven't looked at the logs yet, or you wouldn't be asking."),
    ("presumption", "I'm guessing you skipped the onboarding session, which would explain the "
                    "question."),
    ("presumption", "You've obviously never managed a team, so you may not appreciate the "
                    "pressure."),
    ("presumption", "Since you won't have read the contract, I'll point out that clause 7 "
                    "applies."),
    ("presumption", "I imagine the maths went over your head, so I'll stick to the headline."),
    ("presumption", "No doubt you'll ask for an extension, as usual."),
    ("presumption", "You've likely never used a terminal, so I'll keep this high-level."),
    ("presumption", "I expect you didn't bother checking the spam folder before contacting "
                    "support."),
    ("presumption", "Presumably you just copied this paragraph from somewhere else."),
    ("presumption", "You must not have tested this on a real device."),
    ("presumption", "I doubt you've even opened the style guide."),
    ("presumption", "I'm sure you'll find some excuse for missing the deadline again."),
    ("presumption", "Given your background, you probably won't follow the statistical section."),
    ("presumption", "You didn't actually try restarting the router, did you?"),
    ("presumption", "As a first-time buyer, you won't know what a survey is, so let me cover "
                    "that."),
    ("presumption", "You obviously didn't think about the users when you wrote this."),
    ("presumption", "I suspect you haven't read past the abstract."),
    ("presumption", "I take it nobody on your side bothered to check the invoice."),
    ("presumption", "Judging by the question, you haven't opened the handbook since your first "
                    "day."),
    ("presumption", "You'll no doubt want to blame the software, but the error is in your input."),
    ("presumption", "Your daughter probably hasn't told you she's been skipping homework."),
    ("presumption", "I'm assuming, as usual, that the tenants didn't see the notice on the door."),
    ("presumption", "You didn't even look at the mock-ups before commenting, did you?"),
    ("presumption", "You wouldn't understand the technical side, so just trust us."),
    ("presumption", "Since you're new to this, you've probably been doing it wrong the whole "
                    "time."),
    ("presumption", "I'm sure you meant well, but you clearly didn't read the brief."),
    ("presumption", "You've apparently forgotten what we agreed in March."),
    ("presumption", "The applicant has evidently never run a clinical trial and assumes "
                    "recruitment will be easy."),
]  # fmt: skip

PLAIN: list[str] = [
    "Please send the signed contract by Friday so we can start onboarding on Monday.",
    "I'm sorry for the late reply; your message got caught in a filter and I only found it today.",
    "The deploy script did not check the version before overwriting the configuration.",
    "Late submissions cannot be accepted after the portal closes at 5 p.m. on 12 March.",
    "Thank you for staying late to finish the audit pack; it made the review much smoother.",
    "All emergency exits are clearly labelled and must be kept free of obstructions.",
    "The setup is simple: install the package, run the init command, and restart the service.",
    "As stated in section 4, the tenant is responsible for replacing light bulbs.",
    "Per the contract, payment is due within thirty days of the invoice date.",
    "Going forward, we will publish the on-call rota on the first Monday of each month.",
    "Thanks in advance for reviewing the draft before Thursday's meeting.",
    "Noted, I'll update the ticket and let the customer know by end of day.",
    "Great work on the release; the crash rate dropped by half in the first week.",
    "It was a pleasant surprise to see so many parents at the open evening.",
    "Sure, I can cover the Tuesday shift if that helps.",
    "I just wanted to confirm that the room is booked from ten until noon.",
    "Actually, the figure in row 12 should be 4,300 rather than 3,400; I've corrected it.",
    "Of course, you're welcome to bring a guest to the awards dinner.",
    "The bags come in whatever size you need, from small to extra large.",
    "Reminder: the office will be closed on Monday for the bank holiday.",
    "Could you take another look at the error handling in the upload function?",
    "We made a mistake in last month's invoice, and we have issued a credit for the difference.",
    "The backup job failed silently because the disk quota was reached overnight.",
    "Applications received after the deadline will not be considered for this round.",
    (
        "Your feedback on the onboarding guide was really useful, and we've rewritten section two "
        "because of it."
    ),
    "If the payment is not received by 1 June, the account will be suspended until it is settled.",
    "I'll explain the process again at Monday's meeting for anyone who joined the team recently.",
    (
        "I apologise for the disruption caused by yesterday's outage; it was our error, and we "
        "have fixed it."
    ),
    "Please make sure the fire doors are closed when you leave the building.",
    (
        "The alert was not routed to the on-call engineer because the escalation policy was "
        "misconfigured."
    ),
    "This pull request looks good to me; one small suggestion about naming is inline.",
    "Would you mind adding a test for the empty-list case before we merge?",
    (
        "The proposal is well argued, although the budget justification for the second postdoc "
        "needs more detail."
    ),
    "The sample size calculation in section 3 is convincing and clearly presented.",
    (
        "We are looking for an engineer with at least three years of experience in distributed "
        "systems."
    ),
    "This role involves occasional travel to our Leeds and Bristol offices.",
    "Version 2.4 adds dark mode and fixes a crash when importing large CSV files.",
    "The legacy API will be removed in version 3.0, so please migrate before the end of the year.",
    "Oliver has worked hard on his reading this term and is now choosing chapter books on his own.",
    "Please remind Maya to bring her PE kit on Wednesdays.",
    (
        "The boiler service is booked for Thursday morning; the engineer will need access to the "
        "kitchen."
    ),
    "Under the lease, rent increases require two months' written notice.",
    "Thank you for letting us know about the damaged item; a replacement is on its way.",
    "I understand how frustrating this delay is, and I'm sorry we didn't keep you updated.",
    "Action: Priya to circulate the revised timeline by Wednesday.",
    "The team agreed to postpone the launch by one week to complete accessibility testing.",
    "I am applying for the project coordinator role advertised on your website.",
    "In my current position, I manage a budget of around 200,000 pounds and a team of four.",
    "The new parking policy takes effect on 1 September and applies to all staff.",
    (
        "Employees who do not complete the safety training by the due date will not be able to "
        "access the site until they do."
    ),
    "We are pleased to announce that the Dublin office will open in the spring.",
    "The cafeteria will serve a limited menu next week while the kitchen is refurbished.",
    "Thanks, that's a great catch; I'd missed the off-by-one error in the loop.",
    "The migration completed at 02:14 UTC, and all services were healthy by 02:30.",
    (
        "Contributing factors included an expired certificate and a monitoring gap on the load "
        "balancer."
    ),
    (
        "We will add an automated check so that certificate expiry triggers an alert thirty days "
        "in advance."
    ),
    (
        "I'm not able to approve this request because it exceeds the travel budget; could we look "
        "at cheaper dates?"
    ),
    "Unfortunately we cannot refund opened software, but we are happy to help you get it working.",
    "Sorry, I misread your question earlier; the correct answer is that the plan renews annually.",
    "Just a quick note to say the slides are now in the shared folder.",
    "As we discussed on Tuesday, I'll draft the summary and you'll review the figures.",
    "To recap the decisions from today's call, we will keep the current vendor until June.",
    "Please follow up with the supplier if the parts have not arrived by Friday.",
    "This is a firm deadline because the funder does not accept late reports.",
    "Repeated breaches of the code of conduct may lead to removal from the forum.",
    (
        "Failure to pay rent for two consecutive months is grounds for eviction under the tenancy "
        "agreement."
    ),
    (
        "If the issue persists after restarting, please reply to this email and we'll escalate it "
        "to our engineers."
    ),
    "I would be grateful if you could confirm receipt of this letter.",
    (
        "The results are preliminary, and we will share the full analysis once the second cohort "
        "completes."
    ),
    "Our survey had a response rate of 62 percent, which is higher than last year.",
    "Congratulations to Aisha on passing her chartered accountancy exams.",
    "Many thanks to the volunteers who made the charity run possible.",
    "I really appreciated how calmly you handled the customer call this morning.",
    (
        "We were surprised by how quickly the new feature was adopted, and we're adding capacity "
        "as a result."
    ),
    "The error message now explains which field is missing instead of showing a generic failure.",
    "The meeting has moved to 3 p.m. because the client's flight was delayed.",
    "Can you let me know which of these dates works best for the workshop?",
    "I haven't received the figures yet; could you send them when you have a moment?",
    (
        "Following up on my email from last week about the conference registration, are you still "
        "interested in attending?"
    ),
    "I've attached the report again in case the first link didn't work.",
    "Please note that the building will be without water between 9 and 11 a.m. on Saturday.",
    "We will repaint the hallway next month, and residents may notice a smell for a day or two.",
    "The inspection found no structural issues, but the gutters need clearing.",
    "The grant covers salaries and equipment but not conference travel.",
    "The reviewers recommend funding, subject to clarification of the data management plan.",
    (
        "The literature review is thorough, though it could engage more with recent work from 2022 "
        "onwards."
    ),
    "I'd suggest splitting this function in two, since it handles both parsing and validation.",
    "Nit: this variable name could be a little more descriptive.",
    "Good call on caching the response; the page now loads in under a second.",
    "The tests failed on the Windows runner, probably because of the path separator.",
    "The release was rolled back after error rates rose to 4 percent.",
    "No customer data was lost, and all affected orders have been reprocessed.",
    (
        "We should have communicated the maintenance window earlier, and we will give at least a "
        "week's notice in future."
    ),
    "I take responsibility for the scheduling error, and I've rebooked the venue for the 14th.",
    "My apologies; I sent you the wrong version of the spreadsheet this morning.",
    (
        "Sorry to bother you on your day off, but the client has asked for the password reset "
        "urgently."
    ),
    "Please don't hesitate to contact me if anything in the offer letter is unclear.",
    "Candidates should submit a CV and a one-page cover letter by 30 April.",
    "Experience with Python is desirable but not essential for this position.",
    "We offer flexible hours, a hybrid working pattern, and twenty-eight days of annual leave.",
    "Homework is due on Thursdays, and it can be handed in at the office if your child is absent.",
    "Sam found the fractions test difficult, so we will spend another week on that topic.",
    "Thank you for packing such a lovely lunch for the school trip.",
    "The landlord will return the deposit within ten days, minus the agreed cleaning charge.",
    "We received your complaint about the noise and have written to the neighbouring flat.",
    "The shop will honour the sale price for orders placed before midnight.",
    (
        "Your order was delayed because of a stock error on our side, and we've refunded the "
        "delivery charge."
    ),
    "The charger is simple to use: plug it in and the light turns green when the battery is full.",
    "The cables are clearly labelled by colour, so matching them should be straightforward.",
    "Again, thank you for your patience while we sorted out the billing system.",
    "We're running the staff survey again this year with a shorter set of questions.",
    "This is a reminder that expense claims must be submitted within sixty days.",
    "Noted with thanks; I'll pass this on to the facilities team.",
    "The new coffee machine is a great addition to the second floor kitchen.",
    "To everyone's surprise, the old server outlasted its replacement by three years.",
    "Sure enough, the fault was a loose connector behind the panel.",
    "It's just a small change, but it fixes the timezone display for users in Australia.",
    "We actually finished the data cleaning two days ahead of schedule.",
    "Of course, the final decision on the budget rests with the board.",
    "You can choose whatever colour scheme suits your team's dashboard.",
    "I'm sorry for the confusion in my earlier email: the deadline is the 15th, not the 5th.",
    "I apologise for missing our call; I was held up at the hospital and should have messaged you.",
    "We got this wrong, and we're refunding everyone who was charged twice.",
    (
        "Thank you for raising this; you're right that the policy wasn't clear, and we've "
        "rewritten it."
    ),
    (
        "I understand your concern about the rent increase, and I'm happy to discuss a phased "
        "approach."
    ),
    (
        "The cache was not invalidated after the schema change, so users saw stale prices for "
        "forty minutes."
    ),
    "A manual step in the release checklist was skipped because the checklist was out of date.",
    "The on-call engineer followed the runbook, but the runbook did not cover this failure mode.",
    "We have updated the runbook and added a test that reproduces the failure.",
    "The root cause was a race condition between the two workers writing to the same file.",
    "Please complete the timesheet by Friday so payroll can run on schedule.",
    "Access to the lab requires a badge; visitors must sign in at reception.",
    (
        "Passwords must be at least twelve characters long and changed if you suspect they've been "
        "shared."
    ),
    "Staff who repeatedly miss mandatory training will be referred to their line manager.",
    "The library will charge a small fee for books returned more than two weeks late.",
    "If the contract is not signed by 31 May, the offer will lapse.",
    "Without the permit, the council may require the extension to be removed.",
    "We'll need your decision by Thursday to hold the booking.",
    "I disagree with the proposed approach, and I've outlined an alternative in the doc.",
    "I don't think we should ship this until the memory leak is fixed.",
    "That's outside what my team can support, but the platform team owns it and can help.",
    "This isn't something we can change for this release, but I've added it to the backlog for Q3.",
    "Let's keep the scope small for the first version and revisit the reporting features later.",
    "We decided not to proceed with the merger after reviewing the due diligence report.",
    "The committee considered your appeal carefully but was unable to change the grade.",
    (
        "Thanks for the suggestion; we've looked into it and it isn't feasible with the current "
        "hardware."
    ),
    "I'd like to understand the reasoning behind the change before I approve it.",
    "Could you walk me through how the estimate was calculated?",
    "For new joiners, a glossary of common terms is included at the end of this guide.",
    "This guide assumes you have Python 3.11 installed; if not, see the installation appendix.",
    "If you're unfamiliar with Git, the first chapter covers the basics.",
    "The simplest way to reset your password is through the link on the login page.",
    "In short, the proposal reduces costs by consolidating two warehouses into one.",
    "The key point is that the new rules apply only to contracts signed after January.",
    "Everyone on the team contributed to this result, and I'm grateful for the extra hours.",
    "Your presentation was clear and well paced, and the client asked for a copy afterwards.",
    "The judges were impressed by the originality of the entry.",
    "We're delighted to welcome Jordan to the design team this month.",
    "It was great to meet you at the conference, and I'd love to continue our conversation.",
    "I've reviewed your application and would like to invite you to an interview.",
    "Unfortunately, we have decided to move forward with other candidates for this position.",
    "We appreciate the time you took to apply and encourage you to apply for future roles.",
    "The meeting notes from Tuesday are attached, including the action items.",
    "Ben will look into the vendor's pricing and report back next week.",
    "The team discussed the staffing gap and agreed to hire a contractor for three months.",
    "Two risks were raised: the API deprecation and the holiday coverage in December.",
    "The outage affected roughly 8 percent of users in the EU region.",
    "The fix has been deployed, and we are monitoring error rates closely.",
    "We will send a full incident report to affected customers within five business days.",
    "Your refund has been processed and should appear in your account within a week.",
    "I'm afraid the item is out of stock, but we expect more on 10 October.",
    "We can't offer a discount on this order, but free delivery applies to orders over 50 pounds.",
    "Please keep noise to a minimum after 11 p.m. out of consideration for other residents.",
    "Bins should be put out on Tuesday evening for collection on Wednesday morning.",
    "The lift will be out of service for maintenance on 3 and 4 November.",
    "The study was approved by the university ethics committee in March.",
    "Participants may withdraw at any time without giving a reason.",
    "The data will be stored securely and deleted after five years.",
    "This proposal would benefit from a clearer timeline for the second work package.",
    "The methodology is sound, but the power analysis should be reported in the main text.",
    "I'd recommend checking the logs first, since they usually show which step failed.",
    "If you've had a chance to look at the draft, comments by Monday would be really helpful.",
    "Just checking whether the package arrived safely at the new office.",
    "Happy to jump on a call if that's easier than email.",
    "Whatever you decide about the venue, I'll make sure the catering is arranged.",
    "Thanks again for your help with the move; it went far more smoothly than I expected.",
    "The tenant reported the leak promptly, which limited the damage to the ceiling below.",
    (
        "The invoice was paid twice due to a duplicate entry in our system, and we've reversed the "
        "second payment."
    ),
    (
        "The spreadsheet formula referenced the wrong column, which inflated the totals by about 3 "
        "percent."
    ),
    "We underestimated how long the data migration would take, and the new date is 20 June.",
    (
        "I should have checked the figures before sending them, and I'm sorry for the extra work "
        "this caused."
    ),
    "The school will close early on Friday for staff training.",
    "Please label all items of uniform with your child's name.",
    "The consultation closes on 30 September, and all responses will be published anonymously.",
    "The new policy was drafted after feedback from more than 300 staff.",
    (
        "We recognise that the change affects part-time staff most, and we've added a transition "
        "period."
    ),
    "Release 5.1 deprecates the old export format; existing files will still open.",
    "Known issue: the sync icon may not update until the app is restarted.",
    "We're grateful to the open-source contributors whose patches made this release possible.",
    "If you have questions about the new rota, please speak to your shift lead.",
]
