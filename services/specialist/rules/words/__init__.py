"""The word lists of the rules lenses, one module per lens, all in one format.

A phrase list is a ``dict`` from the phrase (lower case, spaces between words) to its
replacement: a string, ``DELETE`` to cut the phrase, or None when no fix is safe. A plain
set of words is a ``word_set`` of whitespace-separated words.
"""

from __future__ import annotations

DELETE = ""  # a replacement that removes the phrase (and tidies spaces and capitals)


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words`` (a list reads best as a block of text)."""
    return frozenset(words.split())


__all__ = ["DELETE", "word_set"]
