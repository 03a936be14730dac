"""Finding the attitudes in a chunk: the families' patterns name the words that carry one,
sarcastic and reproachful sentence openers flag a sentence's start, and piled-up cues flag a
sentence no pattern spoke for. Each sentence is flagged once.

Most chunks hold no attitude, so a chunk runs only the patterns and cues whose literal words
it holds (``index``).
"""

from __future__ import annotations

import re

from services.specialist.findings import Finding
from services.specialist.rules.attitude.address import FAMILIES_ADDRESSED
from services.specialist.rules.attitude.clauses import FAMILIES_CLAUSES
from services.specialist.rules.attitude.cues import CUE_PATTERNS, piled_cues
from services.specialist.rules.attitude.exchanges import FAMILIES_EXCHANGES
from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.idioms import FAMILIES_IDIOMS
from services.specialist.rules.attitude.index import PatternIndex
from services.specialist.rules.attitude.patronising import FAMILIES_PATRONISING
from services.specialist.rules.attitude.pointed import FAMILIES_POINTED
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import AGAIN_AMISS, Family
from services.specialist.rules.attitude.spans import (
    first_per_sentence,
    in_sentence,
    quotations,
    quoted,
)
from services.specialist.rules.attitude.stances import FAMILIES_STANCES
from services.specialist.rules.attitude.subtext import FAMILIES_SUBTEXT
from services.specialist.rules.attitude.undertone import FAMILIES_UNDERTONE
from services.specialist.rules.attitude.veiled import FAMILIES_VEILED
from services.specialist.rules.edits import deletion, without_overlaps
from services.specialist.rules.gate import Gated, gated
from services.specialist.rules.scan import ChunkScan

FAMILIES = (
    CONDESCENSION,
    PASSIVE_AGGRESSION,
    SARCASM,
    BLAME,
    DISMISSIVENESS,
    *FAMILIES_UNDERTONE,
    *FAMILIES_ADDRESSED,
    *FAMILIES_IDIOMS,
    *FAMILIES_CLAUSES,
    *FAMILIES_VEILED,
    *FAMILIES_POINTED,
    *FAMILIES_PATRONISING,
    *FAMILIES_EXCHANGES,
    *FAMILIES_STANCES,
    *FAMILIES_SUBTEXT,
)
# A sentence that opens with praise and goes on to bad news: "Brilliant, the printer is
# jammed again", "Oh good, another meeting that could have been an email" (not the good news
# "Good, nobody was hurt", "Great, the build is green again").
_SARCASTIC_OPENER = gated(
    r"(?:oh,?[ \t]+)?(?:great|brilliant|perfect|wonderful|fantastic|lovely|good|super|terrific|"
    r"marvell?ous|excellent|splendid|just[ \t]+great|how[ \t]+lovely|how[ \t]+nice)[ \t]*[,!…]+"
    rf"[ \t]+(?=[^.!?]*(?<![\w'’\-])(?:{AGAIN_AMISS}|another|yet|still|late|missed|broke|"
    r"broken|jammed|down|failed|crashed|lost|wrong|waste|wasted|could[ \t]+have[ \t]+been|"
    r"(?:nobody|no[ \t]+one)(?![ \t]+(?:was|were|got|is|has[ \t]+been)[ \t]+(?:hurt|injured|"
    r"harmed|affected))|"
    r"died|dead|froze|frozen|flooded|deleted|middle[ \t]+of|"
    # Failures that are never good news ("Great, the upload stalled"); not "cancelled" or
    # "offline", which can be ("Good, the old server is offline").
    r"stalled|stuck|overran|slipped|timed[ \t]+out|bounced|corrupted|leaked)"
    r"(?![\w'’\-]))",
    re.IGNORECASE,
)
# A sentence that opens by repeating itself at the reader: "Again, the form goes to HR" (not
# "Again, thank you", "Once again, congratulations", nor a condition restated: "Again, if
# you think the change belongs upstream, ...").
_REPROACH_OPENER = gated(
    r"(?:again|to repeat|to reiterate|as i keep saying)[ \t]*[,:][ \t]+"
    r"(?!thank|thanks|congrat|well[ \t]+done|welcome|we[ \t]+are[ \t]+(?:grateful|proud)|"
    r"if[ \t])",
    re.IGNORECASE,
)
# "Obviously" alone can go; every other attitude needs the sentence reworded.
_CUTTABLE = re.compile(r"(?:obviously|needless to say)", re.I)
_OPENERS = ((_SARCASTIC_OPENER, SARCASM), (_REPROACH_OPENER, PASSIVE_AGGRESSION))
_ALL = tuple((family, rx) for family in FAMILIES for rx in family.patterns)
# The patterns, then the cues (numbered after them).
_INDEX = PatternIndex([rx for _, rx in _ALL] + list(CUE_PATTERNS))


