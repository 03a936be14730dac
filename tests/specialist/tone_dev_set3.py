"""A third tone validation set (issue 14): sentences written apart from the rules,
used only to check how the rules generalise, never to tune them."""

from __future__ import annotations

PROBLEMS: list[tuple[str, str]] = [
    (
        "condescending",
        "Let me walk you through this slowly, since spreadsheets seem to be a challenge for you.",
    ),
    ("condescending", "I've attached a diagram with big arrows so you can follow along this time."),
    (
        "condescending",
        "Sweetie, the pharmacy can't refill a prescription the doctor hasn't written yet.",
    ),
    (
        "condescending",
        "Before filing another bug, try reading the README; it's written in plain English for a "
        "reason.",
    ),
    (
        "condescending",
        "It's really not that complicated once you stop overthinking it, but I'll explain it one "
        "more time.",
    ),
    (
        "condescending",
        "Good effort on the essay, though I suspect college-level analysis is still a bit beyond "
        "you.",
    ),
    (
        "condescending",
        "Most tenants manage to understand that rent is due on the first, so I'm sure you can too.",
    ),
    (
        "condescending",
        "I'll use small words: the server is down, and pressing refresh will not fix it.",
    ),
    (
        "condescending",
        "You might want to leave the budgeting to people who've actually done it before.",
    ),
    (
        "condescending",
        "Don't worry your head about the technical side; the engineers will handle the real work.",
    ),
    ("condescending", "Your manager asked me to explain what a deadline is, so here goes."),
    (
        "condescending",
        "Even a first-year intern knows to save a backup before editing the live file.",
    ),
    (
        "condescending",
        "Dad, the paperclip is the attachment button. The paperclip. I've drawn you a picture.",
    ),
    (
        "condescending",
        "Patients sometimes find medical terms confusing, so I'll keep this very, very simple for "
        "you.",
    ),
    (
        "condescending",
        "Nice try, but that's not how pull requests work; maybe start with a beginner tutorial "
        "first.",
    ),
    (
        "condescending",
        "I appreciate your enthusiasm, but let's leave this decision to the grown-ups at the board "
        "meeting.",
    ),
    ("condescending", "It's cute that you think the committee will read a ten-page proposal."),
    (
        "condescending",
        "For those residents who struggle with colours, the recycling bin is the blue one.",
    ),
    (
        "condescending",
        "Since you're new to the working world, you probably don't realise that emails need a "
        "subject line.",
    ),
    (
        "condescending",
        "I'm sure it feels like a big deal to you, but this is a routine billing adjustment.",
    ),
    (
        "condescending",
        "Perhaps someone at home can help you read the instructions on the consent form.",
    ),
    (
        "condescending",
        "When you've had a bit more experience, you'll understand why we don't do it your way.",
    ),
    (
        "condescending",
        "I've highlighted the important parts in yellow, since you seemed to miss them the first "
        "time.",
    ),
    ("condescending", "Let's try again, and this time, listen carefully to each word I say."),
    (
        "condescending",
        "Customers who actually read the terms and conditions don't usually have this problem.",
    ),
    ("condescending", "You did well for someone with your background."),
    ("condescending", "I know the maths looks scary, but even you can manage adding two columns."),
    (
        "condescending",
        "Good question! It's one we usually cover on the first day, but I'm happy to go back over "
        "it.",
    ),
    ("condescending", "This might be hard to grasp, but a contract is binding once you sign it."),
    ("condescending", "Do you need me to explain what 'mandatory' means, or shall we move on?"),
    (
        "condescending",
        "Your code works, which is a nice surprise, so let's talk about how a real developer would "
        "structure it.",
    ),
    (
        "condescending",
        "Feel free to ask questions, no matter how basic; I know this is a lot for you to take in.",
    ),
    (
        "condescending",
        "Parents often get emotional about grades, so here is how a rubric works, in the simplest "
        "possible terms.",
    ),
    (
        "condescending",
        "Here's a hint, since you clearly need one: the login button is at the top right.",
    ),
    (
        "condescending",
        "I wouldn't expect someone outside finance to follow this, so just sign where I've marked.",
    ),
    ("condescending", "Honestly, it's adorable how hard you're trying to sound like a manager."),
    (
        "condescending",
        "Let me stop you there, because you're about to embarrass yourself with that suggestion.",
    ),
    (
        "condescending",
        "The form has only three fields, so take your time and I'm sure you'll get there.",
    ),
    (
        "condescending",
        "We've made the booking page as simple as possible so that everyone, even you, can use it.",
    ),
    (
        "condescending",
        "Bless you for attempting the repair yourself; next time, perhaps leave it to someone who "
        "knows what a fuse is.",
    ),
    (
        "passive-aggressive",
        "Per my previous email, which I'll attach again for your convenience, the deadline was "
        "Friday.",
    ),
    ("passive-aggressive", "Just a friendly reminder that some of us wash our own mugs."),
    (
        "passive-aggressive",
        "No worries if you didn't get to it; I'll just stay late and do it myself, as usual.",
    ),
    (
        "passive-aggressive",
        "It would be great if whoever keeps taking the parking space marked 4B could find their "
        "own.",
    ),
    ("passive-aggressive", "Thanks for finally getting back to me, only three weeks later."),
    (
        "passive-aggressive",
        "I'm sure you had a very good reason for missing the meeting you scheduled.",
    ),
    (
        "passive-aggressive",
        "Going forward, it would be wonderful if the shared kitchen could be left the way you'd "
        "hope to find it.",
    ),
    (
        "passive-aggressive",
        "Fine, do it your way; I'm sure it'll work out just as well as last time.",
    ),
    (
        "passive-aggressive",
        "Dear tenant, I noticed the rent arrived on time this month, which made a pleasant change.",
    ),
    (
        "passive-aggressive",
        "Not sure if you saw my three previous messages, but I'm still waiting on those files.",
    ),
    (
        "passive-aggressive",
        "Happy to help, as always, even though this really isn't part of my job.",
    ),
    (
        "passive-aggressive",
        "Interesting that the review was only 'urgent' once it landed on my desk at 5 p.m. on a "
        "Friday.",
    ),
    ("passive-aggressive", "Must be nice to have time for a two-hour lunch."),
    (
        "passive-aggressive",
        "To the parent who keeps parking across the school gate: we can all see you.",
    ),
    (
        "passive-aggressive",
        "I've gone ahead and cc'd your manager, just so we're all on the same page.",
    ),
    (
        "passive-aggressive",
        "Thank you to everyone who cleaned up after the party. You know who you are, and so do we.",
    ),
    ("passive-aggressive", "Whatever you think is best; you're the expert, after all."),
    (
        "passive-aggressive",
        "If it's not too much trouble, could you maybe read the ticket before closing it?",
    ),
    (
        "passive-aggressive",
        "I'd love to know how the printer ended up jammed again, since nobody used it.",
    ),
    (
        "passive-aggressive",
        "Some of us actually read the contributing guidelines before opening a pull request.",
    ),
    (
        "passive-aggressive",
        "Great to see you've found time to comment on the roadmap now that it's been approved.",
    ),
    (
        "passive-aggressive",
        "Sorry, I must have misunderstood when you said you'd 'definitely' handle the invoices.",
    ),
    (
        "passive-aggressive",
        "I hope this reminder isn't too much of an imposition on your busy schedule.",
    ),
    (
        "passive-aggressive",
        "Don't mind me, I'll just wait here until someone has a moment to take my prescription.",
    ),
    ("passive-aggressive", "It's fine, really; I didn't need the weekend anyway."),
    (
        "passive-aggressive",
        "Just circling back again on this, in case it got lost among all your other priorities.",
    ),
    (
        "passive-aggressive",
        "I'll assume the silence on the group chat means everyone has volunteered to help on "
        "Saturday.",
    ),
    (
        "passive-aggressive",
        "As I'm sure you remember, we agreed on blue, but by all means, paint it green.",
    ),
    (
        "passive-aggressive",
        "Residents are kindly asked to remember that the bins are collected on Tuesdays, not "
        "whenever suits them.",
    ),
    (
        "passive-aggressive",
        "I'm not upset, I just think it's telling that I had to find out from your sister.",
    ),
    ("passive-aggressive", "Feel free to ignore this email like the last one."),
    ("passive-aggressive", "Nice of you to join us, Jordan; we only started twenty minutes ago."),
    (
        "passive-aggressive",
        "I've taken the liberty of correcting the figures in your spreadsheet, again.",
    ),
    ("passive-aggressive", "No rush at all on the refund; I only asked for it in March."),
    (
        "passive-aggressive",
        "It's fine that you forgot my birthday; Grandma remembered, and she's ninety-one.",
    ),
    (
        "passive-aggressive",
        "I'd offer to help, but I know how much you prefer doing things without asking anyone.",
    ),
    (
        "passive-aggressive",
        "A quick look at the calendar before booking the conference room might save certain people "
        "some embarrassment.",
    ),
    (
        "passive-aggressive",
        "Let's all try to remember that 'reply all' isn't always necessary, shall we?",
    ),
    (
        "passive-aggressive",
        "Hope you enjoyed your holiday; the rest of us held things together somehow.",
    ),
    (
        "passive-aggressive",
        "Visiting hours are posted on the door, for those who have somehow managed to miss them "
        "every day this week.",
    ),
    ("sarcasm", "Great, another mandatory meeting that could have been an email."),
    ("sarcasm", "Wow, fifteen minutes late and no coffee for the rest of us; truly a leader."),
    ("sarcasm", "Brilliant idea to deploy on a Friday afternoon, what could possibly go wrong?"),
    ("sarcasm", "Thanks so much for the detailed feedback on my report, all four words of it."),
    ("sarcasm", "Congratulations on discovering the spellchecker, only three years into the job."),
    ("sarcasm", "Yes, because a third reorganisation this year is exactly what morale needs."),
    (
        "sarcasm",
        "Oh, you're right, the 'urgent' repair can definitely wait another six weeks; the ceiling "
        "only leaks when it rains.",
    ),
    ("sarcasm", "What a surprise, the bus is cancelled again; I'm shocked, truly shocked."),
    (
        "sarcasm",
        "Sure, I'd love to rewrite the whole report tonight; I had nothing planned anyway.",
    ),
    (
        "sarcasm",
        "Your 'within 48 hours' response time is impressive; I've only been waiting nine days.",
    ),
    (
        "sarcasm",
        "Love how the new policy saves paper by requiring three printed copies of every form.",
    ),
    ("sarcasm", "Nice of the landlord to fix the heating, just in time for summer."),
    ("sarcasm", "Another patch that breaks the build; you're really on a roll this week."),
    (
        "sarcasm",
        "Three hours in the waiting room was a real treat; I've always wanted to memorise the "
        "pamphlets.",
    ),
    ("sarcasm", "Oh good, the printer's working; someone alert the press."),
    ("sarcasm", "Gosh, I can't imagine why nobody volunteered for the weekend shift."),
    (
        "sarcasm",
        "Ten out of ten for creativity on that expense claim; the 'client lunch' at the cinema was "
        "inspired.",
    ),
    (
        "sarcasm",
        "Sure, Mum, I'll just clean my room with the magic cleaning wand I keep under the bed.",
    ),
    ("sarcasm", "Yes, I'm positive a second 'reply all' will make the email thread shorter."),
    ("sarcasm", "Fantastic, the software update removed the one feature people actually used."),
    ("sarcasm", "Because nothing says 'we value your feedback' like a survey that won't load."),
    ("sarcasm", "Impressive work, you managed to lose the same file twice in one day."),
    (
        "sarcasm",
        "Oh, absolutely, let's schedule the fire drill during the exam; the students will love it.",
    ),
    ("sarcasm", "What an honour to be put on hold for the fourth time this morning."),
    ("sarcasm", "Well, that went perfectly, if the goal was to annoy every client at once."),
    (
        "sarcasm",
        "I see the 'quick fix' only took three sprints; at this rate we'll ship by the next "
        "decade.",
    ),
    (
        "sarcasm",
        "How generous of the council to raise parking fees and close half the car park in the same "
        "week.",
    ),
    (
        "sarcasm",
        "Students never ask when the exam is, because of course they've all read the syllabus.",
    ),
    (
        "sarcasm",
        "Thanks for the heads-up about the outage, which arrived a full day after it ended.",
    ),
    ("sarcasm", "Do keep opening issues titled 'it doesn't work'; they help us enormously."),
    ("sarcasm", "Glad to see the quarterly targets are so realistic this time around."),
    (
        "sarcasm",
        "Oh, don't apologise for the noise at 3 a.m.; I was hoping to be up for the sunrise "
        "anyway.",
    ),
    (
        "sarcasm",
        "Lovely to hear the pharmacy 'lost' my prescription again; it keeps life exciting.",
    ),
    ("sarcasm", "Genius move, Dad, putting the only set of spare keys inside the locked car."),
    (
        "sarcasm",
        "The new seating plan puts sales beside the loudest printer in the building; somebody "
        "deserves a promotion for that.",
    ),
    ("sarcasm", "Yeah, the ten-step password reset is really user friendly."),
    ("sarcasm", "By all means, keep scrolling on your phone; the patient can wait."),
    ("sarcasm", "And the award for the most helpful error message goes to 'Something went wrong.'"),
    (
        "sarcasm",
        "Really appreciate the two-hour window for delivery that turned into a two-day one.",
    ),
    (
        "sarcasm",
        "I'm thrilled to be the fifth person asked to 'just quickly' look at this spreadsheet.",
    ),
    ("dismissive", "That's not really a priority right now, so let's move on."),
    ("dismissive", "I don't have time for this; figure it out yourself."),
    (
        "dismissive",
        "You're overreacting; it's just a small leak, and the ceiling hasn't fallen in yet.",
    ),
    (
        "dismissive",
        "We've heard this complaint before and nothing came of it, so I wouldn't bother.",
    ),
    ("dismissive", "Closing as won't fix; nobody else has this problem."),
    ("dismissive", "Whatever, just send it as it is; I'm not reading another draft."),
    (
        "dismissive",
        "The pain is probably all in your head; come back if it's still there in a month.",
    ),
    ("dismissive", "I'm not going to debate this with a first-year student."),
    ("dismissive", "Noted. Was there anything else, or can I get back to actual work?"),
    (
        "dismissive",
        "Parents always think their child deserves a higher grade, so I'll leave the mark as it "
        "is.",
    ),
    ("dismissive", "That's above your pay grade, so don't worry about it."),
    ("dismissive", "Mould in a basement flat is normal; open a window."),
    ("dismissive", "I skimmed your proposal and it's not going anywhere."),
    ("dismissive", "Let's not waste the meeting on the intern's ideas."),
    ("dismissive", "Your concerns have been noted, and that's as far as they'll go."),
    ("dismissive", "Sure, sure, the printer's broken. It'll get fixed when it gets fixed."),
    (
        "dismissive",
        "Kids get bullied at every school; it toughens them up, so I wouldn't worry about it.",
    ),
    ("dismissive", "It's a feature, not a bug; learn to live with it."),
    (
        "dismissive",
        "People complain about the bus timetable every year and the world keeps turning.",
    ),
    ("dismissive", "If you don't like the new rota, there are other jobs out there."),
    (
        "dismissive",
        "I don't see why a few minutes' delay at the clinic is worth a formal complaint.",
    ),
    ("dismissive", "Does it really matter what font the poster uses? Just print it."),
    ("dismissive", "You're imagining it; Grandpa's hearing is fine, he just ignores you."),
    ("dismissive", "Not my department, not my problem; try someone else on the switchboard."),
    ("dismissive", "We're not going to rewrite the docs because one person found them confusing."),
    ("dismissive", "That's a lot of words for a very minor issue."),
    ("dismissive", "I'll look at it if I ever run out of important things to do."),
    (
        "dismissive",
        "Your accessibility request has been deprioritised indefinitely, as it affects only a "
        "small number of users.",
    ),
    ("dismissive", "Honestly, nobody cares about the footnotes, so stop asking me to check them."),
    ("dismissive", "Fine, log it somewhere, but don't expect anyone to read it."),
    (
        "dismissive",
        "Tiredness is just part of being a new mum; there's no need to see a doctor about it.",
    ),
    ("dismissive", "Let's park that and never come back to it."),
    ("dismissive", "The neighbours have never complained before, so the noise can't be that bad."),
    ("dismissive", "Stop making everything about workload; we all have a lot on."),
    ("dismissive", "It's only a B-minus; I don't know why you're making a fuss."),
    ("dismissive", "We've done it this way for twenty years, so your suggestion isn't needed."),
    ("dismissive", "Spare me the details; it's a broken hinge, not a crisis."),
    ("dismissive", "The heating works fine in my office, so I don't think there's a problem."),
    (
        "dismissive",
        "Locking this thread. The feedback here doesn't change anything, so there's no point "
        "continuing.",
    ),
    (
        "dismissive",
        "Interesting thought, but the senior team already decided, so it doesn't really matter "
        "what you think.",
    ),
]

