"""Reading several phrase lists in one pass finds exactly what each list finds on its own."""

from __future__ import annotations

from services.specialist.rules import clarity, tone
from services.specialist.rules.masking import mask
from services.specialist.rules.phrases import PhraseLists
from tests.eval.corpus import load_set


def test_one_pass_over_several_lists_equals_each_list_alone() -> None:
    lists = PhraseLists(
        clarity._HIDDEN_VERBS, clarity._WORDY, clarity._JARGON, clarity._VAGUE,
        tone._HEDGES, tone._INTENSIFIERS, tone._SLANG, tone._CONTRACTIONS, tone._STIFF,
        tone._BLAME,
    )  # fmt: skip
    texts = ["Kind of, I think that in order to make a decision we're gonna need stuff."]
    texts += [mask(d.text, markdown=d.format == "markdown") for d in load_set("main")]
    for text in texts:
        together = lists.hits(text)
        alone = [list(phrases.hits(text)) for phrases in lists.lists]
        assert together == alone
