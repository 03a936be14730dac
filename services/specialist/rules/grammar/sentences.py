"""Sentence boundaries: comma splices (two main clauses joined by a comma alone) and
fragments (a subordinate clause or a verbless phrase standing as a sentence).

A splice is a comma with a main clause on each side: before it, a stretch since the last
comma that has a finite verb and does not open with a subordinator ("If it rains, we stay"
is one sentence); after it, a subject (a pronoun or a determiner and up to four words) and
a verb that agrees with it.
"""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.grammar.clauses import (
    AUXILIARIES,
    REPORTING,
    SINGULAR_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    base_of_third,
    finite_for,
    is_past,
)
from services.specialist.rules.grammar.dictionary import likely_verb
from services.specialist.rules.grammar.nouns import plural_noun
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import VERBS

# A number keeps its inner marks ("1,000", "4.0") but not a comma after it ("Since 4.0, it").
# A hyphen between spaces, or two, is a dash typed on a keyboard ("rename it - in other
# words, it ...").
_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*|\d(?:[\d:.,]*\d)?|[,;:()\"“”—–]|--|(?<=\s)-(?=\s)")
_DASHES = frozenset({"—", "–", "--", "-"})
_DETERMINERS = word_set("""the this that these those our your their his her my its""")
_ADVERBS = word_set(
    """only also still just now then never always often usually already all both really even
    soon"""
)
# Words a subject noun phrase never holds: they start a new phrase or clause.
_NOT_IN_NP = SUBJECT_PRONOUNS | SUBORDINATORS | word_set("""to of by not that""")
_JOINERS = word_set("""and but or nor so yet that""")
_COORDINATORS = word_set("""and or nor""")
# What follows a verb as its object at once: a pronoun or a determiner.
_IMPERATIVE_OBJECTS = word_set("""me us him her them it the a an your our his their my this""")
_OPENERS = word_set("""having being""")  # a participle phrase: "Having left, we ..."
# A stretch that opens with one is a phrase, not a clause: "For future orders, your ...".
_PREPOSITIONS = word_set(
    """for in on at with without from by to of under over during across through into onto
    toward towards around throughout beyond like unlike despite thanks according due"""
)
# "Since then the team has moved": 'since' before a time is a preposition, not a clause.
_FRAGMENT = re.compile(
    r"^(?:Because|Although|Though|Whereas|Unless|Even though|"
    r"Since(?![ \t]+(?:then|last|yesterday|early|mid|\d)\b))[ \t]"
)
_WHICH = re.compile(
    r"^Which[ \t]+(?:is|was|isn['’]t|wasn['’]t|means|meant|explains|made|makes)(?![\w'’])"
)
_ADVERB_START = re.compile(r"^(?:Mostly|Mainly|Largely|Especially|Particularly|Chiefly)[ \t]")
# An example or an exception standing alone: "For example, the books and the training."
_EXAMPLE_START = re.compile(
    r"^(?:For[ \t]+(?:example|instance),?|Such[ \t]+as|Including|Except(?:[ \t]+for)?|"
    r"Apart[ \t]+from|Like)[ \t]"
)
# A relative clause inside a phrase has its own verb: "Especially users who restored it."
_RELATIVES = word_set("""who which that whose whom where""")
# Time phrases that open a subordinate clause as 'when' does: "Each time you sign in, we ask".
_TIME_OPENER = re.compile(
    r"^(?:each|every|any|next|the[ \t]+(?:first|last|next|moment|minute|day|second))[ \t]+"
    r"time\b|^the[ \t]+(?:moment|minute|day|second|instant)[ \t]+(?:you|we|they|i|he|she|it)"
    r"\b|^by[ \t]+the[ \t]+time\b|^now[ \t]+that\b"
)


