"""Agreement with a head noun that is not next to its verb: "Each of the trees need", "the
walk from the station take", "Nobody on the team know", "The number of rejected messages
were", "every employee who have", "a publisher whose list have".

Read token by token within a sentence: a subject that opens a clause (at the sentence start,
after a comma or a subordinator), its number (from a quantifier, an indefinite pronoun or
its head noun), the words of the phrase after the head, then the first word that reads as
its finite verb. A word that may be a noun or a verb counts as the verb only when no verb
follows it at once ("the survey work shows": "work" is still part of the phrase), and a
lexical verb needs a word after it that a verb takes (an object, a particle, a quantity).
"""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_case
from services.specialist.rules.grammar.clauses import (
    SUBJECT_PRONOUNS,
    ambiguous_past,
    base_of_third,
    is_past,
)
from services.specialist.rules.grammar.dictionary import likely_third, likely_verb
from services.specialist.rules.grammar.nouns import plural_noun, third_person
from services.specialist.rules.grammar.verbs import compared
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import NOUN_VERBS, PARTICIPLE_OF_PAST, VERBS

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d,.]*\d|\d|[^\sA-Za-z\d]")
_TO_SINGULAR = {"are": "is", "were": "was", "have": "has", "aren't": "isn't", "weren't": "wasn't",
                "haven't": "hasn't", "don't": "doesn't", "do": "does"}  # fmt: skip
_TO_PLURAL = {v: k for k, v in _TO_SINGULAR.items()}
_MODALS = word_set("""will would can could shall should may might must""")
_OPENERS = word_set(
    """that because when if since while although though but so yet once until unless whereas
    where after before , ; :"""
)
_DETERMINERS = word_set("""the a an this that these those our your their my his her its""")
_SINGULAR_DET = word_set("""a an this that each every""")
_OWNER_DETERMINERS = _DETERMINERS | word_set("""each every""")
_SINGULAR_QUANTIFIERS = word_set("""each one neither either""")
_PLURAL_QUANTIFIERS = word_set(
    """two three four five six seven eight nine ten eleven twelve both many several few most
    all"""
)
_QUANTIFIED = word_set("""most all""")
_INDEFINITES = word_set(
    """nobody everybody somebody anybody everyone someone anyone everything something
    anything nothing"""
)
_PREPOSITIONS = word_set(
    """of in on for from with without at about inside under behind between near outside
    across around over within"""
)
# Heads whose number comes from the phrase after them ("a lot of", "the rest of").
_PARTITIVE = word_set(
    """lot lots number couple handful variety range series total majority minority rest bulk
    remainder half part portion percent percentage proportion fraction kind kinds type types
    sort sorts pair plenty host dozen dozens set best worst top bottom none some any third
    thirds quarter quarters fifth fifths tenth tenths"""
)
# Words a subject phrase of this kind never holds: a verb, a clause or a list starts there.
_STOP = _MODALS | word_set(
    """and or but not to who which that whose when where if because than as is are was were
    has have had do does did i we you they he she it me us them him"""
)
_PARTICLES = word_set("""up out off down back away over""")
_PARTICIPLES_OF_PAST = frozenset(PARTICIPLE_OF_PAST.values())
# Words after which the next word is the noun they describe: "every later change in".
_ADJECTIVE_BEFORE = word_set("""first second third next last final later earlier new old""")
# "last autumn", "next week": a time phrase inside the subject phrase, not its verb.
_TIME_MARKERS = word_set("""last next""")
_TIME_NOUNS = word_set(
    """day week month year quarter morning afternoon evening night weekend summer winter spring
    autumn season time term"""
)
# Adverbs that sit between a subject and its verb: "the imports now run".
_MID_ADVERBS = word_set("""now still also often usually always never already just only""")
# What does not follow a verb as its object ("an account on the code host and access").
_NOT_OBJECT = _STOP | word_set("""for of with from by at as""")
# What may follow a lexical verb that is as often a noun ("cover", "need", "work").
_OBJECT_START = _DETERMINERS | word_set(
    """in on up out off back away down into over about most all some any many much every each
    both half me us them him her it you"""
)


