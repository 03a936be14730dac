"""Pronouns: case after a preposition ("for him and I"), in a compound subject ("Me and him
went") and beside a plural noun ("thanked we volunteers"), who's/whose, you're/your and
they're/their after a preposition or a verb that takes an object, "their" before "-ing" + a
direction ("Their going home"), and possessives without an apostrophe ("the customers
complaints were")."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start, match_apostrophe, match_case
from services.specialist.rules.gate import fold, gated
from services.specialist.rules.grammar.clauses import AUXILIARIES, base_of_third, is_past
from services.specialist.rules.grammar.dictionary import known, likely_third, likely_verb
from services.specialist.rules.grammar.nouns import plural_noun
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.grammar.slips import asks_who
from services.specialist.rules.grammar.verbs import compared
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import VERBS

_PREP = (
    "for|to|with|between|from|about|by|of|like|at|behind|against|among|toward|towards|"
    "without|except|beside|besides|after|before|near|upon"
)
_OBJECT = "me|him|her|them|us|you"
# A name may have a title and a surname: "to Mr. Visser and I", "to Priya Nair or I".
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
_CASE_AFTER_PREP = gated(
    rf"{_B}(?i:{_PREP})[ \t]+(?:(?:{_OBJECT}|{_NAME}|(?i:the|my|our|your|his|her|their)"
    rf"[ \t]+\w+)[ \t]+(?:and|or)[ \t]+"
    rf"(I|he|she|they|we|myself)|(I|he|she|they|we)[ \t]+and[ \t]+(?:{_OBJECT}|[A-Z][a-z]+))"
    rf"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?i:{_PREP}|in|on|into|over|during|last|this|next|so|"
    rf"today|tomorrow|yesterday|tonight|again|too|later|earlier|soon|when|if|because|as|"
    rf"both|together|already){_E})",
    re.M,
)
# "asked Priya and I to present": a verb's object, a pair whose second pronoun is followed by
# 'to' or a preposition, where a subject would be followed by its verb. Found from its "and"
# (a pattern with a first word is tried only where that word is), then read backwards.
_PAIR_TAIL = gated(
    rf"{_B}and[ \t]+(I|he|she|they|we)(?:[ \t]+(?:to|{_PREP}|in|on|into){_E}|(?=[ \t]*[.!?]))"
)
# The object may be a full name: "asked Dana Kirby and I to write".
_PAIR_HEAD = re.compile(
    rf"{_B}([a-z]+)[ \t]+(?:{_OBJECT}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|"
    rf"(?:the|my|our|your|his|her|their)[ \t]+[a-z]+)[ \t]+$"
)
# "let Maria or I know": after 'let' the pair is the object of 'let', never a subject ("saw
# Tom and he waved" is two clauses, so only 'let' is read this way).
_LET_PAIR = gated(
    rf"{_B}(?i:let|lets|letting)[ \t]+(?:me|him|her|us|them|you|[A-Z][a-z]+|"
    rf"(?i:the|my|our|your|his|her|their)[ \t]+[a-z]+)[ \t]+(?:and|or)[ \t]+(I|he|she|we|they)"
    rf"(?=[ \t]+[a-z]+)"
)
_SUBJECT_FORMS = frozenset({"i", "he", "she", "they", "we", "myself"})
_TO_OBJECT = {"i": "me", "he": "him", "she": "her", "they": "them", "we": "us", "myself": "me"}
_TO_SUBJECT = {"me": "I", "him": "he", "her": "she", "them": "they", "us": "we"}
_SUBJECT_PAIR = gated(
    rf"{_B}(Me|Him|Her|Them|Us)[ \t]+and[ \t]+(me|him|her|them|us|I|[A-Z][a-z]+|"
    rf"(?:his|my|our|their|your|the)[ \t]+[a-z]+)(?=[ \t]+[a-z]+)"
)

# "The caretaker and me had checked", "you and him can": a compound subject before its verb.
_OBJECT_IN_SUBJECT = gated(rf"{_B}(?:and|or)[ \t]+(me|him|her|them|myself)[ \t]+([a-z']+){_E}")
# A preposition or a verb that takes the pair as its object, with no 'and' or 'or' after it
# ("reply to this email and Priya or me will": the pair opens a new clause).
_TAKES_PAIR = re.compile(
    rf"(?i:\b(?:{_PREP}|let|help|made|make|saw|see|heard)\b)(?:(?!\b(?i:and|or)\b)[^,.;:!?])*$"
)
_SUBJECT_OF = {"me": "I", "him": "he", "her": "she", "them": "they", "myself": "I"}
_PAIR_OPENER = re.compile(r"(?:^|[.!?]\s+)(?:Me|Him|Her|Them|Us)[ \t]+$")


def _compound_subjects(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_OBJECT_IN_SUBJECT):
        verb = fold(m.group(2))
        if (verb not in AUXILIARIES and not is_past(verb)) or verb in ("do", "does", "did"):
            continue  # "and her friends", "and me too"; "and them did" is rare
        before = masked[max(0, m.start() - 40) : m.start()]
        if _TAKES_PAIR.search(before):
            continue  # "between you and me is", "let Sam and me have"
        if _PAIR_OPENER.search(before):
            continue  # "Me and her went": the pair as a whole is fixed ("She and I")
        word = m.group(1)
        fixed = _SUBJECT_OF[word]
        out.append(Finding(m.start(1), m.end(1), "grammar/pronoun-case",
                           f"As part of a subject the pronoun is '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    return out


# "the team who's budget", "Who's turn is it": 'who's' before a noun that a verb follows.
_FINITE = (
    "is|was|are|were|has|had|have|will|would|can|could|should|must|might|may|does|did|"
    "seems|looks|got|went|needs|ran|runs|cannot|can't|won't|don't|doesn't|didn't|isn't|"
    "aren't|wasn't|weren't|hasn't|haven't|couldn't|wouldn't|shouldn't"
)
_NOT_NOUN = word_set(
    """a an the not been being going gonna got just still also never always really already
    here there this that it he she they we you i on in at up out over back now then done
    coming leaving running working new next ready"""
)
_WHOS = gated(rf"{_B}(who['’]s)[ \t]+([a-z]+)[ \t]+([a-z]+(?:['’][a-z]+)?){_E}", re.I)
_FINITE_WORDS = word_set(_FINITE.replace("|", " "))
# "who's job it is", "who's turn we skip": a noun, then the subject of a clause it opens.
_CLAUSE_SUBJECTS = word_set(
    """it he she they we i you the our their his her my your these those"""
)  # "who's judgement the partners trust"
# Adjectives that take a clause: "who's sure the plan works" is "who is sure".
_CLAUSE_ADJECTIVES = word_set(
    """sure certain confident afraid worried aware glad happy convinced surprised sorry"""
)
_WHOSE = gated(
    rf"{_B}(whose)[ \t]+(?:going|gonna|been|coming|responsible|ready|there|next|in[ \t]+charge)"
    rf"{_E}"
    rf"|{_B}(whose)[ \t]+([a-z]+ing)(?=[ \t]+(?:the|a|an|our|your|their|his|her|my|this|that|"
    rf"these|those|it|them|us|me|him|up|out|over|back|down){_E})",
    re.I,
)
# "check you're new account": 'you're' cannot follow a preposition or a verb that takes only
# an object ("tell", "forgot" take a clause: "I forgot you're coming").
# The same holds for 'they're': "collect they're children" is "their".
_YOURE_AFTER = gated(
    rf"{_B}(?:of|in|on|at|to|for|with|from|into|onto|under|over|through|check|update|reset|"
    rf"verify|confirm|open|enter|review|visit|share|save|protect|submit|upload|download|use|"
    rf"collect|bring|send|return|pay|book|cancel|renew|sign)"
    rf"[ \t]+(you['’]re|they['’]re)[ \t]+[a-z]+",
    re.I,
)
_OWNER_OF = {"you're": "your", "they're": "their"}
# "thanked we volunteers for", "to we parents.": 'we' before a plural noun, after a verb or a
# preposition and before what no subject is followed by, is an object ("us volunteers").
_WE_OBJECT = gated(
    rf"{_B}(we)[ \t]+([a-z]+s)(?=[ \t]*[.,;:!?]|[ \t]+(?:for|to|with|about|from|at|on|in|by|"
    rf"and|or|because|when|if){_E})"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# "Us nurses were never asked": 'us' and a plural noun before a verb open a sentence: "We".
_US_SUBJECT = gated(rf"{_B}(Us)[ \t]+([a-z]+s)[ \t]+([a-z']+){_E}")
# Verbs after which 'we' opens a clause of its own: "said we parents".
_CLAUSE_VERBS = word_set(
    """said say says told tell think thought know knew hope hoped feel felt believe believed
    agree agreed ensure ensured mean meant suggest suggested"""
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
    rf"{_B}(?i:the|our|your|their|all|his|her|my|these|those)[ \t]+"
    rf"(?:(?i:two|three|four|five|six|both)[ \t]+)?({_OWNERS})[ \t]+"
    rf"([a-z]+s)[ \t]+(?:is|are|was|were|have|had|will|would|must|should|can|could){_E}",
)
_NOT_OWNED = word_set(
    """always also often never still only just rarely usually sometimes was is has does always
    thus yes this its whereas perhaps unless themselves ourselves yourselves ones nowadays
    afterwards"""
)


def _case(chunk: Present) -> list[Finding]:
    """Pronoun case: "for him and I", "Me and him went"."""
    masked = chunk.masked
    out = []
    # Both patterns below need a pronoun in its subject form as a word ("and I"): most chunks
    # have none, and the gate alone would try the first at every preposition.
    subject_form = not chunk.words.isdisjoint(_SUBJECT_FORMS)
    for m in chunk.finditer(_CASE_AFTER_PREP) if subject_form else ():
        g = 1 if m.group(1) else 2
        word = m.group(g)
        fixed = _TO_OBJECT[fold(word)]
        out.append(Finding(m.start(g), m.end(g), "grammar/pronoun-case",
                           f"After a preposition the pronoun is '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    for m in chunk.finditer(_PAIR_TAIL) if subject_form else ():
        head = _PAIR_HEAD.search(masked, max(0, m.start() - 60), m.start())
        verb = head.group(1) if head else ""
        stem = verb[:-3] if verb.endswith("ing") else ""  # "inviting my husband and I to"
        if verb in AUXILIARIES or not (
            verb in VERBS or is_past(verb) or likely_verb(verb) or {stem, stem + "e"} & VERBS
        ):
            continue  # "were Priya and I in", "when Sam and I at": no verb takes the pair
        word = m.group(1)
        fixed = _TO_OBJECT[fold(word)]
        out.append(Finding(m.start(1), m.end(1), "grammar/pronoun-case",
                           f"As the object of '{verb}' the pronoun is '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    for m in chunk.finditer(_LET_PAIR) if subject_form else ():
        word = m.group(1)
        fixed = _TO_OBJECT[fold(word)]
        out.append(Finding(m.start(1), m.end(1), "grammar/pronoun-case",
                           f"As the object of 'let' the pronoun is '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    for m in chunk.finditer(_SUBJECT_PAIR):
        if not at_sentence_start(masked, m.start()):
            continue
        first, second = m.group(1), m.group(2)
        if second == "her" and not _verb_next(masked, m.end()):
            second = "her ..."  # "Her and her sister went": 'her' owns the noun after it
        if " " in second or "\t" in second:
            out.append(_pronoun_before_phrase(m))
            continue
        if fold(second) in _TO_SUBJECT and not _verb_next(masked, m.end()):
            continue  # "Us and them thinking": two pronouns as a modifier, no verb after
        other = _TO_SUBJECT.get(second, second) if second != "I" else "I"
        subject = _TO_SUBJECT[fold(first)]
        pair = f"{other} and {subject}" if subject == "I" else f"{subject} and {other}"
        if other == "I":
            pair = f"{subject} and I"
        pair = pair[0].upper() + pair[1:]
        out.append(Finding(m.start(), m.end(), "grammar/pronoun-case",
                           f"A subject takes 'I', 'he', 'she', 'we', 'they': '{pair}'",
                           "error", pair))  # fmt: skip
    return out


def _pronoun_with_noun(chunk: Present) -> list[Finding]:
    """'we' or 'us' beside a plural noun in the wrong case: "thanked we volunteers for",
    "Us nurses were told"."""
    out = []
    for m in chunk.finditer(_WE_OBJECT):
        prev = _WORD_BEFORE.search(chunk.masked, max(0, m.start() - 30), m.start())
        before, noun = fold(prev.group(1)) if prev else "", fold(m.group(2))
        takes_object = before in _PREPOSITIONS_OF_OBJECT or (
            (before in VERBS or is_past(before) or base_of_third(before) is not None)
            and before not in AUXILIARIES | _CLAUSE_VERBS
        )
        if not takes_object or plural_noun(noun) is not True or not known(noun):
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/pronoun-case",
                           "As an object the pronoun is 'us', not 'we'", "error",
                           "us"))  # fmt: skip
    for m in chunk.finditer(_US_SUBJECT):
        noun, verb = fold(m.group(2)), fold(m.group(3))
        if not at_sentence_start(chunk.masked, m.start()) or plural_noun(noun) is not True:
            continue
        if verb not in AUXILIARIES and not is_past(verb):
            continue  # "Us versus them thinking": no verb
        out.append(Finding(m.start(1), m.end(1), "grammar/pronoun-case",
                           "As a subject the pronoun is 'We', not 'Us'", "error",
                           "We"))  # fmt: skip
    return out


_PREPOSITIONS_OF_OBJECT = word_set(
    """for to with from about by of at behind against among toward towards without except
    beside besides after before near upon between"""
)


_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z']+)")


def _verb_next(masked: str, pos: int) -> bool:
    """The word after ``pos`` reads as a verb ("and her went"), not a noun ("and her sister")."""
    nxt = _NEXT_LOWER_WORD.match(masked[pos:])
    if nxt is None:
        return False
    word = nxt.group(1)
    return (
        word in AUXILIARIES
        or word in VERBS
        or is_past(word)
        or base_of_third(word) is not None
        or (likely_verb(word) and plural_noun(word) is None)
    )


def _pronoun_before_phrase(m: re.Match[str]) -> Finding:
    """ "Him and his brother repaired" -> "He"; "Me and the team are": the phrase may run on
    ("the billing team"), so "the team and I" is named, not written in."""
    word = m.group(1)
    subject = _TO_SUBJECT[fold(word)]
    if subject == "I":
        message = f"As a subject '{word}' is 'I', named last: '{m.group(2)} ... and I'"
        return Finding(m.start(1), m.end(1), "grammar/pronoun-case", message, "error")
    fixed = subject[0].upper() + subject[1:]
    return Finding(m.start(1), m.end(1), "grammar/pronoun-case",
                   f"A subject takes '{fixed}', not '{word}'", "error", fixed)  # fmt: skip


def _verb_for(noun: str, verb: str) -> bool:
    """``verb`` reads as the finite verb of ``noun``: "(whose) card has", "dates look"."""
    if verb in _FINITE_WORDS or is_past(verb):
        return True
    plural = plural_noun(noun)
    if plural is not True:  # a mass noun agrees as a singular: "(whose) work focuses"
        return base_of_third(verb) is not None or likely_third(verb) is not None
    return verb in VERBS or likely_verb(verb)


def _contractions(chunk: Present) -> list[Finding]:
    """who's/whose, you're/your and their/they're, each the other way round."""
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_WHOS):
        if m.group(2).lower() in _NOT_NOUN or m.group(2).lower().endswith(("ing", "ed", "ly")):
            continue
        owned_clause = (
            m.group(2).islower()
            and m.group(3).lower() in _CLAUSE_SUBJECTS
            and m.group(2).lower() not in _CLAUSE_ADJECTIVES
        )
        if not owned_clause and not _verb_for(m.group(2).lower(), fold(m.group(3))):
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/whose",
                           "'who's' means 'who is'; the possessive is 'whose'", "error",
                           match_case(m.group(1), "whose")))  # fmt: skip
    for m in chunk.finditer(_WHOSE):
        if m.group(1) is None and not asks_who(masked, m.start(2), m.group(3).lower()):
            continue  # "the one whose meeting the board moved": a relative, a noun in -ing
        fixed = match_apostrophe("’" if "’" in masked[m.start() - 40 : m.start()] else "'",
                                 match_case(m.group(1) or m.group(2), "who's"))  # fmt: skip
        g = 1 if m.group(1) is not None else 2
        out.append(Finding(m.start(g), m.end(g), "grammar/whose",
                           "'whose' is possessive; 'who is' is written 'who's'", "error",
                           fixed))  # fmt: skip
    for m in chunk.finditer(_YOURE_AFTER):
        word = m.group(1)
        owner = _OWNER_OF[fold(word)]
        rule = "grammar/your-youre" if owner == "your" else "grammar/there-their"
        out.append(Finding(m.start(1), m.end(1), rule,
                           f"'{word}' is a subject and its verb; the possessive is '{owner}'",
                           "error", match_case(word, owner)))  # fmt: skip
    for m in chunk.finditer(_THEIR_ING):
        fixed = match_apostrophe(m.group(1), match_case(m.group(1), "they're"))
        out.append(Finding(m.start(1), m.end(1), "grammar/there-their",
                           "'their' is possessive; 'they are' is written 'they're'", "error",
                           fixed))  # fmt: skip
    return out