PLAIN: list[str] = [
    "A reminder that timesheets for March are due by 5 p.m. on Friday.",
    "Please rinse your mug and put it in the dishwasher before you leave the kitchen.",
    (
        "The recycling bin is the blue one by the back door; paper, cans and plastic bottles can "
        "all go in it."
    ),
    (
        "Rent is due on the first of each month; if that date is difficult for you, let me know "
        "and we can discuss a different one."
    ),
    (
        "If you're new to spreadsheets, start by clicking a cell and typing a number; formulas can "
        "come later."
    ),
    (
        "To attach a file, click the paperclip icon at the bottom of the message window and choose "
        "the file."
    ),
    (
        "A pull request is a way of proposing changes to a project; the guide linked below walks "
        "through your first one."
    ),
    (
        "I'm sorry, but we can't refill this prescription until your doctor authorises it; I've "
        "sent them a request today."
    ),
    (
        "Unfortunately, your application was not successful this time, and I know that's "
        "disappointing news."
    ),
    (
        "I'm not able to take on the extra project this month, because my current deadlines are "
        "already full."
    ),
    (
        "Thank you for staying late on Thursday to finish the report; it made a real difference to "
        "the client."
    ),
    "Your essay makes a clear argument, and the second section is especially well supported.",
    (
        "We've decided to fix the login bug before working on the new dashboard, as more users are "
        "affected by it."
    ),
    (
        "I'm sorry I missed our meeting; that was my mistake, and I've blocked the time on my "
        "calendar for next week."
    ),
    (
        "I was wrong about the figures in the budget, and I apologise for the confusion it caused "
        "your team."
    ),
    (
        "The server is currently down; our engineers are working on it and we'll post an update "
        "within the hour."
    ),
    (
        "Please save a backup copy before editing the live file, so we can restore it if something "
        "goes wrong."
    ),
    "Let me know if any part of the form is unclear and I'll go through it with you.",
    "Visiting hours on the ward are 2 p.m. to 8 p.m., so that patients have time to rest.",
    (
        "The shared kitchen will be cleaned on Friday afternoon; please take home any food you "
        "want to keep."
    ),
    "I haven't heard back about the files yet; could you let me know when you expect to send them?",
    "I'm following up on my email from Tuesday about the invoice, in case it didn't reach you.",
    (
        "Parking space 4B is reserved for the flat upstairs; visitor parking is on the left of the "
        "building."
    ),
    (
        "The car park gate will be closed from 8 a.m. to 9 a.m. on Monday while the barrier is "
        "repaired."
    ),
    "We've received your complaint and will reply with a full response within ten working days.",
    "Your refund was processed today and should appear in your account within five working days.",
    (
        "I'm sorry your refund took so long; we made an error in processing it, and I've added a "
        "credit to your account."
    ),
    (
        "Thank you for reporting this bug with such clear steps; I was able to reproduce it "
        "straight away."
    ),
    (
        "We won't be adding this feature, because it would conflict with how the configuration "
        "system works, but thank you for the detailed proposal."
    ),
    "Closing this issue as a duplicate of #412, where the discussion is continuing.",
    "I'm going to say no to the weekend shift this time, as I have a family commitment.",
    (
        "A contract becomes binding once both parties sign it, so please read it carefully and ask "
        "about anything you're unsure of."
    ),
    "'Mandatory' training means everyone on the team needs to complete it by the end of the month.",
    "The login button is at the top right of the page, next to the search bar.",
    "Congratulations on passing your exams; all that revision clearly paid off.",
    "You handled that difficult customer with real patience, and I noticed.",
    "Your grade is a B-minus; I've added comments showing where the argument could be stronger.",
    (
        "The heating in the east wing is being repaired this week; portable heaters are available "
        "from reception."
    ),
    "Thank you for fixing the boiler so quickly; the house is warm again.",
    (
        "Please don't attempt to repair the wiring yourself; call us and we'll send an electrician "
        "at no cost."
    ),
    "I understand the delay at the clinic was frustrating, and I'm sorry you waited so long.",
    "The bus timetable changes on 1 September; the new times are posted at every stop.",
    "We've looked into the noise complaint and spoken to the neighbours involved.",
    (
        "If the pain is still there after two weeks, please book another appointment so we can "
        "investigate further."
    ),
    (
        "Feeling very tired after having a baby is common, but please mention it to your doctor, "
        "as it can sometimes have a treatable cause."
    ),
    (
        "We've prioritised the accessibility fixes for the next release, since they block some "
        "users entirely."
    ),
    (
        "The accessibility request is on our list, but we can't schedule it until after the "
        "security audit in June."
    ),
    (
        "I'd like to finish the current agenda item before we move to your question, and then we "
        "can give it proper time."
    ),
    "Let's move this topic to next week's meeting so we have time to prepare.",
    "That's a fair point; I hadn't considered how the rota affects part-time staff.",
    "I'm afraid the deadline can't be extended, but I can help you plan the remaining work.",
    "Mum, to open the attachment, tap the small paperclip picture, then tap the file name.",
    "Dad, thank you for driving me to the airport at five in the morning.",
    (
        "I'm sorry I forgot your birthday; there's no excuse, and I'd love to take you out to "
        "dinner this weekend."
    ),
    "Jordan, we started a few minutes early, so here's a quick summary of what you missed.",
    (
        "I've corrected two figures in the spreadsheet and highlighted them so you can check my "
        "changes."
    ),
    (
        "Before opening a pull request, please read the contributing guide, which explains how to "
        "run the tests."
    ),
    (
        "This may be your first time filing a tax return, so here is a short checklist of the "
        "documents you'll need."
    ),
    (
        "A rubric lists the criteria the essay is marked against and how many points each one is "
        "worth."
    ),
    "If any medical terms in this letter are unfamiliar, the nurse can explain them when you call.",
    "Our office will be closed on Monday for the bank holiday and will reopen on Tuesday at 9 a.m.",
    "Bins are collected on Tuesday mornings; please put them out the night before.",
    "Please check the room calendar before booking, as some rooms are reserved for interviews.",
    (
        "When replying to this email, there's no need to copy in the whole team unless the answer "
        "affects everyone."
    ),
    "I've copied in your manager because the request needs her approval.",
    "The review came in late on Friday, so I'll finish it on Monday morning.",
    "I'm sorry, but I can't discuss another patient's treatment with you.",
    "Thank you for your patience while we worked through the backlog.",
    (
        "Your proposal is well researched, but we've decided not to fund it this year because the "
        "budget is committed."
    ),
    "We're sorry the update removed the export option; we're restoring it in the next release.",
    "The software update is scheduled for Saturday night to keep disruption to a minimum.",
    (
        "Your prescription was misplaced at our pharmacy, and we apologise; it's ready for "
        "collection now."
    ),
    (
        "The delivery is running a day late because of the weather; we'll send a new time slot "
        "this afternoon."
    ),
    "The fire drill will take place on Wednesday at 10 a.m., outside exam times.",
    "I don't have capacity to review this today, but I can look at it on Thursday.",
    "This isn't my department, but I've forwarded your question to the billing team, who can help.",
    "Great presentation today; the way you explained the data made it easy to follow.",
    "I appreciate you taking the time to write such a detailed bug report.",
    (
        "The parking fee increase takes effect on 1 April, and the council has explained the "
        "reasons on its website."
    ),
    (
        "We're reorganising the support team to shorten response times; your manager will brief "
        "you on Wednesday."
    ),
    "Could you wash your dishes after dinner tonight? I'm going to be home late.",
    "I know this process is new to you, so please ask as many questions as you need.",
    (
        "I'm sorry for raising my voice in the meeting; it was unprofessional, and I'd like to "
        "talk it through with you."
    ),
    "We can't offer a refund for this item, as it was opened, but we can offer an exchange.",
    "The deadline for the essay is Friday; if you need an extension, email me before Wednesday.",
    (
        "Your code works well; one suggestion is to split the long function into two smaller ones "
        "so it's easier to test."
    ),
    "The new seating plan is attached; let me know if you have any concerns about your spot.",
    "Please keep your phone on silent during appointments so other patients aren't disturbed.",
    "Thanks for volunteering on Saturday; we still need two more people, if anyone else is free.",
    "Your concerns about the mould have been logged, and an inspector will visit on Thursday.",
    "Mould can affect health, so please don't wait to report it; we'll arrange an inspection.",
    (
        "Students should read the syllabus for the exam dates, and I'm happy to answer anything it "
        "doesn't cover."
    ),
    "We missed the target this quarter, mainly because two large orders were delayed.",
    (
        "I disagree with the proposal, because I think the timeline is too tight, but I'm open to "
        "discussing it."
    ),
    "The decision has been made to keep the current supplier for another year, for cost reasons.",
    (
        "This thread is now locked because the decision has been announced; please use the new "
        "issue for follow-up questions."
    ),
    "Thank you for your feedback on the survey; we've passed it to the team responsible.",
    (
        "The survey link was broken this morning; it's fixed now, and the deadline has been "
        "extended by a day."
    ),
    (
        "Sorry for the long wait on the phone today; we're short-staffed, and I appreciate you "
        "holding."
    ),
    (
        "For new students: each assignment deadline is listed in the course calendar, and late "
        "work loses five percent per day."
    ),
    (
        "If you've noticed Grandpa missing parts of conversations, a hearing test would be a good "
        "idea."
    ),
    "The committee prefers proposals of two pages or fewer, so please summarise the key points.",
    "The residents' meeting is on Thursday at 7 p.m. in the community hall; everyone is welcome.",
    (
        "I made a mistake in the rota, and you were scheduled on your day off; I've fixed it and "
        "I'm sorry."
    ),
    (
        "We can't approve working from home on Fridays at the moment, but we'll review the policy "
        "in September."
    ),
    "Your contribution to the documentation has helped a lot of new users; thank you.",
    (
        "Welcome to the team! Your first week will mostly be training, so don't worry about "
        "deadlines yet."
    ),
    "The results from your blood test are normal, so no further action is needed.",
    (
        "I'm sorry to tell you that the scan showed a small fracture, and you'll need a cast for "
        "six weeks."
    ),
    "Unfortunately, we have to raise the rent by 3% from July, in line with the tenancy agreement.",
    "Please remember to sign in at reception when you arrive, for fire-safety reasons.",
    "Let's focus on the launch this week and return to the branding discussion after it.",
    "You made a good call escalating that issue early.",
    "If you're unsure how to use the booking page, our staff can book for you over the phone.",
    (
        "The printer on the second floor is out of order; please use the one by the lifts until "
        "Monday."
    ),
    "I can see why the new policy is frustrating, and I'll pass your comments to the directors.",
    "I'd rather not lend the car this weekend, as I need it for work on Monday morning.",
    (
        "I'm happy to help with this, though it's outside my usual role, so it may take me a "
        "little longer."
    ),
    (
        "You're right that the instructions were confusing; we've rewritten them based on your "
        "feedback."
    ),
    (
        "Could you make sure the conference room is tidy after your session? The board meets there "
        "at two."
    ),
]