def _verb_like(word: str) -> bool:
    return (
        word in _TO_SINGULAR
        or word in _TO_PLURAL
        or word in _MODALS
        or word in VERBS
        or base_of_third(word) is not None
        or is_past(word)
        or likely_verb(word)
        or likely_third(word) is not None
    )


def _third_form(word: str) -> bool:
    """A he/she/it form of a verb of the lexicon ("takes", "fixes")."""
    base = base_of_third(word)
    return base is not None and base != "have" and third_person(base) == word


def _phrase_word(word: str) -> bool:
    """A word a subject phrase may hold: not a verb, a clause or a list start; a number or a
    percent sign too ("the terms in section 4", "its threshold of 5%")."""
    return (word[:1].isalpha() and word not in _STOP) or word[:1].isdigit() or word == "%"


def _verb_at(words: list[str], start: int, longest: int) -> int | None:
    """Index of the verb after a phrase of 1..``longest`` words from ``start``, or None (no
    verb there, a verb whose form tells no number, or a run of words that may be verbs)."""
    skipped = 0
    for j in range(start, min(start + longest + 1, len(words))):
        w = words[j]
        if j > start and words[j - 1] not in _DETERMINERS:
            if w in _TO_SINGULAR or w in _TO_PLURAL:
                return j
            if w in _MODALS or is_past(w):
                return None  # "went", "could": no number to check
            nxt = words[j + 1] if j + 1 < len(words) else ""
            if w in _TIME_MARKERS and nxt in _TIME_NOUNS:
                continue  # "two trial events last autumn is": 'last' is no verb
            if _adjective(words[j - 1]):
                continue  # "every later change in that part costs": 'change' is the noun
            if _verb_like(w):
                if not _verb_like(nxt) or _third_form(w):
                    return j  # "takes place": the -s form is the verb, not "place"
                skipped += 1
                if skipped > 1:
                    return None  # "our users survey sites": no telling which is the verb
        if j > start and (w in _RELATIVE_OPENERS or w in _CLAUSE_SUBJECTS):
            return _after_clause(words, j)  # "the reasons we missed the deadline were"
        if w == "than" and words[j - 1] in _COMPARING_AMOUNT:
            continue  # "each journey of more than 500 kilometres require"
        if not _phrase_word(w) and not (w == "to" and _next_word(words, j) in _DETERMINERS):
            return None  # "to" before a determiner is a preposition: "visitors to my library"
    return None


# A clause inside the subject phrase: "the list of items that are missing", "the responses
# we received"; its own verb comes first, and only a form of 'be', 'have' or 'do' after it
# tells the main verb for sure.
_RELATIVE_OPENERS = word_set("""that who which""")
_COMPARING_AMOUNT = word_set("""more less fewer""")
_CLAUSE_SUBJECTS = SUBJECT_PRONOUNS - {"it"}  # the subjects of "the responses we received"
_NUMBERED = frozenset(_TO_SINGULAR) | frozenset(_TO_PLURAL)


def _after_clause(words: list[str], j: int) -> int | None:
    """Index of the main verb after the clause opened at ``words[j]`` (a relative pronoun or
    the subject of a contact clause), or None: the clause's verb within three words, then
    words of a phrase up to a form of 'be', 'have' or 'do'."""
    verb = next((k for k in range(j + 1, min(j + 4, len(words))) if _verb_like(words[k])), None)
    if (
        verb is None
        or words[verb] in _MODALS
        or any(not _phrase_word(w) and w not in _CLAUSE_SUBJECTS for w in words[j + 1 : verb])
    ):
        return None
    for k in range(verb + 1, min(verb + 7, len(words))):
        w = words[k]
        if w in _NUMBERED:
            return k if words[k - 1] not in _DETERMINERS else None
        if not _phrase_word(w) or w in _MODALS:
            return None
    return None


def _adjective(word: str) -> bool:
    """An ordinal or a comparative, after which a word is the noun it describes."""
    return word in _ADJECTIVE_BEFORE or compared(word)


def _next_word(words: list[str], j: int) -> str:
    """The word after ``words[j]`` ('' at the end)."""
    return words[j + 1] if j + 1 < len(words) else ""


