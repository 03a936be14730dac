"""The attitude index is exact: a chunk skips a family pattern or a cue only where it could not
have matched, and what a pattern needs is read from its parse tree."""

from __future__ import annotations

import re
from functools import cache

from services.specialist.rules.attitude.cues import CUE_PATTERNS
from services.specialist.rules.attitude.engine import _ALL, _INDEX
from services.specialist.rules.attitude.index import WHOLE, PatternIndex, alternatives
from services.specialist.rules.gate import gated
from services.specialist.rules.masking import mask
from services.specialist.rules.phrases import WORD_END, WORD_START
from tests.eval.corpus import load_set
from tests.specialist import tone_generalisation, tone_generalisation_check
from tests.specialist.test_tone_attitude import FAMILY_CASES
from tests.support.fanout import fan_out


def _needs(pattern: str) -> list[set[str]]:
    """Each alternative's clauses, a clause written as its literals joined by "|"."""
    fenced = re.compile(rf"{WORD_START}(?:{pattern}){WORD_END}", re.I)
    return [{"|".join(sorted(c)).replace(WHOLE, "=") for c in a} for a in alternatives(fenced)]


def test_what_a_pattern_needs_is_every_literal_and_one_side_of_each_alternation() -> None:
    # "=" a whole word of the chunk; else letters anywhere (one-letter ones are not checked)
    assert _needs(r"as[ \t]+(?:i|we)[ \t]+(?:said|stated)") == [
        {"as", "=as", "=i", "said", "=said"},
        {"as", "=as", "=i", "stated", "=stated"},
        {"as", "=as", "we", "=we", "said", "=said"},
        {"as", "=as", "we", "=we", "stated", "=stated"},
    ]
    # re factors "do" out of "don't|doesn't": it is joined back
    assert _needs(r"do(?:n't|esn't)") == [{"do", "don't", "=don't"}, {"do", "doesn't", "=doesn't"}]
    # "fine" before an optional comma may be the start of "finest": only the second is whole
    assert _needs(r"fine,?[ \t]+fine") == [{"fine", "=fine"}]
    # after an optional part that ends in a space, itself after a fence: still a whole word
    assert _needs(r"(?:very[ \t]+)?good") == [{"good", "=good"}]
    assert _needs(r"(?:very)?good") == [{"good"}]  # "verygood": "good" inside a word
    assert _needs(r"[a-z]+-year-old") == [{"-year-old"}]
    assert set() in _needs(r"[a-z]+y|x")  # an alternative that needs nothing: always run


def test_a_chunk_runs_only_the_patterns_whose_literals_it_holds() -> None:
    index = PatternIndex([gated(r"the[ \t]+one[ \t]+(?:day|time)", re.I), gated(r"[a-z]+y")])
    assert index.candidates("The one thing that went wrong.") == [1]
    assert index.candidates("The ONE TIME it rained, nobody came.") == [0, 1]
    whole = PatternIndex([gated(rf"{WORD_START}let[ \t]+it[ \t]+slip", re.I)])
    assert whole.candidates("Outlet it slip.") == []  # "let" is no word of it
    assert whole.candidates("Let it slip.") == [0]
    # too many alternatives are merged into one clause; of whole words ("=alpha") and other
    # text ("x,y"), it is looked for as letters
    many = "|".join(["alpha", "x,y", *(f"w{i}" for i in range(40))])
    merged = PatternIndex([gated(rf"{WORD_START}(?:{many}){WORD_END}", re.I)])
    assert merged.candidates("Alpha.") == [0]
    assert merged.candidates("Beta.") == []


@cache
def _texts() -> tuple[str, ...]:
    """Sentences with attitudes and without, and every main-set document, raw and masked."""
    out = [text for text, _, _ in FAMILY_CASES]
    for module in (tone_generalisation, tone_generalisation_check):
        for value in vars(module).values():
            if isinstance(value, list) and value and isinstance(value[0], tone_generalisation.Item):
                out += [item.text for item in value]
    for doc in load_set("main"):
        out += [doc.text, mask(doc.text, markdown=doc.format == "markdown")]
    return tuple(out)


def test_no_pattern_or_cue_is_skipped_where_it_matches() -> None:
    patterns = [rx for _, rx in _ALL] + list(CUE_PATTERNS)
    texts = _texts()

    def skipped(t: int) -> list[tuple[str, str] | None]:
        """One entry per pattern that matches text ``t``: None, or the pattern it skipped."""
        candidates = set(_INDEX.candidates(texts[t]))
        return [
            None if i in candidates else (rx.pattern, texts[t][:80])
            for i, rx in enumerate(patterns)
            if rx.rx.search(texts[t]) is not None
        ]

    matched = fan_out(skipped, len(texts))
    assert [m for m in matched if m is not None] == []
    assert len(matched) > 500  # the texts do exercise the patterns
