"""Plain sentences close to attitudes (issue 14): a fifth tone set,
written apart from the rules, to find false alarms."""

from __future__ import annotations

PLAIN: list[tuple[str, str]] = [
    ("reminder", "Friendly reminder: March timesheets are due Friday at noon."),
    (
        "reminder",
        "Following up on my email from last week about the venue booking; no rush, but could you "
        "confirm by Thursday?",
    ),
    (
        "reminder",
        "Sending this once more in case it got buried: the lease renewal form needs your "
        "signature by the 15th.",
    ),
    (
        "reminder",
        "Hi Priya, a second reminder that the code freeze starts tomorrow at 6 pm, so please "
        "merge anything urgent today.",
    ),
    (
        "reminder",
        "As mentioned at Monday's meeting, parent-teacher conferences are next week; sign-up "
        "sheets are at the front office.",
    ),
    (
        "reminder",
        "Gentle nudge on the invoice from June; if it has already been paid, please ignore this, "
        "and thank you.",
    ),
    (
        "reminder",
        "Please make sure your kit bag is labelled before Saturday's away match, since the "
        "changing rooms get busy.",
    ),
    (
        "reminder",
        "Quick reminder for everyone on the rota: the food bank needs two extra volunteers this "
        "Sunday morning.",
    ),
    (
        "reminder",
        "Your repeat prescription is ready to collect; the pharmacy is open until 7 pm on "
        "weekdays.",
    ),
    (
        "reminder",
        "Checking in again about the proofs for chapter four; if you need another week, that's "
        "completely fine, just let me know.",
    ),
    (
        "reminder",
        "Reminder to the household: bins go out on Tuesday night this week because of the bank "
        "holiday.",
    ),
    (
        "reminder",
        "Hi all, per our agreement in the kickoff call, status updates go in the shared doc every"
        " Friday.",
    ),
    (
        "reminder",
        "This is a courtesy reminder that your library books are due back on 3 May; you can renew"
        " them online.",
    ),
    (
        "reminder",
        "Following up again on the refund request, since these can slip through; I've attached "
        "the receipt once more for convenience.",
    ),
    (
        "reminder",
        "Just circling back on the design review; I've blocked out Thursday at 2 pm if that still"
        " works for you.",
    ),
    (
        "reminder",
        "A reminder that the council's consultation on the new cycle lanes closes at midnight on "
        "Sunday.",
    ),
    (
        "reminder",
        "Mum, don't forget Grandad's birthday lunch is on Saturday at one; I can pick you up if "
        "that helps.",
    ),
    (
        "reminder",
        "Second reminder: grades for the autumn term need to be entered into the portal by 20 "
        "December.",
    ),
    (
        "reminder",
        "Hi Tom, following up on the contract we discussed; I've attached a fresh copy in case "
        "the first link expired.",
    ),
    (
        "reminder",
        "Please make sure you bring photo ID to your appointment, as the clinic is required to "
        "check it at reception.",
    ),
    (
        "explanation",
        "A branch is simply a separate line of work, so you can try changes without affecting the"
        " main version.",
    ),
    (
        "explanation",
        "Great question! The deposit is held by a government scheme, so it's protected even if "
        "the landlord sells the property.",
    ),
    (
        "explanation",
        "No worries if this is new to you: a variable is just a named box where the program keeps"
        " a value.",
    ),
    (
        "explanation",
        "To return an item, bring it to any of our stores with the receipt, and we'll refund it "
        "to the original card.",
    ),
    (
        "explanation",
        "Lots of people find this confusing at first: your net pay is what remains after tax and "
        "pension contributions.",
    ),
    (
        "explanation",
        "In a footnote, the small number in the text points to a note at the bottom of the page "
        "that gives the source.",
    ),
    (
        "explanation",
        "Your blood pressure has two numbers: the top one is the pressure when your heart beats, "
        "and the bottom one is the pressure when it rests between beats, so both matter.",
    ),
    (
        "explanation",
        "Offside simply means an attacker is nearer the goal line than the second-last defender "
        "when the ball is played to them.",
    ),
    (
        "explanation",
        "Let me walk you through it step by step; first, open the settings menu in the top right "
        "corner.",
    ),
    (
        "explanation",
        "A pull request is how you ask the team to review your changes before they're merged into"
        " the main code.",
    ),
    (
        "explanation",
        "Gift Aid lets the charity claim an extra 25p from the government for every pound you "
        "donate, at no cost to you.",
    ),
    (
        "explanation",
        "Your council tax band depends on the value of your home, and you can check yours on the "
        "government website.",
    ),
    (
        "explanation",
        "Actually, you don't need to reinstall anything; clearing the browser cache usually fixes"
        " this, and I'll show you how.",
    ),
    (
        "explanation",
        "An invoice is the bill you send a client, and it should list your details, the work "
        "done, the amount and the due date.",
    ),
    (
        "explanation",
        "When you cite a source, you're telling the reader where an idea came from, so they can "
        "find it too.",
    ),
    (
        "explanation",
        "That's a really common mix-up: 'its' shows possession, while 'it's' is short for 'it is'.",
    ),
    (
        "explanation",
        "Think of the router as the post office of your home network: it sends each message to "
        "the right device.",
    ),
    (
        "explanation",
        "A manuscript is the author's draft, and the copyeditor checks it for consistency, "
        "grammar and style before typesetting.",
    ),
    (
        "explanation",
        "Don't worry about breaking anything; the test environment is a copy, so you can "
        "experiment freely there.",
    ),
    (
        "explanation",
        "Obviously nobody expects you to know our acronyms yet, so I've put a short glossary at "
        "the end of this guide.",
    ),
    (
        "bad-news",
        "I'm sorry to tell you that your application wasn't successful this time; we had over two"
        " hundred strong candidates.",
    ),
    (
        "bad-news",
        "The payment service has been down since 9 am, and we don't yet know when it will be "
        "fixed; we'll update this page every hour until it is, and we're sorry for the "
        "disruption.",
    ),
    (
        "bad-news",
        "Unfortunately, the shipment is delayed by about two weeks because of a supplier "
        "shortage, and I know that's disappointing.",
    ),
    (
        "bad-news",
        "We've decided not to publish the manuscript, though we genuinely enjoyed the characters "
        "and hope you'll submit it elsewhere.",
    ),
    (
        "bad-news",
        "I'm afraid the boiler repair can't happen until Tuesday, as the part has to be ordered; "
        "we'll bring you heaters today.",
    ),
    (
        "bad-news",
        "The scan shows the fracture hasn't healed as well as we'd hoped, so we need to talk "
        "about surgery options.",
    ),
    (
        "bad-news",
        "Sadly, we lost the grant this year, which means the Saturday youth club will close from "
        "next month.",
    ),
    (
        "bad-news",
        "I have to let you know that the release will slip to next quarter; migration testing "
        "found problems we can't ignore.",
    ),
    (
        "bad-news",
        "Your appeal against the parking fine has been reviewed and, unfortunately, the original "
        "decision stands.",
    ),
    (
        "bad-news",
        "The under-12s won't be entered in the spring league, because we couldn't find enough "
        "coaches in time.",
    ),
    (
        "bad-news",
        "I'm really sorry, but the flat you viewed has been let to another applicant who applied "
        "earlier.",
    ),
    (
        "bad-news",
        "We've had to cancel Thursday's lecture due to illness; last year's recording will be "
        "posted instead.",
    ),
    (
        "bad-news",
        "Unfortunately the client has cancelled the project, so I won't be able to offer you the "
        "follow-on work we discussed.",
    ),
    (
        "bad-news",
        "The item you ordered has been discontinued, and we've refunded you in full; I'm sorry we"
        " couldn't supply it.",
    ),
    (
        "bad-news",
        "I wish I had better news: the inspection found damp in the east wall, so your move-in "
        "date will have to change.",
    ),
    (
        "bad-news",
        "We lost data from the last six hours of Tuesday's uploads, and we're contacting every "
        "affected customer directly.",
    ),
    (
        "bad-news",
        "Your grant application scored well but fell just below the funding line; the panel's "
        "comments are attached.",
    ),
    (
        "bad-news",
        "I'm sorry, Dad, but I can't make it home for Christmas this year; the flights are just "
        "too expensive right now.",
    ),
    (
        "bad-news",
        "The library will be closed for refurbishment from June until September, and we know many"
        " of you rely on it.",
    ),
    (
        "bad-news",
        "Your request for extra marking time wasn't approved, but I'd like to talk about other "
        "ways we can support you.",
    ),
    (
        "refusal",
        "Thank you for asking, but I'm not able to take on another project until the end of the "
        "month.",
    ),
    (
        "refusal",
        "We can't offer a refund on opened software, but I'm happy to help you get it working.",
    ),
    (
        "refusal",
        "I understand why you'd like an extension, but the deadline applies to everyone, so it "
        "will stay as Friday.",
    ),
    (
        "refusal",
        "After discussing it as a team, we've decided not to add dark mode this year, and that "
        "decision is final for this release.",
    ),
    (
        "refusal",
        "I'm going to say no to joining the reunion committee this time, though I'd love to come "
        "to the event itself.",
    ),
    (
        "refusal",
        "The landlord doesn't allow pets in this building, and I'm afraid that isn't something I "
        "can change.",
    ),
    (
        "refusal",
        "We're unable to share patient information over the phone, but you're welcome to come in "
        "with photo ID.",
    ),
    (
        "refusal",
        "Thank you for thinking of me; I only take paid commissions, and my standard rates are in"
        " the attached sheet.",
    ),
    (
        "refusal",
        "The board has considered your request carefully and won't be changing the membership "
        "fees this season.",
    ),
    (
        "refusal",
        "I can see how much this means to you, but I can't change the grade without a formal re-"
        "mark request.",
    ),
    (
        "refusal",
        "No, we won't be merging this change as it stands, because it removes the audit logging "
        "we rely on.",
    ),
    (
        "refusal",
        "We can't accept manuscripts by post, but you can submit through the online form at any "
        "time.",
    ),
    (
        "refusal",
        "I'm sorry, but I won't be lending you the car this weekend; I need it for work on "
        "Saturday.",
    ),
    (
        "refusal",
        "The charity doesn't endorse political candidates, so we'll have to decline the "
        "invitation to speak at the rally.",
    ),
    (
        "refusal",
        "I've thought about it again, and my answer is still no, but thank you for making the "
        "case so clearly.",
    ),
    (
        "refusal",
        "We're not able to waive the late fee, though we can set up a payment plan if that would "
        "help.",
    ),
    (
        "refusal",
        "The planning committee has refused the application for the extension, for the reasons "
        "set out in the letter.",
    ),
    (
        "refusal",
        "I won't be changing the match schedule, since every team has already booked travel "
        "around it.",
    ),
    (
        "refusal",
        "Thanks for flagging it, but we'll keep the current wording in the contract; our lawyer "
        "has reviewed it.",
    ),
    (
        "refusal",
        "I'd rather not share my personal number, but you can always reach me through the office "
        "line.",
    ),
    (
        "praise",
        "Great work on the migration, Sam; it went through without a single minute of downtime.",
    ),
    (
        "praise",
        "Your essay was a pleasure to read, especially the conclusion, which ties the argument "
        "together beautifully.",
    ),
    (
        "praise",
        "The new volunteer handbook is clear and friendly, and I think everyone will actually "
        "enjoy reading it.",
    ),
    (
        "praise",
        "You handled that upset customer with real patience, and she left the store smiling.",
    ),
    (
        "praise",
        "Lovely layout on the spring catalogue; one small idea would be to make the prices a "
        "touch larger.",
    ),
    (
        "praise",
        "The nurses on ward six deserve real credit for how calmly they managed last night's "
        "admissions.",
    ),
    (
        "praise",
        "This pull request is really clean; my only suggestion is to add a test for the empty-"
        "list case.",
    ),
    (
        "praise",
        "Well played today, everyone; the defence was outstanding, and the second half was the "
        "best we've looked all year.",
    ),
    (
        "praise",
        "The cover design is striking, and the typography suits the tone of the novel perfectly.",
    ),
    (
        "praise",
        "Thank you for the tenant newsletter; it's the clearest update on the repairs we've had.",
    ),
    (
        "praise",
        "Your presentation was confident and well structured; next time, you could slow down a "
        "little on the data slide.",
    ),
    (
        "praise",
        "Whoever reorganised the stockroom did a brilliant job; everything is so much easier to "
        "find.",
    ),
    (
        "praise",
        "I'm so proud of you for finishing the marathon, especially after the injury last spring.",
    ),
    ("praise", "The grant report is excellent, and the case studies make the impact really vivid."),
    (
        "praise",
        "Brilliant debugging on that memory leak; I'd never have thought to check the image cache.",
    ),
    (
        "praise",
        "The council's new bin collection map is genuinely useful, and residents have said so in "
        "the survey.",
    ),
    (
        "praise",
        "This translation reads naturally and keeps the author's humour; one suggestion would be "
        "to check the dates in chapter two.",
    ),
    (
        "praise",
        "Your lab report shows a real grasp of the method, and your error analysis is the best in"
        " the class.",
    ),
    (
        "praise",
        "The logo you designed for the club is perfect, and the kids love wearing it on their "
        "shirts.",
    ),
    (
        "praise",
        "That was a great first week; you've clearly put a lot of thought into learning how the "
        "team works.",
    ),
    ("thanks", "Thanks for the quick reply; that's exactly what I needed."),
    ("thanks", "Thank you so much for covering my shift on Saturday; I really owe you one."),
    ("thanks", "Thanks for such a short and clear answer, it saved me a lot of digging."),
    (
        "thanks",
        "Thank you for your patience while we sorted out the billing error on your account.",
    ),
    (
        "thanks",
        "Huge thanks to everyone who stayed late to get the release out; it made a real "
        "difference to our customers.",
    ),
    ("thanks", "Thanks for getting back to me so fast, even on a Sunday."),
    ("thanks", "Thank you for the donation; it will pay for a week of hot meals at the shelter."),
    ("thanks", "Thanks, Mum, for having the kids at short notice."),
    (
        "thanks",
        "Thanks for the one-line fix; small as it is, it solved a problem we'd had for months.",
    ),
    (
        "thanks",
        "Thank you to the caretaker, who fixed the hallway lights before anyone had even reported"
        " them.",
    ),
    (
        "thanks",
        "Many thanks for your careful edits on the manuscript, especially the notes on pacing.",
    ),
    ("thanks", "Thanks for the heads-up; I'll leave earlier tomorrow."),
    (
        "thanks",
        "Thank you for taking the time to fill in our survey; it really helps us plan next year's"
        " courses.",
    ),
    ("thanks", "Thanks for the brief update, that's all I needed to know for now."),
    (
        "thanks",
        "I wanted to say thank you to the ward staff for how kindly you treated my father last "
        "week.",
    ),
    ("thanks", "Thanks for volunteering to coach the under-tens; the parents are delighted."),
    ("thanks", "Thanks for paying the invoice so promptly, it's much appreciated."),
    (
        "thanks",
        "Thank you to whoever left the flowers on the reception desk; they brightened everyone's "
        "morning.",
    ),
    ("thanks", "Thanks for answering, even briefly; I know how busy this week is for you."),
    (
        "thanks",
        "Thanks again for recommending me to your colleague; the project has been a great fit.",
    ),
    (
        "priority",
        "We're pausing work on the export feature until the security fixes are done, since those "
        "affect every user.",
    ),
    (
        "priority",
        "The leaking roof in block C comes first this week; the repainting will follow once it's "
        "dry.",
    ),
    (
        "priority",
        "I'll handle the urgent refunds today and get to the general enquiries tomorrow morning.",
    ),
    (
        "priority",
        "Patients with chest pain are seen before those with minor injuries, so waiting times can"
        " vary.",
    ),
    (
        "priority",
        "We've moved the dashboard redesign to next quarter so the team can focus on the "
        "performance issues.",
    ),
    (
        "priority",
        "This bug is low priority for now because it only affects an old browser version that few"
        " customers use.",
    ),
    (
        "priority",
        "The editor has asked us to finish the index before the cover copy, because the printer "
        "needs it first.",
    ),
    (
        "priority",
        "I'm going to put the newsletter on hold this month and spend that time on the grant "
        "deadline.",
    ),
    (
        "priority",
        "Safety repairs to the playground are ahead of the new benches in the parks budget this "
        "year.",
    ),
    (
        "priority",
        "Let's tackle the failing tests first, then review the open pull requests in order of age.",
    ),
    (
        "priority",
        "I'm prioritising the client whose launch is on Monday, so your revisions will reach you "
        "on Wednesday.",
    ),
    (
        "priority",
        "The first team's fixtures take priority on the main pitch, so the juniors will train on "
        "the side field this month.",
    ),
    (
        "priority",
        "We're triaging the support queue by impact, so outages are handled before feature "
        "requests.",
    ),
    (
        "priority",
        "Marking the final-year dissertations comes before the first-year quizzes, as their "
        "results are due earlier.",
    ),
    (
        "priority",
        "Let's deal with the car insurance renewal this weekend and leave the garage clear-out "
        "for next month.",
    ),
    (
        "priority",
        "The food bank will focus on families with children over the holidays, since demand from "
        "them has doubled.",
    ),
    (
        "priority",
        "I've marked your ticket as medium priority; we'll start on it after the login issue is "
        "resolved.",
    ),
    (
        "priority",
        "The translation of the second volume will wait until the first one is through "
        "proofreading.",
    ),
    (
        "priority",
        "Emergency housing cases are processed first, and other applications are reviewed in the "
        "order received.",
    ),
    (
        "priority",
        "We won't get to the documentation rewrite this sprint, but it's at the top of the list "
        "for the next one.",
    ),
    (
        "apology",
        "I'm sorry I missed your call yesterday; that was my mistake, and I should have let you "
        "know I'd be away.",
    ),
    (
        "apology",
        "We charged you twice, and that's entirely our error; the duplicate payment has been "
        "refunded today.",
    ),
    (
        "apology",
        "I apologise for the delay in returning your essays; I underestimated the marking, and "
        "that's on me.",
    ),
    (
        "apology",
        "I'm sorry I spoke over you in the meeting; it wasn't fair, and I'd like to hear your "
        "point properly.",
    ),
    (
        "apology",
        "We failed to tell residents about the water shut-off in advance, and we're sorry for the"
        " disruption it caused.",
    ),
    (
        "apology",
        "I broke the build this morning by merging without running the tests, and I'm sorry for "
        "the lost hours.",
    ),
    (
        "apology",
        "I'm sorry your appointment letter went to the wrong address; we hadn't updated your "
        "details after you told us you'd moved, that was our mistake, and we've now rebooked you.",
    ),
    (
        "apology",
        "I owe you an apology for forgetting your birthday; I feel awful about it and want to "
        "make it up to you.",
    ),
    (
        "apology",
        "We sent the wrong edition in your order, and I'm sorry; a replacement is on its way by "
        "express post.",
    ),
    (
        "apology",
        "I apologise for the tone of my last email; I was frustrated, but that was no excuse for "
        "being short with you.",
    ),
    (
        "apology",
        "I'm sorry that I left the kit shed unlocked; the missing balls are my responsibility, "
        "and I'll replace them.",
    ),
    (
        "apology",
        "Our error on the invoice meant you were overcharged, and I'm sorry for the trouble it "
        "caused your accounts team.",
    ),
    (
        "apology",
        "We should have replied to your complaint weeks ago, and I'm sorry we left you waiting "
        "without an answer.",
    ),
    (
        "apology",
        "I made a mistake in the grant budget, and I'm sorry it added work for everyone right "
        "before the deadline.",
    ),
    (
        "apology",
        "I'm sorry the outage stopped your team working for most of the afternoon; our change "
        "caused it.",
    ),
    (
        "apology",
        "I apologise for missing the deadline on your translation; I should have warned you "
        "sooner that I was behind.",
    ),
    ("apology", "I'm so sorry I snapped at you at dinner; you didn't deserve that."),
    (
        "apology",
        "We got your allergy information wrong on the menu, and I'm truly sorry; we're retraining"
        " the kitchen staff this week.",
    ),
    (
        "apology",
        "I'm sorry my comments on your draft were so brief; you deserved more detailed feedback, "
        "and I'll send it tomorrow.",
    ),
    (
        "apology",
        "We published the wrong photo credit, and we apologise to the photographer; the online "
        "version is now corrected.",
    ),
    (
        "accountability",
        "At 14:05 the platform team deployed a configuration change that disabled caching on the "
        "checkout service.",
    ),
    (
        "accountability",
        "The on-call engineer, Maria, noticed the error rate rising at 02:10 and paged the "
        "database team.",
    ),
    (
        "accountability",
        "The night shift logged the stock count at 9 pm, and the discrepancy was found by the "
        "morning team at 8 am.",
    ),
    (
        "accountability",
        "The maintenance contractor turned off the water supply at 10 am without the usual "
        "48-hour notice to tenants.",
    ),
    (
        "accountability",
        "The exams office sent the timetable to students before the room changes were added, so "
        "three rooms were wrong.",
    ),
    (
        "accountability",
        "The release was approved by two reviewers, neither of whom had access to the staging "
        "logs at the time.",
    ),
    (
        "accountability",
        "The ward pharmacist identified the dosage discrepancy during the afternoon round and "
        "alerted the duty doctor.",
    ),
    (
        "accountability",
        "The finance team processed the supplier payment twice after the first batch appeared to "
        "have failed.",
    ),
    (
        "accountability",
        "Nobody was assigned to monitor the backup job after the team reorganisation in March, so"
        " failures went unnoticed.",
    ),
    (
        "accountability",
        "The volunteer coordinator updated the rota on Friday, but the change didn't reach the "
        "text message list.",
    ),
    (
        "accountability",
        "The typesetter used the previous version of the file, which did not include the author's"
        " final corrections.",
    ),
    (
        "accountability",
        "The highways team closed the road at 7 am; the diversion signs were installed by the "
        "contractor at 9 am.",
    ),
    (
        "accountability",
        "Jonas ran the migration script against production instead of staging, following the "
        "steps in an outdated runbook.",
    ),
    (
        "accountability",
        "The club treasurer renewed the insurance, but the pitch hire contract still listed the "
        "old policy number.",
    ),
    (
        "accountability",
        "The support agent followed the refund procedure as written; the procedure itself omitted"
        " the partial-refund case.",
    ),
    (
        "accountability",
        "The security team rotated the API keys on schedule at 09:00, but two internal services "
        "had not been updated to read the new keys, and their requests began failing shortly "
        "afterwards.",
    ),
    (
        "accountability",
        "The delivery driver left the parcel at the neighbouring address after the customer's "
        "door code failed.",
    ),
    (
        "accountability",
        "The admissions team applied last year's criteria to twelve applications before the "
        "update was noticed on Thursday.",
    ),
    (
        "accountability",
        "The alert fired correctly at 03:12, and the responder acknowledged it within four "
        "minutes, as expected.",
    ),
    (
        "accountability",
        "The grant manager submitted the report on time, though the attached budget was an "
        "earlier draft.",
    ),
    (
        "humour",
        "My code worked on the first try today, so I'm assuming something is very wrong somewhere.",
    ),
    ("humour", "I have now made tea three times and drunk none of it, which is a personal best."),
    ("humour", "Apologies for the long email; I had a short one, but it got away from me."),
    (
        "humour",
        "Our under-nines lost seven-nil, but they won the post-match orange slice competition by "
        "a mile.",
    ),
    (
        "humour",
        "I tried to fix the printer myself, and now it only prints in a very confident shade of "
        "pink.",
    ),
    (
        "humour",
        "Full disclosure: the cake at the bake sale is shop-bought, because you really don't want"
        " to eat mine.",
    ),
    (
        "humour",
        "I've finally learned the new booking system, and I'm more proud of it than I probably "
        "should be.",
    ),
    ("humour", "In my defence, the spreadsheet had forty tabs and I only cried at tab thirty-two."),
    (
        "humour",
        "My plant-care strategy is mostly apologising to the plants, and so far two of them are "
        "still with us.",
    ),
    (
        "humour",
        "I'm told the new office coffee machine is very advanced; it certainly outsmarted me this"
        " morning.",
    ),
    (
        "humour",
        "Good news: I found the missing file. Less good news: it was on my own desktop the whole "
        "time.",
    ),
    (
        "humour",
        "I wrote the first chapter in a week and the title in three months, which feels about "
        "right for me.",
    ),
    (
        "humour",
        "As the only teacher who can't work the smartboard, I'm delighted to announce the pupils "
        "have adopted me.",
    ),
    ("humour", "My sense of direction is so bad that I once got lost in our own warehouse."),
    (
        "humour",
        "The kids have declared my spaghetti 'fine', which is the highest honour our household "
        "offers.",
    ),
    (
        "humour",
        "I've now read the tenancy guide twice, and I'm getting there; the chapter on bins is my "
        "favourite.",
    ),
    (
        "humour",
        "Thanks for your patience with my map-reading on the charity walk; we did see a lot of "
        "extra countryside.",
    ),
    (
        "humour",
        "I've been freelancing for ten years, and I still do a little dance every time an invoice"
        " gets paid.",
    ),
    (
        "humour",
        "Our team name was decided by a vote, which is how we ended up as the Reasonable Badgers.",
    ),
    (
        "humour",
        "I've labelled everything in the fridge except my own lunch, which tells you where my "
        "priorities are.",
    ),
    (
        "feedback",
        "The argument in section two is strong, but the evidence in section three doesn't support"
        " it yet; could you add the survey data?",
    ),
    (
        "feedback",
        "This function is doing three jobs, which makes it hard to test; splitting it into "
        "smaller helpers would help a lot.",
    ),
    (
        "feedback",
        "The opening chapter moves slowly; I'd suggest starting with the storm scene and bringing"
        " in the backstory later.",
    ),
    (
        "feedback",
        "Your greeting at the till was warm, but remember to offer the receipt before the "
        "customer walks away.",
    ),
    (
        "feedback",
        "The report's conclusions are clear, but the charts need labelled axes so readers can "
        "follow the figures.",
    ),
    (
        "feedback",
        "I think the tone of the appeal letter is a bit formal for our donors; a personal story "
        "at the start might land better.",
    ),
    (
        "feedback",
        "Your handover notes missed the patient's allergy, which is critical; please add it to "
        "the template from now on.",
    ),
    (
        "feedback",
        "The passing drills were good, but you should give the younger players more water breaks "
        "in this heat.",
    ),
    (
        "feedback",
        "The tests pass, but this query runs once per row, so it will be slow on large accounts; "
        "could you batch it?",
    ),
    (
        "feedback",
        "The essay answers a slightly different question from the one set, so please reread the "
        "prompt before revising.",
    ),
    (
        "feedback",
        "The proposal is promising, but the budget is missing staff costs, and the funder will "
        "ask about them.",
    ),
    (
        "feedback",
        "Your translation is accurate, though some sentences read quite literally; reading them "
        "aloud may help smooth them out.",
    ),
    (
        "feedback",
        "The notice to tenants is clear, but it needs the date of the works and a contact number "
        "for questions.",
    ),
    (
        "feedback",
        "This design is visually strong, but grey text on white will be hard for some people to "
        "read; please raise the contrast.",
    ),
    (
        "feedback",
        "You clearly know the material, but the lecture ran twenty minutes over, so the last "
        "topic felt rushed.",
    ),
    (
        "feedback",
        "The commit message says 'fix stuff', which won't help us later; a line about what "
        "changed and why would be ideal.",
    ),
    (
        "feedback",
        "Your invoice is missing the purchase order number, and our accounts team can't process "
        "it without one.",
    ),
    (
        "feedback",
        "The story is moving, but the ending resolves too quickly; giving the sister one more "
        "scene would help it land.",
    ),
    (
        "feedback",
        "The meeting minutes are thorough, but the action items are hard to find; a short list at"
        " the top would help.",
    ),
    (
        "feedback",
        "The risk assessment covers the venue well, but it doesn't yet mention the minibus "
        "journey or who will drive; could you add that section before Friday so the head can sign"
        " it off?",
    ),
    (
        "policy",
        "All assignments must be submitted by 5 pm on the due date; late work will lose five "
        "percent per day.",
    ),
    (
        "policy",
        "Per the tenancy agreement, rent is due on the first of each month, and a late fee "
        "applies after seven days.",
    ),
    ("policy", "Visitors must sign in at reception and wear badges."),
    (
        "policy",
        "Refunds are available within 30 days of purchase with a receipt; after that, we can "
        "offer store credit.",
    ),
    (
        "policy",
        "Pull requests require one approving review and passing checks before they can be merged "
        "to main.",
    ),
    (
        "policy",
        "Players who miss two training sessions without notice may not be selected for the "
        "following match.",
    ),
    (
        "policy",
        "Parking in the residents' bays without a permit will result in a penalty charge notice.",
    ),
    (
        "policy",
        "Manuscripts over 120,000 words will not be considered; please check the word count "
        "before submitting.",
    ),
    (
        "policy",
        "Volunteers must complete safeguarding training before working with children, with no "
        "exceptions.",
    ),
    (
        "policy",
        "Library fines are charged at 20p per day for overdue items, up to a maximum of five "
        "pounds per item.",
    ),
    (
        "policy",
        "Applications received after the closing date of 31 March will not be considered for this"
        " year's intake.",
    ),
    (
        "policy",
        "Anyone leaving bulky waste in the communal hallways may be charged for its removal.",
    ),
    (
        "policy",
        "Production access is limited to on-call engineers, and every session is logged for audit"
        " purposes.",
    ),
    (
        "policy",
        "Patients who arrive more than 15 minutes late may be asked to rebook so that other "
        "appointments run on time.",
    ),
    (
        "policy",
        "Invoices are payable within 30 days, and interest may be charged on overdue amounts "
        "under the late payment rules.",
    ),
    (
        "policy",
        "Phones must be switched off during exams; any phone found on a desk will be treated as a"
        " breach of exam rules.",
    ),
    (
        "policy",
        "Grant recipients must submit a final report within three months, and unspent funds must "
        "be returned.",
    ),
    (
        "policy",
        "Membership fees must be paid by 1 September; members who haven't paid by then will not "
        "be covered by the club insurance and cannot play in league matches until payment is "
        "received.",
    ),
    (
        "policy",
        "Please make sure all personal items are removed from the lockers by Friday, as they will"
        " be cleared over the weekend.",
    ),
    (
        "policy",
        "Bonfires are not permitted in the community garden, and repeated breaches may lead to "
        "the plot being reassigned.",
    ),
]
