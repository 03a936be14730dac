"""Subject-verb agreement with noun subjects and base-form verbs: "The total include",
"Boring tools has", "it handle", "the steps that causes". Only clause-initial noun phrases
without prepositions count, so the head noun is the one next to the verb."""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start, match_case
from services.specialist.rules.gate import gated, word_runs
from services.specialist.rules.grammar.clauses import (
    SUBJECT_PRONOUNS,
    ambiguous_past,
    base_of_third,
    is_past,
)
from services.specialist.rules.grammar.dictionary import frequencies, known, likely_third
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import IRREGULAR_PAST, NOUN_VERBS, VERBS

# Common verbs that are rarely the last word of a noun phrase.
_BASE_VERBS = word_set(
    """include require need ask bring work cause contain allow provide support run use handle
    take make give show send keep seem become mean offer create add remove return follow depend
    belong affect reduce increase improve produce explain describe agree expect want like know
    happen exist remain cost save load store read write build open close start stop break fix
    check test accept reject prefer deserve understand believe consider suggest"""
)


def third_person(verb: str) -> str:
    """The he/she/it form of a base-form verb ("fix" -> "fixes", "carry" -> "carries")."""
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_THIRD_VERBS = {third_person(v): v for v in _BASE_VERBS}
_TO_SINGULAR = {"are": "is", "were": "was", "have": "has", "aren't": "isn't", "weren't": "wasn't",
                "haven't": "hasn't", "don't": "doesn't", "do": "does"}  # fmt: skip
_TO_PLURAL = {"is": "are", "was": "were", "has": "have", "isn't": "aren't", "wasn't": "weren't",
              "hasn't": "haven't", "does": "do", "doesn't": "don't"}  # fmt: skip
_AUX_AFTER = word_set(
    """is are was were has have had will would can could shall should may might must do does
    did am be been"""
)
# Words that cannot end a subject noun phrase, or that make its number unclear.
_NOT_HEAD = word_set(
    """we you they i he she it me us them him her this that these those what which who whom
    whose and or but of to in on for with at by from as than not the a an each every some any
    no all my our your their his its one also still just only often never always now then
    already even usually how why
    where when will would can could shall should may might must do does did is are was were
    has have had be been being cannot can't won't wouldn't couldn't shouldn't mustn't don't
    doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't"""
)
# Nouns that take either number (British collectives) or look plural but are singular.
_EITHER = word_set(
    """team staff police people data media committee board family group government audience
    public crew management majority press company council department personnel couple cattle
    news series species means headquarters whereabouts lens gas bias alias atlas canvas chaos
    ethos kudos pathos cosmos sales operations communications ops comms thanks"""
)
# Plurals without -s, and nouns that are the same in both numbers.
_IRREGULAR_PLURALS = word_set(
    """children men women feet teeth mice geese oxen criteria phenomena alumni"""
)
_SAME_BOTH = word_set("""sheep fish deer aircraft spacecraft offspring moose salmon trout""")
# A number above one that heads its phrase stands for a plural: "the two need", "these three
# work"; as a modifier ("two trial events") the noun after it is the head.
_NUMBERS = word_set("""two three four five six seven eight nine ten eleven twelve""")
# Words ending in -s that are not plural nouns, and modifiers that cannot head a phrase.
_NOT_NOUNS = word_set(
    """sometimes always afterwards besides nowadays towards regardless anyways perhaps whereas
    unless thus yes first last next more most less least same other own such"""
)
_CLAUSE_OPENERS = word_set(
    """that because when if since while although though but where whereas once until unless
    so before after"""
)
_MANDATIVE = re.compile(
    r"(?:suggest|suggests|suggested|recommend|recommends|recommended|insist|insists|require|"
    r"requires|request|requests|demand|demands|propose|proposes|essential|important|vital)"
    r"[ \t]+that[ \t]+$",
    re.I,
)
_DETERMINER = "the|this|that|a|an|our|your|my|its|his|her|their|each|every|these|those|no"
_WORD = r"(?:[a-z]+n['’]t|[a-z]+(?:-[a-z]+)*(?:['’]s)?)"
_NP = re.compile(rf"{_B}({_DETERMINER})((?:[ \t]+{_WORD}){{2,5}})", re.I)
_SINGULAR_DET = frozenset({"a", "an", "this", "that", "each", "every"})
_DETERMINER_WORDS = frozenset(_DETERMINER.split("|"))
_BARE_NP = re.compile(rf"{_B}([A-Z][a-z]+)((?:[ \t]+{_WORD}){{1,3}})")
_PRONOUN_BASE = gated(
    rf"{_B}(he|she|it|everyone|everybody|someone|somebody|anyone|anybody|nobody|no one|"
    rf"everything|something|nothing)[ \t]+([a-z]+){_E}",
    re.I,
)
_RELATIVE = gated(rf"{_B}([a-z]+)[ \t]+(?:that|which|who)[ \t]+([a-z]+){_E}")
# Words after which a pronoun takes the base form: "let it run", "does it use".
_LET = word_set(
    """to let lets make makes made help helps helped see sees saw watch watched hear heard
    does did do will would can could shall should may might must"""
)
# What ``_prev`` finds, searched in the 30 characters before a place; ``_prev`` reads it
# backwards instead of trying the pattern at each of them: the same word, found faster.
_PREV_WORDS = re.compile(r"([\w'’]+)[ \t]+$")


