"""Tone generalisation set (issue 14): attitudes and register problems in wordings written
for this set, not taken from the rules' phrase lists, and plain sentences of the same genres
(firm but polite requests, incident reports that name a team without blaming it, sincere
praise). The tone lens was tuned on this set; ``tone_generalisation_check`` holds a second
set that it was not tuned on.

``python -m tests.specialist.tone_generalisation`` prints recall on the problems and false
alarms on the plain sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.specialist.findings import Finding
from tests.specialist.cases import analyze

ATTITUDES = frozenset(
    {"tone/condescending", "tone/passive-aggressive", "tone/sarcasm", "tone/blame",
     "tone/dismissive", "tone/negative"}
)  # fmt: skip


@dataclass(frozen=True)
class Item:
    """A sentence, the style it is reviewed in, and its kind ("plain" for no problem)."""

    text: str
    style: str
    kind: str

    def rules(self) -> frozenset[str]:
        """The rules whose finding counts as catching the problem."""
        if self.kind in {"slang", "stiff", "hedge", "intensifier"}:
            return frozenset({f"tone/{self.kind}"})
        return ATTITUDES


def _items(kind: str, style: str, *texts: str) -> list[Item]:
    return [Item(t, style, kind) for t in texts]


PROBLEMS: list[Item] = [
    *_items(
        "condescending",
        "neutral",
        "You will find the answer on page one, assuming you can read a table of contents.",
        "Did you even open the attachment before replying?",
        "I will go through it step by step, since this seems to be new territory for you.",
        "Most people manage to fill in the form without help, so I am sure you can too.",
        "How hard can it be to attach a file to an email?",
        "Let me walk you through the basics once more, slowly this time.",
        "A quick glance at the manual would have saved us all this conversation.",
    ),
    *_items(
        "passive-aggressive",
        "neutral",
        "Per the email I sent on Tuesday, which you may not have had a chance to read, the "
        "deadline is Friday.",
        "I am attaching the same document for the third time in case it got lost again.",
        "It would be lovely if, just once, the report arrived before the meeting.",
        "No worries, I will just do it myself, as usual.",
        "Going by past experience, I will not hold my breath for a reply.",
        "Thanks for getting back to me, eventually.",
        "Some of us have been here since seven, but do take your time.",
    ),
    *_items(
        "sarcasm",
        "neutral",
        "Fantastic job on the launch, only three hours of downtime this time.",
        "Oh, marvellous, the printer has eaten another contract.",
        "Because nothing says customer care like a forty-minute hold queue.",
        "Clearly the best use of our Friday was a fire drill during the demo.",
        "Lovely to see the invoice finally arrive, only two months late.",
        "What a treat to rewrite the whole deck an hour before the board meeting.",
        "Another flawless handover from the night team: no notes, no logs, no idea.",
    ),
    *_items(
        "blame",
        "neutral",
        "Priya pushed the change on Friday evening and left the rest of us to clean it up.",
        "The outage happened because the platform team cannot follow a checklist.",
        "Facilities let the heating fail again, and the staff sat in coats all morning.",
        "The data loss is down to Ahmed skipping the backup step.",
        "Our contractor ignored the spec and built the wrong staircase.",
        "Support mishandled the ticket from start to finish.",
        "This delay sits squarely with the legal team, who sat on the contract for a month.",
    ),
    *_items(
        "dismissive",
        "neutral",
        "Honestly, that is a minor detail and not worth anyone's energy.",
        "We looked at your suggestion and will be moving on.",
        "Your concerns are understandable, but the decision stands and we will not revisit it.",
        "Sure, sure, we will look at it eventually.",
        "I doubt this matters to anyone but you.",
    ),
    *_items(
        "slang",
        "formal",
        "The numbers look legit and the team is stoked about the quarter.",
        "We reckon the new pricing is a no-brainer for most clients.",
    ),
    *_items(
        "stiff",
        "friendly",
        "Hi everyone! Your attendance at the picnic is cordially requested, and refreshments "
        "shall be furnished.",
    ),
    *_items(
        "hedge",
        "formal",
        "The figures are arguably somewhat lower than we had more or less expected.",
        "I would tend to suggest that the board might want to consider a delay.",
    ),
    *_items(
        "negative",
        "neutral",
        "This proposal is a waste of everyone's time and a mess from top to bottom.",
        "The new layout is an eyesore and the navigation is a joke.",
    ),
]

PLAIN: list[Item] = [
    *_items(
        "plain",
        "formal",
        "Please send the signed form by Friday so that we can process your refund.",
        "The deadline for submissions is 30 June; late entries cannot be accepted.",
        "Please review the attached contract and return any changes by the end of the week.",
        "If you have not yet completed the training, please book a session this month.",
        "I am following up on my message of 3 May about the venue booking.",
        "The board approved the budget, and the new hires will start in March.",
        "The survey has three sections and takes about ten minutes to complete.",
        "The committee will meet again in September to review the results.",
        "We decided not to adopt the proposal this year because the budget is committed; we "
        "will revisit it in the spring.",
        "We understand your concern about the price, and we have explained below how the new "
        "plan is calculated.",
        "Unfortunately we cannot offer a refund after 30 days, but we can exchange the item.",
    ),
    *_items(
        "plain",
        "neutral",
        "Could you confirm the delivery address before we ship the order?",
        "We need the final figures by noon on Thursday to meet the printer's deadline.",
        "Before you start, read the safety section; it explains how to lock the machine.",
        "The platform team rolled back the release at 14:05 after error rates rose.",
        "At 09:12 the payments service stopped accepting cards; the on-call engineer restarted "
        "it at 09:40.",
        "The network team traced the fault to a failed switch in the second rack.",
        "The supplier delivered the parts two days late because of a strike at the port.",
        "Support received 340 tickets during the outage and answered all of them within a day.",
        "The migration script skipped 12 records with missing dates; the data team restored "
        "them by hand.",
        "Ahmed noticed the alert first and paged the database team.",
        "The legal team reviewed the contract in four days, ahead of the agreed week.",
        "Our contractor finished the staircase on schedule and within budget.",
        "The build failed twice on Tuesday because a test depended on the clock.",
        "Thank you to Priya for staying late to finish the migration; it made the launch possible.",
        "The new onboarding guide is clear and well organised, and new starters are finding it "
        "useful.",
        "The facilities team fixed the heating within an hour of the report.",
        "Your feedback on the draft was thorough and helped us cut two pages.",
        "We are grateful for the patience our customers showed during the move.",
        "Congratulations to the design team on winning the regional award.",
        "This guide explains how to set up the printer on a home network.",
        "You can change your password at any time from the account page.",
        "Simply press the green button to start the scan.",
        "If the page does not load, clear the cache and try again.",
        "I disagree with the second point, because the data from March shows the opposite trend.",
        "The report was late because the figures from the regional offices arrived on Monday.",
        "Please make sure the fire doors stay closed; they protect the stairwell during a fire.",
    ),
    *_items(
        "plain",
        "friendly",
        "Great work on the launch, everyone: sign-ups doubled in the first week.",
        "The volunteers did a wonderful job at the fair, and we raised more than last year.",
        "Just add the file to the folder, and the system will pick it up within a minute.",
    ),
]


# A second round, written after the first changes had been measured on the sets above (only
# 6 of its first 25 problems and 3 of its next 20 were caught then): tuned on too.
SECOND_PROBLEMS: list[Item] = _items(
    "attitude",
    "neutral",
    "Your plan is naive and your numbers are wishful.",
    "I expect this sorted immediately, no excuses.",
    "Honestly, who approved this layout?",
    "I am not sure what you were thinking when you sent that.",
    "Again, the form goes to HR, not to me.",
    "Thanks for nothing.",
    "Good to know the deadline was merely a suggestion.",
    "The vendor, true to form, sent the wrong invoice.",
    "Jordan lost the keys, which is typical.",
    "Whatever you decide is fine, I have stopped caring.",
    "That is your problem, not mine.",
    "Interesting choice to ship on a Friday.",
    "We all make mistakes, but you make more than most.",
    "Try harder next time.",
    "Could you at least pretend to care about the deadline?",
    "Do I have to do everything myself?",
    "I guess some of us just like working weekends.",
    "Oh sure, blame the intern.",
    'Your "improvements" slowed the page down.',
    "I am genuinely curious how you managed to get through the interview.",
    "We would all love to hear why the budget doubled without a word to anyone.",
    "If reading the agenda is too much, at least show up on time.",
    "The contractors did it their way, as always, and now we pay for it.",
    "Oh good, the quarterly survey, my favourite waste of an afternoon.",
    "A big thank you to the app for crashing during my presentation.",
    "Nice try, but nobody believes the figures in this report.",
    "We have more important things to worry about than your parking space.",
    "Please stop wasting everyone's time with questions answered in the FAQ.",
    "Nobody on the night shift thought to check the freezer.",
    "Kevin's careless handover cost us the weekend.",
    "Can someone explain to me why this is still not done?",
    "You would know this if you came to the meetings.",
    "Sorry, I did not realise reading the policy was optional.",
    "Let us try this again, and this time, follow the steps.",
    "Wow, two whole days to answer a yes-or-no question.",
    "I am not paid enough to babysit the printer.",
    "Feel free to ignore my emails like everyone else does.",
)
SECOND_PLAIN: list[Item] = _items(
    "plain",
    "neutral",
    "Who approved the budget for the new van?",
    "Again, thanks to everyone who came.",
    "Please leave the building immediately when the alarm sounds.",
    "I expect the results on Monday.",
    "Good to know: the library opens at eight on Saturdays.",
    "Do I have to register before the event?",
    "The choir, true to its name, sang at dawn.",
    "Your answer is wrong in the second line; the total is 42.",
    "Your account is locked after three failed attempts.",
    'Press "save" and your "draft" label disappears.',
    "Thanks, but you can skip the second form.",
    "Try the blue button if the green one does not work.",
    "I am curious how the new scheduling tool will work for the night shift.",
    "We would love to hear your ideas for the summer party.",
    "If you cannot attend, please send a colleague in your place.",
    "The contractors finished the roof, and the scaffolding comes down on Monday.",
    "Thank you for your complaint; we have opened a case and will reply within five days.",
    "Can someone from IT explain how the new login works at the team meeting?",
    "You will find the policy on the intranet under Human Resources.",
    "Please follow the steps in order, because the second one depends on the first.",
    "The sales team closed twelve deals in March, a record for the quarter.",
    "Nobody was hurt in the fire, and the building reopens next week.",
    "Kevin handed over the project notes before his leave.",
    "The survey takes an afternoon to analyse, so results will arrive on Friday.",
    "Our app crashed during the demo; we have fixed the cause and added a test.",
    "The figures in this report come from the audited accounts.",
    "We answer most questions in the FAQ, and the help desk takes the rest.",
    "It took two days to approve the order because the manager was travelling.",
    "Feel free to bring a friend to the open day.",
    "Let us try the new layout for a month and then review it.",
    "We have more space in the new office, so everyone gets a desk.",
    "Reading the policy is required before you start work on site.",
    "Rest assured that your complaint will receive our full attention.",
    "At least read the first chapter before the class.",
    "Your password is weak; add a number and a symbol.",
)


# A third round, written after the second round's changes (5 of its 20 problems caught then,
# and 1 of its 16 attitudes): tuned on too.
THIRD_PROBLEMS: list[Item] = [
    Item("Apparently the memo about badges never reached the second floor.", "neutral", "attitude"),
    Item("I have explained the refund rules more times than I can count.", "neutral", "attitude"),
    Item("You are the only person on the team who finds this confusing.", "neutral", "attitude"),
    Item(
        "Perhaps the design team could explain what problem this new logo solves.",
        "neutral",
        "attitude",
    ),
    Item(
        "Well, that escalated nicely: one typo and now the whole newsletter is recalled.",
        "neutral",
        "attitude",
    ),
    Item(
        "How lovely that finance only tells us about cuts after they happen.", "neutral", "attitude"
    ),
    Item(
        "The courier threw the parcel over the fence, because of course he did.",
        "neutral",
        "attitude",
    ),
    Item("Anna approved the wrong version and then went on holiday.", "neutral", "attitude"),
    Item(
        "This decision was made by people who will never have to live with it.",
        "neutral",
        "attitude",
    ),
    Item("Fine. Do it your way and see what happens.", "neutral", "attitude"),
    Item("Not everything needs a meeting, but here we are again.", "neutral", "attitude"),
    Item("Any reasonably attentive reader will spot the flaw on page two.", "neutral", "attitude"),
    Item(
        "I am sure the client will be thrilled to hear about yet another delay.",
        "neutral",
        "attitude",
    ),
    Item("Spare me the excuses and send the report.", "neutral", "attitude"),
    Item("It is frankly baffling that nobody tested the login page.", "neutral", "attitude"),
    Item("Please consult the manual before asking me again.", "neutral", "attitude"),
    Item(
        "We are super excited to share our results with the shareholders.", "formal", "intensifier"
    ),
    Item("The board kinda agreed to the budget, more or less.", "formal", "slang"),
    Item(
        "Per our conversation, kindly find the agenda below, and do revert at your convenience.",
        "friendly",
        "stiff",
    ),
    Item(
        "It may possibly be the case that the results are, in some sense, preliminary.",
        "formal",
        "hedge",
    ),
]
THIRD_PLAIN: list[Item] = [
    Item("The memo about badges went out on Monday to every floor.", "neutral", "plain"),
    Item(
        "I have explained the refund rules in the attached guide, with examples.",
        "neutral",
        "plain",
    ),
    Item("You are the first person to ask about this, so thank you.", "neutral", "plain"),
    Item("The design team will present the new logo at the meeting on Friday.", "neutral", "plain"),
    Item(
        "One typo went out in the newsletter, and we sent a correction the same day.",
        "neutral",
        "plain",
    ),
    Item("Finance will share the budget for next year in October.", "neutral", "plain"),
    Item("The courier left the parcel with a neighbour, as the label asked.", "neutral", "plain"),
    Item("Anna approved the final version before she went on holiday.", "neutral", "plain"),
    Item(
        "The decision was made by the board after two rounds of consultation.", "neutral", "plain"
    ),
    Item("You can choose the layout that suits your team best.", "neutral", "plain"),
    Item("We will hold one short meeting a week instead of three.", "neutral", "plain"),
    Item("A careful reader will find the full method in the appendix.", "neutral", "plain"),
    Item("The client has been told about the delay and accepted the new date.", "neutral", "plain"),
    Item("Please send the report when it is ready; Thursday would be ideal.", "neutral", "plain"),
    Item(
        "Nobody tested the login page on mobile, so we have added it to the checklist.",
        "neutral",
        "plain",
    ),
    Item("Please check the manual first; if the answer is not there, ask me.", "neutral", "plain"),
    Item("We are pleased to share our results with the shareholders.", "formal", "plain"),
    Item("The board agreed to the budget with two small changes.", "formal", "plain"),
    Item(
        "Here is the agenda for Thursday; let me know if anything is missing.", "friendly", "plain"
    ),
    Item("The results are preliminary and will be confirmed in May.", "formal", "plain"),
]


def findings(item: Item) -> list[Finding]:
    """The tone lens's findings on one item, in its style."""
    return analyze("tone", item.text, style=item.style)


