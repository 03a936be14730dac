"""The tone lens on 240 plain sentences close to attitudes (``tone_plain_set5``, issue 14,
thirteenth round), twenty of each of twelve kinds: reminders, explanations for beginners,
honest bad news, refusals, praise, thanks, priorities, apologies, accounts of who did what,
light humour, direct feedback, notices. Written by a helper that read neither the rules nor
the corpus; a careful editor flags none of them.

Before the round's fixes the lens flagged 14 of them; after, 4. Fixed, each as a shape with
the attitude beside it still flagged: "in case" reassurance ("No worries if this is new to
you"), sympathy and apology voiced by the writer ("I know that's disappointing", "I feel awful
about it"), a refusal that gives its reason ("No, we won't merge this, because ..."), the
writer's own "again" and "properly" ("I've thought about it again", "I'd like to hear your
point properly") and "correctly" in a sentence with no reader ("The alert fired correctly"),
"whoever ... did a brilliant job", "your error analysis", "hard for some people to read".
Left, as strict xfails: "Sending this once more in case it got buried" (a chaser's wording),
"Obviously nobody expects you to know" ("obviously" is flagged by design), an apology whose
"no excuse" sits in the clause after its semicolon, and self-deprecating humour the sentiment
score reads as negative.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import ATTITUDES, analyze
from tests.specialist.tone_plain_set5 import PLAIN

FLAGGING = ATTITUDES | {"tone/negative"}
FLAGGED = (
    "Sending this once more in case",
    "Obviously nobody expects you",
    "I apologise for the tone of my last email",
    "My sense of direction is so bad",
)


def _params() -> list[object]:
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="false alarm"))
        if t.startswith(FLAGGED)
        else t
        for _, t in PLAIN
    ]


@pytest.mark.parametrize("text", _params())
def test_a_plain_sentence_close_to_an_attitude_is_not_flagged(text: str) -> None:
    assert not {f.rule for f in analyze("tone", text, style="neutral")} & FLAGGING


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("This must be new to you, so read it slowly.", "tone/condescending"),
        ("No, we won't be merging this.", "tone/dismissive"),
        ("We expect you to do it properly.", "tone/condescending"),
        ("To whoever parked in the visitor bay again, I do hope the meeting was worth it.",
         "tone/blame"),
        ("Your error cost us the client.", "tone/blame"),
        ("Your report is useless and awful.", "tone/negative"),
    ],
)  # fmt: skip
def test_the_attitude_beside_each_fix_is_still_flagged(text: str, rule: str) -> None:
    assert rule in {f.rule for f in analyze("tone", text, style="neutral")}
