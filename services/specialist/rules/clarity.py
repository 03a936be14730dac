"""The clarity lens: long and run-on sentences, passive voice, hidden verbs, wordiness, jargon,
vague words and hard-to-read paragraphs."""

from __future__ import annotations

import re
from itertools import pairwise

from textstat.textstat import textstatistics

from services.contract.text import count_words
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.blocks import Block
from services.specialist.rules.edits import without_overlaps
from services.specialist.rules.gate import gated, word_runs
from services.specialist.rules.length import ITEM_BREAKS, sentence_findings
from services.specialist.rules.passive import IRREGULAR_PARTICIPLES, passive
from services.specialist.rules.phrases import Hit, PatternList, PhraseList, PhraseLists
from services.specialist.rules.plain_senses import courtesy, facilitator, justly, supplied_number
from services.specialist.rules.scan import ChunkScan, prose, scan_chunk
from services.specialist.rules.words.clarity import (
    BEFORE_VERB,
    COMPOUND_HEADS,
    JARGON,
    NOT_HIDING,
    NOT_VERBAL_HEADS,
    SOURCES,
    SPECIFIC,
    VAGUE,
    WORDY,
    hidden_verb_shapes,
    hidden_verbs,
    jargon_shapes,
    nouns_as_verbs,
    redundant_verbs,
    wordy_shapes,
)

MIN_READABILITY_WORDS = 12  # the formulas are noise on fewer words
HARD_SYLLABLES = 2.1  # syllables a word: "incremental, sequentially staggered cultivation"
LONG_WORDS_LETTERS = 5.0  # letters a word below which no paragraph is hard (skip the count)
# One sentence is less evidence than a paragraph: its words must be longer still. Sentences
# an editor rewrites run 3.3-4.1 syllables a word, plain ones at most 2.3.
HARD_SENTENCE_SYLLABLES = 2.8
HARD_SENTENCE_LETTERS = 7.5  # letters a word below which no sentence is that hard
# A short sentence is less evidence still: from this many words, if nearly every word is long
# ("Sustainability-oriented behavioural modification necessitates ...").
MIN_SHORT_HARD_WORDS = 8
SHORT_HARD_SYLLABLES = 3.5
SHORT_HARD_LETTERS = 10.0
# Every byte but an ASCII letter's: deleting them from a text's UTF-8 counts its letters A-Z,
# a-z (a multi-byte character's bytes are all above 127) far faster than a regex finds them.
_NOT_LETTERS = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))
# Web and mail addresses, file names: "stillwater.example/kettle" is not a hard word to read.
_ADDRESS = re.compile(r"(?<![\w\-])[\w\-]+(?:[./@][\w\-]+)+/?")
_ADDRESS_MARK = re.compile(r"\w[./@]\w")  # a cheap test first: most paragraphs hold none
# A capitalised word, or a run of them, after a word inside a sentence: a name.
_NAME_INSIDE = re.compile(r"[A-Z](?<=[a-z0-9,;:)] [A-Z])[a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)*")

_readability = textstatistics()
# A BCP 47 tag keeps textstat on pyphen's bundled hyphenation dictionary; "en_US" would make
# it fetch NLTK's CMU dictionary over the network at the first call.
_readability.set_lang("en-US")


# "rather then" too: the misspelt preference is the grammar lens's to report, not filler.
_RATHER_THAN = re.compile(r"rather\s+th[ae]n\b", re.IGNORECASE)
_WOULD_RATHER = re.compile(r"(?:would|had|['’]d)\s+$", re.IGNORECASE)


def _preference(masked: str, start: int) -> bool:
    """'rather than' and 'would rather' state a preference; they are not filler."""
    return bool(_RATHER_THAN.match(masked, start)) or (
        masked[start : start + 6].lower() == "rather"
        and bool(_WOULD_RATHER.search(masked[max(0, start - 12) : start]))
    )


