"""The rules analyzers: planted problems at exact offsets, no alarms on clean text, clean fixes."""

from __future__ import annotations

import pytest

from services.coordinator.chunking import chunk
from services.specialist.findings import Finding, LensContext
from services.specialist.options import LensOptions
from services.specialist.rules.grammar.articles import article_for
from services.specialist.rules.lenses import ANALYZERS
from tests.specialist.cases import ALL, MD, Case, analyze
from tests.specialist.clean import CALM_PROSE, CLEAN, MARKDOWN_GUIDE, PLAIN_LETTER


def _describe(found: list[Finding], text: str) -> list[tuple[str, int, int, str, str | None]]:
    return [(f.rule, f.start, f.end, text[f.start : f.end], f.replacement) for f in found]


@pytest.mark.parametrize("case", ALL, ids=str)
def test_planted_problem_is_reported_at_its_exact_span(case: Case) -> None:
    found = analyze(case.lens, case.text, **case.ctx)
    hits = [f for f in found if f.rule == case.rule and (f.start, f.end) == case.span]
    assert hits, f"{case.rule} not at {case.span}: {_describe(found, case.text)}"
    assert hits[0].replacement == case.replacement
    assert hits[0].message and hits[0].severity in ("info", "warning", "error")


@pytest.mark.parametrize(
    ("lens", "text"),
    [(lens, text) for lens, texts in CLEAN.items() for text in texts],
    ids=lambda v: v if len(v) < 20 else v.split("\n")[0][:30],
)
def test_clean_text_raises_no_findings(lens: str, text: str) -> None:
    fmt = "text" if text is PLAIN_LETTER else "markdown"
    found = analyze(lens, text, format=fmt)
    assert found == [], _describe(found, text)


@pytest.mark.parametrize("case", ALL, ids=str)
def test_applying_a_replacement_introduces_no_new_finding_of_the_same_lens(case: Case) -> None:
    text = case.text
    before = analyze(case.lens, text, **case.ctx)
    known = {(f.rule, text[f.start : f.end].lower()) for f in before}
    for f in before:
        if f.replacement is None:
            continue
        patched = text[: f.start] + f.replacement + text[f.end :]
        lo, hi = f.start - 1, f.start + len(f.replacement) + 1
        new = [
            (g.rule, patched[g.start : g.end])
            for g in analyze(case.lens, patched, **case.ctx)
            if lo <= g.start and g.end <= hi
            and (g.rule, patched[g.start : g.end].lower()) not in known
        ]  # fmt: skip
        assert new == [], f"fixing {f.rule} with {f.replacement!r} gives {new} in {patched!r}"


def test_findings_never_reach_into_code_urls_or_markup() -> None:
    text = (
        "Run `the the` or see https://example.com/the_the and [the docs](http://x.io/recieve).\n"
        "\n```\nhe don't recieve\n```\n"
    )
    assert analyze("grammar", text, **MD) == []
    assert analyze("grammar", text.replace("`the the`", "the the"), **MD) != []


@pytest.mark.parametrize(
    ("word", "article"),
    [("hour", "an"), ("honest", "an"), ("university", "a"), ("European", "a"), ("one-off", "a"),
     ("MBA", "an"), ("URL", "a"), ("HTTP", "an"), ("X-ray", "an"), ("U-turn", "a"), ("8", "an"),
     ("11", "an"), ("100", "a"), ("apple", "an"), ("unusual", "an"), ("uninstall", "an"),
     ("SQL", None), ("NASA", None), ("herb", None)],
)  # fmt: skip
def test_article_follows_the_sound_of_the_next_word(word: str, article: str | None) -> None:
    assert article_for(word) == article


def test_letters_used_as_labels_are_not_articles() -> None:
    assert analyze("grammar", "Plan A or plan B. Vitamin A is useful.") == []


def test_a_chunk_that_starts_mid_sentence_is_not_told_to_capitalise() -> None:
    text = "continues the sentence from the previous chunk. Then more."
    assert analyze("grammar", text, chunk_id=1, chunks_total=2) == []
    assert [f.rule for f in analyze("grammar", "It ends. the next one starts.")] == [
        "grammar/capitalization"
    ]


def test_lowercase_names_may_open_a_paragraph() -> None:
    assert analyze("grammar", "npm installs the packages.\n\nuvloop is fast.") == []
    assert analyze("grammar", "the packages are installed.") != []


def test_capital_fix_folds_into_the_fix_of_the_same_word() -> None:
    found = analyze("grammar", "It works. your going to like it.")
    assert [(f.rule, f.replacement) for f in found] == [("grammar/your-youre", "You're")]


def test_sentence_length_threshold_comes_from_the_options() -> None:
    text = "This sentence has exactly twelve words in it and no other problem."
    assert analyze("clarity", text) == []
    found = analyze("clarity", text, options=LensOptions(max_sentence_words=10))
    assert [(f.rule, f.start, f.end) for f in found] == [("clarity/long-sentence", 0, len(text))]


def test_preferences_with_rather_are_not_filler() -> None:
    assert analyze("clarity", "We would rather wait than rush. Use tea rather than coffee.") == []