def plural_noun(noun: str) -> bool | None:
    """True for a plural noun, False for a singular one, None when unsure."""
    word = noun.lower().replace("’", "'")
    if word in _IRREGULAR_PLURALS:
        return True
    if (
        word in _EITHER
        or word in _SAME_BOTH
        or word in _NOT_HEAD
        or word in _NOT_NOUNS
        or word.endswith(("'s", "ly", "ing", "ed"))
    ):
        return None
    if word.endswith("s"):
        if word.endswith(("ss", "us", "is", "ics", "ous")) or len(word) <= 3:
            return None
        return True
    return False


def _prev(masked: str, pos: int) -> str:
    """The word (``[\\w'’]+``, lower case) that spaces or tabs alone separate from ``pos``,
    within the 30 characters before it; '' if none."""
    lo = max(0, pos - 30)
    # '$' also matches before a newline that ends the window.
    end = pos - 1 if pos > lo and masked[pos - 1] == "\n" else pos
    return _word_before(masked, lo, _gap_start(masked, lo, end), end)


def _gap_start(masked: str, lo: int, pos: int) -> int:
    """Where the run of spaces and tabs that ends at ``pos`` starts (not before ``lo``)."""
    j = pos
    while j > lo and masked[j - 1] in " \t":
        j -= 1
    return j


def _word_before(masked: str, lo: int, gap: int, pos: int) -> str:
    """What ``_PREV_WORDS`` finds in ``masked[lo:pos]`` whose trailing blanks start at ``gap``:
    read backwards, as a search would try every place of the window for it."""
    if gap == pos:
        return ""
    k = gap
    while k > lo and ((c := masked[k - 1]).isalnum() or c in "_'’"):
        k -= 1
    return masked[k:gap].lower()


_NEXT_TOKEN = re.compile(r"[ \t]*([\w'’]+|[.!?:;]|$)")


def _next_is_verb(masked: str, end: int) -> bool:
    """True if a verb or the end of the sentence follows: the word before was a noun."""
    nxt = _NEXT_TOKEN.match(masked[end:])
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    return (
        word in _AUX_AFTER
        or word in _THIRD_VERBS
        or not word[:1].isalpha()
        or (word.endswith("s") and base_of_third(word) in VERBS)  # "a multi-buy offer ends"
    )


def _fix(verb: str, plural_subject: bool, *, lexicon: bool = False) -> str | None:
    key = verb.lower().replace("’", "'")
    fixed = (_TO_PLURAL if plural_subject else _TO_SINGULAR).get(key)
    if fixed is None:
        if plural_subject:
            fixed = _THIRD_VERBS.get(key) or (
                (base_of_third(key) or likely_third(key)) if lexicon else None
            )
        elif key in _BASE_VERBS or (lexicon and key in VERBS):
            fixed = third_person(key)
    if fixed is None:
        return None
    return match_case(verb, fixed.replace("'", "’") if "’" in verb else fixed)