_HIDDEN_VERBS = PhraseList(hidden_verbs())
_WORDY = PhraseList({**WORDY, **redundant_verbs()})
_JARGON = PhraseList(JARGON)
_VAGUE = PhraseList(VAGUE)
# Shapes of the same kinds: "undertook a review of", "action the feedback".
_HIDDEN_VERB_SHAPES = PatternList(hidden_verb_shapes())
_NOUNS_AS_VERBS = PatternList(nouns_as_verbs())
_JARGON_SHAPES = PatternList(jargon_shapes())
_WORDY_SHAPES = PatternList(wordy_shapes())
_LISTS = PhraseLists(
    _HIDDEN_VERBS,
    _WORDY,
    _JARGON,
    _VAGUE,
    _HIDDEN_VERB_SHAPES,
    _NOUNS_AS_VERBS,
    _JARGON_SHAPES,
    _WORDY_SHAPES,
)


# A crowd whose opinion a writer reports without asking it: "users", "most people".
_CROWD = (
    r"(?:people|users|customers|clients|staff|readers|members|visitors|employees|residents|"
    r"parents|everyone|everybody|most[ \t]+(?:people|users|customers|staff|readers))"
)
# Claims that lean on unnamed authority: "many experts agree", "studies have shown", "it is
# widely believed". Who, which study? (A named source, "Smith (2019) showed", is not matched.)
_UNNAMED_SOURCE = gated(
    r"(?<![\w'’\-])(?:(?:some|many|most|leading|several|numerous|top)[ \t]+(?:experts|people|"
    r"researchers|scientists|analysts|observers|commentators|critics|economists|doctors)[ \t]+"
    # "many people would say": the modal softens the claim, and its owner is still nobody
    r"(?:(?:would|might|may|will)[ \t]+)?(?:say|believe|agree|think|claim|argue|suggest|feel|"
    r"maintain|consider|regard|know|expect|recommend)|(?:studies|research|surveys|"
    r"reports|experts|scientists|statistics)[ \t]+(?:show|shows|have[ \t]+shown|has[ \t]+shown|"
    r"suggest|suggests|prove|proves|have[ \t]+proven|confirm|confirms|say|agree|believe|warn|"
    r"claim|think|predict)|it[ \t]+is[ \t]+"
    r"(?:often|widely|commonly|generally|usually|frequently|sometimes)?[ \t]*(?:said|believed|"
    r"thought|accepted|known|claimed|argued|agreed|assumed|recognised|recognized|felt|held)"
    # "It could be argued that", "it has been suggested that": a claim with its owner removed.
    r"|it[ \t]+(?:(?:could|might|may|can)[ \t]+be|has[ \t]+been)[ \t]+(?:argued|said|claimed|"
    r"suggested)[ \t]+that"
    # "Some would argue", "others may say", "critics claim": a side with no one on it.
    r"|(?:some|many|others|critics|sceptics|skeptics)[ \t]+(?:(?:would|might|may|could)"
    r"[ \t]+(?:argue|say|claim|object|contend|insist|suggest|counter|point[ \t]+out)|argue|"
    r"contend|insist)"
    # "Users generally seem to feel", "people seem to like it", "staff broadly agree": the
    # opinion of a crowd nobody asked.
    rf"|{_CROWD}(?:[ \t]+(?:generally|widely|largely|broadly|mostly))?[ \t]+seems?[ \t]+to"
    r"[ \t]+(?:feel|think|believe|agree|like|prefer|find)"
    rf"|{_CROWD}[ \t]+(?:generally|widely|largely|broadly)[ \t]+(?:agree|believe|accept|feel|"
    r"think)"
    # "There is a general feeling that": a view held by no one in particular.
    r"|(?:a|the)[ \t]+(?:general|common|widespread|growing)[ \t]+(?:feeling|view|belief|"
    r"consensus|sense|perception)[ \t]+(?:is[ \t]+)?that"
    # "Some say the format is dying": a bare "some" as the subject (kept only at a sentence's
    # start: "of the forty we asked, some say" has its crowd named)
    # ("Many claim forms arrive late": "claim" a noun unless "that" follows)
    r"|(?:some|many|others)[ \t]+(?:say|believe|claim(?=[ \t]+that\b))(?=[ \t]+[a-z]))"
    r"(?![\w'’\-])",
    re.IGNORECASE,
)


