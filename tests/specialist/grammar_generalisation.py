"""Grammar generalisation set (issue 14): one planted error per sentence, in wordings written
for this set (none of them is in the corpus or in a rule's word list), covering the kinds the
issue names, and near-miss sentences that use the same words correctly and must stay clean.

The span a grammar finding must overlap to catch the error is marked ⟦like this⟧.
``python -m tests.specialist.grammar_generalisation`` prints the catch rate and the false
alarms.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.specialist.findings import Finding
from tests.specialist.cases import Marked, analyze


@dataclass(frozen=True)
class Item(Marked):
    """A sentence with its planted error marked (or none), and the kind of error."""

    marked: str
    kind: str


def items(kind: str, *marked: str) -> list[Item]:
    return [Item(m, kind) for m in marked]


PROBLEMS: list[Item] = [
    *items(
        "agreement across a phrase",
        "The minutes of the last board meeting ⟦was⟧ sent to everyone on Friday.",
        "The cost of the new chairs ⟦were⟧ higher than the quote we got in May.",
        "A list of the approved suppliers ⟦are⟧ pinned next to the printer.",
        "The keys to the storage room ⟦is⟧ kept at the front desk.",
        "The quality of the photos ⟦depend⟧ on the light in the room.",
    ),
    *items(
        "there/their/they're",
        "The volunteers left ⟦there⟧ coats in the hall after the concert.",
        "Ask the twins if ⟦their⟧ coming to the picnic on Sunday.",
        "⟦Their⟧ is a spare charger in the top drawer.",
        "The neighbours said ⟦there⟧ planning to repaint the fence in spring.",
    ),
    *items(
        "it's/its",
        "The library extended ⟦it's⟧ hours for the revision weeks.",
        "⟦Its⟧ too late to change the seating plan now.",
        "The committee published ⟦it's⟧ report a week early.",
        "I think ⟦its⟧ going to rain before the match starts.",
    ),
    *items(
        "who's/whose",
        "⟦Who's⟧ bicycle is chained to the railing outside?",
        "We still need to find out ⟦whose⟧ bringing the projector.",
        "The author, ⟦who's⟧ novel won the prize, will sign copies at noon.",
    ),
    *items(
        "you're/your",
        "Please bring ⟦you're⟧ passport to the check-in desk.",
        "Let me know if ⟦your⟧ free for lunch on Thursday.",
        "Thanks for sending ⟦you're⟧ notes so quickly.",
    ),
    *items(
        "missing possessive apostrophe",
        "The ⟦childrens⟧ playground will close for repairs next week.",
        "We forwarded the ⟦customers⟧ complaint to the regional manager.",
        "All the ⟦teachers⟧ cars were parked behind the gym.",
        "My ⟦sisters⟧ wedding is in the first week of June.",
    ),
    *items(
        "pronoun case",
        "The manager asked Priya and ⟦I⟧ to present the results.",
        "⟦Him⟧ and his brother repaired the roof in one afternoon.",
        "Between you and ⟦I⟧, the plan is far too ambitious.",
        "The tickets were booked for my wife and ⟦I⟧ by the agency.",
    ),
    *items(
        "wrong past form",
        "The concert had already ⟦began⟧ when we found our seats.",
        "We ⟦seen⟧ the new exhibition on its opening night.",
        "She has ⟦wrote⟧ three letters to the council about the noise.",
        "By noon the pipes had ⟦froze⟧ solid.",
        "He ⟦brung⟧ his own tools to the workshop.",
    ),
    *items(
        "affect/effect, lose/loose",
        "The new timetable will ⟦effect⟧ every student in the school.",
        "Cutting the budget had a huge ⟦affect⟧ on the festival.",
        "If the screws are too ⟦lose⟧, the shelf will wobble.",
        "We don't want to ⟦loose⟧ any more members this year.",
    ),
    *items(
        "less with a count noun",
        "This year we received ⟦less⟧ applications than last year.",
        "The new route has ⟦less⟧ stops, so the journey is shorter.",
        "There were ⟦less⟧ volunteers at the second clean-up.",
    ),
    *items(
        "double comparative",
        "The second draft is ⟦more clearer⟧ than the first one.",
        "Our new office is ⟦more bigger⟧ than the old one.",
        "This path is ⟦more safer⟧ for cyclists at night.",
    ),
    *items(
        "comma splice or fragment",
        "The bakery opens at seven⟦,⟧ the queue starts forming at half past six.",
        "I called the plumber twice⟦,⟧ he never picked up.",
        "⟦Because the hall was double-booked.⟧ We moved the talk to Friday.",
        "We reached the summit at dawn. ⟦Which made the climb worthwhile.⟧",
    ),
    *items(
        "misspelling outside any list",
        "The ⟦comittee⟧ will vote on the proposal tomorrow.",
        "The ⟦temprature⟧ dropped sharply overnight.",
        "We had a ⟦wonderfull⟧ time at the lake.",
        "She gave a ⟦brillant⟧ speech at the dinner.",
        "The new ⟦restaraunt⟧ on the corner opens in March.",
    ),
]

# The same words used correctly: none may be flagged.
CLEAN: list[str] = [
    "The minutes of the last board meeting were sent to everyone on Friday.",
    "The cost of the new chairs was higher than the quote we got in May.",
    "A list of the approved suppliers is pinned next to the printer.",
    "The keys to the storage room are kept at the front desk.",
    "The quality of the photos depends on the light in the room.",
    "The results of the survey show a clear preference for evening classes.",
    "The volunteers left their coats in the hall after the concert.",
    "Ask the twins if they're coming to the picnic on Sunday.",
    "There is a spare charger in the top drawer.",
    "The neighbours said they're planning to repaint the fence in spring.",
    "Their garden is the one with the blue gate.",
    "The library extended its hours for the revision weeks.",
    "It's too late to change the seating plan now.",
    "I think it's going to rain before the match starts.",
    "Whose bicycle is chained to the railing outside?",
    "We still need to find out who's bringing the projector.",
    "Please bring your passport to the check-in desk.",
    "Let me know if you're free for lunch on Thursday.",
    "The children's playground will close for repairs next week.",
    "All the teachers' cars were parked behind the gym.",
    "The customers complained to the regional manager.",
    "The manager asked Priya and me to present the results.",
    "He and his brother repaired the roof in one afternoon.",
    "Between you and me, the plan is far too ambitious.",
    "The concert had already begun when we found our seats.",
    "We saw the new exhibition on its opening night.",
    "She has written three letters to the council about the noise.",
    "By noon the pipes had frozen solid.",
    "The new timetable will affect every student in the school.",
    "Cutting the budget had a huge effect on the festival.",
    "If the screws are too loose, the shelf will wobble.",
    "We don't want to lose any more members this year.",
    "This year we received fewer applications than last year.",
    "There was less traffic on the bridge this morning.",
    "The second draft is clearer than the first one.",
    "This path is safer for cyclists at night.",
    "The bakery opens at seven, and the queue starts forming at half past six.",
    "I called the plumber twice; he never picked up.",
    "Because the hall was double-booked, we moved the talk to Friday.",
    "We reached the summit at dawn, which made the climb worthwhile.",
    "The temperature dropped sharply overnight.",
    "The committee will vote on the proposal tomorrow.",
]


def findings(text: str) -> list[Finding]:
    """The grammar lens's findings on one sentence of plain text."""
    return analyze("grammar", text)


def caught(item: Item) -> bool:
    """Whether a grammar finding overlaps the planted error."""
    start, end = item.span
    return any(f.start < end and start < f.end for f in findings(item.text))


def report(problems: list[Item], clean: list[str]) -> None:
    """Print a set's catch rate, its misses and its false alarms."""
    missed = [p for p in problems if not caught(p)]
    print(f"caught {len(problems) - len(missed)} of {len(problems)}")
    for p in missed:
        print(f"  missed ({p.kind}): {p.marked}")
    flagged = [(t, findings(t)) for t in clean]
    flagged = [(t, f) for t, f in flagged if f]
    print(f"clean sentences flagged: {len(flagged)} of {len(clean)}")
    for t, found in flagged:
        print(f"  {t}  <- {[(f.rule, t[f.start : f.end]) for f in found]}")


def main() -> None:
    """Print the catch rate, the misses and the false alarms."""
    report(PROBLEMS, CLEAN)


if __name__ == "__main__":
    main()
