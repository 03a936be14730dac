"""Scanning a chunk once: its masked text, blocks, sentences and word count, which every rule
of a lens reads instead of scanning the chunk again."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from services.contract.text import count_words
from services.specialist.rules.blocks import Block, blocks
from services.specialist.rules.masking import PLACEHOLDER, mask

PROSE_KINDS = ("paragraph", "quote", "item")


@dataclass(frozen=True, slots=True)
class ChunkScan:
    """A chunk as the rules read it; built once per chunk by ``scan_chunk``.

    ``masked`` is the text with code, URLs and markup blanked (offsets kept); ``blocks`` its
    blocks. Sentences are split on first use, as only some lenses read them.
    """

    text: str
    markdown: bool
    masked: str
    blocks: tuple[Block, ...]
    words: int  # prose words: what ``Partial.words`` reports
    # block index -> its sentence spans; filled on first use (a rerun computes the same spans)
    _sentences: dict[int, list[tuple[int, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def sentences_of(self, index: int) -> list[tuple[int, int]]:
        """The sentence spans of ``blocks[index]``."""
        spans = self._sentences.get(index)
        if spans is None:
            b = self.blocks[index]
            spans = self._sentences[index] = sentences(self.masked, b.start, b.end)
        return spans

    def prose_blocks(self) -> list[Block]:
        """Paragraphs, quotes and list items: the blocks that hold sentences."""
        return [b for b in self.blocks if b.kind in PROSE_KINDS]

    def prose_sentences(self, kinds: tuple[str, ...] = PROSE_KINDS) -> list[tuple[int, int]]:
        """The sentence spans of every block of ``kinds``, in order."""
        return [s for i, b in enumerate(self.blocks) if b.kind in kinds
                for s in self.sentences_of(i)]  # fmt: skip


@lru_cache(maxsize=16)
def scan_chunk(text: str, *, markdown: bool) -> ChunkScan:
    """Scan ``text`` once; the handler's word count and the lens's rules share the result."""
    masked = mask(text, markdown=markdown)
    found = tuple(blocks(masked, markdown=markdown))
    return ChunkScan(text, markdown, masked, found, count_words(masked))


def prose_words(text: str, *, markdown: bool) -> int:
    """Words of ``text`` outside code, URLs and markup (the scan's count)."""
    return scan_chunk(text, markdown=markdown).words


# "..." and "?!" end sentences; ".." (a reStructuredText directive) does not.
# A stop may be followed by closing quotes, brackets and Markdown emphasis ("**Note.** Then").
_TERMINATOR = re.compile(r"(?:\.{3,}|…|[!?]+\.?|(?<!\.)\.(?!\.))[\"'”’)\]*_]*(?=\s|$)")
_ABBREVIATIONS = (
    "mr mrs ms dr prof st sr jr vs e.g i.e cf approx fig figs eq no vol pp p al ca inc ltd"
)
_NEVER_END = frozenset(_ABBREVIATIONS.split())
# These end a sentence only when a capital follows: "at 9 a.m. to review" goes on, "at 9
# a.m. Bring a laptop" does not.
_MAY_END = frozenset(["etc", "a.m", "p.m", "u.s", "u.k"])


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``masked[start:end]`` (only those containing a letter)."""
    spans: list[tuple[int, int]] = []
    s = start
    for m in _TERMINATOR.finditer(masked, start, end):
        if not _is_boundary(masked, m, end):
            continue
        spans.append((s, m.end()))
        s = m.end()
    spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and masked[a].isspace():
            a += 1
        if any(c.isalpha() for c in masked[a:b]):
            out.append((a, b))
    return out


def _is_boundary(masked: str, m: re.Match[str], end: int) -> bool:
    after = masked[m.end() : end].lstrip()
    next_upper = bool(after) and (after[0].isupper() or after[0] in "\"“'(")
    term = m.group(0).rstrip("\"'”’)]*_")
    if term in ("...", "…"):
        return next_upper
    if term != ".":
        return True
    token = _token_before(masked, m.start()).lower().lstrip("(\"'“")
    if token in _NEVER_END or (len(token) == 1 and token.isalpha()):
        return False
    if token in _MAY_END:
        return next_upper
    return True


def _token_before(masked: str, pos: int) -> str:
    """The run of non-spaces that ends at ``pos`` (or at a newline just before it), else ''.

    It walks back from ``pos`` rather than searching ``masked[:pos]``, which would rescan the
    chunk from its start at every full stop.
    """
    end = pos - 1 if pos and masked[pos - 1] == "\n" else pos
    start = end
    while start > 0 and not masked[start - 1].isspace():
        start -= 1
    return masked[start:end]


_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)")
_SPACES = re.compile(r"\s+")


def prose(masked: str, start: int = 0, end: int | None = None) -> str:
    """The readable text of a span: masked parts and Markdown emphasis removed."""
    text = masked[start : len(masked) if end is None else end].replace(PLACEHOLDER, "")
    text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()
