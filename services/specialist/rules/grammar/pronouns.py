"""Pronouns: case after a preposition ("for him and I") and in a compound subject ("Me and him
went"), who's/whose, you're/your after a preposition or a verb that takes an object, "their"
before "-ing" + a direction ("Their going home"), and possessives without an apostrophe
("the customers complaints were")."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start, match_apostrophe, match_case
from services.specialist.rules.gate import gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set

_PREP = (
    "for|to|with|between|from|about|by|of|like|at|behind|against|among|toward|towards|"
    "without|except|beside|besides|after|before|near|upon"
)
_OBJECT = "me|him|her|them|us|you"
_CASE_AFTER_PREP = gated(
    rf"{_B}(?i:{_PREP})[ \t]+(?:(?:{_OBJECT}|[A-Z][a-z]+|the[ \t]+\w+)[ \t]+and[ \t]+"
    rf"(I|he|she|they|we)|(I|he|she|they|we)[ \t]+and[ \t]+(?:{_OBJECT}|[A-Z][a-z]+))"
    rf"(?=[ \t]*(?:[.,;:!?)]|$))",
    re.M,
)
_TO_OBJECT = {"i": "me", "he": "him", "she": "her", "they": "them", "we": "us"}
_TO_SUBJECT = {"me": "I", "him": "he", "her": "she", "them": "they", "us": "we"}
_SUBJECT_PAIR = gated(
    rf"{_B}(Me|Him|Her|Them|Us)[ \t]+and[ \t]+(me|him|her|them|us|I|[A-Z][a-z]+)"
    rf"(?=[ \t]+[a-z]+)"
)

# "the team who's budget", "Who's turn is it": 'who's' before a noun that a verb follows.
_FINITE = (
    "is|was|are|were|has|had|have|will|would|can|could|should|must|might|may|does|did|"
    "seems|looks|got|went|needs|ran|runs"
)
_NOT_NOUN = word_set(
    """a an the not been being going gonna got just still also never always really already
    here there this that it he she they we you i on in at up out over back now then done
    coming leaving running working new next ready"""
)
_WHOS = gated(rf"{_B}(who['’]s)[ \t]+([a-z]+)[ \t]+(?:{_FINITE}){_E}", re.I)
_WHOSE = gated(
    rf"{_B}(whose)[ \t]+(?:going|gonna|been|coming|responsible|ready|there|next|in[ \t]+charge)"
    rf"{_E}",
    re.I,
)
# "check you're new account": 'you're' cannot follow a preposition or a verb that takes only
# an object ("tell", "forgot" take a clause: "I forgot you're coming").
_YOURE_AFTER = gated(
    rf"{_B}(?:of|in|on|at|to|for|with|from|into|onto|under|over|through|check|update|reset|"
    rf"verify|confirm|open|enter|review|visit|share|save|protect|submit|upload|download|use)"
    rf"[ \t]+(you['’]re)[ \t]+[a-z]+",
    re.I,
)
_THEIR_ING = gated(
    rf"{_B}(their)[ \t]+(?:going|coming|leaving|heading|moving|getting|running|trying|doing|"
    rf"planning|working|waiting|looking)[ \t]+(?:to|home|out|away|back|now|there|here|soon|"
    rf"today|tomorrow|tonight|late|early|for|with|on|in|at|a|an|the){_E}",
    re.I,
)
# People who own things: "the customers complaints were ignored" -> "customers'".
_OWNERS = (
    r"[a-z]+(?:ers|ees|ents|ants|ists|ors|ians)|users|clients|members|parents|students|"
    r"children|staff|teams|companies|employees|visitors|readers"
)
_POSSESSIVE = gated(
    rf"{_B}(?i:the|our|your|their|all|his|her|my|these|those)[ \t]+({_OWNERS})[ \t]+"
    rf"([a-z]+s)[ \t]+(?:is|are|was|were|have|had|will|would|must|should|can|could){_E}",
)
_NOT_OWNED = word_set(
    """always also often never still only just rarely usually sometimes was is has does always
    thus yes this its whereas perhaps unless"""
)


def _case(masked: str) -> list[Finding]:
    """Pronoun case: "for him and I", "Me and him went"."""
    out = []
    for m in _CASE_AFTER_PREP.finditer(masked):
        g = 1 if m.group(1) else 2
        word = m.group(g)
        fixed = _TO_OBJECT[word.lower()]
        out.append(Finding(m.start(g), m.end(g), "grammar/pronoun-case",
                           f"After a preposition the pronoun is '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    for m in _SUBJECT_PAIR.finditer(masked):
        if not at_sentence_start(masked, m.start()):
            continue
        first, second = m.group(1), m.group(2)
        other = _TO_SUBJECT.get(second, second) if second != "I" else "I"
        subject = _TO_SUBJECT[first.lower()]
        pair = f"{other} and {subject}" if subject == "I" else f"{subject} and {other}"
        if other == "I":
            pair = f"{subject} and I"
        pair = pair[0].upper() + pair[1:]
        out.append(Finding(m.start(), m.end(), "grammar/pronoun-case",
                           f"A subject takes 'I', 'he', 'she', 'we', 'they': '{pair}'",
                           "error", pair))  # fmt: skip
    return out


def _contractions(masked: str) -> list[Finding]:
    """who's/whose, you're/your and their/they're, each the other way round."""
    out = []
    for m in _WHOS.finditer(masked):
        if m.group(2).lower() in _NOT_NOUN or m.group(2).lower().endswith(("ing", "ed", "ly")):
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/whose",
                           "'who's' means 'who is'; the possessive is 'whose'", "error",
                           match_case(m.group(1), "whose")))  # fmt: skip
    for m in _WHOSE.finditer(masked):
        fixed = match_apostrophe("’" if "’" in masked[m.start() - 40 : m.start()] else "'",
                                 match_case(m.group(1), "who's"))  # fmt: skip
        out.append(Finding(m.start(1), m.end(1), "grammar/whose",
                           "'whose' is possessive; 'who is' is written 'who's'", "error",
                           fixed))  # fmt: skip
    for m in _YOURE_AFTER.finditer(masked):
        out.append(Finding(m.start(1), m.end(1), "grammar/your-youre",
                           "'you're' means 'you are'; the possessive is 'your'", "error",
                           match_case(m.group(1), "your")))  # fmt: skip
    for m in _THEIR_ING.finditer(masked):
        fixed = match_apostrophe(m.group(1), match_case(m.group(1), "they're"))
        out.append(Finding(m.start(1), m.end(1), "grammar/there-their",
                           "'their' is possessive; 'they are' is written 'they're'", "error",
                           fixed))  # fmt: skip
    return out


def _possessives(masked: str) -> list[Finding]:
    """A missing possessive apostrophe: "the customers complaints"."""
    out = []
    for m in _POSSESSIVE.finditer(masked):
        owner, owned = m.group(1), m.group(2)
        if owned in _NOT_OWNED or owned.endswith(("ss", "us", "ous")):
            continue
        fixed = owner + ("'s" if not owner.endswith("s") else "'")
        out.append(Finding(m.start(1), m.end(1), "grammar/possessive",
                           f"The {owned} belong to the {owner}: '{fixed}'", "error",
                           fixed))  # fmt: skip
    return out


def pronouns(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Pronoun case, who's/whose, you're/your, their/they're, missing possessive apostrophes."""
    masked = scan.masked
    return _case(masked) + _contractions(masked) + _possessives(masked)
