"""The tone lens on its register set (``tone_register_set6``, issue 14, round 14): 200
workplace sentences with one slang, stiff, hedge or shouting problem each (50 of each kind)
and 200 plain near-misses ("forty bucks and sixty does", "stuff the cushions", "a drainage
ditch"), written by a helper that read neither the rules nor the corpus.

A sentence counts as caught when the lens raises its kind's rule (slang: tone/slang, stiff:
tone/stiff, hedge: tone/hedge, shouting: tone/shouting or tone/exclamation). The first 25
of each kind were tuned on, the last 25 were not looked at; every plain sentence was.
Before the round: 56 of the 100 tuned on, 44 of the 100 others (slang 14, stiff 6, hedge 11,
shouting 13), 10 of 200 plain sentences flagged. After it: 90, **50** (slang 14, stiff 6,
hedge 12, shouting 18), 1.

What was added, as lists and shapes rather than sentences: office slang ("snafu", "messed
up", "a pain in the neck", "rock star", "whatnot"; "nailed", "ditch", "ping", "chill" in
formal writing only); the official words a friendly note says plainly ("remit", "ascertain",
"apprise", "deem", "should you require", "prior to", "the said", "partake of"); the hedges
of formal letters ("if I am not mistaken", "for the most part", "in my humble opinion", "I
would venture", "it might be worth noting that", "fairly confident", a leading "Hopefully,");
"???" where a sentence ends; short capitalised words that shout alone ("Under NO
circumstances", "UP TO ten days") but not beside a licence's capitals ("NO WARRANTY").
Fixed false alarms: a slang word in its literal sense, told by its neighbours ("will stuff
the cushions", "a drainage ditch", "pumped water out", "stoked the kiln", "twelve tons of",
"a dude ranch"), "the Super Bowl", "yes, no or maybe", "at least four times in each year"
(a frequency, not a count of reminders), "PO number" (VADER reads "po" as an insult).
Left out after the main set and ``/usr/share/doc`` disagreed: "touch base" (a formal cover
letter of the corpus uses it), "basically" (a README's), "in the event that".

Main set: tone 368 → 369 of 395, false alarms 7 → 7; ``tests.eval.realtext tone`` on
``/usr/share/doc`` (432 files, 229,035 words): every rule's count unchanged.
"""

from __future__ import annotations

import collections

import pytest

from tests.specialist.cases import analyze, register_caught, tone_flagged
from tests.specialist.tone_register_set6 import PLAIN, PROBLEMS

TUNED_PER_KIND = 25
# Missed by the kind's rule; the two marked * are flagged for an attitude instead.
MISSED_TUNED = (
    "The board was super impressed",  # "super" is flagged as an intensifier
    "Our legal counsel will touch base",
    "The estimated renovation cost is fifty grand",
    "The contractor messed up the wiring",  # * blame
    "Our volunteers are amazing, and we're so grateful for the aid rendered",
    "We apologize for what may have been",
    "The candidate is relatively well qualified",
    "My experience in public procurement might make me",
    "The proposed changes are basically consistent",
    "Why was the invoice sent to the old address again???",  # * passive-aggressive
)
CAUGHT_UNSEEN = {"slang": 14, "stiff": 6, "hedge": 12, "shouting": 18}
FLAGGED_PLAIN = ("The wildlife survey counted forty bucks and sixty does",)

Problem = tuple[str, str, str]


def _split() -> tuple[list[Problem], list[Problem]]:
    seen: collections.Counter[str] = collections.Counter()
    tuned, unseen = [], []
    for p in PROBLEMS:
        seen[p[0]] += 1
        (tuned if seen[p[0]] <= TUNED_PER_KIND else unseen).append(p)
    return tuned, unseen


TUNED, UNSEEN = _split()


def _caught(problem: Problem) -> bool:
    return register_caught(*problem)


@pytest.mark.parametrize(
    "problem",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="missed"))
        if p[2].startswith(MISSED_TUNED)
        else p
        for p in TUNED
    ],
    ids=lambda p: p[2][:40],
)
def test_a_tuned_on_problem_is_caught(problem: Problem) -> None:
    assert _caught(problem)


def test_the_part_not_tuned_on_scores_as_recorded() -> None:
    caught: collections.Counter[str] = collections.Counter(p[0] for p in UNSEEN if _caught(p))
    assert dict(caught) == CAUGHT_UNSEEN


@pytest.mark.parametrize(
    ("style", "text"),
    [
        pytest.param(s, t, marks=pytest.mark.xfail(strict=True, reason="false alarm"))
        if t.startswith(FLAGGED_PLAIN)
        else (s, t)
        for s, t in PLAIN
    ],
    ids=lambda v: v[:40],
)
def test_a_plain_sentence_is_left_alone(style: str, text: str) -> None:
    assert not tone_flagged(text, style)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We are pumped about the launch.", "tone/slang"),
        ("The team is so stoked for Friday.", "tone/slang"),
        ("Leave your stuff by the door.", "tone/slang"),
        ("We should ditch the old forms.", "tone/slang"),
        ("We have tons of ideas.", "tone/slang"),
        ("Let us chill in the courtyard after the talk.", "tone/slang"),
        ("This is super easy to set up.", "tone/intensifier"),
        ("Maybe we should wait until Monday.", "tone/hedge"),
        ("I have asked you three times already.", "tone/passive-aggressive"),
        ("Under NO circumstances should you share it.", "tone/shouting"),
        ("Where is the signed copy???", "tone/exclamation"),
    ],
)
def test_the_shape_beside_each_fix_is_still_flagged(text: str, rule: str) -> None:
    assert rule in {f.rule for f in analyze("tone", text, style="formal")}


@pytest.mark.parametrize(
    "text",
    [
        "The tool printed '??%' when a run lasted under a second.",
        "TO DO: write the migration guide.",
        "This software comes with ABSOLUTELY NO WARRANTY.",
        "Pass --colors=FG,BG,SO to set the colours.",
        "AFAIK: As Far As I Know.",
    ],
)
def test_placeholders_labels_and_licences_do_not_shout(text: str) -> None:
    rules = {f.rule for f in analyze("tone", text, style="neutral")}
    assert not rules & {"tone/shouting", "tone/exclamation", "tone/hedge"}