def test_style_decides_which_tone_rules_apply() -> None:
    text = "I think we're gonna ship it. Kindly commence the review!"

    def rules(style: str) -> set[str]:
        return {f.rule for f in analyze("tone", text, style=style)}

    assert rules("formal") == {
        "tone/hedge", "tone/contraction", "tone/slang", "tone/exclamation", "tone/stiff"
    }  # fmt: skip
    assert rules("neutral") == {"tone/hedge", "tone/slang", "tone/stiff"}
    assert rules("friendly") == {"tone/stiff"}


def test_formal_style_keeps_legal_words_but_not_stock_letter_phrases() -> None:
    text = "Pursuant to the contract, we will commence work. Kindly reply."

    def stiff(style: str) -> list[str]:
        return [text[f.start : f.end] for f in analyze("tone", text, style=style)]

    assert stiff("formal") == ["Kindly"]
    assert stiff("friendly") == ["Pursuant to", "commence", "Kindly"]


def test_acronyms_labels_and_literal_kinds_are_not_tone_problems() -> None:
    assert analyze("tone", CALM_PROSE, format="markdown") == []
    assert analyze("tone", "See AUTHORS.md and the SIGALRM handler.") == []


def test_judgement_is_info_and_hostility_a_warning() -> None:
    found = analyze("tone", "This is a disaster. I hate this awful, stupid mess.")
    assert [(f.rule, f.severity) for f in found] == [
        ("tone/negative", "info"),
        ("tone/negative", "warning"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately, the test failed.",
        "The build failed twice last night because the disk was full.",
        "Three links are broken and two images are missing.",
        "The outage lasted two hours and we lost some orders.",
        "Your account was locked after three failed attempts.",
        # Operations vocabulary is technical, not hostile.
        "Killing one process is like killing a pod: it is restarted with a short backoff.",
        "A failing handler is retried; after four deliveries it goes to the dead-letter stream.",
        "The worker died with a fatal error, and the poison message was aborted.",
    ],
)
def test_plain_bad_news_is_not_negative_tone(text: str) -> None:
    assert analyze("tone", text) == []


@pytest.mark.parametrize(
    "text",
    ["Rain is the enemy of a picnic.", "It is not terrible.", "The weather was terrible."],
)
def test_a_lone_negative_word_needs_aim_or_emphasis(text: str) -> None:
    assert analyze("tone", text) == []


def test_blaming_wording_is_a_warning_whatever_its_sentiment() -> None:
    found = analyze("tone", "Thanks. You people never read the documentation.")
    assert [(f.rule, f.severity, f.start) for f in found] == [("tone/negative", "warning", 8)]


def test_heading_level_of_the_previous_chunk_counts_for_a_jump() -> None:
    text = "#### Details\n\nText here.\n"
    found = analyze("structure", text, format="markdown", chunk_id=1, chunks_total=3,
                    heading="#### Details", previous_heading="## Findings")  # fmt: skip
    assert [(f.rule, f.start, f.end, f.replacement) for f in found] == [
        ("structure/heading-jump", 0, 4, "###")
    ]


def test_a_chunk_own_heading_is_not_the_level_it_is_compared_with() -> None:
    text = "### Details\n\nText here.\n"
    ctx = {"format": "markdown", "chunk_id": 1, "chunks_total": 3, "heading": "### Details"}
    assert analyze("structure", text, **ctx, previous_heading="## Findings") == []
    found = analyze("structure", text, **ctx, previous_heading="# Report")
    assert [f.rule for f in found] == ["structure/heading-jump"]


@pytest.mark.parametrize(
    ("next_heading", "rule"),
    [("## Features", "structure/missing-intro"), ("# Other", "structure/empty-section"),
     ("### Deeper", "structure/missing-intro")],
)  # fmt: skip
def test_a_heading_alone_in_its_chunk_is_judged_by_the_next_chunk_heading(
    next_heading: str, rule: str
) -> None:
    text = "# weatherlog\n"
    found = analyze("structure", text, format="markdown", chunks_total=3,
                    next_heading=next_heading)  # fmt: skip
    assert [(f.rule, f.start, f.end) for f in found] == [(rule, 0, 12)]


def test_a_heading_followed_by_prose_in_the_next_chunk_is_fine() -> None:
    text = "## Notes\n"
    assert analyze("structure", text, format="markdown", chunk_id=1, chunks_total=3) == []


def test_conclusion_is_needed_by_word_count_not_by_chunk_count() -> None:
    text = "## Details\n\nMore facts.\n"
    last = {"format": "markdown", "chunk_id": 4, "chunks_total": 5}
    assert analyze("structure", text, **last, doc_words=60) == []
    found = analyze("structure", text, **last, doc_words=600)
    assert [f.rule for f in found] == ["structure/missing-conclusion"]
    assert analyze("structure", text, **last, doc_words=600,
                   options=LensOptions(min_words_for_conclusion=1000)) == []  # fmt: skip


