"""What an analyzer returns (findings at local offsets) and the one conversion to Suggestions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from services.contract.models import STYLES, Chunk, Format, Severity, Style, Suggestion
from services.contract.utf16 import Utf16Offsets
from services.specialist.options import LensOptions

DEFAULT_OPTIONS = LensOptions.model_validate({})  # frozen: one instance serves every context


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at ``text[start:end]`` of the chunk (local offsets); ``rule`` is lens/name.

    ``alternatives`` are further edits, best first: the re-check takes the first of
    ``replacement`` and them that introduces no new finding.
    """

    start: int
    end: int
    rule: str
    message: str
    severity: Severity = "info"
    replacement: str | None = None
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LensContext:
    """What an analyzer may know about the chunk besides its text."""

    lens: str
    format: Format = "text"
    chunk_id: int = 0
    chunks_total: int = 1
    heading: str | None = None
    previous_heading: str | None = None  # the last heading before the chunk
    next_heading: str | None = None  # the heading the next chunk starts with, if it does
    doc_words: int = 0  # words in the whole document; 0 when the task does not say
    title: str | None = None  # the client's title (metadata)
    doc_title: str | None = None  # the heading the document starts with, if it does
    style: Style = "neutral"
    options: LensOptions = DEFAULT_OPTIONS

    @property
    def markdown(self) -> bool:
        """True when the document is Markdown (code, links and markers are not prose)."""
        return self.format == "markdown"

    @property
    def document_title(self) -> str | None:
        """The client's title, else the heading the document starts with."""
        return self.title or self.doc_title

    @property
    def first(self) -> bool:
        """True for the document's first chunk."""
        return self.chunk_id == 0

    @property
    def last(self) -> bool:
        """True for the document's last chunk."""
        return self.chunk_id >= self.chunks_total - 1


class FindingOutOfRange(ValueError):
    """An analyzer produced offsets outside its chunk: a bug in that analyzer."""


def to_suggestions(findings: Iterable[Finding], chunk: Chunk, lens: str) -> list[Suggestion]:
    """Absolute, de-duplicated Suggestions ordered by position; ``original`` is the chunk text."""
    seen: set[tuple[int, int, str]] = set()
    out: list[Suggestion] = []
    utf16 = Utf16Offsets(chunk.text)
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        if not 0 <= f.start <= f.end <= len(chunk.text):
            raise FindingOutOfRange(
                f"rule {f.rule} reported {f.start}..{f.end} in a chunk of {len(chunk.text)} chars"
            )
        if (f.start, f.end, f.rule) in seen:
            continue
        seen.add((f.start, f.end, f.rule))
        out.append(
            Suggestion(
                lens=lens,
                chunk_id=chunk.chunk_id,
                start=chunk.start + f.start,
                end=chunk.start + f.end,
                original=chunk.text[f.start : f.end],
                replacement=f.replacement,
                message=f.message,
                severity=f.severity,
                rule=f.rule,
                **_utf16_span(chunk, utf16, f),
            )
        )
    return out


def _utf16_span(chunk: Chunk, utf16: Utf16Offsets, f: Finding) -> dict[str, int]:
    """The finding's absolute UTF-16 offsets; none when the task predates ``utf16_start``."""
    if chunk.utf16_start is None:
        return {}
    return {
        "utf16_start": chunk.utf16_start + utf16.at(f.start),
        "utf16_end": chunk.utf16_start + utf16.at(f.end),
    }


__all__ = [
    "STYLES",
    "Finding",
    "FindingOutOfRange",
    "LensContext",
    "Style",
    "to_suggestions",
]