_SPACES = re.compile(r"\s+")


def _finding(m: re.Match[str], group: int, subject: str, fixed: str) -> Finding:
    subject = _SPACES.sub(" ", subject.strip())
    verb = m.group(group)
    return Finding(m.start(group), m.end(group), "grammar/subject-verb",
                   f"'{subject}' takes '{fixed}', not '{verb}'", "error", fixed)  # fmt: skip


_NON_SPACE = re.compile(r"\S+")


def _split(m: re.Match[str]) -> Iterator[tuple[list[str], int, int]]:
    """(noun phrase words, verb start, verb end) for each way to read group 2 as NP + verb,
    shortest phrase first (made as read: the reader stops at the first verb)."""
    phrase = m.group(2)
    words = [w.span() for w in _NON_SPACE.finditer(phrase)]
    base = m.start(2)
    for k in range(1, len(words)):
        yield [phrase[a:b] for a, b in words[:k]], base + words[k][0], base + words[k][1]


# What follows a verb far more often than a noun: an object, a particle, an adverb, a
# comparative, or the end of the clause ("The money arrive in", "imports finishes faster").
_COMPLEMENT = re.compile(
    r"[ \t]*[,.;!?]|[ \t]+(?:the|a|an|your|our|their|his|her|its|my|this|these|those|every|"
    r"each|some|any|all|no|me|him|us|them|you|it|in|into|on|onto|at|up|out|off|back|away|"
    r"down|[a-z]+ly|higher|lower|faster|slower|better|worse|longer|shorter|bigger|smaller|"
    r"easier|harder|more|less|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"hundred|thousand|several|many)(?![\w'’-])"
)


_PARTICLE = re.compile(r"[ \t]*[,.;!?]|[ \t]+(?:in|into|on|onto|at|up|out|off|back|away|down)\b")


def _lexicon_verb(masked: str, verb: str, end: int) -> bool:
    """A verb of the lexicon ("arrive", "finishes") followed by what a verb takes; a word as
    often a noun ("drive", "change") needs more than a particle: "an external drive at"."""
    key = verb.lower()
    base = key if key in VERBS else base_of_third(key)
    if base is None:
        # "my skills matches the role": an -s form the dictionary counts as a verb, before a
        # determiner
        return likely_third(key) is not None and _DETERMINER_NEXT.match(masked, end) is not None
    if _COMPLEMENT.match(masked, end) is None:
        return False
    return base not in NOUN_VERBS or _PARTICLE.match(masked, end) is None


_DETERMINER_NEXT = re.compile(r"[ \t]+(?:the|a|an|your|our|their|his|her|its|my|this|these)\b")


def _determiners(masked: str) -> list[int]:
    """Where each determiner of the chunk starts (any case)."""
    starts, _, words = word_runs(masked)
    return [a for a, w in zip(starts, words, strict=True) if w in _DETERMINER_WORDS]


def _verb_like(verb: str) -> bool:
    key = verb.lower().replace("’", "'")
    return key in _TO_PLURAL or key in _TO_SINGULAR or key in _BASE_VERBS or key in _THIRD_VERBS


def _subject_determiners(masked: str) -> list[int]:
    """Where a determiner may open a subject: at a sentence start or a clause's."""
    return [
        a
        for a in _determiners(masked)
        if (not _after_word(masked, a) and at_sentence_start(masked, a)) or _opens_clause(masked, a)
    ]


def _after_word(masked: str, pos: int) -> bool:
    """A letter and one space just before ``pos`` ("of the"): no sentence starts there, so
    ``at_sentence_start`` need not read the line (most determiners)."""
    return pos > 1 and masked[pos - 1] == " " and masked[pos - 2].isalpha()


def _subject_capitals(masked: str) -> list[int]:
    """Where a capitalised word opens a sentence, but not a pronoun's or a conjunction's.

    ``_BARE_NP`` only matches a run of letters that is all its word ("Boring tools"), so the
    run's lower case is the word the match would read: testing it first is the same test.
    """
    starts, _, words = word_runs(masked)
    return [
        a
        for a, w in zip(starts, words, strict=True)
        if "A" <= masked[a] <= "Z"
        and w not in _NOT_HEAD
        and w not in _CLAUSE_OPENERS
        and at_sentence_start(masked, a)
    ]


# Words after which the next word is a noun ("a second run", "our third work weekend").
_ORDINALS = word_set(
    """first second third fourth fifth sixth seventh eighth ninth tenth next last final"""
)
# Heads whose number comes from what they stand for: "The rest are archived".
_PARTITIVE_HEADS = word_set("""rest remainder majority bulk half""")
# A noun and then an auxiliary after the word read as the verb: the word was a noun too.
# "The median build time for the main repository has": the noun may take a short phrase
# with a preposition first.
_COMPOUND_THEN_VERB = re.compile(
    r"[ \t]+[a-z]+(?:[ \t]+(?:for|of|in|on|at|from|with)[ \t]+(?:(?:the|a|an|our|your|their|"
    r"this|that|each|every)[ \t]+)?(?:[a-z]+[ \t]+){0,2}[a-z]+)?[ \t]+(?:has|have|had|is|are|"
    r"was|were|will|would|can|could|should|must|may|might)(?![\w'’-])"
)

# 'and' or 'or' and a determiner after the word read as the verb: one noun of a list, the
# next noun phrase joined to it ("enter the cold room, the chemical store or the clean room").
_LIST_NEXT = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?:the|a|an|our|your|their|his|her|its|my|this|these|those)"
    r"(?![\w'’-])"
)

