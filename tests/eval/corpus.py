"""The evaluation corpus: documents with planted problems marked ``⟦lens/rule|text⟧`` inline.

See tests/data/eval/README.md for the marker syntax and the metadata in ``corpus.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, cast

from services.contract.models import Format
from services.specialist.findings import STYLES, Style

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "eval"
HOLDOUT_DIR = CORPUS_DIR / "holdout"  # never used for tuning; see its README.md
SETS = ("main", "holdout", "all")
LENSES = ("grammar", "clarity", "tone", "structure")
OPEN, SEP, CLOSE = "⟦", "|", "⟧"
_LABEL = re.compile(r"(grammar|clarity|tone|structure)(?:/([a-z][a-z-]*))?")

Genre = Literal[
    "email", "status-report", "readme", "essay", "meeting-notes", "announcement",
    "cover-letter", "how-to", "postmortem", "policy", "job-post", "release-notes",
    "support-reply", "grant-proposal", "apology-letter", "product-announcement",
]  # fmt: skip
GENRES: tuple[str, ...] = Genre.__args__  # type: ignore[attr-defined]


class CorpusError(ValueError):
    """A corpus file or its metadata is malformed; the message names the file and position."""


@dataclass(frozen=True, slots=True)
class Gold:
    """A planted problem: ``text[start:end]`` of the clean document, for ``lens``."""

    lens: str
    rule: str | None  # "grammar/its" when the marker names one
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Doc:
    """One corpus document, markers stripped, with its planted problems."""

    name: str
    text: str
    format: Format
    style: Style
    genre: str
    gold: tuple[Gold, ...]

    @property
    def clean(self) -> bool:
        """True when nothing is planted: every finding on it is a false alarm."""
        return not self.gold


def parse(marked: str, name: str = "<text>") -> tuple[str, list[Gold]]:
    """The text without markers and the gold spans the markers delimit (markers may nest)."""
    out: list[str] = []
    pos = 0  # offset in the clean text
    stack: list[tuple[str, str | None, int, int]] = []  # lens, rule, start, marker offset
    gold: list[Gold] = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == OPEN:
            bar = marked.find(SEP, i)
            label = marked[i + 1 : bar] if bar > 0 else ""
            m = _LABEL.fullmatch(label)
            if m is None:
                raise CorpusError(f"{name}:{i}: a marker opens with {OPEN}lens|... or "
                                  f"{OPEN}lens/rule|..., not {marked[i : i + 30]!r}")  # fmt: skip
            rule = f"{m.group(1)}/{m.group(2)}" if m.group(2) else None
            stack.append((m.group(1), rule, pos, i))
            i = bar + 1
            continue
        if c == CLOSE:
            if not stack:
                raise CorpusError(f"{name}:{i}: {CLOSE} without an opening {OPEN}")
            lens, rule, start, at = stack.pop()
            if pos == start:
                raise CorpusError(f"{name}:{at}: an empty marker marks nothing")
            gold.append(Gold(lens, rule, start, pos))
            i += 1
            continue
        out.append(c)
        pos += 1
        i += 1
    if stack:
        raise CorpusError(f"{name}:{stack[-1][3]}: {OPEN} is never closed")
    return "".join(out), sorted(gold, key=lambda g: (g.start, g.end, g.lens))


def load(directory: Path = CORPUS_DIR) -> list[Doc]:
    """Every document listed in ``corpus.toml``, in file-name order."""
    index_path = directory / "corpus.toml"
    with index_path.open("rb") as f:
        index = tomllib.load(f)
    listed = set(index)
    on_disk = {p.name for p in directory.iterdir() if p.suffix in (".md", ".txt")}
    on_disk.discard("README.md")
    if listed != on_disk:
        raise CorpusError(
            f"corpus.toml and the files disagree: unlisted {sorted(on_disk - listed)}, "
            f"missing {sorted(listed - on_disk)}"
        )
    docs = []
    for name in sorted(index):
        meta = index[name]
        style, genre = meta.get("style", "neutral"), meta.get("genre")
        if style not in STYLES or genre not in GENRES:
            raise CorpusError(
                f"corpus.toml [{name!r}]: style must be one of {STYLES} and genre one of "
                f"{GENRES}, not {style!r} and {genre!r}"
            )
        text, gold = parse((directory / name).read_text(encoding="utf-8"), name)
        fmt: Format = "markdown" if name.endswith(".md") else "text"
        docs.append(Doc(name, text, fmt, cast(Style, style), genre, tuple(gold)))
    return docs


def load_set(name: str) -> list[Doc]:
    """The documents of ``main`` (tuned on), ``holdout`` (never tuned on) or ``all`` of them.

    Holdout names carry their folder (``holdout/email-01.txt``) so they stay unique in ``all``.
    """
    if name not in SETS:
        raise CorpusError(f"unknown corpus set {name!r}; choose one of {SETS}")
    docs = load() if name in ("main", "all") else []
    if name in ("holdout", "all"):
        docs += [replace(d, name=f"{HOLDOUT_DIR.name}/{d.name}") for d in load(HOLDOUT_DIR)]
    return docs
