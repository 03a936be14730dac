"""Harper (Automattic's offline grammar checker, in Rust) as two grammar sub-rules: its
grammar rules (``grammar/harper-<rule>``) and its spelling candidates confirmed by the
dictionary (``grammar/misspelling``), both filtered the way a human reviewer would.

Harper's spell check runs on candidate words only, never over a chunk: for each word its
dictionary does not know it searches the dictionary for suggestions, 50-180 µs a word of
unseen text (names, product words, jargon), ten times the cost of every grammar rule
together. A candidate is a lower-case word that neither the frequency list knows nor a
filter below excuses, or a capitalised word close to a month or a day; only those are
handed to Harper, one word at a time and cached by word.

What is dropped: anything touching code, URLs or markup (masked by the scan); Harper's style
rules, which belong to other lenses or are matters of house style (title case, the Oxford
comma, long sentences, hedges); and as misspellings, capitalised words (names: "Farah",
"Lindqvist"; at a sentence start a capital cannot tell a name from a word), words with
diacritics or digits, unknown words at a sentence start (a lower-case one there is a
styled name: "tidyscan is"), words used as names in the chunk (in a heading, or more than
once), parts of hyphenated names ("pollen-api"), quoted words, words the
dictionary knows and British spellings of known words.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import harper

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start, match_case
from services.specialist.rules.grammar.confusables import there_is_place
from services.specialist.rules.grammar.dictionary import (
    dialect_variant,
    frequencies,
    known,
    likely_verb,
)
from services.specialist.rules.grammar.vetoes import vet
from services.specialist.rules.masking import PLACEHOLDER
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import VERBS, WORKPLACE_WORDS

MISSPELLING = "grammar/misspelling"
HARPER_PREFIX = "grammar/harper-"

# The Harper rules the lens runs: its grammar rules (agreement, pronouns, verb forms,
# confusable words, doubled words) and the spell check. Its 800 other rules, mostly fixed
# idioms and house style, cost about 1 ms a call however short the chunk: a Linter's cost
# grows with the rules it runs, and a document arrives as many small chunks. Left out as
# well: the ones the own rules do better ("It's size 10", "Plan A": ItsPossessive,
# YourPredicateAdjective, AnA) or as well for far less ("was aloud": WasAloud cost 0.1 ms a
# chunk, ``verbs._ALOUD`` a regex), and the ones that misfire ("every one of" is not "everyone",
# "10:40 The failure rate" is not "too", hyphenation is house style). ThereToTheir runs
# with the own place check: "Is there time", "went there yesterday" keep "there".
_ON = word_set(
    """AdjectiveDoubleDegree AnAnother CapitalizePersonalPronouns DidPast DoubleModal
    DoubleNegative DontCan EachOthersPossessive ElsePossessive EverPronounRelPronoun
    FriendOfMe HadOf HaveNegNoAny HavePassed HavePronoun HeDos HelpedPast IAmAgreement
    IfWouldve InflectedVerbAfterTo IsBeenAuxSequence ItsContraction KnowNothingVerb LessWorse
    LetToDo LetsConfusion MayOfPronoun ModalOf Myself MultipleSequentialPronouns
    NoLongerPronoun NorModalPronoun NounVerbConfusion PluralWrongWordOfPhrase PossessiveYour
    PronounAre PronounContraction PronounInflectionBe PronounKnew PronounVerbAgreement
    QuantifierNeedsOf RepeatedWords SimplePastToPastParticiple SomethingIs
    SubjectAndObjectPronoun SubjectPronoun SubjunctiveWasToWere ThatThan ThenThan
    TheirToThere TheirToTheyre ThereIsAgreement ThereMissingIsClause ThereToTheir TheyToThem
    TheyreConfusions TheyreToTheir ToLoseTooLoose VerbToAdjective VeryLess
    RegularIrregulars
    WentAheadAndAgreement WereWhere WhomSubjectOfVerb WishCould WouldNeverHave
    YourOutClauseAgreement SpellCheck"""
)
# Lint kinds that are advice on style; the grammar lens reports errors.
_STYLE_KINDS = frozenset({"Style", "Readability", "Enhancement", "Formatting", "Eggcorn"})
_SPELLING_RULE = "SpellCheck"
HARPER_RULES = _ON - {_SPELLING_RULE}  # the grammar Linter's rules
_WORD = re.compile(r"(?<!\w)[A-Za-z]+(?:['’][A-Za-z]+)*(?!\w)")
_QUOTES = "\"'“”‘’`«»"
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_ALPHA_ASCII = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_VOWEL = re.compile(r"[aeiouy]")
# A rare word built the regular way ("reutilisation", "phenological") is a word, not a typo.
_PREFIX = re.compile(
    r"^(?:re|un|non|pre|co|sub|over|under|mis|multi|inter|de|dis|auto|micro|meta|anti|semi|"
    r"post|cross|self|hyper|super|bio|geo|eco)-?(?=[a-z]{4})"
)
_PERSON_COMPOUND = re.compile(r"([a-z]{3,})(?:person|persons|people)")
_LEARNED_SUFFIX = re.compile(
    r"(?:ological|ologically|ologies|ology|ographic|ographical|ometric|ization|isation|"
    r"izations|isations|itis|ectomy|aceous|iform)$"
)


@dataclass(frozen=True, slots=True)
class _Lint:
    """What the sub-rules need of a Harper lint (plain data: safe to cache and share)."""

    rule: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]


_lock = threading.Lock()  # a Linter raises if two threads call it at once


def configured(rules: frozenset[str]) -> harper.Linter:
    linter = harper.Linter(harper.Dialect.AMERICAN)
    linter.set_lint_config({name: name in rules for name in linter.get_default_lint_config()})
    return linter


@lru_cache(maxsize=1)
def _linter() -> harper.Linter:
    """One grammar Linter per process (building it takes about half a second)."""
    return configured(HARPER_RULES)


@lru_cache(maxsize=1)
def _speller() -> harper.Linter:
    """One spelling Linter per process: its spell check alone, for one word at a time."""
    return configured(frozenset({_SPELLING_RULE}))


# Harper's time grows with the square of a run with no sentence end (10,000 characters of
# dashes: 0.8 s, 20,000: 3 s). A chunk is at most 2,000 characters unless a document needs
# more than ``max_chunks`` chunks; longer text is linted in pieces of at most this size.
HARPER_PIECE = 2000
_CUTS = ("\n\n", "\n", ". ", " ")  # where a piece ends, best first


@lru_cache(maxsize=16)
def _lints(text: str, markdown: bool) -> tuple[_Lint, ...]:
    """Harper's lints of ``text``; both sub-rules of one chunk share one run."""
    language = harper.Language.MARKDOWN if markdown else harper.Language.PLAINTEXT
    out = []
    for at, piece in pieces(text):
        with _lock:
            organized = _linter().organized_lints(piece, language=language)
        for rule, lints in organized.items():
            for lint in lints:
                if rule != _SPELLING_RULE and lint.lint_kind in _STYLE_KINDS:
                    continue
                out.append(
                    _Lint(rule, at + lint.span.start, at + lint.span.end, lint.message,
                          tuple(s.replacement_text for s in lint.suggestions))
                )  # fmt: skip
    return tuple(out)


