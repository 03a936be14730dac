"""Second grammar generalisation set (issue 14): sentences written for this set in the
registers the lens meets (email, policy, release notes, support reply, essay), one planted
error each, over every kind the issue names, and clean near-misses that a naive rule would
flag (correct "its", "there" as a place, "less time", names, quoted and code-ish words,
British spellings, fragments in headings and bullets).

The span a grammar finding must overlap to catch the error is marked ⟦like this⟧.
``python -m tests.specialist.grammar_generalisation_second`` prints the catch rate and the
false alarms.
"""

from __future__ import annotations

from tests.specialist.grammar_generalisation import Item, items, report

PROBLEMS: list[Item] = [
    *items(
        "agreement across a phrase or a relative clause",
        "The invoices from our largest supplier ⟦has⟧ been late every month this year.",
        "The main reason for the delays ⟦were⟧ a shortage of trained staff.",
        "Each of the new laptops ⟦come⟧ with a three-year warranty.",
        "The engineers who maintain the payment service ⟦was⟧ on call all weekend.",
        "The policy that covers remote workers ⟦need⟧ a full review before April.",
        "The number of complaints about the app ⟦have⟧ fallen since the update.",
        "One of the reviewers ⟦think⟧ the second chapter is too long.",
        "The boxes that arrived on Tuesday ⟦contains⟧ the wrong cables.",
    ),
    *items(
        "there/their/they're",
        "Our contractors have finished ⟦there⟧ work on the east wing.",
        "Customers can update ⟦there⟧ billing details from the account page.",
        "Tell the interns that ⟦their⟧ welcome to join the planning call.",
        "The auditors confirmed ⟦there⟧ arriving on the fourteenth.",
        "⟦Their⟧ are three open questions left in the draft.",
        "Many students lose ⟦they're⟧ notes before the exam.",
    ),
    *items(
        "it's/its",
        "The council has changed ⟦it's⟧ policy on parking permits.",
        "⟦Its⟧ been a busy quarter for the support team.",
        "Each release brings ⟦it's⟧ own set of surprises.",
        "I am not sure ⟦its⟧ worth upgrading before the holidays.",
        "The charity thanked ⟦it's⟧ donors in the annual report.",
    ),
    *items(
        "who's/whose",
        "We spoke to the tenant ⟦who's⟧ lease ends in March.",
        "⟦Whose⟧ going to take the minutes at tomorrow's meeting?",
        "Any employee ⟦who's⟧ manager has left should contact HR.",
        "Do you know ⟦whose⟧ responsible for the fire drill?",
    ),
    *items(
        "you're/your",
        "Thank you for ⟦you're⟧ patience while we investigate.",
        "Once ⟦your⟧ signed in, open the settings tab.",
        "Please confirm ⟦you're⟧ new address by Friday.",
        "We will refund the fee if ⟦your⟧ not satisfied.",
    ),
    *items(
        "missing possessive apostrophe",
        "We reviewed the ⟦companys⟧ accounts for the last three years.",
        "The ⟦manager's⟧ of both stores met on Monday to agree the rota.",
        "The ⟦womens⟧ team won the regional final.",
        "Please return the ⟦students⟧ essays by the end of the week.",
        "The ⟦clients⟧ feedback was mostly positive.",
    ),
    *items(
        "pronoun case",
        "The director thanked Maria and ⟦I⟧ for organising the visit.",
        "⟦Me and him⟧ went to the supplier to collect the samples.",
        "⟦Her⟧ and her sister went to the launch together.",
        "This decision is between you and ⟦I⟧ for now.",
        "The report was written by Tom and ⟦myself⟧ over the summer.",
        "The hotel upgraded the room for him and ⟦I⟧ at no extra cost.",
        "⟦Me⟧ and the team will review the budget on Thursday.",
    ),
    *items(
        "wrong past form",
        "The migration has ⟦began⟧ and should finish overnight.",
        "We ⟦seen⟧ a sharp rise in sign-ups after the campaign.",
        "By the time support replied, the customer had ⟦went⟧ to a competitor.",
        "You should ⟦of⟧ received a confirmation email by now.",
        "The server had ⟦ran⟧ out of disk space before the alert fired.",
        "Several volunteers have ⟦came⟧ back for a second season.",
        "They could ⟦of⟧ told us about the change sooner.",
        "The price has ⟦rose⟧ twice since January.",
    ),
    *items(
        "confusable words",
        "The new rules will not ⟦effect⟧ existing customers.",
        "The outage had a serious ⟦affect⟧ on our sales figures.",
        "Make sure you don't ⟦loose⟧ the receipt.",
        "A ⟦lose⟧ cable caused the printer to fail.",
        "The second quote was cheaper ⟦then⟧ the first one.",
        "We cannot ⟦except⟧ late submissions after the deadline.",
        "Everyone ⟦accept⟧ the finance team has moved to the new floor.",
        "Last year she ⟦lead⟧ the project to redesign the website.",
        "The old pipes still contain ⟦led⟧, so they must be replaced.",
    ),
    *items(
        "less with a count noun",
        "The new version produces ⟦less⟧ errors during import.",
        "We hired ⟦less⟧ people this spring than we planned.",
        "Choose the plan with ⟦less⟧ users if you are a small team.",
    ),
    *items(
        "double comparative or superlative",
        "The new dashboard is ⟦more easier⟧ to read than the old one.",
        "This was the ⟦most worst⟧ outage we have had in years.",
        "Our rates are ⟦more cheaper⟧ than those of the big banks.",
        "She is the ⟦most kindest⟧ manager I have worked with.",
    ),
    *items(
        "comma splice",
        "The update is ready⟦,⟧ we will release it on Monday.",
        "Thanks for your email⟦,⟧ I have passed it to the billing team.",
        "The meeting ran late⟦,⟧ nobody had time for questions.",
        "Your order has shipped⟦,⟧ it should arrive within three days.",
    ),
    *items(
        "sentence fragment",
        "We postponed the launch. ⟦Because the payment provider was not ready.⟧",
        "⟦Although the results look promising.⟧ More testing is needed.",
        "The board approved the budget. ⟦Which means hiring can start in May.⟧",
        "Please send the forms back soon. ⟦Since the deadline is next week.⟧",
    ),
    *items(
        "misspelling outside the word list",
        "The ⟦occurance⟧ was logged after the nightly backup.",
        "It is not ⟦neccessarily⟧ a problem with your router.",
        "I apologise for the ⟦embarassing⟧ mistake in yesterday's newsletter.",
        "The new ⟦guidence⟧ for expense claims is on the intranet.",
        "All meeting rooms must be ⟦accessable⟧ to wheelchair users.",
        "The lift will be out of service for ⟦maintanence⟧ on Saturday.",
        "Her ⟦recomendation⟧ was to delay the launch by a month.",
        "The backup ⟦sucessfully⟧ completed at three in the morning.",
    ),
    *items(
        "a/an",
        "We will send ⟦a⟧ email to every customer on the list.",
        "She has ⟦an⟧ unique talent for explaining hard ideas.",
        "It was ⟦a⟧ honest mistake and nobody was hurt.",
        "The app crashed after ⟦an⟧ user logged in twice.",
    ),
    *items(
        "doubled word",
        "Please review ⟦the the⟧ attached contract before Friday.",
        "We will contact you ⟦as soon as as soon as⟧ the part arrives.",
        "This release fixes ⟦a a⟧ crash on startup.",
        "I wanted to ask ⟦if if⟧ the room is free on Monday.",
    ),
]

