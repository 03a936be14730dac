"""The tone lens: hedging, intensifiers, shouting, register (slang, contractions, stiffness),
attitude (condescension, passive aggression, sarcasm, blame, dismissiveness: ``attitude``) and
sentences that judge (not plain bad news). The style (formal, friendly, neutral) decides what
applies; attitude is flagged in every style."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from itertools import pairwise

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer

from services.contract.models import Severity
from services.specialist.findings import Finding, LensContext, Style
from services.specialist.rules.attitude import attitude
from services.specialist.rules.attitude.spans import quotations
from services.specialist.rules.blocks import Block
from services.specialist.rules.edits import at_sentence_start, deletion
from services.specialist.rules.gate import fold, folded, gated, word_runs
from services.specialist.rules.grammar import possessives_as_contractions
from services.specialist.rules.phrases import Hit, PhraseList, PhraseLists
from services.specialist.rules.scan import ChunkScan, prose, scan_chunk
from services.specialist.rules.words.tone import (
    ACRONYMS,
    BLAME,
    CONTRACTIONS,
    DEROGATORY,
    FAULT_WORDS,
    HEDGES,
    INTENSIFIERS,
    MILD_SLANG,
    SHOUTED_WORDS,
    SLANG,
    STATE_WORDS,
    STIFF,
    STOCK_PHRASES,
)

HOSTILE_THRESHOLD = -0.75
STRONG_POSITIVE = 1.5  # VADER valence of a word that praises ("amazing"), not a mild one
STRONG_NEGATIVE = -1.5  # VADER valence of a word that judges ("mess", "awful"), not a mild one

# Which rules apply in which style, and how loudly (None = the style allows it).
SEVERITY: dict[str, dict[Style, Severity | None]] = {
    "tone/hedge": {"formal": "warning", "neutral": "info", "friendly": None},
    "tone/intensifier": {"formal": "warning", "neutral": "info", "friendly": None},
    "tone/shouting": {"formal": "warning", "neutral": "warning", "friendly": "info"},
    "tone/exclamation": {"formal": "warning", "neutral": "info", "friendly": "info"},
    "tone/slang": {"formal": "warning", "neutral": "info", "friendly": None},
    "tone/contraction": {"formal": "info", "neutral": None, "friendly": None},
    # Stock letter phrases in every style; legal words ("pursuant to") only in friendly.
    "tone/stiff": {"formal": "info", "neutral": "info", "friendly": "info"},
    "tone/negative": {"formal": "warning", "neutral": "warning", "friendly": "warning"},
}

_HEDGES = PhraseList(HEDGES)
_INTENSIFIERS = PhraseList(INTENSIFIERS)
_SLANG = PhraseList(SLANG)
_CONTRACTIONS = PhraseList(dict(CONTRACTIONS))
_STOCK = PhraseList(STOCK_PHRASES)
_STIFF = PhraseList({**STIFF, **STOCK_PHRASES})
_BLAME = PhraseList(BLAME)
# Words that make the next negative word louder: VADER's boosters ("completely", "so") and ours.
_BOOSTERS = frozenset(w for w, v in BOOSTER_DICT.items() if v > 0) | {
    *INTENSIFIERS,
    "complete",
    "absolute",
    "such",
    "pure",
}
# "this is", "you are", "it's": a verdict on the matter at hand or on the reader.
_SUBJECTS = {"this", "that", "it", "you"}
_COPULAS = {"is", "are", "was", "were", "been", "looks", "seems", "sounds", "feels"}
_VERDICTS = {"it's", "that's", "you're"}
# Contractions that sound like a possessive ("it's" / "its").
_POSSESSIVE_SOUNDING = frozenset({"it's", "who's", "you're", "they're"})
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_THINKING_OF = re.compile(r"i\s+think\s+(?:about|of|back|through|over)\b", re.I)

# "a kind of", "what sort of": a category, not a hedge.
_LITERAL_KIND = re.compile(
    r"(?:a|an|the|this|that|these|those|what|which|any|some|one|every|each|same|different|new|"
    r"other|another|no|all|my|your|our|their|his|her|its|right|wrong|first|last|only|certain|"
    r"particular|special|whatever|similar)\s+$",
    re.IGNORECASE,
)
# Capitals inside paths, file names and quotes ("AUTHORS.md", "DEFINE") are names, not shouting.
# A chunk without two capitals in a row (_CAPITALS) holds no such run: it is not searched.
# A run may start with a two-letter word ("Under NO circumstances"): only listed words shout.
_CAPITALS = re.compile(r"[A-Z][A-Z'’]")
_CAPS_RUN = re.compile(
    r"(?<![\w'’\-./\"“,=])[A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’]+)*(?![\w'’\-/\"”]|\.\w)"
)
_BOOSTED = gated(
    r"(?<![\w'’\-])(really|seriously)[ \t]+(?:the[ \t]+)?([A-Za-z]+)(?![\w'’\-])", re.I
)
_OBJECT = re.compile(
    r"[ \t]+(?:it|you|them|him|her|us|me|that|this|your|our|their|my|his|the|a|an|"
    r"how|what|when|if)\b",
    re.I,
)
_EVALUATIVE = frozenset({"best", "worst", "brilliant", "incredible", "fantastic", "stunning"})
# "!", "?!", "!!!", and "???" where a sentence ends (not "'??%'", a placeholder).
_BANGS = re.compile(r"[!?]*!(?!=)[!?]*|\?{2,}(?![^\s)\]\"”'’])")
# "The navigation is a joke", "this plan is an absolute shambles": a copula, only words that
# make it louder (never "no" or "not": "it is no joke" means serious), then a condemning noun.
_CONDEMNED = gated(
    r"(?<![\w'’\-])(?:is|was|are|were|looks like|seems like|feels like)[ \t]+(?:(?:frankly|"
    r"honestly|just|simply|basically|really|an?|absolute|complete|total|utter|such|bit of|real)"
    rf"[ \t]+)*(?:{'|'.join(sorted(DEROGATORY))})s?(?![\w'’\-])",
    re.I,
)
# "Your plan is naive": a verdict on the reader's work by any word VADER rates as negative
# (-1.0 or lower), not only the strong ones; words for a state rather than a verdict are not.
_VERDICT_ON_YOURS = gated(
    r"(?<![\w'’\-])your[ \t]+(?:[a-z]+[ \t]+){1,2}?(?:is|are|was|were|looks|seems|sounds|reads)"
    r"[ \t]+(?:(?:very|so|too|really|quite|rather|pretty|frankly|honestly|just|completely|"
    r"totally|utterly|a[ \t]+bit)[ \t]+)*([a-z]+)(?![\w'’\-])",
    re.I,
)
# "Kevin's careless handover", "their lazy fix": the same verdict before the noun (a word shaped
# like an adjective, then a word that is not a verb or a function word: "your complaint will"
# is a noun and its verb).
_POSSESSED = re.compile(
    r"(?<![\w'’\-])(?:[A-Z][a-z]+['’]s|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)[ \t]+"
    r"([a-z]+(?:less|ful|ous|ish|ive|ic|al|y|able|ible|ent|ant|id))[ \t]+"
    r"(?!(?:will|would|is|was|are|were|has|had|have|can|could|and|or|to|of|in|on|for|that)\b)"
    r"[a-z]+"
)
# A match of _POSSESSED is a whole run of word characters (``word_runs``) and then a space:
# a run that folds to one of these or ends in "'s". It is tried only where such a run starts.
_POSSESSORS = frozenset({"your", "their", "his", "her"})
_STATES = STATE_WORDS
_SHAME = frozenset({"ashamed", "embarrassed"})
# A negative word in -ed after a past form of "be" is a passive verb: it reports what happened
# to something ("the parcel was ruined"), as a verdict adjective does not. Not after "is" or
# "are", where such a word is mostly an adjective ("this is flawed", "you are misinformed").
_PASSIVE_BE = frozenset({"was", "were", "been", "being", "got"})
# Words between a booster and a negative word that show the booster is no booster: "so the
# abuse policy" (a conjunction), not "so bad" or "such a mess".
_NOT_BOOSTED = frozenset(
    {"the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
     "it", "we", "they", "i", "he", "she", "you", "to", "of", "in", "on", "at", "for", "with",
     "and", "or", "but", "if"}
)  # fmt: skip
# A determiner two words before "that" makes it a relative pronoun ("the hedge that was
# crushed"), not the "that" of a verdict ("that was awful").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "my", "your", "our", "their", "his",
                          "her", "its", "every", "each", "any", "some", "no"})  # fmt: skip
VERDICT_NEGATIVE = -1.0


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()  # loads its lexicon once per process


@lru_cache(maxsize=1)
def _judging_vader() -> SentimentIntensityAnalyzer:
    """VADER without the words that only name a fault, so "the build failed" scores neutral."""
    judge = copy.copy(_vader())
    judge.lexicon = {w: v for w, v in _vader().lexicon.items() if w not in FAULT_WORDS}
    return judge


_TITLE_CASE = re.compile(r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){2,}")
_AN_ANSWER = re.compile(r"\b(?:yes|no)\b,?\s+(?:(?:yes|no),?\s+)?(?:or|and)\s+$", re.I)


def _hedges(masked: str, severity: Severity, hits: list[Hit]) -> list[Finding]:
    found = _HEDGES.findings(masked, "tone/hedge", "Hedge: '{original}' weakens the point",
                             severity, no_fix="Hedge: '{original}'; state it or give the odds",
                             cut="Hedge: '{original}' weakens the point; cut it",
                             hits=hits)  # fmt: skip
    out = []
    for f in found:
        head = masked[f.start : f.start + 9].lower()
        if head.startswith(("kind of", "sort of")) and _LITERAL_KIND.search(
            masked[max(0, f.start - 20) : f.start]
        ):
            continue
        if _TITLE_CASE.fullmatch(masked[f.start : f.end].strip()):
            continue  # "AFAIK: As Far As I Know": a name for the phrase, not a hedge
        if head.startswith("maybe") and _AN_ANSWER.search(masked, max(0, f.start - 20), f.start):
            continue  # "answer yes, no or maybe": one of the answers, not a hedge
        if head.startswith("i believ") and re.match(r"i\s+believe\s+in\b", masked[f.start :], re.I):
            continue  # a statement of belief, not a hedge
        if head.startswith("i think") and _THINKING_OF.match(masked, f.start):
            continue  # "I think about that garden": the verb of thought, not a hedge
        out.append(f)
    return out


def _intensifiers(masked: str, severity: Severity, hits: list[Hit]) -> list[Finding]:
    found = [
        f
        for f in _INTENSIFIERS.findings(
            masked,
            "tone/intensifier",
            "Intensifier: '{original}' overstates; cut it",
            severity,
            hits=hits,
        )
        # "super" is only an intensifier in front of another word ("super easy"), and not in
        # a name ("the Super Bowl").
        if not (
            masked[f.start : f.start + 5].lower() == "super"
            and not re.match(r"super[ \t]+[A-Za-z]", masked[f.start :], re.I)
        )
        and not re.match(r"Super[ \t]+[A-Z]", masked[f.start :])
    ]
    for m in _BOOSTED.finditer(masked):
        # "really", "seriously": an intensifier before a word that judges ("really amazing",
        # "seriously the best"), a plain adverb elsewhere ("it really works").
        word = m.group(2).lower()
        if _OBJECT.match(masked, m.end()):
            continue  # "really appreciate it": a verb and its object, not a judging word
        if word in _EVALUATIVE or _vader().lexicon.get(word, 0) >= STRONG_POSITIVE:
            message = f"Intensifier: '{m.group(1)}' overstates; cut it"
            found.append(
                deletion(masked, m.start(1), m.end(1), "tone/intensifier", message, severity)
            )
    return found


def _shouting(masked: str, prose_blocks: list[Block], severity: Severity) -> list[Finding]:
    out: list[Finding] = []
    if not _CAPITALS.search(masked):
        return out
    for b in prose_blocks:
        for m in _CAPS_RUN.finditer(masked, b.start, b.end):
            words = m.group(0).split()
            if not _shouted_run([w.replace("’", "'") for w in words]):
                continue
            fixed = " ".join(w if w.strip("'’") in ACRONYMS else w.lower() for w in words)
            if at_sentence_start(masked, m.start()):
                fixed = fixed[0].upper() + fixed[1:]
            out.append(
                Finding(m.start(), m.end(), "tone/shouting",
                        "ALL CAPS reads as shouting; use normal case", severity, fixed)
            )  # fmt: skip
    return out


def _shouted_run(words: list[str]) -> bool:
    """Whether a run of capitalised words shouts: a listed word of three letters or more, or
    a run of short words only ("Under NO circumstances", "UP TO ten days"). A short word
    beside longer capitals is a label's or a licence's ("NO WARRANTY", "TO DO")."""
    if any(len(w.strip("'")) >= 3 and _shouted(w) for w in words):
        return True
    short = all(len(w.strip("'")) <= 2 for w in words)
    return short and words != ["TO", "DO"] and any(_shouted(w) for w in words)


def _shouted(word: str) -> bool:
    """A capitalised English word that carries force; technical names (SIGALRM) do not."""
    bare = word.strip("'")
    if bare in ACRONYMS or bare.rstrip("S") in ACRONYMS:
        return False
    # Short capitalised words are mostly names (SMOG, SIGALRM's kin), unless listed.
    return bare.replace("'", "") in SHOUTED_WORDS or (
        len(bare) >= 5 and bare.lower() in _vader().lexicon
    )


def _exclamations(masked: str, style: Style, severity: Severity) -> list[Finding]:
    out: list[Finding] = []
    if "!" not in masked and "??" not in masked:
        return out
    for m in _BANGS.finditer(masked):
        run = m.group(0)
        if len(run) > 1:
            fix = "?" if "?" in run else "!"
            out.append(
                Finding(m.start(), m.end(), "tone/exclamation",
                        f"'{run}' reads as shouting; one mark is enough", severity, fix, (".",))
            )  # fmt: skip
        elif style == "formal" and (m.end() == len(masked) or masked[m.end()].isspace()):
            out.append(
                Finding(m.start(), m.end(), "tone/exclamation",
                        "Formal writing avoids exclamation marks", "info", ".")
            )  # fmt: skip
    return out


# Slang words with a literal sense, told apart by their neighbours: "stuff" as a verb ("will
# stuff the cushions"), weights ("twelve tons of"), "chill" as cold ("a chill in the air"),
# "ditch" as a noun ("a drainage ditch", not "ditch the forms"), "dude ranch"; and words
# of feeling as verbs with an object ("pumped water out") unless they follow a word that
# makes them a feeling ("we are pumped", "so stoked") or open the text.
_LITERAL_AFTER_WORD = {
    "stuff": re.compile(r"\b(?:to|will|would|can|could|should|must|may|might|we|they|i)\s+$", re.I),
    "tons of": re.compile(
        r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
        r"thirty|forty|fifty|hundred|thousand|million|metric|short|long))\s+$",
        re.I,
    ),
    "chill": re.compile(r"\b(?:a|the|an|of)\s+$", re.I),
}
_LITERAL_BEFORE_WORD = {
    "ditch": re.compile(
        r"\s+(?!(?:the|a|an|it|them|this|that|these|those|our|your|their|his|her|its|my)\b)",
        re.I,
    ),
    "dude": re.compile(r"\s+ranch", re.I),
}
_FEELINGS = frozenset({"pumped", "stoked", "psyched"})
_FELT = re.compile(
    r"\b(?:am|is|are|was|were|be|been|feel|feeling|felt|get|got|so|really|totally|super|very|"
    r"all)\s+$",
    re.I,
)
_NEIGHBOURS = 30  # characters read before a slang word to tell its sense


def _literal(masked: str, hit: Hit) -> bool:
    """Whether a slang hit is the word's literal sense, by the words around it."""
    word = " ".join(fold(hit.text).split())
    start = max(0, hit.start - _NEIGHBOURS)
    if word in _FEELINGS:  # a verb after a word, not one that opens the text
        after_a_word = hit.start > 0 and masked[hit.start - 1].isspace()
        return after_a_word and _FELT.search(masked, start, hit.start) is None
    before = _LITERAL_AFTER_WORD.get(word)
    if before is not None and before.search(masked, start, hit.start):
        return True
    after = _LITERAL_BEFORE_WORD.get(word)
    return after is not None and after.match(masked, hit.end) is not None


