"""A check set for the learned attitude detector (``tone/attitude``), written before it was
trained and worded apart from the evaluation corpus and the other tone sets: sentences whose
tone problem is in the whole sentence (condescension, passive aggression, veiled threats,
non-apologies, presumption, blame, sarcasm, dismissiveness), and plain sentences close to
them (direct requests, honest apologies, firm deadlines stated politely). Nothing here is
trained on.

``python -m tests.specialist.tone_model_check`` prints what the tone lens catches, with and
without the model.
"""

from __future__ import annotations

PROBLEMS: list[tuple[str, str]] = [
    ("condescending", "Since spreadsheets seem to be new territory for you, I have highlighted "
                      "the cells you need to fill in."),
    ("condescending", "For those of us who read the onboarding pack, the VPN step will feel "
                      "familiar."),
    ("condescending", "I have kept the explanation short so that it is easy for everyone on your "
                      "team to follow."),
    ("condescending", "Your draft shows real enthusiasm, which counts for something at this stage "
                      "of your career."),
    ("condescending", "Most applicants manage to attach the right form on the first try, so "
                      "please have another look."),
    ("condescending", "Let me walk you through it slowly, since the last summary clearly did not "
                      "land."),
    ("condescending", "You may not realise this, but invoices need a purchase order number before "
                      "finance can pay them."),
    ("condescending", "It is actually quite simple once you take the time to read the "
                      "instructions."),
    ("passive-aggressive", "Some of us stayed until nine to finish the slides, but I am sure your "
                           "evening plans were important too."),
    ("passive-aggressive", "I will go ahead and update the tracker myself, since that seems to be "
                           "the only way it gets done."),
    ("passive-aggressive", "Just a reminder that the shared calendar exists and can be checked "
                           "before booking the room."),
    ("passive-aggressive", "I hope this third email finds you with a little more time to reply."),
    ("passive-aggressive", "Going forward, it would be great if deadlines were treated as actual "
                           "deadlines."),
    ("passive-aggressive", "Per our conversation last week, which I assume you remember, the "
                           "budget is frozen."),
    ("passive-aggressive", "Feel free to ignore this message like the previous ones."),
    ("threat", "Teams that keep missing the security training will find their names mentioned at "
               "the quarterly review."),
    ("threat", "I would hate for this to end up on your performance record, so please return the "
               "laptop by Friday."),
    ("threat", "Should the rent arrive late again, we may need to reconsider whether the lease is "
               "renewed."),
    ("threat", "Anyone who leaves the fire door propped open will be hearing from me personally."),
    ("threat", "It would be a shame if the director had to hear about this delay from someone "
               "else."),
    ("threat", "We know which accounts have not updated their passwords, and we will be following "
               "up individually."),
    ("non-apology", "We apologise to anyone who chose to take offence at the newsletter's joke."),
    ("non-apology", "I am sorry you feel the feedback was harsh, but it was accurate."),
    ("non-apology", "Mistakes were made during the migration, and we regret any confusion this "
                    "may have caused some users."),
    ("non-apology", "If my comments in the meeting upset anyone, that was never the intention and "
                    "I hope we can move on."),
    ("non-apology", "We are sorry that you were unable to follow the setup guide."),
    ("non-apology", "Apologies if the invoice seemed confusing to you; it is laid out the same "
                    "way as every month."),
    ("presumption", "You probably skimmed the contract, as most tenants do, so here is the clause "
                    "about pets again."),
    ("presumption", "I assume you did not bother to back up your files, so restoring them may not "
                    "be possible."),
    ("presumption", "Like most new managers, you will want to change everything in your first "
                    "month; please don't."),
    ("presumption", "You have most likely forgotten your password again, so use the reset link "
                    "below."),
    ("presumption", "People in your position rarely read the terms, which is why we are "
                    "summarising them here."),
    ("presumption", "You will no doubt have lost the receipt by now, so we will accept a bank "
                    "statement."),
    ("blame", "The launch slipped because the design team could not make up its mind about the "
              "colours."),
    ("blame", "Had Priya checked the numbers before sending them, we would not be issuing this "
              "correction."),
    ("blame", "The outage lasted four hours, most of which was spent waiting for operations to "
              "answer the phone."),
    ("blame", "Once again the warehouse shipped the wrong items, and once again customers are "
              "angry with us."),
    ("blame", "This is what happens when the night shift ignores the checklist."),
    ("blame", "The client walked away, and I think we all know whose pitch that was."),
    ("sarcasm", "What a surprise: the printer on the third floor is out of toner again."),
    ("sarcasm", "Congratulations to the planning team for scheduling the all-hands during the "
                "public holiday."),
    ("sarcasm", "I am sure the customer will be thrilled to receive their order three weeks "
                "late."),
    ("sarcasm", "Thank you for the detailed reply of one word."),
    ("sarcasm", "Another week, another urgent request that nobody mentioned until Friday "
                "afternoon."),
    ("sarcasm", "Clearly the new booking system was designed by someone who has never booked a "
                "room."),
    ("dismissive", "Your concerns about the workload have been noted, and the plan will go ahead "
                   "as written."),
    ("dismissive", "We are not going to revisit the rota just because a few people are unhappy "
                   "with it."),
    ("dismissive", "Whether or not you agree with the policy is not really the point."),
    ("dismissive", "I do not have time to explain the reasons behind every decision."),
    ("dismissive", "Suggestions of this kind come up every year and are never practical."),
    ("dismissive", "That is not how things work here, so there is little value in discussing it "
                   "further."),
    ("condescending", "Your gallery has done well for a regional venue of its size."),
    ("threat", "If attendance at the safety briefing does not improve, the attendance list will "
               "be shared with every department head."),
    ("condescending", "Everyone else on the course managed to submit on time, so I am not sure "
                      "what happened in your case."),
    ("condescending", "I would have thought someone with your experience would know to copy legal "
                      "on this."),
    ("passive-aggressive", "We trust that this time the payment will arrive without further "
                           "reminders."),
    ("condescending", "Before you raise another ticket, it might be worth checking whether the "
                      "cable is plugged in."),
    ("dismissive", "No offence, but the last three proposals from your department were not worth "
                   "the paper."),
    ("non-apology", "We regret that our standard of service did not meet your personal "
                    "expectations."),
    ("presumption", "Late expense claims are usually the same few people, so you know who you "
                    "are."),
]  # fmt: skip

