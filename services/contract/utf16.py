"""Code points to UTF-16 code units: offsets stay code points in JSON, and each suggestion
also says where it is in UTF-16, the unit JavaScript strings index (an emoji counts two)."""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # the characters UTF-16 spells as a pair


def utf16_len(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class Utf16Offsets:
    """Maps code-point offsets of one text to UTF-16 offsets; O(log n) per offset after one
    scan of the text, and no work at all for texts without astral characters."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]

    def at(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset``: one extra unit per astral character
        before it."""
        return offset + bisect_left(self._astral, offset) if self._astral else offset
