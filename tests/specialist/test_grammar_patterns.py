"""Grammar patterns rewritten for speed (the character they consume first, the lookbehind
after it) find exactly what their lookbehind-first forms find."""

from __future__ import annotations

import importlib
import re

import pytest

from tests.specialist.cases import corpus_texts

_SPACING = importlib.import_module("services.specialist.rules.grammar.spacing")
_CAPITALS = importlib.import_module("services.specialist.rules.grammar.capitals")

# (rewritten pattern, its lookbehind-first form)
_PAIRS = [
    (_SPACING._DOUBLE_SPACE, r"(?<=[^\s\x00:]) {2,}(?=[^\s\x00])|(?<=:) {3,}(?=[^\s\x00])"),
    (_SPACING._SPACE_BEFORE, r"(?<=[^\W_])[ \t]+([,;:!?]+|\.(?![.\w]))(?=\s|$)"),
    (
        _SPACING._NO_SPACE_AFTER,
        r"(?<=[a-z]{2})([,;!?])(?=[A-Za-z]{2})|(?<=[A-Za-z]{2})(\.)(?=[A-Z][a-z])"
        r"|(?<=\d)(,)(?=[a-z]{2})",
    ),
    (_CAPITALS._PRONOUN_I, r"(?<![\w'’.\-(\x00])i(?=[ \t]+[a-z]|['’](?:m|ve|ll|d)(?!\w))"),
]
_EXTRA = ["a  b", "x:   y", "x:  y", "word ,x", "ab,Cd", "12,ab", "ab.Cd", "i am", "(i m", "i'm"]


def _texts() -> tuple[str, ...]:
    return corpus_texts(tuple(_EXTRA))


@pytest.mark.parametrize(("rewritten", "plain"), _PAIRS, ids=lambda p: str(p)[:30])
def test_a_rewritten_pattern_matches_as_its_lookbehind_first_form(
    rewritten: re.Pattern[str], plain: str
) -> None:
    original = re.compile(plain)
    for text in _texts():
        assert [(m.span(), m.groups()) for m in rewritten.finditer(text)] == [
            (m.span(), m.groups()) for m in original.finditer(text)
        ]