# Plurals that own things: people by their role and the bodies they form. Suffixes alone
# would take in "careers page", "orders list", "events calendar" (compounds, not owners);
# "staff" is left out, as it makes compounds far more often ("the staff room", "staff portal").
_OWNERS_OF = word_set(
    """customers clients users members employees employers workers volunteers students
    pupils teachers parents children patients doctors nurses residents tenants landlords
    visitors readers viewers listeners players fans drivers passengers travellers travelers
    owners partners suppliers vendors contractors authors editors writers artists designers
    developers engineers managers directors leaders colleagues friends neighbours neighbors
    guests participants applicants candidates attendees subscribers buyers sellers farmers
    sisters brothers daughters sons mothers fathers wives husbands cousins grandparents
    citizens voters taxpayers shareholders investors donors sponsors researchers scientists
    schools councils clinics companies cafes buildings hospitals libraries banks shops stores
    hotels restaurants universities colleges firms agencies departments families teams cities
    countries governments charities"""
)
_ADVERBIAL = word_set(
    """today tomorrow yesterday tonight now then here there too again first last next once
    twice soon later early late alike together instead also only first"""
)
_OWNER_DET = word_set("""the our your their my his her these those several many all other""")
_PREPOSITION_BEFORE = word_set(
    """for of to in on at with from by about after before during into under over nearest"""
)
_OWNED_TAIL = word_set(
    """is was has will can must should would stays stay remains opens closes . , ; : ! ?"""
)
_WORDS = re.compile(r"[A-Za-z]+|[.,;:!?]")


