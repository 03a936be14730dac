"""The structure lens: title, heading levels, empty sections, long paragraphs and sections,
list consistency and a closing section, judged per chunk with the document position it has."""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.contract.models import Severity
from services.contract.text import count_words
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.blocks import Block
from services.specialist.rules.scan import scan_chunk
from services.specialist.rules.shape import (
    attached_heading,
    change_log_section,
    closing_section,
    ends_on_what_next,
    introducing,
    letter_opening,
    part_of_a_document,
    procedure,
    reference_document,
    signed_off,
    step_heading,
    title_line,
)

_CLOSING_CUE = re.compile(
    r"\b(?:in conclusion|in summary|to summari[sz]e|to sum up|to conclude|overall|in short|"
    r"all in all|in closing|ultimately|finally|the key takeaway|next steps?|going forward)\b",
    re.IGNORECASE,
)
# A last paragraph that tells the reader whom to ask ("Questions can be sent to
# libraries@...", "call us on 0800 ..."): the closing of a notice.
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?:call|phone|ring|text)\b[^.\n]{0,40}\d{3}|"
    r"\bext(?:ension|\.)?[ \t]*\d{3,}|"
    r"\b(?:questions|queries|problems)[ \t]+(?:can|should|may)[ \t]+(?:go|be[ \t]+sent|"
    r"be[ \t]+directed|be[ \t]+addressed)[ \t]+to\b",
    re.IGNORECASE,
)
_VERSIONED = re.compile(r"\d")
# "Date: 8 February" under a plain-text title is a field line, not a subheading.
_FIELD_LINE = re.compile(r"[A-Z][\w ]{0,20}:[ \t]+\S")
_EMOJI = re.compile(r":[\w+-]+:$")
LEAD_IN_WORDS = 5  # a heading with a colon ("Equipment needed:") is shorter
_BREAKS_LIST = ("paragraph", "heading", "table", "quote", "rule")


def _line(masked: str, b: Block) -> tuple[int, int]:
    """The span of a block's first line (markers included)."""
    end = masked.find("\n", b.line_start, b.end)
    return b.line_start, b.end if end < 0 else end


def _title_of(text: str, b: Block) -> str:
    title = text[b.start : b.end].split("\n")[0].strip()
    return title if len(title) <= 60 else title[:57] + "..."


def _missing_title(text: str, masked: str, found: list[Block], ctx: LensContext) -> list[Finding]:
    if not ctx.first or (ctx.markdown and re.match(r"---\n(?:.*\n)*?title:", text)):
        return []
    content = [b for b in found if b.kind not in ("code", "rule")]
    while ctx.markdown and content and _badges(text[content[0].start : content[0].end]):
        content = content[1:]  # a README's badges or logo above its title
    if not content or (ctx.markdown and _html(text[content[0].start : content[0].end])):
        return []  # an HTML banner is the title a README shows
    first = content[0]
    severity: Severity = "info" if ctx.title else "warning"
    if first.kind == "heading" and (
        first.level == 1 or not ctx.markdown or part_of_a_document(text[first.start : first.end])
    ):
        return []  # "## 3. Methods": a section sent on its own, under the proposal's title
    if letter_opening(masked) or (not ctx.markdown and title_line(masked, first)):
        return []  # a letter has no title; a plain-text title may be long or quote a name
    a, e = _line(masked, first)
    if first.kind == "heading":
        msg = f"The document starts with a level-{first.level} heading; give it a '# Title' first"
    elif ctx.markdown:
        msg = "No title: start the document with a '# Title' heading"
    else:
        msg = "No title: start the document with a short title line"
    return [Finding(a, e, "structure/missing-title", msg, severity)]


# An image, a linked image (a badge), or an HTML tag.
_DECORATION = re.compile(r"\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|<[^>]*>")


def _badges(block: str) -> bool:
    """A block of images and links to them only: badges, a logo."""
    return "![" in block and not _DECORATION.sub("", block).strip()


def _html(block: str) -> bool:
    """A block written in HTML: it opens and closes with a tag."""
    stripped = block.strip()
    return stripped.startswith("<") and stripped.endswith(">")


