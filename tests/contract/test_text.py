"""The one text model: what a word is, and a document's blocks at absolute offsets."""

from __future__ import annotations

from pathlib import Path

from services.contract.text import count_words, document_words, markdown_blocks

CORPUS = Path(__file__).resolve().parent.parent / "data" / "eval"

DOC = """Title
=====

Intro with `inline code` and a don't-stop word.

- first item
- second item

```python
def f(): return "not prose words"
```

## Next
Body line.
"""


def test_words_join_inner_apostrophes_and_hyphens_but_not_underscores() -> None:
    assert count_words("don't re-run snake_case x86 ’tis") == 6  # snake, case


def test_blocks_carry_kind_heading_line_and_absolute_offsets() -> None:
    found = markdown_blocks(DOC)
    assert [(b.kind, DOC[b.start : b.end].split("\n")[0]) for b in found] == [
        ("heading", "Title"),
        ("paragraph", "Intro with `inline code` and a don't-stop word."),
        ("list", "- first item"),
        ("code", "```python"),
        ("heading", "## Next"),
        ("paragraph", "Body line."),
    ]
    assert found[0].heading == "# Title"  # a setext title in its ATX form
    assert found[4].heading == "## Next"
    assert [b.code for b in found] == [False, False, False, True, False, False]


def test_document_words_skip_fenced_and_inline_code() -> None:
    # Title 1, intro 6 (without `inline code`), list 4, "Next" 1, "Body line" 2.
    assert document_words(DOC) == 14


def test_an_unclosed_fence_runs_to_the_end_as_code() -> None:
    text = "Para.\n\n```\ncode\n\nmore code"
    assert [b.kind for b in markdown_blocks(text)] == ["paragraph", "code"]
    assert markdown_blocks(text)[-1].end == len(text)
