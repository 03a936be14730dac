"""Running the rules analyzers over the corpus as production does, and scoring them on spans.

Documents are chunked by the coordinator's chunker and each chunk is reviewed with the
context the specialist builds (default LensOptions, disabled rules dropped); findings become
absolute Suggestions through the same ``to_suggestions`` the handler uses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from services.contract.models import Chunk, ChunkTask, DocumentTask, Suggestion
from services.coordinator.chunking import chunk as production_chunks
from services.coordinator.chunking import document_words
from services.coordinator.handler import chunk_tasks
from services.specialist.handler import kept_suggestions, lens_context
from services.specialist.options import LensOptions
from services.specialist.rules.lenses import ANALYZERS
from services.specialist.rules.scan import prose_words
from tests.eval.corpus import LENSES, Doc, Gold

MAX_CHUNK_CHARS = 2000  # the coordinator's default ``max_chunk_chars``
_OPTIONS = LensOptions()


def chunks_of(doc: Doc, *, whole: bool = False) -> list[Chunk]:
    """The chunks production would review; ``whole`` reviews the document as one chunk."""
    if whole:
        text = doc.text
        return [
            Chunk(chunk_id=0, start=0, end=len(text), text=text, doc_words=document_words(text))
        ]
    return production_chunks(doc.text, MAX_CHUNK_CHARS)


def tasks(doc: Doc, lens: str, *, whole: bool = False) -> list[ChunkTask]:
    """The ChunkTasks the coordinator would send the ``lens`` specialist for ``doc``."""
    found = chunks_of(doc, whole=whole)
    task = DocumentTask(doc_id=doc.name, text=doc.text, format=doc.format)
    return chunk_tasks(task, found, [lens])


def review_task(doc: Doc, task: ChunkTask) -> list[Suggestion]:
    """One chunk through one lens, exactly as the specialist's handler reviews it."""
    ctx = lens_context(task, doc.style, _OPTIONS)
    return kept_suggestions(ANALYZERS[task.lens](task.chunk.text, ctx), task, _OPTIONS)


def review(doc: Doc, lens: str, *, whole: bool = False) -> list[Suggestion]:
    """Every suggestion ``lens`` makes on ``doc`` (absolute offsets)."""
    return [s for t in tasks(doc, lens, whole=whole) for s in review_task(doc, t)]


def words(doc: Doc) -> int:
    """Prose words, counted as the handler counts them."""
    return prose_words(doc.text, markdown=doc.format == "markdown")


@dataclass(frozen=True, slots=True)
class Miss:
    """A false positive (a suggestion) or a false negative (a gold span), for reports."""

    kind: str  # "FP" or "FN"
    doc: str
    lens: str
    rule: str
    start: int
    end: int


@dataclass
class Tally:
    """TP/FP/FN counts for one lens, with per-rule counts and the misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    clean_fp: int = 0
    rules: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def count(self, rule: str, kind: str) -> None:
        """Add one TP, FP or FN to the rule's counts."""
        self.rules.setdefault(rule, Counter())[kind] += 1


def _overlap(s: Suggestion, g: Gold) -> int:
    return min(s.end, g.end) - max(s.start, g.start)


def match(found: list[Suggestion], gold: Iterable[Gold]) -> tuple[dict[int, Gold], list[Gold]]:
    """Pair suggestions with gold spans they overlap (each gold at most once).

    A gold span that names a rule is paired with a suggestion of that rule first; then any
    suggestion of the lens may take it. Returns {suggestion index: gold} and unmatched gold.
    """
    free = list(gold)
    paired: dict[int, Gold] = {}
    for same_rule in (True, False):
        for i, s in enumerate(found):
            if i in paired:
                continue
            options = [
                g for g in free if _overlap(s, g) > 0 and (not same_rule or g.rule == s.rule)
            ]
            if options:
                best = max(options, key=lambda g: _overlap(s, g) / max(g.end - g.start, 1))
                paired[i] = best
                free.remove(best)
    return paired, free


def score(docs: Iterable[Doc], lens: str, *, whole: bool = False) -> Tally:
    """Span-overlap TP/FP/FN of ``lens`` over ``docs``."""
    t = Tally()
    for doc in docs:
        found = review(doc, lens, whole=whole)
        paired, missed = match(found, (g for g in doc.gold if g.lens == lens))
        for i, s in enumerate(found):
            rule = s.rule or lens
            if i in paired:
                t.tp += 1
                t.count(rule, "tp")
            else:
                t.fp += 1
                t.clean_fp += doc.clean
                t.count(rule, "fp")
                t.misses.append(Miss("FP", doc.name, lens, rule, s.start, s.end))
        for g in missed:
            rule = g.rule or f"{lens}/?"
            t.fn += 1
            t.count(rule, "fn")
            t.misses.append(Miss("FN", doc.name, lens, rule, g.start, g.end))
    return t


def ratio(a: float, b: float) -> float:
    """``a / b`` rounded to 3 decimals, 0 when ``b`` is 0."""
    return round(a / b, 3) if b else 0.0


def figures(t: Tally, clean_words: int) -> dict[str, float | int]:
    """Precision, recall, F1 and false alarms per 1,000 clean words of one lens."""
    precision = ratio(t.tp, t.tp + t.fp)
    recall = ratio(t.tp, t.tp + t.fn)
    f1 = ratio(2 * precision * recall, precision + recall)
    return {
        "tp": t.tp,
        "fp": t.fp,
        "fn": t.fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "false_alarms_per_1k_words": ratio(1000 * t.clean_fp, clean_words),
    }


__all__ = [
    "LENSES",
    "chunks_of",
    "figures",
    "match",
    "review",
    "review_task",
    "score",
    "tasks",
    "words",
]