# Words after a verb's object that are not owned by it: "called the customers back on".
_PARTICLES_AFTER_OBJECT = word_set(
    """back up down out off away over in on around along aside ahead forward forwards home
    inside outside upstairs downstairs indoors outdoors abroad together apart alone round
    through across behind"""
)
# Verbs that take two objects: "sent the users emails", "gave the students books".
_TWO_OBJECTS = word_set(
    """give gives gave given send sends sent show shows showed shown tell tells told offer
    offers offered teach teaches taught bring brings brought buy buys bought lend lends lent
    pay pays paid promise promised hand hands handed owe owes owed ask asks asked get gets got
    write writes wrote email emailed serve served leave leaves left find finds found make
    makes made cost costs charge charges charged grant granted sell sells sold deny denied
    award awarded issue issued allow allowed wish wished read reads feed fed mail mailed
    post posted pass passed throw threw cook cooked save saved spare spared"""
)


# Words between an owner and a verb that are not owned: "the tenants alone decided".
_NOT_OWNED_BEFORE_VERB = word_set("""alone both all each together themselves even again""")


_ADJECTIVE_ENDINGS = ("ful", "ous", "able", "ible", "less")


def _adjective_like(word: str) -> bool:
    """A word that compares ("happy": "happier", "close": "closer") or ends as adjectives do."""
    comparative = (
        word[:-1] + "ier" if word.endswith("y") else word + ("r" if word.endswith("e") else "er")
    )
    return word.endswith(_ADJECTIVE_ENDINGS) or compared(comparative) or compared(word)


