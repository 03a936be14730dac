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
        if self.kind in {"slang", "stiff", "hedge"}:
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