def attitude(scan: ChunkScan) -> list[Finding]:
    """Findings of every family in the chunk's prose (warnings; "obviously" gets a cut).

    Most chunks hold no attitude: their sentences are only split once an opener may start
    one or a pattern or cue matches.
    """
    masked = scan.masked
    candidates = _INDEX.candidates(masked)
    openers = [(rx, family) for rx, family in _OPENERS if rx.may_match(masked)]
    matches: list[tuple[Family, re.Match[str]]] = []
    for i in candidates:
        if i >= len(_ALL):
            break  # the cues: read by piled_cues
        family, rx = _ALL[i]
        matches += [(family, m) for m in rx.finditer(masked)]  # tried where its first word starts
    cues = [i - len(_ALL) for i in candidates if i >= len(_ALL)]
    quotes = quotations(masked)
    named: list[Finding] = []
    if openers or matches:
        sentences = scan.prose_sentences()
        starts = [a for a, _ in sentences]
        out = _openers(masked, sentences, openers)
        for family, m in matches:
            at = in_sentence(m, starts, sentences)
            if at is None or quoted(quotes, *m.span()):
                continue  # outside prose, or a mention ('"whatever" is dismissive')
            if family.rule == "tone/blame" and _our_own(masked, sentences[at][0], m):
                continue  # "Our team moved you ..., but they should have told you"
            text = re.sub(r"\s+", " ", m.group(0))
            message = family.message.format(text=text)
            if _CUTTABLE.fullmatch(text):
                out.append(deletion(masked, m.start(), m.end(), family.rule, message, "warning"))
            else:
                out.append(Finding(m.start(), m.end(), family.rule, message, "warning"))
        # Patterns name the words; piled-up cues flag a sentence where no pattern spoke.
        named = first_per_sentence(out, sentences)
        if len(named) == len(sentences):
            return named
    piled = piled_cues(scan, quotes, cues) if cues else []
    if not piled:
        return named
    return first_per_sentence(named + without_overlaps(named, piled)[len(named) :],
                              scan.prose_sentences())  # fmt: skip


# A pronoun that opens a blame and, earlier in its sentence, the writer's own people it
# stands for: the writer answers for them ("Our team moved you, but they should have told you").
_PRONOUN_OPENING = re.compile(r"(?:they|he|she)\b", re.I)
_OUR_PEOPLE = re.compile(
    r"\b(?:[Oo]ur|[Mm]y) (?:[a-z]+ ){0,2}(?:team|staff|colleagues?|people|engineers|developers|"
    r"agents?|manager|drivers?|courier|crew|nurses?|doctors?|receptionists?|support desk|"
    r"office|department|volunteers?|technicians?)\b"
)


def _our_own(masked: str, sentence_start: int, m: re.Match[str]) -> bool:
    return _PRONOUN_OPENING.match(m.group(0)) is not None and bool(
        _OUR_PEOPLE.search(masked, sentence_start, m.start())
    )


def _openers(
    masked: str, sentences: list[tuple[int, int]], openers: list[tuple[Gated, Family]]
) -> list[Finding]:
    """Sarcastic praise at the start of a sentence that goes on to bad news, and a reproachful
    "Again," at the start of one (``openers``: those the chunk may hold)."""
    out = []
    for a, e in sentences:
        for rx, family in openers:
            if (m := rx.match(masked, a, e)) is not None:
                text = m.group(0).strip()
                out.append(Finding(a, a + len(text), family.rule,
                                   family.message.format(text=text), "warning"))  # fmt: skip
                break
    return out
