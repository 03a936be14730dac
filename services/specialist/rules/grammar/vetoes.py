"""What the lens keeps of Harper's grammar findings: the ones the own rules know to be right
English are dropped ("had had", "will not affect"), and an edit with several forms is picked
by the words around it, so the same text always gets the same edit."""

from __future__ import annotations

import re
from dataclasses import replace

from services.specialist.findings import Finding
from services.specialist.rules.edits import at_sentence_start, match_case
from services.specialist.rules.grammar.nouns import plural_noun
from services.specialist.rules.grammar.repeats import REPEAT, legit_repeat
from services.specialist.rules.grammar.verbs import compared
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import PARTICIPLE_OF_PAST, VERBS

_REPEATED = "grammar/harper-repeated-words"
_NOUN_VERB = "grammar/harper-noun-verb-confusion"
_IRREGULAR = "grammar/harper-regular-irregulars"
_DOUBLE_DEGREE = "grammar/harper-adjective-double-degree"
_THAT_THAN = "grammar/harper-that-than"
_PRONOUN_BE = "grammar/harper-pronoun-inflection-be"
_PRONOUN_VERB = "grammar/harper-pronoun-verb-agreement"
_DOUBLE_MODAL = "grammar/harper-double-modal"
_PRONOUN_KNEW = "grammar/harper-pronoun-knew"
_WERE_WHERE = "grammar/harper-were-where"
_THERE_IS = "grammar/harper-there-is-agreement"
_THEY_THEM = "grammar/harper-they-to-them"
_WHOM_SUBJECT = "grammar/harper-whom-subject-of-verb"
_WHOM_OBJECT = re.compile(
    r"whom[ \t]+(?:should|shall|would|will|can|could|do|does|did|may|might|must)[ \t]+"
    r"(?:i|we|you|they|he|she|it)\b",
    re.I,
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w'’-])")
_DETERMINERS = word_set("""the a an our your their his her its this that these those every each
    any some no""")
# 'new' after these is their adjective ("anything new", "nothing new"): a thing knows nothing.
_THING_PRONOUNS = word_set("""anything something nothing everything""")
# After "Where you" these make a clause of place ("Where you may work", "Where you live"):
# "Were you" takes an adjective or a participle ("Were you sure", "Were you told").
_CLAUSE_VERBS = word_set(
    """may might can could will would shall should must do does did have has had are were
    am"""
)
# Verbs that are adjectives after "Were you" as well: "Were you clear on the plan?"
_ADJECTIVE_VERBS = word_set("""clean clear close open slow free empty dry warm cool""")
_WHERE_PRONOUN = re.compile(r"[ \t]+(?:you|we|they|i|he|she|it)[ \t]+([a-z'’]+)", re.I)
# Nouns that stand beside 'you' or 'we' as one subject ("you guys are", "we folks have"):
# Harper reads them as the pronoun's verb.
_BESIDE_PRONOUN = word_set("""guys folks people lot all two three both team kids ladies""")
# "more that", "rather that": comparisons that are not comparatives in form.
_COMPARING = word_set("""more less fewer rather other""")
# Before the object pronoun these leave it a subject: "Sam and them is".
_SUBJECT_STARTS = word_set("""and or but""")
# A word, an object pronoun Harper reads as the subject of the 'be' after it ("Us was
# late"), then at most one adverb before that verb.
_PRONOUN_BEFORE = re.compile(r"([\w'’]+)[ \t]+(?:us|them|me|him|her)[ \t]+(?:[a-z]+[ \t]+)?$", re.I)
# After these a word is a verb: "will not affect", "to affect", "may directly affect".
_VERB_BEFORE = word_set(
    """to will would can could may might must should shall not never also directly does do did
    don't doesn't didn't won't can't cannot wouldn't shouldn't couldn't n't"""
)
_VERBISH = word_set("""affect affects""")
# 'that' before a time noun is a demonstrative, not a comparison's 'than': "earlier that week".
_TIME_AFTER = re.compile(
    r"[ \t]+(?:day|week|month|year|quarter|morning|afternoon|evening|night|weekend|season|"
    r"summer|winter|spring|autumn|time)(?![\w'’-])",
    re.I,
)
# "effect" as a verb means to bring about: "effect change", "will effect the transfer".
_EFFECT_BRINGS = re.compile(
    r"[ \t]+(?:(?:a|an|the|any|some|real|lasting|meaningful|positive|major|such)[ \t]+)*"
    r"(?:[a-z]+[ \t]+)?(?:changes?|reforms?|improvements?|repairs?|payments?|transfers?|"
    r"transitions?|cures?|savings|entry|escape|recovery|settlements?)\b",
    re.I,
)
# A participle follows these ("has risen", "was driven"); elsewhere the simple past.
_PERFECT = word_set(
    """have has had 've having be been being is are was were am 's 're get got gets"""
)
_PARTICIPLES = frozenset(PARTICIPLE_OF_PAST.values())
_PASTS = frozenset(PARTICIPLE_OF_PAST)
_PREV = re.compile(r"([\w'’]+)[ \t]+(?:(?:not|never|just|already|also)[ \t]+)?$")


def _prev_word(masked: str, pos: int) -> str:
    m = _PREV.search(masked[max(0, pos - 40) : pos])
    return m.group(1).lower().replace("’", "'") if m else ""


def _participle_rank(word: str) -> int:
    """0 for a past participle ("risen", "driven"), 2 for a simple past, 1 unknown."""
    w = word.lower()
    if w in _PARTICIPLES or (w not in _PASTS and w.endswith(("en", "wn", "un", "ung", "unk"))):
        return 0
    return 2 if w in _PASTS or w.endswith(("ang", "ank", "ove", "ose", "ode", "ew")) else 1


def _ordered(finding: Finding, masked: str) -> Finding:
    """Harper's irregular forms in a fixed order: the participle after 'have' or 'be', the
    simple past elsewhere, ties alphabetical; the message names them in that order (Harper's
    own order changes from one process to the next)."""
    options = sorted({o for o in (finding.replacement, *finding.alternatives) if o})
    if not options:
        return finding
    perfect = _prev_word(masked, finding.start) in _PERFECT
    options.sort(key=lambda o: _participle_rank(o) if perfect else -_participle_rank(o))
    word = masked[finding.start : finding.end]
    options = [match_case(word, o) for o in options]
    named = " or ".join(f"'{o}'" for o in options)
    return replace(finding, replacement=options[0], alternatives=tuple(options[1:]),
                   message=f"Use the irregular form {named} instead of '{word}'")  # fmt: skip


def vet(found: list[Finding], masked: str) -> list[Finding]:
    """Harper's findings without the ones that are right English, with stable edits."""
    out = []
    for f in found:
        if f.rule == _REPEATED:
            m = REPEAT.match(masked, f.start)
            if m is not None and legit_repeat(masked, m):
                continue  # "had had enough", "knew that that approach"
        if (
            f.rule == _NOUN_VERB
            and masked[f.start : f.end].lower() in _VERBISH
            and _prev_word(masked, f.start) in _VERB_BEFORE
        ):
            continue  # "will not affect"
        if (
            f.rule == _NOUN_VERB
            and masked[f.start : f.end].lower() in ("effect", "effects")
            and _EFFECT_BRINGS.match(masked, f.end)
        ):
            continue  # "can effect change", "will effect the transfer"
        if f.rule == _DOUBLE_DEGREE and not compared(masked[f.start : f.end].split()[-1]):
            continue  # "tell me more later", "more danger": not a comparative
        if f.rule == _THAT_THAN and (
            not _after_comparative(masked, f.start) or _TIME_AFTER.match(masked, f.end)
        ):
            continue  # "the meter that you sent"; "later that day": 'that' points at a time
        if f.rule == _PRONOUN_BE and _object_of_verb(masked, f.start):
            continue  # "What helped us most was": 'us' is the object of 'helped'
        if (
            f.rule == _PRONOUN_VERB
            and masked[f.start : f.end].lower() in _BESIDE_PRONOUN
            and _prev_word(masked, f.start) in ("you", "we")
        ):
            continue  # "you guys are doing amazing work": one subject, not a verb
        if f.rule == _PRONOUN_VERB and _beside_pronoun(masked, f):
            continue  # "We nurses were told", "thanked we volunteers for": a noun
        if f.rule == _DOUBLE_MODAL and _month_may(masked, f.start):
            continue  # "the fix in May will make": the month, then the modal
        if f.rule == _PRONOUN_KNEW and _prev_word(masked, f.start) in _THING_PRONOUNS:
            continue  # "adopt anything new": an adjective after a pronoun in '-thing'
        if f.rule == _WERE_WHERE and _where_clause(masked, f.end):
            continue  # "Where you may work": a clause of place, not "Were you"
        if f.rule == _THERE_IS and _plural_next(masked, f.end):
            continue  # "There are water stations": the noun is the first of a compound
        if f.rule == _WHOM_SUBJECT and _WHOM_OBJECT.match(masked, f.start):
            continue  # "Whom should I contact": 'whom' is the object of a later verb
        if f.rule == _THEY_THEM and _noun_before(masked, f.start):
            continue  # "the support they need": a clause on a noun, not an object
        if f.rule == _IRREGULAR:
            f = _ordered(f, masked)
        out.append(f)
    return out


# After a plural noun beside 'we' or 'you' these show it is no verb: "we nurses were".
_AFTER_NOUN = re.compile(
    r"[ \t]*(?:[.,;:!?]|(?:were|are|have|had|will|would|can|could|should|must|for|with|and)"
    r"(?![\w'’-]))",
    re.I,
)


def _plural_next(masked: str, end: int) -> bool:
    """A plural noun follows the word Harper counts: it heads the noun phrase."""
    m = _NEXT_WORD.match(masked, end)
    return m is not None and m.group(1).endswith("s") and bool(plural_noun(m.group(1)))


def _noun_before(masked: str, pos: int) -> bool:
    """The word before is a noun after its determiner ("the support they need"): the pronoun
    opens a clause on it, and stays a subject."""
    m = re.search(r"([\w'’]+)[ \t]+([\w'’]+)[ \t]+$", masked[max(0, pos - 60) : pos])
    return m is not None and m.group(1).lower() in _DETERMINERS


def _month_may(masked: str, pos: int) -> bool:
    """'May' capitalised inside a sentence is the month ("the fix in May will"): the modal
    is written in lower case there."""
    return masked[pos : pos + 4] == "May " and not at_sentence_start(masked, pos)


def _where_clause(masked: str, end: int) -> bool:
    """ "Where" and a pronoun then a modal, an auxiliary or a verb in its base form: a clause
    of place ("Where you may work", "Where you live is"); "Were you" would need an adjective
    or a participle there ("Were you sure", "Were you told")."""
    m = _WHERE_PRONOUN.match(masked, end)
    if m is None:
        return False
    word = m.group(1).lower().replace("’", "'")
    if word in _CLAUSE_VERBS:
        return True
    return word in VERBS and word not in _ADJECTIVE_VERBS and not word.endswith(("ed", "ing"))


def _beside_pronoun(masked: str, f: Finding) -> bool:
    """The word Harper reads as the verb of 'we' or 'you' is a plural noun beside it, one
    subject or object ("We nurses were"), as a verb or punctuation after it shows."""
    word = masked[f.start : f.end].lower()
    return (
        word.endswith("s")
        and _prev_word(masked, f.start) in ("you", "we", "us")
        and _AFTER_NOUN.match(masked, f.end) is not None
    )


def _after_comparative(masked: str, pos: int) -> bool:
    """The word before ``pos`` compares ("bigger", "more"), so 'that' may be 'than'."""
    prev = _prev_word(masked, pos)
    return prev in _COMPARING or compared(prev)


def _object_of_verb(masked: str, pos: int) -> bool:
    """An object pronoun before ``pos`` follows a word, so a verb or a preposition takes it
    ("they gave us was"), unless 'and' joins it to a subject."""
    m = _PRONOUN_BEFORE.search(masked, max(0, pos - 60), pos)
    return m is not None and m.group(1).lower() not in _SUBJECT_STARTS
