"""The evaluation as data: per-lens figures, per-rule counts, targets and self-inflicted errors."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from services.specialist.rules import forget_texts
from services.specialist.rules.grammar.engine import HARPER_PREFIX, MISSPELLING
from tests.eval.corpus import LENSES, Doc, load
from tests.eval.scoring import Tally, figures, ratio, review, review_task, score, tasks, words


@dataclass(frozen=True, slots=True)
class Target:
    """Minimum precision and recall of a lens; ``hard`` ones fail the test suite."""

    precision: float
    recall: float
    hard: bool


TARGETS: dict[str, Target] = {
    "grammar": Target(0.90, 0.80, hard=True),
    "clarity": Target(0.80, 0.70, hard=False),
    "tone": Target(0.80, 0.70, hard=False),
    "structure": Target(0.80, 0.70, hard=False),
}


def missed_targets(results: dict[str, Any], *, hard_only: bool = False) -> list[str]:
    """One line per target a lens misses."""
    out = []
    for lens, fig in results["lenses"].items():
        t = TARGETS[lens]
        if hard_only and not t.hard:
            continue
        if fig["precision"] < t.precision:
            out.append(f"{lens}: precision {fig['precision']} < {t.precision}")
        if fig["recall"] < t.recall:
            out.append(f"{lens}: recall {fig['recall']} < {t.recall}")
    return out


def evaluate(
    docs: list[Doc], lenses: tuple[str, ...] = LENSES, *, whole: bool = False
) -> tuple[dict[str, Any], dict[str, Tally]]:
    """The results document (stable keys, 3 decimals) and the tallies behind it."""
    clean = [d for d in docs if d.clean]
    clean_words = sum(words(d) for d in clean)
    tallies = {lens: score(docs, lens, whole=whole) for lens in lenses}
    results: dict[str, Any] = {
        "corpus": {
            "documents": len(docs),
            "clean_documents": len(clean),
            "words": sum(words(d) for d in docs),
            "clean_words": clean_words,
            "gold": {lens: sum(g.lens == lens for d in docs for g in d.gold) for lens in lenses},
        },
        "chunking": "whole document" if whole else "production (coordinator chunker)",
        "lenses": {lens: figures(t, clean_words) for lens, t in tallies.items()},
        "rules": {
            rule: _counts(c) for t in tallies.values() for rule, c in sorted(t.rules.items())
        },
        "sources": _by_source(tallies),
    }
    return results, tallies


def source_of(rule: str) -> str:
    """Which engine a rule id comes from: harper, the dictionary, or the project's own rules."""
    if rule.startswith(HARPER_PREFIX):
        return "harper"
    if rule == MISSPELLING:
        return "dictionary"
    return "rules"


def _counts(c: Counter[str]) -> dict[str, float | int]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn)}  # fmt: skip


def _by_source(tallies: dict[str, Tally]) -> dict[str, dict[str, float | int]]:
    """TP/FP/FN with precision and recall per source; a gold span's FN goes to the source of
    the rule it names (unnamed ones to "rules")."""
    totals: dict[str, Counter[str]] = {}
    for t in tallies.values():
        for rule, c in t.rules.items():
            totals.setdefault(source_of(rule), Counter()).update(c)
    return {src: _counts(c) for src, c in sorted(totals.items())}


BENCH_RUNS = 3  # the least CPU of three runs: other work on the machine only adds to it
# The benchmark document: these Markdown documents of the main set, joined (3,135 words). It
# is fixed, so that the figure stays comparable while the corpus grows.
BENCH_DOCS = (
    "announce-01.md", "announce-02.md", "announce-03.md", "announce-05.md", "announce-06.md",
    "announce-08.md", "apology-01.md", "apology-03.md", "essay-01.md", "essay-03.md",
    "essay-05.md", "essay-07.md", "essay-08.md", "grant-02.md", "grant-03.md",
    "gx-announce-01.md", "gx-announce-03.md", "gx-apology-01.md", "gx-essay-01.md",
    "gx-essay-03.md", "gx-grant-01.md", "gx-howto-01.md", "gx-howto-03.md",
)  # fmt: skip


def benchmark(lenses: tuple[str, ...] = LENSES) -> dict[str, Any]:
    """CPU milliseconds of each lens on the ~3,000-word BENCH_DOCS document, reviewed as
    production does (the coordinator's chunks, each a task; re-checked edits): after one
    warm-up run (word lists, models), the least of BENCH_RUNS runs, each with every per-text
    cache emptied. The chunking itself is the coordinator's and is not counted."""
    by_name = {d.name: d for d in load()}
    parts = [by_name[name].text.strip() for name in BENCH_DOCS]
    doc = Doc("bench.md", "\n\n".join(parts), "markdown", "neutral", "bench", ())
    cpu: dict[str, float] = {}
    for lens in lenses:
        review(doc, lens)  # warm-up: word lists, models, Harper's linter
        # The chunking is the coordinator's, done once for the document: not a lens's CPU.
        lens_tasks = tasks(doc, lens)
        runs = []
        for _ in range(BENCH_RUNS):
            forget_texts()  # as production sees a document: nothing of it cached
            started = time.process_time()
            for task in lens_tasks:
                review_task(doc, task)
            runs.append(time.process_time() - started)
        cpu[lens] = round(min(runs) * 1000, 1)
    return {
        "words": words(doc),
        "runs": BENCH_RUNS,
        "cpu_ms": cpu,
        "cpu_ms_total": round(sum(cpu.values()), 1),
        "target_cpu_ms_total": 100.0,
    }


@dataclass(frozen=True, slots=True)
class SelfInflicted:
    """Applying a suggestion's replacement created a new finding of the same lens there."""

    doc: str
    lens: str
    rule: str
    original: str
    replacement: str
    new: list[tuple[str, str]]


def self_inflicted(docs: list[Doc], lenses: tuple[str, ...] = LENSES) -> list[SelfInflicted]:
    """Every replacement that, re-analysed by the same lens, yields a new finding at its spot."""
    out = []
    for doc in docs:
        for lens in lenses:
            for task in tasks(doc, lens):
                c = task.chunk
                before = review_task(doc, task)
                known = {(s.rule, s.original.lower()) for s in before}
                for s in before:
                    if s.replacement is None:
                        continue
                    a = s.start - c.start
                    patched_text = c.text[:a] + s.replacement + c.text[s.end - c.start :]
                    patched = c.model_copy(
                        update={"text": patched_text, "end": c.start + len(patched_text)}
                    )
                    patched_task = task.model_copy(update={"chunk": patched})
                    lo, hi = s.start - 1, s.start + len(s.replacement) + 1
                    new = [
                        (g.rule or lens, g.original)
                        for g in review_task(doc, patched_task)
                        if lo <= g.start and g.end <= hi
                        and (g.rule, g.original.lower()) not in known
                    ]  # fmt: skip
                    if new:
                        out.append(SelfInflicted(doc.name, lens, s.rule or lens, s.original,
                                                 s.replacement, new))  # fmt: skip
    return out
