"""The sentences the learned attitude detector is trained on, labelled, with their series.

A sentence of the main set is positive when it overlaps a ``tone`` gold span of an attitude
kind (an unnamed ``⟦tone|…⟧`` or a family's rule), negative otherwise; the clean documents of
``tests/data/clean_round11`` are all negatives. Sentences are cut as the tone lens cuts them:
each production chunk scanned, its prose sentences. The held-out set is never read here.

The tone check sets in ``tests/specialist`` add one-sentence examples (group ``checksets``),
except ``tone_generalisation_fresh`` and ``tone_model_check``, kept out to test on.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path

from services.specialist.rules.scan import prose, scan_chunk
from tests.eval.corpus import Doc, load, load_set
from tests.eval.scoring import chunks_of

CLEAN_DIR = Path(__file__).resolve().parent.parent / "data" / "clean_round11"
# Gold rules of the tone lens that are attitudes (None: a ``⟦tone|…⟧`` marker naming none).
ATTITUDE_GOLD = frozenset({None, "tone/blame", "tone/condescending", "tone/dismissive",
                           "tone/passive-aggressive", "tone/sarcasm", "tone/grovelling",
                           "tone/negative"})  # fmt: skip
# (module, list names) of tests/specialist: extra one-sentence examples.
CHECK_SETS = {
    "tone_generalisation": ("PROBLEMS", "PLAIN", "SECOND_PROBLEMS", "SECOND_PLAIN",
                            "THIRD_PROBLEMS", "THIRD_PLAIN"),
    "tone_generalisation_check": ("CHECK_PROBLEMS", "CHECK_PLAIN"),
    "tone_generalisation_fourth": ("FOURTH_PROBLEMS", "FOURTH_PLAIN", "UNSEEN_PROBLEMS",
                                   "UNSEEN_PLAIN", "LATER_PROBLEMS", "LATER_PLAIN",
                                   "FINAL_PROBLEMS", "FINAL_PLAIN"),
    "test_tone_attitude": ("FAMILY_CASES",),
    "test_tone_families": ("PROBLEMS", "PLAIN"),
    "test_tone_family_checks": ("UNTUNED", "UNTUNED_PLAIN", "ADDRESSED", "ADDRESSED_PLAIN",
                                "AFTER_ALL", "AFTER_ALL_PLAIN"),
    "test_tone_precision_tp7": ("BENIGN", "PROBLEMS"),
    "test_tone_round9": ("SHAPES", "PLAIN"),
    "test_tone_round11": ("SHAPES", "PLAIN", "SHAPES_MAIN", "PLAIN_MAIN", "SHAPES_MORE",
                          "PLAIN_MORE"),
    "test_tone_t6": ("SHAPES", "FRESH", "PLAIN", "FRESH_PLAIN"),
}  # fmt: skip
_REGISTER = frozenset({"slang", "stiff", "hedge", "intensifier", "contraction", "exclamation",
                       "shouting"})  # fmt: skip
_SERIES = re.compile(r"(t\d+|g\d+|c\d+|s\d+|tx|gx|tp\d+|sp\d+|gp\d+)-")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence as the lens reads it, its label, its group and where it stands."""

    text: str
    positive: bool
    group: str  # the document series (t10, tx, plain...), clean11 or checksets
    doc: str = ""
    start: int = 0  # absolute offsets in the document
    end: int = 0


def series(name: str) -> str:
    """The series a corpus document belongs to: its file-name prefix, or ``plain``."""
    m = _SERIES.match(name)
    return m.group(1) if m else "plain"


def doc_sentences(doc: Doc, group: str) -> list[Sentence]:
    """The prose sentences of every production chunk of ``doc``, labelled by the gold."""
    gold = [g for g in doc.gold if g.lens == "tone" and g.rule in ATTITUDE_GOLD]
    out = []
    for chunk in chunks_of(doc):
        scan = scan_chunk(chunk.text, markdown=doc.format == "markdown")
        for a, e in scan.prose_sentences():
            start, end = chunk.start + a, chunk.start + e
            positive = any(g.start < end and start < g.end for g in gold)
            out.append(Sentence(prose(scan.masked, a, e), positive, group, doc.name, start, end))
    return out


def corpus_sentences() -> tuple[list[Doc], list[Sentence]]:
    """The main set's documents and clean_round11's, and all their labelled sentences."""
    main = load_set("main")
    clean = load(CLEAN_DIR)
    found = [s for d in main for s in doc_sentences(d, series(d.name))]
    found += [s for d in clean for s in doc_sentences(d, "clean11")]
    return main + clean, found


def _text_of(item: object) -> tuple[str, str | None]:
    """The text of a check-set entry and its kind if it names one."""
    if isinstance(item, str):
        return item, None
    if isinstance(item, tuple):
        return max((x for x in item if isinstance(x, str)), key=len), None
    return str(getattr(item, "text")), str(getattr(item, "kind"))  # noqa: B009


def check_set_sentences() -> list[Sentence]:
    """One-sentence problems and every sentence of the plain entries of ``CHECK_SETS``."""
    out = []
    for module, names in CHECK_SETS.items():
        mod = importlib.import_module(f"tests.specialist.{module}")
        for name in names:
            plain_list = "PLAIN" in name or name == "BENIGN"
            for item in getattr(mod, name):
                text, kind = _text_of(item)
                if kind in _REGISTER:
                    continue
                positive = not plain_list and kind != "plain"
                scan = scan_chunk(text, markdown=False)
                spans = scan.prose_sentences()
                if positive and len(spans) != 1:
                    continue  # which sentence carries it is not said
                out += [Sentence(prose(scan.masked, a, e), positive, "checksets")
                        for a, e in spans]  # fmt: skip
    return out