def pieces(text: str) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) in pieces of at most ``HARPER_PIECE`` characters, each
    cut after a paragraph, a line, a sentence or a space in its second half if it has one."""
    out, at = [], 0
    while len(text) - at > HARPER_PIECE:
        end = at + HARPER_PIECE
        cut = end
        for sep in _CUTS:
            found = text.rfind(sep, at + HARPER_PIECE // 2, end - len(sep) + 1)
            if found >= 0:
                cut = found + len(sep)
                break
        out.append((at, text[at:cut]))
        at = cut
    out.append((at, text[at:]))
    return out


@lru_cache(maxsize=4096)
def _suggestions(word: str) -> tuple[str, ...] | None:
    """Harper's suggestions for ``word`` when its dictionary does not know it, else None."""
    with _lock:
        lints = _speller().lint(word, language=harper.Language.PLAINTEXT)
    for lint in lints:
        if lint.span.start == 0 and lint.span.end == len(word):
            return tuple(s.replacement_text for s in lint.suggestions)
    return None


def forget() -> None:
    """Forget every text and word seen: new Linters (Harper caches what it has linted, and
    a benchmark must pay for text it has not seen, as production does) and no cached lints."""
    for cached in (_linter, _speller, _lints, _suggestions):
        cached.cache_clear()
    warm_up()


def warm_up() -> None:
    """Build the Linters and load the dictionary before the first task."""
    _lints("Warm up the checker.", False)
    _speller().lint("Warm up the checkker.", language=harper.Language.PLAINTEXT)
    known("warm")


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _kebab(name: str) -> str:
    return _CAMEL_HUMP.sub("-", name).lower()


def _touches_mask(masked: str, start: int, end: int) -> bool:
    return PLACEHOLDER in masked[max(0, start - 1) : end + 1]


