"""Tone and register check set 7 for the writing-review tool.

PROBLEMS holds 100 (kind, style, sentence) items, 25 each of 'slang',
'stiff', 'hedge' and 'shouting', in that order; each sentence contains
exactly one tone problem of its kind. PLAIN holds 100 (style, sentence)
near-miss items that a careful editor would leave alone.

Written on 2026-12-05 without reading the tool's rules, source or tests.
This is a held-out check set: it is never used for tuning the rules.
"""

PROBLEMS: list[tuple[str, str, str]] = [
    (
        "slang",
        "formal",
        (
            "The board concluded that the revised pricing model was a game-changer for the "
            "regional "
            "division during the second half of the fiscal year."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Should your organisation require further clarification on the eligibility criteria, "
            "please ping the programme officer named in the attached award schedule."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Managers must circle back with each employee within ten working days of receiving a "
            "formal grievance under section four of this policy."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The Admissions Office will touch base with all shortlisted applicants regarding "
            "interview dates before the end of February."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The audit committee does not currently have the bandwidth to review all subsidiary "
            "contracts before the annual general meeting in June."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The finance subcommittee will present a deep dive into procurement costs at the next "
            "scheduled meeting of the board of trustees."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The foundation expects the first phase of the project to address the low-hanging "
            "fruit "
            "identified in your initial needs assessment."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The external auditors confirmed that the finance team nailed the transition to the "
            "new "
            "reporting standard without any material findings."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The review panel was super impressed by the clarity of your evaluation plan and the "
            "strength of your community partnerships."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Hey, this letter confirms that your application for doctoral candidacy has been "
            "approved by the Graduate Studies Committee."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The tribunal received a ton of written submissions from residents objecting to the "
            "proposed rezoning of the industrial estate."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The contractor has provided a ballpark figure for the renovation, and a detailed "
            "quotation will be submitted to the board next month."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The council allocated forty thousand bucks to the library refurbishment in the "
            "capital "
            "budget approved on 12 March."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The compliance team identified several sketchy invoices submitted by an overseas "
            "supplier during the third quarter of the reporting period."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Several employees freaked out when the payroll system failed, so the policy now "
            "requires advance notice of any scheduled system maintenance."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Renewing the lease on the existing warehouse is a no-brainer given the current "
            "shortage "
            "of suitable industrial space in the region."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Under this policy, employees are expected to stay chill during disciplinary hearings "
            "and to address all panel members with courtesy."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Visitors are not permitted to hang out in the laboratory corridors without a valid "
            "access badge issued by campus security."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Department heads must loop in the data protection officer before sharing any personal "
            "records with an external contractor or partner agency."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "This notice gives all tenants a heads-up that the water supply will be suspended on "
            "14 "
            "May for essential pipe repairs."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The admissions office has been crazy busy this term, so decisions on late "
            "applications "
            "will take up to six weeks."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The board voted to ditch the legacy accounting software at the end of the current "
            "financial year and adopt a cloud platform."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The grants team is currently swamped with renewal requests, and we appreciate your "
            "patience while your proposal is under review."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "The landlord has confirmed in writing that he is cool with the proposed amendments to "
            "clause seven of the commercial lease agreement."
        ),
    ),
    (
        "slang",
        "formal",
        (
            "Any contractor who bails on a signed agreement without written notice will forfeit "
            "the "
            "performance bond described in schedule two."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Hi Sam, thanks so much for lending us the aforementioned ladder last weekend; the "
            "gutters look brand new now."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Thanks so much for volunteering at the book sale, and herewith is a little gift card "
            "to "
            "say how grateful we are."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Pursuant to our chat at the barbecue, I'd love to borrow your hedge trimmer sometime "
            "this weekend if that works for you."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Welcome aboard, Priya! Henceforth you can reach the whole team on the social channel "
            "whenever you fancy a coffee break."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Hey everyone, the summer picnic will commence at noon by the lake, so bring a blanket "
            "and your favourite snacks."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Feel free to utilise the spare parking spot outside our house while your driveway is "
            "being repaved next week."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Hi Jo, could you let me know at your earliest convenience whether you'd like to join "
            "us "
            "for pizza on Friday?"
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "The undersigned would love to thank you for all the cakes you baked for the school "
            "fundraiser last Saturday."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "We'll meet at the cafe at six, whereupon we can stroll over to the bowling alley "
            "together for the team night."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Notwithstanding the rain, we had a brilliant time at the volunteer picnic, and we "
            "couldn't have done it without you."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Your new account is all set up, so you can start browsing our recipes forthwith and "
            "save your favourites."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "We thought we'd bring homemade soup in lieu of flowers when we visit you after your "
            "surgery next week."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "We hereby invite you and your family to our housewarming on Saturday afternoon, and "
            "the "
            "kids are very welcome too."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Kindly be advised that we've saved you a seat at the front for the choir concert on "
            "Thursday evening."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Could you pop the spare key through our letterbox prior to heading off on your "
            "holiday "
            "on Sunday?"
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "The team lunch menu includes, inter alia, veggie wraps, fruit salad and those lemon "
            "bars everyone loved last time."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Since you won the office quiz, it is incumbent upon you to pick the theme for next "
            "month's games night."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "In the event that you get lost on the way, just give me a ring and I'll come and meet "
            "you."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Thanks for coming to the quiz night, and please remit your five pounds for the pizza "
            "to "
            "Tom whenever it suits you."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "We will endeavour to keep the music down at the party, but do pop over and join us if "
            "you like."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Per your request, I've saved the last slice of birthday cake for you in the staff "
            "kitchen fridge."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Our garden heretofore had no vegetables, so thank you for the tomato seedlings you "
            "left "
            "on our doorstep."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "Thanks for lending us your camping stove; said stove worked perfectly on our weekend "
            "trip to the lakes."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "We loved the photos from the volunteer day and would be thrilled to receive copies "
            "thereof for our newsletter."
        ),
    ),
    (
        "stiff",
        "friendly",
        (
            "To facilitate your move, we've left a box of spare tape and some snacks by your new "
            "front door."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "I think the enclosed financial statements accurately reflect the organisation's "
            "position as at 31 December."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "It seems that the board approved the revised investment policy at its meeting on 3 "
            "October."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The new procurement procedure has somewhat reduced processing times, from an average "
            "of "
            "twelve days to four."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The applicant is arguably the most qualified candidate, having published twelve "
            "peer-reviewed articles in the past three years."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "Perhaps the deadline for submitting final reports is 30 June, as stated in clause 5 "
            "of "
            "the grant agreement."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "To some extent, the training programme met its objectives, with all forty "
            "participants "
            "passing the final assessment."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "In my humble opinion, the contract clearly obliges the supplier to deliver the "
            "equipment by 15 March."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "I believe this letter confirms your appointment as Senior Lecturer in Economics with "
            "effect from 1 September."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "It could be said that the merger has increased annual revenue by 18 percent, as shown "
            "in Table 2."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The policy possibly applies to all permanent and fixed-term employees, including "
            "those "
            "on secondment to partner organisations."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The audit found the controls to be fairly effective, with no exceptions recorded "
            "across "
            "240 sampled transactions."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The charity's reserves are reasonably healthy, covering fourteen months of operating "
            "costs according to the audited accounts."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "I feel that the project has delivered every milestone listed in the original grant "
            "application on schedule."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The new building is more or less compliant with current fire safety regulations, as "
            "certified by the inspector last week."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "It would appear that the university has received your tuition payment in full for the "
            "current academic year."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "In a sense, the pilot scheme succeeded, reducing staff turnover by 22 percent across "
            "the participating branches."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "I may be wrong, but the attached minutes record the board's unanimous approval of the "
            "capital budget."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "Presumably our firm is the registered owner of the property described in the schedule "
            "to this notice."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "I suppose the revised leave policy takes effect on 1 January and replaces all "
            "previous "
            "versions."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "Apparently the foundation has awarded your organisation a grant of 50,000 pounds for "
            "the 2027 programme year."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "The relocation was relatively successful, finishing on schedule and 8 percent under "
            "the "
            "approved budget."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "I would venture that the company has met all of its statutory reporting obligations "
            "for "
            "the past five years."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "To a certain degree, the new onboarding process has improved retention, with "
            "first-year "
            "departures falling by half."
        ),
    ),
    (
        "hedge",
        "formal",
        (
            "It is possible that the committee's decision on your appeal is final and cannot be "
            "reviewed further."
        ),
    ),
    (
        "hedge",
        "formal",
        ("If I am not mistaken, this notice is issued under section 21 of the Housing Act 1988."),
    ),
    (
        "shouting",
        "neutral",
        (
            "Please submit your expense claims by Friday, because late claims will NOT be "
            "processed "
            "this month."
        ),
    ),
    (
        "shouting",
        "formal",
        ("All visitors must sign in at reception IMMEDIATELY upon arrival at the main building."),
    ),
    (
        "shouting",
        "neutral",
        (
            "The quarterly report is due on Monday, and it must include figures from EVERY "
            "regional "
            "office."
        ),
    ),
    (
        "shouting",
        "neutral",
        (
            "The server room door must remain closed at ALL times to maintain the correct "
            "temperature."
        ),
    ),
    (
        "shouting",
        "neutral",
        (
            "Has anyone seen the signed contract for the warehouse lease that was delivered on "
            "Tuesday??"
        ),
    ),
    (
        "shouting",
        "neutral",
        ("The fire drill will take place tomorrow morning at ten o'clock, so please be ready!!"),
    ),
    (
        "shouting",
        "neutral",
        (
            "Why was the client presentation moved to Thursday without anyone telling the design "
            "team?!"
        ),
    ),
    (
        "shouting",
        "formal",
        ("Only the finance director is authorised to approve payments OVER five thousand pounds."),
    ),
    (
        "shouting",
        "formal",
        ("Parking in the loading bay is strictly PROHIBITED during delivery hours on weekdays."),
    ),
    (
        "shouting",
        "neutral",
        ("Remember to back up your files before the system upgrade begins at six this evening!!"),
    ),
    (
        "shouting",
        "neutral",
        (
            "The new visitor badges are MANDATORY from Monday for everyone entering the warehouse "
            "site."
        ),
    ),
    (
        "shouting",
        "neutral",
        (
            "Please read the attached safety guidance CAREFULLY before operating the new packaging "
            "machine."
        ),
    ),
    (
        "shouting",
        "formal",
        ("The committee has received your complaint and will respond within TEN working days."),
    ),
    (
        "shouting",
        "neutral",
        (
            "Who approved the purchase of forty new office chairs without consulting the "
            "facilities "
            "team??"
        ),
    ),
    (
        "shouting",
        "formal",
        (
            "Applications received after the closing date will be rejected WITHOUT EXCEPTION under "
            "the scheme rules."
        ),
    ),
    (
        "shouting",
        "neutral",
        ("The meeting room on the third floor is double-booked AGAIN for Wednesday afternoon."),
    ),
    (
        "shouting",
        "neutral",
        ("Thank you all for attending the launch event, which was our biggest turnout yet!!"),
    ),
    (
        "shouting",
        "neutral",
        ("The printer on level two is out of toner, so please DO NOT send large jobs to it today."),
    ),
    (
        "shouting",
        "neutral",
        (
            "Is the budget spreadsheet really due tomorrow, when the figures only arrived this "
            "afternoon?!"
        ),
    ),
    (
        "shouting",
        "neutral",
        ("The kitchen must be left CLEAN and tidy at the end of each working day."),
    ),
    (
        "shouting",
        "formal",
        (
            "This is your LAST reminder to complete the mandatory data protection training before "
            "the end of the month."
        ),
    ),
    (
        "shouting",
        "formal",
        ("Timesheets must be submitted on the FIRST working day of each month without fail."),
    ),
    (
        "shouting",
        "neutral",
        (
            "Can someone explain why the agenda for tomorrow's board meeting has changed three "
            "times "
            "this week??"
        ),
    ),
    (
        "shouting",
        "formal",
        (
            "Contractors are reminded that hard hats are REQUIRED in all areas beyond the yellow "
            "line."
        ),
    ),
    (
        "shouting",
        "neutral",
        ("PLEASE return borrowed projectors to the front desk by the end of the day on Friday."),
    ),
]