# Singular subjects that open a clause as a pronoun does: "..., nobody had time".
_INDEFINITE_SUBJECTS = word_set(
    """nobody everybody somebody anybody everyone someone anyone everything something
    anything nothing"""
)
_SUBJECT_CONTRACTION = re.compile(r"(?:i|we|they|you|he|she|it)'(?:m|re|ve|ll|d|s)|that's")
# A part of a group as a subject: ", most of them replied" (the relative is "most of whom").
_PART_OF = word_set("""most many some all none few several both each one half""")
# Adverbs that link two sentences, not two clauses: "..., however the budget ran over".
_GROUP_PRONOUNS = (["them"], ["us"], ["these"], ["those"], ["you"])
# What 'this' does as the subject of a second clause: "..., this will help us trace it".
_THIS_VERBS = word_set("""is was means meant makes made will would can could should has had""")
# A capitalised word and a modal or an auxiliary after a comma: a name and its verb. Not
# the words that open a clause in capitals anyway.
_NAME_VERBS = word_set("""will would can could should must has had is was""")
_NOT_NAMES = (
    SUBJECT_PRONOUNS
    | _DETERMINERS
    | word_set("""what which who how when where why there here if as so and but or nor yet then""")
)
# Quantifiers that open a plural subject without a determiner: "most users", "some staff".
_QUANTIFYING = word_set("""most many some several all both few""")
_LINKING_ADVERBS = word_set(
    """however therefore moreover furthermore consequently nevertheless nonetheless hence thus
    otherwise"""
)
# Punctuation that ends the stretch a clause after a comma is read from.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})
# An email's opening thanks stands for a clause: "Thanks for your email, I have passed it on".
_THANKS = re.compile(r"(?:thanks|thank[ \t]+you)[ \t]+for$")


