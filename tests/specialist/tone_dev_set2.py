"""A second development set for the tone lens (issue 14): sentences written apart from the rules
and the evaluation corpus, for the four families the first set showed the rules generalise worst
on. Most problem sentences carry their attitude through construction and context rather than a
giveaway phrase, and the plain sentences sit deliberately close to them in topic and genre so that
false positives show up as clearly as misses."""

from __future__ import annotations

PROBLEMS: list[tuple[str, str]] = [
    (
        "condescending",
        "Not bad for someone who joined the team only last month, and honestly better than I "
        "expected.",
    ),
    (
        "condescending",
        "Let me walk you through it again, step by step, so that there is no confusion this time.",
    ),
    (
        "condescending",
        "A pull request, for those unfamiliar with the idea, is simply a request to merge your "
        "changes into the main branch.",
    ),
    (
        "condescending",
        "I have rewritten your summary in shorter sentences so that it is easier for you to "
        "follow.",
    ),
    (
        "condescending",
        "It's sweet that you tried to fix the build yourself, but maybe leave that sort of thing "
        "to the senior engineers.",
    ),
    (
        "condescending",
        "Good effort on the report; with a few more years of experience you will see why the "
        "numbers don't add up.",
    ),
    (
        "condescending",
        "Before replying, please take a moment to read the attached document, all the way to the "
        "end, slowly.",
    ),
    (
        "condescending",
        "I understand these concepts can feel overwhelming when you are new to finance, so I've "
        "drawn you a little diagram.",
    ),
    (
        "condescending",
        "Your proposal shows real enthusiasm, which is lovely, even if the maths is not quite "
        "there yet.",
    ),
    (
        "condescending",
        "Just so we're on the same page, a deadline is the date by which the work needs to be "
        "finished.",
    ),
    (
        "condescending",
        "I wouldn't expect someone at your level to grasp the full architecture, so I'll keep it "
        "very high level.",
    ),
    (
        "condescending",
        "Dear tenant, bins go outside on Tuesday evening, not Wednesday morning, which is the day "
        "that comes after Tuesday.",
    ),
    (
        "condescending",
        "We have attached a picture guide to the parent portal, with big arrows, for families who "
        "find websites difficult.",
    ),
    (
        "condescending",
        "For the avoidance of doubt, \"urgent\" means it should be done before the things that "
        "are less urgent.",
    ),
    (
        "condescending",
        "You did well to spot the typo, and I am sure you will graduate to finding real bugs in "
        "time.",
    ),
    (
        "condescending",
        "I can see you've been reading up on machine learning, which is a great first step for "
        "someone in marketing.",
    ),
    (
        "condescending",
        "Try not to worry about the budget side of things; that is what the grown-ups in finance "
        "are for.",
    ),
    (
        "condescending",
        "It may help to think of the database as a big filing cabinet with drawers, if that makes "
        "it easier for you.",
    ),
    (
        "condescending",
        "I'm happy to explain it a third time, perhaps with smaller words, if that would help "
        "you.",
    ),
    (
        "condescending",
        "The candidate writes surprisingly well for someone from a non-academic background.",
    ),
    (
        "condescending",
        "Let's start with the basics, since I suspect that's where things went wrong: every file "
        "has a name and a location.",
    ),
    (
        "condescending",
        "As a customer with limited technical knowledge, you may not realise that restarting the "
        "router solves most issues.",
    ),
    (
        "condescending",
        "I've highlighted the important parts in yellow so you won't have to read the whole thing "
        "yourself.",
    ),
    (
        "condescending",
        "Nice to see you finally getting the hang of Git; it only took a couple of quarters.",
    ),
    (
        "condescending",
        "Cute idea, but out here in the real world, projects need a budget and a timeline.",
    ),
    (
        "condescending",
        "Once you've had a bit more experience managing people, you'll understand why we don't do "
        "it that way.",
    ),
    (
        "condescending",
        "Perhaps ask someone on your team to read over the proposal with you before you send it "
        "to the board.",
    ),
    (
        "condescending",
        "I'm sure it felt like a lot of work to you, but this is fairly standard for the role.",
    ),
    (
        "condescending",
        "The applicant's enthusiasm is admirable, though it is not a substitute for understanding "
        "the field.",
    ),
    (
        "condescending",
        "Remember, the red button stops the machine, and we only press it when something has gone "
        "wrong, okay?",
    ),
    (
        "condescending",
        "Well done for reading the brief this time; it makes such a difference when people do "
        "that.",
    ),
    (
        "condescending",
        "This is a solid first draft for a junior writer, and I've gone ahead and fixed the "
        "grammar throughout for you.",
    ),
    (
        "condescending",
        "You might find it helpful to sit in on a few more meetings and just listen before trying "
        "to contribute.",
    ),
    (
        "condescending",
        "In case it's not something you've come across before, replying all means everyone on the "
        "thread sees your message.",
    ),
    (
        "condescending",
        "I'll explain what a variance is, since I could tell from your face in the meeting that "
        "you were completely lost.",
    ),
    (
        "condescending",
        "It's a perfectly reasonable question for a beginner, and the answer is in chapter one of "
        "the handbook.",
    ),
    (
        "condescending",
        "Don't feel bad, plenty of people struggle with percentages; it's a tricky concept for "
        "some.",
    ),
    (
        "condescending",
        "I have taken the liberty of simplifying the chart so that the board members from sales "
        "can follow it.",
    ),
    ("condescending", "Your code runs, which is the main thing at this stage of your career."),
    ("condescending", "Let me translate what the engineers said into plain English for you."),
    (
        "condescending",
        "Kudos for attempting a regression model; next time perhaps check with someone who "
        "actually knows statistics.",
    ),
    (
        "condescending",
        "When you get emotional like this it is hard to see the situation clearly, so let's "
        "revisit it once you've calmed down.",
    ),
    (
        "condescending",
        "Dear parents, reading with your child means sitting beside them and looking at the book "
        "together, ideally every evening.",
    ),
    (
        "condescending",
        "Please note that a semicolon is not a fancy comma, a mistake many first-year students "
        "make.",
    ),
    (
        "condescending",
        "I appreciate you trying to help, bless you, but this one needs someone with a bit more "
        "context.",
    ),
    (
        "condescending",
        "It is quite impressive that you managed to get the invoice out on time for once.",
    ),
    (
        "condescending",
        "Think of the API as a waiter who carries your order to the kitchen; that analogy usually "
        "works for non-technical folks.",
    ),
    (
        "condescending",
        "We encourage you to have a trusted adult help you fill in the form if any part of it "
        "seems confusing.",
    ),
    (
        "condescending",
        "The proposal is ambitious for an early-career researcher, and the panel was rather "
        "charmed by its optimism.",
    ),
    ("condescending", "Obviously you wouldn't know this yet, but we never deploy on Fridays."),
    (
        "passive-aggressive",
        "Per my last email, the figures you are asking for are in the attachment.",
    ),
    (
        "passive-aggressive",
        "Just circling back on this for the third time, in case it got buried under all your "
        "other priorities.",
    ),
    (
        "passive-aggressive",
        "Going forward, it would be great if everyone could read the agenda before the meeting, "
        "as some of us did.",
    ),
    (
        "passive-aggressive",
        "No worries, I stayed late and finished the slides myself, since nobody else seemed to be "
        "available.",
    ),
    (
        "passive-aggressive",
        "Interesting choice to merge without a review, but I'm sure you had your reasons.",
    ),
    (
        "passive-aggressive",
        "Noted, and I'll be sure to remember this the next time you need a favour.",
    ),
    (
        "passive-aggressive",
        "As I mentioned on Monday, and again on Wednesday, the form needs a signature before it "
        "can be processed.",
    ),
    (
        "passive-aggressive",
        "Thanks so much for finally getting back to me; I know how terribly busy you must be.",
    ),
    (
        "passive-aggressive",
        "Friendly reminder that the kitchen is a shared space and the dishwasher does not empty "
        "itself.",
    ),
    (
        "passive-aggressive",
        "I'm sure it was just an oversight that my name was left off the final report.",
    ),
    (
        "passive-aggressive",
        "Happy to do it again, as always, since it seems I'm the only one here who knows how.",
    ),
    ("passive-aggressive", "Just flagging that some of us were at our desks by nine, as agreed."),
    (
        "passive-aggressive",
        "I see the ticket has been sitting unassigned for two weeks, which I'm sure is completely "
        "fine.",
    ),
    (
        "passive-aggressive",
        "Great to see the team finding time for a long lunch in the middle of the release window.",
    ),
    (
        "passive-aggressive",
        "It would be lovely if the person who keeps taking the last coffee pod could order some "
        "more.",
    ),
    (
        "passive-aggressive",
        "To whoever parked in the visitor bay again this morning, I do hope the meeting was worth "
        "it.",
    ),
    (
        "passive-aggressive",
        "Not sure if my previous three messages came through, so I'm trying a different channel.",
    ),
    (
        "passive-aggressive",
        "I'll go ahead and assume that silence means agreement, as it usually does around here.",
    ),
    (
        "passive-aggressive",
        "Thank you for your feedback, which we have read with great interest and filed "
        "accordingly.",
    ),
    (
        "passive-aggressive",
        "According to the rota everyone agreed to, this week's bins were not my responsibility, "
        "though I took them out anyway.",
    ),
    (
        "passive-aggressive",
        "I've attached the document again for ease of reference, since it seems the original may "
        "have been overlooked.",
    ),
    (
        "passive-aggressive",
        "Kindly refer to section four of the handbook, which has been available to all staff "
        "since January.",
    ),
    ("passive-aggressive", "Glad you could join us, even if it was only for the last ten minutes."),
    (
        "passive-aggressive",
        "Don't mind me, I'll just reorganise the shared drive again over the weekend.",
    ),
    ("passive-aggressive", "It's fine, really, I didn't need that weekend anyway."),
    (
        "passive-aggressive",
        "Just wondering whether there's a reason the action items from the last retro are still "
        "open, or whether we're ignoring them now.",
    ),
    ("passive-aggressive", "Resending in case my earlier message was too long to read."),
    (
        "passive-aggressive",
        "I notice the hours I put in over the holiday didn't make it into the summary, but I'm "
        "sure that's an oversight.",
    ),
    (
        "passive-aggressive",
        "Some of us have been covering the on-call rota for a month without complaint, just "
        "saying.",
    ),
    (
        "passive-aggressive",
        "With respect, the instructions were quite clear, but I'm happy to go through them with "
        "you again.",
    ),
    (
        "passive-aggressive",
        "Thanks for letting me know about the change after I'd already booked and paid for the "
        "venue.",
    ),
    (
        "passive-aggressive",
        "Hope you're feeling better, since the deadline came and went while you were out.",
    ),
    (
        "passive-aggressive",
        "As discussed, as documented, and as agreed by everyone in the room, we are going with "
        "option B.",
    ),
    (
        "passive-aggressive",
        "I'm sure you're very busy, but a yes or a no would be appreciated at some point this "
        "quarter.",
    ),
    (
        "passive-aggressive",
        "It would be nice, just once, to get the numbers before the board meeting rather than "
        "during it.",
    ),
    (
        "passive-aggressive",
        "I'll take your silence on my last four emails as a sign that everything is under "
        "control.",
    ),
    (
        "passive-aggressive",
        "Congratulations on the promotion; it's great to see someone rewarded for being so "
        "visible.",
    ),
    ("passive-aggressive", "Going to assume you meant to copy me on that email and just forgot."),
    (
        "passive-aggressive",
        "Lovely to finally receive the rent, three weeks after the date stated in your tenancy "
        "agreement.",
    ),
    (
        "passive-aggressive",
        "Let's all try to remember that meetings start at ten, not ten fifteen.",
    ),
    (
        "passive-aggressive",
        "I've summarised our conversation below, because I suspect it will come up again.",
    ),
    (
        "passive-aggressive",
        "Warm regards, and thank you in advance for reading to the end this time.",
    ),
    (
        "passive-aggressive",
        "Reminder for the person who keeps leaving the printer jammed: there are instructions "
        "printed on the lid.",
    ),
    (
        "passive-aggressive",
        "Just checking whether the review I requested last Tuesday is still on your radar, or "
        "whether I should ask someone else.",
    ),
    ("passive-aggressive", "I went ahead and fixed the tests you broke, no need to thank me."),
    (
        "passive-aggressive",
        "Not to be difficult, but I did raise this exact risk in March and was told it was fine.",
    ),
    (
        "passive-aggressive",
        "Thanks for the thorough review; it's always educational to have my commas corrected.",
    ),
    (
        "passive-aggressive",
        "We trust that this letter will be sufficient to prompt payment, as the previous two "
        "evidently were not.",
    ),
    ("passive-aggressive", "Best wishes, and hoping this is the last time I need to send this."),
    ("passive-aggressive", "Obviously it's your call, since you're the one in charge now."),
    ("sarcasm", "Oh great, another reorg, that's exactly what morale needed right now."),
    (
        "sarcasm",
        "Thanks for the heads-up about the outage, a mere five hours after the customers told us.",
    ),
    ("sarcasm", "Brilliant idea to deploy on Christmas Eve; what could possibly go wrong?"),
    (
        "sarcasm",
        "Love how the \"quick sync\" turned into a ninety-minute meeting with no decisions.",
    ),
    (
        "sarcasm",
        "Fantastic news, the new expense system now takes only twelve clicks to submit a coffee "
        "receipt.",
    ),
    (
        "sarcasm",
        "Sure, let's rewrite the entire backend two weeks before launch, because that worked so "
        "well last time.",
    ),
    (
        "sarcasm",
        "The migration went perfectly, if you don't count the eight hours of downtime and the "
        "lost data.",
    ),
    ("sarcasm", "Who could possibly have predicted that skipping the tests would lead to bugs?"),
    (
        "sarcasm",
        "Thank you for the \"urgent\" request that arrived at five on a Friday for something due "
        "in March.",
    ),
    (
        "sarcasm",
        "Truly a masterpiece of project management: three owners, no plan, and a deadline of "
        "yesterday.",
    ),
    ("sarcasm", "Good to know that \"by end of day\" now means sometime next week."),
    (
        "sarcasm",
        "Another inspiring all-hands about synergy, just what everyone needed after the layoffs.",
    ),
    (
        "sarcasm",
        "Nothing says \"we value your feedback\" like a survey that closes before anyone receives "
        "the link.",
    ),
    ("sarcasm", "What a surprise, the vendor has missed the deadline again."),
    ("sarcasm", "I'm thrilled to announce that the printer is broken for the fourth week running."),
    (
        "sarcasm",
        "Clearly the best use of our senior engineers is formatting slides for the steering "
        "committee.",
    ),
    (
        "sarcasm",
        "Yes, by all means, let's add another approval step; the process isn't slow enough yet.",
    ),
    (
        "sarcasm",
        "Congratulations to the team on achieving a personal best of three outages in one week.",
    ),
    ("sarcasm", "Your \"minor tweak\" to the config took down production, so thanks for that."),
    (
        "sarcasm",
        "Shocking news: the estimate we made in a ten-minute meeting turned out to be wrong.",
    ),
    (
        "sarcasm",
        "I especially enjoyed the part of the release where the login button stopped working.",
    ),
    ("sarcasm", "How generous of the landlord to fix the heating, only four months into winter."),
    (
        "sarcasm",
        "Sure, I'll just add that to the list of things I'll do in my infinite spare time.",
    ),
    (
        "sarcasm",
        "A round of applause for the \"streamlined\" onboarding process that now takes six weeks.",
    ),
    (
        "sarcasm",
        "It's so refreshing to read a status report that says \"on track\" for the ninth month in "
        "a row.",
    ),
    (
        "sarcasm",
        "How wonderful that the new policy was announced by email the day after it took effect.",
    ),
    (
        "sarcasm",
        "Your patience while we lose your order for the second time is, as always, deeply "
        "appreciated.",
    ),
    (
        "sarcasm",
        "Great job on the dashboard, it's beautiful, and not a single one of the numbers is "
        "right.",
    ),
    ("sarcasm", "Because nothing motivates a team quite like unpaid overtime and a pizza."),
    ("sarcasm", "Really appreciate the detailed code review comment that just said \"no\"."),
    (
        "sarcasm",
        "Who needs documentation when you have a single engineer who remembers everything and is "
        "currently on leave?",
    ),
    (
        "sarcasm",
        "Well, that went exactly as planned, assuming the plan was to miss every milestone.",
    ),
    ("sarcasm", "So glad we spent six months building a feature that three customers use."),
    ("sarcasm", "What a treat to receive the meeting notes a full month after the meeting."),
    ("sarcasm", "Our \"state of the art\" ticketing system lost another batch of tickets today."),
    ("sarcasm", "Oh wonderful, the wifi is down again, right in the middle of the client demo."),
    (
        "sarcasm",
        "I'm sure the tenth reminder about timesheets will be the one that finally does it.",
    ),
    (
        "sarcasm",
        "Amazing how the budget for the offsite was found overnight while our hiring request has "
        "waited a year.",
    ),
    ("sarcasm", "Thanks ever so much for replying to the entire company with your lunch order."),
    (
        "sarcasm",
        "Love the new open-plan office; nothing boosts concentration like six simultaneous phone "
        "calls.",
    ),
    (
        "sarcasm",
        "What a bold strategy, launching the new pricing without telling the support team.",
    ),
    (
        "sarcasm",
        "The postmortem concluded, to everyone's astonishment, that the untested script was the "
        "problem.",
    ),
    ("sarcasm", "I see the project is \"ninety percent done\", which it has been since April."),
    (
        "sarcasm",
        "Thank you for explaining my own job to me in the interview; it was very enlightening.",
    ),
    (
        "sarcasm",
        "Really reassuring that the security audit found the admin password on a sticky note.",
    ),
    ("sarcasm", "Sure, let's schedule a meeting to plan the meeting about the meeting."),
    (
        "sarcasm",
        "Hats off to whoever decided the fire drill should happen during quarter-end close.",
    ),
    (
        "sarcasm",
        "Your proposal promises to cure three diseases on a budget of forty thousand dollars, "
        "which seems entirely reasonable.",
    ),
    (
        "sarcasm",
        "Yeah, because customers definitely read the terms and conditions before clicking accept.",
    ),
    (
        "sarcasm",
        "Oh great, the client wants \"just one more small change\" the night before launch.",
    ),
    ("dismissive", "Whatever, just ship it and we'll deal with the complaints later."),
    ("dismissive", "It is what it is, so there's no point discussing the overtime any further."),
    ("dismissive", "That's not really something I need to worry about; talk to facilities."),
    ("dismissive", "I don't see why a few missed pay slips are worth calling a meeting over."),
    (
        "dismissive",
        "Honestly, the accessibility issues affect so few users that we can ignore them for now.",
    ),
    ("dismissive", "You're overthinking it; nobody reads the error messages anyway."),
    (
        "dismissive",
        "Let's not go down that rabbit hole; the security concern can wait until after launch.",
    ),
    (
        "dismissive",
        "The noise from the building work is temporary, so we won't be accepting complaints about "
        "it.",
    ),
    (
        "dismissive",
        "If you're finding the workload too much, maybe this isn't the right role for you.",
    ),
    (
        "dismissive",
        "I hear you, but that's just how things work here, and it's not going to change.",
    ),
    (
        "dismissive",
        "Your concerns about the deadline have been noted and will not affect the schedule.",
    ),
    ("dismissive", "Not my department, so you'll have to figure that one out yourself."),
    ("dismissive", "We don't need to get into the details of why it failed; let's just move on."),
    (
        "dismissive",
        "The mould in the bathroom is a lifestyle issue, and opening a window now and then should "
        "sort it.",
    ),
    (
        "dismissive",
        "Feelings aside, the restructure is happening, so let's keep this meeting to logistics.",
    ),
    (
        "dismissive",
        "I wouldn't read too much into the staff survey results; people always find something to "
        "complain about.",
    ),
    (
        "dismissive",
        "That bug has been there for years and nobody has died, so it stays at the bottom of the "
        "backlog.",
    ),
    ("dismissive", "This is a pretty minor point and I don't think it merits a reply."),
    (
        "dismissive",
        "Sure, the customer is upset, but they'll get over it once the next release is out.",
    ),
    ("dismissive", "We've already decided, so there's no need to revisit any of this."),
    (
        "dismissive",
        "Your son is simply going through a phase, and there is nothing the school needs to do "
        "about it.",
    ),
    (
        "dismissive",
        "Eh, reviewers always say that sort of thing; I'd ignore the methodology comments.",
    ),
    ("dismissive", "Does it really matter who gets the credit, as long as the work gets done?"),
    ("dismissive", "Can we park the diversity stuff and get on with the real agenda?"),
    ("dismissive", "Stress comes with the job, and everyone else seems to manage fine."),
    (
        "dismissive",
        "If you have an issue with the policy, you're welcome to look for work elsewhere.",
    ),
    (
        "dismissive",
        "It's a two-minute fix, so I don't know why you're making such a big deal of it.",
    ),
    ("dismissive", "Let's not make this about process; the outage happened, it's fixed, done."),
    (
        "dismissive",
        "We appreciate your complaint, but the delay was outside our control and no compensation "
        "will be offered, end of discussion.",
    ),
    ("dismissive", "The intern's idea is fine, I guess, but let's stick with what we know."),
    ("dismissive", "That's a question for someone who still cares about the legacy system."),
    (
        "dismissive",
        "Sorry, but the refund window closed yesterday and there's nothing anyone can do about "
        "it.",
    ),
    (
        "dismissive",
        "I'm not going to debate tabs versus spaces with you, just follow whatever the linter "
        "says.",
    ),
    ("dismissive", "Your burnout isn't really a management issue; maybe try a meditation app."),
    ("dismissive", "Fine, log a ticket if it makes you feel better, but it won't get picked up."),
    ("dismissive", "Nobody asked for a risk assessment, so let's drop it."),
    (
        "dismissive",
        "The candidate's gap year is irrelevant noise, and I won't be considering her application "
        "any further.",
    ),
    ("dismissive", "Meh, the benchmark is close enough; nobody will notice a two-second delay."),
    ("dismissive", "I've skimmed your long email and I honestly don't have time for this."),
    ("dismissive", "Just fix it, I don't need the backstory."),
    (
        "dismissive",
        "Those performance complaints sound like a problem with your setup rather than anything "
        "on our platform.",
    ),
    ("dismissive", "Delays happen to everyone, so there's no reason for us to apologise."),
    ("dismissive", "Let's not waste time on the edge cases; real users won't ever hit them."),
    (
        "dismissive",
        "I don't think your team's objections change anything, so we'll proceed as planned.",
    ),
    ("dismissive", "Look, the budget is the budget, and there's no point crying about it."),
    (
        "dismissive",
        "Thanks for raising it, but this isn't the forum, and frankly it's not a priority.",
    ),
    (
        "dismissive",
        "Parents who are unhappy with the new uniform policy are free to choose another school.",
    ),
    ("dismissive", "You'll get used to the new software; everyone moans for the first month."),
    ("dismissive", "Not my problem if the other team didn't bother to read the spec."),
    ("dismissive", "Can we move on? This has been discussed to death and the answer is no."),
]  # fmt: skip