# After a noun 'of' is common, after a verb rare: only these verbs take it.
_OF_NEXT = re.compile(r"[ \t]+of(?![\w'’-])")
_VERBS_OF = word_set(
    """think thinks consist consists speak speaks hear hears dream dreams approve approves
    smell smells taste tastes die dies know knows tire tires"""
)


def _noun_phrases(masked: str, starts: list[int], bare: bool) -> list[Finding]:
    """Subject-verb findings for noun phrases opening at ``starts`` (subject starts)."""
    out = []
    for pos in starts:
        m = (_BARE_NP if bare else _NP).match(masked, pos)
        if m is None:
            continue
        det = m.group(1)
        if bare and (det.lower() in _NOT_HEAD or det.lower() in _CLAUSE_OPENERS):
            continue
        for words, a, e in _split(m):
            verb = masked[a:e]
            lexicon = _lexicon_verb(masked, verb, e)
            if not _verb_like(verb) and not lexicon:
                continue
            if verb.lower() == "like" and _LIKE_AS_PREPOSITION.match(masked, e):
                break  # "a change like this shows up": 'like' is a preposition
            if det.lower() in ("a", "an") and _THANK_YOU.match(masked, a):
                break  # "A big thank you to": the noun, not the verb
            if any(w.lower() in _NOT_HEAD for w in words):
                break
            if verb.lower() in ("need", "dare") and _NOT_NEXT.match(masked, e):
                break  # "the value need not be": a modal, the same for every subject
            if _noun_after_modifier(masked, words, verb, e):
                continue  # "An extensive test suite", "The Meson Build System": read on
            head = words[-1] if words else det
            if _numberless_head(head, words) or _noun_by_what_follows(masked, verb, e):
                break
            if head.lower() in _AFTER_NOUN and len(words) > 1:
                head = words[-2]  # "the three changes above close": the noun before is the head
            if len(words) > 1 and words[-2].lower() in _WHEN and head.lower() in _TIME_NOUNS:
                break  # "The sales last month were": a time phrase, not the head
            plural = True if head.lower() in _NUMBERS else plural_noun(head)
            d = "" if bare else det.lower()
            if any(w.lower() in IRREGULAR_PAST for w in words):
                break  # "The new system went live": the verb came earlier
            if d in _SINGULAR_DET and any(plural_noun(w) for w in words[:-1]):
                break  # "a review blocks urgent work": the plural-looking word is the verb
            if not plural and ambiguous_past(verb):
                break  # "the mismatch cost us": a past as much as a present
            if plural is None or (plural and d in _SINGULAR_DET):
                break
            if (not plural and d in ("these", "those", "no")) or (bare and not plural):
                break  # "no longer lose": 'no' opens a plural subject only ("No payments")
            fixed = _fix(verb, plural, lexicon=lexicon)
            if _question(masked, e):
                break  # "Which files does it need?": the verb belongs to a later subject
            if fixed is None or (verb.lower() in _BASE_VERBS and _next_is_verb(masked, e)):
                break
            subject = " ".join([det, *words])
            message = f"'{subject}' takes '{fixed}', not '{verb}'"
            out.append(Finding(a, e, "grammar/subject-verb", message, "error", fixed))
            break
    return out