def _contractions(masked: str, severity: Severity, hits: list[Hit]) -> list[Finding]:
    out = []
    for h in hits:
        # The list matched the word as the gate folds it ("ıt's", "İ'm" are "it's", "i'm").
        expanded = CONTRACTIONS.get(fold(h.text))
        if expanded is None:
            continue
        after = masked[h.end : h.end + 12].lower()
        if re.match(r"\s+(?:been|got)\b", after) and expanded.endswith(" is"):
            expanded = expanded[:-3] + " has"  # "it's been" is "it has been"
        if re.match(r"\s+(?:been|better|had)\b", after) and expanded.endswith(" would"):
            expanded = expanded[:-6] + " had"  # "I'd been", "you'd better"
        if h.text[0].isupper():
            expanded = expanded[0].upper() + expanded[1:]
        out.append(
            Finding(h.start, h.end, "tone/contraction",
                    f"Formal writing spells out '{h.text}'", severity, expanded)
        )  # fmt: skip
    return out


def _negative(
    scan: ChunkScan, threshold: float, severity: Severity, blames: list[Hit]
) -> list[Finding]:
    masked = scan.masked
    # Words in quotation marks are cited, not said: a report that quotes a customer's rude
    # message ("This is the most useless company") passes no judgement itself.
    quotes = quotations(masked)
    if quotes:
        masked = _blanked(masked, quotes)
        blames = [h for h in blames if not any(a <= h.start < e for a, e in quotes)]
    condemned = _condemning(masked)
    if not (blames or condemned) and "!" not in masked and not _holds_strong_word(masked):
        return []  # no sentence of the chunk could be judged: its sentences are not read
    out = []
    for a, e in scan.prose_sentences():
        sentence = prose(masked, a, e)
        if not sentence:
            continue  # a sentence that is all quotation
        blame = next((h for h in blames if a <= h.start and h.end <= e), None)
        named = next((m for m in condemned if a <= m.start() and m.end() <= e), None)
        if blame:
            message, hostile = f"Blaming wording ('{blame.text}')", True
        elif named:
            message, hostile = f"Judging wording ('{' '.join(named.group(0).split())}')", True
        elif not _may_judge(sentence):
            continue  # VADER is the lens's dearest step: only where its score can matter
        elif _OWNED_FEELING.search(sentence):
            continue  # "I know that's disappointing", "I feel awful about it": the writer's
        elif not any(shape := _verdict_shape(sentence)):
            continue  # no strong word aimed or made louder: no score makes it a verdict
        elif _judgement(shape, score := _judging_vader().polarity_scores(sentence)["compound"],
                        threshold):  # fmt: skip
            hostile = score < HOSTILE_THRESHOLD
            message = f"{'Hostile' if hostile else 'Negative'} sentence (sentiment {score:.2f})"
        else:
            continue
        out.append(
            Finding(a, e, "tone/negative",
                    f"{message}; say what should change, constructively",
                    severity if hostile else "info")
        )  # fmt: skip
    return out