def _verb_fix(words: list[str], j: int, plural: bool, *, clause: bool = False) -> str | None:
    """The form of ``words[j]`` that agrees with a subject of that number, or None when it
    agrees already or may not be the verb (``clause``: it follows a relative clause, where
    it cannot be part of a compound noun)."""
    w = words[j]
    if not plural and w in _TO_SINGULAR:
        return _TO_SINGULAR[w]
    if plural and w in _TO_PLURAL:
        return _TO_PLURAL[w]
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if (
        not plural
        and w in VERBS
        and w not in NOUN_VERBS
        and (plural_noun(words[j - 1]) or nxt in _QUESTION_WORDS)
    ):
        # "Each of the laptops come with": a plural, then a plain verb; "Everybody on the
        # shift know where": a plain verb that is no noun, before the clause it takes
        return third_person(w)
    base = base_of_third(w) or likely_third(w)
    if plural and base in VERBS and base not in NOUN_VERBS and third_person(base) == w:
        return base  # "the trucks from the depot arrives": never a plural noun ("sites": "sit")
    if not plural and w in _REPORTING and nxt == "that" and _counted(words[j - 1]):
        return third_person(w)  # "A survey of 312 households in 2024 show that"
    if ambiguous_past(w) or not (nxt[:1].isalpha() or nxt[:1].isdigit()) or nxt in _NOT_OBJECT:
        return None  # "the cost of the repair work.": a noun as likely as a verb
    closed = nxt in _OBJECT_START or nxt[:1].isdigit() or nxt in _MANNER
    if (base or w) in NOUN_VERBS and not closed:
        return None  # "the price of the return trip": a noun
    if plural and base is not None and w not in _TO_PLURAL:
        # "the charts needs": the phrase ends in a plural; "our users survey sites" may not
        # ("statements now runs": an adverb may stand between the plural and its verb)
        before = words[j - 2] if words[j - 1] in _MID_ADVERBS and j > 1 else words[j - 1]
        return base if clause or plural_noun(before) else None
    if not plural and (w in VERBS or likely_verb(w)):
        return third_person(w)
    return None


def _subject(words: list[str], i: int) -> tuple[bool, int] | None:
    """(plural, index where the phrase before the verb starts) of a subject at ``i``."""
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    if nxt == "of" and (w in _SINGULAR_QUANTIFIERS or w in _PLURAL_QUANTIFIERS):
        return w in _PLURAL_QUANTIFIERS, i + 2
    if w in _INDEFINITES and nxt in _PREPOSITIONS:
        return False, i + 2
    if w in ("each", "every") and _phrase_word(nxt) and not nxt.endswith("'s"):
        # "Each reading include": singular, whatever the noun; "each contractor's tools
        # are": an owner, and the noun it owns is the head
        return False, i + 1
    if nxt in _PREPOSITIONS and w not in _PARTITIVE and plural_noun(w):
        return True, i + 2  # a bare plural opens the clause: "Residents of the town throws"
    if w != "the" and w not in _DETERMINERS:
        return None
    if words[i : i + 3] == ["the", "number", "of"]:
        return False, i + 3  # "a number of tests are" is plural
    for h in range(i + 1, min(i + 4, len(words) - 1)):
        if not _phrase_word(words[h]) or words[h] in _PARTICLES or is_past(words[h]):
            return None  # "if the figures added up on": a verb came first
        if words[h + 1] in _PREPOSITIONS:
            head = words[h]
            plural = plural_noun(head)
            if plural is None and h == i + 1 and head.endswith("ing") and head != "following":
                plural = False  # "the heating in the flat": a noun in -ing after 'the' is one
            if plural is None or head in _PARTITIVE or (plural and w in _SINGULAR_DET):
                return None
            return plural, h + 2
    return None


