"""Confusable words for the grammar lens: its/it's, there/their, your/you're, then/than,
"could of". Each rule needs context that rules out the correct reading: a miss beats a false
alarm."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_apostrophe, match_case
from services.specialist.rules.gate import Gated, fold, gated
from services.specialist.rules.grammar.clauses import AUXILIARIES, base_of_third, is_past
from services.specialist.rules.grammar.dictionary import known
from services.specialist.rules.grammar.nouns import plural_noun
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.grammar.verbs import compared
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import IRREGULAR_PAST, VERBS

_OWNED = (
    "name|purpose|value|contents|owner|members|users|size|shape|color|colour|behaviour|behavior|"
    "position|parent|children|scope|output|input|length|width|height|weight|effect|impact|"
    "origin|source|capacity|ability|own|place|way|job|role|team|goal|side|end|top|bottom|front|"
    "back|edge|surface|content|format|label|title|price|cost|speed|state|status|data|lid|base|"
    "design|layout|results|history|author"
)
_PREP = "of|in|on|for|with|to|from|by|at|about|into|under|over|through"
_CONFUSABLES: list[tuple[Gated, str, str, str]] = [
    # (pattern with the wrong word as group 1, rule, fix, message)
    (gated(rf"{_B}(it['’]s)(?=[ \t]+own{_E})", re.I), "grammar/its", "its",
     "'it's' means 'it is'; the possessive is 'its'"),
    (gated(rf"{_B}(?:{_PREP})[ \t]+(it['’]s)(?=[ \t]+(?:{_OWNED}){_E})", re.I),
     "grammar/its", "its", "'it's' means 'it is'; the possessive is 'its'"),
    # After a preposition that never ends a clause, 'it is' cannot follow: "held the event
    # in it's retry queue" ('of' may: "most of it's done"; 'for' may be a conjunction).
    (gated(rf"{_B}(?:in|on|into|onto|with|within|without|at|by|about|through|under|from)"
           rf"[ \t]+(it['’]s)(?=[ \t]+(?!(?:not|been|being|a|an|the|all|also|just|still|"
           rf"only|very|so|too|really|what|when|how|who|that|there|here|one|time|now|over|"
           rf"done|gone|fine|ok|okay|true|possible|likely){_E})[a-z])", re.I),
     "grammar/its", "its", "'it's' means 'it is'; after a preposition the possessive 'its' "
     "is meant"),
    # An adverb of the sentence, not of a noun, follows 'it is': "its probably still there".
    (gated(rf"{_B}(its)(?=[ \t]+(?:a|an|the|not|been|going|getting|gonna|really|too|so|"
           rf"just|also|already|probably|definitely|certainly|always|never|clearly|"
           rf"actually|basically|simply|obviously){_E})", re.I),
     "grammar/its", "it's", "'its' is possessive; 'it is' is written 'it's'"),
    (gated(rf"{_B}(its)(?=[ \t]+(?:important|clear|possible|likely|true|obvious|easy|hard|"
           rf"difficult|necessary|fine|okay|unclear|impossible|unlikely|false|essential|"
           rf"available|unavailable|ready|done|finished|over)"
           rf"[ \t]*(?:to{_E}|that{_E}|[.,!?]|$))", re.I | re.M),
     "grammar/its", "it's", "'its' is possessive; 'it is' is written 'it's'"),
    (gated(rf"{_B}(its)(?=[ \t]+worth[ \t]+(?!during|(?:some|any|no|every)thing|morning|evening|"
           rf"spring|ceiling|string|king|ring|wedding)[a-z]{{2,}}ing{_E})", re.I),
     "grammar/its", "it's", "'its' is possessive; 'it is' is written 'it's'"),
    (gated(rf"{_B}(their)(?=[ \t]+(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|"
           rf"weren['’]t){_E})", re.I),
     "grammar/there-their", "there", "'their' is possessive; here you mean 'there'"),
    (gated(rf"{_B}(their)(?=[ \t]*[.!?](?:\s|$))", re.I),
     "grammar/there-their", "there", "'their' needs a noun after it; here you mean 'there'"),
    (gated(rf"{_B}(there|they['’]re)(?=[ \t]+own{_E})", re.I),
     "grammar/there-their", "their", "The possessive is 'their'"),
    (gated(rf"{_B}(your)(?=[ \t]+(?:a|an|the|not|gonna|probably|definitely|absolutely|also|"
           rf"already|too|so|going[ \t]+to){_E}|[ \t]+welcome[ \t]*(?:[.!,]|$|to{_E}))",
           re.I | re.M),
     "grammar/your-youre", "you're", "'your' is possessive; 'you are' is written 'you're'"),
    (gated(rf"{_B}(your)(?=[ \t]+all[ \t]+(?:set|done|good|ready|clear|sorted|[a-z]+ed)"
           rf"(?:[ \t]*[.,;!?]|[ \t]+(?:for|to|with|now|and){_E}|$))", re.I | re.M),
     "grammar/your-youre", "you're", "'your' is possessive; 'you are' is written 'you're'"),
    (gated(rf"{_B}(its)(?=[ \t]+[a-z]+(?:ible|ful|ous)[ \t]+(?:to|that|for){_E})", re.I),
     "grammar/its", "it's", "'its' is possessive; 'it is' is written 'it's'"),
    (gated(rf"{_B}(you['’]re)(?=[ \t]+own{_E})", re.I),
     "grammar/your-youre", "your", "'you're' means 'you are'; the possessive is 'your'"),
    # After a preposition 'you are' cannot follow: "Thanks for you're patience".
    (gated(rf"{_B}(?:of|in|on|for|with|to|from|at|into|through|about)[ \t]+(you['’]re)"
           rf"(?=[ \t]+[a-z])", re.I),
     "grammar/your-youre", "your", "'you're' means 'you are'; after a preposition the "
     "possessive 'your' is meant"),
    (gated(rf"{_B}(?:better|worse|rather|other|greater|larger|smaller|higher|lower|faster|"
           rf"slower|bigger|longer|shorter|easier|harder|cheaper|sooner|quicker|stronger|"
           rf"weaker|older|younger|newer|fewer|further|farther|less|more)[ \t]+(then){_E}",
           re.I),
     "grammar/then-than", "than", "Comparisons take 'than'; 'then' is about time"),
    (gated(rf"{_B}(?:more|less|fewer)[ \t]+(?!(?:and|or|but|so|is|are|was|were|will|can|we|"
           rf"you|they|i|he|she|it){_E})[a-z]+(?:[ \t]+(?!(?:and|or|but|so|is|are|was|were|"
           rf"will|can|we|you|they|i|he|she|it){_E})[a-z]+)?[ \t]+(then){_E}", re.I),
     "grammar/then-than", "than", "Comparisons take 'than'; 'then' is about time"),
    (gated(rf"{_B}(it['’]s)(?=[ \t]+(?!(?:not|also|still|just|only|what|who|this|that|there|"
           rf"here|one|because|why|how|where|when){_E})[a-z]+[ \t]+(?:is|was|has|can|will|"
           rf"does){_E})", re.I),
     "grammar/its", "its", "'it's' means 'it is'; the possessive is 'its'"),
    (gated(rf",[ \t]+(than)(?=[ \t]+(?:we|you|they|i|he|she|it)[ \t]+(?:will|would|can|"
           rf"could|should|must|might|may|need|have){_E})", re.I),
     "grammar/then-than", "then", "'than' compares; for time or sequence use 'then'"),
    (gated(rf"{_B}(?:and|since|until|till|back)[ \t]+(than){_E}", re.I),
     "grammar/then-than", "then", "'than' compares; for time or sequence use 'then'"),
    (gated(rf"{_B}(?:could|would|should|must|might|may)[ \t]+(of){_E}(?![ \t]+course)", re.I),
     "grammar/could-of", "have", "'could of' is a mishearing of 'could have' ('could've')"),
]  # fmt: skip


_WORD_THEN_SPACE = re.compile(r"([\w'’]+)[ \t]+$")


def word_before(masked: str, pos: int) -> str:
    """The word just before ``pos`` with only spaces between ('' after punctuation)."""
    prev = _WORD_THEN_SPACE.search(masked[max(0, pos - 30) : pos])
    return fold(prev.group(1)) if prev else ""


_THERE_NOUN = gated(rf"{_B}(there)[ \t]+([a-z]+){_E}", re.I)
_THERE_NOT = word_set(
    """goes comes seems remains exists lies stands appears sits lives hangs rests runs waits
    happens arises looks says gets follows days weeks months years hours minutes times ago
    yesterday"""
)
# Singular nouns that follow a possessive far more often than the place word "there".
_THERE_SINGULAR = word_set(
    """team time work job best money name company family home house car office manager boss
    project product opinion decision goal plan side part fault role turn"""
)
# After these, "there" is a place or "there is": "Is there time?", "went there today".
_PLACE_VERBS = word_set(
    """is are was were be been being am isn't aren't wasn't weren't it's get gets got getting
    go goes went gone going come comes came coming over out in up down back from here near
    right stay stays stayed live lives lived arrive arrived sit sat stand stood left leave
    drive drove walk walked fly flew move moved travel travelled traveled run ran meet met
    work worked visit visited return returned remain remained seem seems seemed"""
)


# After "there" these say when, so "there" is the place: "left the keys there yesterday".
_WHEN_AFTER = word_set(
    """yesterday today tonight tomorrow now then again already before first last once twice
    early late soon recently anyway too either instead overnight"""
)


_THERE_WORD = re.compile(r"there[ \t]+([a-z]+)", re.I)
_HERE_AND = re.compile(r"here[ \t]+and[ \t]+$", re.I)


def there_is_place(masked: str, at: int) -> bool:
    """'there' at ``at`` is the place word: "Is there time", "went there", "here and there",
    "left it there yesterday"."""
    if word_before(masked, at) in _PLACE_VERBS:
        return True
    after = _THERE_WORD.match(masked[at : at + 30])
    if after and after.group(1).lower() in _WHEN_AFTER:
        return True
    return bool(_HERE_AND.search(masked[max(0, at - 12) : at]))


_AND_AGAIN = re.compile(r"[ \t]+(?:and|after)[ \t]+(?:again|time)")


def _there_their(chunk: Present) -> list[Finding]:
    """ "there accounts", "there team" -> "their ...": 'there' before a noun."""
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_THERE_NOUN):
        noun = m.group(2).lower()
        if noun in _THERE_NOT or not (noun in _THERE_SINGULAR or plural_noun(noun)):
            continue
        if there_is_place(masked, m.start()):
            continue
        if _AND_AGAIN.match(masked[m.end() :]):
            continue  # "time and again"
        fixed = match_case(m.group(1), "their")
        out.append(Finding(m.start(1), m.end(1), "grammar/there-their",
                           "'there' is a place; before a noun the possessive is 'their'",
                           "error", fixed))  # fmt: skip
    return out


# "changed it's name", "and it's tests": 'it is' cannot take a noun without an article.
_ITS_NOUNS = word_set(
    """name purpose owner parent size shape color colour behaviour behavior position scope
    length width height weight effect impact origin capacity ability role goal label
    title price lid author meaning creator founder logo website homepage address
    maintainer"""
)
_ITS_MODIFIERS = word_set("""own main original default current previous first last new old usual""")
# Plural-looking words that "it is" may take: "it's hours away", "it's lots of fun".
_ITS_NOT_PLURAL = word_set(
    """seconds minutes hours days weeks months years ages times miles dozens hundreds thousands
    millions billions lots loads tons heaps ours yours theirs hers upstairs downstairs outdoors
    indoors overseas backwards forwards sideways nevertheless"""
)
# After these "it's" opens a clause, where a plural may be a predicate: "I think it's bugs".
_CLAUSE_WORDS = word_set(
    """that if because when since while so but think thought know knew guess hope believe said
    say says sure maybe perhaps whether though although unless as"""
)
_ITS_NP = gated(rf"{_B}(it['’]s)((?:[ \t]+[a-z]+{_E}){{1,3}})", re.I)


_SPACE_DIGIT = re.compile(r"[ \t]+\d")


def _its_before_noun(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_ITS_NP):
        words = [*m.group(2).lower().split(), ""]
        if words[0] in _ITS_MODIFIERS and len(words) > 2:
            words = words[1:]
        noun, after = words[0], words[1]
        tail = masked[m.end() :] if after == "" else ""
        if (
            {"who", "that", "which"} & set(words[1:])
            or after in ("of", "case")
            or after.endswith("ing")
            or _SPACE_DIGIT.match(tail)
        ):
            continue  # "it's users who decide", "it's name calling", "it's size 10"
        plural = (
            plural_noun(noun)
            and noun not in _ITS_NOT_PLURAL
            and word_before(masked, m.start()) not in ("", *_CLAUSE_WORDS)
        )
        if noun in _ITS_NOUNS or plural:
            fixed = match_apostrophe(m.group(1), match_case(m.group(1), "its"))
            message = "'it's' means 'it is'; the possessive is 'its'"
            out.append(Finding(m.start(1), m.end(1), "grammar/its", message, "error", fixed))
    return out


# "your worried", "if your running late": 'your' with no noun to own is 'you're'.
_YOUR_ADJECTIVES = word_set(
    """wrong correct sure certain aware able unable worried ready done finished late early free
    likely unlikely allowed supposed expected required invited interested responsible eligible
    entitled happy glad sorry afraid proud tired busy confused concerned alright lucky familiar
    comfortable capable involved grateful used keen eager willing unwilling reluctant
    determined"""
)
_WELCOME_TO = re.compile(r"[ \t]+welcome[ \t]+to[ \t]+([a-z]+)")
_ED_NOUNS = word_set(
    """hatred kindred hundred beloved naked wicked sacred crooked rugged wretched shred embed
    infrared"""
)
# After "if your running": an adverb, an object ("a", "more", "two", "it") or a particle
# ("locking up"), where a noun would follow a possessive ("your running shoes").
_YOUR_AFTER_ING = word_set(
    """well fine great good ok okay alright late early now today tonight too so right ahead
    away home soon again to a an the more less any some several many two three four five
    ten this these those up down out off back it them him her me us"""
)
_YOUR_WORD = gated(
    rf"{_B}(your|their)[ \t]+([a-z]+){_E}[ \t]*\n?[ \t]*([a-z]+{_E}|[.!?,;]|\Z)?", re.I
)
_CONTRACTED = {"your": ("you're", "grammar/your-youre", "you are"),
               "their": ("they're", "grammar/there-their", "they are")}  # fmt: skip
_PREPOSITIONS = frozenset(_PREP.split("|")) | {"than", "like"}
# What may follow "you're ready", never "your ready <noun>": "make sure your ready before".
_AFTER_PREDICATE = word_set(
    """that about of to for in with by before after when once until unless if because since
    now yet"""
)


def _your_youre(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_YOUR_WORD):
        word, nxt = m.group(2).lower(), (m.group(3) or "").lower()
        prev = word_before(masked, m.start())
        if m.group(3) is None or prev in _PREPOSITIONS:
            continue
        ends = nxt in ("", ".", "!", "?", ";")  # not ",": "your happy, healthy team"
        participle = len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")
        if word == "right":
            hit = nxt in ("that", "about")
        elif word == "welcome":  # "their welcome to join", not "their welcome to the city"
            verb = _WELCOME_TO.match(masked, m.end(1))
            hit = verb is not None and verb.group(1) in VERBS
        elif word in _YOUR_ADJECTIVES or (participle and word not in _ED_NOUNS):
            hit = ends or nxt in _AFTER_PREDICATE
        elif word.endswith("ing"):
            hit = prev in _CLAUSE_WORDS and prev != "that" and (ends or nxt in _YOUR_AFTER_ING)
        else:
            hit = word == "about" and nxt == "to"
        if hit:
            fixed, rule, spelled = _CONTRACTED[fold(m.group(1))]
            out.append(Finding(m.start(1), m.end(1), rule,
                               f"'{m.group(1)}' is possessive; '{spelled}' is written "
                               f"'{fixed}'", "error", match_case(m.group(1), fixed)))  # fmt: skip
    return out


# "it's message went", "you're phone is", "there cache expired": the contraction or the
# place word before a noun phrase that a finite verb follows is a possessive.
_BEFORE_CLAUSE = gated(
    rf"{_B}(it['’]s|you['’]re|they['’]re|there)((?:[ \t]+[a-z]+(?:['’][a-z]+)?{_E}){{2,3}})", re.I
)
_NOT_IN_PHRASE = word_set(
    """a an the not also still just only what who whom which this that there here one because
    why how where when very really so too all both some any no i we you they he she it me us
    them him her my our your their its his time worth about like than as if and or but to of
    in on at for with from by into over under up out down off now then right sure welcome
    going being been done ready more most less least much many well even ever never always"""
)
_BE_HAVE = word_set("""is are was were am be been has have had""")
_POSSESSIVE_OF = {"it's": "its", "you're": "your", "they're": "their", "there": "their"}
# Between a subject and its verb: "It's cache now lives on the shared disk".
_MID_ADVERBS = word_set("""now still also often usually always never already just""")


def _owner_before_clause(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_BEFORE_CLAUSE):
        word = fold(m.group(1))
        after = m.group(2).lower().split()
        if not _owned_phrase(after):
            continue
        if word == "there" and there_is_place(masked, m.start()):
            continue
        fixed = match_apostrophe(m.group(1), match_case(m.group(1), _POSSESSIVE_OF[word]))
        rule = {"it's": "grammar/its", "you're": "grammar/your-youre"}.get(
            word, "grammar/there-their"
        )
        message = f"'{m.group(1)}' before a noun: the possessive is '{fixed}'"
        out.append(Finding(m.start(1), m.end(1), rule, message, "error", fixed))
    return out


def _owned_phrase(after: list[str]) -> bool:
    """A noun phrase then its verb, or one noun, an adverb and its verb ("cache now lives")."""
    if any(_noun_then_verb(after[:k], after[k]) for k in range(1, len(after))):
        return True
    return len(after) == 3 and after[1] in _MID_ADVERBS and _noun_then_verb(after[:1], after[2])


def _noun_then_verb(phrase: list[str], verb: str) -> bool:
    """``phrase`` reads as a noun phrase and ``verb`` as its finite verb (a form of 'be' or
    'have' is a verb, never a noun: "there is air trapped")."""
    if any(w in _NOT_IN_PHRASE or w in _BE_HAVE or w.endswith(("ly", "ing", "ed")) for w in phrase):
        return False
    if not all(known(w) for w in phrase):
        return False
    plural = plural_noun(phrase[-1])
    if plural is True and len(phrase) == 1 and fold(verb) in VERBS:
        return True  # "it's visits last": a plural noun, then its verb in the base form
    return _finite(verb, plural)


def _finite(verb: str, plural: bool | None) -> bool:
    """An auxiliary, a past or an -s verb agreeing with the noun before it: never a base
    form, which an adjective phrase may precede ("it's fine use")."""
    w = fold(verb)
    if w in AUXILIARIES or w in IRREGULAR_PAST:
        return True
    if plural is not True and base_of_third(w) is not None:
        return True
    return is_past(w)


# "the day their added": 'their' before a participle that ends the clause is 'they're'.
_THEIR_PARTICIPLE = gated(
    rf"{_B}(their)[ \t]+[a-z]{{3,}}ed(?=[ \t]*[,.;!?]|[ \t]+(?:to|by|in|on|at|for|with|from|"
    rf"and|so|but){_E})",
    re.I,
)


# "Were looking forward to it." (not a question): 'were' with no subject is 'we're'.
_WERE_ING = gated(rf"[ \t]*(were)[ \t]+[a-z]+ing{_E}", re.I)
# "and this year were heading": a time phrase opening a clause is no subject for 'were'.
_TIME_WERE_ING = gated(
    rf"(?:(?<=[.!?,;]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|^)[ \t]*(?:this|next|last)"
    rf"[ \t]+(?:year|week|month|time|summer|winter|spring|autumn|weekend|morning|afternoon|"
    rf"evening|quarter|season)[ \t]+(were)[ \t]+[a-z]+ing{_E}",
    re.I | re.M,
)
# "until there covered": after a subordinator, 'there' before a participle is 'they're'.
_THERE_PARTICIPLE = gated(
    rf"{_B}(?:until|once|when|if|because|unless|while|since|after|before)[ \t]+(there)[ \t]+"
    rf"[a-z]{{3,}}(?:ed|en){_E}(?=[ \t]*[,.;!?]|[ \t]+(?:by|in|with|and|or){_E})"
    # "said there planning to": after a subordinator or a verb of saying, an -ing verb
    rf"|{_B}(?:until|once|when|if|because|unless|while|since|after|before|said|says|say|think|"
    rf"thinks|thought|hope|hopes|hoped|heard|know|knows|knew|told|tells|that)[ \t]+(there)"
    rf"[ \t]+(?!(?:some|any|every|no)thing{_E}|being{_E})[a-z]{{2,}}ing{_E}",
    re.I,
)


# "The auditors confirmed there arriving": any verb that takes a clause ("confirmed",
# "mentioned") before 'there' and an -ing verb.
_CLAUSE_THERE_ING = gated(
    rf"{_B}(there)[ \t]+(?!(?:some|any|every|no)thing{_E}|being{_E}|"
    rf"going[ \t]+to[ \t]+be{_E})[a-z]{{2,}}ing{_E}",
    re.I,
)


def _missing_subjects(scan: ChunkScan, chunk: Present) -> list[Finding]:
    """'were' and 'there' standing where 'we're' and 'they're' belong."""
    masked = scan.masked
    out = []
    for a, e in scan.prose_sentences():
        m = _WERE_ING.match(masked, a, e)
        if m and not masked[a:e].rstrip().endswith("?"):
            out.append(Finding(m.start(1), m.end(1), "grammar/were",
                               "'Were' needs a subject here: 'We're' (we are)", "error",
                               match_apostrophe(masked[max(0, a - 200) : e],
                                                match_case(m.group(1), "we're"))))  # fmt: skip
    for m in chunk.finditer(_TIME_WERE_ING):
        out.append(Finding(m.start(1), m.end(1), "grammar/were",
                           "'were' needs a subject here: 'we're' (we are)", "error",
                           match_case(m.group(1), "we're")))  # fmt: skip
    for m in chunk.finditer(_THERE_PARTICIPLE):
        g = 1 if m.group(1) is not None else 2
        out.append(Finding(m.start(g), m.end(g), "grammar/there-their",
                           "'there' is a place; 'they are' is written 'they're'", "error",
                           match_case(m.group(g), "they're")))  # fmt: skip
    for m in chunk.finditer(_CLAUSE_THERE_ING):
        verb = word_before(masked, m.start(1))
        if verb and _takes_clause(verb) and not any(f.start == m.start(1) for f in out):
            out.append(Finding(m.start(1), m.end(1), "grammar/there-their",
                               "'there' is a place; 'they are' is written 'they're'", "error",
                               match_case(m.group(1), "they're")))  # fmt: skip
    return out


# "bring you're passport", "published it's report": after a verb that takes an object, not
# a clause, the contraction stands where a possessive belongs. Verbs that take a clause ("I
# think it's", "found you're", "shows it's") are left alone, and so is a word after the
# contraction that a clause may start with (an adjective or participle, an adverb).
_OBJECT_CONTRACTION = gated(
    rf"{_B}([A-Za-z][a-z]+)[ \t]+(it['’]s|you['’]re|they['’]re|there)[ \t]+([a-z]+){_E}"
    rf"(?![ \t]*['’-])"
)
_CLAUSE_VERBS = word_set(
    """think suppose guess believe hope mean know say agree admit assume reckon expect fear
    feel imagine understand see promise bet wonder find show prove tell hear notice realise
    realize remember forget ensure check confirm verify learn read doubt suspect claim argue
    explain insist mention decide pretend trust warn worry wish seem appear sure means mind
    thank thanks like love hate"""
)
_CLAUSE_PASTS = word_set(
    """thought said knew felt found told heard saw understood meant forgot read bet shown
    proven seen known"""
)


_RULE_OF = {"its": "grammar/its", "your": "grammar/your-youre", "their": "grammar/there-their"}


def _takes_clause(verb: str) -> bool:
    if verb in _CLAUSE_VERBS or verb in _CLAUSE_PASTS:
        return True
    stems = (verb[:-1], verb[:-2], verb[:-3], verb[:-3] + "e", verb[:-3] + "y", verb[:-2] + "e")
    return any(s in _CLAUSE_VERBS for s in stems if s)


# After "there" these keep it the place or "there is": "let there be", "taught there two
# years", "stayed there every summer".
_THERE_THEN = word_set(
    """be two three four five six seven eight nine ten several many few every each most
    much"""
)


def _there_stays(masked: str, at: int, nxt: str) -> bool:
    """'there' after a verb is the place or opens "there is": "miss there old shop" is not."""
    return (
        there_is_place(masked, at)
        or nxt in AUXILIARIES
        or nxt in _THERE_NOT
        or nxt in _THERE_THEN
        or base_of_third(nxt) is not None
    )


def _object_contractions(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_OBJECT_CONTRACTION):
        verb, nxt = m.group(1).lower(), m.group(3)
        action = verb in VERBS or is_past(verb) or base_of_third(verb) is not None
        if verb.endswith("ing") and not action:
            action = any(s in VERBS for s in (verb[:-3], verb[:-3] + "e", verb[:-4]))
        if not action or verb in AUXILIARIES or _takes_clause(verb):
            continue
        if nxt in _NOT_IN_PHRASE or nxt.endswith(("ing", "ed", "ly", "en")) or not known(nxt):
            continue
        word = m.group(2)
        if word.lower() == "there" and _there_stays(chunk.masked, m.start(2), nxt):
            continue
        fixed = match_case(word, _POSSESSIVE_OF[fold(word)])
        out.append(Finding(m.start(2), m.end(2), _RULE_OF[fixed.lower()],
                           f"After '{verb}' a possessive belongs here: '{fixed}', not '{word}'",
                           "error", fixed))  # fmt: skip
    return out


# "Its easiest to start", "its safer that way": 'its' before a comparison that opens a clause
# ("did its best." is the possessive: a comparison needs 'to' or 'that' after it).
_ITS_COMPARED = gated(rf"{_B}(its)[ \t]+([a-z]+(?:er|est))(?=[ \t]+(?:to|that){_E})", re.I)


def _its_compared(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_ITS_COMPARED):
        if compared(m.group(2)):
            fixed = match_case(m.group(1), "it's")
            out.append(Finding(m.start(1), m.end(1), "grammar/its",
                               "'its' is possessive; 'it is' is written 'it's'", "error",
                               fixed))  # fmt: skip
    return out


def confusables(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Confusable-word findings, one per span and rule."""
    chunk = Present(scan.masked)
    out = _there_their(chunk) + _its_before_noun(chunk) + _your_youre(chunk)
    out += _owner_before_clause(chunk) + _missing_subjects(scan, chunk)
    out += _object_contractions(chunk) + _its_compared(chunk)
    for m in chunk.finditer(_THEIR_PARTICIPLE):
        fixed = match_apostrophe(m.group(1), match_case(m.group(1), "they're"))
        out.append(Finding(m.start(1), m.end(1), "grammar/there-their",
                           "'their' is possessive; 'they are' is written 'they're'", "error",
                           fixed))  # fmt: skip
    for rx, rule, fix, message in _CONFUSABLES:
        for m in chunk.finditer(rx):
            fixed = match_apostrophe(m.group(1), match_case(m.group(1), fix))
            out.append(Finding(m.start(1), m.end(1), rule, message, "error", fixed))
    unique = {(f.start, f.end, f.rule): f for f in reversed(out)}
    return sorted(unique.values(), key=lambda f: (f.start, f.rule))