# Units an amount is counted in: "Ten pounds is too much" is one sum.
_AMOUNTS = word_set("""pounds dollars euros pence cents miles kilometres kilometers metres
    meters hours minutes seconds days weeks months years percent litres liters grams kilos""")


def _numberless_head(head: str, words: list[str]) -> bool:
    """A head whose number the subject does not give: "a second run", "the rest are" (a noun
    after an ordinal; a part), "the all-hands is", "a multi-buy offer" (a compound), "the
    most common are" (a superlative), "Ten pounds is" (an amount)."""
    return (
        head.lower() in _ORDINALS
        or head.lower() in _PARTITIVE_HEADS
        or head.lower() in _AMOUNTS
        or "-" in head
        or (len(words) > 1 and words[-2].lower() in ("most", "least"))
    )


def _noun_by_what_follows(masked: str, verb: str, e: int) -> bool:
    """What follows the word read as the verb shows it is a noun: an auxiliary after one more
    noun ("the app store review has"), a list going on ("the chemical store or the clean
    room"), 'of' after it ("a simple check of the date would")."""
    return bool(
        _COMPOUND_THEN_VERB.match(masked, e)
        or _LIST_NEXT.match(masked, e)
        or (_OF_NEXT.match(masked, e) and verb.lower() not in _VERBS_OF)
    )


# Adjectives that stand before a noun and never head a subject: the word after them is
# the noun, not a verb ("a prior work by", "the latest test release").
_PRENOMINAL = word_set(
    """prior latest earliest newest oldest main chief principal upper lower inner outer
    former sole mere utter entire extensive existing default"""
)


def _adjective(word: str) -> bool:
    """A word that is an adjective before a noun: a listed one, or one whose adverb in -ly
    is common ("extensive", "recent", "simple", "basic"), so it is rarely a noun alone."""
    w = word.lower()
    if w in _PRENOMINAL:
        return True
    count = frequencies().get(w, 0)
    if len(w) < 4 or count == 0 or w in _TIME_NOUNS:
        return False
    adverbs = [w + "ly", w[:-1] + "ily" if w.endswith("y") else "", w[:-1] + "y" if
               w.endswith("le") else "", w + "ally" if w.endswith("ic") else ""]  # fmt: skip
    return max(frequencies().get(a, 0) for a in adverbs if a) >= _ADVERB_SHARE * count


_ADVERB_SHARE = 0.05  # "extensive": "extensively" 0.10; "part": "partly" 0.02


def _noun_after_modifier(masked: str, words: list[str], verb: str, end: int) -> bool:
    """The word read as the verb is a noun: after an adjective with no noun yet and before
    no object ("An extensive test suite"), capitalised inside a name ("The Meson Build
    System"), or with an all-capitals name before it ("The file NOTES contains")."""
    if verb[:1].isupper():
        return True
    if words and (words[-1].isupper() and len(words[-1]) > 1):
        return True
    # "The total include the": an object after it makes it the verb, whatever came before
    return len(words) == 1 and _COMPLEMENT.match(masked, end) is None and _adjective(words[0])


