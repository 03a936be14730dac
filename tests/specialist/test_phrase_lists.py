"""Reading several phrase lists in one pass finds exactly what each list finds on its own, and
a shape list indexed by first word finds what its one alternation finds."""

from __future__ import annotations

from services.specialist.rules import clarity, tone
from services.specialist.rules.masking import mask
from services.specialist.rules.phrases import PhraseLists
from tests.eval.corpus import load_set


def test_one_pass_over_several_lists_equals_each_list_alone() -> None:
    lists = PhraseLists(
        clarity._HIDDEN_VERBS, clarity._WORDY, clarity._JARGON, clarity._VAGUE,
        clarity._HIDDEN_VERB_SHAPES, clarity._NOUNS_AS_VERBS, tone._HEDGES, tone._INTENSIFIERS,
        tone._SLANG, tone._CONTRACTIONS, tone._STIFF, tone._BLAME,
    )  # fmt: skip
    texts = [
        "Kind of, I think that in order to make a decision we're gonna need stuff.",
        "We undertook a review of it, so please action the list and socialise the plan.",
    ]
    texts += [mask(d.text, markdown=d.format == "markdown") for d in load_set("main")]
    for text in texts:
        together = lists.hits(text)
        alone = [list(phrases.hits(text)) for phrases in lists.lists]
        assert together == alone


def test_a_pattern_list_finds_what_its_alternation_finds() -> None:
    """Indexing shapes by their first word loses no match and adds none."""
    texts = [mask(d.text, markdown=d.format == "markdown") for d in load_set("main")]
    texts.append(
        "They undertook a review of the site and gave notification to us. Action the "
        "plan; we will action the plan; she socialised the plan."
    )
    for shapes in (clarity._HIDDEN_VERB_SHAPES, clarity._NOUNS_AS_VERBS):
        for text in texts:
            indexed = [(h.start, h.end) for h in shapes.hits(text)]
            assert indexed == [m.span() for m in shapes.alternation.finditer(text)]