# Sentences a naive rule would flag that are correct: none may be flagged.
CLEAN: list[str] = [
    # its / it's
    "The company announced its results on Tuesday.",
    "It's been a long week, but the release is out.",
    "The dog hurt its paw on the gravel path.",
    "Each team sets its own goals for the quarter.",
    "It's the third time this month that the build has failed.",
    # there / their / they're
    "We left the spare keys there yesterday.",
    "Is there any coffee left in the kitchen?",
    "The clients said they're happy with their new offices.",
    "Put the boxes over there, next to the door.",
    "There were no complaints about the new menu.",
    "Their manager approved the request within an hour.",
    # whose / who's / your / you're
    "Whose turn is it to book the meeting room?",
    "The volunteer who's leading the tour speaks three languages.",
    "Your account will be renewed automatically.",
    "If you're not sure, ask the help desk.",
    "You're welcome to bring your family to the open day.",
    # less / fewer
    "The new build takes less time than the old one.",
    "We spent less money on travel this year.",
    "The new bulb uses less energy than the old one.",
    "There were fewer delays after the timetable changed.",
    "Write in 200 words or less.",
    # possessives and plurals
    "The students handed in their essays on time.",
    "The managers met on Monday to agree the rota.",
    "Our clients value clear and honest advice.",
    "The teachers' union has called a meeting.",
    "The customers were happy with the refund.",
    "The company's accounts were audited in May.",
    # pronoun case
    "The director thanked Maria and me for organising the visit.",
    "She and her sister went to the launch together.",
    "He and I went to the supplier to collect the samples.",
    "The report was written by Tom and me over the summer.",
    "Between you and me, the budget is tight.",
    "I did it myself because nobody else was free.",
    # past forms
    "The migration has begun and should finish overnight.",
    "We saw a sharp rise in sign-ups after the campaign.",
    "The customer had gone to a competitor by then.",
    "You should have received a confirmation email by now.",
    "The server ran out of disk space before the alert fired.",
    "The price has risen twice since January.",
    # confusables used correctly
    "The new rules will not affect existing customers.",
    "The outage had a serious effect on our sales figures.",
    "The new manager hopes to effect real change in the department.",
    "Make sure you don't lose the receipt.",
    "A loose cable caused the printer to fail.",
    "We accept card payments at every branch.",
    "Everyone except the finance team has moved to the new floor.",
    "She led the project to redesign the website.",
    "Lead is still found in some old water pipes.",
    "We finished the draft and then sent it to legal.",
    "The second quote was cheaper than the first one.",
    # agreement near-misses
    "The invoices from our largest supplier have been late every month.",
    "The number of complaints has fallen since the update.",
    "A number of customers have asked for a refund.",
    "The data shows a steady rise in demand.",
    "Neither the manager nor the staff were told about the change.",
    "The engineers who maintain the payment service were on call all weekend.",
    # comparatives
    "The new dashboard is much easier to read than the old one.",
    "This was the worst outage we have had in years.",
    "The more you practise, the easier it gets.",
    # names, code-ish words, quotes, British spellings
    "Priya Raghunathan and Tomasz Wojcik will lead the workshop.",
    "Run `pip install fastapi` before starting the server.",
    "Set the max_retries option to 5 in config.yaml.",
    'The word "recieve" is a common misspelling.',
    "We use the term 'frobnicate' for the cleanup step.",
    "The colour of the logo was changed to match the organisation's branding.",
    "Our centre in Leeds offers a programme for new graduates.",
    "Visit https://example.com/docs for the full guide.",
    # a/an
    "It took an hour to restore the database.",
    "She is a university lecturer in Bristol.",
    "We hired an MBA graduate to lead the team.",
    "Use a USB cable to connect the device.",
    # fragments and splices that are fine
    "Next steps: confirm the venue, book the caterer, send the invites.",
    "Thanks again for your help.",
    "Yes, that works for me.",
    "Good question!",
    "I came, I saw, I conquered.",
    "We tested it, fixed it, and shipped it.",
    "The room was cold, so we moved to the library.",
    # doubled words that are correct
    "We knew that that approach would not scale.",
    "She had had enough of the noise, so she moved flats.",
]


def main() -> None:
    """Print the catch rate, the misses and the false alarms."""
    report(PROBLEMS, CLEAN)


if __name__ == "__main__":
    main()
