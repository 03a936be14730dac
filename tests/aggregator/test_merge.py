"""Merging suggestions: duplicates, overlapping edits, order and scores."""

from __future__ import annotations

from typing import Any

from services.aggregator.merge import DROPPED_EDIT_NOTE, resolve, score
from services.contract.models import Suggestion


def s(lens: str, start: int, end: int, **kw: Any) -> Suggestion:
    base: dict[str, Any] = {
        "lens": lens,
        "chunk_id": 0,
        "start": start,
        "end": end,
        "original": "x" * (end - start),
        "message": f"{lens} says so",
        "severity": "warning",
        "rule": f"{lens}/r",
    }
    return Suggestion(**(base | kw))


def test_same_span_and_edit_from_two_lenses_is_reported_once() -> None:
    out = resolve([s("tone", 0, 4, replacement="do"), s("grammar", 0, 4, replacement="do")],
                  ["grammar", "tone"])  # fmt: skip
    assert [x.lens for x in out] == ["grammar"]


def test_overlapping_edits_keep_the_higher_severity_and_withhold_the_other() -> None:
    a = s("clarity", 0, 10, replacement="short", severity="info")
    b = s("grammar", 5, 8, replacement="fix", severity="error")
    out = resolve([a, b], ["grammar", "clarity"])
    by_lens = {x.lens: x for x in out}
    assert by_lens["grammar"].replacement == "fix"
    assert by_lens["clarity"].replacement is None
    assert by_lens["clarity"].message.endswith(DROPPED_EDIT_NOTE)


def test_findings_are_sorted_by_position_then_severity() -> None:
    found = [s("tone", 9, 10), s("grammar", 3, 4, severity="info"),
             s("clarity", 3, 5, severity="error")]  # fmt: skip
    out = resolve(found, ["grammar", "clarity", "tone"])
    assert [(x.start, x.severity) for x in out] == [(3, "error"), (3, "info"), (9, "warning")]


def test_score_falls_with_weighted_findings_per_word() -> None:
    assert score([], 100) == 100.0
    assert score([s("g", 0, 1)], 200) == 90.5  # one warning (weight 2) per 200 words
    assert score([s("g", 0, 1, severity="error")] * 10, 100) == 5.0


def test_one_mild_finding_in_a_short_text_does_not_read_as_a_failure() -> None:
    # One "!!!" (info) in 13 words: texts under 100 words count as 100 (it scored 23 before).
    assert score([s("t", 0, 3, severity="info")], 13) == 90.5
    assert score([s("t", 0, 3, severity="error")], 100) > 70.0