def _unnamed_sources(masked: str) -> list[Finding]:
    return [
        Finding(m.start(), m.end(), "clarity/weasel-word",
                f"Vague: '{m.group(0)}'; name the source or drop the claim", "info")
        for m in _UNNAMED_SOURCE.finditer(masked)
        if not _specific(masked, m) and not _crowd_named_before(masked, m)
    ]  # fmt: skip


_SENTENCE_START = re.compile(r"(?:^|[.!?:]|\n)[ \t]*$")
_BARE_CROWD = re.compile(r"(?:some|many|others)\s+(?:say|claim|believe)$", re.IGNORECASE)


def _crowd_named_before(masked: str, m: re.Match[str]) -> bool:
    """A bare "some say" inside a sentence: its "some" points back at a crowd the sentence
    has named ("of the forty we asked, some say"). At a sentence's start it names nobody."""
    if not _BARE_CROWD.match(m.group(0)):
        return False
    return not _SENTENCE_START.search(masked, max(0, m.start() - 8), m.start())


def _specific(masked: str, m: re.Match[str]) -> bool:
    """The source is a particular one: "the reports show", not "reports show"."""
    if m.group(0).split()[0].lower() not in SOURCES:
        return False  # "many experts agree", "it is said": vague whatever comes before
    word = _word_before(masked, m.start())
    return word in SPECIFIC or (len(word) > 4 and word.endswith("ed"))


_NEGATED = (
    "uncommon|unusual|unlikely|unreasonable|unknown|unhelpful|unimportant|unaware|unfamiliar|"
    "unwelcome|unlike|unexpected|unhappy|unsuccessful|unwilling|unsympathetic|unattractive|"
    "unpleasant|uninteresting|unjustified|unfair|unnecessary|unrelated|unimpressive|unfounded|"
    "unheard|unreasonably|unusually|insignificant|inconsiderable|infrequent|impossible|"
    "improbable|irrelevant|inexpensive|incapable|inconceivable|inappropriate|illogical|"
    "immaterial|dissimilar|disagree|disagreeable|displeased"
)
_NOT = r"(?:(?<![\w'’\-])(?:not|never|hardly)|n['’]t)"
_AUX = r"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should)"
# Two negatives that make a weak positive: "not uncommon", "not without its risks", "did not
# fail to", "cannot say that we do not". The reader has to undo both; say the positive.
_DOUBLE_NEGATIVE = re.compile(
    rf"{_NOT}[ \t]+(?:(?:be|been|entirely|altogether|wholly|an?)[ \t]+)?(?:{_NEGATED})"
    rf"(?![\w'’\-])|(?<![\w'’\-])not[ \t]+without(?![\w'’\-])|{_NOT}[ \t]+fail[ \t]+to\b"
    r"|(?<![\w'’\-])(?:cannot|can['’]t|could[ \t]+not|couldn['’]t|do[ \t]+not|don['’]t)"
    r"[ \t]+(?:say|deny|claim|pretend)[ \t]+(?:that[ \t]+)?(?:[\w'’]+[ \t]+){1,3}?"
    rf"{_AUX}(?:[ \t]+not|n['’]t)(?![\w'’\-])",
    re.IGNORECASE,
)


# Where a double negative may start: one cheap scan, then the full pattern at each place (the
# full pattern tried at every character costs a quarter of the lens).
_NEGATIVE_START = re.compile(
    r"(?:[nN](?:ot|ever|['’]t)|[hH]ardly|[cC](?:annot|an['’]t|ould|ouldn['’]t)|[dD]o(?:n['’]t)?)"
    r"(?![\w'’\-])"
)
# Every double negative holds one of these as a whole word: a chunk without one is not read.
_SECOND_NEGATIVES = frozenset(_NEGATED.split("|")) | {"without", "fail", "say", "deny", "claim",
                                                     "pretend"}  # fmt: skip


