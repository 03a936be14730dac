"""Round 13 of issue 14: false alarms on 36 clean documents in twelve genres.

``tests/data/structure_clean2/`` holds 36 clean, well-structured documents (13,001 words:
postmortems, announcements, support replies, grant sections, policies, job posts, release
notes, essays, apology letters, meeting notes, newsletters, FAQs) written independently of
the rules. Before the change (``python -m tests.eval --dir tests/data/structure_clean2``) they
drew 11 grammar findings, 2 tone findings and 4 structure findings, every one a false alarm:

- structure/missing-conclusion: three essays ending on what was learned ("The most important
  thing she taught me was ...", "I'm glad I did.", "My father's toolbox taught me otherwise")
  and a grant section ending on the conclusion it draws ("The evaluation will therefore ...");
- subject-verb: a compound or superlative read as the subject ("The engineering all-hands
  is", "a multi-buy offer ends", "The most common are:", "The median build time for the main
  repository has");
- possessive: an object and its bare infinitive ("permits let your guests park");
- misspelling: a neutral compound in -person ("tradesperson");
- harper-there-is-agreement: a compound noun ("There are water stations");
- harper-they-to-them: a clause on a noun ("the support they need");
- comma-splice: a series that ends on ", and ..." ("Work ran late, I got home exhausted,
  told myself I'd rest, and woke up at eleven");
- tone/blame: the writer's own team as 'they' ("Our team moved you ..., but they should have
  told you");
- tone/condescending: 'properly' of the writer's own doing ("I wanted to write it down
  properly").

After the change they draw one grammar finding (left: "before the July payroll run on 30
July", a noun read as a verb after 'before', which may open a clause) and none of tone or
structure. The main set's grammar, tone and structure findings are unchanged; the held-out
grammar line moved from P 0.973 (2 FP) to 0.986 (1 FP). The clarity lens's 83 findings
there (61 passives, 16 long sentences) are not counted: the documents were written for
structure, and formal registers use the passive on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.corpus import Doc, load
from tests.eval.scoring import review
from tests.specialist.cases import analyze

DATA = Path(__file__).resolve().parents[1] / "data" / "structure_clean2"
# The one finding left, by document.
LEFT = {"postmortem-02.md": [("grammar/subject-verb", "run")]}


@pytest.mark.parametrize("doc", load(DATA), ids=lambda d: d.name)
@pytest.mark.parametrize("lens", ["grammar", "tone", "structure"])
def test_the_clean_documents_draw_no_finding(doc: Doc, lens: str) -> None:
    found = [(s.rule, s.original) for s in review(doc, lens)]
    assert found == [f for f in LEFT.get(doc.name, []) if f[0].startswith(lens)]


def _rules(lens: str, text: str, **ctx: object) -> set[str]:
    return {f.rule for f in analyze(lens, text, **ctx)}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The engineering all-hands is on Thursday.", "grammar/subject-verb"),
        ("The basket updates when a multi-buy offer ends.", "grammar/subject-verb"),
        ("Visitor permits let your guests park in your zone.", "grammar/possessive"),
        ("It is cheaper for the tradesperson to buy a permit.", "grammar/misspelling"),
        ("There are water stations at miles 3 and 6.", "grammar/harper-there-is-agreement"),
        ("They face a gap between the support they need and the support offered.",
         "grammar/harper-they-to-them"),
    ],
)  # fmt: skip
def test_a_compound_an_object_or_a_clause_on_a_noun_is_right(text: str, rule: str) -> None:
    assert rule not in _rules("grammar", text, format="text")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The engineers is on call this week.", "grammar/subject-verb"),
        ("We forwarded the customers complaint to the manager.", "grammar/possessive"),
    ],
)
def test_the_rules_still_catch_their_errors(text: str, rule: str) -> None:
    assert rule in _rules("grammar", text, format="text")


def test_their_team_as_they_is_still_blamed() -> None:
    text = "The vendor moved you to the back room, but they should have told you the reason."
    assert "tone/blame" in _rules("tone", text)
    ours = "Our team moved you to the back room, but they should have told you the reason."
    assert "tone/blame" not in _rules("tone", ours)


def test_properly_of_the_readers_doing_still_counts() -> None:
    assert "tone/condescending" in _rules("tone", "We expect you to do it properly.")
    mine = "I owe you an apology, and I wanted to write it down properly."
    assert "tone/condescending" not in _rules("tone", mine)
