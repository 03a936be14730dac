"""Tone-register test set 6: workplace sentences with one slang, stiff, hedge or
shouting problem each, plus plain near-misses, written without reading the rules or
the corpus.

Scored blind on 2026-12-05 at 754d012, before any rule change (/tmp scorer, one finding of the
kind's rule anywhere in the sentence): slang 27/50, stiff 20/50, hedge 24/50, shouting 29/50
(tone/shouting or tone/exclamation); 10 of 200 plain sentences flagged. No rule is tuned on it yet.
"""

from __future__ import annotations

PROBLEMS: list[tuple[str, str, str]] = [  # (kind, style, sentence)
    (
        "slang",
        "formal",
        "The board was super impressed with the quarterly results presented by the "
        "finance team on Tuesday.",
    ),
    (
        "slang",
        "formal",
        "We are gonna publish the revised data retention policy at the start of next quarter.",
    ),
    (
        "slang",
        "formal",
        "Applicants who wanna be considered for the fellowship must submit two "
        "references by March 15.",
    ),
    (
        "slang",
        "formal",
        "The auditors found a bunch of discrepancies in the travel expense reports "
        "for the Lisbon office.",
    ),
    (
        "slang",
        "formal",
        "Hey team, the annual compliance training must be completed by the end of this month.",
    ),
    (
        "slang",
        "formal",
        "The grant will fund tons of field visits to rural clinics across the northern provinces.",
    ),
    (
        "slang",
        "formal",
        "Our legal counsel will touch base with the vendor regarding the indemnity "
        "clause next week.",
    ),
    (
        "slang",
        "formal",
        "Btw, the committee has moved its December meeting to the second floor conference room.",
    ),
    (
        "slang",
        "formal",
        "The migration became a snafu that delayed payroll, and the board has "
        "requested a full incident review.",
    ),
    (
        "slang",
        "formal",
        "The estimated renovation cost is fifty grand, which exceeds the approved "
        "facilities budget.",
    ),
    (
        "slang",
        "formal",
        "I am stoked to accept the position of senior policy analyst at your institute.",
    ),
    (
        "slang",
        "formal",
        "Please give the procurement office a heads-up before signing any contract "
        "above the threshold.",
    ),
    (
        "slang",
        "formal",
        "The ministry's new reporting template is kinda confusing for new grant recipients.",
    ),
    (
        "slang",
        "formal",
        "The proposed merger is a no-brainer given the overlap in our customer bases.",
    ),
    (
        "slang",
        "formal",
        "Our researchers nailed the field trials, meeting every milestone set out in "
        "the original proposal.",
    ),
    (
        "slang",
        "formal",
        "The contractor messed up the wiring in the east wing, and repairs will take three weeks.",
    ),
    (
        "slang",
        "formal",
        "Thank you for sending the revised terms so quickly. Cheers, Margaret Owens",
    ),
    (
        "slang",
        "formal",
        "The committee thinks the new parental leave policy is awesome and "
        "recommends adopting it without changes.",
    ),
    (
        "slang",
        "formal",
        "All staff must ditch the old expense forms and use the online portal from April 1.",
    ),
    (
        "slang",
        "formal",
        "Please ping the records office if you require access to archived personnel files.",
    ),
    (
        "slang",
        "formal",
        "The consultant charged four hundred bucks per hour, which the audit "
        "committee considered excessive.",
    ),
    (
        "slang",
        "formal",
        "Respondents reported that the new claims process was a pain in the neck to complete.",
    ),
    (
        "slang",
        "formal",
        "The foundation's director is a rock star at securing matching funds from "
        "regional partners.",
    ),
    (
        "slang",
        "formal",
        "Tenants who wish to chill in the courtyard after 10 p.m. must keep noise to a minimum.",
    ),
    (
        "slang",
        "formal",
        "The applicant's portfolio includes sketches, prototypes and whatnot from "
        "previous commissions.",
    ),
    (
        "slang",
        "formal",
        "We will swing by the regional office on Thursday to inspect the new server installation.",
    ),
    (
        "slang",
        "formal",
        "The vendor's proposal is legit and meets every requirement listed in the "
        "tender documents.",
    ),
    (
        "slang",
        "formal",
        "I dunno whether the appendix should include the raw survey data or only the "
        "summary tables.",
    ),
    (
        "slang",
        "formal",
        "Dear colleagues, y'all are invited to the retirement reception for Dr. "
        "Patel on Friday afternoon.",
    ),
    (
        "slang",
        "formal",
        "The candidate gave a killer presentation on supply chain risk during the "
        "final interview round.",
    ),
    (
        "slang",
        "neutral",
        "The update fixes a freaking annoying bug that logged users out after every "
        "password change.",
    ),
    (
        "slang",
        "neutral",
        "We've gotta finish the data migration before the old servers are switched off on Monday.",
    ),
    (
        "slang",
        "neutral",
        "The new dashboard is sweet, showing real-time order volumes for each region in one view.",
    ),
    (
        "slang",
        "neutral",
        "Thx for sending the meeting notes; I have added the action items to the project tracker.",
    ),
    (
        "slang",
        "neutral",
        "Pls submit your timesheets by Friday so payroll can process them before the holiday.",
    ),
    (
        "slang",
        "neutral",
        "The printer on the third floor jammed again during the board pack run, lol.",
    ),
    (
        "slang",
        "neutral",
        "Sorry for the delay, guys; the shipping labels will go out this afternoon.",
    ),
    (
        "slang",
        "neutral",
        "Please move all the old stuff from the storage room before the movers "
        "arrive on Wednesday.",
    ),
    (
        "slang",
        "neutral",
        "The release includes a zillion small fixes to the reporting module and the export tool.",
    ),
    (
        "slang",
        "neutral",
        "Our support team has been pumped about the new ticket routing since it "
        "launched last month.",
    ),
    (
        "slang",
        "neutral",
        "No biggie if you miss the first session, since the recording will be shared "
        "with all attendees.",
    ),
    (
        "slang",
        "neutral",
        "Can you send me the ballpark figure for the catering costs before the budget meeting?",
    ),
    (
        "slang",
        "neutral",
        "The warehouse team ain't able to process returns until the new scanner arrives.",
    ),
    (
        "slang",
        "neutral",
        "The click-to-reorder button is a fab addition to the customer account page.",
    ),
    (
        "slang",
        "neutral",
        "Customers who sign up for the newsletter at the booth will receive a freebie.",
    ),
    (
        "slang",
        "neutral",
        "Let's get the ball rolling on the vendor review so we can decide by the end of May.",
    ),
    (
        "slang",
        "neutral",
        "The settings thingy in the top corner lets you change your notification preferences.",
    ),
    (
        "slang",
        "neutral",
        "Yep, the invoice was paid on March 3 and the receipt is attached to this email.",
    ),
    (
        "slang",
        "neutral",
        "The night shift had a crazy busy weekend after the promotion went live on Friday.",
    ),
    (
        "slang",
        "neutral",
        "Heaps of customers asked about the delivery delays, so we have added an "
        "update to the FAQ page.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks so much for coming to the picnic, and please bring the "
        "aforementioned potato salad again next year!",
    ),
    (
        "stiff",
        "friendly",
        "We loved having you on the team this summer, and we hope to utilize your "
        "talents again soon.",
    ),
    (
        "stiff",
        "friendly",
        "Happy birthday, Priya! Cake will commence at three o'clock in the kitchen, "
        "so don't be late.",
    ),
    (
        "stiff",
        "friendly",
        "Welcome aboard, Sam! Pursuant to our chat yesterday, I've set up your laptop and badge.",
    ),
    (
        "stiff",
        "friendly",
        "Hi everyone, the book club will henceforth meet on Thursdays, so grab a "
        "coffee and join us.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks for your lovely note! Please find herewith the photos from "
        "Saturday's volunteer day.",
    ),
    (
        "stiff",
        "friendly",
        "We're thrilled you're joining us, and we will endeavor to make your first week fun.",
    ),
    (
        "stiff",
        "friendly",
        "Hey Jordan, great job on the launch! Please remit your receipts so we can "
        "pay you back for the team dinner.",
    ),
    (
        "stiff",
        "friendly",
        "Our little garden club is growing, and members shall be notified of new "
        "workshops by email.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks for helping out at the bake sale; notwithstanding the rain, we "
        "raised over six hundred dollars!",
    ),
    (
        "stiff",
        "friendly",
        "So glad you enjoyed the workshop! We'd love to ascertain which topics you "
        "want us to cover next time.",
    ),
    (
        "stiff",
        "friendly",
        "Hi Maya, we miss you already! Your farewell card is enclosed herein with "
        "notes from the whole team.",
    ),
    (
        "stiff",
        "friendly",
        "Congrats on the new baby! We made a little card wherein everyone wrote "
        "their favorite parenting tip.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks for being such a great neighbor! Please apprise us if our renovation "
        "gets too noisy for you.",
    ),
    (
        "stiff",
        "friendly",
        "We can't wait to see you at the reunion, and we'll provide dinner in lieu "
        "of the usual potluck.",
    ),
    (
        "stiff",
        "friendly",
        "Hi all! The office party is on Friday, and attendance thereat is optional "
        "but warmly encouraged.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks a bunch for the cookies! We have deemed them the best snack of the whole sprint.",
    ),
    (
        "stiff",
        "friendly",
        "Great news, team: the coffee machine that heretofore made terrible espresso "
        "has finally been replaced!",
    ),
    (
        "stiff",
        "friendly",
        "We're so happy you found us! Should you require further assistance, just "
        "reply to this email anytime.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks for signing up for the fun run! Please effectuate your registration "
        "payment by Friday so we can order shirts.",
    ),
    (
        "stiff",
        "friendly",
        "Hope you had a relaxing vacation! Prior to your return, we tidied your desk "
        "and watered your plants.",
    ),
    (
        "stiff",
        "friendly",
        "Our volunteers are amazing, and we're so grateful for the aid rendered "
        "during the flood cleanup last week.",
    ),
    (
        "stiff",
        "friendly",
        "Hi Leo, thanks for the great feedback! We will implement the said changes "
        "before the next newsletter goes out.",
    ),
    (
        "stiff",
        "friendly",
        "Happy Friday, everyone! The snack drawer has been restocked, and you may "
        "partake of the new granola bars.",
    ),
    (
        "stiff",
        "friendly",
        "Thanks for being part of our first meetup! Hitherto we've only met online, "
        "so it was wonderful to see your faces.",
    ),
    (
        "stiff",
        "formal",
        "Please find attached the signed contract and the revised payment schedule "
        "for your records.",
    ),
    (
        "stiff",
        "formal",
        "Enclosed please find a copy of the inspection report for the Elm Street property.",
    ),
    (
        "stiff",
        "neutral",
        "I am writing to inform you that your order has shipped and will arrive by Thursday.",
    ),
    (
        "stiff",
        "formal",
        "Pursuant to your request, we have reviewed the invoice of April 2 and issued a credit.",
    ),
    (
        "stiff",
        "neutral",
        "Thank you in advance for your cooperation with the new parking arrangements.",
    ),
    (
        "stiff",
        "formal",
        "Please do not hesitate to contact me should you have any questions about the proposal.",
    ),
    (
        "stiff",
        "neutral",
        "Per our conversation, the delivery window has been moved to Tuesday morning.",
    ),
    (
        "stiff",
        "formal",
        "We acknowledge receipt of your letter dated June 12 regarding the disputed "
        "service charges.",
    ),
    (
        "stiff",
        "formal",
        "In reference to your inquiry, the scholarship deadline has been extended to October 30.",
    ),
    (
        "stiff",
        "neutral",
        "As per your request, I have updated the shipping address on your account.",
    ),
    (
        "stiff",
        "formal",
        "This letter is to advise you that your membership will expire on the last "
        "day of the month.",
    ),
    (
        "stiff",
        "formal",
        "Trusting this meets with your approval, we will proceed with the "
        "installation next Monday.",
    ),
    (
        "stiff",
        "neutral",
        "Attached herewith is the updated schedule for the spring training sessions.",
    ),
    (
        "stiff",
        "formal",
        "We beg to inform you that the tender submission period closes on Friday at noon.",
    ),
    (
        "stiff",
        "neutral",
        "Your payment of $250 has been received and duly noted in our records.",
    ),
    (
        "stiff",
        "formal",
        "Kindly be advised that the office will be closed on Monday for the public holiday.",
    ),
    (
        "stiff",
        "neutral",
        "Further to our telephone conversation, I have sent the replacement part by courier.",
    ),
    (
        "stiff",
        "formal",
        "We are in receipt of your application and will respond within ten working days.",
    ),
    (
        "stiff",
        "neutral",
        "At your earliest convenience, please return the signed lease to the leasing office.",
    ),
    (
        "stiff",
        "formal",
        "With reference to the above-mentioned matter, the committee will meet on 14 November.",
    ),
    (
        "stiff",
        "neutral",
        "Your kind attention to this matter is greatly appreciated, as the invoice is overdue.",
    ),
    (
        "stiff",
        "formal",
        "Please be advised that the community health survey report will be delivered "
        "on 1 December.",
    ),
    (
        "stiff",
        "neutral",
        "I trust this letter finds you well and that the new billing system is "
        "working for your team.",
    ),
    (
        "stiff",
        "formal",
        "We remain at your disposal for any clarification regarding the revised budget.",
    ),
    (
        "stiff",
        "neutral",
        "Your complaint was received on Monday, and same has been forwarded to the "
        "billing department.",
    ),
    (
        "hedge",
        "formal",
        "I think our proposal offers the most cost-effective solution for the "
        "county's water testing program.",
    ),
    (
        "hedge",
        "formal",
        "I believe I am a strong candidate for the role of operations manager at Harbor Lines.",
    ),
    (
        "hedge",
        "formal",
        "The new policy is somewhat effective at reducing late submissions among new staff.",
    ),
    (
        "hedge",
        "formal",
        "It could be argued that the applicant meets all eligibility criteria for "
        "the research grant.",
    ),
    (
        "hedge",
        "formal",
        "Our team has, to some extent, completed the migration of customer records "
        "to the new platform.",
    ),
    (
        "hedge",
        "formal",
        "Perhaps the board should approve the revised budget before the end of the fiscal year.",
    ),
    (
        "hedge",
        "formal",
        "We apologize for what may have been an inconvenience caused by the billing "
        "error on your account.",
    ),
    (
        "hedge",
        "formal",
        "It seems that remote onboarding reduces early employee turnover in our regional offices.",
    ),
    (
        "hedge",
        "formal",
        "I would venture to say that the committee's decision was consistent with the bylaws.",
    ),
    (
        "hedge",
        "formal",
        "The contractor's work was arguably below the standard specified in the agreement.",
    ),
    (
        "hedge",
        "formal",
        "I feel that the current reporting deadlines place an unreasonable burden on "
        "small grantees.",
    ),
    (
        "hedge",
        "formal",
        "Our department has more or less met its diversity hiring targets for the "
        "second year running.",
    ),
    (
        "hedge",
        "formal",
        "It might be worth noting that the lease requires ninety days' written "
        "notice before termination.",
    ),
    (
        "hedge",
        "formal",
        "The revised procedure is, in my humble opinion, a clear improvement over "
        "the previous version.",
    ),
    (
        "hedge",
        "formal",
        "I would suggest that all departments submit their budget requests by the "
        "fifteenth of each month.",
    ),
    (
        "hedge",
        "formal",
        "We are fairly confident that the new system complies with the data "
        "protection requirements.",
    ),
    (
        "hedge",
        "formal",
        "The candidate is relatively well qualified for the post of senior research associate.",
    ),
    (
        "hedge",
        "formal",
        "Our organization has, for the most part, fulfilled the reporting "
        "obligations set out in the grant agreement.",
    ),
    (
        "hedge",
        "formal",
        "It appears that the tenant has breached clause 7 of the lease by subletting the unit.",
    ),
    (
        "hedge",
        "formal",
        "If I am not mistaken, the audit committee approved the revised travel policy in March.",
    ),
    (
        "hedge",
        "formal",
        "The new procurement rules are, to a certain degree, an improvement on the "
        "previous framework.",
    ),
    (
        "hedge",
        "formal",
        "Hopefully, the enclosed documents satisfy the requirements set out in your "
        "letter of May 2.",
    ),
    (
        "hedge",
        "formal",
        "I suppose the board ought to review the executive compensation policy "
        "before the annual meeting.",
    ),
    (
        "hedge",
        "formal",
        "My experience in public procurement might make me a valuable addition to your team.",
    ),
    (
        "hedge",
        "formal",
        "The proposed changes are basically consistent with the association's "
        "existing code of conduct.",
    ),
    (
        "hedge",
        "formal",
        "One could say that the pilot program achieved its primary objectives within "
        "the allotted budget.",
    ),
    (
        "hedge",
        "formal",
        "It is not unreasonable to suggest that the delays resulted from inadequate staffing.",
    ),
    (
        "hedge",
        "formal",
        "We would tentatively recommend that the council adopt the second option "
        "outlined in this report.",
    ),
    (
        "hedge",
        "formal",
        "The quarterly results are, in some ways, stronger than those reported for "
        "the same period last year.",
    ),
    (
        "hedge",
        "formal",
        "I could be wrong, but the contract requires the supplier to cover return shipping costs.",
    ),
    (
        "hedge",
        "neutral",
        "I guess the new login page is easier to use than the old one.",
    ),
    (
        "hedge",
        "neutral",
        "The latest update kind of improves battery life on older phones and tablets.",
    ),
    (
        "hedge",
        "neutral",
        "We sort of decided to move the team meeting to Wednesdays starting next month.",
    ),
    (
        "hedge",
        "neutral",
        "Maybe we should add a search bar to the help center so customers can find "
        "articles faster.",
    ),
    (
        "hedge",
        "neutral",
        "The new return process is probably the main reason complaints dropped this quarter.",
    ),
    (
        "hedge",
        "neutral",
        "I just wanted to let you know that your refund has been processed and will "
        "appear within five days.",
    ),
    (
        "hedge",
        "neutral",
        "The onboarding guide is a little long for new support agents, who need the basics first.",
    ),
    (
        "hedge",
        "neutral",
        "Apparently the printer on the second floor has been fixed and is ready to use.",
    ),
    (
        "hedge",
        "neutral",
        "The new vendor tends to respond faster than the previous one, so we will "
        "renew the contract.",
    ),
    (
        "hedge",
        "neutral",
        "As far as I can tell, the release notes cover every change made in version 4.2.",
    ),
    (
        "hedge",
        "neutral",
        "It would seem that the shared calendar is the best place to track team holidays.",
    ),
    (
        "hedge",
        "neutral",
        "The checkout page is presumably faster now that the image sizes have been reduced.",
    ),
    (
        "hedge",
        "neutral",
        "We feel that the new pricing page explains the plans more clearly than before.",
    ),
    (
        "hedge",
        "neutral",
        "The team has pretty much finished the migration, and the old wiki will close on Friday.",
    ),
    (
        "hedge",
        "neutral",
        "The new expense tool could potentially save each manager an hour a week on approvals.",
    ),
    (
        "hedge",
        "neutral",
        "Our support hours are, in a sense, longer now that the Manila team covers weekends.",
    ),
    (
        "hedge",
        "neutral",
        "It may be that customers find the new layout confusing, so we plan to move "
        "the settings menu back.",
    ),
    (
        "hedge",
        "neutral",
        "I'd say the updated style guide is ready to share with the wider marketing team.",
    ),
    (
        "hedge",
        "neutral",
        "The workshop was reasonably useful for everyone who attended, and we will "
        "run it again in June.",
    ),
    (
        "hedge",
        "neutral",
        "Seemingly, the new schedule has reduced overtime on the weekend shifts.",
    ),
    (
        "shouting",
        "formal",
        "Applications received after the deadline will NOT be considered under any circumstances.",
    ),
    (
        "shouting",
        "neutral",
        "Please do NOT reply to this email, as the mailbox is not monitored.",
    ),
    (
        "shouting",
        "friendly",
        "We just hit ten thousand customers!!! Thank you all for making this possible.",
    ),
    (
        "shouting",
        "neutral",
        "Has anyone seen the signed copy of the vendor agreement???",
    ),
    (
        "shouting",
        "formal",
        "All employees MUST complete the annual ethics training before December 1.",
    ),
    (
        "shouting",
        "friendly",
        "Your order is on its way, and we think you are going to LOVE it.",
    ),
    (
        "shouting",
        "neutral",
        "The server maintenance window starts at 10 p.m. SHARP, so save your work before then.",
    ),
    (
        "shouting",
        "formal",
        "Visitors are REQUIRED to sign in at reception and wear a badge at all times.",
    ),
    (
        "shouting",
        "friendly",
        "Huge congratulations to Maria on her promotion to team lead!!!!",
    ),
    (
        "shouting",
        "neutral",
        "This is VERY important: your password will expire in three days unless you change it.",
    ),
    (
        "shouting",
        "formal",
        "The reimbursement request was submitted THREE times before finance acknowledged it.",
    ),
    (
        "shouting",
        "friendly",
        "Thanks for the amazing feedback! We read EVERY single comment you sent us.",
    ),
    ("shouting", "neutral", "Why was the invoice sent to the old address again???"),
    (
        "shouting",
        "formal",
        "Under NO circumstances should confidential files be stored on personal devices.",
    ),
    (
        "shouting",
        "friendly",
        "The summer party is THIS Friday, and there will be tacos and live music.",
    ),
    (
        "shouting",
        "neutral",
        "The refund has been approved, but it can take UP TO ten business days to appear.",
    ),
    (
        "shouting",
        "formal",
        "The grant report is due on March 31, and extensions will NOT BE GRANTED.",
    ),
    (
        "shouting",
        "friendly",
        "We miss you already, Tom!!! Come back and visit us whenever you are in town.",
    ),
    (
        "shouting",
        "neutral",
        "Customers should ALWAYS keep their receipt until the item has been installed.",
    ),
    (
        "shouting",
        "formal",
        "Please ensure that ALL supporting documents are attached before you submit "
        "the application.",
    ),
    (
        "shouting",
        "friendly",
        "Oh no, did the coupon code not work for you??? Let us fix that right away.",
    ),
    (
        "shouting",
        "neutral",
        "The fire doors on the third floor must stay CLOSED at all times.",
    ),
    (
        "shouting",
        "formal",
        "The candidate's references were EXCELLENT, and the panel recommends an "
        "offer at the upper salary band.",
    ),
    (
        "shouting",
        "friendly",
        "You are officially part of the team now, and we could NOT be happier!",
    ),
    (
        "shouting",
        "neutral",
        "Where is the updated project plan??? The client meeting starts in ten minutes.",
    ),
    (
        "shouting",
        "formal",
        "Tenants are reminded that smoking is STRICTLY PROHIBITED in all indoor common areas.",
    ),
    (
        "shouting",
        "friendly",
        "Our new café menu launches tomorrow, and the cinnamon rolls are INCREDIBLE.",
    ),
    (
        "shouting",
        "neutral",
        "The office will be closed on Monday, so please do NOT schedule client calls that day.",
    ),
    (
        "shouting",
        "formal",
        "We sincerely apologize for the error, which should NEVER have happened.",
    ),
    (
        "shouting",
        "friendly",
        "Happy work anniversary, Dana!!!!! Five years of brilliant ideas and terrible puns.",
    ),
    (
        "shouting",
        "neutral",
        "Release 3.2 fixes the crash that occurred EVERY time a user exported a report.",
    ),
    (
        "shouting",
        "formal",
        "The minutes record that the motion passed UNANIMOUSLY after a brief discussion.",
    ),
    (
        "shouting",
        "friendly",
        "Guess what??? The community garden just got its first grant from the city.",
    ),
    (
        "shouting",
        "neutral",
        "Do not unplug the router during the update, or the device may STOP WORKING entirely.",
    ),
    (
        "shouting",
        "formal",
        "The selection committee received OVER FIVE HUNDRED applications for twelve "
        "available fellowships.",
    ),
    (
        "shouting",
        "friendly",
        "Your feedback made a REAL difference, and the new scheduling feature is live today.",
    ),
    (
        "shouting",
        "neutral",
        "Remember to back up your files before Friday!!! The old drives are wiped on Saturday.",
    ),
    (
        "shouting",
        "formal",
        "This offer is valid for FOURTEEN DAYS from the date of this letter.",
    ),
    (
        "shouting",
        "friendly",
        "We had SO much fun at the volunteer day, and we hope to see you at the next one.",
    ),
    (
        "shouting",
        "neutral",
        "The shared drive is almost full, so PLEASE delete old drafts you no longer need.",
    ),
    (
        "shouting",
        "formal",
        "Why has the quarterly report still not been filed with the regulator???",
    ),
    (
        "shouting",
        "friendly",
        "Welcome to the neighborhood newsletter, where you will find ALL the local "
        "news in one place.",
    ),
    (
        "shouting",
        "neutral",
        "Your subscription renews AUTOMATICALLY unless you cancel at least one day "
        "before the billing date.",
    ),
    (
        "shouting",
        "formal",
        "The applicant has demonstrated an EXCEPTIONAL record of service to the local community.",
    ),
    (
        "shouting",
        "friendly",
        "Thank you, thank you, THANK YOU for helping us move into the new office.",
    ),
    (
        "shouting",
        "neutral",
        "The parking garage is closed for repairs all next week!!!",
    ),
    (
        "shouting",
        "formal",
        "Employees must submit leave requests at least TWO WEEKS before the intended start date.",
    ),
    (
        "shouting",
        "friendly",
        "Can you believe we raised twelve thousand dollars for the shelter?!?!",
    ),
    (
        "shouting",
        "neutral",
        "The new build is live, but DO NOT share the download link outside the beta group.",
    ),
    (
        "shouting",
        "formal",
        "Payment is due within thirty days, and LATE FEES will apply to any overdue balance.",
    ),
]
PLAIN: list[tuple[str, str]] = [  # (style, sentence): nothing a careful editor would flag for tone
    (  # near slang
        "neutral",
        "Store the vaccine in a cool, dry place away from direct sunlight and heat sources.",
    ),
    (  # near slang
        "formal",
        "The grand jury will hear testimony from three witnesses when proceedings "
        "resume next Tuesday.",
    ),
    (  # near slang
        "neutral",
        "The wildlife survey counted forty bucks and sixty does in the northern "
        "section of the reserve.",
    ),
    (  # near slang
        "neutral",
        "The network team runs a ping test every hour to confirm that each branch "
        "server is reachable.",
    ),
    (  # near slang
        "formal",
        "The playground renovation includes new swing sets and an accessible roundabout.",
    ),
    (  # near slang
        "formal",
        "Road crews will clear the drainage ditch along Route 9 before the rainy season begins.",
    ),
    (  # near slang
        "formal",
        "The grant supports acoustic monitoring of killer whale populations off the "
        "northern coast.",
    ),
    (  # near slang
        "neutral",
        "The carpenters nailed the new floorboards in place before the varnish was applied.",
    ),
    (  # near slang
        "neutral",
        "The upholstery workshop will stuff the cushions with recycled fibre instead of foam.",
    ),
    (  # near slang
        "neutral",
        "Chill the blood samples to four degrees Celsius within two hours of collection.",
    ),
    (  # near slang
        "formal",
        "The geology report describes the rock formations beneath the proposed reservoir site.",
    ),
    (  # near slang
        "neutral",
        "The bakery's new range includes sweet and savoury pastries made with "
        "locally milled flour.",
    ),
    (  # near slang
        "neutral",
        "The museum's new textile exhibit features a crazy quilt stitched by a local "
        "seamstress in 1890.",
    ),
    (  # near slang
        "neutral",
        "Check that all guy ropes are secured before the marquee is opened to guests.",
    ),
    (  # near slang
        "formal",
        "Department heads will present their budget proposals at the March meeting of the board.",
    ),
    (  # near slang
        "neutral",
        "The new kiosks use touch screens that meet current accessibility guidelines "
        "for public terminals.",
    ),
    (  # near slang
        "neutral",
        "The base salary for this position is $62,000, and benefits begin on the "
        "first day of employment.",
    ),
    (  # near slang
        "formal",
        "The city council approved funding to repair the grandstand seating at the "
        "municipal ballpark.",
    ),
    (  # near slang
        "neutral",
        "Crews pumped water out of the flooded basement before the electricians "
        "arrived to inspect the wiring.",
    ),
    (  # near slang
        "formal",
        "The recycling center processed twelve tons of cardboard during the holiday period.",
    ),
    (  # near slang
        "formal",
        "Compost heaps must be kept at least three metres from any shared boundary fence.",
    ),
    (  # near slang
        "neutral",
        "Each table centrepiece will be a small bunch of seasonal flowers from a local grower.",
    ),
    (  # near slang
        "neutral",
        "The marketing team declined to bid for an advertising slot during the Super "
        "Bowl broadcast.",
    ),
    (  # near slang
        "formal",
        "The report examines pay and working conditions for drivers in the gig economy.",
    ),
    (  # near slang
        "neutral",
        "The cheers from the audience could be heard in the lobby as each award "
        "winner was announced.",
    ),
    (  # near slang
        "neutral",
        "The cafeteria labels every dish that contains nuts, dairy, eggs or gluten.",
    ),
    (  # near slang
        "formal",
        "Patients reporting chest pain must be seen by a triage nurse within ten "
        "minutes of arrival.",
    ),
    (  # near slang
        "neutral",
        "Please wrap fragile items in bubble wrap before placing them in the shipping box.",
    ),
    (  # near slang
        "formal",
        "Grab bars must be installed beside the toilet in every accessible restroom "
        "on the premises.",
    ),
    (  # near slang
        "formal",
        "Contractors working on the base may take meals in the officers' mess after "
        "signing in at the gate.",
    ),
    (  # near slang
        "neutral",
        "Secure the bracket to the wall with four screws before attaching the monitor arm.",
    ),
    (  # near slang
        "neutral",
        "The new payment cards contain a chip that encrypts each transaction at the terminal.",
    ),
    (  # near slang
        "formal",
        "Employees who are sick should notify their manager before the start of "
        "their scheduled shift.",
    ),
    (  # near slang
        "formal",
        "The staff car park must remain lit from dusk until the last employee has "
        "left the building.",
    ),
    (  # near slang
        "neutral",
        "The quarterly fire drill will take place on Tuesday at 11 a.m., and all "
        "staff must leave the building.",
    ),
    (  # near slang
        "friendly",
        "Cheers for covering my shift on Friday, Sam; I owe you a coffee next week.",
    ),
    (  # near slang
        "neutral",
        "The intercom will buzz at the front desk when a visitor presses the entrance button.",
    ),
    (  # near slang
        "formal",
        "The library holds a rare early translation of the Finnish epic Kalevala in "
        "its special collection.",
    ),
    (  # near slang
        "neutral",
        "The potters stoked the wood-fired kiln overnight to reach the temperature "
        "required for glazing.",
    ),
    (  # near slang
        "neutral",
        "Residents near the estuary reported salty tap water after last week's storm surge.",
    ),
    (  # near slang
        "neutral",
        "The new forklifts include a heads-up display that shows load weight on the windscreen.",
    ),
    (  # near slang
        "neutral",
        "Guests must check out of their rooms by 11 a.m. on the final day of the conference.",
    ),
    (  # near slang
        "formal",
        "The figure on page six shows monthly revenue for each region during the "
        "2023 financial year.",
    ),
    (  # near slang
        "neutral",
        "The bakery's dough is prepared fresh every morning in the central kitchen on Mill Road.",
    ),
    (  # near slang
        "formal",
        "The audit found that unused software licences wasted $14,000 of the IT budget last year.",
    ),
    (  # near slang
        "neutral",
        "Please place trash in the grey bins and recycling in the blue bins beside "
        "the loading dock.",
    ),
    (  # near slang
        "friendly",
        "Thanks for all your help at the bake sale on Saturday; you were awesome.",
    ),
    (  # near slang
        "neutral",
        "The retreat will be held at a dude ranch in Wyoming, with transport "
        "provided from the airport.",
    ),
    (  # near slang
        "formal",
        "Gross revenue for the quarter was $4.2 million, up 6% on the prior quarter.",
    ),
    (  # near slang
        "friendly",
        "Hey everyone, pizza is in the kitchen, so help yourselves before the "
        "afternoon sessions start.",
    ),
    (  # near stiff
        "formal",
        "The Tenant shall pay rent on the first day of each calendar month to the "
        "account specified in Schedule A.",
    ),
    (  # near stiff
        "formal",
        "Notwithstanding clause 4.2, either party may terminate this Agreement "
        "immediately upon a material breach.",
    ),
    (  # near stiff
        "formal",
        "This Agreement is governed by the laws of the State of New York, and the "
        "parties submit to its courts.",
    ),
    (  # near stiff
        "formal",
        "Pursuant to Section 12 of the Act, the Commission must publish its annual "
        "report by 30 September.",
    ),
    (  # near stiff
        "formal",
        "The Licensee shall not sublicense the Software without the prior written "
        "consent of the Licensor.",
    ),
    (  # near stiff
        "formal",
        "Personal data is processed in accordance with Article 6 of the General Data "
        "Protection Regulation.",
    ),
    (  # near stiff
        "neutral",
        "I've attached the signed contract and the updated payment schedule for your records.",
    ),
    (  # near stiff
        "neutral",
        "Your order shipped this morning and will arrive by Thursday.",
    ),
    (  # near stiff
        "friendly",
        "Thanks so much for your help with the move; we couldn't have done it without you!",
    ),
    (  # near stiff
        "neutral",
        "If you have any questions about the proposal, call me on 555-0142 or reply here.",
    ),
    (  # near stiff
        "neutral",
        "We received your letter of June 12 about the disputed service charges and "
        "are looking into it.",
    ),
    (  # near stiff
        "neutral",
        "As you asked, I've updated the shipping address on your account to the new office.",
    ),
    (  # near stiff
        "neutral",
        "Your membership ends on the last day of this month unless you renew it online.",
    ),
    (  # near stiff
        "friendly",
        "Welcome to the team, Sam! Your laptop and badge are ready at the front desk.",
    ),
    (  # near stiff
        "formal",
        "The Employer shall indemnify the Employee against any claim arising from "
        "acts performed in good faith.",
    ),
    (  # near stiff
        "formal",
        'Greenfield Ltd (hereinafter "the Supplier") agrees to deliver the goods '
        "described in Schedule B.",
    ),
    (  # near stiff
        "formal",
        "The court held that the defendant had breached his fiduciary duty to the "
        "trust's beneficiaries.",
    ),
    (  # near stiff
        "neutral",
        "Please send your receipts to the finance team by Friday so we can repay you.",
    ),
    (  # near stiff
        "neutral",
        "We will start the training sessions on 3 March and finish them by the end of April.",
    ),
    (  # near stiff
        "friendly",
        "From now on, the book club meets on Thursdays, so bring a coffee and join us.",
    ),
    (  # near stiff
        "formal",
        "Whereas the parties wish to collaborate on the research project, they agree "
        "to the following terms.",
    ),
    (  # near stiff
        "formal",
        "The Board deems a director independent if he or she has no material "
        "relationship with the company.",
    ),
    (  # near stiff
        "neutral",
        "We use the data only to improve the service and never sell it to third parties.",
    ),
    (  # near stiff
        "formal",
        "Claims must be submitted within ninety days of the date of service, as "
        "stated in Section 5 of the policy.",
    ),
    (  # near stiff
        "friendly",
        "Before you get back, we'll tidy your desk and water your plants.",
    ),
    (  # near stiff
        "neutral",
        "The photos from Saturday's volunteer day are in the shared folder linked below.",
    ),
    (  # near stiff
        "formal",
        "The insurer is not liable for loss arising from wilful misconduct by the policyholder.",
    ),
    (  # near stiff
        "neutral",
        "Let me know by Friday whether the new delivery times work for your team.",
    ),
    (  # near stiff
        "formal",
        "The Contractor warrants that all work will be performed in a professional "
        "and workmanlike manner.",
    ),
    (  # near stiff
        "neutral",
        "Thanks for your patience with the new parking arrangements during the construction work.",
    ),
    (  # near stiff
        "neutral",
        "Following our phone call, I sent the replacement part by courier this morning.",
    ),
    (  # near stiff
        "formal",
        "The Committee has reviewed the application and will issue its decision "
        "within ten working days.",
    ),
    (  # near stiff
        "friendly",
        "We've made a card for Maria, and everyone wrote their favourite parenting tip inside.",
    ),
    (  # near stiff
        "neutral",
        "We received your payment of $250 on Monday, and your account is now up to date.",
    ),
    (  # near stiff
        "formal",
        "The respondent is hereby ordered to pay costs of £4,500 within twenty-eight days.",
    ),
    (  # near stiff
        "formal",
        "Any amendment to this Agreement shall be in writing and signed by both parties.",
    ),
    (  # near stiff
        "neutral",
        "The office is closed on Monday for the public holiday and reopens on Tuesday at 8 a.m.",
    ),
    (  # near stiff
        "friendly",
        "If you need anything else, just reply to this email and we'll sort it out.",
    ),
    (  # near stiff
        "formal",
        "Employees are entitled to twenty-five days of paid annual leave in addition "
        "to public holidays.",
    ),
    (  # near stiff
        "neutral",
        "The inspection report for the Elm Street property is attached, including "
        "the photos of the roof.",
    ),
    (  # near stiff
        "formal",
        "The Trustees shall meet at least four times in each financial year, as "
        "required by the trust deed.",
    ),
    (  # near stiff
        "neutral",
        "Please return the signed lease to the leasing office by 15 May.",
    ),
    (  # near stiff
        "friendly",
        "Thanks for the cookies! They were easily the best snack of the whole sprint.",
    ),
    (  # near stiff
        "formal",
        "In the event of a conflict between this policy and applicable law, the law prevails.",
    ),
    (  # near stiff
        "neutral",
        "Your complaint reached us on Monday, and we have passed it to the billing team.",
    ),
    (  # near stiff
        "formal",
        "The Grantee shall submit a final financial report within sixty days after "
        "the end of the grant period.",
    ),
    (  # near stiff
        "friendly",
        "We're so grateful for everyone who helped with the flood cleanup last week.",
    ),
    (  # near stiff
        "neutral",
        "The committee will discuss the parking dispute at its meeting on 14 November.",
    ),
    (  # near stiff
        "formal",
        "Any notice under this Agreement must be delivered by hand or by registered "
        "post to the address above.",
    ),
    (  # near stiff
        "friendly",
        "Hi Leo, thanks for the great feedback! We'll make those changes before the "
        "next newsletter goes out.",
    ),
    (  # near hedge
        "neutral",
        "The forecast shows a 60% chance of snow on Thursday, so delivery times may change.",
    ),
    (  # near hedge
        "neutral",
        "Survey results have a margin of error of plus or minus three percentage points.",
    ),
    (  # near hedge
        "formal",
        "Because only 42 patients completed the trial, the effect on recovery time "
        "may not generalise to older adults.",
    ),
    (  # near hedge
        "neutral",
        "Shipping times during the holiday season may vary depending on the carrier "
        "and destination.",
    ),
    (  # near hedge
        "neutral",
        "The cause of the outage is still under investigation, and we will share the "
        "root cause once it is confirmed.",
    ),
    (  # near hedge
        "formal",
        "Revenue for the next fiscal year is projected to grow by between 4% and 7%, "
        "depending on exchange rates.",
    ),
    (  # near hedge
        "neutral",
        "The sensor readings are accurate to within half a degree Celsius under "
        "normal operating conditions.",
    ),
    (  # near hedge
        "neutral",
        "We just released version 2.4, which adds dark mode and faster search.",
    ),
    (  # near hedge
        "neutral",
        "The repair estimate is between $800 and $1,200, and the final cost depends "
        "on the parts needed.",
    ),
    (  # near hedge
        "formal",
        "The data suggest a link between shift length and error rates, but the study "
        "was not designed to show causation.",
    ),
    (  # near hedge
        "neutral",
        "Some customers may see a brief delay in loading their dashboards while the "
        "update rolls out.",
    ),
    (  # near hedge
        "neutral",
        "If your package has not arrived within ten days, it might have gone to your "
        "old address, so please check your account.",
    ),
    (  # near hedge
        "formal",
        "Forecasts of enrolment beyond 2030 are uncertain because the regional birth "
        "rate has fluctuated sharply.",
    ),
    (  # near hedge
        "neutral",
        "The weather service expects heavy rain on Saturday, so the outdoor market "
        "could move indoors.",
    ),
    (  # near hedge
        "neutral",
        "The fabric feels soft but holds its shape after repeated washing.",
    ),
    (  # near hedge
        "neutral",
        "Staff may work from home on Fridays rather than commute to the office.",
    ),
    (  # near hedge
        "neutral",
        "Results from the pilot are preliminary, as only three of the eight sites "
        "have reported so far.",
    ),
    (  # near hedge
        "formal",
        "The archaeologists estimate that the settlement was occupied between 1200 "
        "and 900 BC, based on carbon dating.",
    ),
    (  # near hedge
        "neutral",
        "Delivery dates for custom orders depend on stock levels at our supplier and "
        "can change without notice.",
    ),
    (  # near hedge
        "neutral",
        "Estimated arrival times are based on current traffic and may change during the journey.",
    ),
    (  # near hedge
        "formal",
        "The model's predictions carry a standard error of 2.3 units, which should "
        "be considered when interpreting the results.",
    ),
    (  # near hedge
        "neutral",
        "Battery life varies with screen brightness, network conditions and the apps in use.",
    ),
    (  # near hedge
        "neutral",
        "The app may ask you to sign in again after the security update is installed.",
    ),
    (  # near hedge
        "formal",
        "It is not yet known whether the contamination affected the wells east of "
        "the river; test results are expected in May.",
    ),
    (  # near hedge
        "neutral",
        "Please arrive at least fifteen minutes early, as security checks can take "
        "longer on busy days.",
    ),
    (  # near hedge
        "neutral",
        "The tide tables suggest the causeway will be passable from about 2 p.m. until 6 p.m.",
    ),
    (  # near hedge
        "neutral",
        "I think of this checklist as the team's shared memory, so please keep it up to date.",
    ),
    (  # near hedge
        "neutral",
        "The seminar on risk perception asks whether people believe warnings more "
        "when they come from peers.",
    ),
    (  # near hedge
        "formal",
        "The estimated population of the colony ranges from 3,000 to 4,500 breeding "
        "pairs, according to aerial counts.",
    ),
    (  # near hedge
        "neutral",
        "Availability of the new model is limited, and some stores might not receive "
        "stock until June.",
    ),
    (  # near hedge
        "formal",
        "Preliminary figures indicate an unemployment rate of 4.1%, subject to "
        "revision when the full survey is published.",
    ),
    (  # near hedge
        "neutral",
        "Prices shown are approximate, since the final amount depends on the "
        "exchange rate at the time of payment.",
    ),
    (  # near hedge
        "neutral",
        "The engineer could not confirm the leak's source, so a second inspection is "
        "booked for Tuesday.",
    ),
    (  # near hedge
        "formal",
        "The applicant's claim that she was present at the meeting cannot be "
        "verified, as no attendance record exists.",
    ),
    (  # near hedge
        "neutral",
        "The hurricane may make landfall on Wednesday, and the Gulf Coast warehouse "
        "will close if it does.",
    ),
    (  # near hedge
        "friendly",
        "It seems like only yesterday you joined us, and now you're celebrating ten "
        "years on the team!",
    ),
    (  # near hedge
        "neutral",
        "Customers in remote areas may pay an additional delivery fee, shown at checkout.",
    ),
    (  # near hedge
        "neutral",
        "We are still measuring the effect of the new layout, and we'll report the "
        "numbers next month.",
    ),
    (  # near hedge
        "formal",
        "The study's sample was drawn from a single hospital, which limits how far "
        "the findings can be generalised.",
    ),
    (  # near hedge
        "neutral",
        "The kit works with most printers made after 2018; check the compatibility "
        "list before you buy.",
    ),
    (  # near hedge
        "neutral",
        "The thermometer in the cold room reads about two degrees lower than the "
        "calibrated reference.",
    ),
    (  # near hedge
        "formal",
        "Returns on the fund are not guaranteed, and the value of investments can "
        "fall as well as rise.",
    ),
    (  # near hedge
        "neutral",
        "Your bag might be searched at the entrance, so please allow extra time.",
    ),
    (  # near hedge
        "neutral",
        "Some older browsers may not display the new charts correctly, so we "
        "recommend updating to the latest version.",
    ),
    (  # near hedge
        "formal",
        "The exact number of affected accounts is unknown, but our current estimate "
        "is between 1,200 and 1,500.",
    ),
    (  # near hedge
        "neutral",
        "Guests can answer yes, no or maybe on the RSVP form, and we'll send "
        "reminders to the maybes.",
    ),
    (  # near hedge
        "friendly",
        "I hope you have a wonderful holiday with your family, and see you in January!",
    ),
    (  # near hedge
        "neutral",
        "Rainfall totals this month were roughly 20% below average, according to the "
        "regional weather station.",
    ),
    (  # near hedge
        "formal",
        "The probable cause of the fire, according to the investigator's report, was "
        "a faulty extension lead.",
    ),
    (  # near hedge
        "neutral",
        "Wait times at the service desk can exceed thirty minutes on Monday mornings.",
    ),
    (  # near shouting
        "formal",
        "The GDPR requires organisations to report certain data breaches to the "
        "supervisory authority within 72 hours.",
    ),
    (  # near shouting
        "neutral",
        "The API now returns an HTTP 429 status code when a client exceeds the rate limit.",
    ),
    (  # near shouting
        "friendly",
        "Welcome to the team, Aisha! We're so glad you're here.",
    ),
    (  # near shouting
        "neutral",
        "Please send the signed form to HR as a PDF by the end of the week.",
    ),
    (  # near shouting
        "formal",
        "The CEO will present the annual report to shareholders at the AGM in London on 12 June.",
    ),
    (  # near shouting
        "neutral",
        "Order number AX-4471 was dispatched from our Leeds warehouse on Tuesday morning.",
    ),
    (  # near shouting
        "neutral",
        "The NASA grant will fund two graduate researchers studying soil moisture "
        "from satellite data.",
    ),
    (  # near shouting
        "friendly",
        "Congratulations on passing your CPA exam, Ben! Dinner is on us this Friday.",
    ),
    (  # near shouting
        "neutral",
        "Connect the dock to your laptop with the USB-C cable included in the box.",
    ),
    (  # near shouting
        "formal",
        "Applicants must hold a valid NHS registration and at least two years of ICU experience.",
    ),
    (  # near shouting
        "neutral",
        "The FAQ page now explains how to reset your password and update your billing details.",
    ),
    (  # near shouting
        "formal",
        "The WHO guidance recommends annual influenza vaccination for all frontline "
        "healthcare workers.",
    ),
    (  # near shouting
        "neutral",
        "Firmware version 3.1.4 for the RX-200 router fixes a security flaw in the VPN client.",
    ),
    (  # near shouting
        "friendly",
        "Happy Friday, everyone! Lunch is on the company today, so come hungry.",
    ),
    (  # near shouting
        "neutral",
        "Our SLA guarantees a response within four business hours for priority-one tickets.",
    ),
    (  # near shouting
        "formal",
        "The EU Directive requires member states to transpose its provisions into "
        "national law by 2026.",
    ),
    (  # near shouting
        "neutral",
        "Prices include VAT at 20%, and delivery to UK addresses is free on orders over £50.",
    ),
    (  # near shouting
        "friendly",
        "You did it! The marathon fundraiser passed its goal today, thanks to your support.",
    ),
    (  # near shouting
        "neutral",
        "Release 5.0 drops support for iOS 15 and adds an SSO option for enterprise accounts.",
    ),
    (  # near shouting
        "formal",
        "The auditors reviewed the organisation's compliance with SOX requirements "
        "for the 2024 fiscal year.",
    ),
    (  # near shouting
        "neutral",
        "Please use the SKU, not the product name, when reporting a damaged item.",
    ),
    (  # near shouting
        "neutral",
        "The meeting notes record that the CFO approved the revised capital budget on 3 April.",
    ),
    (  # near shouting
        "friendly",
        "Thank you for the lovely flowers! They brightened up the whole office.",
    ),
    (  # near shouting
        "formal",
        "The company's ISO 27001 certification was renewed following an external "
        "audit in September.",
    ),
    (  # near shouting
        "neutral",
        "The URL for the staff portal has changed, so please update your bookmarks.",
    ),
    (  # near shouting
        "neutral",
        "Questions about the new benefits plan can be sent to the HR mailbox or "
        "raised at Thursday's Q&A session.",
    ),
    (  # near shouting
        "formal",
        "The NGO received a three-year grant from UNICEF to expand its school meals programme.",
    ),
    (  # near shouting
        "friendly",
        "Good luck with the launch tomorrow! We'll be cheering you on from the Denver office.",
    ),
    (  # near shouting
        "neutral",
        "Save the file as a CSV before uploading it to the reporting dashboard.",
    ),
    (  # near shouting
        "formal",
        "The FDA approved the device in March, and shipments to US hospitals began "
        "the following month.",
    ),
    (  # near shouting
        "neutral",
        "The error code E-104 means the printer's paper tray is not fully closed.",
    ),
    (  # near shouting
        "neutral",
        "Our offices in the EMEA region will follow the local public holiday calendar.",
    ),
    (  # near shouting
        "friendly",
        "Hi Priya, the cake is in the kitchen, so help yourself before it disappears!",
    ),
    (  # near shouting
        "formal",
        "The candidate holds an MBA from INSEAD and has led ERP implementations in "
        "three countries.",
    ),
    (  # near shouting
        "neutral",
        "Turn on two-factor authentication, or 2FA, to add a second layer of "
        "protection to your account.",
    ),
    (  # near shouting
        "neutral",
        "The new ATM in the lobby accepts cards from all major banks and charges no "
        "withdrawal fee.",
    ),
    (  # near shouting
        "formal",
        "The OECD report ranks the region fourth for adult literacy among member economies.",
    ),
    (  # near shouting
        "friendly",
        "We're hosting a BBQ on the roof terrace next Friday, and families are welcome to come.",
    ),
    (  # near shouting
        "neutral",
        "The invoice PDF attached to this email includes the PO number your finance "
        "team requested.",
    ),
    (  # near shouting
        "neutral",
        "Model XT-9 ships with a two-year warranty and a spare battery.",
    ),
    (  # near shouting
        "formal",
        "The UN Special Rapporteur will present her findings to the Human Rights "
        "Council in Geneva next month.",
    ),
    (  # near shouting
        "neutral",
        "Is the training session on Tuesday or Wednesday? The calendar invite shows both dates.",
    ),
    (  # near shouting
        "friendly",
        "Your new badge is ready! Pick it up from reception any time after lunch.",
    ),
    (  # near shouting
        "neutral",
        "The JSON export now includes timestamps in UTC, which simplifies reporting "
        "across time zones.",
    ),
    (  # near shouting
        "formal",
        "Members of the IEEE standards committee will review the draft specification in October.",
    ),
    (  # near shouting
        "neutral",
        "The release notes list every change in v2.3, including the fix for the CSV import bug.",
    ),
    (  # near shouting
        "friendly",
        "What a turnout! More than two hundred neighbours joined the park cleanup on Sunday.",
    ),
    (  # near shouting
        "formal",
        "The HIPAA privacy rule governs how patient records may be shared with "
        "external researchers.",
    ),
    (  # near shouting
        "neutral",
        "Please reply OK to confirm that you received the new rota for next week.",
    ),
    (  # near shouting
        "neutral",
        "The SEC filing shows that the company repurchased two million shares during the quarter.",
    ),
]
