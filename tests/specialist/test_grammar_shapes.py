"""The grammar lens catches an error by its shape (a head noun and its verb across a phrase,
a possessive with no noun to own, a compound subject), and leaves the correct near miss
alone. Each text marks the span ⟦like this⟧ and the edit the re-checked finding proposes."""

from __future__ import annotations

import pytest

from services.specialist.findings import LensContext
from services.specialist.rules.lenses import ANALYZERS

_CTX = LensContext("grammar")

PLANTED = [
    # agreement with a head that is not next to its verb
    ("Two of the charts ⟦needs⟧ a second look.", "grammar/subject-verb", "need"),
    ("The walk from the station ⟦take⟧ about ten minutes.", "grammar/subject-verb", "takes"),
    ("The oil on the outside plates ⟦attract⟧ dirt.", "grammar/subject-verb", "attracts"),
    ("Nobody on the team ⟦know⟧ how to upgrade it.", "grammar/subject-verb", "knows"),
    ("The number of failed jobs ⟦were⟧ small.", "grammar/subject-verb", "was"),
    ("Every employee who ⟦have⟧ finished may apply.", "grammar/subject-verb", "has"),
    ("We joined a club whose list ⟦have⟧ grown.", "grammar/subject-verb", "has"),
    ("Each reading ⟦include⟧ the time.", "grammar/subject-verb", "includes"),
    ("Our booking system ⟦help⟧ four hundred clinics.", "grammar/subject-verb", "helps"),
    # possessives, contractions and pronouns
    ("We brought tea for the ⟦volunteers⟧ break.", "grammar/possessive", "volunteers'"),
    ("Because the ⟦councils⟧ leaflet is hard to read, we wrote our own.",
     "grammar/possessive", "councils'"),
    ("⟦They're⟧ accounts showed the invoice.", "grammar/there-their", "Their"),
    ("⟦It's⟧ cache now lives on the shared disk.", "grammar/its", "Its"),
    ("Most readers said ⟦their⟧ happy to wait.", "grammar/there-their", "they're"),
    ("Pour oil over the herbs until ⟦there⟧ covered.", "grammar/there-their", "they're"),
    ("Thanks for coming. ⟦Were⟧ looking forward to it.", "grammar/were", "We're"),
    ("Work with the clinics ⟦who's⟧ feedback shapes the plan.", "grammar/whose", "whose"),
    ("The caretaker and ⟦me⟧ had checked the boiler.", "grammar/pronoun-case", "I"),
    ("She and ⟦myself⟧ will give the tour.", "grammar/pronoun-case", "I"),
    ("Between my colleague and ⟦I⟧, we fixed it.", "grammar/pronoun-case", "me"),
    # verb forms and word choice
    ("I have already ⟦went⟧ through the drawings.", "grammar/past-form", "gone"),
    ("The settings page ⟦loose⟧ its search box.", "grammar/lose-loose", "loses"),
    ("Pets are not ⟦aloud⟧ inside the building.", "grammar/aloud-allowed", "allowed"),
    ("The outage ended before it ⟦effected⟧ any customer.", "grammar/affect-effect", "affected"),
    ("We closed ⟦less⟧ tickets than last week.", "grammar/less-fewer", "fewer"),
    ("⟦Theres⟧ a log in each bag.", "grammar/apostrophe", "There's"),
    ("I could start in ⟦Febuary⟧ at the earliest.", "grammar/misspelling", "February"),
]  # fmt: skip

CLEAN = [
    "In October we read Rebecca by Daphne du Maurier.",
    "The talk covers the letters of Vincent van Gogh.",
    "She read the poem aloud, and the verdict was read aloud after it.",
    "Most of the space goes to the folder of raw footage.",
    "The result of the survey work shows a clear trend.",
    "The front page of our online shop showed old prices.",
    "We chose it because many of our users survey sites with no signal.",
    "It would be good if the figures added up on the first attempt.",
    "A change like this shows up in review.",
    "Who's going to the party on Friday?",
    "The man who's running the shop is away.",
    "Were you looking for the keys?",
    "Is there time for questions after the talk?",
    "We went there yesterday and it was closed.",
    "Sam and her friends will come on Sunday.",
    "Let Sam and me have a look at it.",
    "It is less busy than it was last week.",
    "The new manager effected a change in culture.",
    "The knot came loose in the wind.",
    "The customers complain about the price.",
    "Open the careers page and pick a role.",
    "The editor is available to all customers today.",
    "For future orders, your saved address has the right postcode.",
    "Thanks to the new process, we ship faster.",
    "On your first day you get a laptop, an account on the code host and a desk.",
]


def _marked(text: str) -> tuple[str, int, int]:
    start = text.index("⟦")
    end = text.index("⟧") - 1
    return text.replace("⟦", "").replace("⟧", ""), start, end


@pytest.mark.parametrize(("marked", "rule", "replacement"), PLANTED)
def test_error_of_that_shape_is_reported_with_its_edit(
    marked: str, rule: str, replacement: str
) -> None:
    text, start, end = _marked(marked)
    found = [f for f in ANALYZERS["grammar"](text, _CTX) if (f.start, f.end) == (start, end)]
    assert [(f.rule, f.replacement) for f in found] == [(rule, replacement)]


@pytest.mark.parametrize("text", CLEAN)
def test_correct_near_miss_raises_no_grammar_finding(text: str) -> None:
    assert ANALYZERS["grammar"](text, _CTX) == []
