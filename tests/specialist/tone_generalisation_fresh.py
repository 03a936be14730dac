"""A fourth tone generalisation set (issue 14): 40 attitudes, eight for each family, in wordings
written for this set, and 40 plain near-misses (firm, direct, or negative about things rather
than people, many of them the same facts as a problem told without the attitude). Written and
scored before the tone rules were changed for it: 5 of 40 caught, 0 of 40 plain flagged; after
the shapes written for it (tuned on it, so no longer a held-out measure): 25 of 40, 0 of 40.
``python -m tests.specialist.tone_generalisation_fresh`` prints recall and false alarms.
"""

from __future__ import annotations

from tests.specialist.tone_generalisation import Item, _items, report

FRESH_PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "Let me break this down into very small steps so that everybody can keep up.",
        "This is covered on the first day of any training course, so I assumed you knew it.",
        "I would not expect someone at your level to grasp the pricing model yet.",
        "For those of you who struggle with spreadsheets, the totals are in the bottom row.",
        "You may want to ask a grown-up in your department to help you with the form.",
        "I realise numbers are not your strong point, so I have rounded them for you.",
        "Even our summer interns worked out how to book a room on their first morning.",
        "Perhaps read the question twice before you answer it next time.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "Circling back on this for what feels like the tenth time this month.",
        "I see my earlier message was read on Monday but has not been answered.",
        "No rush at all, it is only the contract that pays everyone's salary.",
        "As you will recall from the last three meetings, the budget is fixed.",
        "I took the liberty of finishing your slides, since the deadline passed yesterday.",
        "Glad to see the expense reports finally made it onto someone's list of priorities.",
        "I will keep the door open for your reply, as I have since the spring.",
        "Feel free to reply whenever it suits you; the client has only asked four times.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Terrific, the one printer that works is now out of toner.",
        "What a stroke of genius to schedule the fire drill during the client visit.",
        "I can hardly contain my excitement about a fourth meeting on the same slide.",
        "Truly inspiring work from the vendor: two weeks to change a font.",
        "Thank heavens the new system needs only nine clicks to save a file.",
        "The spreadsheet is a real masterpiece, if the aim was to hide the totals.",
        "Bravo to whoever decided the car park should close on the busiest day of the year.",
        "Love how the update that fixed nothing took the whole weekend to install.",
    ),
    *_items(
        "blame",
        "neutral",
        "The shipment is stuck in customs because Omar filled in the wrong tariff code.",
        "Thanks to the accounts team, three suppliers have not been paid this month.",
        "Sofia's team keeps missing deadlines, and the rest of us are paying for it.",
        "Procurement sat on the order for six weeks, which is why the site is idle.",
        "This mess started the moment the new manager took over the rota.",
        "You left the server room unlocked again, and now the auditors are asking questions.",
        "The whole project slipped because the design agency could not keep a single promise.",
        "If marketing had bothered to read the brief, we would not be reprinting the flyers.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "I have heard this complaint before and it did not change anything then either.",
        "Let us not turn a typo into a crisis meeting.",
        "That is a question for another year, if ever.",
        "Thanks for the input; we will carry on as planned regardless.",
        "Your timeline worries are noted and will make no difference.",
        "People always moan about a new system for a month and then get used to it.",
        "I really cannot spend more time on a parking space.",
        "Put it in writing if you must, but the answer will be the same.",
    ),
]

FRESH_PLAIN: list[Item] = _items(
    "plain",
    "neutral",
    "The shipment is stuck in customs because the tariff code on the form was wrong.",
    "The accounts team is catching up on three late supplier payments this week.",
    "Sofia's team asked for two more weeks, and we agreed to move the deadline.",
    "Procurement is waiting for a second quote before it places the order.",
    "The new manager changed the rota, and some shifts now overlap; we are fixing it.",
    "The server room was left unlocked overnight; please check the door when you leave.",
    "The project slipped by three weeks because the design agency lost two staff.",
    "The flyers must be reprinted because the date on them is wrong.",
    "Let me break the process into five steps so it is easier to follow.",
    "This topic is covered on the first day of the training course.",
    "For anyone new to spreadsheets, the totals are in the bottom row.",
    "Our summer interns booked their own rooms using the guide on the intranet.",
    "Please read the question twice before you answer; two of them are similar.",
    "I am following up on the contract, which we need signed by Friday.",
    "My message from Monday is still open; could you reply by Wednesday?",
    "As agreed in the last meeting, the budget is fixed for this year.",
    "I finished the slides this morning so that you can review them before the call.",
    "The expense reports are now at the top of the finance team's list.",
    "The printer on the second floor is out of toner; a new cartridge arrives tomorrow.",
    "The fire drill is on Tuesday at ten, during the client visit, so please warn them.",
    "The vendor took two weeks to change the font because the template was locked.",
    "The new system needs nine clicks to save a file, and we have asked the vendor to simplify it.",
    "The spreadsheet hides the totals on a separate tab; I have moved them to the front.",
    "The car park closes on Saturday for resurfacing, so please use the station lot.",
    "The update fixed nothing we could measure and took the weekend to install.",
    "I have heard this complaint from three customers, so we will look at it this week.",
    "The typo is small, and we will fix it in the next print run.",
    "That question is out of scope for this year; we will list it for the next review.",
    "Thanks for the input; we will keep the plan for now and review it in June.",
    "Your worries about the timeline are fair, and we have added a buffer week.",
    "New systems usually take a month to get used to, so we have booked extra training.",
    "I cannot spend more time on the parking question this week, but Dana can help you.",
    "Please put the request in writing so that the board can consider it.",
    "The figures are wrong in three places, and the report cannot go out as it is.",
    "This approach will not work, because the server cannot hold that much data.",
    "No, we cannot extend the deadline; the funder set it.",
    "Stop the line immediately if the guard is open.",
    "The meeting achieved little because the key people could not attend, so we will rebook it.",
    "The old process was slow and error-prone, which is why we are replacing it.",
    "I disagree with the proposal: it doubles the cost and does not fix the delay.",
)


if __name__ == "__main__":
    report(FRESH_PROBLEMS, FRESH_PLAIN)