PLAIN: list[tuple[str, str]] = [
    (
        "neutral",
        (
            "The network engineer will ping each server in the data centre to confirm it responds "
            "after the upgrade."
        ),
    ),
    (
        "neutral",
        (
            "The branch office upgraded its internet connection because video calls were using "
            "most "
            "of the available bandwidth."
        ),
    ),
    (
        "friendly",
        (
            "The dive club is planning a deep dive off the north coast next month, and beginners "
            "can "
            "join the shallow group."
        ),
    ),
    (
        "neutral",
        (
            "Store the vaccine samples in the chill cabinet at between two and eight degrees "
            "Celsius "
            "until collection."
        ),
    ),
    (
        "neutral",
        ("Allow the castings to cool for at least two hours before removing them from the moulds."),
    ),
    (
        "formal",
        (
            "The council will clear the drainage ditch along Mill Lane to reduce the risk of "
            "flooding to nearby homes."
        ),
    ),
    (
        "neutral",
        (
            "Wardens counted forty bucks and sixty does during the annual deer survey in the "
            "eastern "
            "part of the park."
        ),
    ),
    (
        "neutral",
        (
            "Heavy rain swamped the lower car park overnight, so staff should use the upper level "
            "until the water drains."
        ),
    ),
    (
        "neutral",
        (
            "The carpenter nailed the skirting boards in place before the decorators arrived to "
            "paint the meeting room."
        ),
    ),
    (
        "friendly",
        (
            "We're going to hang the new team photos in the corridor on Friday, so feel free to "
            "come "
            "and help."
        ),
    ),
    (
        "neutral",
        (
            "Leave a small loop of spare cable behind each desk so the monitors can be moved "
            "without "
            "unplugging them."
        ),
    ),
    (
        "formal",
        (
            "The vessel is licensed to carry no more than twelve tons of cargo on routes within "
            "the "
            "harbour limits."
        ),
    ),
    (
        "neutral",
        (
            "The company picnic will be held at the city ballpark, where the home team has offered "
            "the use of its lawn."
        ),
    ),
    (
        "neutral",
        (
            "The architect shared a rough sketch of the new reception area so that staff could "
            "comment on the layout."
        ),
    ),
    (
        "friendly",
        (
            "Thanks for organising the board game evening; the new strategy game was very popular "
            "with everyone."
        ),
    ),
    (
        "neutral",
        (
            "The orchard team will pick the low-hanging fruit first, then bring ladders for the "
            "apples near the tops of the trees."
        ),
    ),
    (
        "neutral",
        (
            "The football season will kick off on 9 August, and the club has asked volunteers to "
            "help steward the first match."
        ),
    ),
    (
        "formal",
        (
            "The court granted bail to the defendant on condition that he surrender his passport "
            "and "
            "report to police weekly."
        ),
    ),
    (
        "neutral",
        (
            "The new bathrooms include a grab rail beside each toilet to meet the accessibility "
            "requirements for the building."
        ),
    ),
    (
        "neutral",
        (
            "The fire alarm system will be tested every Monday at eleven, and each test will last "
            "one minute."
        ),
    ),
    (
        "neutral",
        (
            "In the staff softball league, a runner who fails to touch base before the throw "
            "arrives "
            "is out."
        ),
    ),
    (
        "formal",
        (
            "Employees who are sick for more than seven consecutive days must provide a medical "
            "certificate to their line manager."
        ),
    ),
    (
        "neutral",
        (
            "The stairwells must remain well lit at night so that staff can leave the building "
            "safely after late shifts."
        ),
    ),
    (
        "friendly",
        (
            "I've left a bag of sweet potatoes from our allotment on your doorstep, so help "
            "yourself "
            "whenever you like."
        ),
    ),
    (
        "neutral",
        (
            "Check that every bolt on the scaffolding is tight before the inspector arrives on "
            "Thursday morning."
        ),
    ),
    (
        "formal",
        (
            "Pursuant to section 8 of the lease, the tenant shall give the landlord three months' "
            "written notice of termination."
        ),
    ),
    (
        "formal",
        (
            "The signed contract and the schedule of payments are enclosed herewith for your "
            "records."
        ),
    ),
    (
        "formal",
        (
            "The aforementioned parties agree to resolve any dispute through mediation before "
            "commencing legal proceedings."
        ),
    ),
    (
        "formal",
        (
            "Notwithstanding clause 4, either party may terminate this agreement immediately in "
            "the "
            "event of a material breach."
        ),
    ),
    (
        "formal",
        (
            "The consultation period will commence on 1 March and close on 30 April, after which "
            "responses will be published."
        ),
    ),
    (
        "formal",
        (
            "The company hereby gives notice that its annual general meeting will be held on 18 "
            "June "
            "at the head office."
        ),
    ),
    (
        "formal",
        (
            "Members are asked to remit the annual subscription fee to the treasurer no later than "
            "31 January."
        ),
    ),
    (
        "formal",
        (
            "The university will provide a tuition fee waiver in lieu of a maintenance stipend for "
            "the first year of study."
        ),
    ),
    (
        "formal",
        (
            "All contractors must complete the site induction prior to commencing work on the "
            "premises."
        ),
    ),
    (
        "formal",
        (
            "The trustees have reviewed the accounts and the notes thereto, and they approve them "
            "without amendment."
        ),
    ),
    (
        "formal",
        (
            "In accordance with the data protection policy, personal records are retained for six "
            "years and then securely destroyed."
        ),
    ),
    (
        "formal",
        (
            "The undersigned certifies that the information provided in this application is "
            "complete "
            "and accurate."
        ),
    ),
    (
        "formal",
        (
            "The tribunal will deliver its judgment within twenty-eight days of the final hearing, "
            "as required by the procedural rules."
        ),
    ),
    (
        "formal",
        (
            "Applicants must submit two references, a statement of purpose and official "
            "transcripts "
            "by the stated deadline."
        ),
    ),
    (
        "formal",
        (
            "The board wishes to express its gratitude to the outgoing chair for eleven years of "
            "distinguished service."
        ),
    ),
    (
        "formal",
        (
            "The landlord shall be responsible for structural repairs, whereas the tenant shall "
            "maintain the interior in good condition."
        ),
    ),
    (
        "formal",
        (
            "The foundation is pleased to inform you that your application for funding has been "
            "approved in full."
        ),
    ),
    (
        "formal",
        (
            "Any amendment to this agreement shall be valid only if made in writing and signed by "
            "both parties."
        ),
    ),
    (
        "formal",
        (
            "The committee endorsed the recommendation to establish an independent review of "
            "governance arrangements."
        ),
    ),
    (
        "formal",
        (
            "Employees are entitled to twenty-five days of paid annual leave, in addition to "
            "public "
            "holidays."
        ),
    ),
    (
        "formal",
        (
            "The council acknowledges receipt of your objection and will consider it before "
            "determining the planning application."
        ),
    ),
    (
        "formal",
        (
            "Failure to comply with this notice within fourteen days may result in prosecution "
            "under "
            "the Environmental Protection Act 1990."
        ),
    ),
    (
        "formal",
        (
            "The university reserves the right to withdraw an offer of admission if the conditions "
            "of the offer are not met."
        ),
    ),
    (
        "formal",
        (
            "The grant shall be used solely for the purposes described in the approved project "
            "plan "
            "and budget."
        ),
    ),
    (
        "formal",
        (
            "Staff may request flexible working arrangements after completing twenty-six weeks of "
            "continuous employment."
        ),
    ),
    (
        "neutral",
        (
            "The forecast gives a 40 percent chance of rain on Saturday, so the outdoor event has "
            "an "
            "indoor backup venue."
        ),
    ),
    (
        "formal",
        (
            "The survey of 1,200 residents has a margin of error of plus or minus three percentage "
            "points."
        ),
    ),
    (
        "formal",
        (
            "The cause of the outage has not yet been identified, and engineers will publish their "
            "findings by Friday."
        ),
    ),
    (
        "formal",
        (
            "Preliminary results from the first six months indicate a 12 percent drop in energy "
            "use "
            "across the pilot sites."
        ),
    ),
    (
        "formal",
        (
            "The trial data do not yet show whether the treatment reduces hospital admissions, so "
            "a "
            "larger study is planned for 2027."
        ),
    ),
    (
        "neutral",
        ("Based on last year's attendance, we expect between 300 and 350 people at the open day."),
    ),
    (
        "formal",
        (
            "The auditors could not verify two invoices because the supporting documents were lost "
            "in the 2024 office flood."
        ),
    ),
    (
        "formal",
        (
            "Demand modelling projects a shortfall of 80 school places by 2029, assuming current "
            "birth rates continue."
        ),
    ),
    (
        "formal",
        (
            "Three of the five valuations place the property between 410,000 and 450,000 pounds, "
            "and "
            "two place it slightly higher."
        ),
    ),
    (
        "neutral",
        (
            "The shipment is held at customs, and the carrier estimates delivery within five to "
            "seven working days."
        ),
    ),
    (
        "formal",
        (
            "The study found a correlation between commuting time and absence rates, but it did "
            "not "
            "establish a causal link."
        ),
    ),
    (
        "neutral",
        (
            "The new software reduced average ticket resolution time from nine hours to six during "
            "the four-week trial."
        ),
    ),
    (
        "formal",
        (
            "Owing to incomplete records, the exact construction date of the east wing is unknown, "
            "though maps place it before 1880."
        ),
    ),
    (
        "neutral",
        (
            "The engineers measured the crack weekly for three months and found no further "
            "movement "
            "in the foundation."
        ),
    ),
    (
        "formal",
        (
            "The model's predictions were accurate to within 5 percent for eleven of the twelve "
            "months tested."
        ),
    ),
    (
        "neutral",
        (
            "We do not yet know the final venue for the conference, and we will confirm it by 15 "
            "January."
        ),
    ),
    (
        "formal",
        (
            "Sales in the northern region fell by 7 percent, and the available data do not explain "
            "the decline."
        ),
    ),
    (
        "formal",
        (
            "The independent assessment rates the risk of flooding at the site as low, at one "
            "event "
            "in two hundred years."
        ),
    ),
    (
        "neutral",
        (
            "Customer satisfaction scores rose from 72 to 81 after the new returns policy was "
            "introduced in April."
        ),
    ),
    (
        "formal",
        (
            "The geological survey estimates reserves of between two and three million tonnes, "
            "pending further drilling."
        ),
    ),
    (
        "friendly",
        (
            "The weather app gives a 70 percent chance of sunshine on Sunday, so we're planning "
            "the "
            "barbecue for the afternoon."
        ),
    ),
    (
        "formal",
        (
            "The evidence is insufficient to determine whether the error occurred before or after "
            "the data transfer."
        ),
    ),
    (
        "neutral",
        (
            "Test results show the water meets all drinking standards, although lead levels at two "
            "taps will be retested."
        ),
    ),
    (
        "formal",
        (
            "Enrolment is projected to rise by 4 percent next year, based on applications received "
            "to date."
        ),
    ),
    (
        "neutral",
        (
            "The supplier confirmed that 90 percent of the order will arrive on Monday and the "
            "remainder on Wednesday."
        ),
    ),
    (
        "neutral",
        ("WARNING: Disconnect the power supply before removing the rear panel of the unit."),
    ),
    (
        "neutral",
        (
            "CAUTION: Hot surface. Allow the heating element to cool for thirty minutes before "
            "cleaning."
        ),
    ),
    (
        "formal",
        (
            "All personal data must be processed in line with the GDPR and the company's retention "
            "schedule."
        ),
    ),
    (
        "neutral",
        ("Please save the final report as a PDF and upload it to the shared folder by Thursday."),
    ),
    (
        "formal",
        (
            "The CEO will present the annual strategy to staff at the town hall meeting in the "
            "main "
            "auditorium."
        ),
    ),
    (
        "neutral",
        (
            "The laboratory has held ISO 9001 certification since 2015 and was reassessed "
            "successfully last month."
        ),
    ),
    (
        "formal",
        (
            "Clause 12, headed LIMITATION OF LIABILITY, caps the supplier's total liability at the "
            "value of the contract."
        ),
    ),
    (
        "neutral",
        (
            "Visitors from NASA and the European Space Agency will tour the testing facility on 3 "
            "November."
        ),
    ),
    (
        "neutral",
        ("Connect the sensor to a USB port, then open the calibration tool from the desktop menu."),
    ),
    (
        "neutral",
        (
            "The FAQ page on the intranet answers most common questions about the new expenses "
            "system."
        ),
    ),
    (
        "formal",
        (
            "Invoices must show the supplier's VAT registration number and the date on which the "
            "goods were supplied."
        ),
    ),
    (
        "neutral",
        (
            "Your new PIN will arrive by post within five working days, separately from your "
            "replacement card."
        ),
    ),
    (
        "neutral",
        (
            "The team migrated the booking service to a new API last quarter without any "
            "customer-facing downtime."
        ),
    ),
    (
        "friendly",
        (
            "We're taking the kids to the LEGO exhibition at the museum on Saturday, and you'd be "
            "very welcome to join us."
        ),
    ),
    (
        "formal",
        (
            "UNESCO added the historic mill complex to its World Heritage List, and the trust will "
            "manage visitor access."
        ),
    ),
    (
        "neutral",
        (
            "Could you send me the updated floor plan for the third floor before Thursday's "
            "planning "
            "meeting?"
        ),
    ),
    (
        "friendly",
        (
            "Congratulations on your promotion to head of research, and thank you for everything "
            "you "
            "have done for the team!"
        ),
    ),
    (
        "friendly",
        (
            "Welcome to the neighbourhood! We live at number twelve, so knock if you ever need "
            "anything."
        ),
    ),
    (
        "neutral",
        (
            "Has everyone received the revised rota for the December holiday period, including the "
            "weekend cover shifts?"
        ),
    ),
    (
        "friendly",
        (
            "Thank you so much for volunteering at the food bank every Saturday this year; you "
            "made "
            "a real difference!"
        ),
    ),
    (
        "formal",
        (
            "What steps will the council take to improve road safety near the primary school on "
            "Elm "
            "Street?"
        ),
    ),
    (
        "friendly",
        (
            "Hi everyone, the team quiz is back next Friday, and this year's prize is a cinema "
            "voucher for each winner!"
        ),
    ),
    (
        "neutral",
        ("Which of the two proposed dates works better for the site visit, Tuesday or Wednesday?"),
    ),
    (
        "friendly",
        (
            "Thanks for welcoming our new volunteers so warmly; they said it was the friendliest "
            "first day they'd ever had!"
        ),
    ),
    (
        "friendly",
        (
            "Welcome to Greenleaf Market! Your first order ships free, and you can track it from "
            "your account page."
        ),
    ),
]
