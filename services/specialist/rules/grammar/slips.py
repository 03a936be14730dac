"""Slips of form a careful editor marks, each read from a construction that rules out the
correct reading: a word left out ("such the food bank", "on next invoice"), an adjective
where an adverb belongs ("work independent on"), a noun where an adjective belongs ("grow
less confidence"), an apostrophe on a plural ("these file's", "The laptop's will come") or
missing from a measure of time ("three years experience") or an owner ("the support teams
backlog grew", "this years conference", "the companys policy"), 'it's' after a preposition
("one of it's three schools"), 'lead' for the past 'led', 'where' for 'were', 'there' for
'they're', 'to' for 'too', and a noun where a verb or an adverb belongs ("to setup",
"check it everyday")."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start, match_apostrophe, match_case
from services.specialist.rules.gate import Gated, fold, gated
from services.specialist.rules.grammar.clauses import AUXILIARIES, is_past
from services.specialist.rules.grammar.dictionary import known, likely_verb
from services.specialist.rules.grammar.nouns import plural_noun
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import VERBS

_MISSING = "grammar/missing-word"
_DETERMINERS = "the|our|your|their|his|her|my|these|those|this|that"

# "charities such the food bank": 'such' before a determiner of a definite phrase needs
# 'as' ("such a" is its own phrase and is left alone; so is "such that", a conjunction:
# "designed such that it can be called").
_SUCH_AS = gated(rf"{_B}(such)[ \t]+(?!that\b)(?:{_DETERMINERS}){_E}", re.I)

# "the credit on next invoice": a preposition, then 'next' or 'last' and a singular noun
# that names no time, lacks its determiner ("on your next invoice"); "by next week",
# "until next time" are whole phrases.
_BARE_NEXT = gated(
    rf"{_B}(?:on|in|at|with|from|into|onto|for|to)[ \t]+((?:next|last)[ \t]+([a-z]+))"
    rf"(?=[ \t]*[.,;:!?]|[ \t]+(?:and|or|but|if|when|so|because|before|after){_E}|$)",
    re.I | re.M,
)
# "not to return the office five days a week", "we went the office": a verb of going before
# a place, then a time or the clause's end, lacks its 'to'. 'return' also takes an object
# ("return the library books", "return the lab to its state") and is read only before a
# place one works in, and only before a time or the clause's end.
_GOING_PLACE = gated(
    rf"{_B}(?:(?:go|goes|went|going|come|comes|came|coming|travel|travels|travelled|traveled|"
    rf"travelling|traveling|commute|commutes|commuted|commuting)[ \t]+(the)[ \t]+"
    rf"(?:office|campus|site|classroom|workplace|school|library|gym|hospital|clinic|"
    rf"warehouse|station|airport|studio|lab)|(?:return|returns|returned|returning)[ \t]+"
    rf"(the)[ \t]+(?:office|campus|workplace|classroom))"
    rf"(?=[ \t]*[.,;!?]|[ \t]+(?:\d+|one|two|three|four|five|every|each|twice|full-time|full|"
    rf"part-time|daily|today|tomorrow|this|next|after|once|when|until|at|by){_E}|$)",
    re.I | re.M,
)
_TIME_NOUNS = word_set(
    """time week weekend month year quarter term semester season sprint cycle night morning
    evening afternoon day monday tuesday wednesday thursday friday saturday sunday spring
    summer autumn fall winter january february march april may june july august september
    october november december christmas easter session round"""
)

# "I can work independent on a brief": a verb of doing that takes no object or complement,
# then an adjective that has an adverb in -ly, where the sentence or a phrase goes on.
_ADVERB_NEEDED = gated(
    rf"{_B}(?:work|works|worked|working|run|runs|ran|running|perform|performs|performed|"
    rf"operate|operates|operated|communicate|communicates|communicated|respond|responds|"
    rf"responded|behave|behaves|behaved|move|moves|moved|think|thinks|thought|react|reacts|"
    rf"reacted|rely|relies|relied|depend|depends|depended|speak|speaks|spoke|drive|drives|"
    rf"drove|grow|grows|grew)[ \t]+(?:(?:more|less|very|so|too|really)[ \t]+)?"
    rf"(independent|efficient|effective|careful|quick|smooth|perfect|proper|"
    rf"consistent|reliable|accurate|professional|creative|respectful|different|confident|"
    rf"productive|regular|flexible|heavy|continuous|fluent|safe|steady)"
    rf"(?=[ \t]*[.,;:!?]|[ \t]+(?:on|in|with|and|or|but|from|across|for|under|without|when|"
    rf"if|at|to|as|through|over|during|until|all|than){_E}|$)",
    re.I | re.M,
)

# "they grow less confidence", "it is very importance": a linking verb and a word of degree
# before a noun in -ence/-ance whose adjective in -ent/-ant is a word.
_NOUN_FOR_ADJECTIVE = gated(
    rf"{_B}(?:is|are|was|were|be|been|being|become|becomes|became|becoming|grow|grows|grew|"
    rf"growing|seem|seems|seemed|appear|appears|appeared|remain|remains|remained)[ \t]+"
    rf"(?:less|more|very|so|too|quite|increasingly|fairly|really)[ \t]+([a-z]+(?:ence|ance))"
    rf"{_E}",
    re.I,
)

# "three years experience", "two weeks notice": a number of units of time owns the noun
# after it ("three years' experience"); nouns that are also verbs ("work", "pay") are left
# out, as in "the first two weeks work best".
_MEASURE_OWNER = gated(
    rf"{_B}(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    rf"thirty|several|many|few|\d+)[ \t]+((?:hours|days|weeks|months|years))[ \t]+"
    rf"(?:experience|notice|leave|salary|wages|worth|delay|training|"
    rf"holiday|holidays|time){_E}",
    re.I,
)

# "these file's", "many user's": an apostrophe on a word after a determiner that only
# takes a plural; "The laptop's will come", "the donor's are": 's' before a verb that can
# follow neither 'is', 'has' nor a possessive.
_PLURAL_DETERMINER_APOSTROPHE = gated(
    rf"{_B}(?:all[ \t]+(?:of[ \t]+)?the|these|those|many|several|few|various|multiple|both|such|"
    rf"two|three|four|five|six|seven|eight|nine|ten)[ \t]+([a-z]+['’]s){_E}"
    rf"(?=[ \t]*[.,;:!?]|[ \t]+(?:to|for|from|in|on|at|with|and|or|are|were|have|will|can|"
    rf"should|must|need|that|which|before|after|into|by){_E}|$)",
    re.I | re.M,
)
_APOSTROPHE_BEFORE_VERB = gated(
    rf"{_B}(?:the|our|your|their|his|her|my|all|these|those|new|old)[ \t]+([a-z]+['’]s)"
    rf"[ \t]+(?:are|were|aren['’]t|weren['’]t|have|haven['’]t|"
    rf"(?:will|would|can|could|should|must|might|may)[ \t]+(?!be{_E})([a-z]+)){_E}",
    re.I,
)

# "the support teams backlog also grew": a plural of people before a singular noun and a
# singular or past verb: the plural owns the noun ("teams'"). "The support teams handle" has
# no such noun; "the payments screen is" names a thing, not people, and is a compound.
_OWNER_BEFORE_NOUN = gated(
    rf"{_B}(?:the|our|your|their|his|her|my)[ \t]+(?:[a-z]+[ \t]+)?"
    rf"(teams|users|clients|members|parents|students|customers|families|volunteers|donors|"
    rf"partners|employees|managers|engineers|agents|teachers|nurses|residents|tenants|"
    rf"patients|visitors|readers|players|workers|editors|writers|designers|developers)"
    rf"[ \t]+([a-z]+)[ \t]+"
    rf"(?:(?:also|still|just|only|often|already|never|always)[ \t]+)?([a-z]+){_E}",
    re.I,
)

# "Leilas draft is ready": a capitalised word in -s that is no word, before a lower-case
# one, where the text names the owner without the -s elsewhere ("Leila will update").
_NAME_S = re.compile(r"(?<![\w'’\-.@/])([A-Z][a-z]{2,})s(?=[ \t]+[a-z]{3,}(?![\w'’\-]))")
_NOT_OWNED_AFTER_NAME = word_set(
    """and or but are were is was has have had will would can could should and the with for
    from who which that this said says"""
)

# "of it's three schools", "in it's first year": 'it's' after a preposition, before a
# number, an ordinal or 'own', is the possessive; "most of it's done" keeps 'it is'.
_ITS_AFTER_PREPOSITION = gated(
    rf"{_B}([a-z]+)[ \t]+(?:of|in|for|with|from|by|at|into|on|about|through)[ \t]+(it['’]s)"
    rf"[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|"
    rf"main|many|several|\d+){_E}",
    re.I,
)
# "this years conference", "last weeks figures": a single time unit after 'this', 'last' or
# 'next' owns the noun after it ("this year's"). "over the last years" is a plural: a
# determiner before 'last' keeps it; "last years were hard" has a verb, not a noun, after it.
_TIME_OWNER = gated(
    rf"{_B}(this|last|next)[ \t]+((?:year|week|month|quarter|season|term)s)[ \t]+([a-z]+){_E}",
    re.I,
)
_NOT_TIME_OWNED = word_set(
    """are were have had will would can could should may might must do did and or but of in
    on at to for from with by as than that which who when since before after ago"""
)
# A determiner keeps the plural ("the last years"); a modal makes 'last' the verb ("will last
# years longer").
_BEFORE_TIME = word_set(
    """the these those its their our your my his her over past few will would can could should
    may might must to not"""
)
# "We check the logs everyday.": the adjective 'everyday' ends a clause or comes before a
# preposition, where only the adverb phrase 'every day' can stand.
_EVERYDAY = gated(
    rf"{_B}(everyday)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:at|in|on|for|and|but|or|so|until|from|"
    rf"when|before|after|since|if|because|of|to|with|without|during|this|last|except){_E})",
    re.I | re.M,
)
# "the companys new policy": a noun in -y with an -s is no word. Before the noun it owns it
# is "company's"; elsewhere the plural "companies" ("two companys bid").
_Y_PLUS_S = re.compile(r"(?<![\w'’\-])([a-z]+[b-df-hj-np-tv-xz])ys(?![\w'’\-])")
_NOT_OWNED_BY_Y = word_set(
    """are were have had will would can could should must do did and or but of in on at to for
    from with by as than that which who when is was has"""
)
_COUNTING = word_set(
    """two three four five six seven eight nine ten many several some all these those both few
    other various"""
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w'’\-])")
# Words after a plural of people that are no noun it could own: "the students there said".
_NOT_OWNED = word_set(
    """there here alone together today tonight yesterday tomorrow both overall abroad online
    offline instead again once twice now then first last themselves too as"""
)
_QUANTIFIERS = word_set("""most all some none much part rest any half lot bit each both""")

# "Last spring, I lead the move": 'lead' after a subject with a past-time phrase in the
# sentence, or after 'he'/'she' (who would 'lead'), is the past 'led'.
_LEAD = gated(
    rf"{_B}(?:(i|we|they|you)|(he|she))[ \t]+(lead)[ \t]+(?:the|a|an|our|my|their|his|her|"
    rf"two|three|four|five|six|several|\d+){_E}",
    re.I,
)
# Words after which a pronoun takes the base form: a question, a modal or the subjunctive.
_BASE_AFTER = AUXILIARIES | word_set("""that let make makes made help helps why""")
_PAST_TIME = re.compile(
    r"(?i)\b(?:last[ \t]+(?:year|month|week|spring|summer|autumn|fall|winter|quarter|term|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|yesterday|ago|in[ \t]+(?:19|20)\d\d|previously|earlier[ \t]+this)\b"
)

# "we where able to": 'where' right after a subject pronoun, before what follows 'were'.
_WHERE_FOR_WERE = gated(
    rf"{_B}(?:we|they|you)[ \t]+(where)[ \t]+(?:able|unable|not|all|both|still|also|just|"
    rf"already|never|always|very|so|too|happy|sorry|glad|pleased|going|told|asked|given|"
    rf"[a-z]{{3,}}ed){_E}",
    re.I,
)

# "and there the toughest editors": after a conjunction, 'there' before a superlative or
# 'the only', 'the ones' names what they are: "they're".
_THERE_SUPERLATIVE = gated(
    rf"{_B}(?:and|but|because|since|as|so)[ \t]+(there)[ \t]+(?:the|a)[ \t]+"
    rf"(?:best|worst|only|ones|most|least|[a-z]{{3,}}est){_E}",
    re.I,
)
_NOT_SUPERLATIVES = word_set("""interest forest request guest honest modest contest test""")

# "retried the payment to quickly.", "left to few people": 'to' before an adverb in -ly
# that ends the clause, or before a word of amount after a verb that takes an object.
_TO_ADVERB = gated(rf"{_B}(to)[ \t]+((?-i:[a-z]{{4,}})ly)(?=[ \t]*[.,;!?])", re.I)
# "moved billing to monthly.": an adjective of time in -ly is also a noun after 'to'.
_TIME_STEMS = word_set("""hour day night week month year quarter""")
_TO_AMOUNT = gated(
    rf"{_B}(?:has|have|had|is|are|was|were|with|left|leaves|takes|took|spent|makes|made)"
    rf"[ \t]+(to)[ \t]+(?:few|many|much|little){_E}",
    re.I,
)
_PASSIVE_LEFT = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)[ \t]+left[ \t]+to\b")


def _missing_words(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_SUCH_AS):
        out.append(Finding(m.start(1), m.end(1), _MISSING,
                           "An example is introduced by 'such as'", "warning",
                           match_case(m.group(1), "such as")))  # fmt: skip
    for m in chunk.finditer(_GOING_PLACE):
        g = 1 if m.group(1) is not None else 2
        out.append(Finding(m.start(g), m.end(g), _MISSING,
                           "A place one goes to takes 'to': 'to the'", "warning",
                           match_case(m.group(g), "to the")))  # fmt: skip
    for m in chunk.finditer(_BARE_NEXT):
        noun = m.group(2).lower()
        if noun in _TIME_NOUNS or plural_noun(noun) is not False or not known(noun):
            continue
        out.append(Finding(m.start(1), m.end(1), _MISSING,
                           f"'{m.group(1)}' needs a determiner: 'the' or 'your "
                           f"{m.group(1)}'", "warning"))  # fmt: skip
    return out


# "To setup a copy", "you can login": a noun written as one word where the verb is two.
_NOUN_AS_VERB = gated(
    rf"{_B}(to|will|can|could|must|should|please|cannot|can['’]t|won['’]t|don['’]t|"
    rf"didn['’]t)[ \t]+(setup|login|logout|signup|checkout|backup|rollout|lookup|"
    rf"cleanup|shutdown|startup|pickup|followup|handover|walkthrough)"
    rf"(?=[ \t]+(?:a|an|the|your|our|their|my|his|her|this|that|these|those|it|them|to|"
    rf"with|for|from|on|in|at|by|now|again|before|after|once){_E}|[ \t]*[.,;:!?])",
    re.I,
)
# After 'to' the word is a verb only before its object: "go to checkout." is the noun.
_OBJECT_NEXT = re.compile(
    rf"[ \t]+(?:a|an|the|your|our|their|my|his|her|this|that|these|those|it|them){_E}", re.I
)
_SPLIT = {"setup": "set up", "login": "log in", "logout": "log out", "signup": "sign up",
          "checkout": "check out", "backup": "back up", "rollout": "roll out",
          "lookup": "look up", "cleanup": "clean up", "shutdown": "shut down",
          "startup": "start up", "pickup": "pick up", "followup": "follow up",
          "handover": "hand over", "walkthrough": "walk through"}  # fmt: skip


def _word_forms(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_NOUN_AS_VERB):
        if fold(m.group(1)) == "to" and not _OBJECT_NEXT.match(chunk.masked, m.end()):
            continue
        word = m.group(2)
        fixed = match_case(word, _SPLIT[fold(word)])
        out.append(Finding(m.start(2), m.end(2), "grammar/word-form",
                           f"The verb is two words: '{fixed}'", "warning", fixed))  # fmt: skip
    for m in chunk.finditer(_ADVERB_NEEDED):
        word = m.group(1)
        fixed = word[:-1] + "ily" if word.endswith("y") else word + "ly"
        fixed = word[:-2] + "ly" if word.endswith("le") else fixed
        out.append(Finding(m.start(1), m.end(1), "grammar/adverb",
                           f"A verb is described by an adverb: '{fixed}'", "warning",
                           match_case(word, fixed)))  # fmt: skip
    for m in chunk.finditer(_EVERYDAY):
        out.append(Finding(m.start(1), m.end(1), "grammar/word-form",
                           "'everyday' describes a noun; the adverb is 'every day'", "warning",
                           match_case(m.group(1), "every day")))  # fmt: skip
    for m in chunk.finditer(_NOUN_FOR_ADJECTIVE):
        word = m.group(1)
        adjective = word[:-2] + "t"  # "confidence" -> "confident", "relevance" -> "relevant"
        if not known(adjective):
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/word-form",
                           f"After a linking verb the adjective is '{adjective}'", "warning",
                           match_case(word, adjective)))  # fmt: skip
    return out


def _apostrophes(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_MEASURE_OWNER):
        word = m.group(1)
        out.append(Finding(m.start(1), m.end(1), "grammar/possessive",
                           f"A measure of time owns the noun after it: '{word}''", "warning",
                           word + "'"))  # fmt: skip
    for rx in (_PLURAL_DETERMINER_APOSTROPHE, _APOSTROPHE_BEFORE_VERB):
        for m in chunk.finditer(rx):
            verb = m.group(2) if rx is _APOSTROPHE_BEFORE_VERB else None
            if verb is not None and not (verb.lower() in VERBS or likely_verb(verb)):
                continue  # "the king's will matters": 'will' the noun
            word = m.group(1)
            if not known(word[:-2]):
                continue
            out.append(Finding(m.start(1), m.end(1), "grammar/apostrophe",
                               "A plural takes no apostrophe", "error",
                               word[:-2] + "s"))  # fmt: skip
    out += _time_owners(chunk) + _y_plus_s(chunk)
    for m in _NAME_S.finditer(chunk.masked):
        name, after = m.group(1), chunk.masked[m.end() :].split(None, 1)[0]
        if known(m.group(0)) or fold(name) not in chunk.words:
            continue  # "Items", "James"; or a name met only with its -s ("Siemens")
        if fold(after) in _NOT_OWNED_AFTER_NAME or fold(after).endswith("ly"):
            continue
        out.append(Finding(m.start(), m.end(), "grammar/possessive",
                           f"The owner takes an apostrophe: '{name}'s'", "warning",
                           f"{name}'s"))  # fmt: skip
    for m in chunk.finditer(_OWNER_BEFORE_NOUN):
        owned, verb = fold(m.group(2)), fold(m.group(3))
        if owned in _NOT_OWNED or not known(owned) or plural_noun(owned) is not False:
            continue
        if likely_verb(owned):
            continue  # "the teams work", "the support teams report": a verb, not a noun
        if owned in VERBS or owned.endswith(("ly", "ing", "ed")):
            continue
        if not (verb in ("is", "was", "has") or (is_past(verb) and verb not in AUXILIARIES)):
            continue  # "our users survey sites": a present verb may be the plural's own
        word = m.group(1)
        out.append(Finding(m.start(1), m.end(1), "grammar/possessive",
                           f"The owner takes an apostrophe: '{word}''", "warning",
                           word + "'"))  # fmt: skip
    return out


def _y_plus_s(chunk: Present) -> list[Finding]:
    """'companys', 'citys': the owner "company's" before a noun, else the plural "companies"."""
    if not any(w.endswith("ys") and w[-3:-2] not in "aeiouy" for w in chunk.words):
        return []  # most chunks: no word ends so
    out = []
    for m in _Y_PLUS_S.finditer(chunk.masked):
        stem, word = m.group(1), m.group(0)
        if known(word) or not known(stem + "y") or not known(stem + "ies"):
            continue
        nxt = _NEXT_WORD.match(chunk.masked, m.end())
        owns = (
            nxt is not None
            and nxt.group(1) not in _NOT_OWNED_BY_Y
            and known(nxt.group(1))
            and fold(_word_before(chunk.masked, m.start())) not in _COUNTING
        )  # "two companys bid": a plural after a number
        fixed = stem + ("y's" if owns else "ies")
        what = "The owner takes an apostrophe" if owns else "The plural of a noun in -y is -ies"
        out.append(Finding(m.start(), m.end(), "grammar/possessive" if owns else "grammar/plural",
                           f"{what}: '{fixed}'", "error", fixed))  # fmt: skip
    return out


def _time_owners(chunk: Present) -> list[Finding]:
    """'this years conference': the unit of time owns the noun ("this year's")."""
    out = []
    for m in chunk.finditer(_TIME_OWNER):
        owned = fold(m.group(3))
        if owned in _NOT_TIME_OWNED or owned.endswith("ly") or not known(owned):
            continue
        if fold(_word_before(chunk.masked, m.start())) in _BEFORE_TIME:
            continue  # "over the last years prices rose": a plural of years
        word = m.group(2)
        out.append(Finding(m.start(2), m.end(2), "grammar/possessive",
                           f"The time owns the noun after it: '{word[:-1]}'s'", "warning",
                           word[:-1] + "'s"))  # fmt: skip
    return out


_FROM_BEFORE = re.compile(r"(?i)\bfrom\b[^.,;!?]*$")


def _sound_alikes(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_ITS_AFTER_PREPOSITION):
        if fold(m.group(1)) in _QUANTIFIERS:
            continue
        out.append(Finding(m.start(2), m.end(2), "grammar/its",
                           "'it's' means 'it is'; the possessive is 'its'", "error",
                           match_case(m.group(2), "its")))  # fmt: skip
    for m in chunk.finditer(_LEAD):
        if fold(_word_before(masked, m.start())) in _BASE_AFTER:
            continue  # "did he lead the team", "asked that she lead the review"
        if m.group(1) is not None:
            start = max(masked.rfind(c, 0, m.start()) for c in ".!?\n")
            stops = [masked.find(c, m.end()) for c in ".!?\n"]
            end = min([s for s in stops if s >= 0], default=len(masked))
            if not _PAST_TIME.search(masked, start + 1, end):
                continue
        out.append(Finding(m.start(3), m.end(3), "grammar/past-form",
                           "The past of 'lead' is 'led'", "error",
                           match_case(m.group(3), "led")))  # fmt: skip
    for m in chunk.finditer(_WHERE_FOR_WERE):
        out.append(Finding(m.start(1), m.end(1), "grammar/were",
                           "'where' is a place; the past of 'are' is 'were'", "error",
                           match_case(m.group(1), "were")))  # fmt: skip
    for m in chunk.finditer(_THERE_SUPERLATIVE):
        tail = masked[m.end() - 12 : m.end()].split()[-1].lower()
        if tail in _NOT_SUPERLATIVES:
            continue
        fixed = match_apostrophe(masked[max(0, m.start() - 200) : m.end()], "they're")
        out.append(Finding(m.start(1), m.end(1), "grammar/there-their",
                           "'there' is a place; 'they are' is written 'they're'", "error",
                           match_case(m.group(1), fixed)))  # fmt: skip
    for rx in (_TO_ADVERB, _TO_AMOUNT):
        for m in chunk.finditer(rx):
            if rx is _TO_AMOUNT and _PASSIVE_LEFT.search(masked, max(0, m.start() - 12), m.end()):
                continue  # "the house was left to many heirs": 'to' the preposition
            if rx is _TO_ADVERB and not _adverb(m.group(2)):
                continue  # "to Italy.", "to family.", "to monthly."
            if rx is _TO_ADVERB and _FROM_BEFORE.search(masked[: m.start()]):
                continue  # "from slowly to quickly"
            out.append(Finding(m.start(1), m.end(1), "grammar/to-too",
                               "'to' here means 'too' (more than enough)", "error",
                               match_case(m.group(1), "too")))  # fmt: skip
    return out


# Words that end a question's frame before 'whose': "not sure whose packing the kitchen",
# "find out whose bringing"; after a noun ("the one whose training") 'whose' is a relative.
_ASKING = word_set(
    """sure know knows knew ask asks asked see check wonder wondering tell told out decide
    decided confirm clear unclear certain idea matter about remember forgot guess"""
)


def asks_who(masked: str, pos: int, ing: str) -> bool:
    """'whose' at ``pos`` and the -ing verb after it open a question of who is doing it
    ("whose packing the kitchen": "who's"): it starts the sentence or follows a word that
    takes a question."""
    stem = ing[:-3]
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
    if not any(s in VERBS or likely_verb(s) for s in stems if s):
        return False
    return at_sentence_start(masked, pos) or fold(_word_before(masked, pos)) in _ASKING


_WORD_THEN_SPACE = re.compile(r"([\w'’]+)[ \t]+$")


def _word_before(masked: str, pos: int) -> str:
    """The word just before ``pos`` with only blanks between ('' after punctuation)."""
    before = _WORD_THEN_SPACE.search(masked[max(0, pos - 30) : pos])
    return before.group(1) if before else ""


def _adverb(word: str) -> bool:
    """An adverb made of a known adjective ("quickly": "quick"), not of a time noun."""
    stem = word[:-2].lower()
    return len(stem) >= 4 and known(stem) and stem not in _TIME_STEMS


# Set phrases written the way they sound: (pattern with the wrong words as group 1, rule,
# the fix of group 1, message).
_HEARD: tuple[tuple[Gated, str, Callable[[str], str], str], ...] = (
    # "The bus was suppose to arrive": the participle is 'supposed'.
    (
        gated(
            rf"{_B}(?:was|were|is|are|am|be|been|being|not|isn['’]t|wasn['’]t|aren['’]t|"
            rf"weren['’]t)[ \t]+(suppose)[ \t]+to{_E}",
            re.I,
        ),
        "grammar/past-form",
        lambda w: match_case(w, "supposed"),
        "'be supposed to' takes the participle: '{fixed}'",
    ),
    # "I use to work in the warehouse": the past habit is 'used to' ("didn't use to" is right).
    (
        gated(
            rf"(?:^|(?<=[.!?,;]\s)|(?<=\n))[ \t]*(?:i|we|you|they|he|she|it)[ \t]+(use)[ \t]+"
            rf"to[ \t]+(?:work|live|be|have|go|come|walk|drive|play|run|think|believe|love|hate|"
            rf"like|call|visit|spend|get|make|take|do|say|know|see|eat|drink|smoke|own|keep|"
            rf"stay|write|read|help|sell|teach|study){_E}",
            re.I | re.M,
        ),
        "grammar/past-form",
        lambda w: match_case(w, "used"),
        "A past habit is '{fixed} to', not '{word} to'",
    ),
    # "Everyone of the drivers": 'every one of' counts each one.
    (
        gated(
            rf"{_B}(everyone|anyone)[ \t]+of[ \t]+(?:the|our|your|their|these|those|them|us|"
            rf"you|his|her|my){_E}",
            re.I,
        ),
        "grammar/missing-word",
        lambda w: match_case(w, w[:-3] + " one"),
        "Before 'of' it is two words: '{fixed}'",
    ),
    # "We don't need no extra chairs": one negative is enough.
    (
        gated(
            rf"{_B}(?:don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|never)[ \t]+(?:need|have|"
            rf"has|had|want|got|get|see|know|find|hear|give|do)[ \t]+(no)[ \t]+(?=[a-z])",
            re.I,
        ),
        "grammar/double-negative",
        lambda w: match_case(w, "any"),
        "Two negatives cancel out: '{fixed}'",
    ),
    # "There going to announce it": 'there' opening a sentence before an -ing verb.
    (
        gated(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(There)[ \t]+(?:going|coming|planning|trying|"
            rf"hoping|working|looking|saying|making|taking|getting|doing|leaving|moving|"
            rf"sending|asking)(?![ \t]+to[ \t]+be{_E}){_E}",
            re.M,
        ),
        "grammar/there-their",
        lambda w: match_case(w, "They're"),
        "'{word}' is a place; 'they are' is written '{fixed}'",
    ),
)


def _heard(chunk: Present) -> list[Finding]:
    out = []
    for rx, rule, fix, message in _HEARD:
        for m in chunk.finditer(rx):
            word = m.group(1)
            fixed = fix(word)
            out.append(Finding(m.start(1), m.end(1), rule,
                               message.format(word=word, fixed=fixed), "error", fixed))  # fmt: skip
    return out


def slips(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Missing words, adverb and adjective forms, apostrophes, its, led, were, they're, too,
    and set phrases written as they sound."""
    chunk = Present(scan.masked)
    out = _missing_words(chunk) + _word_forms(chunk) + _apostrophes(chunk)
    return out + _sound_alikes(chunk) + _heard(chunk)
