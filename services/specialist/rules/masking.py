"""Masking what is not prose in a chunk: code, URLs, addresses, identifiers and markup.

Masking keeps every offset: a masked character becomes PLACEHOLDER (newlines stay), so a
regex run over the masked text reports offsets that are valid in the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PLACEHOLDER = "\x00"

_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_LINE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_URL = re.compile(r"\b(?:https?|ftp|file)://[^\s<>\"'`\x00]+|\bwww\.[^\s<>\"'`\x00]+")
_URL_TAIL = re.compile(r"[.,;:!?'\")\]}]+$")
# Each pattern with a string every match of it holds: a chunk without it is not searched.
_ALWAYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("@", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),  # e-mail addresses
    ("/", re.compile(r"(?<![\w/])(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)+/?")),  # paths
    ("_", re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")),  # snake_case identifiers
    ("&", re.compile(r"&(?:[A-Za-z]+|#\d+);")),  # HTML entities
)
_MARKDOWN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("<!--", re.compile(r"<!--.*?-->", re.S)),
    ("<", re.compile(r"<(?:https?|mailto):[^>\s]+>")),
    ("<", re.compile(r"</?[A-Za-z][^<>\n]*>")),
    ("![", re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")),  # images
    ("[^", re.compile(r"\[\^[^\]\n]+\]")),  # footnote references
    ("]:", re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)),  # link reference definitions
)
_PLAIN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (".. ", re.compile(r"^[ \t]*\.\. [\w:-]+::.*$", re.M)),  # reStructuredText directives
    (":", re.compile(r"^[ \t]*:[\w -]+:(?:[ \t].*)?$", re.M)),  # reStructuredText field lists
    (" ", re.compile(r"^[ \t]*(?:>>>|\.\.\.|\$) .*$", re.M)),  # interpreter and shell sessions
)
_LINK = re.compile(r"(\[)[^\[\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)


def mask(text: str, *, markdown: bool) -> str:
    """``text`` with code, URLs, addresses, identifiers and markup replaced by PLACEHOLDER."""
    chars = list(text)
    joined: list[str] = [text]  # the text as blanked so far; emptied by every blank

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = PLACEHOLDER
        joined.clear()

    def current() -> str:
        if not joined:
            joined.append("".join(chars))
        return joined[0]

    _mask_code_blocks(text, blank, markdown=markdown)
    masked = current()
    if "`" in text:
        for m in _CODE_SPAN.finditer(masked):
            if "\n\n" not in m.group(0):
                blank(m.start(), m.end())
    if "://" in text or "www." in text:
        for m in _URL.finditer(masked):
            url = _URL_TAIL.sub("", m.group(0))
            if url.count("(") > url.count(")") and m.group(0)[len(url) :].startswith(")"):
                url += ")"  # a URL with balanced parentheses, e.g. a wiki page
            blank(m.start(), m.start() + len(url))
    for needs, rx in _ALWAYS + (_MARKDOWN if markdown else _PLAIN):
        if needs in text:
            for m in rx.finditer(current()):
                blank(m.start(), m.end())
    if markdown and ("](" in text or "][" in text):
        for m in _LINK.finditer(current()):
            blank(m.start(1), m.end(1))
            blank(m.start(2), m.end(2))
    return current()


_CODE_LINE = re.compile(
    r"[=(){}\[\];<>]|^\s*(?:def|class|import|from|for|if|return|var|let|const|function)\b"
)


_INDENT = re.compile(r"^[^\S\n]", re.M)  # a line that starts with white space


def _looks_like_code(line: str) -> bool:
    return bool(_CODE_LINE.search(line))


_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def _mask_code_blocks(text: str, blank: Callable[[int, int], None], *, markdown: bool) -> None:
    """Fenced code (any format); front matter and indented code blocks (Markdown)."""
    if not (text.startswith("---\n") or "```" in text or "~~~" in text or _INDENT.search(text)):
        return  # no fence, no front matter, no indented line: no code block
    offset = 0
    if markdown and text.startswith("---\n"):
        close = _FRONT_MATTER_END.search(text[4:])
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