def _relative(words: list[str], i: int) -> tuple[bool, int] | None:
    """(plural, verb index) after "<noun> who/that/which" or "whose <noun>"."""
    w = words[i]
    if w == "whose" and i + 2 < len(words) and _phrase_word(words[i + 1]):
        plural = plural_noun(words[i + 1])
        return None if plural is None else (plural, i + 2)
    if w in ("who", "that", "which") and i > 1 and words[i - 2] in _OWNER_DETERMINERS:
        if any(p in _PREPOSITIONS for p in words[max(0, i - 5) : i - 2]):
            return None  # "the parts of the product that make", "schools in the city that
            # have": either noun may own the clause
        plural = plural_noun(words[i - 1])
        if plural is None or (plural and words[i - 2] in _SINGULAR_DET):
            return None
        return plural, i + 1
    return None


# What follows a plural subject, not a verb: "that slices are", "that files can".
_PLURAL_NEXT = _MODALS | word_set("""are were have do don't aren't weren't haven't""")

# Verbs that take a clause with 'that': "the survey show that".
_REPORTING = word_set(
    """show suggest confirm prove indicate state mean find reveal explain require"""
)


def _counted(word: str) -> bool:
    """A plural noun or a number, which a verb follows, not a noun of a compound."""
    return word[:1].isdigit() or plural_noun(word) is True


# Words that open the clause a verb of knowing or saying takes: "know where", "agree that".
_QUESTION_WORDS = word_set("""where what how why when whether that if""")
# A participle that opens a clause after its noun: "Photos taken at an angle works".
_REDUCED = re.compile(r"[a-z]{3,}(?:ed|en)$")
# After a verb these close the clause: "works worse", "runs well".
_MANNER = word_set("""well badly worse better best fine faster slower""")


def _main_after_relative(words: list[str], i: int) -> tuple[bool, int] | None:
    """(plural, verb index) of the main verb after "<the noun> who/that/which <verb> ..."
    or "<noun> <participle> <preposition> ...": "The engineers who maintain the service
    was", "Customers who paid for delivery receives", "Photos taken at an angle works"."""
    if i < 1 or i + 3 >= len(words):
        return None
    if words[i] in ("who", "that", "which"):
        rel = words[i + 1]
        if rel in _MODALS or not _verb_like(rel) or rel in _DETERMINERS:
            return None  # "the report that the managers need": the clause has its own subject
        if words[i] == "that" and plural_noun(rel) and words[i + 2] in _PLURAL_NEXT:
            return None  # "the recommendation that slices are read as lengths": a clause of
            # the noun's, whose subject is the plural, and its verb agrees with it
        if words[i] != "who" and rel in VERBS and plural_noun(words[i - 1]) is False:
            # "a reminder that travel claims are": a plain verb cannot agree with a singular
            # noun, so 'that' opens a clause whose subject starts with this word
            return None
    elif not (_REDUCED.match(words[i]) and words[i + 1] in _PREPOSITIONS | {"by"}):
        return None
    elif _gerund_subject(words):
        return None  # "Having the links managed by the tool doesn't": the -ing phrase leads
    else:
        rel = ""
    if i == 1:  # a bare plural opens the sentence: "Customers who paid ..."
        plural = plural_noun(words[0])
        if plural is not True:
            return None
    else:
        if words[i - 2] not in _OWNER_DETERMINERS or "of" in words[max(0, i - 5) : i - 2]:
            return None
        plural = plural_noun(words[i - 1])
        if plural is None or (plural and words[i - 2] in _SINGULAR_DET):
            return None
    if (base_of_third(rel) is not None and plural) or (rel in _TO_SINGULAR and not plural):
        return None  # the clause's verb disagrees already: the head's number is unsure
    for j in range(i + 2, min(i + 10, len(words) - 1)):
        w, nxt = words[j], words[j + 1]
        if w in _TO_SINGULAR or w in _TO_PLURAL:
            return (plural, j) if words[j - 1] not in _DETERMINERS else None
        if w == "-":
            continue  # "next-day"
        if not _phrase_word(w):
            return None
        base = base_of_third(w)
        lexical = w in VERBS or base is not None
        # an -s form of a verb that is no noun is the verb, whatever follows ("appears in")
        closed = (
            nxt in _DETERMINERS
            or nxt in _MANNER
            or (plural and base in VERBS and base not in NOUN_VERBS)
        )
        if lexical and closed and words[j - 1] not in _DETERMINERS | _PREPOSITIONS:
            return plural, j  # "... remote workers need a full review"
    return None


