"""One pass of the lens CPU benchmark, in a process that has never seen the document.

Run: .venv/bin/python -m tests.eval.lenscpu [lens ...]   (prints {"lens": ms, ...} as JSON)
     .venv/bin/python -m tests.eval.lenscpu --harper off|on   (Harper alone, rules off or on)

Harper keeps what it has linted, partly beyond a Linter's life, so a second pass over the
same text in one process measures a cache: an unseen 3,000-word document cost the grammar
lens 234 ms in a first pass and 144 ms in a third. ``tests.eval.harness.benchmark`` runs
each pass in a process of its own, as production meets each document once.
"""

from __future__ import annotations

import json
import sys
import time

import harper

from services.specialist.main import WARM_UP_TEXT
from services.specialist.rules.grammar import engine
from services.specialist.rules.lenses import forget_texts
from tests.eval.corpus import LENSES, Doc, load
from tests.eval.scoring import review, review_task, tasks

# The ~3,000-word document: these corpus documents joined, fixed so that new corpus
# documents do not change it.
BENCH_DOCS = (
    "announce-01.md", "announce-02.md", "announce-03.md", "announce-05.md", "announce-06.md",
    "announce-08.md", "apology-01.md", "apology-03.md", "essay-01.md", "essay-03.md",
    "essay-05.md", "essay-07.md", "essay-08.md", "grant-02.md", "grant-03.md",
    "gx-announce-01.md", "gx-announce-03.md", "gx-apology-01.md", "gx-essay-01.md",
    "gx-essay-03.md", "gx-grant-01.md", "gx-howto-01.md", "gx-howto-03.md",
)  # fmt: skip
WARM_UP_DOCS = 3  # other corpus documents reviewed first: word lists, models, Linters


def bench_doc() -> Doc:
    by_name = {d.name: d for d in load()}
    parts = [by_name[name].text.strip() for name in BENCH_DOCS]
    return Doc("bench.md", "\n\n".join(parts), "markdown", "neutral", "bench", ())


def one_pass(lenses: tuple[str, ...] = LENSES) -> dict[str, float]:
    """CPU milliseconds of each lens on the bench document, seen for the first time."""
    docs = load()
    # The specialist's own warm-up text first, as a process reviews it before its first
    # task: a lens alone would otherwise pay for what loads lazily (pyphen's dictionary, 0.12 s)
    warm_up = [Doc("warm-up.md", WARM_UP_TEXT, "markdown", "neutral", "warm-up", ())]
    warm_up += [d for d in docs if d.name not in BENCH_DOCS][:WARM_UP_DOCS]
    doc = bench_doc()
    cpu = {}
    for lens in lenses:
        for other in warm_up:
            review(other, lens)
        lens_tasks = tasks(doc, lens)  # the coordinator's chunking: not a lens's CPU
        forget_texts()  # what the other lenses' passes cached of this text
        started = time.process_time()
        for task in lens_tasks:
            review_task(doc, task)
        cpu[lens] = round((time.process_time() - started) * 1000, 1)
    return cpu


def harper_pass(rules_on: bool) -> dict[str, float]:
    """CPU milliseconds of Harper alone over the bench document's grammar chunks, seen for the
    first time and again: with every rule off it is the cost of reading the text."""
    linter = engine.configured(engine.HARPER_RULES if rules_on else frozenset())
    linter.organized_lints("Warm up the checker.", language=harper.Language.MARKDOWN)
    texts = [task.chunk.text for task in tasks(bench_doc(), "grammar")]
    cpu = {}
    for seen in ("first", "again"):
        started = time.process_time()
        for text in texts:
            linter.organized_lints(text, language=harper.Language.MARKDOWN)
        cpu[seen] = round((time.process_time() - started) * 1000, 1)
    return cpu


if __name__ == "__main__":
    if sys.argv[1:2] == ["--harper"]:
        print(json.dumps(harper_pass(sys.argv[2:3] == ["on"])))
    else:
        print(json.dumps(one_pass(tuple(sys.argv[1:]) or LENSES)))
