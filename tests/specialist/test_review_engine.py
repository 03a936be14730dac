"""Issue 14: the grammar and tone kinds that slipped through, the engine's reviewer-like
filters, re-checked edits and the user-found bugs. Each case names the rule and the edit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from services.specialist.findings import Finding, LensContext
from services.specialist.llm import load_prompt
from services.specialist.options import LensOptions
from services.specialist.rules.grammar import engine
from services.specialist.rules.grammar.dictionary import DictionaryMissing, frequencies
from services.specialist.rules.lenses import RAW_ANALYZERS
from services.specialist.rules.recheck import MAX_WINDOW, WITHHELD, rechecked
from tests.specialist.cases import MD, Case, analyze

# (marked text, rule, replacement): one per kind of "Grammar: the kinds that slip through".
GRAMMAR_KINDS = [
    ("The results of the survey ⟦shows⟧ a drop.", "grammar/subject-verb", "show"),
    ("We parked ⟦there⟧ car outside.", "grammar/there-their", "their"),
    ("⟦Their⟧ going to win.", "grammar/there-their", "They're"),
    ("⟦Their⟧ going home.", "grammar/there-their", "They're"),
    ("The box lost ⟦it's⟧ lid.", "grammar/its", "its"),
    ("The team ⟦who's⟧ budget was cut.", "grammar/whose", "whose"),
    ("⟦Whose⟧ going to the party?", "grammar/whose", "Who's"),
    ("Check ⟦you're⟧ new account.", "grammar/your-youre", "your"),
    ("The ⟦customers⟧ complaints were ignored.", "grammar/possessive", "customers'"),
    ("This is for him and ⟦I⟧.", "grammar/pronoun-case", "me"),
    ("⟦Me and him⟧ went to the store.", "grammar/pronoun-case", "He and I"),
    ("The project has ⟦began⟧.", "grammar/harper-simple-past-to-past-participle", "begun"),
    ("We ⟦seen⟧ it yesterday.", "grammar/past-form", "saw"),
    ("This will ⟦effect⟧ the results.", "grammar/harper-noun-verb-confusion", "affect"),
    ("It had a big ⟦affect⟧ on sales.", "grammar/affect-effect", "effect"),
    ("Don't ⟦loose⟧ your keys.", "grammar/lose-loose", "lose"),
    ("We made ⟦less⟧ errors this time.", "grammar/less-fewer", "fewer"),
    ("This is ⟦more easier⟧ now.", "grammar/harper-adjective-double-degree", "easier"),
    ("It was late⟦,⟧ we went home.", "grammar/comma-splice", ";"),
    ("We stopped early. ⟦Because the server failed.⟧", "grammar/fragment", None),
    ("The outage ⟦occured⟧ twice.", "grammar/spelling", "occurred"),
    ("The ⟦stakeholdres⟧ agreed.", "grammar/misspelling", "stakeholders"),
]
# One per kind of "Tone: the kinds that slip through"; no style makes them polite.
TONE_KINDS = [
    ("⟦Obviously, the⟧ cache is cold.", "tone/condescending", "The"),
    # Cutting "Obviously" would leave "Even a beginner can": the edit is withheld.
    ("⟦Obviously even⟧ a beginner can see it.", "tone/condescending", None),
    ("The fix is easy: ⟦even a beginner can⟧ do it.", "tone/condescending", None),
    ("⟦As previously stated⟧, the form closes Friday.", "tone/passive-aggressive", None),
    ("⟦Going forward, please make sure⟧ to test it.", "tone/passive-aggressive", None),
    ("⟦Per my last email⟧, the deadline is Monday.", "tone/passive-aggressive", None),
    ("⟦Great, another⟧ outage this week.", "tone/sarcasm", None),
    ("⟦Thanks a lot⟧ for deleting the backup.", "tone/sarcasm", None),
    ("⟦The platform team dropped the ball⟧ on this release.", "tone/blame", None),
    ("⟦You broke⟧ the build again.", "tone/blame", None),
    ("⟦That's not my problem⟧.", "tone/dismissive", None),
    ("⟦Whatever⟧, ship it.", "tone/dismissive", None),
]


def _case(lens: str, marked: str, rule: str, fix: str | None, style: str) -> Case:
    return Case(lens, marked, rule, fix, {"style": style})


@pytest.mark.parametrize(("marked", "rule", "fix"), GRAMMAR_KINDS, ids=lambda v: str(v)[:40])
def test_grammar_kind_that_slipped_through_is_caught(marked: str, rule: str, fix: str) -> None:
    case = _case("grammar", marked, rule, fix, "neutral")
    found = analyze("grammar", case.text, style="neutral")
    hits = [f for f in found if (f.start, f.end) == case.span and f.rule == rule]
    assert hits, [(f.rule, case.text[f.start : f.end], f.replacement) for f in found]
    assert hits[0].replacement == fix


@pytest.mark.parametrize("style", ["friendly", "neutral", "formal"])
@pytest.mark.parametrize(("marked", "rule", "fix"), TONE_KINDS, ids=lambda v: str(v)[:40])
def test_tone_family_is_flagged_in_every_style(
    marked: str, rule: str, fix: str, style: str
) -> None:
    case = _case("tone", marked, rule, fix, style)
    found = analyze("tone", case.text, style=style)
    hits = [f for f in found if f.rule == rule]
    assert [(h.start, h.end) for h in hits] == [case.span], [
        (f.rule, f.start, f.end) for f in found
    ]
    assert hits[0].replacement == fix and hits[0].severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "The build failed twice this week, and the tests failed to run on Friday.",
        "Whatever you need, ask the support team.",
        "That was a great talk. Thanks for the help.",
        "Great, thanks for the quick review.",
    ],
)
def test_plain_bad_news_and_praise_are_not_attitude(text: str) -> None:
    assert analyze("tone", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Hoffmann, Farah Haddad from Uppsala will join us.",  # names, mid-sentence
        "We met Zoë and Müller at the café.",  # diacritics
        "Run `fooBarr --frobnicate` or see https://exampel.com/recieve-it.",  # code, URL
        "The word \"frobnicate\" is ours, and so is 'zorblax'.",  # quoted words
        "The programme centre organised the tyre colour analysis.",  # British spellings
        "The pollen-api repo uses tokenisation and reutilisation.",  # compounds, derived
        "tidyscan finds unused files. We like tidyscan a lot.",  # a styled name, repeated
        "Rules: a/an by the sound of the next word.",  # the article is named, not used
    ],
    ids=["names", "diacritics", "code-url", "quoted", "british", "derived", "styled-name", "a/an"],
)
def test_the_engine_is_filtered_like_a_human_reviewer(text: str) -> None:
    assert analyze("grammar", text) == []


def test_a_fenced_block_hides_misspellings_from_the_engine() -> None:
    text = "Install it:\n\n```\nstakeholdres recieve teh\n```\n\nThe stakeholdres agreed.\n"
    found = analyze("grammar", text, **MD)
    assert [(f.rule, text[f.start : f.end]) for f in found] == [
        ("grammar/misspelling", "stakeholdres")
    ]
    assert found[0].start > text.index("```\n\n")


def test_harper_searches_suggestions_only_for_candidate_words() -> None:
    """The spell check's suggestion search is the costly part of Harper on unseen text:
    names, known words and excused words never reach it; a misspelling and a month does."""
    engine.forget()
    text = "Lindqvist and Okonkwo told Haddad in Uppsala that the stakeholdres met in Febuary."
    found = analyze("grammar", text)
    assert [(f.rule, text[f.start : f.end], f.replacement) for f in found] == [
        ("grammar/misspelling", "stakeholdres", "stakeholders"),
        ("grammar/misspelling", "Febuary", "February"),
    ]
    asked = engine._suggestions.cache_info()
    assert asked.misses == 2, "only 'stakeholdres' and 'Febuary' are looked up"
    assert "SpellCheck" not in {k for k, on in engine._linter().get_lint_config().items() if on}


@pytest.mark.parametrize(
    ("text", "style", "fix"),
    [
        ("He dont like it.", "neutral", "doesn't"),
        ("She dont know.", "friendly", "doesn't"),
        ("They dont care.", "neutral", "don't"),
        ("He dont like it.", "formal", "does not"),
        ("They dont care.", "formal", "do not"),
    ],
)
def test_an_edit_that_would_raise_another_finding_is_replaced(
    text: str, style: str, fix: str
) -> None:
    found = analyze("grammar", text, style=style)
    assert [(f.rule, f.replacement) for f in found] == [("grammar/apostrophe", fix)]
    fixed = text.replace("dont", fix)
    for lens in ("grammar", "clarity", "tone"):
        assert analyze(lens, fixed, style=style) == [], lens


def test_formal_exclamations_are_fixed_with_a_full_stop_and_contractions_spelled_out() -> None:
    found = analyze("tone", "Thanks for the quick fix!!!", style="formal")
    assert [(f.rule, f.replacement) for f in found] == [("tone/exclamation", ".")]
    found = analyze("grammar", "Their going home.", style="formal")
    assert [(f.rule, f.replacement) for f in found] == [("grammar/there-their", "They are")]


def test_an_edit_with_no_safe_form_is_withheld_with_its_message() -> None:
    text = "He dont like it."
    bad = Finding(3, 7, "grammar/apostrophe", "needs an apostrophe", "warning", "don't")
    kept = rechecked(text, [bad], LensContext("grammar"), RAW_ANALYZERS)
    assert kept[0].replacement is None and kept[0].message.endswith(WITHHELD)


def test_a_run_with_no_sentence_end_is_rechecked_only_around_each_edit() -> None:
    """Hostile or garbled text with no sentence end: each edit's re-check reads a window of
    at most MAX_WINDOW characters, not the whole run once per edit (a cost that grew with
    the square of the run's length), and still finds the safe form."""
    filler = "the report is on the shared drive and the team reads it every week and " * 40
    text = filler + "he dont like it and " + filler
    seen: list[int] = []

    def recording(lens: str) -> Callable[[str, LensContext], list[Finding]]:
        def analyze_(t: str, ctx: LensContext) -> list[Finding]:
            seen.append(len(t))
            return RAW_ANALYZERS[lens](t, ctx)

        return analyze_

    start = text.index("dont")
    bad = Finding(start, start + 4, "grammar/apostrophe", "needs an apostrophe", "warning",
                  "don't", ("doesn't",))  # fmt: skip
    analyzers = {lens: recording(lens) for lens in RAW_ANALYZERS}
    [kept] = rechecked(text, [bad], LensContext("grammar"), analyzers)
    assert kept.replacement == "doesn't"
    assert len(text) > 5000 and seen and max(seen) <= MAX_WINDOW


def test_harper_reads_a_long_text_in_pieces_and_reports_at_the_right_place() -> None:
    """A chunk over HARPER_PIECE (a document that needed more than max_chunks chunks) is
    linted in pieces cut at paragraphs, sentences or spaces: Harper's time grows with the
    square of a run with no sentence end."""
    filler = "The team met on Monday and agreed the plan. " * 60
    text = f"{filler}\n\n{filler}The new tool is more easier to use. {filler}" + "— " * 3000
    cut = engine.pieces(text)
    assert "".join(p for _, p in cut) == text and len(cut) > 3
    assert all(len(p) <= engine.HARPER_PIECE and text[at:].startswith(p) for at, p in cut)
    found = [f for f in analyze("grammar", text) if "double-degree" in f.rule]
    assert [(f.start, text[f.start : f.end]) for f in found] == [
        (text.index("more easier"), "more easier")
    ]


def test_one_exclamation_run_in_a_short_text_is_a_single_mild_finding() -> None:
    text = "Thanks so much for the quick fix on the billing page today, team!!!"
    found = analyze("tone", text)
    assert [(f.rule, f.severity) for f in found] == [("tone/exclamation", "info")]


def test_the_dictionary_ships_with_the_install() -> None:
    words = frequencies()
    assert len(words) > 80_000 and "necessary" in words and "neccessary" not in words
    assert issubclass(DictionaryMissing, RuntimeError)


@pytest.mark.parametrize(
    ("lens", "words"),
    [
        ("grammar", ["who's/whose", "possessive", "pronoun case", "has began", "less errors",
                     "more easier", "comma splices", "fragments", "lose/loose", "doesn't"]),
        ("tone", ["condescension", "passive aggression", "sarcasm", "blame", "dismissiveness"]),
        ("clarity", ["passive voice", "hidden verbs", "wordy phrases", "jargon",
                     "double negatives", "referent is unclear"]),
    ],
)  # fmt: skip
def test_the_default_model_prompts_cover_the_rules_categories(lens: str, words: list[str]) -> None:
    assert LensOptions().prompt_version == "v2"
    prompt = load_prompt(lens, LensOptions().prompt_version).template
    assert [w for w in words if w not in prompt] == []
