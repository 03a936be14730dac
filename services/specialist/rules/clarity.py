"""The clarity lens: long and run-on sentences, passive voice, hidden verbs, wordiness, jargon,
vague words and hard-to-read paragraphs."""

from __future__ import annotations

import re
from itertools import pairwise

from textstat.textstat import textstatistics

from services.contract.text import count_words
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import without_overlaps
from services.specialist.rules.gate import gated, word_runs
from services.specialist.rules.passive import IRREGULAR_PARTICIPLES, passive
from services.specialist.rules.phrases import Hit, PatternList, PhraseList, PhraseLists
from services.specialist.rules.scan import ChunkScan, prose, scan_chunk
from services.specialist.rules.words.clarity import (
    BEFORE_VERB,
    JARGON,
    NOT_HIDING,
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
# Every byte but an ASCII letter's: deleting them from a text's UTF-8 counts its letters A-Z,
# a-z (a multi-byte character's bytes are all above 127) far faster than a regex finds them.
_NOT_LETTERS = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))
# Web and mail addresses, file names: "stillwater.example/kettle" is not a hard word to read.
_ADDRESS = re.compile(r"(?<![\w\-])[\w\-]+(?:[./@][\w\-]+)+/?")
_ADDRESS_MARK = re.compile(r"\w[./@]\w")  # a cheap test first: most paragraphs hold none

_readability = textstatistics()
# A BCP 47 tag keeps textstat on pyphen's bundled hyphenation dictionary; "en_US" would make
# it fetch NLTK's CMU dictionary over the network at the first call.
_readability.set_lang("en-US")

_JOINS = re.compile(r",[ \t]+(?:and|but|so|which|or|yet|then)\b|\band[ \t]+then\b|;", re.I)


RUN_ON_WORDS = 25  # a sentence shorter than this is never a run-on, whatever its joins
# A list-shaped sentence may run half as long again before it is "long".
LIST_LEEWAY = 1.5
LIST_ITEM_WORDS = 4
MIN_LIST_ITEMS = 5
LIST_SHARE = 0.7  # of the items at most LIST_ITEM_WORDS long
_SUBORDINATE = re.compile(
    r"\b(?:because|while|which|that|when|whenever|once|although|though|unless|until|since|"
    r"whether|where|who|whom|whose|if|so)\b",
    re.IGNORECASE,
)
_ITEM_BREAKS = re.compile(r"[,;:]|[ \t]+(?:and|or)[ \t]+", re.IGNORECASE)

_RATHER_THAN = re.compile(r"rather\s+than\b", re.IGNORECASE)
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