def _double_negatives(masked: str) -> list[Finding]:
    out: list[Finding] = []
    if _SECOND_NEGATIVES.isdisjoint(word_runs(masked)[2]):
        return out
    end = 0
    for c in _NEGATIVE_START.finditer(masked):
        if c.start() < end:
            continue
        m = _DOUBLE_NEGATIVE.match(masked, c.start())
        if m is None and c.group(0)[-2:] in ("'t", "’t"):
            m = _DOUBLE_NEGATIVE.match(masked, c.end() - 3)  # "don't be unkind": at "n't"
        if m:
            end = m.end()
            out.append(
                Finding(m.start(), m.end(), "clarity/double-negative",
                        f"Double negative: '{m.group(0)}'; say it in the positive", "info")
            )  # fmt: skip
    return out


# A sentence that opens with a bare "This" and a verb ("This meant we lost the morning")
# right after a sentence about two or more things (clauses joined by commas or "and"):
# the reader cannot tell which of them "this" is.
_BARE_THIS = re.compile(
    r"[ \t]*(This)[ \t]+(?:is|was|means|meant|shows|showed|caused|causes|led|leads|made|"
    r"makes|doubled|halved|tripled|explains|explained|cost|costs|forced|left|gave|gives|"
    r"helped|helps|happened|resulted|results|affected|affects|raised|added|took|takes|"
    r"suggests|suggested|will|would|could|may|might|has|had|[a-z]{3,}ed)(?![\w'’\-])"
)
# A word that reads as a verb in the past: "the backup failed", "hired two engineers".
_PAST = re.compile(
    rf"(?<![\w'’\-])(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}|went|came|took|gave|rose|fell|ran|"
    r"grew|became|began|broke|drove|wrote|chose|froze|spoke|stole|sang|swam|threw|knew|"
    r"flew|drew|ate|saw|did|had|was|were)(?![\w'’\-])",
    re.IGNORECASE,
)


def _several_things(sentence: str) -> bool:
    """Two or more events, each a clause with its own verb, joined by commas or "and"/"or"
    ("The printer jammed, the network dropped and the backup failed"); a list of nouns ("a
    paperclip, the model name and fifteen minutes") leaves "this" clear enough."""
    parts = ITEM_BREAKS.split(sentence)
    return len(parts) >= 2 and all(_PAST.search(p) for p in parts)


def _unclear_this(scan: ChunkScan) -> list[Finding]:
    masked = scan.masked
    out: list[Finding] = []
    if "This" not in masked:
        return out
    for i, b in enumerate(scan.blocks):
        if b.kind not in ("paragraph", "quote", "item"):
            continue
        spans = scan.sentences_of(i)
        for (a0, e0), (a, _) in pairwise(spans):
            m = _BARE_THIS.match(masked, a)
            if m and _several_things(masked[a0:e0]):
                out.append(
                    Finding(m.start(1), m.end(1), "clarity/unclear-reference",
                            "Unclear 'This': the sentence before names several things; say "
                            "which one ('This delay ...')", "info")
                )  # fmt: skip
    return out


def _word_before(masked: str, start: int) -> str:
    """The word just before ``start``, lower case ('' at the start of the text)."""
    words = masked[max(0, start - 20) : start].split()
    return words[-1].lower().replace("’", "'") if words else ""


_NEXT_WORD = re.compile(r"[ \t]([A-Za-z]+)")


def _word_after(masked: str, end: int) -> str:
    """The word right after ``end`` (one space between), lower case; '' if none."""
    m = _NEXT_WORD.match(masked, end)
    return m.group(1).lower() if m else ""


