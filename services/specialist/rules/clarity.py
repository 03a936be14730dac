"""The clarity lens: long and run-on sentences, passive voice, hidden verbs, wordiness, jargon,
vague words and hard-to-read paragraphs."""

from __future__ import annotations

import re

from textstat.textstat import textstatistics

from services.contract.text import count_words
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import without_overlaps
from services.specialist.rules.phrases import PhraseList
from services.specialist.rules.scan import ChunkScan, prose, scan_chunk
from services.specialist.rules.words import word_set
from services.specialist.rules.words.clarity import JARGON, VAGUE, WORDY, hidden_verbs

MIN_READABILITY_WORDS = 25  # the formulas are noise on a couple of sentences

_readability = textstatistics()
# A BCP 47 tag keeps textstat on pyphen's bundled hyphenation dictionary; "en_US" would make
# it fetch NLTK's CMU dictionary over the network at the first call.
_readability.set_lang("en-US")

_JOINS = re.compile(r",[ \t]+(?:and|but|so|which|or|yet|then)\b|\band[ \t]+then\b|;", re.I)

_IRREGULAR_PARTICIPLES = (
    "begun|broken|brought|built|bought|caught|chosen|done|drawn|driven|eaten|fallen|forgotten|"
    "forgiven|frozen|given|grown|hidden|held|hit|hurt|kept|laid|led|left|lent|lost|made|meant|met|"
    "paid|put|read|ridden|run|said|seen|sent|set|shaken|shown|shut|sold|sought|spent|spoken|"
    "stolen|struck|sung|taken|taught|thrown|told|thought|understood|woken|won|worn|written|"
    "withdrawn|overseen|undertaken|overtaken|forbidden|beaten|bitten|blown|bound|bred|dealt|dug|"
    "fed|fought|found|ground|hung|lit|shot|slain|spun|split|spread|stuck|stung|sworn|swept|torn|"
    "wound|cut|felt|heard|upheld|withheld|rebuilt|rewritten|overridden|mistaken|misunderstood"
)
_PASSIVE = re.compile(
    r"(?<![\w'’\-])((?:am|is|are|was|were|be|been|being|get|gets|got|gotten)"
    r"(?:[ \t]+not)?(?:[ \t]+[a-z]+ly)?[ \t]+"
    rf"([a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES}))(?![\w'’\-])(?:[ \t]+(by)[ \t]+)?",
    re.IGNORECASE,
)
_STATES = word_set(
    """interested tired excited bored worried pleased satisfied surprised concerned involved
    based located supposed married aged advanced experienced qualified dedicated detailed
    related ashamed scared frightened confused amazed annoyed disappointed embarrassed
    exhausted thrilled determined engaged complicated sophisticated talented skilled crowded
    balanced mixed armed blessed committed devoted known tasked hundred sacred naked wicked
    wretched rugged crooked beloved ragged jagged kindred indeed exceed proceed succeed stuck
    lost"""
)

_RATHER_THAN = re.compile(r"rather\s+than\b", re.IGNORECASE)
_WOULD_RATHER = re.compile(r"(?:would|had|['’]d)\s+$", re.IGNORECASE)


def _preference(masked: str, start: int) -> bool:
    """'rather than' and 'would rather' state a preference; they are not filler."""
    return bool(_RATHER_THAN.match(masked, start)) or (
        masked[start : start + 6].lower() == "rather"
        and bool(_WOULD_RATHER.search(masked[max(0, start - 12) : start]))
    )


_HIDDEN_VERBS = PhraseList(hidden_verbs())
_WORDY = PhraseList(WORDY)
_JARGON = PhraseList(JARGON)
_VAGUE = PhraseList(VAGUE)


def _sentences(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    limit = ctx.options.max_sentence_words
    clauses = ctx.options.run_on_clauses
    masked = scan.masked
    out = []
    for a, e in scan.prose_sentences():
        n = count_words(masked[a:e])
        joins = len(_JOINS.findall(masked, a, e))
        if joins >= clauses and n >= 25:
            out.append(
                Finding(a, e, "clarity/run-on",
                        f"Run-on sentence: {joins + 1} clauses chained in {n} words; "
                        "split it where the ideas change", "warning")
            )  # fmt: skip
        elif n > limit:
            out.append(
                Finding(a, e, "clarity/long-sentence",
                        f"Long sentence ({n} words); split it or cut words "
                        f"(aim for at most {limit})", "warning")
            )  # fmt: skip
    return out


def _passive(masked: str) -> list[Finding]:
    out = []
    for m in _PASSIVE.finditer(masked):
        participle = m.group(2).lower()
        if participle in _STATES or participle.endswith("eed") or participle.startswith("un"):
            # "is unchanged", "was unused": an un- participle is an adjective, not a passive
            continue
        if participle == "used" and re.match(r"[ \t]+to\b", masked[m.end(2) :]):
            continue  # "is used to" (habit), not a passive
        phrase = re.sub(r"\s+", " ", m.group(1))
        if m.group(3):
            agent = re.match(r"(?:the[ \t]+)?[\w'’\-]+", masked[m.end() :])
            who = agent.group(0) if agent else "the agent"
            msg = f"Passive voice ('{phrase} by'): start with who acts ('{who} ...')"
        else:
            msg = f"Passive voice ('{phrase}'): say who acts, in the active voice"
        out.append(Finding(m.start(1), m.end(1), "clarity/passive-voice", msg, "info"))
    return out


def _phrases(masked: str) -> list[Finding]:
    primary = (
        _HIDDEN_VERBS.findings(masked, "clarity/nominalization",
                               "Hidden verb: '{original}' can be '{replacement}'", "info")
        + _WORDY.findings(masked, "clarity/wordy-phrase", "Wordy: '{original}' can be "
                          "'{replacement}'", "info", no_fix="Wordy: '{original}'; cut or rephrase")
        + _JARGON.findings(masked, "clarity/jargon", "Jargon: '{original}' can be "
                           "'{replacement}'", "info", no_fix="Jargon: '{original}'; say it plainly")
    )  # fmt: skip
    vague = _VAGUE.findings(masked, "clarity/weasel-word", "Weak: '{original}'; try "
                            "'{replacement}'", "info", no_fix="Vague: '{original}'; be specific",
                            cut="Filler: '{original}' adds little; cut it")  # fmt: skip
    vague = [f for f in vague if not _preference(masked, f.start)]
    # A phrase inside a longer listed phrase ("a number of" in "a large number of") is one finding.
    return without_overlaps(primary, vague)


def _readability_of(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    min_ease = ctx.options.min_reading_ease
    max_grade = ctx.options.max_grade
    out = []
    for b in scan.blocks:
        if b.kind not in ("paragraph", "quote"):
            continue
        text = prose(scan.masked, b.start, b.end)
        if count_words(text) < MIN_READABILITY_WORDS:
            continue
        ease = float(_readability.flesch_reading_ease(text))
        grade = float(_readability.flesch_kincaid_grade(text))
        if ease < min_ease or grade > max_grade:
            out.append(
                Finding(b.start, b.end, "clarity/readability",
                        f"Hard to read (Flesch reading ease {ease:.0f}, grade {grade:.1f}): "
                        "use shorter sentences and plainer words", "warning")
            )  # fmt: skip
    return out


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Clarity findings for one chunk (local offsets)."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    return (
        _sentences(scan, ctx)
        + _passive(scan.masked)
        + _phrases(scan.masked)
        + _readability_of(scan, ctx)
    )
