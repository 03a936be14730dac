"""The grammar lens on its round-13 development set (``grammar_dev_set13``, issue 14): 240
sentences with one planted error each, 16 for each of 15 kinds the issue names, and 160
correct near-misses, written by a helper that read neither the rules nor the corpus.

The first 10 sentences of each kind were tuned on, the last 6 were not; the correct
sentences were split the same way (even ones tuned on, odd ones not). Before the round the
lens caught 121 of the 150 tuned on and 60 of the 90 others, and flagged 3 of each half of
the correct sentences; after it, 139 of 150, 61 of 90, and 0 and 3. General shapes added:
a bare noun and an auxiliary after a comma ("..., engineers are replacing the boiler"), a
linking adverb between commas ("..., however, the ending feels rushed"), "that's" as a
clause's subject and verb, a splice after a negative command ("Don't worry about the invoice,
I've already paid it"); an object pair before a time word or at the sentence's end ("to
Priya and I yesterday", "invited my husband and I."), also after a verb in -ing; a plural
owner before a noun no verb spells ("The managers decision to", "My sisters wedding is", "at
the neighbours door if"); "whose on call", "We except payment", "Is their any chance", "your
feeling better", "its easier"; a participle phrase standing alone ("Citing concerns about
cost and safety."). Fixed false alarms: an amount as one sum ("Ten pounds is"), "Whom should
I contact", a participle sharing an earlier 'has' ("has written three books and begun a
fourth"). The main set's 651 grammar findings and held-out grammar (P 0.986 / R 0.809) are
unchanged. The misses of the tuned part are strict xfails; the other part's count is pinned.
"""

from __future__ import annotations

import collections

import pytest

from tests.specialist.grammar_dev_set13 import CLEAN, PROBLEMS
from tests.specialist.grammar_generalisation import Item, caught, findings

TUNED_PER_KIND = 10
MISSED_TUNED = (
    "A set of clear instructions for new", "Honestly, there always late",
    "Release notes: the app now remembers", "The author, who's first novel",
    "Could you send me you're notes", "Our old manager done the rota",
    "I'd like to come to, if", "Please try to use less paper cups",
    "Sales rose in the third quarter", "We are going visit the new site",
    "Could you send me copy of",
)  # fmt: skip
CAUGHT_UNSEEN = 61
FLAGGED_CLEAN_UNSEEN = 3


def _split() -> tuple[list[Item], list[Item]]:
    seen: collections.Counter[str] = collections.Counter()
    tuned, unseen = [], []
    for p in PROBLEMS:
        seen[p.kind] += 1
        (tuned if seen[p.kind] <= TUNED_PER_KIND else unseen).append(p)
    return tuned, unseen


TUNED, UNSEEN = _split()


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="missed"))
        if p.text.startswith(MISSED_TUNED)
        else p
        for p in TUNED
    ],
    ids=lambda p: p.text[:40],
)
def test_a_tuned_on_error_is_caught(item: Item) -> None:
    assert caught(item)


@pytest.mark.parametrize("text", CLEAN[::2], ids=lambda t: t[:40])
def test_a_tuned_on_correct_sentence_is_left_alone(text: str) -> None:
    assert findings(text) == []


def test_the_part_not_tuned_on_scores_as_recorded() -> None:
    assert sum(caught(p) for p in UNSEEN) == CAUGHT_UNSEEN
    assert sum(bool(findings(t)) for t in CLEAN[1::2]) == FLAGGED_CLEAN_UNSEEN
