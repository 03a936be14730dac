"""The clarity and structure lenses on a fresh check set (issue 14, third round): clean
documents of 150-400 words stay under the false-alarm target, planted problems are caught."""

from __future__ import annotations

from tests.eval.scoring import score
from tests.specialist.clarity_generalisation import clarity_docs, clean_docs, per_1k
from tests.specialist.clarity_structure_fresh import (
    CLARITY_PROBLEMS,
    CLEAN,
    STRUCTURE_PROBLEMS,
    structure_docs,
)


def test_the_check_set_is_as_large_as_the_brief_asks() -> None:
    gold = sum(len(d.gold) for d in clarity_docs(CLARITY_PROBLEMS))
    assert gold >= 60
    assert len(STRUCTURE_PROBLEMS) >= 20
    assert len(CLEAN) >= 15
    assert all(150 <= len(text.split()) <= 400 for _, _, text in CLEAN)


def test_clean_documents_stay_under_the_clarity_false_alarm_figure() -> None:
    docs = clean_docs(CLEAN)
    assert per_1k(score(docs, "clarity"), docs) <= 11.53


def test_clean_documents_stay_under_the_structure_false_alarm_figure() -> None:
    docs = clean_docs(CLEAN)
    assert per_1k(score(docs, "structure"), docs) <= 1.44


def test_planted_clarity_problems_are_caught() -> None:
    assert score(clarity_docs(CLARITY_PROBLEMS), "clarity").tp >= 31


def test_planted_structure_problems_are_caught() -> None:
    assert score(structure_docs(), "structure").tp >= 17
