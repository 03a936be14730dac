"""Attitude, for the tone lens: condescension, passive aggression, sarcasm, blame aimed at a
person or a team, and dismissiveness, each a family of patterns.

A family flags the words that carry the attitude, in every style (no register makes them
polite), with a message that says what the reader hears and what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.specialist.findings import Finding
from services.specialist.rules.edits import deletion
from services.specialist.rules.gate import Gated, folded, gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan

_SP = r"[ \t]+"


@dataclass(frozen=True, slots=True)
class Family:
    """One attitude: its rule id, what the reader hears, and its patterns."""

    rule: str
    message: str
    patterns: tuple[Gated, ...]


def _rx(*alternatives: str) -> tuple[Gated, ...]:
    return tuple(gated(rf"{_B}(?:{a}){_E}", re.I) for a in alternatives)


_TEAM = r"(?:[Yy]ou|[Yy]our[ \t]+team|[Tt]he[ \t]+[a-z]+[ \t]+team)"
_PERSON = rf"(?:{_TEAM}|[A-Z][a-z]+)"  # a name: "Maria broke the build"
_FAULT_VERBS = (
    r"broke|messed[ \t]+up|screwed[ \t]+up|ruined|dropped[ \t]+the[ \t]+ball|botched|"
    r"didn['’]t[ \t]+bother[ \t]+to|couldn['’]t[ \t]+be[ \t]+bothered[ \t]+to|"
    r"never[ \t]+bothered[ \t]+to"
)
# A thing may fail; when a person or a team "failed to" or "forgot to", it is blame.
_LAPSES = r"failed[ \t]+to|forgot[ \t]+to|neglected[ \t]+to|ignored"

CONDESCENSION = Family(
    "tone/condescending",
    "Condescending: '{text}' tells the reader they should already know; explain it plainly",
    _rx(
        r"obviously",
        r"clearly[ \t]+you",
        r"even[ \t]+a[ \t]+(?:child|beginner|novice|"
        r"first[ \t-]+year|junior|intern)[ \t]+(?:can|could|would|knows?)",
        r"as[ \t]+(?:everyone|anyone|everybody)[ \t]+(?:knows|can[ \t]+see|should[ \t]+know)",
        r"it['’]?s[ \t]+not[ \t]+rocket[ \t]+science",
        r"any[ \t]+competent[ \t]+[a-z]+",
        r"surely[ \t]+you[ \t]+(?:know|understand|realise|realize|can)",
        r"i['’]m[ \t]+surprised[ \t]+you[ \t]+(?:don['’]t|didn['’]t)",
        r"needless[ \t]+to[ \t]+say",
        r"it[ \t]+should[ \t]+be[ \t]+obvious",
        r"let[ \t]+me[ \t]+(?:explain[ \t]+this|spell[ \t]+it[ \t]+out)[ \t]+(?:slowly|simply|"
        r"for[ \t]+you|again)",
        r"as[ \t]+any[ \t]+[a-z]+[ \t]+(?:knows|would[ \t]+know)",
        r"(?:simply|just)[ \t]+(?:read|follow)[ \t]+the[ \t]+(?:docs|documentation|manual|"
        r"instructions)",
    ),
)
PASSIVE_AGGRESSION = Family(
    "tone/passive-aggressive",
    "Passive-aggressive: '{text}' reads as a reproach; state the request directly",
    _rx(
        r"as[ \t]+(?:previously|already)[ \t]+(?:stated|mentioned|explained|noted)",
        r"as[ \t]+(?:i|we)[ \t]+(?:said|mentioned|explained|stated|noted)[ \t]+(?:before|"
        r"earlier|previously|last[ \t]+(?:week|time))",
        r"per[ \t]+my[ \t]+(?:last|previous|earlier)[ \t]+(?:email|e-mail|message|note)",
        r"as[ \t]+per[ \t]+my[ \t]+(?:last|previous)[ \t]+[a-z]+",
        r"going[ \t]+forward,?[ \t]+(?:please[ \t]+)?(?:make[ \t]+sure|ensure|remember)",
        r"(?:just[ \t]+)?a[ \t]+friendly[ \t]+reminder",
        r"for[ \t]+future[ \t]+reference",
        r"not[ \t]+sure[ \t]+if[ \t]+you[ \t]+(?:saw|noticed|read)",
        r"in[ \t]+case[ \t]+you[ \t]+(?:missed|forgot)[ \t]+it",
        r"i['’]m[ \t]+not[ \t]+sure[ \t]+(?:why|how)[ \t]+this[ \t]+(?:is|was)[ \t]+"
        r"(?:so|still)[ \t]+(?:hard|difficult|unclear)",
        r"thanks[ \t]+in[ \t]+advance[ \t]+for[ \t]+your[ \t]+(?:cooperation|compliance|"
        r"understanding)",
        r"with[ \t]+all[ \t]+due[ \t]+respect",
        r"i[ \t]+shouldn['’]t[ \t]+have[ \t]+to",
        r"once[ \t]+again,?[ \t]+(?:please|i|we)",
        r"(?:please[ \t]+)?(?:re-?read|refer[ \t]+back[ \t]+to)[ \t]+(?:my|the)[ \t]+"
        r"(?:previous|earlier|last)",
    ),
)
SARCASM = Family(
    "tone/sarcasm",
    "Sarcasm: '{text}' says the opposite of what it means; say what went wrong",
    (
        gated(
            rf"{_B}(?:oh[ \t]+)?(?:great|perfect|wonderful|fantastic|lovely|brilliant|"
            rf"terrific|awesome|nice|marvell?ous)(?:[ \t]*[,!.…]+|[ \t]+[-—])[ \t]+(?:another|"
            rf"just|more|now|yet[ \t]+another|exactly[ \t]+what|because|so){_E}",
            re.I,
        ),
        *_rx(
            r"thanks[ \t]+a[ \t]+lot",
            r"yeah[ \t]*,?[ \t]+right",
            r"what[ \t]+a[ \t]+surprise",
            r"who[ \t]+could[ \t]+have[ \t]+(?:guessed|known|predicted)",
            r"because[ \t]+that[ \t]+(?:worked|went)[ \t]+so[ \t]+well",
            r"(?:nice|great|good)[ \t]+job[ \t]+(?:breaking|losing|deleting|ignoring)",
            r"(?:as[ \t]+)?(?:always|usual)[ \t]*,?[ \t]+(?:right[ \t]+)?on[ \t]+time[ \t]*"
            r"(?=[!?]|\.\.\.)",
            r"clearly[ \t]+(?:a|the)[ \t]+(?:genius|brilliant)",
            r"oh[ \t]+joy",
        ),
    ),
)
BLAME = Family(
    "tone/blame",
    "Blame: '{text}' points at a person or a team; describe what happened and what changes",
    (
        gated(rf"{_B}{_PERSON}[ \t]+(?:{_FAULT_VERBS}){_E}"),
        gated(rf"{_B}{_TEAM}[ \t]+(?:{_LAPSES}){_E}"),
        *_rx(
            r"(?:this|it)[ \t]+(?:is|was)[ \t]+(?:entirely|all|completely|totally)?[ \t]*"
            r"(?:your|their|his|her|[a-z]+['’]s)[ \t]+(?:own[ \t]+)?fault",
            r"(?:all[ \t]+)?thanks[ \t]+to[ \t]+(?:your|their|his|her|the[ \t]+[a-z]+[ \t]+"
            r"team['’]s)[ \t]+(?:carelessness|negligence|incompetence|mistake|sloppiness|"
            r"laziness)",
            r"because[ \t]+(?:you|they|someone)[ \t]+(?:didn['’]t|couldn['’]t|never)[ \t]+"
            r"(?:bother|care|listen|read|check|test)",
            r"if[ \t]+you[ \t]+had[ \t]+(?:just[ \t]+|only[ \t]+)?(?:read|followed|listened|"
            r"checked|tested)",
            r"(?:the[ \t]+[a-z]+[ \t]+team|you|they)[ \t]+(?:is|are)[ \t]+(?:to[ \t]+blame|"
            r"responsible[ \t]+for[ \t]+this[ \t]+mess)",
            r"whoever[ \t]+(?:wrote|did|broke|made)[ \t]+this",
        ),
    ),
)
DISMISSIVENESS = Family(
    "tone/dismissive",
    "Dismissive: '{text}' brushes the reader off; answer the point or say when you will",
    _rx(
        r"whatever(?=[ \t]*[,.!…])",
        r"(?:that['’]s|it['’]s|this[ \t]+is)[ \t]+not[ \t]+my[ \t]+(?:problem|job|concern|issue)",
        r"just[ \t]+deal[ \t]+with[ \t]+it",
        r"i[ \t]+(?:don['’]t|do[ \t]+not)[ \t]+have[ \t]+time[ \t]+for[ \t]+this",
        r"it[ \t]+is[ \t]+what[ \t]+it[ \t]+is",
        r"who[ \t]+cares",
        r"calm[ \t]+down",
        r"(?:you['’]re|you[ \t]+are)[ \t]+overthinking[ \t]+(?:it|this)",
        r"stop[ \t]+complaining",
        r"if[ \t]+you[ \t]+say[ \t]+so",
        r"(?:that['’]s|this[ \t]+is)[ \t]+(?:irrelevant|beside[ \t]+the[ \t]+point)",
        r"(?:it|that)[ \t]+(?:doesn['’]t|does[ \t]+not)[ \t]+(?:really[ \t]+)?matter",
        r"not[ \t]+(?:a|my)[ \t]+(?:priority|concern)[ \t]+right[ \t]+now",
        r"(?:nobody|no[ \t]+one)[ \t]+(?:asked|cares)",
        r"(?:take|do)[ \t]+it[ \t]+or[ \t]+leave[ \t]+it",
    ),
)
FAMILIES = (CONDESCENSION, PASSIVE_AGGRESSION, SARCASM, BLAME, DISMISSIVENESS)
# "Obviously" alone can go; every other attitude needs the sentence reworded.
_CUTTABLE = re.compile(r"(?:obviously|needless to say)", re.I)


def attitude(scan: ChunkScan) -> list[Finding]:
    """Findings of every family in the chunk's prose (warnings; "obviously" gets a cut)."""
    masked = scan.masked
    low = folded(masked)
    out: list[Finding] = []
    for family in FAMILIES:
        # Most chunks hold none of the words a pattern needs: those are not tried per sentence.
        patterns = [
            rx for rx in family.patterns
            if rx.needs is None or any(map(low.__contains__, rx.needs))
        ]  # fmt: skip
        if not patterns:
            continue
        for a, e in scan.prose_sentences():
            for rx in patterns:
                for m in rx.rx.finditer(masked, a, e):
                    text = re.sub(r"\s+", " ", m.group(0))
                    message = family.message.format(text=text)
                    if _CUTTABLE.fullmatch(text):
                        out.append(deletion(masked, m.start(), m.end(), family.rule, message,
                                            "warning"))  # fmt: skip
                    else:
                        out.append(Finding(m.start(), m.end(), family.rule, message, "warning"))
    return _first_per_span(out)


def _first_per_span(found: list[Finding]) -> list[Finding]:
    """One finding where patterns overlap (the earliest, then the longest)."""
    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    return kept
