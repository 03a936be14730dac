"""Payloads carried in envelope bodies between roles, validated at each edge."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Severity = Literal["info", "warning", "error"]
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
Format = Literal["text", "markdown"]
Style = Literal["formal", "friendly", "neutral"]
STYLES: tuple[Style, ...] = ("formal", "friendly", "neutral")  # the tones a review can ask for


class _Model(BaseModel):
    # A reader ignores the fields it does not know: a rolling update replaces one role's pods
    # before another's, so an older role must still read what a newer one writes (clients'
    # input is validated strictly by ingest's own models, not by these).
    model_config = ConfigDict(extra="ignore")


class DocumentTask(_Model):
    """ingest → coordinator: one submitted document.

    The client's metadata is kept once, in the document's state; the task carries only
    what the review reads of it (the style). ``metadata`` is still read from tasks queued
    before that, and its ``style`` honoured.
    """

    doc_id: str
    text: str
    format: Format = "text"
    title: str | None = None
    lenses: list[str] | None = None
    style: str | None = None  # the client's metadata.style: the tone the review expects
    metadata: dict[str, Any] = Field(default_factory=dict)

    @property
    def review_style(self) -> str | None:
        """The style to review in, from this task or (older tasks) its metadata."""
        style = self.style if self.style is not None else self.metadata.get("style")
        return style if isinstance(style, str) else None


class Chunk(_Model):
    """A slice of the original text; ``start``/``end`` are absolute character offsets.

    The document context fields let one chunk be judged against its neighbours; their
    defaults mean "unknown", so tasks written before they existed still decode.
    """

    chunk_id: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    heading: str | None = None  # the section this chunk is in: its own heading or the last
    previous_heading: str | None = None  # the last heading before this chunk starts
    next_heading: str | None = None  # the heading the next chunk starts with, if it does
    doc_words: int = Field(default=0, ge=0)  # words in the whole document; 0 when unknown
    # The heading the document starts with ("# Quarterly plan"; "## 3. Methods" for one part
    # of a proposal), when it starts with one: a chunk after the first cannot see it, and it
    # says what kind of document this is (a policy needs no conclusion). Not the client's
    # ``title``, which is metadata.
    doc_title: str | None = None
    # Where the chunk starts in UTF-16 code units (what JavaScript strings index), so each
    # suggestion can carry both offsets; None in tasks written before it existed.
    utf16_start: int | None = Field(default=None, ge=0)


class ChunkTask(_Model):
    """coordinator → specialist: review one chunk through one lens.

    One is sent per chunk × lens, so it carries only what a specialist reads: the title
    (bounded at intake) and the style, never the client's metadata. ``metadata`` is still
    read from tasks queued before that.
    """

    doc_id: str
    lens: str
    format: Format = "text"
    title: str | None = None
    style: str | None = None  # the tone to review in; None means the lens's default
    chunk: Chunk
    chunks_total: int = Field(ge=1)
    metadata: dict[str, Any] = Field(default_factory=dict)


class Suggestion(_Model):
    """One finding; ``start``/``end`` are absolute code-point offsets in the original text,
    ``utf16_start``/``utf16_end`` the same span in UTF-16 code units (for JavaScript)."""

    lens: str
    chunk_id: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    original: str
    replacement: str | None = None
    message: str
    severity: Severity = "info"
    rule: str
    utf16_start: int | None = Field(default=None, ge=0)
    utf16_end: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Suggestion:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Partial(_Model):
    """specialist → aggregator: one lens's suggestions for one chunk."""

    doc_id: str
    lens: str
    chunk_id: int = Field(ge=0)
    suggestions: list[Suggestion] = Field(default_factory=list)
    elapsed_ms: float = 0.0
    spec_version: str = "1"
    words: int = Field(default=0, ge=0)


class LensReport(_Model):
    """A lens's share of the summary."""

    score: float = Field(ge=0, le=100)
    counts: dict[str, int] = Field(default_factory=dict)
    suggestions: list[Suggestion] = Field(default_factory=list)


class Summary(_Model):
    """aggregator → everyone: the review of one document (``cancelled``: what had landed
    when the client cancelled it)."""

    id: str
    status: Literal["done", "partial", "cancelled"]
    lenses: dict[str, LensReport]
    suggestions: list[Suggestion]
    missing_lenses: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    title: str | None = None  # echoed from the submission
    metadata: dict[str, Any] = Field(default_factory=dict)  # echoed from the submission