# Bad news the writer owns or feels with the reader is no verdict on anyone: an apology ("I'm
# sorry", "I owe you an apology", "I feel awful about it"), sympathy ("I know that's
# disappointing", "I understand how frustrating this is").
_OWNED_FEELING = re.compile(
    r"(?<![\w'’])(?:i['’]m (?:so |very |truly |really )?sorry|i am (?:so |very |truly |really )?"
    r"sorry|i (?:sincerely |do )?apologi[sz]e|i owe you an apology|i feel (?:awful|terrible|"
    r"dreadful|bad)|i know (?:that['’]s|this is|it['’]s|that is) (?:disappointing|frustrating|"
    r"upsetting|hard|not (?:the news|what))|i understand (?:how|that|this|it|your))",
    re.I,
)


def _blanked(masked: str, spans: list[tuple[int, int]]) -> str:
    """``masked`` with the ``spans`` turned to spaces (offsets kept)."""
    parts = []
    end = 0
    for a, e in spans:
        parts += [masked[end:a], " " * (e - a)]
        end = e
    return "".join(parts) + masked[end:]


def _condemning(masked: str) -> list[re.Match[str]]:
    """Wording that condemns the matter at hand or the reader's work whatever the score:
    "the navigation is a joke", "your plan is naive"."""
    found = list(_CONDEMNED.finditer(masked))
    lexicon = _judging_vader().lexicon
    for m in (*_VERDICT_ON_YOURS.finditer(masked), *_possessed(masked)):
        word = m.group(1).lower()
        if word not in _STATES and lexicon.get(word, 0.0) <= VERDICT_NEGATIVE:
            found.append(m)
    return found