def _verb_word(word: str) -> bool:
    """A verb of the lexicon or a word used as one: "(many of our patients) work during"."""
    return word in VERBS or likely_verb(word) or base_of_third(word) is not None


def _past_after(tail: str, owned: str) -> bool:
    """``tail`` is a simple past, so ``owned`` ends a subject: "patience taught"."""
    return is_past(tail) and owned not in _NOT_OWNED_BEFORE_VERB


def _may_own(chunk: Present) -> bool:
    """Whether a listed owner may be a letter token of the chunk. In an ASCII chunk each token
    is, in lower case, a word run or a piece of one between what is not a letter."""
    words = chunk.words
    if not chunk.masked.isascii() or not _OWNERS_OF.isdisjoint(words):
        return True
    return any(not _OWNERS_OF.isdisjoint(_NOT_LETTERS.split(w)) for w in words if not w.isalpha())


_NOT_LETTERS = re.compile(r"[^a-z]+")


# A possessive determiner before the owner: after a verb, "answering your daughters letter."
# ends on what the daughter owns (a bare "the" may be a verb's two objects: "paid the
# drivers extra.").
_OWNING = word_set("""my your our their his her""")
_ENDS = frozenset(".!?")


def _takes_object(verb: str) -> bool:
    """A verb of the lexicon in any form that takes an object ("answering", "attach")."""
    if verb.endswith("ing") and len(verb) > 5:
        stem = verb[:-3]
        return any(v in VERBS for v in (stem, stem + "e", stem[:-1]))
    return verb in VERBS or is_past(verb) or base_of_third(verb) is not None


