"""Structure false alarms on a development set written independently of the rules.

``tests/data/structure_dev/`` holds 40 documents in 16 genres (20 clean, 5,413 words) with 42
planted structure problems covering every structure rule, written by someone who had not read
the rules. Scored before any change (``python -m tests.eval --dir tests/data/structure_dev
--lens structure``): P 0.795 / R 0.833 (TP 35, FP 9). Four of those FP were four FN as well:
the set marked a missing introduction on the first subheading, where the corpus convention
(and the rule) marks the title that goes straight into it; the markers were moved to the title.

The five remaining false alarms, each fixed by a general shape:

- missing-title on a cover letter whose salutation sits under the sender's address, the date
  and the recipient's address ("Amira Haddad\\n14 Linden Grove\\n...\\nDear Ms Booth,");
- missing-conclusion on an essay that ends on its lesson ("If my grandfather taught me
  anything, it is that the surplus is the point.");
- missing-conclusion on a how-to titled "Exporting your data ..." that ends with whom to ask
  ("If anything is missing ..., or the link has expired, contact support from the Help menu");
- missing-intro on release notes' "## Platform notes" over "#### Android".

After: P 0.975 / R 0.929 (TP 39, FP 1). Left alone: orphan-list on a README's one optional
dependency under "### Optional" (the main set marks such one-item code lists as orphans), and
three missing conclusions the rules take for closes (a postmortem's "Finally, ...", a grant's
"We will report these figures ... each year", an essay's last argument). The main set's 65
structure findings and the /usr/share/doc counts are unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.corpus import load
from tests.eval.scoring import score
from tests.specialist.cases import analyze

DATA = Path(__file__).resolve().parents[1] / "data" / "structure_dev"


def test_the_dev_set_scores_as_recorded() -> None:
    tally = score(load(DATA), "structure")
    assert (tally.tp, tally.fp, tally.fn) == (39, 1, 3)


def _rules(text: str, fmt: str = "markdown") -> set[str]:
    return {f.rule for f in analyze("structure", text, format=fmt, doc_words=800)}


LETTER = (
    "Amira Haddad\n14 Linden Grove\nLeeds LS6 2QT\namira.haddad@example.com\n\n3 March 2025\n\n"
    "Ms Caroline Booth\nCollections Manager\nNorthern Textile Museum\n\nDear Ms Booth,\n\n"
    "I am writing to apply for the post of assistant conservator. " * 1
)
NOT_A_LETTER = (
    "We met the museum last week. The visit went well.\n\nDear Ms Booth, thank you.\n\n"
    "The rest of this report covers the costs of the loan."
)


def test_a_letter_under_its_addresses_needs_no_title() -> None:
    assert "structure/missing-title" not in _rules(LETTER, "text")


def test_sentences_above_a_salutation_are_not_a_letter_head() -> None:
    assert "structure/missing-title" in _rules(NOT_A_LETTER, "text")


_BODY = (
    "The garden was my grandfather's before it was mine, and he grew far more than any family "
    "could eat. Every summer he gave the surplus away to the neighbours on our street. "
) * 12


@pytest.mark.parametrize(
    "ending",
    [
        "If my grandfather taught me anything, it is that the surplus is the point.",
        "The lesson, I think, is to plant what you can give away.",
        "What I learned is that a garden is a way of meeting people.",
    ],
)
def test_an_essay_that_ends_on_its_lesson_has_a_conclusion(ending: str) -> None:
    text = f"# The surplus\n\n{_BODY}\n\n{ending}\n"
    assert "structure/missing-conclusion" not in _rules(text)


def test_an_essay_that_stops_mid_argument_still_lacks_a_conclusion() -> None:
    text = f"# The surplus\n\n{_BODY}\n\nHe grew beans on the fence and marrows by the shed.\n"
    assert "structure/missing-conclusion" in _rules(text)


def test_a_how_to_that_ends_by_saying_whom_to_contact_is_closed() -> None:
    text = (
        f"# Moving your photos to a new phone\n\n{_BODY}\n\n"
        "If anything is missing, or the link has expired, contact support from the Help menu "
        "and we will send a new one.\n"
    )
    assert "structure/missing-conclusion" not in _rules(text)


def test_platform_notes_over_one_heading_per_platform_need_no_introduction() -> None:
    text = (
        "# Beacon 5.2 release notes\n\nBeacon 5.2 adds shared route plans.\n\n"
        "## Platform notes\n\n### Android\n\nThe app now requires Android 10.\n\n"
        "### iOS\n\nThe app now requires iOS 16.\n"
    )
    assert "structure/missing-intro" not in _rules(text)