def _level_of(heading: str | None) -> int | None:
    m = re.match(r"\s*(#{1,6})\s", heading or "")
    return len(m.group(1)) if m else None


def _subheading_level(masked: str, found: list[Block], i: int, ctx: LensContext) -> int | None:
    """The level of the heading right after heading ``found[i]`` (no prose between), else None."""
    sub = _subheading(masked, found, i, ctx)
    return sub[0] if sub else None


def _subheading(
    masked: str, found: list[Block], i: int, ctx: LensContext
) -> tuple[int, str] | None:
    """The level and name of the heading right after heading ``found[i]`` (no prose between)."""
    nxt = next((n for n in found[i + 1 :] if n.kind != "rule"), None)
    if nxt is None:
        # The heading ends the chunk: the next chunk starts right after it.
        level = None if ctx.last else _level_of(ctx.next_heading)
        return None if level is None else (level, ctx.next_heading or "")
    if nxt.kind != "heading" or (
        not ctx.markdown
        and (_FIELD_LINE.match(masked, nxt.line_start) or _lead_in(masked[nxt.start : nxt.end]))
    ):
        return None
    return nxt.level, masked[nxt.start : nxt.end]


def _lead_in(line: str) -> bool:
    """A plain-text line that ends with a colon and reads as a sentence ("The grant would cover
    the following costs:") leads into a list; it is not a subheading."""
    line = line.strip()
    return line.endswith(":") and count_words(line) >= LEAD_IN_WORDS


def _introduced(text: str, masked: str, found: list[Block], i: int, ctx: LensContext) -> bool:
    """The document's title going straight into a section that introduces it ("Summary"), a
    plain-text subtitle line ("Ridgeway Logistics, Northampton"), or a title over a section
    that itself goes straight into a subheading (that section is the one to report)."""
    if not (ctx.first and i == next(k for k, b in enumerate(found) if b.kind != "rule")):
        return False
    nxt = next((n for n in found[i + 1 :] if n.kind != "rule"), None)
    if nxt is None:  # the title ends the chunk: the next chunk starts with its section
        return introducing(ctx.next_heading or "")
    name = text[nxt.start : nxt.end]
    if introducing(name) or (not ctx.markdown and "," in name):
        return True
    if nxt.kind == "heading" and change_log_section(name):
        return True  # release notes open with their first list of changes
    if nxt.kind == "heading" and name.rstrip().endswith("?"):
        return True  # questions and answers open on their first question, answered under it
    return _subheading_level(masked, found, found.index(nxt), ctx) is not None


def _headings(text: str, masked: str, found: list[Block], ctx: LensContext) -> list[Finding]:
    out = []
    heads = [b for b in found if b.kind == "heading"]
    # A chunk starts at its own heading, so the level to compare with is the one before it.
    previous = _level_of(ctx.previous_heading) if ctx.markdown else None
    for b in heads:
        if ctx.markdown and previous is not None and b.level > previous + 1:
            fix = "#" * (previous + 1) if b.marker.startswith("#") else None
            span = (b.marker_start, b.marker_start + len(b.marker)) if fix else _line(masked, b)
            out.append(
                Finding(*span, "structure/heading-jump",
                        f"Heading level jumps from {previous} to {b.level}; use level "
                        f"{previous + 1} (no skipped levels)", "warning", fix)
            )  # fmt: skip
        previous = b.level
        title = text[b.start : b.end]
        # "Results." or "Steps:" — but not "etc..." or an emoji code like ":fire:".
        stripped = title.rstrip()
        if ctx.markdown and re.search(r"[^.:][.:]$", stripped) and not _EMOJI.search(stripped):
            end = b.start + len(title.rstrip())
            out.append(
                Finding(end - 1, end, "structure/heading-punctuation",
                        "Headings do not end with a period or colon", "info", "")
            )  # fmt: skip
    empty: list[list[Block]] = []  # runs of empty sections, one after the other
    last_empty = -2  # index in ``found`` of the last empty section
    for i, b in enumerate(found):
        sub = _subheading(masked, found, i, ctx) if b.kind == "heading" else None
        if sub is None or _introduced(text, masked, found, i, ctx):
            continue
        level, sub_name = sub
        if level > b.level and change_log_section(text[b.start : b.end]):
            continue  # "## New" over "### Recurring invoices": release notes, one per change
        if (
            level > b.level
            and _VERSIONED.search(masked, b.start, b.end)
            and change_log_section(sub_name.strip().lstrip("#").strip())
        ):
            continue  # "## 3.2.0" over "### Fixed": a release is introduced by its changes
        if level > b.level or not ctx.markdown:
            a, e = _line(masked, b)
            out.append(
                Finding(a, e, "structure/missing-intro",
                        f"'{_title_of(text, b)}' goes straight into a subheading; add a "
                        "sentence that introduces the section", "info")
            )  # fmt: skip
        elif last_empty == i - 1:
            empty[-1].append(b)
            last_empty = i
        else:
            empty.append([b])
            last_empty = i
    return out + [_empty_sections(text, masked, run) for run in empty]


