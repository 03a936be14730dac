"""What a careful editor leaves alone in a document's shape: an essay that closes on a maxim
or on a sentence that gathers it up, a policy that ends on its definitions, a how-to that ends
on a step, a numbered section sent on its own, release notes and meeting notes that open with
their sections; and the real problems next to each, which are still reported."""

from __future__ import annotations

import pytest

from tests.specialist.cases import BODY, STORY, analyze

# A later chunk of a long document: the title is in the first chunk, which this one cannot see.
_LAST_OF_THREE = {"format": "markdown", "chunk_id": 2, "chunks_total": 3, "doc_words": 900}


def _rules(text: str, fmt: str = "markdown", **ctx: object) -> set[str]:
    ctx = {"format": fmt, "doc_words": 800, **ctx}
    return {f.rule for f in analyze("structure", text, **ctx)}


@pytest.mark.parametrize(
    "closing",
    [
        "Small repairs usually cost less than we fear. The island taught me that every winter.",
        "The crossing was calm that evening. People who have watched a tide turn rarely rush.",
        "None of these crossings made the papers. Yet the island kept its ferry for forty years.",
        "All of this came back to me on the quay last spring, and I stood there a long time.",
        "That is why the island still sends a boat when the weather allows.",
    ],
)
def test_an_essay_that_closes_on_a_maxim_or_a_summing_up_has_a_conclusion(closing: str) -> None:
    text = f"# The island ferry\n\n{BODY}\n\n{closing}\n"
    assert "structure/missing-conclusion" not in _rules(text)


@pytest.mark.parametrize(
    "closing",
    [
        "The skipper sold the boat in 1998 to a firm from the mainland.",
        "The island's school closed two years later, and the teacher moved to Oban.",
        "The ferries often ran late that winter.",  # past and particular: the story goes on
    ],
)
def test_an_essay_that_stops_on_a_fact_of_the_story_lacks_a_conclusion(closing: str) -> None:
    text = f"# The island ferry\n\n{BODY}\n\n{closing}\n"
    assert "structure/missing-conclusion" in _rules(text)


@pytest.mark.parametrize("section", ["Definitions", "Glossary", "Key terms used in this policy"])
def test_a_long_document_may_end_on_its_definitions(section: str) -> None:
    text = (
        f"## Refunds\n\n{STORY}\n\n## {section}\n\n"
        "**Member**: anyone who holds a season ticket for the current year.\n"
    )
    assert "structure/missing-conclusion" not in _rules(text, **_LAST_OF_THREE)


def test_a_later_chunk_that_ends_on_an_ordinary_section_still_lacks_a_conclusion() -> None:
    text = f"## Refunds\n\n{STORY}\n\n## Ending a membership\n\n{STORY}\n"
    assert "structure/missing-conclusion" in _rules(text, **_LAST_OF_THREE)


@pytest.mark.parametrize("section", ["Next three months", "Next 30 days", "Next few weeks"])
def test_a_report_that_ends_on_the_coming_period_has_concluded(section: str) -> None:
    text = f"# Depot report\n\n{BODY}\n\n## {section}\n\n{STORY}\n"
    assert "structure/missing-conclusion" not in _rules(text)


@pytest.mark.parametrize("step", ["Fit the new washer", "3. Turn the water back on"])
def test_a_how_to_whose_last_section_is_a_step_ends_there(step: str) -> None:
    text = (
        f"## Take the tap apart\n\n{STORY}\n\n## {step}\n\n"
        "1. Push the washer onto the spindle.\n2. Screw the head back on by hand.\n\n"
        "Old washers go in the general waste bin, not the recycling.\n"
    )
    assert "structure/missing-conclusion" not in _rules(text, **_LAST_OF_THREE)


def test_a_document_whose_last_section_names_a_topic_still_lacks_a_conclusion() -> None:
    text = (
        f"## Take the tap apart\n\n{STORY}\n\n## Why the washer wore out\n\n"
        "Hard water leaves scale on the seat, and the scale cuts the rubber.\n"
    )
    assert "structure/missing-conclusion" in _rules(text, **_LAST_OF_THREE)


@pytest.mark.parametrize(
    "first", ["## 4. Evaluation plan", "## Methods", "### 2.3 Sampling", "## Budget justification"]
)
def test_a_numbered_or_named_part_of_a_proposal_needs_no_title(first: str) -> None:
    text = f"{first}\n\nWe will visit each of the twelve farms twice in the first year.\n"
    assert "structure/missing-title" not in _rules(text)


@pytest.mark.parametrize("first", ["## Volume figures", "## 1. Overview", "## 2024 figures"])
def test_a_document_that_opens_on_a_plain_subheading_still_lacks_a_title(first: str) -> None:
    text = f"{first}\n\nWe will visit each of the twelve farms twice in the first year.\n"
    assert "structure/missing-title" in _rules(text)


def test_a_plain_text_budget_justification_needs_no_conclusion() -> None:
    sections = "\n\n".join(f"Item {k}\n{STORY}" for k in "ABCDEF")
    text = f"6. Budget justification\n\n{sections}\n"
    assert "structure/missing-conclusion" not in _rules(text, "text")
    assert "structure/missing-conclusion" in _rules(f"Annual review\n\n{sections}\n", "text")


def test_a_version_goes_straight_into_its_change_categories() -> None:
    text = (
        "# Harbourlog release notes\n\nChanges in each release, newest first.\n\n"
        "## 2.0.1 (3 June)\n\n### Fixed\n\n- Exports keep their time zone.\n"
        "- Search finds names with accents.\n"
    )
    assert "structure/missing-intro" not in _rules(text)


def test_a_section_that_goes_straight_into_a_topic_subheading_still_lacks_an_intro() -> None:
    text = (
        "# Harbourlog\n\nA tide log for small boats.\n\n"
        "## Features 2\n\n### Search\n\nSearch finds any harbour by name.\n"
    )
    assert "structure/missing-intro" in _rules(text)


@pytest.mark.parametrize("section", ["Welcome", "Hello, everyone", "Attendees", "Present"])
def test_a_title_over_a_greeting_or_a_list_of_attendees_needs_no_introduction(
    section: str,
) -> None:
    text = f"# Harbour committee, 3 June\n\n## {section}\n\n{STORY}\n"
    assert "structure/missing-intro" not in _rules(text)


def test_a_title_over_a_topic_section_still_needs_an_introduction() -> None:
    text = f"# Harbour committee, 3 June\n\n## Mooring fees\n\n{STORY}\n"
    assert "structure/missing-intro" in _rules(text)