# Words that open a clause after a noun phrase: "at the neighbours door if nobody answers".
_CLAUSE_NEXT = word_set("""if when because unless while until so and or but""")
# Words after a plural that are no noun it could own: "in two of these schools between".
_NOT_A_NOUN = frozenset(_PREP.split("|")) | word_set(
    """between among across through around since until within along beyond here there now
    then again too also only just still already today yesterday tomorrow"""
)
# Endings of nouns that no form of a verb has: "decision", "wedding" (a noun in -ing made
# from a verb is read as the verb, so only these endings and listed nouns count).
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ance", "ence", "ship", "ity", "ure", "age")
_ING_NOUNS = word_set("""wedding building meeting funding ceiling clothing evening morning
    housing training painting birthday""")


def _noun_only(word: str) -> bool:
    """A noun no verb form spells: "decision", "agreement", "wedding"."""
    return word in _ING_NOUNS or (word.endswith(_NOUN_ENDINGS) and word not in VERBS)


def _manner_adverb(word: str) -> bool:
    """An adverb in -ly that closes a verb's object: "take our clients privacy seriously"."""
    return len(word) > 5 and word.endswith("ly") and known(word)


def _plain_plural(word: str) -> bool:
    """A plural noun that is no verb form ("complaints", not "needs")."""
    return (
        plural_noun(word) is True
        and known(word)
        and word not in _NOT_OWNED
        and not (word[:-1] in VERBS or likely_verb(word[:-1]))
    )