def _empty_sections(text: str, masked: str, run: list[Block]) -> Finding:
    """One finding for a run of empty sections: an editor marks "these 300 headings have
    nothing under them" once, not 300 times (and a hostile document cannot fan one chunk
    out into thousands of findings)."""
    # Marked at the first heading of the run: the whole run would copy every heading into
    # the finding's ``original`` (a 2,000-character chunk of empty headings, 40 times).
    a, e = _line(masked, run[0])
    first = _title_of(text, run[0])
    if len(run) == 1:
        return Finding(a, e, "structure/empty-section", f"Section '{first}' is empty", "warning")
    last = _title_of(text, run[-1])
    return Finding(a, e, "structure/empty-section",
                   f"{len(run)} sections in a row are empty, from '{first}' to '{last}'",
                   "warning")  # fmt: skip


def _lengths(text: str, masked: str, found: list[Block], ctx: LensContext) -> list[Finding]:
    out: list[Finding] = []
    para_limit = ctx.options.max_paragraph_words
    section_limit = ctx.options.max_section_words
    counted = [b for b in found if b.kind not in ("heading", "code")]  # the words of sections
    # Words are one character or more with one between: a chunk whose blocks hold too few
    # characters for a long paragraph or section is not counted (most are).
    if sum((b.end - b.start + 1) // 2 for b in counted) <= min(para_limit, section_limit):
        return out
    # Each block's words, counted once for its paragraph and its section.
    counts = [0 if b.kind in ("heading", "code") else count_words(masked[b.start : b.end])
              for b in found]  # fmt: skip
    for b, n in zip(found, counts, strict=True):
        if b.kind in ("paragraph", "quote") and n > para_limit:
            out.append(
                Finding(b.start, b.end, "structure/long-paragraph",
                        f"Paragraph of {n} words; split it (aim for at most {para_limit})",
                        "warning")
            )  # fmt: skip
    section: Block | None = None
    words = 0
    ends: list[Block | None] = [*found, None]
    for nxt, n in zip(ends, [*counts, 0], strict=True):
        if nxt is None or nxt.kind == "heading":
            # A letter or an essay without headings runs as prose: only a document that has
            # sections is asked to break a long one up.
            if words > section_limit and (section is not None or ctx.heading):
                anchor = section or next(x for x in found if x.kind != "heading")
                name = _title_of(text, section) if section else (ctx.heading or "this section")
                out.append(
                    Finding(*_line(masked, anchor), "structure/long-section",
                            f"Section '{name.lstrip('# ')}' runs {words} words without a "
                            "subheading; break it up", "info")
                )  # fmt: skip
            section, words = nxt, 0
        else:
            words += n
    return out


def _list_runs(masked: str, found: list[Block]) -> Iterator[tuple[int, list[Block]]]:
    """Runs of list items with the index of their first block.

    Code blocks between items do not end a run (steps with code in between); a blank line
    followed by the other kind of list (bullets vs numbers) starts a new one.
    """
    run: list[Block] = []
    start = 0
    for i, b in enumerate(found):
        if b.kind == "item":
            if run and _new_list(masked, run[-1], b):
                yield start, run
                run = []
            if not run:
                start = i
            run.append(b)
        elif b.kind in _BREAKS_LIST and run:
            yield start, run
            run = []
    if run:
        yield start, run


def _new_list(masked: str, prev: Block, item: Block) -> bool:
    switched = prev.marker[0].isdigit() != item.marker[0].isdigit()
    blank = re.search(r"\n[ \t]*\n", masked[prev.end : item.line_start]) is not None
    return switched and blank and prev.level == item.level


def _sublists(run: list[Block]) -> list[list[Block]]:
    """Split a run into lists by indent: nested items form their own lists."""
    done: list[list[Block]] = []
    open_lists: dict[int, list[Block]] = {}
    for item in run:
        for indent in [i for i in open_lists if i > item.level]:
            done.append(open_lists.pop(indent))
        open_lists.setdefault(item.level, []).append(item)
    return done + list(open_lists.values())


def _lists(masked: str, found: list[Block], ctx: LensContext) -> list[Finding]:
    out = []
    for index, run in _list_runs(masked, found):
        at_start = index == 0 and not ctx.first
        # A list that ends the chunk may go on in the next one, unless the chunk is just a
        # heading and this list: the section is that short, and the next chunk a new section.
        only_section = index == 1 and found[0].kind == "heading"
        # Nor when the next chunk starts with a heading: the list cannot go on there.
        at_end = (
            found.index(run[-1]) == len(found) - 1
            and not ctx.last
            and not only_section
            and not ctx.next_heading
        )
        # A changelog entry ("## 1.4.2", "## 2024-05-01", "Fixed") may hold a single change.
        head = found[index - 1] if index > 0 and found[index - 1].kind == "heading" else None
        after_heading = head is not None and (
            _VERSIONED.search(masked, head.start, head.end) is not None
            or change_log_section(masked[head.start : head.end])
        )
        if len(run) == 1 and not (at_start or at_end or after_heading):
            b = run[0]
            # "1. Boat shed repairs\nDeclan reported ...": in plain text, a numbered section.
            section = not ctx.markdown and attached_heading(masked, b) is not None
            if (not b.marker[0].isdigit() or b.marker[:-1] == "1") and not section:
                out.append(
                    Finding(b.marker_start, b.end, "structure/orphan-list",
                            "A list with one item reads better as a sentence", "info")
                )  # fmt: skip
        for items in _sublists(run):
            out += _markers(items)
    return out


def _markers(items: list[Block]) -> list[Finding]:
    out = []
    bullets = [b for b in items if not b.marker[0].isdigit()]
    numbered = [b for b in items if b.marker[0].isdigit()]
    if bullets and numbered:
        minority = bullets if len(bullets) < len(numbered) else numbered
        for b in minority:
            out.append(
                Finding(b.marker_start, b.marker_start + len(b.marker), "structure/list-markers",
                        "This list mixes bullets and numbers; pick one", "warning")
            )  # fmt: skip
        return out
    if bullets:
        want = bullets[0].marker
        for b in bullets[1:]:
            if b.marker != want:
                out.append(
                    Finding(b.marker_start, b.marker_start + 1, "structure/list-markers",
                            f"This list mixes '{want}' and '{b.marker}' markers; use '{want}'",
                            "info", want)
                )  # fmt: skip
        return out
    delim = numbered[0].marker[-1]
    numbers = [int(b.marker[:-1]) for b in numbered]
    lazy = len(set(numbers)) == 1  # "1." on every item is valid Markdown
    for k, b in enumerate(numbered):
        expected = numbers[0] if lazy else numbers[0] + k
        if b.marker[-1] != delim or int(b.marker[:-1]) != expected:
            out.append(
                Finding(b.marker_start, b.marker_start + len(b.marker), "structure/list-numbering",
                        f"Numbering is inconsistent here; expected '{expected}{delim}'",
                        "warning", f"{expected}{delim}")
            )  # fmt: skip
    return out


def _conclusion(text: str, masked: str, found: list[Block], ctx: LensContext) -> list[Finding]:
    if not ctx.last:
        return []
    if ctx.doc_words:
        long = ctx.doc_words >= ctx.options.min_words_for_conclusion
    else:
        # Tasks that do not carry the document's word count: judge by chunks.
        long = ctx.chunks_total >= ctx.options.min_chunks_for_conclusion
    if not long:
        return []
    own = _section_names(text, masked, found, ctx)
    # The section the document ends with (a chunk may hold several) or the title closes it.
    last_section = own[-1] if own else ctx.heading
    if any(closing_section(h) for h in (last_section, ctx.title) if h):
        return []
    # The document's own title counts as the client's would: a last chunk cannot see it.
    headings = own + [h for h in (ctx.heading, ctx.title, ctx.doc_title) if h]
    if signed_off(masked) or reference_document(headings):
        return []  # a letter closes with its sign-off; a policy or release notes need none
    title = ctx.document_title or (headings[0] if headings and ctx.first else "")
    if (
        procedure(ctx.document_title or (headings[0] if headings else ""))
        or (last_section and step_heading(last_section))
        or (title and step_heading(title))
    ):
        # A how-to ends with its last step ("## Put the cover back") or its after-care; one
        # titled as an instruction ("Change the email address on your account") too.
        return []
    if part_of_a_document(title):
        return []  # "Methods": one part of a proposal or a paper
    asked = [ctx.previous_heading or ""] + [
        text[b.start : b.end] for b in found if b.kind == "heading"
    ]
    if len(asked) >= 2 and all(h.rstrip().endswith("?") for h in asked[-2:]):
        return []  # questions and answers: each answer stands alone
    prose = [b for b in found if b.kind in ("paragraph", "quote", "item")]
    if not prose or any(_CLOSING_CUE.search(masked, b.start, b.end) for b in prose[-3:]):
        return []
    if ends_on_what_next(masked, prose):
        return []
    last = prose[-1]
    if _CONTACT.search(text, last.start, last.end):
        return []  # "Questions can be sent to ...": the notice closes by saying whom to ask
    return [
        Finding(last.start, last.end, "structure/missing-conclusion",
                "A document this long should end with a conclusion, summary or next steps",
                "info")
    ]  # fmt: skip


def _section_names(text: str, masked: str, found: list[Block], ctx: LensContext) -> list[str]:
    """The chunk's headings in order; in plain text also those on top of their paragraph
    ("Budget\nHall hire ...")."""
    if ctx.markdown:
        return [text[b.start : b.end] for b in found if b.kind == "heading"]
    names = []
    for b in found:
        name = text[b.start : b.end] if b.kind == "heading" else None
        if b.kind in ("paragraph", "item"):  # "5. Expected outcomes\nThe project will"
            name = attached_heading(masked, b)
        if name:
            names.append(name)
    return names


# A line that opens a change log's entry: "pam (1.1.2-1) unstable; urgency=low", "version
# 0.2.1 (28-July-2005):", "Noteworthy changes in release 2.1.0", a version alone ("3.20").
_VERSION_LINE = re.compile(
    r"^[ \t]*(?:\S+ \([^)\n]*\d[^)\n]*\) [\w.-]+; urgency=|"
    r"(?:version|release|changes in|noteworthy changes in|overview of changes)\b[^\n]*\d\.\d|"
    r"v?\d+(?:\.\d+)+[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# What a change log does by design: an entry of one item, no introduction under a version,
# no closing words.
_CHANGE_LOG_SHAPES = frozenset(
    {"structure/orphan-list", "structure/missing-intro", "structure/missing-conclusion"}
)


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Structure findings for one chunk (local offsets)."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    masked, found = scan.masked, list(scan.blocks)
    out = (
        _missing_title(text, masked, found, ctx)
        + _headings(text, masked, found, ctx)
        + _lengths(text, masked, found, ctx)
        + _lists(masked, found, ctx)
        + _conclusion(text, masked, found, ctx)
    )
    if len(_VERSION_LINE.findall(masked)) >= 3:  # a change log: entries under versions
        out = [f for f in out if f.rule not in _CHANGE_LOG_SHAPES]
    return out