def _possessed(masked: str) -> list[re.Match[str]]:
    """``_POSSESSED.finditer(masked)``, tried only at the runs a possessor can open: the
    regex alone would try its alternatives at every character of the chunk."""
    found: list[re.Match[str]] = []
    end = 0
    starts, _, words = word_runs(masked)
    if _POSSESSORS.isdisjoint(words) and "'s" not in folded(masked):
        return found  # most chunks name no owner: their runs are not read one by one
    for at, word in zip(starts, words, strict=True):
        possessor = word in _POSSESSORS or word.endswith("'s")
        if possessor and at >= end and (m := _POSSESSED.match(masked, at)) is not None:
            found.append(m)
            end = m.end()
    return found


@lru_cache(maxsize=1)
def _strong_words() -> frozenset[str]:
    """The words of the judging lexicon at or below STRONG_NEGATIVE."""
    return frozenset(w for w, v in _judging_vader().lexicon.items() if v <= STRONG_NEGATIVE)


def _holds_strong_word(masked: str) -> bool:
    """Whether a word of the chunk as ``_may_judge`` reads them is a strong one. Such a word
    lies inside one of the chunk's runs (``word_runs``, folded), so each distinct run is
    looked up, its words found once per process."""
    for run in set(word_runs(masked)[2]):
        strong = _STRONG_RUNS.get(run)
        if strong is None:
            if len(_STRONG_RUNS) > MAX_RUNS_REMEMBERED:
                _STRONG_RUNS.clear()
            strong = _STRONG_RUNS[run] = not _strong_words().isdisjoint(_WORD.findall(run))
        if strong:
            return True
    return False