def _shapes(masked: str, hidden: list[Hit], nouns_as_verbs: list[Hit]) -> list[Finding]:
    """Findings for the shapes of a hidden verb ("undertook a review of": the noun is the word
    before the preposition) and of a noun used as a verb ("we will action the list")."""
    out = []
    for h in hidden:
        words = h.text.split()
        noun = words[-2]
        # "the achievement of a reduction in", "The condition of the roof": the head noun
        # must hide a verb as well
        chained = words[0].lower() in ("the", "a", "an")
        if noun.lower() not in NOT_HIDING and not (
            chained and words[1].lower() in NOT_VERBAL_HEADS
        ):
            out.append(Finding(h.start, h.end, "clarity/nominalization",
                               f"Hidden verb: '{h.text}' hides the verb in '{noun}'; use the "
                               "verb", "info"))  # fmt: skip
    for h in nouns_as_verbs:
        if (
            h.text.lower().startswith("action ")
            and _word_before(masked, h.start) not in BEFORE_VERB
        ):
            continue  # "the action the team took": a noun
        out.append(Finding(h.start, h.end, "clarity/jargon",
                           f"Jargon: '{h.text}'; say what will be done", "info"))  # fmt: skip
    return out


# "very little", "very few": an amount, not an empty intensifier; "very sorry", "very
# grateful": the set phrases of an apology and a thank-you.
_VERY_SET = frozenset({"little", "few", "sorry", "grateful"})
_NOT_BEFORE = frozenset({"not", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t"})
# A figure right after the intensified word: "very narrow, below 700 pixels", "very small
# (under 2 MB)". The figure says how much; the "very" only leads up to it.
_FIGURE_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?[ \t]*[,(\u2014\-]+[ \t]*(?:(?:below|above|under|over|about|around|"
    r"less[ \t]+than|more[ \t]+than|at[ \t]+(?:most|least)|up[ \t]+to|roughly|nearly|almost)"
    r"[ \t]+){0,2}\d",
    re.IGNORECASE,
)


def _measured(masked: str, h: Hit) -> bool:
    """A "very" or "quite" that is not vague: an amount ("very little"), a set phrase ("very
    sorry"), a figure that follows ("very narrow, below 700 pixels"), or "not quite" (not
    entirely: "not quite right")."""
    word = h.text.lower()
    if word == "quite":
        return _word_before(masked, h.start) in _NOT_BEFORE
    if word.split()[0] != "very":
        return False
    if word == "very" and _word_after(masked, h.end) in _VERY_SET:
        return True
    # after "very" the pattern steps over the adjective; after "very small" there is none
    return bool(_FIGURE_AFTER.match(masked, h.end))


_CLAUSE_OPENS = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|(?:but|and|so|yet)\s+)$", re.IGNORECASE)


def _time_of_day(masked: str, h: Hit) -> bool:
    """ "At the end of the day" as a time ("I write it down at the end of the day"), not the
    filler that opens a clause and a comma ("At the end of the day, it is your call")."""
    if h.text.lower() != "at the end of the day":
        return False
    opens = _CLAUSE_OPENS.search(masked, max(0, h.start - 8), h.start)
    return not (opens and masked.startswith(",", h.end))


def _phrases(masked: str) -> list[Finding]:
    # One pass over the chunk's words.
    hits = _LISTS.hits(masked)
    hidden, wordy, jargon, vague_hits, hidden_shapes, nouns_as_verbs = hits[:6]
    hidden = [h for h in hidden if _word_after(masked, h.end) not in COMPOUND_HEADS]
    wordy = [h for h in wordy if not _time_of_day(masked, h)]
    jargon = [h for h in jargon if not facilitator(masked, h)]
    jargon_shapes_hits, wordy_shapes_hits = hits[6:]
    primary = (
        _HIDDEN_VERBS.findings(masked, "clarity/nominalization",
                               "Hidden verb: '{original}' can be '{replacement}'", "info",
                               hits=hidden)
        + _WORDY.findings(masked, "clarity/wordy-phrase", "Wordy: '{original}' can be "
                          "'{replacement}'", "info", no_fix="Wordy: '{original}'; cut or rephrase",
                          hits=wordy)
        + _JARGON.findings(masked, "clarity/jargon", "Jargon: '{original}' can be "
                           "'{replacement}'", "info", no_fix="Jargon: '{original}'; say it plainly",
                           hits=jargon)
    )  # fmt: skip
    primary = without_overlaps(primary, _shapes(masked, hidden_shapes, nouns_as_verbs))
    primary += [
        Finding(h.start, h.end, "clarity/jargon",
                f"Jargon: '{h.text}'; say it plainly", "info")
        for h in jargon_shapes_hits
    ]  # fmt: skip
    primary = without_overlaps(primary, [
        Finding(h.start, h.end, "clarity/wordy-phrase",
                f"Wordy: '{h.text}'; say how often in one word", "info")
        for h in wordy_shapes_hits
    ])  # fmt: skip
    # Judged at the word, not at the finding: a cut may take the space before "rather".
    vague_hits = [
        h
        for h in vague_hits
        if not (_preference(masked, h.start) or _measured(masked, h) or courtesy(masked, h))
        and not supplied_number(masked, h)
        and not justly(masked, h)
    ]
    vague = _VAGUE.findings(masked, "clarity/weasel-word", "Weak: '{original}'; try "
                            "'{replacement}'", "info", no_fix="Vague: '{original}'; be specific",
                            cut="Filler: '{original}' adds little; cut it",
                            hits=vague_hits)  # fmt: skip
    vague = without_overlaps(_unnamed_sources(masked), vague)
    # A phrase inside a longer listed phrase ("a number of" in "a large number of") is one finding.
    return _one_per_cluster(masked, without_overlaps(primary, vague))


# What may stand between two buzzwords of one phrase: a few words, commas, no sentence end
# and no "and" or "or" (which join two phrases: "take this offline and align on it").
_CLUSTER_GAP = re.compile(r"(?:[ \t,]+(?!(?:and|or|but|then)\b)[\w'’\-]+){0,3}[ \t,]+", re.I)


def _one_per_cluster(masked: str, found: list[Finding]) -> list[Finding]:
    """Jargon words a few words apart in one phrase ("leverages a best-of-breed, cloud-native
    paradigm") are one phrase to rewrite: one finding, not one each."""
    jargon = sorted((f for f in found if f.rule == "clarity/jargon"), key=lambda f: f.start)
    if len(jargon) < 2:
        return found
    merged: list[Finding] = []
    for f in jargon:
        last = merged[-1] if merged else None
        if last and _CLUSTER_GAP.fullmatch(masked, last.end, f.start):
            merged[-1] = Finding(last.start, f.end, "clarity/jargon",
                                 f"Jargon: '{masked[last.start : f.end]}'; say it plainly",
                                 "info")  # fmt: skip
        else:
            merged.append(f)
    return [f for f in found if f.rule != "clarity/jargon"] + merged


def _letters(text: str) -> int:
    """How many ASCII letters ``text`` holds."""
    return len(text.encode("utf-8").translate(None, _NOT_LETTERS))


def _readability_of(
    scan: ChunkScan, ctx: LensContext, long: list[Finding], jargon: list[Finding]
) -> list[Finding]:
    """Paragraphs of hard words: many syllables per word, or a low Flesch score that is not
    only the length of a sentence already reported as long (a list-like sentence of short
    words is long, not hard to read); else a sentence of them in a plain paragraph, unless
    its hard words are buzzwords the jargon finding already asks to say plainly."""
    out = []
    for i, b in enumerate(scan.blocks):
        if b.kind not in ("paragraph", "quote"):
            continue
        hard = _hard_paragraph(scan, ctx, b, long)
        if hard and len(scan.sentences_of(i)) > 1:
            out.append(hard)  # the paragraph as a whole, whatever one sentence of it holds
            continue
        found = [hard] if hard else _hard_sentences(scan, i)
        out += [f for f in found if not any(j.start < f.end and f.start < j.end for j in jargon)]
    return out


def _without_addresses(text: str) -> str:
    return _ADDRESS.sub("", text) if _ADDRESS_MARK.search(text) else text


def _names_as_words(text: str) -> str:
    """Each name inside a sentence as one short word: a reader does not sound out "Laboratory
    Technician" or "Rotterdam" (done after the cheap tests: few texts get that far)."""
    return _NAME_INSIDE.sub("Name", text)


def _hard_paragraph(
    scan: ChunkScan, ctx: LensContext, b: Block, long: list[Finding]
) -> Finding | None:
    text = _without_addresses(prose(scan.masked, b.start, b.end))
    n = count_words(text)
    if n < MIN_READABILITY_WORDS or _letters(text) < LONG_WORDS_LETTERS * n:
        return None  # short words throughout: never hard to read whatever the score
    text = _names_as_words(text)
    syllables = _readability.syllable_count(text) / n
    ease = float(_readability.flesch_reading_ease(text))
    grade = float(_readability.flesch_kincaid_grade(text))
    hard_words = syllables >= HARD_SYLLABLES
    reported = any(f.start < b.end and b.start < f.end for f in long)
    if not (hard_words or ((ease < ctx.options.min_reading_ease or grade > ctx.options.max_grade)
                           and not reported)):  # fmt: skip
        return None
    return Finding(b.start, b.end, "clarity/readability",
                   f"Hard to read (Flesch reading ease {ease:.0f}, grade {grade:.1f}, "
                   f"{syllables:.1f} syllables a word): use shorter sentences and plainer "
                   "words", "warning")  # fmt: skip


def _hard_bars(words: int) -> tuple[float, float]:
    """Letters and syllables a word from which a sentence of ``words`` words is hard: a short
    one needs longer words still."""
    if words < MIN_READABILITY_WORDS:
        return SHORT_HARD_LETTERS, SHORT_HARD_SYLLABLES
    return HARD_SENTENCE_LETTERS, HARD_SENTENCE_SYLLABLES


def _hard_sentences(scan: ChunkScan, index: int) -> list[Finding]:
    """Sentences of long words in a paragraph whose other sentences dilute them: "Systematic
    documentation methodologies necessitate ..." among plain ones is still hard to read."""
    out = []
    masked = scan.masked
    for a, e in scan.sentences_of(index):
        # characters a word, spaces and stops included: a cheap bound on its letters a word
        words = masked.count(" ", a, e) + masked.count("\n", a, e) + 1
        if words < MIN_SHORT_HARD_WORDS or e - a < _hard_bars(words)[0] * words:
            continue
        text = _without_addresses(prose(masked, a, e))
        n = count_words(text)
        letters, bar = _hard_bars(n)
        if n < MIN_SHORT_HARD_WORDS or _letters(text) < letters * n:
            continue
        text = _names_as_words(text)
        syllables = _readability.syllable_count(text) / n
        if syllables >= bar:
            out.append(
                Finding(a, e, "clarity/readability",
                        f"Hard to read ({syllables:.1f} syllables a word): say it in plainer "
                        "words", "warning")
            )  # fmt: skip
    return out


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Clarity findings for one chunk (local offsets)."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    phrases = _phrases(scan.masked)
    sentences = sentence_findings(
        scan, ctx, [f for f in phrases if f.rule == "clarity/wordy-phrase"]
    )
    # "It is widely believed" is one vague claim, not also a passive.
    worded = without_overlaps(phrases, passive(scan, ctx))
    worded = without_overlaps(_double_negatives(scan.masked), worded)
    jargon = [f for f in worded if f.rule == "clarity/jargon"]
    return sentences + worded + _unclear_this(scan) + _readability_of(scan, ctx, sentences, jargon)
