"""A fourth tone validation set (issue 14): sentences written apart from the rules, used only
to check how the rules generalise, never to tune them."""

from __future__ import annotations

PROBLEMS: list[tuple[str, str]] = [
    (
        "condescending",
        "I've broken the deployment steps into very small pieces so that even you can "
        "follow them this time.",
    ),
    (
        "condescending",
        "Let me explain this slowly, because returns policies can be confusing for some customers.",
    ),
    (
        "condescending",
        "It's sweet that you tried to fix the spreadsheet yourself, but maybe leave the "
        "formulas to the grown-ups.",
    ),
    (
        "condescending",
        "Tenants often don't realise that radiators need bleeding, so I've attached a "
        "picture of what a radiator looks like.",
    ),
    (
        "condescending",
        "First-year students always find referencing terribly hard, so just copy exactly "
        "what I do and don't improvise.",
    ),
    (
        "condescending",
        "Good try on the grant application, Priya; once you've had a few more years in "
        "the sector you'll see why it could never work.",
    ),
    (
        "condescending",
        "Nurse, perhaps you could leave the diagnosing to the doctors and concentrate on "
        "the bits you were trained for.",
    ),
    (
        "condescending",
        "As a volunteer you wouldn't be expected to understand how budgets work, so don't "
        "worry your head about it.",
    ),
    (
        "condescending",
        "For those residents who struggle with reading, the bins go out on Tuesday, which "
        "is the day after Monday.",
    ),
    (
        "condescending",
        "Well done for turning up to training on time for once; we'll make a footballer "
        "of you yet.",
    ),
    (
        "condescending",
        "Mum, technology moves fast for people your age, so don't feel silly asking me "
        "the same thing every week.",
    ),
    (
        "condescending",
        "Since you're new to freelancing, I'll assume you didn't know that invoices "
        "usually have numbers on them.",
    ),
    (
        "condescending",
        "Your article is a lovely first effort; real journalists check their sources, but "
        "you'll pick that up eventually.",
    ),
    (
        "condescending",
        "Did someone help you write this pull request, or did you manage it all by yourself?",
    ),
    (
        "condescending",
        "For the warehouse team: this memo is short and has pictures, which should help.",
    ),
    (
        "condescending",
        "Patients sometimes find it hard to grasp, but the appointment time is the time "
        "you should arrive.",
    ),
    (
        "condescending",
        "I can see you've worked hard on the brief, and at your stage that's what really matters.",
    ),
    (
        "condescending",
        "Don't feel bad about the error, sweetheart; numbers just aren't everyone's thing.",
    ),
    (
        "condescending",
        "You're clearly very enthusiastic, and one day you might even be right about something.",
    ),
    (
        "condescending",
        "The committee will humour your proposal, as they kindly do with all the newer members.",
    ),
    (
        "condescending",
        "Let's see if we can get through the fire drill without anyone needing it "
        "explained twice, shall we?",
    ),
    (
        "condescending",
        "Obviously you wouldn't have come across this at a small agency, but in proper "
        "publishing we use style sheets.",
    ),
    (
        "condescending",
        "Here is a simple diagram of the process, drawn in colours so it's easier for the "
        "sales team to follow.",
    ),
    (
        "condescending",
        "Your neighbour, who I gather has never owned a garden, may not know that hedges "
        "grow back.",
    ),
    (
        "condescending",
        "Mrs Clarke, I'll keep this simple: teachers set the homework and parents make "
        "sure it's done.",
    ),
    (
        "condescending",
        "I've rewritten your paragraph properly; compare the two and you'll see where you "
        "went wrong.",
    ),
    (
        "condescending",
        "Ask your manager to call me; I'd rather discuss the contract with someone who "
        "understands it.",
    ),
    (
        "condescending",
        "It's fine, I didn't expect someone at your level to spot the security issue.",
    ),
    (
        "condescending",
        "Take your time with the rota; I know anything involving dates can be "
        "overwhelming for you.",
    ),
    (
        "condescending",
        "You'll understand why we do it this way once you've had some real experience.",
    ),
    (
        "condescending",
        "Quick tip, since you seem to be struggling: the red button stops the machine and "
        "the green one starts it.",
    ),
    (
        "condescending",
        "Thanks for sharing your little theory about the budget, but the finance team has "
        "it handled.",
    ),
    (
        "condescending",
        "Customers who can't manage the self-checkout are welcome to queue with the "
        "others who need a bit of extra help.",
    ),
    (
        "condescending",
        "For Councillor Hughes's benefit, I'll go over what a planning application is one "
        "more time, very slowly.",
    ),
    (
        "condescending",
        "Not bad for a part-timer, Dave; the proper coaches would have done it "
        "differently, of course.",
    ),
    ("condescending", "I'm impressed you even know what a regression test is."),
    (
        "condescending",
        "Let me stop you there, because I don't think you've quite understood what a "
        "charity actually is.",
    ),
    (
        "condescending",
        "When the adults in the department have finished discussing the timetable, we'll "
        "let you know what's been decided.",
    ),
    (
        "condescending",
        "Great question, and a very common one from people who haven't read the handbook.",
    ),
    ("condescending", "Bless him, Tom still thinks a press release counts as a source."),
    (
        "passive-aggressive",
        "As per my last email, the figures were due on Friday, not whenever it happens to "
        "suit you.",
    ),
    ("passive-aggressive", "No worries, I'll just stay late and fix it myself again, like always."),
    (
        "passive-aggressive",
        "Thanks for finally getting back to me; I know my messages must be very low on your list.",
    ),
    (
        "passive-aggressive",
        "It would be lovely if whoever keeps finishing the milk could perhaps replace it for once.",
    ),
    (
        "passive-aggressive",
        "Just a friendly reminder to the person in flat 4 that some of us have to get up "
        "in the morning.",
    ),
    (
        "passive-aggressive",
        "Going forward, it might be helpful if certain team members read the ticket "
        "before closing it.",
    ),
    (
        "passive-aggressive",
        "Since you were clearly so busy, I went ahead and covered your Saturday shift again.",
    ),
    (
        "passive-aggressive",
        "Some of us managed to submit our marking on time, but I understand everyone has "
        "their own priorities.",
    ),
    ("passive-aggressive", "Fine, do it your way, and we'll see how that goes."),
    (
        "passive-aggressive",
        "I've cc'd your manager, just so we're all on the same page about who said what.",
    ),
    (
        "passive-aggressive",
        "Whoever borrowed my stapler is welcome to keep it, since they clearly need it "
        "more than I do.",
    ),
    ("passive-aggressive", "Glad to see you found time to reply between all those long lunches."),
    (
        "passive-aggressive",
        "It's interesting that the rota always seems to work out best for the people who write it.",
    ),
    (
        "passive-aggressive",
        "Just so you know, the rest of the choir learned the music over the holidays.",
    ),
    (
        "passive-aggressive",
        "Happy to help, as always, even when it's the same question as yesterday.",
    ),
    ("passive-aggressive", "I guess the deadline was more of a suggestion than I'd realised."),
    ("passive-aggressive", "Whatever you think is best; you're the one with the title."),
    (
        "passive-aggressive",
        "Thank you to the three volunteers who actually turned up to set up the hall this morning.",
    ),
    (
        "passive-aggressive",
        "Residents are reminded, yet again, that the recycling bins are not for household "
        "waste, however tempting that may be.",
    ),
    (
        "passive-aggressive",
        "I'm not upset; I just think it's telling that nobody thought to ask me.",
    ),
    (
        "passive-aggressive",
        "Hope you enjoyed your weekend, since the client certainly didn't enjoy theirs "
        "waiting for the files.",
    ),
    ("passive-aggressive", "Let me know if any part of my very clearly written brief was unclear."),
    (
        "passive-aggressive",
        "I've re-attached the document, since the first two copies seem to have got lost "
        "somewhere in your inbox.",
    ),
    (
        "passive-aggressive",
        "Sorry to bother you again; I know answering patient queries isn't really your thing.",
    ),
    ("passive-aggressive", "It must be nice to be able to leave at four every day."),
    (
        "passive-aggressive",
        "Kudos to whoever decided the away kit didn't need washing before the match.",
    ),
    (
        "passive-aggressive",
        "I'll assume your silence means you're happy for me to make all the decisions, as usual.",
    ),
    (
        "passive-aggressive",
        "Don't worry about the invoice; my rent can surely wait another month or two.",
    ),
    (
        "passive-aggressive",
        "I suppose I'll just tell the author the edits are late because of 'reasons'.",
    ),
    (
        "passive-aggressive",
        "I'd love to help with the launch plan; shame nobody mentioned it until this morning.",
    ),
    (
        "passive-aggressive",
        "Good to know that the code review guidelines apply to everyone except senior engineers.",
    ),
    (
        "passive-aggressive",
        "I didn't realise we were allowed to ignore the parking rules; I'll remember that "
        "next time.",
    ),
    (
        "passive-aggressive",
        "Please feel free to take all the credit in the meeting; you usually do.",
    ),
    (
        "passive-aggressive",
        "Some tenants seem to think the stairwell is their personal storage unit, and I'm "
        "sure they know who they are.",
    ),
    (
        "passive-aggressive",
        "I'd have asked for your input, but I didn't want to interrupt your very "
        "important phone call.",
    ),
    (
        "passive-aggressive",
        "I've made the changes you asked for, even the ones that contradict the changes "
        "you asked for last week.",
    ),
    (
        "passive-aggressive",
        "It's fine, I'm used to being the last to find out about changes to the timetable.",
    ),
    (
        "passive-aggressive",
        "Noted. I'll add it to the list of things I'm apparently responsible for now.",
    ),
    ("passive-aggressive", "Well, I did suggest testing this before launch, but never mind."),
    (
        "passive-aggressive",
        "If it's not too much trouble, could the editorial team possibly look at the "
        "proofs before they go to print this time?",
    ),
    ("sarcasm", "Oh brilliant, another meeting that could have been an email; my favourite."),
    ("sarcasm", "What a shock, the build is broken on a Friday afternoon."),
    (
        "sarcasm",
        "Wonderful, the printer has jammed again just before the exam; truly the finest "
        "printer in the county.",
    ),
    ("sarcasm", "Sure, let's launch without testing, because that went so well last time."),
    (
        "sarcasm",
        "How generous of the letting agent to give us two whole hours' notice before the "
        "boiler engineer arrives.",
    ),
    (
        "sarcasm",
        "Patients just love waiting forty minutes past their appointment time, so let's "
        "keep overbooking the clinic.",
    ),
    ("sarcasm", "Great job losing the keys to the community hall; really top-notch work there."),
    (
        "sarcasm",
        "Fantastic customer service, really: three transfers and nobody knew what a refund was.",
    ),
    (
        "sarcasm",
        "I'm thrilled the council has found another way to make parking simpler, namely "
        "removing all the spaces.",
    ),
    (
        "sarcasm",
        "Splendid, the client wants a sixth round of changes; I was worried I might "
        "finish this year.",
    ),
    ("sarcasm", "Nice of the referee to turn up for the second half."),
    (
        "sarcasm",
        "Yes, by all means, reply-all to the whole university; everyone was dying to hear "
        "your lunch plans.",
    ),
    ("sarcasm", "Clearly the best way to cut costs is to hire three more managers."),
    (
        "sarcasm",
        "Lovely to see the new website works perfectly on every browser except the ones "
        "people actually use.",
    ),
    (
        "sarcasm",
        "What a genius idea to schedule the volunteer briefing during the volunteers' "
        "working hours.",
    ),
    ("sarcasm", "Silly me, I thought a deadline was a date and not a mood."),
    ("sarcasm", "Another typo in the headline? Readers will find it charming, no doubt."),
    ("sarcasm", "Well, that's a relief: the new software only deletes files on weekdays."),
    (
        "sarcasm",
        "Nothing says 'we value our staff' quite like a pizza voucher after a year of "
        "unpaid overtime.",
    ),
    (
        "sarcasm",
        "Good to know the neighbours are so keen on drum practice at midnight; I'd hate "
        "for them to lose their rhythm.",
    ),
    (
        "sarcasm",
        "I'd love to rewrite the whole report tonight, really; it's not as if I had plans.",
    ),
    (
        "sarcasm",
        "The library is closing for refurbishment during exam season? How perfectly timed.",
    ),
    ("sarcasm", "Congratulations to the IT department on managing a whole week without an outage."),
    ("sarcasm", "Excellent, the shop's 'express' delivery arrived in only twelve working days."),
    (
        "sarcasm",
        "Real smooth, announcing the pay freeze on the same day as the directors' bonuses.",
    ),
    ("sarcasm", "Truly inspiring to watch the committee spend two hours choosing a font."),
    (
        "sarcasm",
        "So you're 'circling back'? Delightful, I'd been hoping to go round in circles today.",
    ),
    ("sarcasm", "Yeah, because what the A&E waiting room really needed was a motivational poster."),
    ("sarcasm", "How kind of the landlord to fix the leak after only the third ceiling collapse."),
    ("sarcasm", "Wow, a whole paragraph of feedback on my thesis; I'll have it framed."),
    ("sarcasm", "Tremendous planning, holding sports day on the same street as the roadworks."),
    ("sarcasm", "I just adore it when a client pays sixty days late and then asks for a discount."),
    ("sarcasm", "Oh sure, the intern can fix production; what could possibly go wrong?"),
    (
        "sarcasm",
        "Smashing idea to move the deadline forward a week; we were all getting far too "
        "much sleep.",
    ),
    (
        "sarcasm",
        "Loving the new open-plan office, especially the part where I can hear every phone call.",
    ),
    (
        "sarcasm",
        "Of course the form has to be printed, signed, scanned and emailed; wouldn't want "
        "the fax machine feeling left out.",
    ),
    ("sarcasm", "Marvellous, the editor has cut the only paragraph that explained the story."),
    ("sarcasm", "Look at that, the bus timetable is a work of fiction again."),
    (
        "sarcasm",
        "So glad we spent the charity's marketing budget on branded stress balls; donors "
        "will be deeply moved.",
    ),
    (
        "sarcasm",
        "Well done, team: the same deadline missed three quarters running; that's real "
        "consistency.",
    ),
    ("dismissive", "That's not really a problem worth raising; let's move on."),
    ("dismissive", "Honestly, you're overthinking a one-line bug; just ship it."),
    (
        "dismissive",
        "Customers complain about everything, so I wouldn't read anything into these reviews.",
    ),
    ("dismissive", "Calm down, it's only a small leak; the ceiling's been like that for years."),
    ("dismissive", "I don't have time for this; figure it out yourself."),
    ("dismissive", "Whatever, just put anything in the box and submit the form."),
    (
        "dismissive",
        "Patients always say the pain is worse than it is, so I'd just send him home with "
        "paracetamol.",
    ),
    (
        "dismissive",
        "Your concerns about the volunteer training have been noted and will not be taken further.",
    ),
    ("dismissive", "We get emails like yours every week and they don't change anything."),
    ("dismissive", "That's just how the club works; if you don't like it, there are other clubs."),
    ("dismissive", "Just ignore the warnings in the build log; they've always been there."),
    (
        "dismissive",
        "The marks stand; I'm not reopening the exam because a few people found it hard.",
    ),
    (
        "dismissive",
        "Let's not get bogged down in accessibility; hardly anyone uses a screen reader.",
    ),
    (
        "dismissive",
        "It's a leaflet, not brain surgery; I'm not paying extra because you're fussing "
        "over a comma.",
    ),
    ("dismissive", "Sure, sure, put it in an email and I'll look at it at some point."),
    ("dismissive", "Nobody reads the corrections column, so don't bother with a correction."),
    ("dismissive", "Leave the kids to sort it out between themselves; it's not worth a meeting."),
    (
        "dismissive",
        "The residents' petition has been received; the council's position remains "
        "unchanged and no further response will be issued.",
    ),
    (
        "dismissive",
        "The broken lift in block C is not my department and not my problem, so stop "
        "forwarding me the complaints.",
    ),
    ("dismissive", "Yeah, yeah, everyone thinks their ticket is urgent."),
    (
        "dismissive",
        "That idea came up years ago and went nowhere, so there's no point discussing it.",
    ),
    ("dismissive", "Mould is normal in older properties; just open a window."),
    ("dismissive", "If the noise bothers you that much, buy earplugs."),
    (
        "dismissive",
        "You're reading too much into one comment from the editor; just get on with it.",
    ),
    ("dismissive", "Fine, noted; can we talk about something that actually matters now?"),
    ("dismissive", "I skimmed your proposal and it's not for us."),
    ("dismissive", "Your feelings about the restructure aren't really relevant to the decision."),
    ("dismissive", "It's only a minor data leak; nobody will notice."),
    ("dismissive", "Don't make a fuss about the referee; it's just a Sunday league."),
    (
        "dismissive",
        "Whatever the parents think, the homework policy stays as it is, so there's no "
        "need to write in.",
    ),
    (
        "dismissive",
        "It's probably nothing; take a couple of tablets and stop googling your symptoms.",
    ),
    ("dismissive", "We're not going to change the whole checkout for one complaint."),
    (
        "dismissive",
        "Stop worrying about the reviewer's comments and just send the manuscript as it is.",
    ),
    (
        "dismissive",
        "Whether the pitch is safe is for the groundsman to worry about; just get the "
        "match played.",
    ),
    ("dismissive", "Let's park that, and by park it I mean forget it."),
    ("dismissive", "Look, it's been decided, so your opinion doesn't really come into it."),
    (
        "dismissive",
        "Eh, the donor will get over it; they always do once the next newsletter goes out.",
    ),
    ("dismissive", "Who cares if the headline is a bit misleading? It gets clicks."),
    (
        "dismissive",
        "Your neighbour's fence isn't worth a letter; he's always moaning about something anyway.",
    ),
    ("dismissive", "If your laptop can't run the new build tools, that's a you problem, mate."),
]

