"""The tone generalisation check set (issue 14): written with ``tone_generalisation`` but put
aside before the tone rules were changed, and never used to tune them. Scored once, at the
end of that work: ``python -m tests.specialist.tone_generalisation_check``.
"""

from __future__ import annotations

from tests.specialist.tone_generalisation import Item, _items, report

CHECK_PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "Were you actually paying attention during the induction, or should I repeat it?",
        "I have drawn a diagram, since words alone do not seem to be landing with you.",
        "This is the sort of thing people normally pick up in their first week.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "Just to make sure we are all on the same page this time, the meeting starts at nine.",
        "Happy to explain the process again, as I did on Monday and last Thursday.",
        "I have copied your manager on this thread so that nothing slips through the cracks again.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Well, that was a splendid way to lose a whole morning of work.",
        "Thank goodness the backups were only a week old when the disk died.",
        "Excellent planning, booking the conference room for a meeting nobody could attend.",
    ),
    *_items(
        "blame",
        "neutral",
        "The warehouse crew packed the wrong items yet again, and we lost the client.",
        "Marketing promised a feature that does not exist and left engineering to apologise.",
        "If Jonas had done his job, none of this would have happened.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "We hear you, but we will not be changing anything.",
        "Your request has been filed away with the others.",
        "That is simply the price of doing business with us.",
    ),
    *_items("slang", "formal", "The quarterly results were kind of a bummer, to be fair."),
    *_items(
        "stiff",
        "friendly",
        "Hey team! Kindly be informed that the barbecue is to be held forthwith in the garden.",
    ),
    *_items(
        "hedge",
        "formal",
        "It would appear that the proposal may, to some extent, address the budget question.",
    ),
    *_items(
        "negative",
        "neutral",
        "The draft is sloppy, confusing and frankly embarrassing to send out.",
        "Your presentation was a disaster from start to finish.",
    ),
]

CHECK_PLAIN: list[Item] = [
    *_items(
        "plain",
        "formal",
        "Please return the equipment to the front desk before you leave on Friday.",
        "The office will be closed on 26 December and will reopen on 2 January.",
        "We regret that the event has been postponed; a new date will be announced soon.",
        "Applications must include two references and a copy of your certificate.",
        "The auditors found no material errors in the accounts for the year.",
    ),
    *_items(
        "plain",
        "neutral",
        "The warehouse crew shipped 1,200 orders on Monday, a new record for the site.",
        "The marketing team changed the launch date after the supplier delayed the packaging.",
        "At 03:40 the backup job timed out; the storage team increased the limit and reran it.",
        "The finance office found a duplicate payment and recovered it within a week.",
        "Jonas wrote the first draft of the policy, and Mei added the appendix.",
        "We did not meet the March target because two large orders moved into April.",
        "Could you send me the slides by Wednesday so I can print them?",
        "To reset the router, hold the button on the back for ten seconds.",
        "Your application was thorough, and the panel enjoyed reading it.",
        "The new search page is fast and easy to use, according to the first survey.",
        "The heating failed overnight, so the morning classes moved to the library.",
        "We will not be able to attend the workshop, but we would like the notes.",
        "Just type your postcode in the box and the nearest branch will appear.",
    ),
    *_items(
        "plain",
        "friendly",
        "Huge thanks to the kitchen team for feeding two hundred people on a Sunday!",
        "Well done to everyone who ran the relay; the whole office was cheering.",
    ),
]


if __name__ == "__main__":
    report(CHECK_PROBLEMS, CHECK_PLAIN)
