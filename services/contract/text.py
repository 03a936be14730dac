"""The one text model every role reads documents with: what a word is, and a document's blocks.

The coordinator cuts documents along these blocks and counts their words; the specialist
counts the words of each chunk it reviews with the same pattern, so ``Chunk.doc_words`` and
``Partial.words`` measure the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

# A word: letters or digits, joined by inner apostrophes or hyphens ("don't", "x-ray").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]`` as matches (offsets into ``text``)."""
    return WORD.finditer(text, start, len(text) if end is None else end)


def count_words(text: str) -> int:
    """How many words ``text`` has."""
    return len(WORD.findall(text))


# -- a document's blocks ----------------------------------------------------------------------

TextBlockKind = Literal["paragraph", "list", "heading", "code"]

_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+.*)?")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_CODE_SPAN = re.compile(r"`[^`\n]*`")


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A run of lines of the document, ``text[start:end]``; blank lines separate blocks.

    ``heading`` is the heading line of a heading block, as ATX ("## Setup"; a setext title
    is given its ATX form), else None.
    """

    kind: TextBlockKind
    start: int
    end: int
    heading: str | None = None

    @property
    def code(self) -> bool:
        """True for a fenced code block (never split, and its words do not count)."""
        return self.kind == "code"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out


class _Scanner:
    """Walks the lines once, growing the open paragraph or fence and closing it at its end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[TextBlock] = []
        self.start: int | None = None  # where the open paragraph or fence began
        self.fence: str | None = None  # the open fence's opening mark ("```", "~~~")

    def close(self, end: int, kind: TextBlockKind = "paragraph") -> None:
        if self.start is not None:
            if kind == "paragraph" and _LIST_ITEM.match(self.text, self.start):
                kind = "list"
            self.found.append(TextBlock(kind, self.start, end))
            self.start = None

    def line(self, s: int, e: int, previous_end: int) -> None:
        line = self.text[s:e]
        if self.fence is not None:
            if line.strip().startswith(self.fence):
                self.fence = None
                self.close(e, "code")
        elif m := _FENCE.match(line):
            self.close(previous_end)
            self.start, self.fence = s, m.group(1)[:3]
        elif not line.strip():
            self.close(previous_end)
        elif _HEADING.fullmatch(line):
            self.close(previous_end)
            self.found.append(TextBlock("heading", s, e, line.strip()))
        elif self.start is not None and _SETEXT.fullmatch(line) and self._one_line(previous_end):
            # "Title\n=====": the one-line paragraph above is a heading.
            level = "#" if line.strip().startswith("=") else "##"
            title = self.text[self.start : previous_end].strip()
            self.found.append(TextBlock("heading", self.start, e, f"{level} {title}"))
            self.start = None
        elif self.start is None:
            self.start = s

    def _one_line(self, previous_end: int) -> bool:
        return self.start is not None and "\n" not in self.text[self.start : previous_end]


def markdown_blocks(text: str) -> list[TextBlock]:
    """Paragraphs, list runs, headings and fenced code blocks in order, at absolute offsets.

    An unclosed fence runs to the end of the document and is code.
    """
    scan = _Scanner(text)
    lines = _lines(text)
    previous_end = 0
    for s, e in lines:
        scan.line(s, e, previous_end)
        previous_end = e
    if scan.start is not None:
        scan.close(lines[-1][1], "code" if scan.fence is not None else "paragraph")
    return scan.found


def document_words(text: str, found: list[TextBlock] | None = None) -> int:
    """Words outside code (fenced blocks and inline code), the measure of a document's length."""
    found = markdown_blocks(text) if found is None else found
    return sum(count_words(_CODE_SPAN.sub(" ", text[b.start : b.end])) for b in found if not b.code)


__all__ = [
    "WORD",
    "TextBlock",
    "TextBlockKind",
    "count_words",
    "document_words",
    "markdown_blocks",
    "words",
]