def _gerund_subject(words: list[str]) -> bool:
    """The sentence opens with a verb in -ing: its phrase is the subject, and singular."""
    first = words[0]
    bases = (first[:-3], first[:-3] + "e")
    return first.endswith("ing") and any(b in VERBS or likely_verb(b) for b in bases)


# The words ``_subject`` and ``_relative`` can start from (``_main_after_relative`` also from a
# participle in -ed or -en): any other word is passed over without a call (most words).
_SUBJECT_WORDS = (
    _SINGULAR_QUANTIFIERS | _PLURAL_QUANTIFIERS | _INDEFINITES | _DETERMINERS | {"each", "every"}
)
_RELATIVE_WORDS = frozenset({"who", "that", "which", "whose"})
# Words between the head's preposition and the verb: "the number of visitors to my local
# library have" holds five.
_LONGEST_PHRASE = 6


def _sentence(masked: str, a: int, e: int) -> list[Finding]:
    words = [w.lower().replace("’", "'") for w in _TOKEN.findall(masked, a, e)]
    tokens: list[re.Match[str]] = []  # the words' matches, found when a finding needs them
    out = []
    for i, w in enumerate(words):
        found: tuple[bool, int] | None = None
        if (i == 0 or words[i - 1] in _OPENERS) and (
            w in _SUBJECT_WORDS or _next_word(words, i) in _PREPOSITIONS
        ):
            subject = _subject(words, i)
            if subject is not None:
                j = _verb_at(words, subject[1], _LONGEST_PHRASE)
                found = None if j is None else (subject[0], j)
        main = None
        if w in _RELATIVE_WORDS:
            found = found or _relative(words, i)
            main = _main_after_relative(words, i)
        elif w.endswith(("ed", "en")):  # "Photos taken at an angle works"
            main = _main_after_relative(words, i)
        if found is None and main is None:
            continue  # most words
        for candidate, clause in ((found, False), (main, True)):
            if candidate is not None and candidate[1] < len(words):
                tokens = tokens or list(_TOKEN.finditer(masked, a, e))
                out += _disagreeing(words, tokens, i, *candidate, clause=clause)
    return out


def _disagreeing(
    words: list[str], tokens: list[re.Match[str]], i: int, plural: bool, j: int, *, clause: bool
) -> list[Finding]:
    """A finding on ``words[j]`` if it disagrees with a subject of that number."""
    if (
        plural
        and words[i] in _QUANTIFIED
        and not (
            plural_noun(words[j - 1]) and plural_noun(_quantified_noun(words, i, j)) is not False
        )
    ):
        return []  # "Most of the space goes", "most of the work done in Leeds has": the noun
        # after 'of' gives the number
    fixed = _verb_fix(words, j, plural, clause=clause)
    if fixed is None:
        return []
    verb = tokens[j].group(0)
    fixed = match_case(verb, fixed.replace("'", "’") if "’" in verb else fixed)
    number = "plural" if plural else "singular"
    return [Finding(tokens[j].start(), tokens[j].end(), "grammar/subject-verb",
                    f"The subject is {number}: '{fixed}', not '{verb}'", "error",
                    fixed)]  # fmt: skip


def _quantified_noun(words: list[str], i: int, j: int) -> str:
    """The noun "most of" or "all of" counts: the last word of the phrase after them, before
    the verb at ``j``, a preposition or a participle ("most of the popular apps", "most of the work
    done in Leeds")."""
    k = i + 2
    if k < len(words) and words[k] in _DETERMINERS:
        k += 1
    noun = ""
    while k < j and _phrase_word(words[k]):
        w = words[k]
        if w in _PREPOSITIONS or is_past(w) or w in _PARTICIPLES_OF_PAST:
            break
        noun, k = w, k + 1
    return noun


def head_agreement(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Agreement across a quantifier, a prepositional phrase or a relative pronoun."""
    masked = scan.masked
    return [f for a, e in scan.prose_sentences() for f in _sentence(masked, a, e)]