def test_the_last_chunk_knows_its_document_is_a_policy_from_the_title_it_cannot_see() -> None:
    text = "## Exceptions\n\nA manager may approve up to five extra days.\n"
    last = {"format": "markdown", "chunk_id": 3, "chunks_total": 4, "doc_words": 900}
    found = analyze("structure", text, **last)
    assert [f.rule for f in found] == ["structure/missing-conclusion"]
    assert analyze("structure", text, **last, doc_title="# Annual leave policy") == []


def test_a_links_section_is_back_matter_after_the_conclusion() -> None:
    text = "## Useful links\n\n- The guide.\n- The calendar.\n"
    ctx = {"format": "markdown", "chunk_id": 2, "chunks_total": 3, "doc_words": 600}
    assert analyze("structure", text, **ctx) == []


STRUCTURED = """# Handbook

## Setup

### Install

Run the installer and follow the prompts.

##### Options

The installer asks three questions.

## Usage

## Support

Write to the help desk.
"""


def test_chunked_structure_findings_equal_whole_document_findings() -> None:
    found = analyze("structure", STRUCTURED, format="markdown")
    whole = {(f.rule, f.start, f.end) for f in found}
    chunked = set()
    chunks = chunk(STRUCTURED, max_chars=2000, min_chars=1)
    for c in chunks:
        ctx = LensContext("structure", "markdown", c.chunk_id, len(chunks), c.heading,
                          c.previous_heading, c.next_heading, c.doc_words)  # fmt: skip
        found = ANALYZERS["structure"](c.text, ctx)
        assert all(0 <= f.start <= f.end <= len(c.text) for f in found)
        chunked |= {(f.rule, c.start + f.start, c.start + f.end) for f in found}
    assert len(chunks) == 3  # headings with no prose between stay with what follows
    assert chunked == whole
    assert sorted((rule, STRUCTURED[a:b]) for rule, a, b in chunked) == [
        ("structure/empty-section", "## Usage"),
        ("structure/heading-jump", "#####"),
        # "# Handbook" goes into "## Setup", which goes into "### Install": one finding, on
        # the section that lacks its introduction, not on the title above it too.
        ("structure/missing-intro", "## Setup"),
    ]


def test_lists_split_by_code_blocks_are_steps_not_orphans() -> None:
    text = "Intro.\n\n1. Install:\n\n```\npip install x\n```\n\n2. Run it.\n\nDone.\n"
    assert analyze("structure", text, format="markdown", chunk_id=1, chunks_total=3) == []


def test_list_at_a_chunk_boundary_may_continue_and_is_not_an_orphan() -> None:
    text = "Intro.\n\n- first item\n"
    assert analyze("structure", text, format="markdown", chunk_id=1, chunks_total=3) == []
    found = analyze("structure", text, format="markdown", chunk_id=2, chunks_total=3)
    assert "structure/orphan-list" in {f.rule for f in found}


def test_lazy_numbering_is_valid() -> None:
    text = "Intro.\n\n1. a\n1. b\n1. c\n\nEnd.\n"
    assert analyze("structure", text, format="markdown", chunk_id=1, chunks_total=3) == []


@pytest.mark.parametrize(
    "ending",
    ["## Conclusion\n\nIt works.\n", "## Next steps\n\nShip it.\n", "In short, it works.\n",
     "## License\n\nMIT.\n"],
)  # fmt: skip
def test_a_closing_section_or_cue_satisfies_the_conclusion_rule(ending: str) -> None:
    text = "## Details\n\nMore facts.\n\n" + ending
    assert analyze("structure", text, format="markdown", chunk_id=3, chunks_total=4) == []


def test_short_documents_need_no_conclusion() -> None:
    text = "## Details\n\nMore facts.\n"
    assert analyze("structure", text, format="markdown", chunk_id=1, chunks_total=2) == []


def test_plain_text_titles_and_underlined_headings_count_as_titles() -> None:
    assert analyze("structure", PLAIN_LETTER) == []
    assert analyze("structure", "Release notes\n=============\n\nBody text.\n") == []
    assert analyze("structure", MARKDOWN_GUIDE, format="markdown") == []


@pytest.mark.parametrize(
    ("lens", "text", "style", "rules"),
    [
        ("grammar", "The alert fired, but ıt's message went to a channel.", "neutral",
         ["grammar/its"]),
        ("grammar", "Theır goıng home early today.", "neutral", ["grammar/there-their"]),
        ("grammar", "The report was sent to hım and İ yesterday.", "neutral", []),
        ("grammar", "Theſe are the reſults.", "neutral", []),
        ("tone", "Sadly ıt's late and İ'm tired.", "formal", ["tone/contraction"] * 2),
    ],
)  # fmt: skip
def test_letters_that_match_as_i_or_s_do_not_break_a_rule(
    lens: str, text: str, style: str, rules: list[str]
) -> None:
    # The patterns ignore case as re does, so "ıt's" matches "it's"; every table the match is
    # looked up in is read with the pattern's own folding (gate.fold), not str.lower().
    assert [f.rule for f in analyze(lens, text, style=style)] == rules
