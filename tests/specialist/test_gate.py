"""The speed-ups of the rules are exact: a gated pattern is skipped only where it cannot match,
and a phrase list's first-word index finds what its one big alternation finds."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

import pytest

from services.specialist.rules.attitude import FAMILIES
from services.specialist.rules.gate import Gated, first_words, gated, needed_literals
from services.specialist.rules.phrases import WORD_END, WORD_START, PhraseList
from tests.specialist.cases import corpus_texts
from tests.support.fanout import fan_out

_MODULES = [
    "services.specialist.rules.grammar.agreement",
    "services.specialist.rules.grammar.confusables",
    "services.specialist.rules.grammar.nouns",
    "services.specialist.rules.grammar.pronouns",
    "services.specialist.rules.grammar.verbs",
    "services.specialist.rules.grammar.spelling",
    "services.specialist.rules.clarity",
    "services.specialist.rules.tone",
]
_EXTRA = [
    "Their going home. IT’S OWN fault, it’s own. The Customers Complaints Were ignored.",
    "He dont like it; you’re new account; could of; more easier then before; less errors.",
    "Obviously even a beginner can see it. As previously stated, going forward please make "
    "sure to test. Great, another outage. The platform team dropped the ball. Whatever.",
    "The ſtatus of the İnformation is ıt's own.",  # letters that fold oddly: never skipped
]


def _texts() -> tuple[str, ...]:
    return corpus_texts(tuple(_EXTRA))


def _gated_patterns() -> Iterator[tuple[str, Gated]]:
    def walk(name: str, value: object) -> Iterator[tuple[str, Gated]]:
        if isinstance(value, Gated):
            yield name, value
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                yield from walk(f"{name}[{i}]", v)

    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            yield from walk(f"{module_name}.{name}", value)
    for family in FAMILIES:
        yield from walk(family.rule, family.patterns)


def _phrase_lists() -> Iterator[tuple[str, PhraseList]]:
    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if isinstance(value, PhraseList):
                yield f"{module_name}.{name}", value


def test_the_literals_a_pattern_needs_are_read_from_its_parse_tree() -> None:
    assert needed_literals(re.compile(r"(?<!\w)(it['’]s)(?=[ \t]+own\b)", re.I)) == frozenset(
        {"it's"}
    )
    assert needed_literals(re.compile(r"\b(he|she|it)[ \t]+(?:don't|doesn't)", re.I)) == (
        frozenset({"don't", "doesn't"})
    )
    assert needed_literals(re.compile(r"(?:could|would)[ \t]+of")) == frozenset({"could", "would"})
    # nothing every match must contain: never skipped
    assert needed_literals(re.compile(r"[a-z]+y")) is None
    assert needed_literals(re.compile(r"(?:very)?[ \t]+good|x")) is None
    assert needed_literals(re.compile(r"a|b")) is None


def test_a_gated_pattern_skips_only_texts_it_cannot_match() -> None:
    rx = gated(r"\b(their)[ \t]+going\b", re.I)
    assert list(rx.finditer("The plan is fine.")) == []
    assert [m.group(1) for m in rx.finditer("THEIR going home")] == ["THEIR"]
    assert rx.search("ſtuff their going") is not None


def test_the_first_words_a_pattern_spells_out_are_read_from_its_parse_tree() -> None:
    def words(pattern: str) -> frozenset[str] | None:
        return first_words(re.compile(pattern, re.I))

    assert words(rf"{WORD_START}(he|she|it)[ \t]+(?:don't|doesn't)") == frozenset(
        {"he", "she", "it"}
    )
    assert words(rf"{WORD_START}(there(?:[ \t]+is|['’]s))[ \t]") == frozenset({"there", "there's"})
    assert words(rf"{WORD_START}(?:please,?[ \t]+)?try{WORD_END}") == frozenset({"please", "try"})
    assert words(rf"{WORD_START}[Tt]he(?=[ \t]+end)") == frozenset({"the"})
    # the word may go on ("it" in "items"), may be any word, or may start anywhere
    assert words(rf"{WORD_START}it") is None
    assert words(rf"{WORD_START}([a-z]+)[ \t]+that") is None
    assert words(r"\b(he|she)[ \t]+x") is None


def test_a_pattern_is_tried_only_where_its_first_word_starts() -> None:
    rx = gated(rf"{WORD_START}(it|he)[ \t]+(is|are)", re.I)
    text = "Bit is. It is; IT  are, it-is, he's is, the is, he is"
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.rx.finditer(text)]
    assert [m.group(0) for m in rx.finditer(text)] == ["It is", "IT  are", "he is"]
    assert rx.search(text).span() == rx.rx.search(text).span()  # type: ignore[union-attr]
    odd = "İt is. it is"  # folding changes the length: searched as a plain regex
    assert [m.span() for m in rx.finditer(odd)] == [m.span() for m in rx.rx.finditer(odd)]


def test_every_rule_pattern_is_found_wherever_the_plain_regex_finds_it() -> None:
    patterns = list(_gated_patterns())
    assert len(patterns) > 80
    texts = _texts()

    def differences(t: int) -> list[tuple[str, str, str]]:
        """Where a gated pattern answers text ``t`` otherwise than its plain regex."""
        text, out = texts[t], []
        for name, rx in patterns:
            plain = rx.rx.search(text)
            if plain is None:
                continue
            if not rx.may_match(text):
                out.append((name, f"skipped, needs {rx.needs}", text[:80]))
            elif [(m.span(), m.groups()) for m in rx.finditer(text)] != [
                (m.span(), m.groups()) for m in rx.rx.finditer(text)
            ]:
                out.append((name, "finditer differs", text[:80]))
            elif (found := rx.search(text)) is None or found.span() != plain.span():
                out.append((name, "search differs", text[:80]))
        return out

    assert fan_out(differences, len(texts)) == []


@pytest.mark.parametrize("name_list", list(_phrase_lists()), ids=lambda p: p[0].split(".")[-1])
def test_a_phrase_list_index_finds_what_the_whole_alternation_finds(
    name_list: tuple[str, PhraseList],
) -> None:
    _, phrases = name_list
    for text in _texts():
        indexed = [(h.start, h.end, h.replacement) for h in phrases.hits(text)]
        plain = [m.span() for m in phrases.alternation.finditer(text)]
        assert [(a, b) for a, b, _ in indexed] == plain
        # and within a span, as the tone lens asks sentence by sentence
        a, b = len(text) // 3, 2 * len(text) // 3
        assert [(h.start, h.end) for h in phrases.hits(text, a, b)] == [
            m.span() for m in phrases.alternation.finditer(text, a, b)
        ]