PLAIN: list[str] = [
    "A reminder that the quarterly figures are due on Friday; let me know if you need more time.",
    (
        "Please remember to replace the milk if you finish it; there's petty cash in the "
        "drawer for that."
    ),
    "Residents are reminded that the recycling bins are collected on Tuesday mornings.",
    (
        "Just checking you saw my message from Monday about the Saturday shift; no rush, "
        "but I need to finalise the rota by Thursday."
    ),
    (
        "Could everyone read the ticket description before closing it, so we don't lose "
        "details the reporter added?"
    ),
    "A quick reminder that the away kit needs to be washed and returned before Saturday's match.",
    "Tenants, please keep the stairwell clear of bikes and boxes, as it's a fire escape route.",
    (
        "This is a reminder that your appointment is at 9:40 on Wednesday; please arrive "
        "ten minutes early to check in."
    ),
    "The proofs go to the printer on the 12th, so please send any final corrections by the 10th.",
    "Volunteers, setup starts at 8 a.m. tomorrow, and coffee and pastries will be waiting.",
    (
        "I'm following up on the invoice from 3 March, which is now two weeks overdue; "
        "could you let me know when to expect payment?"
    ),
    "I've re-attached the document in case the earlier copy was caught by your spam filter.",
    "The fridge is cleared every Friday at 4 p.m., so please label anything you want to keep.",
    "Please note that the car park will be closed on Monday for resurfacing.",
    (
        "Choir members, the new music is in the shared folder, and it would help to "
        "listen through once before Thursday."
    ),
    (
        "If you haven't used Git before, a commit is a saved snapshot of your changes, "
        "and a branch lets you work without affecting anyone else."
    ),
    (
        "Our returns policy gives you 30 days from delivery, and you'll need the order "
        "number, which is at the top of your confirmation email."
    ),
    (
        "To bleed a radiator, turn the heating off, hold a cloth under the valve and turn "
        "the key a quarter turn until water appears."
    ),
    (
        "Referencing can feel fiddly at first; the library runs a one-hour workshop on "
        "Harvard style every Wednesday."
    ),
    (
        "An invoice should include a unique number, the date, your details and the "
        "client's, and the payment terms."
    ),
    "A regression test checks that something which used to work still works after a change.",
    (
        "Here is a simple diagram of the ordering process; the sales team asked for one "
        "and it may be useful to others too."
    ),
    (
        "The red button stops the press immediately, and the green one restarts it once "
        "the guard is closed."
    ),
    "Bins should be put out by 7 a.m. on Tuesday, as the lorry sometimes arrives early.",
    (
        "For anyone new to the committee, a planning application is a formal request to "
        "the council to build on land or change its use."
    ),
    (
        "If the self-checkout rejects an item, press the assistance button and a member "
        "of staff will come over to help."
    ),
    (
        "A style sheet is simply a list of the spelling, capitalisation and formatting "
        "choices we've made for a particular book."
    ),
    (
        "Mum, I've written the steps for video calls on a card by the laptop; ring me if "
        "any of them don't work."
    ),
    (
        "Checking a source means finding the original document or speaking to the person "
        "quoted, not relying on another article."
    ),
    (
        "The fire drill will take about ten minutes; leave by the nearest exit and gather "
        "at the assembly point by the car park."
    ),
    (
        "I'm sorry, but the grant application wasn't successful this round; the panel's "
        "feedback is attached."
    ),
    (
        "Unfortunately we can't accept your article in its current form, although we'd be "
        "glad to see a revised version."
    ),
    "The build is failing on main, so please hold off merging until we've found the cause.",
    "I'm afraid the scan shows a fracture, so you'll need a cast for around six weeks.",
    (
        "The council has decided not to reopen the library this year because of budget "
        "cuts, and we know this will be disappointing."
    ),
    (
        "We've missed the deadline for the third quarter in a row, and we need to talk "
        "honestly about why."
    ),
    (
        "Your proposal is well argued, but it doesn't fit our priorities this year, so we "
        "won't be taking it forward."
    ),
    (
        "The pay freeze will continue until April; I know this is hard news, and I'm "
        "happy to answer questions in person."
    ),
    (
        "The printer is broken and won't be repaired before the exam, so we'll photocopy "
        "the papers at the main office instead."
    ),
    (
        "The express delivery was delayed by a problem at our warehouse, and your order "
        "should now arrive on Thursday."
    ),
    (
        "I've read your chapter and I think the argument needs restructuring before it "
        "goes to the editor."
    ),
    "I'm sorry to say we lost the match 4-1, though the second half was much stronger.",
    "The repair to the leak will take another two weeks because the roofer needs scaffolding.",
    "I'm not able to take on extra shifts this month, but I can help find cover.",
    "I can't offer a discount on this invoice, as the price was agreed in the contract.",
    (
        "We won't be changing the marks, because the exam was moderated and the grade "
        "boundaries were applied consistently."
    ),
    (
        "Thanks for the suggestion; we've considered it carefully and decided to keep the "
        "current checkout process for now."
    ),
    "I'd prefer to discuss the contract terms in writing so that we both have a record.",
    (
        "We're unable to issue a refund after 30 days, but we can offer a repair or a "
        "replacement part."
    ),
    (
        "The homework policy will stay the same this term; we'll review it in the summer "
        "and would welcome parents' views then."
    ),
    "I'm not comfortable publishing a correction without checking the facts with the source first.",
    (
        "I won't be able to attend the committee meeting, but I've sent my comments on "
        "the agenda to the chair."
    ),
    (
        "The restructure will go ahead as planned, but we want to hear how it affects "
        "you, and the consultation is open until the 20th."
    ),
    (
        "We can't authorise more revisions under the current fee, but I'm happy to quote "
        "for an extra round."
    ),
    (
        "I'm afraid the petition doesn't change the council's legal position, but it has "
        "been passed to the relevant committee for a formal response."
    ),
    "Thank you for covering my Saturday shift at such short notice; I really appreciated it.",
    (
        "Thanks to everyone who turned up to set up the hall this morning; we were "
        "finished in record time."
    ),
    "Your first article was really strong, especially the interview with the head teacher.",
    "Great job on the release; the migration went smoothly and nobody noticed the switchover.",
    (
        "Well done on the grant application, Priya; the panel singled out your budget "
        "section for praise."
    ),
    "You did a brilliant job with the fire drill; everyone was out in under three minutes.",
    "I'm impressed by how quickly you picked up the regression tests in your first week.",
    (
        "Thank you for your detailed feedback on my chapter; the comments on structure "
        "were especially useful."
    ),
    "The nurses on Ward 6 were wonderful with my father, and I'd like to thank them by name.",
    "Congratulations to the IT team on a full quarter without an unplanned outage.",
    "Thanks for fixing the spreadsheet; the formulas are much easier to follow now.",
    "Your pull request was clear and well tested, and I only had a couple of small comments.",
    "The new website works well on mobile, and the donate button is much easier to find.",
    "It was lovely to see so many new faces at training tonight.",
    "Accessibility fixes will take priority over new features this sprint.",
    "The security issue you found is our top priority, so I've paused other work until it's fixed.",
    (
        "We'll focus on the complaints about delivery times first, since they make up "
        "most of this month's feedback."
    ),
    "Urgent tickets will be handled today, and the rest will be triaged at Monday's meeting.",
    "I'd like to deal with the mould before the decorating, as it's a health issue.",
    (
        "The headline needs to match what the story actually says, even if a sharper one "
        "would get more clicks."
    ),
    (
        "Patient safety comes first, so the clinic will start fifteen minutes later while "
        "the new system is tested."
    ),
    (
        "The first job for new volunteers is the safeguarding course; everything else can "
        "wait until that's done."
    ),
    "We'll leave the warnings in the build log for now and clear them once the release is out.",
    (
        "The budget decision rests with the finance team, but they've asked for your "
        "figures by Friday."
    ),
    (
        "I'm sorry I missed your messages last week; that delayed your work and I should "
        "have replied sooner."
    ),
    (
        "I apologise for the noise from our flat on Saturday night; it went on far too "
        "late and it won't happen again."
    ),
    (
        "We're sorry that you were transferred three times; that shouldn't have happened, "
        "and I've refunded the order myself."
    ),
    (
        "I took credit for your idea in the meeting, and that was wrong of me; I've "
        "emailed the team to correct it."
    ),
    (
        "I'm sorry the edits are late; I underestimated the job, and I'll have them to "
        "you by Wednesday."
    ),
    (
        "We're sorry the inspection was announced with so little notice, and we'll give "
        "at least 48 hours in future."
    ),
    "I apologise for making that decision without asking you; I should have checked first.",
    "We got the headline wrong and we apologise to Ms Adeyemi; a correction appears on page 2.",
    "I'm sorry I snapped at you in the meeting; you were raising a fair point.",
    "The clinic ran forty minutes late this morning, and we're sorry for the wait you had.",
    "I lost the keys to the community hall, and I'm sorry; I've paid for the locks to be changed.",
    "The printer has jammed again, so I've put the kettle on while we wait for the technician.",
    (
        "The committee spent two hours choosing a font, and I have to admit the new one "
        "does look nice."
    ),
    "Our mascot, a slightly moth-eaten badger, will be at the fete from noon.",
    "My code finally compiled, and I'm choosing to believe it was skill rather than luck.",
    (
        "The open-plan office takes some getting used to, but at least I now know "
        "everyone's coffee order."
    ),
    "If anyone can explain why the coffee machine only works on Tuesdays, I'll buy them lunch.",
    (
        "Your neighbour asked whether we could trim the hedge on their side, and I've "
        "said we'll do it this weekend."
    ),
    (
        "If the noise from next door is disturbing you, you can report it to the "
        "council's environmental health team."
    ),
    (
        "Mould is common in older properties, but fixing the cause is still the "
        "landlord's job, so please tell us if it appears."
    ),
    "I hear your concerns about the restructure, and I'll raise them with the board on Thursday.",
    (
        "That idea was tried a few years ago and didn't work then, but circumstances have "
        "changed, so it may be worth another look."
    ),
    (
        "Could we continue the budget discussion separately? I think it needs more time "
        "than we have left today."
    ),
    "I haven't got time to review this today, but I can look at it first thing tomorrow.",
    (
        "Your headache is most likely from tension, but come back if it gets worse or you "
        "notice any changes in your vision."
    ),
    (
        "We do get a lot of similar complaints about parking, and your email has been "
        "added to the evidence for the review."
    ),
    "The reviewers raised some helpful points, and most of them should be quick to address.",
    "If you'd like to do it your way, go ahead; I'd just suggest testing it on a copy first.",
    "I'm fairly new to freelancing too, so I'm happy to share the invoice template I use.",
    (
        "Many customers find the returns form confusing, so we've redesigned it and would "
        "welcome your feedback."
    ),
    (
        "This is a basic question, but it's one I had too: what counts as a working day "
        "for the delivery estimate?"
    ),
    (
        "Since you're new to the team, I'll walk you through the deployment steps on "
        "Tuesday; ask as many questions as you like."
    ),
    "If you're struggling with the rota system, let me know and we can go through it together.",
    (
        "Dave coached the under-nines brilliantly this season, even though he could only "
        "come in part-time."
    ),
    (
        "There are two ways to fix this, and I'd lean towards the simpler one, but I'm "
        "open to your view."
    ),
    "Please could whoever borrowed the ladder from the shed return it when they've finished?",
    "Parents are welcome to email questions about the new term dates to the school office.",
    "I disagree with the decision, but I understand the reasons and I'll support it.",
    (
        "Your idea needs more work before it goes to the committee, and I'd be glad to "
        "help you develop it."
    ),
    "The referee made a couple of calls I'd question, but he was consistent and the game was fair.",
    (
        "The donor was unhappy with how we thanked her, so I've called to apologise and "
        "explain what we'll change."
    ),
]
