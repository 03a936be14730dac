"""Splitting a document into bounded, heading-aware chunks that keep absolute offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from services.contract.models import Chunk
from services.contract.text import TextBlock, document_words, markdown_blocks
from services.contract.utf16 import Utf16Offsets

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces ≤ limit: at sentence ends, else at whitespace."""
    pieces = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = 0
        for m in _SENTENCE_END.finditer(window):
            cut = m.end()
        if cut == 0:
            cut = window.rfind(" ") + 1 or window.rfind("\n") + 1
        if cut <= 0:
            cut = limit  # one huge token: a hard cut is the only option
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return [(s, _rstrip(text, s, e)) for s, e in pieces if text[s:e].strip()]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


MAX_CHUNK_CHARS = 2000
# A section shorter than this (about 70 words) joins the one that follows: every chunk is a
# task per lens, with a fixed cost in each specialist (a Harper call, the rules' set-up, a
# model call's prompt) and in the plumbing, whatever its length.
MIN_CHUNK_CHARS = 400
MAX_CHUNKS = 100


def chunk(
    text: str,
    max_chars: int = MAX_CHUNK_CHARS,
    *,
    min_chars: int = MIN_CHUNK_CHARS,
    max_chunks: int = MAX_CHUNKS,
) -> list[Chunk]:
    """Group blocks into chunks of at most ``max_chars``; a heading starts a new chunk unless
    the chunk so far is shorter than ``min_chars`` (a heading-only or tiny chunk is not worth a
    task of its own, so it joins what follows). Over ``max_chunks`` chunks, neighbours are
    merged into bigger chunks: the fan-out of one document is bounded whatever its shape.

    Every chunk satisfies ``chunk.text == text[chunk.start:chunk.end]`` and carries the
    document context a chunk cannot see: the headings around it and the document's length.
    """
    if max_chars < 1 or max_chunks < 1:
        raise ValueError("max_chars and max_chunks must be positive")
    found = markdown_blocks(text)
    spans = _merge_to(_spans(text, found, max_chars, min_chars), max_chunks)
    heads = {b.start: b.heading for b in found if b.heading is not None}
    head_starts = sorted(heads)
    words = document_words(text, found)
    title = _title(found)
    utf16 = Utf16Offsets(text)
    out = []
    for i, (s, e, h) in enumerate(spans):
        before = bisect_left(head_starts, s)
        nxt = heads.get(spans[i + 1][0]) if i + 1 < len(spans) else None
        out.append(
            Chunk(
                chunk_id=i,
                start=s,
                end=e,
                text=text[s:e],
                heading=h,
                previous_heading=heads[head_starts[before - 1]] if before else None,
                next_heading=nxt,
                doc_words=words,
                doc_title=title,
                utf16_start=utf16.at(s),
            )
        )
    return out


def _title(found: list[TextBlock]) -> str | None:
    """The heading the document starts with ("# Quarterly plan", or "## 3. Methods" for one
    part of a proposal), else None."""
    return found[0].heading if found else None


@dataclass(slots=True)
class _Open:
    """The chunk being filled: ``tail`` is where its trailing run of headings starts (a
    heading belongs with what follows it, so a chunk never ends with one if it can help it)."""

    start: int
    end: int
    heading: str | None
    tail: int | None = None  # start of the trailing heading run, if the chunk ends with one
    tail_heading: str | None = None
    body_end: int = 0  # end of the last block before ``tail``


def _spans(
    text: str, found: list[TextBlock], max_chars: int, min_chars: int
) -> list[tuple[int, int, str | None]]:
    """(start, end, nearest heading) of each chunk, before the cap on their number."""
    spans: list[tuple[int, int, str | None]] = []
    heading: str | None = None
    cur: _Open | None = None

    def close_before_tail() -> _Open | None:
        """Close the chunk, keeping its trailing headings open for what follows them."""
        assert cur is not None
        if cur.tail is None or cur.tail == cur.start:
            if cur.tail is None:
                spans.append((cur.start, cur.end, cur.heading))
                return None
            return cur  # nothing but headings so far: they stay with what follows
        spans.append((cur.start, cur.body_end, cur.heading))
        return _Open(cur.tail, cur.end, cur.tail_heading, cur.tail, cur.tail_heading)

    for b in found:
        if b.heading is not None:
            heading = b.heading
            if cur is not None and cur.end - cur.start >= min_chars and cur.tail is None:
                spans.append((cur.start, cur.end, cur.heading))
                cur = None
        if b.end - b.start > max_chars and not b.code:
            if cur is not None:
                cur = close_before_tail()
            # The headings right before a long block lead its first piece.
            first, first_heading = (cur.start, cur.heading) if cur else (b.start, heading)
            cur = None
            for n, (s, e) in enumerate(_split_long(text, first, b.end, max_chars)):
                spans.append((s, e, first_heading if n == 0 else heading))
            continue
        if cur is not None and b.end - cur.start > max_chars:
            cur = close_before_tail()
            if cur is not None and b.end - cur.start > max_chars:  # a run of headings alone
                spans.append((cur.start, cur.end, cur.heading))
                cur = None
        if cur is None:
            cur = _Open(b.start, b.end, heading)
        else:
            cur.end = b.end
        if b.heading is None:
            cur.tail, cur.tail_heading, cur.body_end = None, None, b.end
        elif cur.tail is None:
            cur.tail, cur.tail_heading = b.start, b.heading
    if cur is not None:
        spans.append((cur.start, cur.end, cur.heading))
    return spans


def _merge_to(
    spans: list[tuple[int, int, str | None]], max_chunks: int
) -> list[tuple[int, int, str | None]]:
    """Merge runs of neighbouring spans so there are at most ``max_chunks`` of them."""
    if len(spans) <= max_chunks:
        return spans
    per = -(-len(spans) // max_chunks)  # ceil: spans per merged chunk
    return [
        (spans[i][0], spans[min(i + per, len(spans)) - 1][1], spans[i][2])
        for i in range(0, len(spans), per)
    ]