MAX_RUNS_REMEMBERED = 50_000
_STRONG_RUNS: dict[str, bool] = {}  # a folded run -> whether it holds a strong word


def _may_judge(sentence: str) -> bool:
    """Whether ``_judgement`` could hold whatever the score: it needs a strongly negative word
    or a "!" (a sentence with neither is never judged, so its score is not needed)."""
    if "!" in sentence:
        return True
    strong = _strong_words()
    return any(w.replace("’", "'").lower() in strong for w in _WORD.findall(sentence))


def _verdict_shape(sentence: str) -> tuple[bool, bool]:
    """Whether a strongly negative word of the sentence is aimed at the matter or the reader
    ("this is awful", "your report is useless"), and else whether the sentence piles such
    words up or makes one louder ("completely", capitals, "!"). Neither: no score makes it a
    verdict (the reading stops at the first aimed word, as the loudness then does not count)."""
    lexicon = _judging_vader().lexicon
    words = [w.replace("’", "'") for w in _WORD.findall(sentence)]
    lower = [w.lower() for w in words]
    strong = [
        i
        for i, w in enumerate(lower)
        if lexicon.get(w, 0.0) <= STRONG_NEGATIVE and _judges(lower, i)
    ]
    loud = len(strong) >= 2 or "!" in sentence
    for i in strong:
        if _aimed(lower[max(0, i - 6) : i]):
            return True, loud
        loud = loud or _boosted(lower, i) or words[i].isupper()
    return False, loud


