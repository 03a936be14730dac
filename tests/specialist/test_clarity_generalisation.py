"""The clarity and structure lenses on text written apart from their tuning (issue 14): clean
documents of the corpus's genres stay (almost) clean, planted problems in new wordings are
caught, and the shapes behind those figures hold one by one."""

from __future__ import annotations

import pytest

from tests.eval.scoring import Tally, score
from tests.specialist.cases import analyze
from tests.specialist.clarity_generalisation import (
    CLARITY_HELD_BACK,
    CLEAN,
    CLEAN_SECOND,
    clarity_docs,
    clean_docs,
    structure_docs,
)

# The clarity findings left on the clean documents when last measured (document, rule, the
# words it marks). Four are sentences of 32 to 42 words, over the configured 30-word limit
# that the corpus's gold applies to sentences of the same shape (two more, two short clauses
# a few words over it, went with the c5 round); four are passives that read as states ("are
# stretched", "is trapped") or phrasal verbs ("is set aside").
KNOWN_CLARITY_ALARMS = {
    ("minutes-library.md", "clarity/passive-voice", "are stretched"),
    ("minutes-library.md", "clarity/passive-voice", "is set"),
    ("grant-orchard.md", "clarity/passive-voice", "been fenced"),
    ("howto-bleed.txt", "clarity/passive-voice", "is trapped"),
    ("cover-letter-analyst.txt", "clarity/long-sentence", "For the past three years"),
    ("cover-letter-analyst.txt", "clarity/long-sentence", "I have not built a churn"),
    ("support-reply-router.txt", "clarity/long-sentence", "The line test I ran"),
    ("essay-allotment.md", "clarity/long-sentence", "In my first month, the man"),
}


def _alarms(lens: str) -> list[tuple[str, str, str]]:
    """(document, rule, words marked) of every finding on the clean documents."""
    docs = clean_docs(CLEAN) + clean_docs(CLEAN_SECOND)
    texts = {d.name: d.text for d in docs}
    return [(m.doc, m.rule, texts[m.doc][m.start : m.end]) for m in score(docs, lens).misses]


def _known(alarm: tuple[str, str, str]) -> bool:
    doc, rule, words = alarm
    return any(d == doc and r == rule and words.startswith(w) for d, r, w in KNOWN_CLARITY_ALARMS)


def _recall(t: Tally) -> tuple[int, int]:
    return t.tp, t.tp + t.fn


def test_clean_documents_raise_no_new_clarity_alarm() -> None:
    alarms = _alarms("clarity")
    assert [a for a in alarms if not _known(a)] == []
    assert len(alarms) <= 8  # in 7,082 words: 1.13 a 1,000 (first batch: 17 before the changes)


def test_clean_documents_raise_no_structure_alarm() -> None:
    assert _alarms("structure") == []  # 2 before: an after-care section, release notes


def test_planted_clarity_problems_in_new_wordings_are_caught() -> None:
    caught, total = _recall(score(clarity_docs(), "clarity"))
    assert total == 39
    assert caught >= 36  # 11 of 39 before the changes; the 3 left are hedges (tone's) and
    # "double-click on", which a how-to uses literally


def test_held_back_clarity_problems_are_caught_as_when_scored() -> None:
    # Written before any rule changed and scored once, after the last change: 9 of 16.
    caught, total = _recall(score(clarity_docs(CLARITY_HELD_BACK), "clarity"))
    assert total == 16
    assert caught >= 9


def test_planted_structure_problems_are_caught() -> None:
    assert _recall(score(structure_docs(), "structure")) == (10, 10)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our auditors undertook a review of every contract.", "undertook a review of"),
        ("Please give notification to the office.", "give notification to"),
        ("The boiler achieved a reduction in our bill.", "achieved a reduction in"),
        ("The landlord is in a position to help.", "in a position to"),
        ("Please revert back to the old settings.", "revert back"),
        ("We need to action the feedback this week.", "action the"),
        ("Let's socialise the plan with the leads.", "socialise the"),
        ("Experts agree that rents will rise.", "Experts agree"),
        ("Mistakes were made in the handover.", "were made"),
        ("The new rota has been agreed with the nurses.", "been agreed"),
    ],
)
def test_a_clarity_problem_is_caught_by_its_shape(text: str, words: str) -> None:
    assert words in [text[f.start : f.end] for f in analyze("clarity", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Please make an appointment with the clinic.",
        "The action the team took worked well.",
        "The chairs are made in Denmark.",
        "No payments were taken, and no customer data was exposed.",
        "The shop was closed.",
        "Once the tank is full, the whole plot is planted.",
        "Staff give a short update every thirty minutes so that\npassengers are not left guessing.",
        "Plug the router into the master socket, rather\n   than into an extension.",
        "Read the full specifications and the repair guide at stillwater.example/kettle.",
        "Wear the badge at all times.",
    ],
)
def test_plain_wordings_of_the_same_shapes_are_left_alone(text: str) -> None:
    assert analyze("clarity", text) == []


def test_a_past_state_word_with_a_time_is_still_a_passive() -> None:
    found = analyze("clarity", "The branch was closed in May.")
    assert [f.rule for f in found] == ["clarity/passive-voice"]


LONG = " ".join(["The team finished the work on the new service and it runs well."] * 5)


@pytest.mark.parametrize("last", ["After descaling", "Pricing", "How to register", "Roadmap"])
def test_an_after_care_or_call_to_act_section_ends_a_document(last: str) -> None:
    doc = f"# Launch\n\nAn opening line.\n\n## Details\n\n{LONG}\n\n## {last}\n\nA last line.\n"
    rules = [f.rule for f in analyze("structure", doc, format="markdown", doc_words=200)]
    assert "structure/missing-conclusion" not in rules


def test_a_section_that_mentions_support_is_no_ending() -> None:
    doc = f"# Launch\n\nAn opening line.\n\n## Details\n\n{LONG}\n\n## We ignored support\n\nOk.\n"
    rules = [f.rule for f in analyze("structure", doc, format="markdown", doc_words=200)]
    assert "structure/missing-conclusion" in rules


def test_a_change_log_category_may_hold_one_subsection_per_change() -> None:
    doc = "# Ledger 3.2\n\nWhat changed.\n\n## New\n\n### Reminders\n\nReminders go out.\n"
    assert "structure/missing-intro" not in [
        f.rule for f in analyze("structure", doc, format="markdown")
    ]
    other = "# Handbook\n\nWhat it covers.\n\n## Safety\n\n### Exits\n\nTwo exits.\n"
    assert "structure/missing-intro" in [
        f.rule for f in analyze("structure", other, format="markdown")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "You are now set up. The portal will ask for your code.",
        "Once you are signed in, open the settings page.",
        "We are all logged on and ready.",
    ],
)
def test_a_reader_who_is_set_up_or_signed_in_is_in_a_state(text: str) -> None:
    assert analyze("clarity", text) == []


def test_a_setup_done_for_someone_is_still_a_passive() -> None:
    found = analyze("clarity", "The accounts were set up for the new starters.")
    assert [f.rule for f in found] == ["clarity/passive-voice"]