def _sentences(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    limit = ctx.options.max_sentence_words
    clauses = ctx.options.run_on_clauses
    masked = scan.masked
    out = []
    for a, e in scan.prose_sentences():
        n = count_words(masked[a:e])
        # only a sentence of RUN_ON_WORDS or more can run on: its joins are not counted else
        joins = len(_JOINS.findall(masked, a, e)) if n >= RUN_ON_WORDS else 0
        if joins >= clauses and n >= RUN_ON_WORDS:
            out.append(
                Finding(a, e, "clarity/run-on",
                        f"Run-on sentence: {joins + 1} clauses chained in {n} words; "
                        "split it where the ideas change", "warning")
            )  # fmt: skip
        elif n > limit and not (n <= limit * LIST_LEEWAY and _list_shaped(masked[a:e])):
            out.append(
                Finding(a, e, "clarity/long-sentence",
                        f"Long sentence ({n} words); split it or cut words "
                        f"(aim for at most {limit})", "warning")
            )  # fmt: skip
    return out


def _list_shaped(sentence: str) -> bool:
    """A sentence that is mostly a list of short items ("badges, glasses, gloves and a coat
    for every visitor") reads like a list, not like a chain of clauses."""
    if _SUBORDINATE.search(sentence):
        return False  # "..., because ...", "... that ...": clauses, whatever their commas
    items = [count_words(part) for part in _ITEM_BREAKS.split(sentence)]
    short = [k for k in items if 0 < k <= LIST_ITEM_WORDS]
    return len(items) >= MIN_LIST_ITEMS and len(short) >= LIST_SHARE * len(items)


# Claims that lean on unnamed authority: "many experts agree", "studies have shown", "it is
# widely believed". Who, which study? (A named source, "Smith (2019) showed", is not matched.)
_UNNAMED_SOURCE = gated(
    r"(?<![\w'’\-])(?:(?:some|many|most|leading|several|numerous|top)[ \t]+(?:experts|people|"
    r"researchers|scientists|analysts|observers|commentators|critics|economists|doctors)[ \t]+"
    r"(?:say|believe|agree|think|claim|argue|suggest|feel|maintain)|(?:studies|research|surveys|"
    r"reports|experts|scientists|statistics)[ \t]+(?:show|shows|have[ \t]+shown|has[ \t]+shown|"
    r"suggest|suggests|prove|proves|have[ \t]+proven|confirm|confirms|say|agree|believe|warn|"
    r"claim|think|predict)|it[ \t]+is[ \t]+"
    r"(?:often|widely|commonly|generally|usually|frequently|sometimes)?[ \t]*(?:said|believed|"
    r"thought|accepted|known|claimed|argued|agreed|assumed|recognised|recognized))"
    r"(?![\w'’\-])",
    re.IGNORECASE,
)


def _unnamed_sources(masked: str) -> list[Finding]:
    return [
        Finding(m.start(), m.end(), "clarity/weasel-word",
                f"Vague: '{m.group(0)}'; name the source or drop the claim", "info")
        for m in _UNNAMED_SOURCE.finditer(masked)
    ]  # fmt: skip


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
    parts = _ITEM_BREAKS.split(sentence)
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


def _shapes(masked: str, hidden: list[Hit], nouns_as_verbs: list[Hit]) -> list[Finding]:
    """Findings for the shapes of a hidden verb ("undertook a review of": the noun is the word
    before the preposition) and of a noun used as a verb ("we will action the list")."""
    out = []
    for h in hidden:
        noun = h.text.split()[-2]
        if noun.lower() not in NOT_HIDING:
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


def _phrases(masked: str) -> list[Finding]:
    # One pass over the chunk's words.
    hits = _LISTS.hits(masked)
    hidden, wordy, jargon, vague_hits, hidden_shapes, nouns_as_verbs = hits[:6]
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
    vague_hits = [h for h in vague_hits if not _preference(masked, h.start)]
    vague = _VAGUE.findings(masked, "clarity/weasel-word", "Weak: '{original}'; try "
                            "'{replacement}'", "info", no_fix="Vague: '{original}'; be specific",
                            cut="Filler: '{original}' adds little; cut it",
                            hits=vague_hits)  # fmt: skip
    vague = without_overlaps(_unnamed_sources(masked), vague)
    # A phrase inside a longer listed phrase ("a number of" in "a large number of") is one finding.
    return without_overlaps(primary, vague)


def _letters(text: str) -> int:
    """How many ASCII letters ``text`` holds."""
    return len(text.encode("utf-8").translate(None, _NOT_LETTERS))


def _readability_of(scan: ChunkScan, ctx: LensContext, long: list[Finding]) -> list[Finding]:
    """Paragraphs of hard words: many syllables per word, or a low Flesch score that is not
    only the length of a sentence already reported as long (a list-like sentence of short
    words is long, not hard to read)."""
    min_ease = ctx.options.min_reading_ease
    max_grade = ctx.options.max_grade
    out = []
    for b in scan.blocks:
        if b.kind not in ("paragraph", "quote"):
            continue
        text = prose(scan.masked, b.start, b.end)
        if _ADDRESS_MARK.search(text):
            text = _ADDRESS.sub("", text)
        n = count_words(text)
        if n < MIN_READABILITY_WORDS or _letters(text) < LONG_WORDS_LETTERS * n:
            continue  # short words throughout: never hard to read whatever the score
        syllables = _readability.syllable_count(text) / n
        ease = float(_readability.flesch_reading_ease(text))
        grade = float(_readability.flesch_kincaid_grade(text))
        hard_words = syllables >= HARD_SYLLABLES
        reported = any(f.start < b.end and b.start < f.end for f in long)
        if hard_words or ((ease < min_ease or grade > max_grade) and not reported):
            out.append(
                Finding(b.start, b.end, "clarity/readability",
                        f"Hard to read (Flesch reading ease {ease:.0f}, grade {grade:.1f}, "
                        f"{syllables:.1f} syllables a word): use shorter sentences and plainer "
                        "words", "warning")
            )  # fmt: skip
    return out


def analyze(text: str, ctx: LensContext) -> list[Finding]:
    """Clarity findings for one chunk (local offsets)."""
    scan = scan_chunk(text, markdown=ctx.markdown)
    sentences = _sentences(scan, ctx)
    # "It is widely believed" is one vague claim, not also a passive.
    worded = without_overlaps(_phrases(scan.masked), passive(scan, ctx))
    worded = without_overlaps(_double_negatives(scan.masked), worded)
    return sentences + worded + _unclear_this(scan) + _readability_of(scan, ctx, sentences)
