"""Chunking keeps exact offsets, respects headings, code fences and the size bound."""

from __future__ import annotations

import random

from services.coordinator.chunking import chunk

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
