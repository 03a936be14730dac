"""The structure lens reads the document's shape from its text: letters, reference documents,
closing sections and introducing sections are judged the way a careful editor would."""

from __future__ import annotations

import pytest

from tests.specialist.cases import MIDDLE, analyze

_PARAGRAPH = (
    "The order left our warehouse on Monday and reached the depot on Tuesday morning. "
    "The courier scanned it twice and then marked it as delivered to the wrong street."
)
_BODY = "\n\n".join([_PARAGRAPH] * 8)


def _rules(text: str, fmt: str = "markdown") -> set[str]:
    return {f.rule for f in analyze("structure", text, format=fmt, doc_words=800)}


def test_a_long_letter_needs_neither_a_title_nor_a_conclusion() -> None:
    letter = f"Dear Ms Ode,\n\n{_BODY}\n\nKind regards,\nAnna Berg\nCustomer Service\n"
    assert _rules(letter, "text") == set()
    assert "structure/missing-conclusion" in _rules(f"# Delivery\n\n{_BODY}\n")


@pytest.mark.parametrize(
    "title", ["# Visitor policy", "# Fieldbook 3.6 release notes", "# Social media guidelines"]
)
def test_a_policy_or_release_notes_need_no_conclusion(title: str) -> None:
    assert "structure/missing-conclusion" not in _rules(f"{title}\n\n{_BODY}\n")


@pytest.mark.parametrize("closing", ["How to apply", "What we will change", "Upgrade", "Lessons"])
def test_a_closing_section_on_what_happens_next_ends_the_document(closing: str) -> None:
    text = f"# Notice\n\n{_BODY}\n\n## {closing}\n\nWrite to us by Friday.\n"
    assert "structure/missing-conclusion" not in _rules(text)


def test_a_title_over_a_summary_section_needs_no_introduction() -> None:
    assert "structure/missing-intro" not in _rules(f"# Postmortem\n\n## Summary\n\n{_BODY}\n")
    assert "structure/missing-intro" in _rules(f"# Postmortem\n\n## Timeline\n\n{_BODY}\n")


def test_a_plain_text_title_may_be_long_and_carry_a_subtitle_line() -> None:
    title = 'Proposal to the Arts Council: "Voices of the Valley" oral history project'
    text = f"{title}\n\nRidgeway Logistics, Northampton depot\n\n{_BODY}\n"
    assert _rules(text, "text") & {"structure/missing-title", "structure/missing-intro"} == set()


def test_one_change_under_a_change_log_heading_is_not_an_orphan_list() -> None:
    text = f"# Notes\n\n{_BODY}\n\n## Fixed\n\n- Sync no longer stalls.\n\n## Other\n\n{_BODY}\n"
    assert "structure/orphan-list" not in _rules(text)


def test_a_run_of_empty_sections_is_one_finding_not_one_per_heading() -> None:
    text = "# Plan\n\nWhat we will do.\n\n" + "## Empty\n\n" * 300 + "## Last\n\nDone here.\n"
    found = analyze("structure", text, **MIDDLE)
    findings = [f for f in found if f.rule == "structure/empty-section"]
    assert len(findings) == 1
    [f] = findings
    assert "300 sections in a row are empty" in f.message
    assert text[f.start : f.end].startswith("## Empty") and text[f.start : f.end].endswith("Empty")
