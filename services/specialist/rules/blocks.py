"""A chunk's Markdown or plain-text blocks (paragraphs, headings, items, quotes, tables, code)
found in its masked text, with the offsets of their content and markers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from services.contract.text import count_words
from services.specialist.rules.masking import PLACEHOLDER

BlockKind = Literal["paragraph", "heading", "item", "quote", "table", "code", "rule"]


@dataclass(frozen=True, slots=True)
class Block:
    """A Markdown/text block: ``start:end`` is its content, ``line_start`` its first line."""

    kind: BlockKind
    start: int
    end: int
    line_start: int
    level: int = 0  # heading level, or the indent width of a list item
    marker: str = ""  # "##", "=", "-", "*", "1.", "2)" ...
    marker_start: int = 0


_ATX = re.compile(r"( {0,3})(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|[ \t]+$")
_SETEXT = re.compile(r" {0,3}(={2,}|-{2,})[ \t]*")
# Plain text (and reStructuredText) underlines titles with any repeated punctuation.
_UNDERLINE = re.compile(r"[ \t]*([=\-~^+*#\"'`:.])\1{2,}[ \t]*")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_ITEM = re.compile(r"([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
_TABLE = re.compile(r"[ \t]*\|")
_QUOTE = re.compile(r" {0,3}>[ \t]?")


def blocks(masked: str, *, markdown: bool) -> list[Block]:
    """The chunk's blocks in order (Markdown syntax only when ``markdown``)."""
    out: list[Block] = []
    cur: Block | None = None  # the paragraph, item or quote still growing
    prev_blank = True
    offset = 0
    for line in masked.splitlines(keepends=True):
        start, body = offset, line.rstrip("\r\n")
        offset += len(line)
        end = start + len(body.rstrip())
        if not body.strip():
            _close(out, cur)
            prev_blank, cur = True, None
            continue
        if cur and (mark := _underline(cur, body, markdown)):
            level = 1 if mark == "=" else 2
            out.append(replace(cur, kind="heading", level=level, marker=mark,
                               marker_start=start + body.index(mark)))  # fmt: skip
            cur = None
        elif cur is not None and _continues(cur, body, prev_blank, markdown):
            cur = replace(cur, end=end)
        else:
            _close(out, cur)
            cur = _start(body, start, end, markdown, out)
        prev_blank = False
    _close(out, cur)
    return out if markdown else _plain_text_headings(masked, out)


def _underline(cur: Block, body: str, markdown: bool) -> str:
    """The mark of a line that turns the paragraph above into a heading, else ''.

    Markdown underlines with = or -; plain text (and reStructuredText) with any repeated
    mark, under a short line that may also read as an item ("1. Scope").
    """
    if markdown:
        m = _SETEXT.fullmatch(body) if cur.kind == "paragraph" else None
    else:
        short = cur.kind in ("paragraph", "item") and cur.end - cur.line_start <= 100
        m = _UNDERLINE.fullmatch(body) if short else None
    return m.group(1)[0] if m else ""


def _starts_block(body: str, markdown: bool) -> bool:
    if _ITEM.match(body) or not body.replace(PLACEHOLDER, "").strip():
        return True
    return markdown and bool(
        _ATX.match(body) or _TABLE.match(body) or _QUOTE.match(body) or _RULE.fullmatch(body)
    )


def _start(body: str, start: int, end: int, markdown: bool, out: list[Block]) -> Block | None:
    """Classify a line that begins a block: append it if complete, else return it to grow."""
    if not body.replace(PLACEHOLDER, "").strip():
        out.append(Block("code", start, end, start))
    elif markdown and (m := _ATX.match(body)):
        content_end = start + m.end() + len(_ATX_CLOSE.sub("", body[m.end() :]))
        out.append(Block("heading", start + m.end(), content_end, start, len(m.group(2)),
                         m.group(2), start + m.end(1)))  # fmt: skip
    elif _RULE.fullmatch(body) if markdown else _UNDERLINE.fullmatch(body):
        out.append(Block("rule", start, end, start))
    elif markdown and _TABLE.match(body):
        out.append(Block("table", start + body.index("|"), end, start))
    elif markdown and (m := _QUOTE.match(body)):
        return Block("quote", start + m.end(), end, start)
    elif m := _ITEM.match(body):
        indent = len(m.group(1).expandtabs(4))
        return Block("item", start + m.end(), end, start, indent, m.group(2), start + m.end(1))
    else:
        lead = len(body) - len(body.lstrip())
        return Block("paragraph", start + lead, end, start)
    return None


def _continues(cur: Block, body: str, prev_blank: bool, markdown: bool) -> bool:
    """Quote lines continue a quote; unmarked lines a paragraph or (indented) a list item."""
    if cur.kind == "quote" and _QUOTE.match(body):
        return True
    if _starts_block(body, markdown):
        return False
    if not prev_blank and cur.kind in ("paragraph", "item", "quote"):
        return True
    return cur.kind == "item" and body.startswith(("  ", "\t"))


def _close(out: list[Block], cur: Block | None) -> None:
    if cur is not None:
        out.append(cur)


_NUMBERED = re.compile(r"(\d+(?:\.\d+)*)\.?[ \t]+")
# "Attendees: Sofia, Ravi": a field of a header block, not a heading.
_FIELD = re.compile(r"[A-Z][\w ]{0,20}:[ \t]+\S.*,")


def _plain_text_headings(masked: str, found: list[Block]) -> list[Block]:
    """In plain text a short, isolated line without closing punctuation is a heading."""
    out = []
    for i, b in enumerate(found):
        line = masked[b.line_start : b.end]
        single = "\n" not in line and len(line) <= 80 and count_words(line) <= 10
        isolated = b.kind == "paragraph" or (
            b.kind == "item"
            and b.marker[0].isdigit()
            and (i == 0 or found[i - 1].kind != "item")
            and (i + 1 == len(found) or found[i + 1].kind != "item")
        )
        stripped = line.strip()
        if (
            single
            and isolated
            and not _FIELD.match(stripped)
            and stripped
            and (stripped[0].isupper() or stripped[0].isdigit())
            and stripped[-1] not in ".,;!?"
            and any(c.isalpha() for c in stripped)
        ):
            numbered = _NUMBERED.match(stripped)
            level = numbered.group(1).count(".") + 2 if numbered else 2
            lead = len(line) - len(line.lstrip())
            out.append(Block("heading", b.line_start + lead, b.end, b.line_start, level, "", 0))
        else:
            out.append(b)
    return out