def _owner_noun(chunk: Present) -> list[Finding]:
    """ "for the volunteers break.", "the councils leaflet is": a plural owner, then what it
    owns, with no apostrophe; after a preposition the pair cannot be a subject and a verb."""
    out: list[Finding] = []
    if not _may_own(chunk):
        return out
    masked = chunk.masked
    raw = _WORDS.findall(masked)
    # The owner is written in lower case ("Customers" opens a sentence): as listed.
    owners = [k for k, w in enumerate(raw) if w in _OWNERS_OF and 0 < k < len(raw) - 2]
    if not owners:
        return out
    tokens = list(_WORDS.finditer(masked))
    words = [w.lower() for w in raw]
    for k in owners:
        owned, tail = words[k + 1], words[k + 2]
        if masked[tokens[k].end() : tokens[k].end() + 1] in ("'", "’"):
            continue  # "the teachers' union": the apostrophe is there
        j = k - 1
        if words[j] in ("previous", "former", "new", "local", "other") and j > 0:
            j -= 1
        after_preposition = j > 0 and words[j - 1] in _PREPOSITION_BEFORE
        object_of_verb = _object_of_verb(words, j, k)
        if words[j] not in _OWNER_DET or owned in _NOT_OWNED or owned in _ADVERBIAL:
            continue
        if not owned.isalpha():
            continue  # "selling the buildings. In": the sentence ends on the owner
        if tail in _ENDS and raw[k + 1][:1].isupper():
            continue  # "visited her parents Sunday.": a name or a day, not what they own
        if object_of_verb and _adjective_like(owned):
            continue  # "keeps the customers happy in": an object and its complement
        if object_of_verb:
            after_preposition = True  # the pair is an object, as after a preposition
        elif not after_preposition and _past_after(tail, owned):
            pass  # "the librarians patience taught her": what they own did something
        elif after_preposition and tail in _PREPOSITION_BEFORE and not _verb_word(owned):
            pass  # "in the teams roadmap from": a noun phrase, and the plural owns the noun
        elif (
            after_preposition
            and tail in _CLAUSE_NEXT
            and plural_noun(owned) is False
            and owned not in _NOT_A_NOUN
        ):
            pass  # "at the neighbours door if nobody answers": a singular noun it owns
        elif tail == "to" and _noun_only(owned):
            pass  # "The managers decision to cancel": a noun that no verb form spells
        elif tail not in _OWNED_TAIL or (not after_preposition and tail in ".,;:!?"):
            continue
        if after_preposition and tail in _ENDS and _plain_plural(owned):
            pass  # "after several customers complaints.": two plurals, the first owns
        elif (
            plural_noun(owned) is not False or (not after_preposition and likely_verb(owned))
        ) and not _noun_only(owned):
            continue  # "the customers complain.", "the teachers said"
        if owned in VERBS and not after_preposition:
            continue
        if j > 0 and words[j - 1] in _CAUSATIVE:
            continue  # "permits let your guests park": an object and its bare infinitive
        out.append(_possessive(tokens[k], owned))
    return out