def caught(item: Item) -> bool:
    """Whether a finding of a rule that names the item's kind of problem was reported."""
    return any(f.rule in item.rules() for f in findings(item))


def score(problems: list[Item], plain: list[Item]) -> tuple[int, int, list[Item], list[Item]]:
    """(problems caught, plain items flagged, the problems missed, the plain items flagged)."""
    missed = [p for p in problems if not caught(p)]
    alarms = [p for p in plain if findings(p)]
    return len(problems) - len(missed), len(alarms), missed, alarms


def report(problems: list[Item], plain: list[Item]) -> None:
    """Print recall and false alarms, with the misses and the alarms."""
    hit, alarms, missed, flagged = score(problems, plain)
    print(f"recall {hit}/{len(problems)} = {hit / len(problems):.3f}")
    print(f"false alarms {alarms}/{len(plain)}")
    for p in missed:
        print(f"  MISSED [{p.kind}/{p.style}] {p.text}")
    for p in flagged:
        rules = sorted({f"{f.rule}:{p.text[f.start : f.end]!r}" for f in findings(p)})
        print(f"  ALARM  [{p.style}] {p.text}  {rules}")


if __name__ == "__main__":
    report(PROBLEMS, PLAIN)
    report(SECOND_PROBLEMS, SECOND_PLAIN)
    report(THIRD_PROBLEMS, THIRD_PLAIN)
