"""Scanning a chunk: masking what is not prose (code, URLs, markup), then blocks, sentences, words.

Masking keeps every offset: a masked character becomes PLACEHOLDER (newlines stay), so a
regex run over the masked text reports offsets that are valid in the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

PLACEHOLDER = "\x00"
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# -- masking ----------------------------------------------------------------------------

_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_LINE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_URL = re.compile(r"\b(?:https?|ftp|file)://[^\s<>\"'`\x00]+|\bwww\.[^\s<>\"'`\x00]+")
_URL_TAIL = re.compile(r"[.,;:!?'\")\]}]+$")
_ALWAYS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"(?<![\w/])(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)+/?"),  # paths
    re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b"),  # snake_case identifiers
    re.compile(r"&(?:[A-Za-z]+|#\d+);"),  # HTML entities
)
_MARKDOWN: tuple[re.Pattern[str], ...] = (
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"<(?:https?|mailto):[^>\s]+>"),
    re.compile(r"</?[A-Za-z][^<>\n]*>"),
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # images
    re.compile(r"\[\^[^\]\n]+\]"),  # footnote references
    re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M),  # link reference definitions
)
_PLAIN: tuple[re.Pattern[str], ...] = (
    re.compile(r"^[ \t]*\.\. [\w:-]+::.*$", re.M),  # reStructuredText directives
    re.compile(r"^[ \t]*:[\w -]+:(?:[ \t].*)?$", re.M),  # reStructuredText field lists
    re.compile(r"^[ \t]*(?:>>>|\.\.\.|\$) .*$", re.M),  # interpreter and shell sessions
)
_LINK = re.compile(r"(\[)[^\[\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)


def mask(text: str, *, markdown: bool) -> str:
    """``text`` with code, URLs, addresses, identifiers and markup replaced by PLACEHOLDER."""
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = PLACEHOLDER

    _mask_code_blocks(text, blank, markdown=markdown)
    masked = "".join(chars)
    for m in _CODE_SPAN.finditer(masked):
        if "\n\n" not in m.group(0):
            blank(m.start(), m.end())
    for m in _URL.finditer(masked):
        url = _URL_TAIL.sub("", m.group(0))
        if url.count("(") > url.count(")") and m.group(0)[len(url) :].startswith(")"):
            url += ")"  # a URL with balanced parentheses, e.g. a wiki page
        blank(m.start(), m.start() + len(url))
    patterns = _ALWAYS + (_MARKDOWN if markdown else _PLAIN)
    for rx in patterns:
        for m in rx.finditer("".join(chars)):
            blank(m.start(), m.end())
    if markdown:
        for m in _LINK.finditer("".join(chars)):
            blank(m.start(1), m.end(1))
            blank(m.start(2), m.end(2))
    return "".join(chars)


_CODE_LINE = re.compile(
    r"[=(){}\[\];<>]|^\s*(?:def|class|import|from|for|if|return|var|let|const|function)\b"
)


def _looks_like_code(line: str) -> bool:
    return bool(_CODE_LINE.search(line))


def _mask_code_blocks(text: str, blank: Callable[[int, int], None], *, markdown: bool) -> None:
    """Fenced code (any format); front matter and indented code blocks (Markdown)."""
    offset = 0
    if markdown and text.startswith("---\n"):
        close = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
        if close:
            offset = 4 + close.end()
            blank(0, offset)
    fence = ""
    prev_blank, context, last, item_indent = True, "none", "", 0
    for line in text[offset:].splitlines(keepends=True):
        start, body = offset, line.rstrip("\r\n")
        offset += len(line)
        if fence:
            blank(start, start + len(body))
            if re.fullmatch(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*", body):
                fence = ""
            continue
        opening = _FENCE_OPEN.match(body)
        if opening and not (opening.group(1)[0] == "`" and "`" in body[opening.end() :]):
            fence = opening.group(1)
            blank(start, start + len(body))
            continue
        if not body.strip():
            prev_blank = True
            continue
        width = len(body.expandtabs(4)) - len(body.expandtabs(4).lstrip())
        # Inside a list item, code is indented 4 past the item's text (CommonMark).
        indented = width >= (item_indent + 4 if context == "list" else 4)
        # In plain text an indented block is code when a colon introduces it ("run this::")
        # or it reads like code; indented prose paragraphs stay prose.
        opens_code = markdown or last.endswith(":") or _looks_like_code(body)
        if indented and (context == "code" or (prev_blank and opens_code)):
            blank(start, start + len(body))
            context = "code"
        elif item := _LIST_LINE.match(body):
            context, item_indent = "list", len(item.group(0).expandtabs(4)) - 1
        elif not (context == "list" and (width > 0 or not prev_blank)):
            context = "text"
        prev_blank, last = False, body.rstrip()


# -- blocks -----------------------------------------------------------------------------

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


def _plain_text_headings(masked: str, found: list[Block]) -> list[Block]:
    """In plain text a short, isolated line without closing punctuation is a heading."""
    out = []
    for i, b in enumerate(found):
        line = masked[b.line_start : b.end]
        single = "\n" not in line and len(line) <= 80 and len(WORD.findall(line)) <= 10
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


# -- sentences and words ------------------------------------------------------------------

# "..." and "?!" end sentences; ".." (a reStructuredText directive) does not.
_TERMINATOR = re.compile(r"(?:\.{3,}|…|[!?]+\.?|(?<!\.)\.(?!\.))[\"'”’)\]]*(?=\s|$)")
_ABBREVIATIONS = (
    "mr mrs ms dr prof st sr jr vs e.g i.e cf approx fig figs eq no vol pp p al ca inc ltd"
)
_NEVER_END = frozenset(_ABBREVIATIONS.split())
_MAY_END = frozenset(["etc"])


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
    term = m.group(0).rstrip("\"'”’)]")
    if term in ("...", "…"):
        return next_upper
    if term != ".":
        return True
    word = re.search(r"(\S+)$", masked[: m.start()])
    token = word.group(1).lower().lstrip("(\"'“") if word else ""
    if token in _NEVER_END or (len(token) == 1 and token.isalpha()):
        return False
    if token in _MAY_END:
        return next_upper
    return True


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]`` as matches (offsets into ``text``)."""
    return WORD.finditer(text, start, len(text) if end is None else end)


def count_words(text: str) -> int:
    """How many words ``text`` has (masked text: code and URLs do not count)."""
    return len(WORD.findall(text))


def prose(masked: str, start: int = 0, end: int | None = None) -> str:
    """The readable text of a span: masked parts and Markdown emphasis removed."""
    text = masked[start : len(masked) if end is None else end].replace(PLACEHOLDER, "")
    text = re.sub(r"(?<!\w)[*_]+|[*_]+(?!\w)", "", text)
    return re.sub(r"\s+", " ", text).strip()