PLAIN: list[str] = [
    "Could you please send the signed form by Friday so we can process your request?",
    "A quick reminder that timesheets are due at noon on Monday.",
    "As agreed in Tuesday's meeting, we will go with option B and revisit it in March.",
    "Thanks for the detailed review; I've addressed all of your comments in the latest commit.",
    "The figures in the second table are off by one row, so I've attached a corrected version.",
    "I'm just checking whether you had a chance to look at the draft; no rush if not.",
    "Great work on the migration, which finished ahead of schedule with no customer impact.",
    "Per the policy, expense claims over five hundred dollars need approval from a director.",
    "Noted, thank you; I'll update the schedule and share it this afternoon.",
    "Interesting finding about the cache misses; could you share the raw data so we can dig in?",
    "To restart the router, unplug it, wait thirty seconds, and plug it back in.",
    (
        "We can't offer a refund after thirty days, but we can exchange the item or issue store "
        "credit."
    ),
    (
        "We decided not to deploy on Friday because no one from the database team is available "
        "over the weekend."
    ),
    (
        "The basic plan includes five users; the standard plan adds shared calendars and priority "
        "support."
    ),
    "The setup is simple: install the package, set the API key, and run the init command.",
    "Of course, happy to help; let me know a time that suits you.",
    "Actually, the deadline has moved to the fifteenth, so we have an extra week.",
    "Simply reply to this email to confirm your attendance at the workshop.",
    (
        "The boxes in the storeroom are clearly labelled by year, and the older files are on the "
        "bottom shelf."
    ),
    "I'm sending the agenda again with the updated time, since the room has changed.",
    "Reminder: the office will be closed on Monday for the bank holiday.",
    "Thanks for flagging the accessibility issue; we've added it to the next sprint.",
    "I understand the delay is frustrating, and I'm sorry; your order will ship on Thursday.",
    (
        "Your first draft is well organised, and the main thing to strengthen is the evidence in "
        "section three."
    ),
    (
        "For new starters, here is a short guide to the ticketing system, with screenshots for "
        "each step."
    ),
    (
        "I'd like to raise a concern about the timeline: the testing phase looks too short for the "
        "scope."
    ),
    "Could everyone please clear their dishes from the sink by the end of the day?",
    (
        "I noticed the build is failing on the main branch; it looks like a missing environment "
        "variable."
    ),
    (
        "We're not able to take on this project this quarter, but we could start in January if "
        "that works for you."
    ),
    "The rent is due on the first of each month; please get in touch if you expect a delay.",
    "Bins are collected on Wednesday mornings, so please put them out on Tuesday evening.",
    (
        "The reviewers found the aims clear and the methods appropriate, but the budget needs more "
        "justification."
    ),
    "The candidate has strong writing skills and relevant project experience.",
    "I'll explain how the variance is calculated, since the method changed this quarter.",
    "Let me know if any part of the instructions is unclear and I'll walk you through it.",
    (
        "The outage was caused by an untested configuration change, and we are adding a review "
        "step for config files."
    ),
    "I've summarised the decisions from today's call below for anyone who couldn't attend.",
    "Great question; the short answer is yes, and the details are in section two of the handbook.",
    "Thank you for your patience while we investigated the billing error.",
    (
        "I can take the on-call shift this weekend, but I'll need someone to cover the following "
        "weekend."
    ),
    "Please include the ticket number in the subject line so we can find your request quickly.",
    "The report is clear and well argued, and I've suggested a few small wording changes.",
    "We've moved the release to next Tuesday to allow time for the security review.",
    "I'm following up on the invoice from March, which is now thirty days overdue.",
    "It would help if we could get the numbers two days before the next board meeting.",
    (
        "I disagree with the proposal to drop the tests, because they caught two regressions last "
        "month."
    ),
    (
        "This is your first pull request and it's a good one: the tests are thorough and the "
        "naming is consistent."
    ),
    "As a reminder, please don't share customer data in public channels.",
    (
        "I'm sorry, but the refund window has closed; I've escalated your case to see if an "
        "exception is possible."
    ),
    "Your feedback is helpful, and we'll discuss it at the next planning meeting.",
    "The heating engineer will visit on Thursday between nine and twelve.",
    (
        "Reading with your child for ten minutes each evening makes a real difference to their "
        "progress."
    ),
    (
        "A pull request is how we propose changes to the main branch, and the contributing guide "
        "has the details."
    ),
    (
        "I'll keep this summary high level and link to the full design document for anyone who "
        "wants more."
    ),
    (
        "The dashboard looks good, but two of the revenue figures don't match finance's numbers, "
        "so let's check the query."
    ),
    "We're reorganising the support team into two groups to cut response times.",
    "The vendor has missed two deadlines, so we're asking them for a revised plan by Friday.",
    "I appreciate you covering for me while I was away.",
    "The estimate was too optimistic; we now expect the work to take six weeks rather than four.",
    (
        "Please use the red stop button only in an emergency; normal shutdown is done from the "
        "control panel."
    ),
    "I've highlighted the three changes that affect your team.",
    "Let's take this discussion offline and set up a call with the people involved.",
    "I don't have the context to answer this, but Priya in payroll should be able to help.",
    "That's outside our team's remit, so I've forwarded your message to facilities with a note.",
    (
        "We've decided to keep the current design because changing it now would delay the launch "
        "by a month."
    ),
    "Thanks for the quick turnaround on the contract.",
    "The survey closes on the twentieth, and we'll share the results with everyone in May.",
    "Just a note that the car park will be resurfaced next week.",
    "The new expense tool requires a photo of the receipt for every claim.",
    "I wasn't able to attend, so could someone share the notes?",
    "Could you say more about why you prefer the second option?",
    (
        "This is a minor point, so feel free to ignore it: the heading levels in section four are "
        "inconsistent."
    ),
    "We can't match the competitor's price, but we can include free installation.",
    "Our on-call rota is posted on the team wiki and updated each Friday.",
    "The grant proposal is ambitious, and a more detailed budget would make it more convincing.",
    "The project is about ninety percent complete, with the remaining work on reporting.",
    (
        "The printer on the second floor is out of order; please use the one by the kitchen until "
        "Thursday."
    ),
    "Welcome to the team; your first week will mostly be setup and meeting people.",
    (
        "It's normal to find the first few weeks in a new role tiring, so do let me know how "
        "you're getting on."
    ),
    "We have received your complaint and will respond in full within ten working days.",
    "The security audit found two high-risk issues, both of which are now fixed.",
    (
        "I've rewritten the introduction to make the main argument clearer; let me know if you'd "
        "prefer the original."
    ),
    "Thank you for raising this; I agree it's important and will add it to Thursday's agenda.",
    "Thanks for your patience; the wifi in the east wing should be back within the hour.",
    "Please read the attached document before Thursday's meeting, as we'll be voting on it.",
    "I'll be honest: I don't think the plan works as written, but I think it can with two changes.",
    "Good catch on the typo in the pricing table.",
    "We are still investigating the cause and will post an update by three o'clock.",
    "I made a mistake in the figures I sent yesterday, and the corrected version is attached.",
    "Unfortunately the position has been filled, but we'll keep your details on file.",
    "Could you review my pull request when you have time today?",
    "The policy applies to all staff from the first of April.",
    "I've assigned the ticket to myself and will have a fix by tomorrow.",
    "If the workload is unmanageable, let's look at what we can drop or move.",
    "The lift will be out of service for maintenance on Saturday morning.",
    "Please note that we only accept applications through the online form.",
    "The meeting will start at ten sharp, as we have a lot to cover.",
    (
        "The uniform guidance has been updated, and families with questions can contact the school "
        "office."
    ),
    "Noted; I'll adjust the plan to reflect the new budget.",
    "Let's move on to the next item and come back to this once we have the data.",
    "Yes, this is a simple fix: change the timeout from five seconds to thirty.",
    "The basic idea is to cache results so that repeated requests are faster.",
    "I'm not the right person to decide this, so I've copied in the product lead.",
    "Thanks again for hosting the workshop; the feedback was very positive.",
    "Again, thank you all for your hard work during the release.",
    "As I understand it, the vendor can deliver by March if we confirm the order this week.",
    "In short, the test failed because the fixture data was out of date.",
    "I've attached the form again, since the link in the earlier email has expired.",
    (
        "The interview panel was impressed by your portfolio and would like to invite you to a "
        "second round."
    ),
    (
        "I can't approve this request as submitted because it lacks a cost estimate; could you add "
        "one?"
    ),
    "For those new to the codebase, the main entry point is app.py in the root directory.",
    "The refund has been processed and should appear in your account within five working days.",
    "I'd appreciate an answer by Wednesday so I can confirm the booking.",
    "I raised this risk in March, and now that it has happened, let's agree on a mitigation.",
    "Your performance this year has been strong, particularly in stakeholder communication.",
    "One area to develop next year is delegating more of the routine reporting.",
    (
        "The remote working policy is being reviewed, and we'd welcome your views by the end of "
        "the month."
    ),
    "This release fixes a crash when exporting large files and improves startup time.",
    "Known issue: the login page may load slowly on older browsers.",
    "We're pausing new feature work for two weeks to focus on reliability.",
    "I'd recommend reading chapter one of the handbook first, as it covers the key terms.",
    "Thanks for letting me know; I'll move the meeting to Thursday.",
    "To clarify, the deadline is for the first draft, not the final version.",
    "I take your point about the budget, but I still think we need a second tester.",
    "Apologies for the late reply; I was out of the office last week.",
    "The candidate's experience in logistics would transfer well to this role.",
    "It was great to see so many people at the offsite.",
    "I'm happy to go over the spreadsheet together if that would be useful.",
    "Please keep the visitor bays free for guests and delivery drivers.",
    (
        "We've reviewed your appeal and have decided to uphold the original decision, for the "
        "reasons set out below."
    ),
    "Contractors will need access to your flat on the twelfth to test the smoke alarms.",
    "Your daughter has settled in well and is making friends in class.",
    (
        "I'm applying for the analyst role because it combines my background in statistics with my "
        "interest in health policy."
    ),
    (
        "The methodology is sound, though the sample size limits how far the results can be "
        "generalised."
    ),
    "Thanks, that's a fair criticism, and we'll address it in the revised version.",
    (
        "We no longer support version two, so please upgrade to version three to keep receiving "
        "security fixes."
    ),
    "Let me know if you'd like me to take a first pass at the slides.",
    "The final report credits everyone who contributed, listed in the appendix.",
    "I'd like us to start reviewing each pull request within a day of it being opened.",
    "The kitchen is cleaned every evening, but please rinse your cups before leaving them.",
    "A quick update: the fix is deployed and error rates are back to normal.",
    "It's a reasonable request, and we'll look at adding it to the roadmap.",
    "I'm going to say no to this one, because it conflicts with the data retention policy.",
    (
        "We understand moving schools is a big change, and the head of year is available to talk "
        "it through."
    ),
    "Please don't hesitate to ask questions during the training; every question is welcome.",
    "The decision was made by the steering committee, and the minutes explain the reasoning.",
    "The dashboard now shows revenue by region, as several of you requested.",
    "Interesting, I hadn't considered that; let me check with the data team and come back to you.",
    "Just to confirm, we're meeting at the client's office rather than ours on Thursday.",
    "Of course you can take Friday off; please update the team calendar.",
]
