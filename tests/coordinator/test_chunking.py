"""Chunking keeps exact offsets, respects headings, code fences and the size bound."""

from __future__ import annotations

import random

from services.contract.models import ChunkTask
from services.coordinator.chunking import chunk, document_words

DOC = """# Title

Intro paragraph one.

## Section A

Para A1 is here.

```python
x = 1

y = 2
```

## Section B

Para B1.
"""


def _check_offsets(text: str, chunks: list) -> None:  # type: ignore[type-arg]
    last = 0
    for c in chunks:
        assert c.text == text[c.start : c.end]
        assert c.start >= last
        last = c.end


def test_every_chunk_is_the_exact_slice_of_the_original() -> None:
    chunks = chunk(DOC, max_chars=60)
    _check_offsets(DOC, chunks)
    assert [c.chunk_id for c in chunks] == list(range(len(chunks)))


def test_headings_start_chunks_and_are_recorded() -> None:
    chunks = chunk(DOC, max_chars=60)
    assert chunks[0].heading == "# Title"
    assert any(c.text.startswith("## Section B") and c.heading == "## Section B" for c in chunks)


def test_code_fence_is_never_split() -> None:
    chunks = chunk(DOC, max_chars=10)
    fence = [c for c in chunks if "```python" in c.text]
    assert len(fence) == 1 and fence[0].text.rstrip().endswith("```")


def test_long_paragraph_is_split_at_sentences_within_the_bound() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(200))
    chunks = chunk(text, max_chars=300)
    _check_offsets(text, chunks)
    assert len(chunks) > 5
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)


def test_non_whitespace_content_is_covered_in_order_without_overlap() -> None:
    rng = random.Random(7)
    words = ["alpha", "beta.", "gamma", "# Head", "\n\n", "- item", "```", "delta!", "\n"]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 120)))
        chunks = chunk(text, max_chars=rng.randint(10, 200))
        _check_offsets(text, chunks)
        covered = "".join(c.text for c in chunks)
        assert "".join(covered.split()) == "".join(text.split())


OUTLINE = """# Title

## Empty

## Intro only

### Details

Some words here.

```
code does not count as words
```
"""


# Over MIN_CHUNK_CHARS (400): a section with this paragraph is a chunk of its own.
PARA = " ".join(["This paragraph is long enough for its section to be a chunk of its own."] * 6)
SECTIONS = f"# Title\n\n{PARA}\n\n## Empty\n\n## Next\n\n{PARA}\n\n## Last\n\n{PARA}\n"


def test_every_chunk_carries_the_heading_the_document_starts_with() -> None:
    assert {c.doc_title for c in chunk(SECTIONS, max_chars=2000)} == {"# Title"}
    assert {c.doc_title for c in chunk("## 3. Methods\n\nWe sampled.", max_chars=2000)} == {
        "## 3. Methods"
    }
    untitled = chunk("Some opening words.\n\n# Later heading\n\nMore.", max_chars=2000)
    assert {c.doc_title for c in untitled} == {None}


def test_each_chunk_knows_the_heading_before_it_and_the_one_after_it() -> None:
    chunks = chunk(SECTIONS, max_chars=2000)
    assert [(c.heading, c.previous_heading, c.next_heading) for c in chunks] == [
        ("# Title", None, "## Empty"),
        ("## Empty", "# Title", "## Last"),  # "## Empty" has nothing: it joins "## Next"
        ("## Last", "## Next", None),
    ]


def test_heading_only_blocks_join_the_block_that_follows_them() -> None:
    chunks = chunk(OUTLINE, max_chars=2000)
    assert [c.text for c in chunks] == [OUTLINE.rstrip()]  # four headings, one paragraph
    small = chunk(DOC, max_chars=60)  # no chunk ends with a heading that has text after it
    assert [c.text.split("\n")[0] for c in small] == ["# Title", "## Section A", "## Section B"]


def test_an_all_headings_document_is_a_few_chunks_cut_at_line_ends() -> None:
    text = "# h\n" * 20000
    chunks = chunk(text)
    _check_offsets(text, chunks)
    assert len(chunks) == 40
    assert all(c.text.startswith("# h") and c.text.endswith("# h") for c in chunks)
    assert "".join(c.text.replace("\n", "") for c in chunks) == "# h" * 20000


def test_over_the_cap_neighbouring_chunks_merge_into_bigger_ones() -> None:
    text = "\n\n".join(f"Paragraph {i} has a few words in it." for i in range(500))
    assert len(chunk(text, max_chars=100, max_chunks=10_000)) == 250
    capped = chunk(text, max_chars=100, max_chunks=7)
    _check_offsets(text, capped)
    assert len(capped) == 7 and [c.chunk_id for c in capped] == list(range(7))
    assert (capped[0].start, capped[-1].end) == (0, len(text))
    assert "".join(c.text for c in capped).replace("\n", "") == text.replace("\n", "")


def test_a_tiny_section_joins_the_next_but_a_real_one_stands_alone() -> None:
    text = f"# A\n\nShort.\n\n# B\n\n{PARA}\n\n# C\n\n{PARA}\n"
    assert [c.heading for c in chunk(text)] == ["# A", "# C"]
    assert [c.heading for c in chunk(text, min_chars=1)] == ["# A", "# B", "# C"]


def test_a_chunk_continuing_a_section_has_that_section_heading_as_previous() -> None:
    text = "## Part\n\n" + " ".join(f"Sentence {i} is here." for i in range(40)) + "\n"
    first, second, *_ = chunk(text, max_chars=100)
    assert second.previous_heading == "## Part" and second.heading == "## Part"
    assert first.next_heading is None  # prose follows the heading chunk, not a heading


def test_every_chunk_carries_the_document_word_count_without_code() -> None:
    chunks = chunk(OUTLINE, max_chars=2000)
    assert document_words(OUTLINE) == 8  # 5 in headings, 3 in prose; the fenced code is not prose
    assert {c.doc_words for c in chunks} == {8}


def test_a_chunk_task_without_the_context_fields_still_decodes() -> None:
    old = {"chunk_id": 2, "start": 10, "end": 14, "text": "Text", "heading": "## A"}
    task = ChunkTask.model_validate(
        {"doc_id": "d", "lens": "structure", "chunk": old, "chunks_total": 3}
    )
    c = task.chunk
    assert (c.previous_heading, c.next_heading, c.doc_words) == (None, None, 0)


def test_a_chunk_task_with_a_field_this_version_does_not_know_still_decodes() -> None:
    # What a newer coordinator writes while this specialist is not yet updated.
    newer = {"chunk_id": 0, "start": 0, "end": 4, "text": "Text", "future_context": "x"}
    task = ChunkTask.model_validate(
        {"doc_id": "d", "lens": "tone", "chunk": newer, "chunks_total": 1, "priority": 3}
    )
    assert task.chunk.text == "Text"