# Verbs whose object takes a bare infinitive: "let your guests park", "helps the teams plan".
_CAUSATIVE = word_set("""let lets letting make makes made making help helps helped helping""")


def _object_of_verb(words: list[str], j: int, k: int) -> bool:
    """Whether the owner at ``k`` (its determiner at ``j``) and what it owns are the object
    of the verb before them: "forwarded the customers complaint to the manager"."""
    owner, owned, tail = words[k], words[k + 1], words[k + 2]
    verb = words[j - 1] if j > 0 else ""
    return (
        _takes_object(verb)
        and verb not in AUXILIARIES | _TWO_OBJECTS
        and owner.endswith("s")
        and (
            tail in _PREPOSITION_BEFORE
            or (words[j] in _OWNING and (tail in _ENDS or _manner_adverb(tail)))
        )
        and owned not in _PARTICLES_AFTER_OBJECT
        and not owned.endswith("ly")
    )


def _possessive(token: re.Match[str], owned: str) -> Finding:
    """The missing apostrophe of the owner ``token``: plural ("teachers'") or singular."""
    word = token.group(0)
    owner = word.lower()
    fixed = word + ("'" if owner.endswith("s") else "'s")
    one = word[:-1] + "'s" if owner.endswith("s") else fixed
    return Finding(token.start(), token.end(), "grammar/possessive",
                   f"'{owned}' belongs to the {owner[:-1]} or the {owner}: '{one}' or "
                   f"'{fixed}'", "error", fixed, (one,))  # fmt: skip


