"""The clarity lens: long and run-on sentences, passive voice, hidden verbs, wordiness, jargon,
vague words and hard-to-read paragraphs."""

from __future__ import annotations

import re
from itertools import pairwise

from textstat.textstat import textstatistics

from services.contract.text import count_words
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import without_overlaps
from services.specialist.rules.phrases import Hit, PatternList, PhraseList, PhraseLists
from services.specialist.rules.scan import ChunkScan, prose, scan_chunk
from services.specialist.rules.words import word_set
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
    r"(?:[ \t]+not)?(?:[ \t]+(?:[a-z]+ly|often|always|never|now|still|also|already|sometimes|"
    r"seldom|then|just|only|soon))?[ \t]+"
    rf"([a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES}))(?![\w'’\-])(?:[ \t]+(by)[ \t]+)?",
    re.IGNORECASE,
)
_STATES = word_set(
    """interested tired excited bored worried pleased satisfied surprised concerned involved
    based located supposed married aged advanced experienced qualified dedicated detailed
    related ashamed scared frightened confused amazed annoyed disappointed embarrassed
    exhausted thrilled determined engaged complicated sophisticated talented skilled crowded
    limited
    balanced mixed armed blessed committed devoted known tasked hundred sacred naked wicked
    wretched rugged crooked beloved ragged jagged kindred indeed exceed proceed succeed stuck
    lost needed required licensed affected advised heated called named entitled titled"""
)
# Participles that describe a state in the present ("the alert is enabled", "lunch is
# provided") but an action in the past ("the alert was disabled in August").
_PRESENT_STATES = word_set(
    """enabled disabled included provided finished done closed connected installed attached
    enclosed listed shown described allowed permitted signed logged switched"""
)
_PRESENT = frozenset({"am", "is", "are", "be", "being"})
_ALREADY = re.compile(r"\balready\b", re.IGNORECASE)
# Participles that are idioms with the preposition after them: "released under the MIT
# License", "written in Rust", "made of steel", "known as", "set to", "built on".
_IDIOMS = re.compile(
    r"(?:released|published|distributed|available|written|known|set|built|designed|used|"
    r"stored|printed)[ \t]+(?:under|in|of|from|as|to|on|for|with)\b"
    # "the workers it was meant for", "is intended to run nightly": purpose, not an action
    r"|(?:meant|intended)[ \t]+(?:for|to|as)\b|read[ \t]+as\b"
    # "made of steel", "made in China"; but "mistakes were made in the handover"
    r"|made[ \t]+(?:(?:under|of|from|as|to|on|for|with)\b|in[ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Nothing after the participle but the end of the clause: "The shop was closed.", "the whole
# plot is planted.": the state something is in (an action says when, where or by whom).
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:!?]|$)")
# A character of the same clause: not a stop or comma, nor a blank line (a hard-wrapped line
# goes on with the clause).
_IN_CLAUSE = r"(?:[^,;:.!?\n]|\n(?![ \t]*\n))"
_IN_SENTENCE = r"(?:[^;:.!?\n]|\n(?![ \t]*\n))"  # the same, across commas
# A passive in a clause that sets the scene ("after your bill was issued", "whether the screen
# is needed") is background; the editor's point is the main clause.
_SUBORDINATE_CLAUSE = re.compile(
    r"(?<![\w'’\-])(?:after|before|when|whenever|whether|if|until|once|because|since|while|how|why|"
    r"unless|although|though|so[ \t]+that|now[ \t]+that|in[ \t]+case|as[ \t]+soon[ \t]+as|"
    r"the[ \t]+(?:moment|day|minute|instant)|by[ \t]+the[ \t]+time)(?![\w'’\-])"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
# "No payments were taken", "nothing was lost": a passive that says an event did not happen
# has no actor to name.
_NONE_HAPPENED = re.compile(
    r"(?:^|[,;:.!?\n])[ \t]*(?:(?:and|but|so|or)[ \t]+)?(?:no|none|nothing|neither)(?![\w'’\-])"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
# Participles of verbs in -ee ("agreed", "guaranteed"): not the -eed words of _STATES' kind
# ("exceed", "speed", "breed").
_EE_VERBS = word_set("agreed disagreed guaranteed freed decreed refereed")
# The program is the actor, and the clause says so: "are migrated on first launch", "are now
# read correctly", "is saved automatically"; or whoever always does it ("are collected as
# usual").
_BY_THE_PROGRAM = re.compile(
    r"[ \t]+(?:(?:automatically|correctly|properly|silently|securely|locally|by[ \t]+default|"
    r"in[ \t]+the[ \t]+background|as[ \t]+(?:usual|normal|before))(?![\w'’\-])|"
    r"on[ \t]+(?:first[ \t]+)?(?:launch|start-?up|"
    r"login|sign-in|restart)\b|at[ \t]+start-?up\b)",
    re.IGNORECASE,
)
# "By default, readings are published ...": the clause opens by naming the program's doing.
_PROGRAM_OPENS = re.compile(
    r"(?:^|[.;:!?\n])[ \t]*(?:by[ \t]+default|automatically)(?![\w'’\-])"
    rf"{_IN_SENTENCE}*$",
    re.IGNORECASE,
)
# Who paid: "are paid for by a grant", "was funded by the Wellcome Trust" (the acknowledgement's
# usual order: the thing funded is the topic).
_FUNDED = re.compile(
    r"(?:funded|financed|sponsored|underwritten|paid[ \t]+for)[ \t]+by(?![\w'’\-])", re.IGNORECASE
)
# An invitation to the reader: "Questions can be sent to ...", "Feedback may be emailed to ...".
_INVITATION = re.compile(
    r"(?:questions|enquiries|inquiries|comments|feedback|complaints|requests|suggestions|"
    r"applications)[ \t]+(?:can|may|should)$",
    re.IGNORECASE,
)
# Research methods: the passive is the register ("Twelve schools were chosen", "The data was
# collected anonymously"), unless the paragraph names its actor ("We will recruit 120 nurses.
# Data will be collected ...": the switch hides the "we" it has just named).
METHODS_HEADING = re.compile(
    r"[#\s]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?:materials[ \t]+and[ \t]+methods|methods?|methodology|"
    r"study[ \t]+design|design|data(?:[ \t]+and[ \t]+methods|[ \t]+collection|[ \t]+analysis)?|"
    r"measurements?|procedures?|sampling|samples?|participants|sites|setting|analysis|"
    r"statistical[ \t]+analysis|outputs|dissemination)[ \t]*$",
    re.IGNORECASE,
)
# "by need", "by hand", "by age group": how or on what grounds, not who acts.
_BY_MEANS = re.compile(
    r"(?!(?:the|a|an|our|your|their|his|her|its|my|this|that|these|those|each|every|one|"
    r"some|any|two|three|several|many|staff|people|users|customers|members)\b)[a-z]"
)
# A timeline entry ("- 09:59 The change was reverted"): a blameless log of what happened.
_TIMELINE_ENTRY = re.compile(r"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?\d{1,2}[:.]\d{2}\b[^\n]*$")
_FIRST_PERSON = re.compile(r"(?<![\w'’\-])(?:[Ww]e|I)(?![\w'’\-])")
# A participle that describes the noun after it, and the clause ends there: "The surface is
# tempered glass.", "the case is brushed steel," (an adjective and its noun, not an action).
# Not after verbs that take an object and its state ("were made redundant", "was left open").
_ATTRIBUTIVE = re.compile(
    r"[ \t]+(?!(?:today|yesterday|tomorrow|tonight|again|twice|once|later|earlier|early|late|"
    r"first|last|too|instead|already|overnight|here|there|now|then|yet|before|since|recently|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|online|offline|abroad|away|back|"
    r"off|out|up|down|in|on|over|through|together|apart|aside|forward|anyway|as|well|alone)"
    r"(?![\w'’\-]))[a-z]+(?<!ly)[ \t]*(?:[.;:!?,]|$)"
)
_OBJECT_AND_STATE = word_set("made left kept found considered painted declared rendered held set")
# "without being told", "after being asked": a gerund phrase, not a clause to rewrite.
_GERUND = re.compile(r"(?:without|after|before|from|of|for|on|about|by|despite)[ \t]+$", re.I)

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
        joins = len(_JOINS.findall(masked, a, e))
        if joins >= clauses and n >= 25:
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


def _not_a_passive_to_rewrite(masked: str, m: re.Match[str]) -> bool:
    """An adjective after 'be' ("is unchanged", "the shop was closed."), an idiom ("written
    in Rust"), or a passive in a clause the editor leaves alone (background, or an event that
    did not happen)."""
    participle = m.group(2).lower()
    aux = m.group(1).split()[0].lower()
    if re.search(r"\bnever\b", m.group(1), re.IGNORECASE):
        return True  # "was never exploited": an event that did not happen has no actor
    if aux in _PRESENT and (participle in _PRESENT_STATES or _ALREADY.search(m.group(1))):
        return True  # "the alert is enabled", "the budget is already approved": a state
    if (aux in _PRESENT or participle in _PRESENT_STATES) and _CLAUSE_END.match(masked, m.end(1)):
        return True  # "The shop was closed.", "it is planted.": states; "closed in May" acts
    if participle in _STATES or participle.startswith("un"):
        return True  # "is unchanged", "was unused": an un- participle is an adjective
    if participle.endswith("eed") and participle not in _EE_VERBS:
        return True  # "exceed", "speed": not participles
    if (
        not m.group(3)
        and participle not in _OBJECT_AND_STATE
        and _ATTRIBUTIVE.match(masked, m.end(1))
    ):
        return True  # "is tempered glass.": an adjective before its noun
    if not m.group(3) and _IDIOMS.match(masked, m.start(2)):
        return True  # "is released under the MIT License", "is written in TOML"
    before = max(0, m.start(1) - 80)
    if _SUBORDINATE_CLAUSE.search(masked, max(0, m.start(1) - 60), m.start(1)):
        return True  # "after your bill was issued", "whether it is needed": background
    if _NONE_HAPPENED.search(masked, before, m.start(1)):
        return True  # "no customer data was exposed": nothing happened, no one to name
    return m.group(1).lower().startswith("being") and bool(
        _GERUND.search(masked, max(0, m.start(1) - 12), m.start(1))
    )


def _methods_register(scan: ChunkScan, ctx: LensContext, at: int) -> bool:
    """True when ``at`` sits in a methods section and its paragraph names no actor."""
    heading = ctx.heading
    block = None
    for b in scan.blocks:
        if b.start > at:
            break
        if b.kind == "heading":
            heading = scan.text[b.start : b.end]
        block = b
    if heading is None or not METHODS_HEADING.fullmatch(heading.strip()):
        return False
    return block is None or not _FIRST_PERSON.search(scan.masked, block.start, block.end)


def _passive(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    masked = scan.masked
    out = []
    for m in _PASSIVE.finditer(masked):
        if _not_a_passive_to_rewrite(masked, m):
            continue
        if not m.group(3) and _BY_THE_PROGRAM.match(masked, m.end(1)):
            continue  # "are migrated on first launch": the program acts, and says so
        if _PROGRAM_OPENS.search(masked, max(0, m.start(1) - 80), m.start(1)):
            continue  # "By default, readings are published"
        if _INVITATION.search(masked, max(0, m.start(1) - 40), m.start(1) - 1):
            continue  # "Questions can be sent to": an invitation to the reader
        if _FUNDED.match(masked, m.start(2)):
            continue  # "are paid for by a grant": who paid is named
        if m.group(3) and _BY_MEANS.match(masked, m.end()):
            continue  # "are allocated by need": the grounds, not a hidden actor
        if _TIMELINE_ENTRY.search(masked, max(0, m.start(1) - 120), m.start(1)):
            continue  # "09:59 The change was reverted": a timeline says what happened
        if _methods_register(scan, ctx, m.start(1)):
            continue
        phrase = re.sub(r"\s+", " ", m.group(1))
        if m.group(3):
            agent = re.match(r"(?:the[ \t]+)?[\w'’\-]+", masked[m.end() :])
            who = agent.group(0) if agent else "the agent"
            msg = f"Passive voice ('{phrase} by'): start with who acts ('{who} ...')"
        else:
            msg = f"Passive voice ('{phrase}'): say who acts, in the active voice"
        out.append(Finding(m.start(1), m.end(1), "clarity/passive-voice", msg, "info"))
    return out


# Claims that lean on unnamed authority: "many experts agree", "studies have shown", "it is
# widely believed". Who, which study? (A named source, "Smith (2019) showed", is not matched.)
_UNNAMED_SOURCE = re.compile(
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


def _double_negatives(masked: str) -> list[Finding]:
    out: list[Finding] = []
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
    rf"(?<![\w'’\-])(?:[a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES}|went|came|took|gave|rose|fell|ran|"
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
    worded = without_overlaps(_phrases(scan.masked), _passive(scan, ctx))
    worded = without_overlaps(_double_negatives(scan.masked), worded)
    return sentences + worded + _unclear_this(scan) + _readability_of(scan, ctx, sentences)
