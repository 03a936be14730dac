"""The chunk scan (masking, blocks, sentences); and turning findings into Suggestions."""

from __future__ import annotations

import random
import re

import pytest

from services.contract.models import Chunk
from services.specialist.findings import Finding, FindingOutOfRange, LensContext, to_suggestions
from services.specialist.rules.blocks import blocks
from services.specialist.rules.edits import deletion
from services.specialist.rules.lenses import RAW_ANALYZERS
from services.specialist.rules.masking import PLACEHOLDER, mask
from services.specialist.rules.scan import _token_before, prose_words, scan_chunk, sentences

DOC = """---
title: x
---
# Title

See `code here` and https://example.com/a_(b). Mail me@example.com.

    indented code

- item *one*
  continued
* other

| a | b |
> quoted

Setext heading
--------------
[link text](http://x.y) and ![img](a.png)
```python
fenced
```
"""


def test_masking_keeps_every_offset_and_line() -> None:
    masked = mask(DOC, markdown=True)
    assert len(masked) == len(DOC)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [
        i for i, c in enumerate(DOC) if c == "\n"
    ]
    for hidden in ("code here", "https://example.com/a_(b)", "me@example.com", "indented code",
                   "title: x", "fenced", "http://x.y", "a.png"):  # fmt: skip
        start = DOC.index(hidden)
        assert set(masked[start : start + len(hidden)]) == {PLACEHOLDER}, hidden
    for kept in ("See", "link text", "item *one*", "quoted", "Setext heading"):
        assert kept in masked


def test_plain_text_keeps_markdown_characters_but_hides_urls() -> None:
    text = "# not a heading\nVisit www.example.org today."
    masked = mask(text, markdown=False)
    assert masked.startswith("# not a heading")
    assert "www.example.org" not in masked and "today." in masked


def test_blocks_follow_markdown_structure() -> None:
    found = blocks(mask(DOC, markdown=True), markdown=True)
    kinds = [(b.kind, DOC[b.start : b.end].split("\n")[0]) for b in found if b.kind != "code"]
    assert kinds == [
        ("heading", "Title"),
        ("paragraph", "See `code here` and https://example.com/a_(b). Mail me@example.com."),
        ("item", "item *one*"),
        ("item", "other"),
        ("table", "| a | b |"),
        ("quote", "quoted"),
        ("heading", "Setext heading"),
        ("paragraph", "[link text](http://x.y) and ![img](a.png)"),
    ]
    items = [b for b in found if b.kind == "item"]
    assert [b.marker for b in items] == ["-", "*"]
    assert DOC[items[0].start : items[0].end] == "item *one*\n  continued"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith came. He left.", ["Mr. Smith came.", "He left."]),
        ("Use e.g. this one. Then stop!", ["Use e.g. this one.", "Then stop!"]),
        ("Wait... and see. Done?", ["Wait... and see.", "Done?"]),
        ("Version 3.5 works. Yes.", ["Version 3.5 works.", "Yes."]),
        ("Apples, pears etc. are fruit.", ["Apples, pears etc. are fruit."]),
        ("We meet at 9 a.m. to plan. Bring tea.", ["We meet at 9 a.m. to plan.", "Bring tea."]),
        ("It starts at 9 a.m. Bring tea.", ["It starts at 9 a.m.", "Bring tea."]),
        ("Sales in the U.S. rose. Costs fell.", ["Sales in the U.S. rose.", "Costs fell."]),
    ],
)
def test_sentences_split_at_real_ends_only(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == expected


def test_suggestions_carry_absolute_offsets_and_the_original_text() -> None:
    document = "Intro paragraph.\n\nWe recieve the the mail."
    start = document.index("We")
    chunk = Chunk(chunk_id=3, start=start, end=len(document), text=document[start:])
    local = [
        Finding(3, 10, "grammar/spelling", "misspelled", "error", "receive"),
        Finding(11, 18, "grammar/repeated-word", "repeated", "error", "the"),
        Finding(3, 10, "grammar/spelling", "misspelled", "error", "receive"),  # a duplicate
    ]
    out = to_suggestions(local, chunk, "grammar")
    assert [(s.start, s.end, s.original, s.replacement) for s in out] == [
        (start + 3, start + 10, "recieve", "receive"),
        (start + 11, start + 18, "the the", "the"),
    ]
    for s in out:
        assert document[s.start : s.end] == s.original
        assert s.lens == "grammar" and s.chunk_id == 3


def test_a_finding_outside_its_chunk_is_refused() -> None:
    chunk = Chunk(chunk_id=0, start=0, end=5, text="Hello")
    with pytest.raises(FindingOutOfRange, match="grammar/x"):
        to_suggestions([Finding(2, 9, "grammar/x", "m")], chunk, "grammar")


@pytest.mark.parametrize(
    ("marked", "result"),
    [
        ("It [maybe] works.", "It works."),
        ("[Maybe] we should.", "We should."),
        ("We, [perhaps], should.", "We should."),
        ("It is fast. [Literally.] Not a typo.", "It is fast. Not a typo."),
        ("Fast, [really]", "Fast,"),
    ],
)
def test_deleting_a_filler_leaves_a_well_formed_sentence(marked: str, result: str) -> None:
    text = marked.replace("[", "").replace("]", "")
    start, end = marked.index("["), marked.index("]") - 1
    f = deletion(text, start, end, "tone/hedge", "m", "info")
    assert f.replacement is not None
    assert text[: f.start] + f.replacement + text[f.end :] == result


@pytest.mark.parametrize("lens", ["grammar", "clarity", "tone", "structure"])
def test_a_chunk_is_scanned_once_for_every_rule_and_the_word_count(lens: str) -> None:
    text = f"# {lens}\n\nThis is a fresh chunk for the {lens} lens. It is very short.\n"
    scan_chunk.cache_clear()
    # The analyzer as written: the edit re-check scans each edited sentence on its own.
    RAW_ANALYZERS[lens](text, LensContext(lens, "markdown"))
    assert prose_words(text, markdown=True) == 14
    info = scan_chunk.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_the_word_before_a_full_stop_is_found_without_rescanning_the_chunk() -> None:
    rng = random.Random(3)
    alphabet = "ab. \n\t(e.g"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            found = re.search(r"(\S+)$", text[:pos])
            assert _token_before(text, pos) == (found.group(1) if found else ""), (text, pos)
