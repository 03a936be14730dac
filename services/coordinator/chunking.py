"""Splitting a document into bounded, heading-aware chunks that keep absolute offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from services.contract.models import Chunk

_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+.*)?$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_CODE_SPAN = re.compile(r"`[^`\n]*`")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading or code block: ``text[start:end]`` of the document."""

    start: int
    end: int
    heading: str | None  # the heading line, when the block is a heading
    code: bool = False  # a fenced code block: never split, whatever its size


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def blocks(text: str) -> list[Block]:
    """Paragraphs, headings and fenced code blocks, in order; blank lines separate them."""
    found: list[Block] = []
    lines = _lines(text)
    i, start, fence = 0, None, None
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                found.append(Block(start, e, None, code=True))  # type: ignore[arg-type]
                start = None
            i += 1
            continue
        if m := _FENCE.match(line):
            if start is not None:
                found.append(Block(start, lines[i - 1][1], None))
            start, fence = s, m.group(1)[:3]
            i += 1
            continue
        if not line.strip():
            if start is not None:
                found.append(Block(start, lines[i - 1][1], None))
                start = None
            i += 1
            continue
        if _HEADING.match(line):
            if start is not None:
                found.append(Block(start, lines[i - 1][1], None))
                start = None
            found.append(Block(s, e, line.strip()))
            i += 1
            continue
        if start is not None and _SETEXT.match(line) and i > 0:
            # "Title\n=====" : the paragraph so far (one line) is a heading
            title = text[start : lines[i - 1][1]]
            if "\n" not in title:
                level = "#" if line.strip().startswith("=") else "##"
                found.append(Block(start, e, f"{level} {title.strip()}"))
                start = None
                i += 1
                continue
        if start is None:
            start = s
        i += 1
    if start is not None:
        found.append(Block(start, lines[-1][1], None, code=fence is not None))
    return found


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


def document_words(text: str, found: list[Block] | None = None) -> int:
    """Words outside code (fenced blocks and inline code), the measure of a document's length."""
    found = blocks(text) if found is None else found
    return sum(
        len(_WORD.findall(_CODE_SPAN.sub(" ", text[b.start : b.end]))) for b in found if not b.code
    )


def chunk(text: str, max_chars: int = 2000) -> list[Chunk]:
    """Group blocks into chunks of at most ``max_chars``; a heading starts a new chunk.

    Every chunk satisfies ``chunk.text == text[chunk.start:chunk.end]`` and carries the
    document context a chunk cannot see: the headings around it and the document's length.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    found = blocks(text)
    spans: list[tuple[int, int, str | None]] = []  # (start, end, nearest heading)
    heading: str | None = None
    cur: tuple[int, int] | None = None
    cur_heading: str | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            spans.append((cur[0], cur[1], cur_heading))
            cur = None

    for b in found:
        if b.heading is not None:
            close()
            heading = b.heading
        if b.end - b.start > max_chars and not b.code:
            close()
            for s, e in _split_long(text, b.start, b.end, max_chars):
                spans.append((s, e, heading))
            continue
        if cur is not None and b.end - cur[0] > max_chars:
            close()
        if cur is None:
            cur, cur_heading = (b.start, b.end), heading
        else:
            cur = (cur[0], b.end)
    close()
    heads = {b.start: b.heading for b in found if b.heading is not None}
    head_starts = sorted(heads)
    words = document_words(text, found)
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
            )
        )
    return out
