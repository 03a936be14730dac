"""What a careful editor leaves alone: idiomatic passives, list-like sentences, unnamed
sources as one finding, readability by hard words; sections that end a how-to, a status
report or an essay, release notes that open with their changes, header fields in plain
text."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze

LAST = {"format": "markdown", "chunk_id": 0, "chunks_total": 1, "doc_words": 400}


def _rules(lens: str, text: str, **ctx: object) -> list[str]:
    return [f.rule for f in analyze(lens, text, **ctx)]


@pytest.mark.parametrize(
    "text",
    [
        "The tool is released under the MIT License.",
        "The configuration file is written in TOML.",
        "Python 3.10 or newer is required.",
        "Lunch is provided after the session.",
        "The payment alert is enabled again.",
        "About 3,400 bookings were affected.",
        "The budget is already approved.",
        "It checks the switch without being told.",
        "The password is printed on the sticker.",
    ],
)
def test_idiomatic_passives_are_not_flagged(text: str) -> None:
    assert "clarity/passive-voice" not in _rules("clarity", text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The alert was disabled in August.", "was disabled"),
        ("Reviews are often treated as a checklist.", "are often treated"),
        ("The parcel was packed in our warehouse.", "was packed"),
        ("The answers were deleted by a cleanup job.", "were deleted"),
    ],
)
def test_passives_that_hide_the_actor_are_still_flagged(text: str, words: str) -> None:
    found = [f for f in analyze("clarity", text) if f.rule == "clarity/passive-voice"]
    assert [text[f.start : f.end] for f in found] == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Many experts agree that libraries matter.", "Many experts agree"),
        ("Studies have shown that walking helps.", "Studies have shown"),
        ("It is widely accepted that the format failed.", "It is widely accepted"),
        ("Some researchers believe the river moved.", "Some researchers believe"),
    ],
)
def test_an_unnamed_source_is_one_weasel_finding(text: str, words: str) -> None:
    found = analyze("clarity", text)
    assert [(f.rule, text[f.start : f.end]) for f in found] == [("clarity/weasel-word", words)]


def test_quantifiers_are_not_weasel_words() -> None:
    assert _rules("clarity", "Logins on the web were mostly fine, and costs largely fell.") == []


def test_a_list_shaped_sentence_may_run_longer_than_a_chain_of_clauses() -> None:
    kit = (
        "The kit holds a tent, two sleeping bags, a stove, a gas canister, a pan, two mugs, a "
        "first-aid kit, a torch, spare batteries and a map of the area, all in one bag."
    )
    assert "clarity/long-sentence" not in _rules("clarity", kit)
    clauses = (
        "When the council proposed to close it last year and to move the books to the central "
        "library, which is two bus rides away for most of the people who use it, the street "
        "organised a petition."
    )
    assert "clarity/long-sentence" in _rules("clarity", clauses)


def test_readability_is_about_hard_words_not_a_long_list_sentence() -> None:
    hard = (
        "Horticultural experimentation subsequently demonstrated that incremental, sequentially "
        "staggered cultivation considerably outperforms simultaneous comprehensive implementation."
    )
    assert "clarity/readability" in _rules("clarity", hard)
    plain = (
        "The host signs the visitor out at reception, returns the badge and the glasses, and "
        "reports any incident, however small, to the safety officer on the same day, using the "
        "form on the intranet, so that the safety officer can decide what to do next."
    )
    assert "clarity/readability" not in _rules("clarity", plain)


@pytest.mark.parametrize(
    "text",
    [
        "# How to repot a plant\n\n## Steps\n\n1. Water it.\n2. Lift it.\n3. Move it.\n\n"
        "## Keep it shaded\n\nKeep it out of the sun for a week.\n",
        "# Scanner report\n\n## April\n\nForty scanners arrived.\n\n## Next month\n\n"
        "We will train the night shift.\n",
        "# Air sensors\n\n## Method\n\nWe test the sensors.\n\n## Outcomes\n\n"
        "Every school will have a year of readings.\n",
        "# Router help\n\n## Reset\n\nHold the button.\n\n## If it still does not work\n\n"
        "Send us a photo of the lights.\n",
        "# Learning to cook\n\n## Mistakes\n\nA burnt onion costs little.\n\n## Later\n\n"
        "Three years on, I cook most nights.\n",
    ],
)
def test_sections_that_end_a_document_need_no_conclusion(text: str) -> None:
    assert "structure/missing-conclusion" not in _rules("structure", text, **LAST)


def test_a_document_without_an_ending_still_needs_a_conclusion() -> None:
    text = "# Scanner report\n\n## April\n\nForty scanners arrived.\n\n## Staffing\n\nTwo left.\n"
    assert "structure/missing-conclusion" in _rules("structure", text, **LAST)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A closing kind of section in the middle does not end the document...
        ("# Scanner report\n\n## Next steps\n\nWe order more.\n\n## Staffing\n\nTwo left.\n",
         True),
        ("# Security report\n\n## Access reviews\n\nWe removed 310 accounts.\n\n"
         "## Plans\n\nWe will test the backups.\n", True),
        # ...but back matter may follow the conclusion.
        ("# Scanner report\n\n## Summary\n\nIt went well.\n\n## References\n\nThe vendor "
         "manual.\n", False),
    ],
)  # fmt: skip
def test_only_the_section_a_chunk_ends_with_can_close_the_document(
    text: str, flagged: bool
) -> None:
    # A chunk may hold several sections (those under min_chunk_chars join the next).
    assert ("structure/missing-conclusion" in _rules("structure", text, **LAST)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "# Notely 3.2\n\n## New\n\n- Tables in notes.\n- Search in PDFs.\n",
        "# Introducing Tally\n\n## What it is\n\nTally tracks shared expenses.\n",
    ],
)
def test_release_notes_and_a_what_it_is_section_need_no_intro(text: str) -> None:
    assert "structure/missing-intro" not in _rules("structure", text, format="markdown")


def test_a_header_field_in_plain_text_is_not_a_heading() -> None:
    text = (
        "Planning meeting, 4 March\n\nAttendees: Sofia, Ravi, Hana\n\n1. Budget\n\n"
        "Sofia presented the budget.\n"
    )
    assert "structure/missing-intro" not in _rules("structure", text, format="text")


def test_a_passive_in_a_scene_setting_clause_is_background() -> None:
    assert "clarity/passive-voice" not in _rules(
        "clarity", "We received your reading one day after your bill was issued."
    )
    assert "clarity/passive-voice" in _rules(
        "clarity", "Order 4471, which was shipped on 2 May, has not arrived."
    )


def test_a_long_letter_without_headings_is_not_asked_for_sections() -> None:
    letter = "Dear Ms Ode,\n\n" + "We met the client and agreed on the plan. " * 60 + "\n"
    assert "structure/long-section" not in _rules("structure", letter, format="text")
    report = "# Report\n\n## Findings\n\n" + "We met the client and agreed on the plan. " * 60
    assert "structure/long-section" in _rules("structure", report, format="markdown")


@pytest.mark.parametrize(
    "sections",
    [
        ("About the role", "Requirements", "Benefits"),  # a job post
        ("Attendees", "Discussion", "Decisions"),  # meeting notes
    ],
)
def test_job_posts_and_meeting_notes_are_read_by_section(sections: tuple[str, ...]) -> None:
    text = "# Title\n\n" + "".join(
        f"## {name}\n\n" + "We planned the work for the next quarter with the team. " * 6 + "\n\n"
        for name in sections
    )
    assert "structure/missing-conclusion" not in _rules("structure", text, **LAST)
