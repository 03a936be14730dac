"""How documents end: the structure lens's missing-conclusion judgement on a development set
written independently of the rules (issue 14, round 14).

``tests/data/structure_endings/`` holds 44 documents in 16 corpus genres (28 clean): 16 stop
without the close their genre needs, 14 end with a real close worded many ways, and 14 end
on content by design (release notes, a FAQ, a glossary, a settings list, meeting notes, a
how-to's last step). Scored before any change (``python -m tests.eval --dir
tests/data/structure_endings --lens structure``): TP 6, FP 2, FN 10.

Fixed, each by a general shape:
- a reference page ("Configuration reference: ...") or a glossary reads by section, as a
  policy does, and ends on its last entry;
- a how-to titled as an instruction ("Change the email address on your account") ends on
  its last step, as one titled "How to ..." does;
- a letter or an email is no longer exempt for opening like one ("Dear Ms Ode,"): it needs
  its close, a sign-off ("Kind regards,"; "Thanks, and see you on the 6th!") or a closing
  line over a signature block ("With our apologies,\\nJean Moreau\\nManager, Millbrook
  Pool"). Five planted letters, emails and replies that just stop are now caught.

After: TP 11, FP 0, FN 5. Left: an essay and a blog post whose last paragraph comes back to
the present ("Now I leave it open on my keyboard"), which the rules read as a close, and a
postmortem, a proposal and a status report that end on one more point. Main set structure
(65 findings, missing-conclusion 5 TP / 1 FP), ``structure_dev`` (39 / 1 / 3) and
``structure_clean2`` (no finding) are unchanged; ``/usr/share/doc`` missing-conclusion 166 →
165.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.corpus import load
from tests.eval.scoring import score
from tests.specialist.cases import analyze

DATA = Path(__file__).resolve().parents[1] / "data" / "structure_endings"


def test_the_endings_set_scores_as_recorded() -> None:
    tally = score(load(DATA), "structure")
    assert (tally.tp, tally.fp, tally.fn) == (11, 0, 5)


def _concludes(text: str, fmt: str = "text") -> bool:
    rules = {f.rule for f in analyze("structure", text, format=fmt, doc_words=800)}
    return "structure/missing-conclusion" not in rules


BODY = (
    "The hall is booked from nine until five, and the caterers arrive at eleven. We have "
    "asked every team to bring one poster and one short demo of what they built this year.\n\n"
)


@pytest.mark.parametrize(
    "close",
    [
        "Kind regards,\n\nAsha",
        "Thanks, and see you on the 6th!\n\nRuth (number 31)",
        "With our apologies,\nJean Moreau\nManager, Millbrook Pool\n",
        "Can't wait to see you all there!\n\nJo",
    ],
)
def test_a_letter_that_signs_off_is_closed(close: str) -> None:
    assert _concludes("Dear all,\n\n" + BODY + close)


def test_a_letter_that_just_stops_needs_a_close() -> None:
    assert not _concludes("Dear all,\n\n" + BODY + "The posters go up on the east wall.")


def test_a_last_line_that_is_a_sentence_is_no_signature() -> None:
    text = "Dear all,\n\n" + BODY + "Great news!\n\nThe posters go up on the east wall."
    assert not _concludes(text)


@pytest.mark.parametrize(
    "title",
    ["# Change the email address on your account", "# Configuration reference: the schedule"],
)
def test_a_how_to_or_a_reference_page_ends_on_its_content(title: str) -> None:
    text = f"{title}\n\n{BODY}## Options\n\n- `interval`: how often.\n- `keep`: how long.\n"
    assert _concludes(text, "markdown")