def _base_after_pronoun(masked: str, subject: str, verb: str, end: int) -> bool:
    """``verb`` after "he", "someone", ... reads as a base-form verb: a common one, or one of
    the lexicon that is seldom a noun, with an object or a particle after it ("someone steal
    your password"); "something like this" is a preposition."""
    if verb == "like":
        return subject in SUBJECT_PRONOUNS  # "he like it"; "something like it", "nobody like her"
    if verb in _BASE_VERBS:
        return True
    if verb not in VERBS or verb in NOUN_VERBS or verb == "last":
        return False  # "someone last week": an adjective
    # After "everyone" a base verb of the lexicon is the verb ("Everyone see new entries");
    # after "it" or "he" it needs what a verb takes.
    return subject not in SUBJECT_PRONOUNS or _COMPLEMENT.match(masked, end) is not None


_WHEN = word_set("""last next this every""")
_AFTER_NOUN = word_set("""above below""")  # adverbs that follow the noun they point at
_TIME_NOUNS = word_set(
    """day week month year quarter morning afternoon evening night weekend summer winter spring
    autumn season time"""
)
_NOT_NEXT = re.compile(r"[ \t]+not(?![\w'’-])")
# Prepositions: a pronoun after one is its object, and the verb after that has another
# subject ("the files for it remain", "some parts of it are").
OBJECT_OF = word_set("""for of to with from about by in on at into onto without than""")
_THANK_YOU = re.compile(r"thank[ \t]+you\b", re.I)
_LIKE_AS_PREPOSITION = re.compile(
    r"[ \t]+(?:(?:this|that|these|those|it|them|him|her|us|me|you)(?:[ \t]*[,.;!?]|[ \t]+[a-z]+s\b)"
    r"|[A-Z][\w-]*[ \t]+[a-z])"  # "an implementer like Pydantic might": a name after it
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _question(masked: str, pos: int) -> bool:
    end = _SENTENCE_END.search(masked[pos:])
    return end is not None and end.group(0)[0] == "?"


def _opens_clause(masked: str, pos: int) -> bool:
    lo = max(0, pos - 30)
    gap = _gap_start(masked, lo, pos)
    if gap > lo and masked[gap - 1] == ",":
        return True
    prev = _prev(masked, pos)
    if prev == "once" and _ONCE_A_TIME.match(masked, pos):
        return False  # "fill the squares once a week have kept": how often, not a clause
    return prev in _CLAUSE_OPENERS


# "once a week", "once every month": a frequency, after which no subject starts.
_ONCE_A_TIME = re.compile(
    r"(?:a|an|every|each|per)[ \t]+(?:day|week|month|year|quarter|fortnight|season|term|"
    r"morning|evening|night|weekend|decade|while)(?![\w'’-])",
    re.I,
)


# "The list of open bugs are": the verb agrees with the head noun, not the nearer noun.
_PARTITIVE = word_set(
    """lot lots number couple handful variety range series total majority minority rest bulk
    remainder half part portion percent percentage proportion fraction kind kinds type types
    sort sorts pair plenty host dozen dozens set best worst top bottom"""
)
_BE_HAVE = "|".join(
    re.escape(v).replace("'", "['’]")
    for v in sorted({*_TO_SINGULAR, *_TO_PLURAL} - {"do", "does"}, key=len, reverse=True)
)
_PP_SUBJECT = re.compile(
    rf"({_DETERMINER})((?:[ \t]+{_WORD}){{0,2}}?)[ \t]+({_WORD})[ \t]+"
    rf"(?:of|in|on|for|to|from|with|at|about|inside|under|behind|between)"
    rf"((?:[ \t]+{_WORD}){{1,3}}?)[ \t]+({_BE_HAVE}){_E}",
    re.I,
)
_PP_DETERMINER = word_set("""the a an this that these those our your their my his her its""")


def _prepositional_subjects(masked: str, starts: list[int]) -> list[Finding]:
    out = []
    for at in starts:
        m = _PP_SUBJECT.match(masked, at)
        if m is None:
            continue
        det, head = m.group(1).lower(), m.group(3)
        mods, pp = m.group(2).split(), m.group(4).split()
        if pp[0].lower() in _PP_DETERMINER:
            pp = pp[1:]
        plural = plural_noun(head)
        if (
            not pp
            or len(pp) > 2
            or any(w.lower() in _NOT_HEAD for w in mods + pp)
            or head.lower() in _PARTITIVE
            or plural is None
            or plural_noun(pp[-1]) is None
            or (plural and det in ("a", "an", "this", "that", "each", "every"))
            or (not plural and det in ("these", "those"))
            or _question(masked, m.end())
        ):
            continue
        fixed = _fix(m.group(5), plural)
        if fixed is not None:
            out.append(_finding(m, 5, f"{m.group(1)}{m.group(2)} {head}", fixed))
    return out


_RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _relatives(masked: str) -> Iterator[re.Match[str]]:
    """``_RELATIVE.finditer(masked)``, tried only at the word run before a run "that",
    "which" or "who" (its group 1 and its relative are whole runs, blanks between), not at
    every place of the chunk: the same matches, left to right, none overlapping."""
    starts, _, words = word_runs(masked)
    end = 0
    for k in range(1, len(words)):
        if words[k] in _RELATIVE_WORDS and starts[k - 1] >= end:
            m = _RELATIVE.match(masked, starts[k - 1])
            if m is not None:
                end = m.end()
                yield m


_OF = re.compile(r"\bof\b")


def noun_agreement(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Agreement findings for noun-phrase subjects and base-form verbs."""
    masked = scan.masked
    # Where a subject may start, found once: it rules out most places, cheaply.
    subjects = _subject_determiners(masked)
    out = _noun_phrases(masked, subjects, bare=False)
    out += _noun_phrases(masked, _subject_capitals(masked), bare=True)
    out += _prepositional_subjects(masked, subjects)
    for m in Present(masked).finditer(_PRONOUN_BASE):
        verb = m.group(2).lower()
        prev = _prev(masked, m.start())
        subject = m.group(1).lower()
        if not _base_after_pronoun(masked, subject, verb, m.end()) or prev in _AUX_AFTER:
            continue
        if prev in _LET or prev in OBJECT_OF or prev.endswith("ing") or is_past(prev):
            continue  # "let it run", "watching it grow", "noticed someone enter", "the files
            # for it remain": an object
        if ambiguous_past(verb):
            continue  # "It cost almost nothing": a past as much as a present
        if _MANDATIVE.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "we suggest that he leave": the subjunctive
        out.append(_finding(m, 2, m.group(1), match_case(m.group(2), third_person(verb))))
    for m in _relatives(masked):
        if _OF.search(masked[max(0, m.start() - 20) : m.start()]):
            continue  # "the parts of the product that make": either noun may own the clause
        plural = plural_noun(m.group(1))
        if plural:
            fixed = _fix(m.group(2), True)
            if fixed is not None and m.group(2).lower() not in _BASE_VERBS:
                out.append(_finding(m, 2, m.group(1), fixed))
        elif plural is False and _base_in_relative(masked, m):
            out.append(_finding(m, 2, m.group(1), third_person(m.group(2).lower())))
    return out


# After a verb these are its object or particle: "a tool that clean up the feed".
_OBJECT_AFTER = re.compile(
    r"[ \t]+(?:up|out|off|down|back|away|the|a|an|your|our|their|his|her|its|my|this|these|"
    r"those|it|them|us|me|him)\b"
)


def _base_in_relative(masked: str, m: re.Match[str]) -> bool:
    """A singular noun, who/that/which, then a base-form verb of the lexicon with its object:
    "a tool that clean up", "a user who open the file"."""
    noun, verb = m.group(1).lower(), m.group(2).lower()
    if not known(noun) or noun in _NOT_HEAD or is_past(noun) or verb not in VERBS:
        return False  # "he said that make": a verb, not a noun, before 'that'
    if ambiguous_past(verb):
        return False  # "the one that cost the most"
    return _OBJECT_AFTER.match(masked, m.end()) is not None
