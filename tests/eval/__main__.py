"""``python -m tests.eval``: score the rules lenses on a corpus set, print a table, write JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tests.eval.corpus import LENSES, SETS, Doc, load, load_set
from tests.eval.harness import TARGETS, benchmark, evaluate, missed_targets
from tests.eval.scoring import Tally

RESULTS = Path(__file__).resolve().parent / "results.json"
HOLDOUT_RESULTS = RESULTS.with_name("results-holdout.json")
_WRITES = {"main": RESULTS, "holdout": HOLDOUT_RESULTS}  # ``all`` mixes the two: not written
_CONTEXT = 50


def _table(results: dict[str, Any], corpus_set: str) -> Table:
    corpus = results["corpus"]
    table = Table(
        title=f"Rules lenses on the {corpus_set} set: {corpus['documents']} documents "
        f"({corpus['words']} words; "
        f"{corpus['clean_documents']} clean, {corpus['clean_words']} words) — "
        f"{results['chunking']}"
    )
    for name in ("lens", "gold", "TP", "FP", "FN", "precision", "recall", "F1",
                 "FA / 1k clean words", "target P / R"):  # fmt: skip
        table.add_column(name, justify="left" if name == "lens" else "right")
    for lens, fig in results["lenses"].items():
        t = TARGETS[lens]
        ok_p, ok_r = fig["precision"] >= t.precision, fig["recall"] >= t.recall
        table.add_row(
            lens,
            str(corpus["gold"][lens]),
            str(fig["tp"]),
            str(fig["fp"]),
            str(fig["fn"]),
            f"[{'green' if ok_p else 'red'}]{fig['precision']:.3f}",
            f"[{'green' if ok_r else 'red'}]{fig['recall']:.3f}",
            f"{fig['f1']:.3f}",
            f"{fig['false_alarms_per_1k_words']:.2f}",
            f"{t.precision:.2f} / {t.recall:.2f}{'' if t.hard else ' (aim)'}",
        )
    return table


def _sources_table(results: dict[str, Any]) -> Table:
    """Precision and recall per finding source, then per rule."""
    table = Table(title="By source (harper, dictionary, rules) and rule")
    for name in ("source / rule", "TP", "FP", "FN", "precision", "recall"):
        table.add_column(name, justify="left" if name == "source / rule" else "right")
    rows = [(f"[bold]{k}", v) for k, v in results["sources"].items()]
    rows += list(results["rules"].items())
    for name, c in rows:
        table.add_row(name, str(c["tp"]), str(c["fp"]), str(c["fn"]),
                      f"{c['precision']:.3f}", f"{c['recall']:.3f}")  # fmt: skip
    return table


def _verbose(console: Console, docs: list[Doc], tallies: dict[str, Tally]) -> None:
    by_name = {d.name: d for d in docs}
    for lens, t in tallies.items():
        console.rule(lens)
        for m in sorted(t.misses, key=lambda m: (m.kind, m.rule, m.doc, m.start)):
            text = by_name[m.doc].text
            before = text[max(0, m.start - _CONTEXT) : m.start].replace("\n", "⏎")
            span = text[m.start : m.end].replace("\n", "⏎")
            after = text[m.end : m.end + _CONTEXT].replace("\n", "⏎")
            console.print(
                f"[bold]{m.kind}[/] {m.rule} {m.doc}:{m.start}  "
                f"…{escape(before)}[reverse]{escape(span)}[/]{escape(after)}…",
                highlight=False,
            )


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; exit 1 with ``--check`` when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval", description=__doc__)
    parser.add_argument("--lens", choices=LENSES, action="append", help="only this lens")
    parser.add_argument("--verbose", action="store_true", help="show every FP and FN in context")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument(
        "--whole", action="store_true", help="review each document as one chunk, not as production"
    )
    parser.add_argument(
        "--set",
        choices=SETS,
        default="main",
        dest="corpus_set",
        help="main (tuned on), holdout (never tuned on) or all",
    )
    parser.add_argument(
        "--dir",
        type=Path,
        action="append",
        help="score this folder of documents (with its own corpus.toml) instead of a set: "
        "fresh documents, before they join the corpus; never written",
    )
    parser.add_argument("--no-write", action="store_true", help="do not update the results JSON")
    parser.add_argument(
        "--no-bench", action="store_true", help="skip the CPU benchmark on a 3,000-word document"
    )
    args = parser.parse_args(argv)
    lenses = tuple(args.lens) if args.lens else LENSES
    docs = (
        [d for folder in args.dir for d in load(folder)] if args.dir else load_set(args.corpus_set)
    )
    corpus_set = ", ".join(str(f) for f in args.dir) if args.dir else args.corpus_set
    results, tallies = evaluate(docs, lenses, whole=args.whole)
    if not args.no_bench:
        results["benchmark"] = benchmark(lenses)
    console = Console()
    if args.verbose:
        _verbose(console, docs, tallies)
    console.print(_table(results, corpus_set))
    console.print(_sources_table(results))
    if "benchmark" in results:
        b = results["benchmark"]
        per_lens = ", ".join(f"{lens} {ms} ms" for lens, ms in b["cpu_ms"].items())
        console.print(
            f"benchmark: {b['words']} words, CPU {b['cpu_ms_total']} ms "
            f"(target {b['target_cpu_ms_total']}): {per_lens}",
            highlight=False,
        )
    out = None if args.dir else _WRITES.get(args.corpus_set)
    if out and lenses == LENSES and not args.whole and not args.no_write:
        out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        console.print(f"wrote {out}", highlight=False)
    missed = missed_targets(results)
    for line in missed:
        console.print(f"[yellow]target missed[/] {line}", highlight=False)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