def _judges(lower: list[str], i: int) -> bool:
    """Whether the strongly negative word ``lower[i]`` passes judgement in its place: not a
    state ("your password is weak", "if you are unhappy"), not a passive verb that reports
    what happened ("the parcel was ruined"), and "waste" only as a verdict ("a waste of
    time"), not as rubbish ("household waste")."""
    word = lower[i]
    before = lower[i - 1] if i else ""
    if word in _SHAME and "should" in lower[max(0, i - 3) : i]:
        return True  # "you should be ashamed": shame laid on someone is a verdict
    if word in _STATES or (word.endswith("ed") and before in _PASSIVE_BE):
        return False
    if word == "waste":
        after = lower[i + 1] if i + 1 < len(lower) else ""
        return after == "of" or before in _BOOSTERS or before in {"a", "what"}
    return True


def _boosted(lower: list[str], i: int) -> bool:
    """Whether a booster makes ``lower[i]`` louder: just before it ("so bad") or with one
    word between that is no determiner, pronoun or preposition ("such a mess", "totally
    broken mess"; not "so the abuse policy")."""
    if i >= 1 and lower[i - 1] in _BOOSTERS:
        return True
    return i >= 2 and lower[i - 2] in _BOOSTERS and lower[i - 1] not in _NOT_BOOSTED


