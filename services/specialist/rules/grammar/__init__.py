"""The grammar lens: the project's own rules (agreement, articles, confusable words, pronouns,
verb forms, slips of form, sentence shape, repeats, capitals, spacing, listed misspellings),
then Harper's grammar rules and the dictionary's misspellings where no own rule already
speaks: the own rules are narrower and carry better edits; last, the own fallbacks where
neither speaks (a simple past after 'have', a double comparative)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import without_overlaps
from services.specialist.rules.grammar.agreement import agreement
from services.specialist.rules.grammar.articles import articles
from services.specialist.rules.grammar.capitals import CAPITALS, capitals
from services.specialist.rules.grammar.confusables import confusables
from services.specialist.rules.grammar.engine import harper_grammar, misspellings
from services.specialist.rules.grammar.heads import head_agreement
from services.specialist.rules.grammar.homophones import homophones
from services.specialist.rules.grammar.nouns import noun_agreement
from services.specialist.rules.grammar.pronouns import pronouns
from services.specialist.rules.grammar.repeats import repeated_words
from services.specialist.rules.grammar.sentences import sentence_shape
from services.specialist.rules.grammar.slips import slips
from services.specialist.rules.grammar.spacing import spacing
from services.specialist.rules.grammar.spelling import spelling
from services.specialist.rules.grammar.verbs import double_degree, participles_after_have, verbs
from services.specialist.rules.scan import ChunkScan, scan_chunk

# The grammar sub-rules, in the order their findings are merged.
_CHECKS: tuple[Callable[[ChunkScan, LensContext], list[Finding]], ...] = (
    repeated_words,
    articles,
    agreement,
    noun_agreement,
    head_agreement,
    confusables,
    homophones,
    pronouns,
    verbs,
    slips,
    sentence_shape,
    capitals,
    spacing,
    spelling,
)


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Grammar findings for one chunk (local offsets): every sub-rule reads one scan."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    own = _word_choice_first(
        _merge_capitals(_once([f for check in _CHECKS for f in check(scan, ctx)]))
    )
    engine = without_overlaps(harper_grammar(scan, ctx), misspellings(scan, ctx))
    found = without_overlaps(own, engine)
    fallbacks = participles_after_have(scan, ctx) + double_degree(scan, ctx)
    return without_overlaps(found, fallbacks)


# A possessive written as a contraction: "we value it's reliability", "who's judgement".
_POSSESSIVE_FIXES = frozenset({"its", "whose", "your", "their"})


def possessives_as_contractions(scan: ChunkScan, ctx: LensContext) -> set[int]:
    """Where the chunk writes a possessive as a contraction ("it's reliability"): the start
    of each, by the confusable and pronoun rules (no Harper). The tone lens does not ask to
    spell those out: "it is reliability" would be wrong twice."""
    found = confusables(scan, ctx) + pronouns(scan, ctx) + slips(scan, ctx) + homophones(scan, ctx)
    return {f.start for f in found if f.replacement and f.replacement.lower() in _POSSESSIVE_FIXES}


def _once(found: list[Finding]) -> list[Finding]:
    """One finding per span and rule: two sub-rules may read the same error ("a user who
    open the file" is both a relative clause and a subject phrase)."""
    return list({(f.start, f.end, f.rule): f for f in reversed(found)}.values())[::-1]


# A wrong word is fixed by choosing the right one, not by inflecting it: "Everyone accept the
# team" is "except", not "accepts"; "this week were testing" is "we're", not "was".
_WORD_CHOICE = frozenset(
    {"grammar/accept-except", "grammar/affect-effect", "grammar/lose-loose", "grammar/were"}
)


def _word_choice_first(found: list[Finding]) -> list[Finding]:
    """Drop an agreement finding on a word another rule says is the wrong word."""
    chosen = {(f.start, f.end) for f in found if f.rule in _WORD_CHOICE}
    return [f for f in found if f.rule in _WORD_CHOICE or (f.start, f.end) not in chosen]


def _merge_capitals(found: list[Finding]) -> list[Finding]:
    """A sentence-start capital folds into another fix of the same word ("your" -> "You're")."""
    caps = [f for f in found if f.rule == CAPITALS]
    at = {c.start: c for c in caps}
    merged: set[int] = set()
    out = []
    for f in found:
        if f.rule == CAPITALS:
            continue
        cap = at.get(f.start)
        if cap is not None and f.replacement and cap.end <= f.end:
            f = replace(f, replacement=f.replacement[0].upper() + f.replacement[1:])
            merged.add(f.start)
        out.append(f)
    seen: set[tuple[int, int]] = set()
    for c in caps:
        if c.start not in merged and (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(c)
    return out
