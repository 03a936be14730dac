"""Round 11 of issue 14: the structure lens on 30 new clean, well-structured documents.

``tests/data/clean_round11/`` holds 30 documents written for this round (postmortems, announcements,
support replies, grant sections, policies, job posts, release notes, essays, apology letters,
meeting minutes, how-to guides, newsletters, FAQs and status reports; Markdown and plain text,
155 to 753 words; nested lists, tables, quotes, code blocks, setext headings, sign-offs and
each genre's own ending). None has a structural problem a careful editor would mark.

Before the change the lens raised 5 structure false alarms on them, each from a convention of
good documents:

- missing-intro on an FAQ whose title goes straight into its first question (faq-01.md);
- missing-conclusion on a grant section titled "Section 3: Need for the project" (grant-02.txt):
  a part numbered in words is one part of a whole, as "3. Need" already was;
- missing-conclusion on a status report ending on "Priorities for Q4" (status-02.txt): the
  plan for the next period named by its quarter or year, as "next quarter" already was;
- missing-conclusion on a newsletter signed "Until next month," over its editors' names
  (news-02.txt): a valediction;
- missing-conclusion on an announcement ending "Doors open at 08:00 on Monday 2 September"
  (ann-01.md): a plural subject ("Doors open", "Applications close") and a clock time set the
  day a notice starts as "The café reopens on Monday" does; a two-digit day ("on 30 November")
  now counts as a date too, a year ("in 1887") still does not.

Probing endings beside the set also showed a meeting's closing record ("The meeting closed at
20:45") and an approval line ("Approved by the board on 4 March 2026") reported; both close
minutes and policies. After the change the 30 documents draw no structure finding. The main
set's structure line is unchanged: P 0.985 / R 0.970 (TP 64, FP 1, FN 2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.corpus import Doc, load
from tests.eval.scoring import review
from tests.specialist.cases import BODY, analyze

DATA = Path(__file__).resolve().parents[1] / "data" / "clean_round11"


def _rules(text: str, fmt: str = "markdown") -> set[str]:
    return {f.rule for f in analyze("structure", text, format=fmt, doc_words=800)}


def _ends(last: str, heading: str = "", fmt: str = "markdown") -> set[str]:
    if fmt == "text":
        section = f"{heading}\n" if heading else ""
        return _rules(f"The island ferry\n\n{BODY}\n\n{section}{last}\n", fmt)
    section = f"## {heading}\n\n" if heading else ""
    return _rules(f"# The island ferry\n\n{BODY}\n\n{section}{last}\n")


@pytest.mark.parametrize("doc", load(DATA), ids=lambda d: d.name)
def test_the_clean_documents_draw_no_structure_finding(doc: Doc) -> None:
    assert [(s.rule, s.original) for s in review(doc, "structure")] == []


def test_the_set_is_thirty_clean_documents_in_both_formats() -> None:
    docs = load(DATA)
    assert len(docs) == 30 and all(not d.gold for d in docs)
    assert {d.format for d in docs} == {"markdown", "text"}


_FAQ = (
    "# Bike share questions\n\n## {first}\n\n{under}\n\n"
    "## Where can I leave a bike?\n\nAt any dock.\n"
)


def test_a_title_over_its_first_question_needs_no_introduction() -> None:
    text = _FAQ.format(first="How do I join?", under="Download the app and add a card.")
    assert "structure/missing-intro" not in _rules(text)


@pytest.mark.parametrize(
    ("first", "under"),
    [
        ("Pricing", "### Single rides\n\nA ride costs £1.50."),  # a topic, not a question
        ("How do I join?", "### On the app\n\nDownload the app."),  # the question is empty
    ],
)
def test_a_title_over_an_unintroduced_section_is_still_reported(first: str, under: str) -> None:
    assert "structure/missing-intro" in _rules(_FAQ.format(first=first, under=under))


@pytest.mark.parametrize(
    "title", ["Section 3: Need for the project", "Part 2 – Methods", "Chapter 4. The crossing"]
)
def test_a_part_numbered_in_words_needs_no_conclusion(title: str) -> None:
    text = f"{title}\n\n{BODY}\n"
    assert "structure/missing-conclusion" not in _rules(text, "text")


@pytest.mark.parametrize("title", ["Section 1: The crossing", "Sections of the old pier"])
def test_a_first_part_or_a_title_about_sections_still_needs_a_conclusion(title: str) -> None:
    assert "structure/missing-conclusion" in _rules(f"{title}\n\n{BODY}\n", "text")


@pytest.mark.parametrize(
    "heading", ["Priorities for Q4", "Goals for 2027", "Plans for the coming year"]
)
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_the_plan_for_the_next_period_closes_a_report(heading: str, fmt: str) -> None:
    last = "- Launch the help centre.\n- Survey the customers who left."
    assert "structure/missing-conclusion" not in _ends(last, heading, fmt)


@pytest.mark.parametrize("heading", ["Goals and results", "Plans for the garden"])
def test_a_last_section_about_goals_met_or_a_subject_still_needs_a_conclusion(
    heading: str,
) -> None:
    last = "The skipper stacked the crates by the door of the shed."
    assert "structure/missing-conclusion" in _ends(last, heading)


@pytest.mark.parametrize(
    "last",
    [
        # a valediction over the names
        "Thanks for reading.\n\nUntil next month,\n\nMei and Luis",
        "See you soon,\nThe editors",
        "See you there!",
        # the day or hour a notice starts, with a plural subject or a two-digit day
        "Doors open at 08:00 on Monday 2 September.",
        "Applications close at noon on 12 February.",
        "The new rules take effect on 30 November.",
        # the record that closes minutes or a policy
        "The meeting closed at 20:45.",
        "The chair closed the meeting at 21:10.",
        "Approved by the board on 4 March 2026.",
        "This policy was last reviewed in May 2026.",
    ],
)
def test_the_closes_of_newsletters_notices_minutes_and_policies(last: str) -> None:
    assert "structure/missing-conclusion" not in _ends(last)


@pytest.mark.parametrize(
    "last",
    [
        "The skipper waited until next month to sell the boat.",
        "In Ashby the hall would stay open to the public, as agreed in 1887.",
        "The ferry left on 3 March and the doors opened at noon.",
        "The meeting room closed for repairs.",
        "The plan was approved in 2019 and then forgotten.",
    ],
)
def test_a_fact_of_the_story_with_a_date_still_lacks_a_conclusion(last: str) -> None:
    assert "structure/missing-conclusion" in _ends(last)