def _judgement(shape: tuple[bool, bool], score: float, threshold: float) -> bool:
    """Whether a sentence of this ``_verdict_shape`` passes judgement rather than reports bad
    news: an aimed word needs half the threshold, a loud sentence the threshold itself."""
    aimed, loud = shape
    return score < threshold / 2 and (aimed or (loud and score < threshold))


def _aimed(before: list[str]) -> bool:
    """The four words just before a negative word address the reader or give a verdict on
    'this' (``before`` holds up to two more, to tell a relative "that" from a verdict's)."""
    near = before[-4:]
    skip = len(before) - len(near)
    return bool(
        {"you", "your"}.intersection(near)
        or _VERDICTS.intersection(near)
        or any(
            w in _SUBJECTS and nxt in _COPULAS and not _relative(before, skip + k)
            for k, (w, nxt) in enumerate(pairwise(near))
        )
    )


def _relative(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a relative "that" (a determiner and a noun before it: "the
    hedge that was crushed"), not the subject of a verdict."""
    return words[k] == "that" and k >= 2 and words[k - 2] in _DETERMINERS


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Tone findings for one chunk (local offsets), for the context's style."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    masked = scan.masked
    level = {rule: by_style[ctx.style] for rule, by_style in SEVERITY.items()}
    hits = _list_hits(masked, ctx.style, level)
    out: list[Finding] = []
    if sev := level["tone/hedge"]:
        out += _hedges(masked, sev, hits[_HEDGES])
    if sev := level["tone/intensifier"]:
        out += _intensifiers(masked, sev, hits[_INTENSIFIERS])
    if sev := level["tone/shouting"]:
        headings = [b for b in scan.blocks if b.kind == "heading"]
        out += _shouting(masked, scan.prose_blocks() + headings, sev)
    if sev := level["tone/exclamation"]:
        out += _exclamations(masked, ctx.style, sev)
    if sev := level["tone/slang"]:
        slang = [h for h in hits[_SLANG] if not _literal(masked, h)]
        if ctx.style != "formal":
            slang = [h for h in slang if h.text.lower().replace("’", "'") not in MILD_SLANG]
        out += _SLANG.findings(masked, "tone/slang", "Informal: '{original}'; use "
                               "'{replacement}'", sev, no_fix="Informal: '{original}'; be precise",
                               cut="Informal: '{original}'; cut it", hits=slang)  # fmt: skip
    if sev := level["tone/contraction"]:
        contractions = hits[_CONTRACTIONS]
        if any(fold(h.text).replace("’", "'") in _POSSESSIVE_SOUNDING for h in contractions):
            misused = possessives_as_contractions(scan, ctx)  # grammar's to fix, not tone's
            contractions = [h for h in contractions if h.start not in misused]
        out += _contractions(masked, sev, contractions)
    if sev := level["tone/stiff"]:
        stiff = _STIFF if ctx.style == "friendly" else _STOCK
        out += stiff.findings(masked, "tone/stiff", "Stiff: '{original}'; try '{replacement}'",
                              sev, no_fix="Stiff: '{original}'; say it simply",
                              cut="Stiff: '{original}'; cut it", hits=hits[stiff])  # fmt: skip
    attitudes = attitude(scan)
    if sev := level["tone/negative"]:
        out += _negative(scan, ctx.options.negative_threshold, sev, hits[_BLAME])
    # A named attitude says more than a hedge or a "negative sentence" in the same sentence:
    # it wins there ("maybe this tool is not for you" is one finding, not two).
    return _beside(attitudes, out, scan.prose_sentences()) if attitudes else out


def _list_hits(
    masked: str, style: Style, level: dict[str, Severity | None]
) -> dict[PhraseList, list[Hit]]:
    """The hits of every phrase list the style applies, found in one pass over the chunk."""
    lists = _lists_for(style, tuple(rule for rule, sev in level.items() if sev))
    return dict(zip(lists.lists, lists.hits(masked), strict=True))


@lru_cache(maxsize=16)
def _lists_for(style: Style, rules: tuple[str, ...]) -> PhraseLists:
    by_rule = {"tone/hedge": _HEDGES, "tone/intensifier": _INTENSIFIERS, "tone/slang": _SLANG,
               "tone/contraction": _CONTRACTIONS, "tone/negative": _BLAME,
               "tone/stiff": _STIFF if style == "friendly" else _STOCK}  # fmt: skip
    return PhraseLists(*(by_rule[r] for r in rules if r in by_rule))


_YIELDS = ("tone/hedge", "tone/intensifier", "tone/negative")


def _beside(attitudes: list[Finding], others: list[Finding],
            sentences: list[tuple[int, int]]) -> list[Finding]:  # fmt: skip
    """``attitudes`` plus the ``others`` that neither overlap one nor, being a hedge, an
    intensifier or a negative sentence, share a sentence with one."""
    held = [(a, e) for a, e in sentences if any(a <= f.start < e for f in attitudes)]
    held += [(f.start, f.end) for f in attitudes]
    kept = list(attitudes)
    for f in others:
        spans = held if f.rule in _YIELDS else held[-len(attitudes) :]
        if not any(f.start < e and a < f.end for a, e in spans):
            kept.append(f)
    return kept