def harper_grammar(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Harper's grammar findings, outside code and markup, without its style rules and
    without what ``vetoes`` knows to be right English."""
    out = []
    for lint in _lints(scan.text, scan.markdown):
        if lint.rule == _SPELLING_RULE or _touches_mask(scan.masked, lint.start, lint.end):
            continue
        if lint.rule == "ThereToTheir" and there_is_place(scan.masked, lint.start):
            continue
        if _mentioned(scan.text, lint.start, lint.end):
            continue  # "the -i option", "the commands 'a' and 'i'": a word named, not used
        replacement = lint.suggestions[0] if lint.suggestions else None
        out.append(
            Finding(lint.start, lint.end, HARPER_PREFIX + _kebab(lint.rule), lint.message,
                    "error" if replacement else "warning", replacement, lint.suggestions[1:])
        )  # fmt: skip
    return vet(out, scan.masked)


def misspellings(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Words neither Harper nor the dictionary knows, except names, quotes and code."""
    text, masked = scan.text, scan.masked
    out = []
    unknown: dict[str, bool] = {}  # a lower-case word -> whether it is a candidate anywhere
    for m in _WORD.finditer(masked):
        start, end = m.span()
        word = text[start:end]
        if word[0].isupper():
            if _touches_mask(masked, start, end):
                continue
            calendar = _calendar_candidate(word)
            if calendar is not None:
                out.append(_misspelling(start, end, word, (calendar,)))
            continue  # a name
        candidate = unknown.get(word)
        if candidate is None:  # "iPhone", digits; "zstd", "npm": no word tried; a known word
            candidate = unknown[word] = bool(
                _ALPHA_ASCII.fullmatch(word) and _VOWEL.search(word) and not known(word)
            )
        if not candidate or _touches_mask(masked, start, end):
            continue
        if _in_compound(text, start, end) or _quoted(text, start, end):
            continue
        if word in _NAME_PARTICLES and _NAME_AFTER.match(text, end):
            continue  # "Daphne du Maurier", "Vincent van Gogh": part of a name
        if at_sentence_start(masked, start):
            continue  # capitalised there, it may be a name; in lower case a styled name
        suggestions = _suggestions(word)
        if suggestions is None:
            continue  # Harper's dictionary knows it
        if _regular_word(word, suggestions) or _a_name_here(scan, ctx, word):
            continue
        out.append(_misspelling(start, end, word, _ranked(word, suggestions)))
    return out


_FREQUENCY_WEIGHT = 0.04  # a tenfold commoner word outweighs 0.04 of spelling similarity
_RANKED = 5  # Harper's first candidates are the close ones; further ones are not read


def _ranked(word: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """The three best known candidates: close in spelling and common ("definetly" is
    "definitely", not the rarer "defiantly", which differs by one letter less)."""
    counts = frequencies()
    ranked = [s for s in suggestions[:_RANKED] if known(s)] or list(suggestions)

    def score(s: str) -> float:
        close = SequenceMatcher(None, word, s.lower()).ratio()
        return close + _FREQUENCY_WEIGHT * math.log10(counts.get(s.lower(), 0) + 1)

    return tuple(sorted(ranked, key=score, reverse=True)[:3])


def _misspelling(start: int, end: int, word: str, suggestions: tuple[str, ...]) -> Finding:
    fixes = [match_case(word, s) for s in suggestions]
    return Finding(start, end, MISSPELLING,
                   f"'{word}' is not in the dictionary"
                   + (f": did you mean '{fixes[0]}'?" if fixes else ""),
                   "error", fixes[0] if fixes else None, tuple(fixes[1:]))  # fmt: skip


# Lower-case particles of surnames, before the capitalised rest ("du Maurier", "van Gogh").
_NAME_PARTICLES = word_set("du de da di van von der den del della dos das ter ten bin ibn al el")
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])[\w'’\-]")


# A capitalised word is a name unless it is a month or a day spelled wrong ("Febuary").
_CALENDAR = word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)


def _calendar_candidate(word: str) -> str | None:
    """The month or day a capitalised word misspells ("Febuary", "Wensday"): one of Harper's
    first three candidates ("Wensday": "Weekday", "Wednesday"), close in spelling (a name
    such as "Mayer" is not "May"). Harper is asked only about a word within reach of one."""
    lower = word.lower()
    if known(lower) or not any(_close(lower, c) for c in _CALENDAR):
        return None
    for s in (_suggestions(word) or ())[:3]:
        if s.lower() in _CALENDAR and SequenceMatcher(None, word, s).ratio() >= 0.8:
            return s
    return None


def _close(word: str, other: str) -> bool:
    """Whether ``word`` may be within a 0.8 similarity ratio of ``other`` (the ratio is at
    most quick_ratio, which counts shared letters). Lengths alone bound it first, as
    real_quick_ratio does, without building a matcher for most of the words asked about."""
    if 2.0 * min(len(word), len(other)) / (len(word) + len(other)) < 0.8:
        return False  # SequenceMatcher.real_quick_ratio, computed the same way
    return SequenceMatcher(None, word, other).quick_ratio() >= 0.8


