"""The tone lens on a register check set never used for tuning (``tone_register_check7``,
issue 14, round 14): 100 slang, stiff, hedge and shouting sentences (25 of each) and 100
plain near-misses, written after round 14 by a helper that read neither the rules nor set 6.

It measures whether round 14's lists and shapes (tuned on ``tone_register_set6``) carry over
to another writer's wordings. Scored with the round's code and with the code before it
(7fa49a4, a worktree), counting a sentence caught when its kind's rule is raised: 58 → **73**
of 100 (slang 9 → 13, stiff 16 → 19, hedge 14 → 19, shouting 19 → 22); plain sentences
flagged 3 → 2. No sentence of it was looked at one by one, and no rule was changed after
scoring it: the counts are pinned so that a later round reports its own effect on them.
"""

from __future__ import annotations

import collections

from tests.specialist.cases import analyze
from tests.specialist.tone_register_check7 import PLAIN, PROBLEMS

RULES = {
    "slang": {"tone/slang"},
    "stiff": {"tone/stiff"},
    "hedge": {"tone/hedge"},
    "shouting": {"tone/shouting", "tone/exclamation"},
}
CAUGHT = {"slang": 13, "stiff": 19, "hedge": 19, "shouting": 22}
FLAGGED_PLAIN = 2


def test_the_check_set_scores_as_recorded() -> None:
    caught: collections.Counter[str] = collections.Counter()
    for kind, style, text in PROBLEMS:
        caught[kind] += bool({f.rule for f in analyze("tone", text, style=style)} & RULES[kind])
    assert dict(caught) == CAUGHT


def test_the_plain_sentences_flagged_are_as_recorded() -> None:
    flagged = sum(
        any(f.rule.startswith("tone/") for f in analyze("tone", text, style=style))
        for style, text in PLAIN
    )
    assert flagged == FLAGGED_PLAIN
