"""Round 11 of issue 14: grammar and tone false alarms on 30 new clean documents.

``tests/data/clean_round11/`` holds 30 clean, well-written documents written independently of
the rules. Before the change the grammar lens raised 7 false alarms on them (0.97 per 1,000
clean words) and the tone lens two that were not hedges, each a misreading of a construction:

- comma-splice: "In the two schools we work with most closely, the figure is ..." — a phrase
  whose noun takes a relative clause without 'that' that ends on a stranded preposition;
- harper-double-modal: "the fix in May will make" — 'May' capitalised inside a sentence is the
  month;
- harper-pronoun-knew: "adopt anything new", "before adopting anything new," — 'new' after a
  pronoun in '-thing' is its adjective;
- harper-were-where: "3. Where you may work" — "Where" + pronoun + modal is a clause of place;
- subject-verb: "enter the cold room, the chemical store or the clean room" — a noun in a list
  ('or' and a determiner follow it), not a subject and its verb;
- there-their: "cold at the top, there is air trapped inside it" — 'is' read as a noun of
  "their is air"; a form of 'be' or 'have' is never part of a noun phrase;
- tone/blame: "Our courier changed the depot ... without telling us" — the writer answers for
  its own supplier ("our courier") in an apology's account of what went wrong;
- tone/negative: "one of the most deprived wards" — a standard term for how a place fares,
  not a verdict.

After the change the 30 documents draw no grammar finding and no blame or negative-sentence
finding. The main set's grammar line (P 0.977 / R 0.880, TP 636, FP 15) and tone line
(P 0.981 / R 0.932, TP 368, FP 7) are unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.corpus import Doc, load
from tests.eval.scoring import review
from tests.specialist.cases import analyze

DATA = Path(__file__).resolve().parents[1] / "data" / "clean_round11"


def _grammar(text: str, fmt: str = "text") -> set[str]:
    return {f.rule for f in analyze("grammar", text, format=fmt)}


def _tone(text: str) -> set[str]:
    return {f.rule for f in analyze("tone", text, format="markdown")}


@pytest.mark.parametrize("doc", load(DATA), ids=lambda d: d.name)
def test_the_clean_documents_draw_no_grammar_finding(doc: Doc) -> None:
    assert [(s.rule, s.original) for s in review(doc, "grammar")] == []


@pytest.mark.parametrize("doc", load(DATA), ids=lambda d: d.name)
def test_the_clean_documents_draw_no_blame_or_negative_sentence(doc: Doc) -> None:
    found = [(s.rule, s.original) for s in review(doc, "tone")]
    assert [f for f in found if f[0] in ("tone/blame", "tone/negative")] == []


# --- comma splice ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In the two schools we work with most closely, the figure is 38 per cent.",
        "From the suppliers we rely on, the prices have risen this year.",
        "In the file we talked about, the totals are wrong.",
    ],
)
def test_a_phrase_with_a_stranded_relative_is_no_clause(text: str) -> None:
    assert "grammar/comma-splice" not in _grammar(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the morning we packed the car, it was raining.",
        "In the end we went with it, the plan worked.",
    ],
)
def test_a_clause_after_a_phrase_still_splices(text: str) -> None:
    assert "grammar/comma-splice" in _grammar(text)


# --- Harper: double modal, pronoun-knew, were-where ----------------------------------------


def test_the_month_may_before_a_modal_is_no_double_modal() -> None:
    text = "Nothing else changes, and the fix in May will make the workaround unnecessary."
    assert "grammar/harper-double-modal" not in _grammar(text)


@pytest.mark.parametrize("text", ["We may will need to move.", "You might could help."])
def test_two_modals_are_still_a_double_modal(text: str) -> None:
    assert "grammar/harper-double-modal" in _grammar(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teams that never adopt anything new eventually pay for it.",
        "Ask, before adopting anything new, what problem it solves.",
        "There was nothing new in the report.",
    ],
)
def test_new_after_a_thing_pronoun_is_an_adjective(text: str) -> None:
    assert "grammar/harper-pronoun-knew" not in _grammar(text)


@pytest.mark.parametrize("text", ["He new the answer.", "Everyone new the answer."])
def test_new_for_knew_after_a_person_is_still_flagged(text: str) -> None:
    assert "grammar/harper-pronoun-knew" in _grammar(text)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("# Policy\n\nIt is reviewed every six months.\n\n## 3. Where you may work\n\nAt home.\n",
         "markdown"),
        ("Where you can park is shown on the map.", "text"),
        ("Where you live does not matter.", "text"),
    ],
)  # fmt: skip
def test_where_and_a_clause_is_a_clause_of_place(text: str, fmt: str) -> None:
    assert "grammar/harper-were-where" not in _grammar(text, fmt)


@pytest.mark.parametrize(
    "text", ["Where you sure about it?", "Where you told about the change?", "Where you clear?"]
)
def test_where_for_were_before_an_adjective_is_still_flagged(text: str) -> None:
    assert "grammar/harper-were-where" in _grammar(text)


# --- subject-verb ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Visitors may not enter the cold room, the chemical store or the clean room alone.",
        "We cleaned the lab, the chemical store and the office.",
    ],
)
def test_a_noun_in_a_list_is_no_subject_and_verb(text: str) -> None:
    assert "grammar/subject-verb" not in _grammar(text)


def test_a_subject_and_a_base_verb_after_a_comma_are_still_flagged() -> None:
    text = "When we close, the technician store the keys in the office."
    assert "grammar/subject-verb" in _grammar(text)


# --- there / their ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If a radiator is cold at the top, there is air trapped inside it.",
        "At the back there was water pooled under the sink.",
    ],
)
def test_there_is_and_a_noun_is_no_possessive(text: str) -> None:
    assert "grammar/there-their" not in _grammar(text)


@pytest.mark.parametrize("text", ["There cache expired yesterday.", "I saw there team has left."])
def test_there_before_a_noun_and_its_verb_is_still_flagged(text: str) -> None:
    assert "grammar/there-their" in _grammar(text)


# --- tone: blame and negative sentences ----------------------------------------------------


def test_our_own_supplier_named_as_the_cause_is_no_blame() -> None:
    text = (
        "# We are sorry\n\n## What went wrong\n\nOur courier changed the depot that handles "
        "our parcels without telling us, and about 600 parcels waited there for five days.\n"
    )
    assert "tone/blame" not in _tone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The courier changed the depot without telling anyone.",
        "Our backend team pushed the change without testing it.",
        "The supplier changed the spec without telling us.",
    ],
)
def test_a_team_or_an_outside_firm_singled_out_is_still_blamed(text: str) -> None:
    assert "tone/blame" in _tone(f"# Update\n\n{text}\n")


def test_a_deprived_ward_is_a_state_not_a_verdict() -> None:
    text = "# Need\n\nRiverside is one of the most deprived wards in the district.\n"
    assert "tone/negative" not in _tone(text)


def test_a_verdict_with_the_same_frame_is_still_negative() -> None:
    text = "# Need\n\nThis is one of the most pathetic plans in the district.\n"
    assert "tone/negative" in _tone(text)