def _derived(word: str) -> bool:
    """A known word with '-able' ("hashable", "picklable") or a verb's agent noun
    ("approvers"); not a stem that keeps its 'e' before '-able' ("noticable" is misspelled)."""
    if word.endswith("able") and len(word) > 7:
        stem = word[:-4]
        return known(stem) or (known(stem + "e") and stem[-1] not in "cg")
    core = word[:-1] if word.endswith(("ers", "ors")) else word
    if core.endswith(("er", "or")) and len(core) > 5:
        return any(s in VERBS or likely_verb(s) for s in (core[:-2], core[:-1]))
    return False


def _regular_word(word: str, suggestions: tuple[str, ...]) -> bool:
    """Known, a British spelling of a known word, a known word with a prefix or a suffix, or
    two common words written as one ("runbook", "codebase")."""
    if known(word) or dialect_variant(word, list(suggestions)) or _LEARNED_SUFFIX.search(word):
        return True
    if word.lower() in WORKPLACE_WORDS or _derived(word.lower()):
        return True
    if _closed_compound(word.lower()):
        return True
    person = _PERSON_COMPOUND.fullmatch(word.lower())
    if person and known(person.group(1)):
        return True  # "tradesperson", "craftspeople": the neutral compounds, made at will
    stem = _PREFIX.sub("", word.lower())
    return stem != word.lower() and (known(stem) or dialect_variant(stem, []))


# Words that do not join another to make a compound: "everytime", "thankyou", "alot" are
# misspellings of two words.
_FUNCTION_WORDS = word_set(
    """every each any some no all other another this that these those there here where when
    what which who how why not never ever even also just only more most less least much many
    such own same for from with into onto upon over under after before about above below off
    out up down in on at by to of as so if or and but nor yet than then thus you your our
    their his her its him them they we she he it me my one"""
)
# A particle ends many compounds: "cutover", "rollout", "signup", "checkout".
_PARTICLES = word_set("""over out up down off back""")
_COMPOUND_PART = 30_000_000  # "run", "book", "cut"; not "acc" (25M), "ross", "thru"


def _closed_compound(word: str) -> bool:
    """Two common content words written as one ("runbook", "cutover", "healthcheck"), not a
    misspelling that happens to split ("usefull": '-full'; "threshhold": a doubled letter)."""
    counts = frequencies()
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        if a in _FUNCTION_WORDS or (b in _FUNCTION_WORDS and b not in _PARTICLES) or b == "full":
            continue
        if a[-1] == b[0]:
            continue
        if counts.get(a, 0) >= _COMPOUND_PART and counts.get(b, 0) >= _COMPOUND_PART:
            return True
    return False


def _a_name_here(scan: ChunkScan, ctx: LensContext, word: str) -> bool:
    """The document uses the word as a name: in its title (the client's or its opening
    heading), a heading or inline code, or more than once."""
    lower = word.lower()
    # The document's opening heading names its tool even in a chunk that does not hold it.
    named_in = (ctx.title, ctx.doc_title, ctx.heading, ctx.previous_heading)
    titles = " ".join(t for t in named_in if t).lower()
    if re.search(rf"\b{re.escape(lower)}\b", titles):
        return True
    headings = " ".join(scan.masked[b.start : b.end] for b in scan.blocks if b.kind == "heading")
    if re.search(rf"\b{re.escape(lower)}\b", headings.lower()):
        return True
    if any(
        re.search(rf"\b{re.escape(lower)}\b", code.lower())
        for code in _INLINE_CODE.findall(scan.text)
    ):
        return True  # also written in inline code (`tidepool add`): the tool's name
    return len(re.findall(rf"\b{re.escape(lower)}\b", scan.masked.lower())) > 1


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated or dotted name ("pollen-api", "setup.cfg")."""
    return text[start - 1 : start] in ("-", ".", "_", "/") or text[end : end + 1] in (
        "-", "_", "/",
    ) or (text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum())  # fmt: skip


def _mentioned(text: str, start: int, end: int) -> bool:
    """One word that is part of a flag or a name ("-i", "setup.cfg") or in quotes of its own."""
    if not text[start:end].isalpha():
        return False
    return _wrapped(text, start, end) or _in_compound(text, start, end)


def _wrapped(text: str, start: int, end: int) -> bool:
    """Quotes of its own on both sides ("'i'", "“a”")."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before and after and before in _QUOTES and after in _QUOTES)


def _quoted(text: str, start: int, end: int) -> bool:
    """The word is quoted: wrapped in quotes, or inside an open double quote on its line."""
    if _wrapped(text, start, end):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    straight = line.count('"') % 2 == 1
    curly = line.count("“") > line.count("”")
    return straight or curly