# "The manager's of both stores met": a possessive cannot be followed by 'of'; the plural is.
_APOSTROPHE_PLURAL = gated(
    rf"{_B}(?i:the|our|all|these|those|their|your|my|his|her|two|three|four|both|several)"
    rf"[ \t]+([a-z]+['’]s)(?=[ \t]+of[ \t]+(?i:both|the|all|our|each|these|those|every|"
    rf"your|their|my|his|her){_E})"
)
# "one of the pipeline's from": a possessive after "one of the" with nothing to own is the
# plural.
_PARTITIVE_APOSTROPHE = gated(
    rf"{_B}(?i:one|some|any|each|all|many|most|none|few|several|both|two|three)[ \t]+of"
    rf"[ \t]+(?i:the|our|your|their|these|those|my|his|her)[ \t]+([a-z]+['’]s)"
    rf"(?=[ \t]*[.,;:!?)]|[ \t]+(?:from|in|on|at|for|with|to|by|and|or|that|which|who|is|are|"
    rf"was|were|has|have|had|will|can|could|would|should|may|might|must){_E})"
)
# "return the students essays by Friday": after a verb, owner and owned are its object.
_OWNER_OBJECT = gated(
    rf"{_B}(?:the|our|your|their|all|his|her|my|these|those)[ \t]+"
    rf"([a-z]+)[ \t]+([a-z]+s)(?=[ \t]*[.,;!?]|[ \t]+(?:by|before|after|to|for|from|"
    rf"on|in|at|with|until|today|tomorrow){_E})"
)
_OWNER_WORD = re.compile(_OWNERS)
# The verb before the object, past "all" or "both": "read all the patients notes".
_VERB_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?:(?i:all|both)[ \t]+)?$")


def _possessives(chunk: Present) -> list[Finding]:
    """A missing possessive apostrophe: "the customers complaints"."""
    masked = chunk.masked
    out = _owner_noun(chunk)
    for m in [*chunk.finditer(_APOSTROPHE_PLURAL), *chunk.finditer(_PARTITIVE_APOSTROPHE)]:
        word = m.group(1)
        fixed = word[:-2] + "s"
        if plural_noun(fixed) is not True or not known(fixed):
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/possessive",
                           f"Before 'of' the plural is meant: '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    for m in chunk.finditer(_OWNER_OBJECT):
        before = _VERB_BEFORE.search(masked, max(0, m.start() - 30), m.start())
        verb, owner, owned = before.group(1).lower() if before else "", m.group(1), m.group(2)
        if not _OWNER_WORD.fullmatch(owner):
            continue
        if not (verb in VERBS or is_past(verb)) or verb in AUXILIARIES | _TWO_OBJECTS:
            continue
        if not owner.endswith("s") and owner != "children":
            continue  # "the staff members": a compound noun
        if owned in _NOT_OWNED or owned in _PARTICLES_AFTER_OBJECT:
            continue  # "moved the students upstairs"
        if plural_noun(owned) is not True or likely_third(owned):
            continue  # "let the students decide", "help the users finds"
        fixed = owner + ("'s" if not owner.endswith("s") else "'")
        out.append(Finding(m.start(1), m.end(1), "grammar/possessive",
                           f"The {owned} belong to the {owner}: '{fixed}'", "error",
                           fixed))  # fmt: skip
    for m in chunk.finditer(_POSSESSIVE):
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
    chunk = Present(scan.masked)
    out = _case(chunk) + _compound_subjects(chunk) + _pronoun_with_noun(chunk)
    out += _contractions(chunk)
    return out + _possessives(chunk)