PLAIN: list[str] = [
    "Please fill in the highlighted cells in the attached spreadsheet by Thursday.",
    "The VPN setup is described on page four of the onboarding pack.",
    "I have kept the explanation short; let me know if any step needs more detail.",
    "Your draft is well organised, and the second section would benefit from two more examples.",
    "The form was missing its attachment; could you send it again?",
    "Here is a step-by-step summary of the changes, with screenshots.",
    "Invoices need a purchase order number before finance can pay them.",
    "The instructions are in the README, and I am happy to go through them on a call.",
    "Several of us stayed late to finish the slides; thank you to everyone who helped.",
    "I have updated the tracker; please add your tasks by Wednesday.",
    "Please check the shared calendar before booking the meeting room.",
    "I am following up on my email from Monday about the contract renewal.",
    "The deadline for the report is Friday at noon, and it cannot move this time.",
    "As we agreed last week, the budget is frozen until the new quarter.",
    "Could you reply by Thursday so that I can confirm the booking?",
    "Teams that have not completed the security training should do so by 30 June.",
    "Please return the laptop by Friday so that we can reassign it.",
    "If the rent arrives late, a late fee of £25 applies under clause 6.",
    "Please keep the fire door closed; it is alarmed and must stay shut.",
    "The director has asked for a weekly update on the delay.",
    "Accounts that have not updated their passwords by Monday will be locked until they do.",
    "We apologise for the joke in last week's newsletter; it was thoughtless, and we have "
    "removed it.",
    "I am sorry the feedback came across as harsh; I should have started with what worked.",
    "We made mistakes during the migration, and we are sorry for the confusion they caused.",
    "I am sorry for interrupting you in the meeting; it was rude of me.",
    "We are sorry the setup guide was hard to follow, and we have rewritten step three.",
    "We are sorry the invoice was confusing; a clearer version is attached.",
    "Here is the clause about pets from your tenancy agreement.",
    "If you did not back up your files, contact support and we will try to restore them.",
    "New managers often want to change a lot at once; we suggest starting with one process.",
    "If you have forgotten your password, use the reset link below.",
    "We have summarised the main terms below for convenience.",
    "If you no longer have the receipt, we will accept a bank statement.",
    "The launch slipped by two weeks while the design was finalised.",
    "The figures sent on Monday contained an error, and this email corrects it.",
    "The outage lasted four hours; the postmortem lists three changes to our on-call process.",
    "The warehouse shipped the wrong items to twelve customers, and replacements went out today.",
    "The night shift checklist has been updated, and the new version is on the wall by the door.",
    "We lost the client, and we will review the pitch together on Tuesday.",
    "The printer on the third floor is out of toner; a replacement has been ordered.",
    "The all-hands clashes with the public holiday, so we are moving it to the following Tuesday.",
    "The order will arrive three weeks late, and we have refunded the delivery charge.",
    "Thank you for the quick reply.",
    "This request came in on Friday afternoon, so it will be handled on Monday.",
    "The new booking system has some gaps, and we are collecting feedback to fix them.",
    "Thank you for raising the workload concerns; we will discuss them at Thursday's meeting.",
    "We are keeping the current rota for now and will review it in March.",
    "You are welcome to disagree with the policy, and the feedback form is open until May.",
    "I cannot go into every decision here, but the reasoning is summarised in the minutes.",
    "We looked at this suggestion last year and could not fund it; here is why.",
    "This process is set by the regulator, so we cannot change it locally.",
    "Your gallery has built a loyal audience, and this grant would help it reach new visitors.",
    "Attendance at the safety briefing is required, and the next session is on 4 May.",
    "Most participants submitted on time; could you let me know if something held you up?",
    "Please copy legal on any contract changes from now on.",
    "Payment is due on the 15th; thank you for settling it promptly.",
    "If the device does not turn on, please check that the cable is firmly plugged in.",
    "The last three proposals did not meet the funding criteria, and I have noted why for each.",
    "We are sorry our service fell short of what you expected, and we will refund the booking.",
    "Late timesheets delay overtime pay, so please submit yours by Friday at five.",
]