def sentence_shape(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Comma splices (warning, edit ';') and fragments (info, no edit)."""
    masked = scan.masked
    out = []
    for i, b in enumerate(scan.blocks):
        if b.kind not in ("paragraph", "quote", "item"):
            continue
        for a, e in scan.sentences_of(i):
            out += _sentence_shape(masked[a:e], a, fragments=b.kind != "item")
    return out


def _sentence_shape(sentence: str, a: int, *, fragments: bool) -> list[Finding]:
    """The splices of one sentence starting at ``a``, and the sentence if it is a fragment
    (list items hold phrases by design: "- Fixed a crash." is no fragment)."""
    out: list[Finding] = []
    if sentence.rstrip().endswith("?"):
        return out
    tokens = _tokens(sentence, a) if "," in sentence else []  # a splice needs a comma
    for at in _splices(tokens):
        out.append(Finding(at, at + 1, "grammar/comma-splice",
                           "Comma splice: two sentences joined by a comma; use a "
                           "semicolon or a full stop", "warning", ";"))  # fmt: skip
    if fragments:
        e = a + len(sentence)
        if _fragment(sentence, tokens):
            out.append(Finding(a, e, "grammar/fragment",
                               "Fragment: this clause needs a main clause; join it to the "
                               "sentence before or after", "warning"))  # fmt: skip
    return out


def _tokens(sentence: str, a: int) -> list[tuple[str, int]]:
    """The sentence's tokens (words, numbers, marks) and their offsets in the chunk."""
    return [(m.group(0), a + m.start()) for m in _TOKEN.finditer(sentence)]


def _fragment(sentence: str, tokens: list[tuple[str, int]]) -> bool:
    words = len(sentence.split())
    if not sentence.rstrip().endswith(".") or words > 20:
        return False
    if _WHICH.match(sentence) or (_FRAGMENT.match(sentence) and not _main_after_comma(tokens)):
        return True
    if _which_clause(sentence) or _even_clause(sentence, tokens):
        return True
    if _participle_phrase(sentence):
        return True
    opener = _EXAMPLE_START.match(sentence) or _ADVERB_START.match(sentence)
    if opener is None or words > 12:
        return False
    head = []  # the words before a relative clause, whose verb is its own
    for w in sentence.split()[1:]:
        if w.lower() in _RELATIVES:
            break
        head.append(w.strip(".,;:"))
    if head and head[0].endswith("s") and plural_noun(head[0]) is not False:
        head = head[1:]  # "Especially users": the phrase's noun, not an -s verb
    return not any(finite_for(w, None) for w in head)  # verbless


# A participle opening a sentence, perhaps after a preposition: "Citing concerns about cost.",
# "After working on it for four years."
_PARTICIPLE_START = re.compile(
    r"^(?:(?:After|Before|While|Without|By|Since|Despite)[ \t]+([a-z]+ing)|([A-Z][a-z]+ing))"
    r"[ \t]"
)
# What opens a clause of its own after 'that' or 'who': its subject ("Hoping that someone").
_CLAUSE_SUBJECTS = word_set(
    """i you he she we they it someone somebody everyone everybody nobody the a an there"""
)


_SUBJECTS_ONLY = word_set("""i he she we they""")


def _participle_phrase(sentence: str) -> bool:
    """A participle phrase standing alone: it opens with a verb in -ing and no finite verb
    follows before a clause of its own ("Hoping that someone would fix it." is verbless up to
    'that'); "Running a marathon takes months." has its verb."""
    m = _PARTICIPLE_START.match(sentence)
    if m is None or "," in sentence:
        return False  # "Following the update, restart the app": a phrase, then the clause
    stem = (m.group(1) or m.group(2)).lower()[:-3]
    if not ({stem, stem + "e", stem[:-1]} & VERBS or likely_verb(stem)):
        return False
    words = [w.strip(".,;:").lower() for w in sentence[m.end() :].split()]
    rest = []
    for k, w in enumerate(words):
        if w in _RELATIVES and words[k + 1 : k + 2] and words[k + 1] in _CLAUSE_SUBJECTS:
            break  # "Hoping that someone would fix it": the clause's verb is its own
        rest.append(w)
    if rest[:1] == ["forward"]:
        return False  # "Looking forward to hearing from you.": a letter's closing formula
    if len(rest) > 1 and rest[0].endswith("s") and rest[1] in _PHRASE_PREPOSITIONS | {"to"}:
        rest = rest[1:]  # "Citing concerns about": the participle's object, not an -s verb
    return not any(_finite_here(rest, k) for k in range(len(rest)))


def _finite_here(words: list[str], k: int) -> bool:
    """A finite verb at ``words[k]``: an auxiliary, a past, an -s form, a subject pronoun, or
    a base form a noun or a pronoun may govern ("Signing keys expire"), not one after a
    preposition, a determiner or 'and' ("about cost and safety")."""
    w = words[k]
    if w in AUXILIARIES or is_past(w) or base_of_third(w) or w in _SUBJECTS_ONLY:
        return True
    before = words[k - 1] if k else ""
    return (
        (w in VERBS or likely_verb(w))
        and k > 0
        and before not in _PHRASE_PREPOSITIONS | _DETERMINERS | {"and", "or", "to", "about"}
    )


def _which_clause(sentence: str) -> bool:
    """ "Which sounds reasonable until you look.": 'Which' and a verb in the -s form or the
    past, with no verb of a main clause after it ("Which sounds best depends on the room"
    asks a question that is the subject of 'depends')."""
    words = [w.strip(".,;:").lower() for w in sentence.split()]
    if len(words) < 3 or words[0] != "which":
        return False
    verb = words[1]
    if not (base_of_third(verb) is not None or is_past(verb) or verb in _WHICH_MODALS):
        return False
    return not any(
        (base_of_third(w) is not None or w in ("is", "was"))
        and words[k - 1] not in SUBJECT_PRONOUNS | _RELATIVES
        for k, w in enumerate(words[2:], 2)
    )


_WHICH_MODALS = word_set("""would will could can might may should has had""")
# A subordinator made stronger by a word before it: "Even when they show real talent."
_EVEN_OPENER = re.compile(
    r"^(?:Even[ \t]+(?:when|if|after|before|as|while)|(?:Especially|Particularly)[ \t]+"
    r"(?:when|if|since|because|after)|(?:Just|Only|Not|Mainly|Partly|Simply)[ \t]+because)"
    r"[ \t]"
)


def _even_clause(sentence: str, tokens: list[tuple[str, int]]) -> bool:
    """An emphatic subordinate clause standing alone: one subject and verb, and no main
    clause after a comma ("Even when it rains, we play" is a sentence; so is "Even when the
    results come in we wait", which has a second verb)."""
    if not _EVEN_OPENER.match(sentence) or _main_after_comma(tokens):
        return False
    lower = [w.strip(".,;:").lower() for w in sentence.split()]
    return sum(_finite_at(lower, k) for k in range(2, len(lower))) <= 1


def _main_after_comma(tokens: list[tuple[str, int]]) -> bool:
    """A clause follows one of the commas: "Because it rained, we stayed" is a sentence;
    "Because the body adapts on its own schedule, not ours." is not."""
    words = [t for t, _ in tokens]
    return any(
        w == "," and (_clause_follows(words[k + 1 : k + 8]) or _command_follows(words[k + 1 :]))
        for k, w in enumerate(words)
    )


def _command_follows(after: list[str]) -> bool:
    """A base-form verb of the lexicon opens what follows ("..., leave the flag unset")."""
    return bool(after) and after[0].lower() in VERBS


def _splices(tokens: list[tuple[str, int]]) -> list[int]:
    """Offsets of the commas in one sentence's tokens that join two main clauses."""
    out = []
    since = 0  # index of the first token after the last comma
    opened = False  # the sentence opened with a subordinate clause, and no main clause yet
    for i, (tok, at) in enumerate(tokens):
        if tok in _DASHES:
            since = i + 1  # "Run the suite — if it passes, ...": a dash opens a new stretch
            continue
        if tok != ",":
            continue
        words = [t for t, _ in tokens[since:i]]
        after_comma = since > 0 and tokens[since - 1][0] == ","
        first = since == 0
        since = i + 1
        rest = [t for t, _ in tokens[i + 1 :]]
        if first:
            opened = bool(words) and words[0].lower() in SUBORDINATORS
        elif opened and words and words[0].lower() in _COORDINATORS | {"but"}:
            continue  # "If it is reported, but cannot be reproduced, ...": the 'if' goes on
        if not _main_clause(words) or _correlative(words, rest):
            continue
        opened = False
        if (
            len(words) == 2
            and (after_comma or "," in rest)
            and not _imperative([w.lower() for w in words])
        ):
            continue  # "I came, I saw, I conquered": a run of short clauses, a figure
        # A subject with a phrase in it only after the sentence's first stretch: "In Ashby,
        # the branch I know best, the busiest hour of the week is" names a place twice.
        phrase = not after_comma and _subject_with_phrase(rest[:10])
        follows = _clause_follows(rest[:7]) or phrase
        if follows and not _series(rest):
            out.append(at)
    return out


def _correlative(words: list[str], rest: list[str]) -> bool:
    """Two comparatives, one clause: "The larger the reply gets, the longer it takes" (also
    after a conjunction: "..., but the larger the reply gets, the longer it takes")."""
    if words and words[0].lower() in _JOINERS:
        words = words[1:]
    return (
        len(words) > 1
        and len(rest) > 1
        and words[0].lower() == rest[0].lower() == "the"
        and all(_COMPARATIVE.fullmatch(w[1].lower()) for w in (words, rest))
    )


_COMPARATIVE = re.compile(r"more|less|fewer|better|worse|[a-z]{2,}er")


def _series(rest: list[str]) -> bool:
    """A third clause joined by 'and' ("The lettuce bolted, the tomatoes crowded the beans
    and the squash took over"), or a last item after ", and" ("Work ran late, I got home
    exhausted, told myself I'd rest, and woke up at eleven"): a list of clauses, which a
    comma may separate."""
    return any(
        w.lower() == "and"
        and (_clause_follows(rest[k + 1 : k + 8]) or (k > 0 and rest[k - 1] == ","))
        for k, w in enumerate(rest)
    )


def _main_clause(words: list[str]) -> bool:
    """A stretch with a finite verb after its first word that opens no subordinate clause."""
    if len(words) < 2 or not words[0][:1].isalpha():
        return False
    lower = [w.lower() for w in words]
    if len(words) == 2:
        pronoun_verb = lower[0] in SUBJECT_PRONOUNS and likely_verb(lower[1])
        return _imperative(lower) or _finite_at(lower, 1) or pronoun_verb  # "I disagree"
    if _TIME_OPENER.match(" ".join(lower[:3])):
        return False  # "Each time you sign in, we ask": a time clause
    if _THANKS.match(" ".join(lower[:3])) or _THANKS.match(" ".join(lower[:2])):
        return True
    if lower[0].endswith("ing") and _gerund_subject(lower):
        return True  # "Starting early feels productive": the -ing phrase is the subject
    if lower[0] in SUBORDINATORS or lower[0] in _OPENERS or lower[0].endswith("ing"):
        return False
    if lower[0] in ("to", "not") or _absolute(lower):
        return False  # "To build it quickly, ...", "not included in the fixes", "That being
        # said, ...": a phrase
    if lower[0] in _MISSPELT_SUBORDINATORS:
        return False  # "Untill it returns, we test": a subordinator all the same
    if lower[0] in _INVERTED and lower[1] in SUBJECT_PRONOUNS:
        return False  # "Had you read it, the wait would ...": a condition, inverted
    if lower[0] in _PREPOSITIONS and not any(
        w in SUBJECT_PRONOUNS and not _contact_relative(lower, k) for k, w in enumerate(lower)
    ):
        return False  # "For future orders, ...", "From the log you sent, ...": a phrase
    for k, w in enumerate(lower[1:], 1):
        if w in SUBORDINATORS and lower[k - 1] in _JOINERS:
            return False  # "we agreed that if it fails": the comma closes the 'if' clause
    if any(w in ("(", ")", '"', "“", "”", ":", ";") for w in words):
        return False
    if _open_participle(lower):
        return False  # "Fixed a bug whereby drawing a glyph twice, its parts would shift"
    if _imperative(lower):
        return True  # "Let me know if anything comes up, I'm here": the command is the clause
    relative = False  # after "the page that": the next verb is the relative clause's
    for k in range(1, len(lower)):
        if lower[k] in SUBORDINATORS:
            return False  # "forty minutes before the doors opened": its verb is subordinate
        if (
            lower[k] == "that"
            and plural_noun(lower[k - 1]) is not None
            and not likely_verb(lower[k - 1])
        ):
            relative = True  # "the page that upstream provides", "the tool that we use is"
        elif _finite_at(lower, k) or (relative and k > 1 and lower[k - 1] in SUBJECT_PRONOUNS):
            if not relative:
                return True
            relative = False
    return False


def _absolute(lower: list[str]) -> bool:
    """An absolute phrase: a noun and 'being' ("That being said", "The weather being fine")."""
    k = next((k for k in (1, 2) if k < len(lower) and lower[k] == "being"), 0)
    return k > 0 and lower[k - 1] not in _BE


_BE = word_set("""is are was were am be been""")
_MISSPELT_SUBORDINATORS = word_set("""untill til 'til altough eventhough""")
# The verbs that open an inverted condition: "Had you asked", "Should you need", "Were we".
_INVERTED = word_set("""had should were""")


def _contact_relative(lower: list[str], k: int) -> bool:
    """The pronoun at ``k`` opens a relative clause without 'that' on the noun before it, in
    a phrase after a preposition: "From the log you attached", "In the file we shared"."""
    return (
        k >= 3
        and lower[k - 1].isalpha()
        and lower[k - 1] not in _DETERMINERS
        and lower[k - 1] not in _NOT_IN_NP
        and any(w in _DETERMINERS or w in ("a", "an") for w in lower[1 : k - 1])
        and all(w not in SUBJECT_PRONOUNS for w in lower[:k])
        and (len(lower) - k <= 3 or _stranded(lower[k + 1 :]))
    )


# Prepositions a relative clause may leave at its end, with those of a subject's phrase.
_STRANDABLE = word_set("""about to into through under over""")
# What may follow a stranded preposition to the end of its clause: "the schools we work
# with most closely", "the team we rely on now".
_AFTER_STRANDED = word_set("""most more least best often now still today here there""")


def _stranded(clause: list[str]) -> bool:
    """The clause ends on a preposition with no object, only adverbs after it: the object it
    lacks is the noun before the clause ("the two schools we work with most closely"), so
    the clause is a relative one ("In the morning we packed the car" has none)."""
    for k, w in enumerate(clause):
        if w in _PHRASE_PREPOSITIONS | _STRANDABLE and k > 0:
            rest = clause[k + 1 :]
            if all(r in _AFTER_STRANDED or (r.endswith("ly") and len(r) > 4) for r in rest):
                return True
    return False


def _gerund_subject(lower: list[str]) -> bool:
    """An -ing phrase of up to three words, then a singular verb: "Starting early feels",
    "Fixing the build took"; a participle phrase ("Walking home, we") has no verb of its own."""
    if lower[0] in _OPENERS or lower[0] in SUBORDINATORS:
        return False
    for k in range(1, min(len(lower), 4)):
        word = lower[k]
        if word in SUBORDINATORS or word in _JOINERS or word in SUBJECT_PRONOUNS:
            return False
        if word in ("is", "was", "feels", "seems", "takes", "took", "makes", "made", "helps"):
            return True
        if (
            k < len(lower) - 1  # a verb with something after it: "saves money"
            and lower[k - 1] not in _DETERMINERS
            and base_of_third(word) is not None
        ):
            return True  # "Cooking at home saves money"; not "Using raw results, we"
    return False


def _open_participle(lower: list[str]) -> bool:
    """A subordinator and an -ing word with no finite verb after them: the clause they open
    goes on after the comma."""
    for k in range(1, len(lower) - 1):
        if (lower[k] in SUBORDINATORS or lower[k] == "whereby") and lower[k + 1].endswith("ing"):
            return not any(_finite_at(lower, j) for j in range(k + 2, len(lower)))
    return False


# Words that follow 'please' without being its verb: "please, you", "please the team".
_NOT_AFTER_PLEASE = SUBJECT_PRONOUNS | _DETERMINERS | word_set("""a an and or but if when""")


def _imperative(lower: list[str]) -> bool:
    """A command: a base-form verb of the lexicon and its object ("call me", "check the
    logs"); "please" may come first."""
    if lower[0] == "please":
        if len(lower) >= 2 and lower[1].isalpha() and lower[1] not in _NOT_AFTER_PLEASE:
            return True  # "Please label yours": after 'please' a verb, alone, is a command
        lower = lower[1:]
    if lower and lower[0].replace("’", "'") in ("don't", "never") and len(lower) >= 2:
        return lower[1] in VERBS or likely_verb(lower[1])  # "Don't worry about the invoice"
    verb = lower[0] if len(lower) >= 2 and lower[1] in _IMPERATIVE_OBJECTS else ""
    return verb in VERBS or likely_verb(verb)  # "ping us": a verb as the dictionary counts


def _finite_at(lower: list[str], k: int) -> bool:
    """``lower[k]`` is a verb agreeing with the word before it, its subject."""
    prev, word = lower[k - 1], lower[k]
    if prev in _COORDINATORS:
        return False  # "or sorted set": after 'or' a word has no subject of its own
    if prev in SUBJECT_PRONOUNS:
        return finite_for(word, None if prev in ("i", "you") else prev not in SINGULAR_PRONOUNS)
    if prev in _DETERMINERS or prev in ("a", "an") or prev in _NOT_IN_NP or not prev.isalpha():
        return False
    plural = plural_noun(prev)
    if plural is None:
        return word in AUXILIARIES or is_past(word)
    return finite_for(word, plural)


def _clause_follows(after: list[str]) -> bool:
    """A subject and a verb agreeing with it open what follows the comma."""
    if len(after) > 2 and after[0].lower() in _LINKING_ADVERBS and after[1] == ",":
        return _clause_follows(after[2:])  # "..., however, the ending feels rushed"
    stop = next((k for k, w in enumerate(after) if w in _CLAUSE_BREAKS), len(after))
    after = after[:stop]  # "..., the dates, the estimated cost": a list, not one clause
    lower = [w.lower() for w in after if w[:1].isalpha()]
    if len(lower) < 2 or len(lower) != len(after[: len(lower)]):
        return False
    if _SUBJECT_CONTRACTION.fullmatch(lower[0].replace("’", "'")):
        return True  # "I'm", "they've", "it's": a subject and its verb
    if lower[0] == "this" and lower[1] in _THIS_VERBS:
        return True  # "..., this is something I would bring": 'this' as the subject
    if after[0][:1].isupper() and lower[0] not in _NOT_NAMES and lower[1] in _NAME_VERBS:
        return True  # "..., Amira will test it on Monday": a name and its verb
    if lower[0] in SUBJECT_PRONOUNS:
        plural: bool | None = (
            None if lower[0] in ("i", "you") else lower[0] not in SINGULAR_PRONOUNS
        )
        return _verb_after(lower, 1, plural)
    if lower[0] in _INDEFINITE_SUBJECTS:
        return _verb_after(lower, 1, False)
    if lower[0] in _PART_OF and lower[1] == "of" and lower[2:3] in _GROUP_PRONOUNS:
        return _verb_after(lower, 3, lower[0] not in ("each", "one"))  # ", most of them replied"
    if lower[0] in _QUANTIFYING and plural_noun(lower[1]):
        return _verb_after(lower, 2, True)  # ", most users did not notice"
    if _bare_subject(lower):
        return True  # "..., engineers are replacing the boiler", "..., work will start"
    if (
        lower[0] in _LINKING_ADVERBS
        and (lower[1] in _DETERMINERS | SUBJECT_PRONOUNS)
        and (
            lower[1] != "you"  # "however you like" is a manner
        )
    ):
        return _clause_follows(after[1:])  # ", however the budget ran over"
    if lower[0] not in _DETERMINERS:
        return False
    if lower[0] in ("this", "that") and plural_noun(lower[1]):
        return False  # "..., that onions take longer": 'that' opens a clause, not a subject
    for k in range(2, min(len(lower), 6)):
        np = lower[1:k]
        if any(w in _NOT_IN_NP or w in _ADVERBS for w in np):
            return False
        head = np[-1]
        plural = True if "and" in np else plural_noun(head)
        if plural is None and head.endswith(("ly", "ing", "ed", "'s", "’s")):
            continue
        if _verb_after(lower, k, plural, strict=plural is None):
            return True
    return False


# What may follow a bare noun as its verb after a comma: an auxiliary or a modal only, as
# "costs rose" has no mark of a verb a noun could not carry too.
_AUX_AFTER_BARE = word_set(
    """are were will would can could should must may might have had has is was"""
)


_JOINING = word_set("""and but or nor so yet for then also plus""")


def _bare_subject(lower: list[str]) -> bool:
    """A noun with no determiner and an auxiliary or a modal after it: "engineers are
    replacing", "work will start" (not a list going on: the stretch holds no 'and' or 'or')."""
    head = lower[0]
    if head in _NOT_IN_NP or head in _DETERMINERS or head in _ADVERBS or head in _JOINING:
        return False
    if "and" in lower or "or" in lower or (likely_verb(head) and plural_noun(head) is None):
        return False
    verb = lower[1]
    if verb not in _AUX_AFTER_BARE:
        return False
    plural = plural_noun(head)
    if plural is None:
        return verb in ("will", "would", "can", "could", "should", "must", "may", "might")
    return finite_for(verb, plural) if verb in ("are", "were", "is", "was", "have", "has") else True


# Prepositions that open a phrase inside a subject: "the drop box by the car park accepts".
_PHRASE_PREPOSITIONS = word_set("""by in on at for from with near behind beside of""")


def _subject_with_phrase(after: list[str]) -> bool:
    """A determiner and a noun, a preposition and its object, then a verb agreeing with the
    noun: "..., the drop box by the car park accepts items" ("..., the head of the lab said"
    reports, and "..., the list of results" has no verb)."""
    stop = next((k for k, w in enumerate(after) if w in _CLAUSE_BREAKS), len(after))
    lower = [w.lower() for w in after[:stop]]
    if len(lower) < 5 or lower[0] not in _DETERMINERS or not all(w.isalpha() for w in lower):
        return False
    p = next((k for k in (2, 3) if lower[k] in _PHRASE_PREPOSITIONS), 0)
    if not p or any(w in _NOT_IN_NP or w in _ADVERBS for w in lower[1:p]):
        return False
    plural = plural_noun(lower[p - 1])
    if plural is None or lower[p + 1] not in _DETERMINERS | {"a", "an"}:
        return False
    for k in range(p + 3, min(len(lower), p + 6)):
        if any(w in _NOT_IN_NP or w in _PHRASE_PREPOSITIONS for w in lower[p + 1 : k]):
            return False
        if _verb_after(lower, k, plural):
            return True
    return False


# Adverbs of frequency between a subject and its verb: "it rarely is", "we seldom see".
_FREQUENCY = re.compile(r"rarely|seldom|sometimes|usually|generally|normally|mostly|hardly")


def _verb_after(lower: list[str], k: int, plural: bool | None, *, strict: bool = False) -> bool:
    """A verb for a subject of that number at ``lower[k]`` (after adverbs); ``strict`` (a
    noun of either number: "team") takes only an auxiliary or a past."""
    while k < len(lower) and (lower[k] in _ADVERBS or _FREQUENCY.fullmatch(lower[k])):
        k += 1
    if k >= len(lower) or lower[k] in REPORTING:
        return False
    if strict:
        return lower[k] in AUXILIARIES or is_past(lower[k])
    return finite_for(lower[k], plural)
