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

from tests.specialist.cases import register_caught, tone_flagged
from tests.specialist.tone_register_check7 import PLAIN, PROBLEMS

CAUGHT = {"slang": 13, "stiff": 19, "hedge": 19, "shouting": 22}
FLAGGED_PLAIN = 2


def test_the_check_set_scores_as_recorded() -> None:
    caught = collections.Counter(kind for kind, style, text in PROBLEMS
                                 if register_caught(kind, style, text))  # fmt: skip
    assert dict(caught) == CAUGHT


def test_the_plain_sentences_flagged_are_as_recorded() -> None:
    assert sum(tone_flagged(text, style) for style, text in PLAIN) == FLAGGED_PLAIN
