"""Verb forms and word choice: a participle used as the past ("we seen it"), "loose" for
"lose", "affect" for the noun "effect", "less" before a count noun, and agreement across a
phrase ("the results of the survey shows")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_case
from services.specialist.rules.gate import Gated, fold, gated
from services.specialist.rules.grammar.dictionary import frequencies, known
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import PARTICIPLE_OF_PAST, SAME_PAST, VERBS

_PAST = {"seen": "saw", "done": "did", "gone": "went", "ran": "ran", "began": "began",
         "begun": "began", "drunk": "drank", "wrote": "wrote", "sung": "sang", "swum": "swam",
         "rung": "rang", "sunk": "sank", "shrunk": "shrank", "sprung": "sprang"}  # fmt: skip
_PARTICIPLE_AS_PAST = gated(
    rf"{_B}(?:I|[Ww]e|[Tt]hey|[Yy]ou|[Hh]e|[Ss]he)[ \t]+(seen|done|begun|drunk|sung){_E}"
    rf"(?![ \t]+(?:by|to|with|as|in|at|for|enough){_E})",
)
_LOOSE = gated(
    rf"{_B}(?:to|will|would|could|might|may|can|cannot|can't|must|should|not|never|don't|"
    rf"didn't|won't|doesn't)[ \t]+(loose|loosing){_E}(?![ \t]+(?:fit|end|ends|thread|change)\b)",
    re.I,
)
_AFFECT_NOUN = gated(
    rf"{_B}(?:the|an|no|any|little|big|positive|negative|side|much|real|lasting|direct|"
    rf"significant)[ \t]+(affects?)(?=[ \t]+(?:on|of){_E}|[ \t]*[.,;!?])",
    re.I,
)
# "less of these moments": 'of' and a determiner before the plural change nothing.
_LESS = gated(
    rf"{_B}(less)[ \t]+(?:of[ \t]+(?:the|these|those|our|your|their|his|her|my)[ \t]+)?"
    rf"([a-z]+){_E}(?!-)",
    re.I,
)
# "less walk-ins", "less sign-ups": a noun made of a verb and a particle, in the plural.
_LESS_COMPOUND = gated(
    rf"{_B}(less)[ \t]+[a-z]+-(?:ins|ups|offs|outs|ons|overs|downs|backs|aways|throughs)"
    rf"{_E}",
    re.I,
)
_UNCOUNTABLE_S = word_set(
    """news series species means mathematics physics economics politics ethics statistics
    analytics logistics electronics genetics graphics always perhaps thus yes this across
    its was has is does various serious famous obvious previous"""
)
_LESS_PEOPLE = word_set("""people persons men women children""")
_OWNER = "its|the|a|an|my|your|their|our|his|her|this|that|these|those|any|some|every|all"
# "the page loose its search box": 'loose' (not tight) never takes an object.
_LOOSE_OBJECT = gated(rf"{_B}(loose|looses|loosing)(?=[ \t]+(?:{_OWNER}){_E})", re.I)
# "before it effected any customer", "this effects everyone": 'effected' or 'effects' with an
# object is 'affected' or 'affects' (to bring
# about a change, "effected a change", is left alone; Harper takes "will effect the").
_EFFECT_VERB = gated(
    rf"{_B}(?:it|he|she|they|we|this|that|which|who|will|would|could|may|might|can|not)"
    rf"[ \t]+(effected|effecting|effects)(?=[ \t]+(?:{_OWNER}|us|them|you|me|him|everyone|"
    rf"everybody|anyone|people)"
    rf"{_E})(?![ \t]+(?:a|the)?[ \t]*changes?{_E})",
    re.I,
)
# "will not effect existing customers": after a modal or 'not', 'effect' with a person or a
# group as its object is 'affect' ("will effect a change", "effect repairs" are left alone).
_EFFECT_BASE = gated(
    rf"{_B}(?:will|would|could|may|might|can|cannot|can't|won't|wouldn't|not|does|do|did|"
    rf"doesn't|don't|didn't|must|should|shouldn't)[ \t]+(effects?){_E}"
    rf"(?=[ \t]+(?:existing|current|everyone|anyone|people|customers|users|staff|us|them|you|"
    rf"me|him|our|your|their|his|its|every|all|any|many|most){_E})"
    rf"(?![ \t]+(?:[a-z]+[ \t]+)?(?:changes?|reforms?|improvements?|repairs?|payments?){_E})",
    re.I,
)
# "We cannot except late submissions": after a modal or 'not', 'except' is 'accept'; "Everyone
# accept the finance team": after a singular indefinite, 'accept' is 'except'.
_EXCEPT_VERB = gated(
    rf"{_B}(?:will|would|could|can|cannot|can't|won't|wouldn't|not|don't|doesn't|didn't|must|"
    rf"should|shouldn't|always|gladly|happily)[ \t]+(except|excepted|excepting){_E}"
    rf"(?![ \t]+(?:for|from|that){_E})",
    re.I,
)
# "We excepted the offer": a subject, then 'excepted' with an object, is 'accepted'.
_EXCEPTED_OBJECT = gated(
    rf"{_B}(?:i|we|you|they|he|she|it|who)[ \t]+(excepted){_E}(?=[ \t]+(?:the|a|an|our|your|"
    rf"their|his|her|my|this|that|these|those|it|them|every|all){_E})",
    re.I,
)
# "The weather effected our plans": what something did to plans, lives or sales is 'affected'.
_EFFECTED_OWNED = gated(
    rf"{_B}(effected|effects)(?=[ \t]+(?:our|your|their|his|her|my|its)[ \t]+(?:plans?|lives|"
    rf"life|work|business|sales|results|health|mood|performance|schedules?|day|week|team|staff|"
    rf"customers|users|service|services|supply|deliveries|delivery|ability|confidence|"
    rf"morale|income|budget|trip|travel|journey|holiday|sleep){_E})",
    re.I,
)
_ACCEPT_PREP = gated(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:Everyone|Everybody|Everything|Nobody|Anyone|"
    rf"Anybody|No[ \t]+one)[ \t]+(accept){_E}",
    re.M,
)
# "A lose cable", "came lose": 'lose' where an adjective belongs is 'loose'.
_LOSE_ADJECTIVE = gated(
    rf"{_B}(?:a|too|very|so|come|comes|came|coming|break|breaks|broke|breaking|cut|let|hang|"
    rf"is|are|was|were|been|felt|feels|worked|works)[ \t]+(lose){_E}"
    rf"(?![ \t]+(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those|some|any|"
    rf"all|weight|money|time|track|sight|touch|interest|out|to|it|them|us|me|him){_E})",
    re.I,
)
# "Pets are not aloud inside": after a form of 'be', 'aloud' (out loud) is 'allowed'. Harper's
# WasAloud says the same at about 0.1 ms a chunk ("read aloud" has no 'be' before it).
_ALOUD = gated(
    rf"{_B}(?:is|are|was|were|be|been|being|am|isn't|aren't|wasn't|weren't|not|never)"
    rf"[ \t]+(aloud){_E}",
    re.I,
)
# "I have already went": have, an adverb, then a simple past whose participle differs
# (Harper's SimplePastToPastParticiple takes "has began" with nothing between).
_HAVE_PAST = gated(
    rf"{_B}(?:have|has|had|['’]ve)[ \t]+(?:already|just|never|not|also|recently|finally|"
    rf"always|ever|since|now)[ \t]+({'|'.join(PARTICIPLE_OF_PAST)}){_E}",
    re.I,
)
# "I have recently complete the course": 'have', an adverb, then a base form with an object
# after it; its participle is the regular past ("completed").
_HAVE_BASE = gated(
    rf"{_B}(?:have|has|had|['’]ve)[ \t]+(?:already|just|never|recently|finally|also|now|"
    rf"since|successfully|previously)[ \t]+([a-z]+)(?=[ \t]+(?:the|a|an|my|our|your|their|his|"
    rf"her|its|this|that|these|those|it|them|us|me|him|up|out){_E})",
    re.I,
)
# A participle that is never a simple past, after a noun and before what a verb takes: "The
# engineer begun to investigate" ("had begun", "was sung" are left alone).
_PARTICIPLE_ONLY = gated(
    rf"{_B}([a-z]+)[ \t]+(begun|sung|drunk|swum|rung|sunk|shrunk|sprung)"
    rf"(?=[ \t]+(?:to|the|a|an|his|her|their|our|my|its|it|them){_E})",
    re.I,
)
_BEFORE_PARTICIPLE = word_set(
    """have has had having be been being is are was were am get gets got getting 've 's
    already just never not also recently finally since ever once newly"""
)
# With nothing between ("the pipes had froze"): a fallback where Harper says nothing. A past
# that is as often a noun ("have saw blades", "have rose bushes") needs an object or the
# clause's end after it.
_HAVE_PAST_BARE = gated(
    rf"{_B}(?:have|has|had|['’]ve)[ \t]+({'|'.join(PARTICIPLE_OF_PAST)}){_E}"
    rf"(?<!saw)(?<!rose)(?<!fell)(?<!drew)"
    rf"|{_B}(?:have|has|had|['’]ve)[ \t]+(saw|rose|fell|drew)"
    rf"(?=[ \t]*[,.;!?]|[ \t]+(?:the|a|an|it|him|her|them|us|me|you|this|that|up){_E})",
    re.I,
)
# The pasts ``_HAVE_PAST_BARE`` takes: its first word may start inside a run ("I've"), so the
# gate cannot try it at its first words only; a chunk without one of these is passed over.
_BARE_PASTS = frozenset(PARTICIPLE_OF_PAST) | {"saw", "rose", "fell", "drew"}
# "The results of the survey shows": a plural head, "of" + a noun phrase, a singular verb.
_HEAD_PHRASE = gated(
    rf"{_B}((?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur|[Aa]ll|[Mm]any|[Ss]ome|[Tt]heir)[ \t]+"
    rf"([a-z]+s))[ \t]+of[ \t]+(?:the|this|that|our|your|their|my|his|her|its|a|an|each)[ \t]+"
    rf"(?:[a-z]+[ \t]+)?[a-z]+[ \t]+(is|was|has|shows|seems|needs|remains|suggests|indicates|"
    rf"does|looks|makes|gives|contains|includes){_E}",
)
_SINGULAR_S = re.compile(r"(?:ss|us|is|ics|news|series)$")
_TO_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do"}


@dataclass(frozen=True, slots=True)
class _Swap:
    """A wrong word (group 1 of ``rx``) and what it should be: ``message`` names ``{word}``
    and ``{fixed}``; ``others`` are further edits."""

    rx: Gated
    rule: str
    fix: Callable[[str], str]
    message: str
    others: Callable[[str], tuple[str, ...]] = lambda _: ()


def _loose_others(word: str) -> tuple[str, ...]:
    return (match_case(word, "loses"),) if word.lower() == "loose" else ()


_LOSE = "'{word}' means not tight; to misplace is '{fixed}'"
_SWAPS = (
    _Swap(_PARTICIPLE_AS_PAST, "grammar/past-form", _PAST.__getitem__,
          "'{word}' needs 'have'; the simple past is '{fixed}'", lambda w: (f"have {w}",)),
    _Swap(_LOOSE, "grammar/lose-loose",
          lambda w: match_case(w, "lose" if w.lower() == "loose" else "losing"), _LOSE),
    _Swap(_AFFECT_NOUN, "grammar/affect-effect", lambda w: match_case(w, "effect" + w[6:]),
          "The noun is '{fixed}'; 'affect' is the verb"),
    _Swap(_LOOSE_OBJECT, "grammar/lose-loose",
          lambda w: match_case(w, w.lower().replace("loos", "los")), _LOSE, _loose_others),
    _Swap(_EFFECT_VERB, "grammar/affect-effect", lambda w: match_case(w, "a" + w[1:]),
          "The verb is '{fixed}'; 'effect' is the noun"),
    _Swap(_EFFECT_BASE, "grammar/affect-effect", lambda w: match_case(w, "a" + w[1:]),
          "The verb is '{fixed}'; 'effect' is the noun"),
    _Swap(_EXCEPT_VERB, "grammar/accept-except", lambda w: match_case(w, "acc" + w[3:]),
          "To agree to or take is '{fixed}'; 'except' means leaving out"),
    _Swap(_EXCEPTED_OBJECT, "grammar/accept-except", lambda w: match_case(w, "accepted"),
          "To agree to or take is '{fixed}'; 'except' means leaving out"),
    _Swap(_EFFECTED_OWNED, "grammar/affect-effect", lambda w: match_case(w, "a" + w[1:]),
          "The verb is '{fixed}'; 'effect' is the noun"),
    _Swap(_ACCEPT_PREP, "grammar/accept-except", lambda w: match_case(w, "except"),
          "Leaving out is '{fixed}'; 'accept' means to agree to or take"),
    _Swap(_LOSE_ADJECTIVE, "grammar/lose-loose", lambda w: match_case(w, "loose"),
          "Not tight is '{fixed}'; 'lose' means to misplace or not win"),
    _Swap(_ALOUD, "grammar/aloud-allowed", lambda w: match_case(w, "allowed"),
          "Permitted is '{fixed}'; 'aloud' means out loud"),
    _Swap(_HAVE_PAST, "grammar/past-form",
          lambda w: match_case(w, PARTICIPLE_OF_PAST[fold(w)]),
          "After 'have' the verb takes its participle: '{fixed}'"),
)  # fmt: skip


def participles_after_have(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """A simple past right after 'have' ("had froze"): the lens keeps it where Harper's
    SimplePastToPastParticiple has nothing to say."""
    out: list[Finding] = []
    if Present(scan.masked).words.isdisjoint(_BARE_PASTS):
        return out  # every match holds one of them as a whole word
    for m in _HAVE_PAST_BARE.finditer(scan.masked):
        group = 1 if m.group(1) is not None else 2
        word = m.group(group)
        fixed = match_case(word, PARTICIPLE_OF_PAST[fold(word)])
        out.append(Finding(m.start(group), m.end(group), "grammar/past-form",
                           f"After 'have' the verb takes its participle: '{fixed}'", "error",
                           fixed))  # fmt: skip
    return out


def _participles(chunk: Present) -> list[Finding]:
    """A base form after 'have' and an adverb ("have recently complete"), and a participle
    that is never a past after a noun ("the engineer begun to")."""
    out = []
    for m in chunk.finditer(_HAVE_BASE):
        verb = m.group(1).lower()
        fixed = _regular_past(verb)
        if fixed is None:
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/past-form",
                           f"After 'have' the verb takes its participle: '{fixed}'", "error",
                           match_case(m.group(1), fixed)))  # fmt: skip
    for m in chunk.finditer(_PARTICIPLE_ONLY):
        before = m.group(1).lower()
        if before in _BEFORE_PARTICIPLE or before.endswith("ly"):
            continue
        if before in ("and", "or") and _SHARED_HAVE.search(
            chunk.masked, max(0, m.start() - 80), m.start()
        ):
            continue  # "has written three books and begun a fourth": one 'has' for both
        word = m.group(2)
        fixed = match_case(word, _PAST[word.lower()])
        out.append(Finding(m.start(2), m.end(2), "grammar/past-form",
                           f"'{word}' needs 'have'; the simple past is '{fixed}'", "error",
                           fixed, (f"had {word}",)))  # fmt: skip
    return out


# A perfect earlier in the sentence that a participle after 'and' shares.
_SHARED_HAVE = re.compile(
    r"\b(?:has|have|had|['’]ve|['’]d)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:ed|en|wn|un|ne)\b[^.!?;\n]*$",
    re.I,
)


def _regular_past(verb: str) -> str | None:
    """The -ed form of a base-form verb of the lexicon, if it is a word ("complete" ->
    "completed"); None for irregular verbs and verbs whose past is their base."""
    if verb not in VERBS or verb in SAME_PAST:
        return None
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past = verb[:-1] + "ied"
    return past if known(past) else None


def _word_choice(chunk: Present) -> list[Finding]:
    """A participle used as the simple past ("we seen it") or a simple past after 'have';
    loose for lose and effect for affect, as noun or verb."""
    out = []
    for swap in _SWAPS:
        for m in chunk.finditer(swap.rx):
            word = m.group(1)
            fixed = swap.fix(word)
            out.append(Finding(m.start(1), m.end(1), swap.rule,
                               swap.message.format(word=word, fixed=fixed), "error",
                               fixed, swap.others(word)))  # fmt: skip
    return out


def _number(chunk: Present) -> list[Finding]:
    """less with count nouns; a verb agreeing with the noun of an 'of' phrase, not its head."""
    out = []
    for m in chunk.finditer(_LESS):
        noun = m.group(2).lower()
        if not _count_noun(noun):
            continue
        out.append(Finding(m.start(1), m.end(1), "grammar/less-fewer",
                           f"'{noun}' can be counted: 'fewer {noun}'", "warning",
                           match_case(m.group(1), "fewer")))  # fmt: skip
    for m in chunk.finditer(_LESS_COMPOUND):
        out.append(Finding(m.start(1), m.end(1), "grammar/less-fewer",
                           "A plural that can be counted takes 'fewer'", "warning",
                           match_case(m.group(1), "fewer")))  # fmt: skip
    for m in chunk.finditer(_HEAD_PHRASE):
        head, verb = m.group(2), m.group(3)
        if _SINGULAR_S.search(head) or (not known(head[:-1]) and not known(head[:-2])):
            continue
        fixed = _TO_PLURAL.get(verb, verb[:-1])
        out.append(Finding(m.start(3), m.end(3), "grammar/subject-verb",
                           f"The subject is '{m.group(1)}' (plural): '{fixed}'", "error",
                           fixed))  # fmt: skip
    return out


# "more looser and easier": 'more' or 'most' before a word that already compares. Harper
# takes the comparatives its dictionary marks as adjectives; this reads the form.
_DOUBLE_DEGREE = gated(
    rf"{_B}(?:more|most)[ \t]+([a-z]{{3,}}(?:er|est))(?=[ \t]*[.,;!?]|[ \t]+(?:than|and|or|to|"
    rf"for|now|still|today|overall){_E})",
    re.I,
)
_NOT_COMPARATIVE = word_set(
    """later latest further furthest farther other ever never rather over after under
    together however whether either neither interest forest"""
)


def compared(word: str) -> bool:
    """A comparative or superlative of a known adjective ("looser", "bigger", "easiest"): its
    sibling form is a word ("loosest"; not "buttest", "dangest") and so is its base, a more
    frequent one (not "water", "cover", "number")."""
    w = word.lower()
    if w in ("better", "best", "worse", "worst", "lesser", "least"):
        return True
    if w in _NOT_COMPARATIVE or not w.endswith(("er", "est")):
        return False
    cut = 2 if w.endswith("er") else 3
    stem = w[:-cut]
    if not known(stem + ("est" if cut == 2 else "er")):
        return False
    bases = [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else ""]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.append(stem[:-1])  # "bigger" -> "big"
    counts = frequencies()
    own = counts.get(w, 0)
    return own > 0 and any(b and len(b) > 2 and counts.get(b, 0) > own for b in bases)


def double_degree(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """'more'/'most' before a comparative ("more looser"): a fallback where Harper, which
    knows the adjectives of its dictionary, says nothing."""
    out = []
    for m in _DOUBLE_DEGREE.finditer(scan.masked):
        if compared(m.group(1)):
            out.append(Finding(m.start(), m.end(), "grammar/double-comparative",
                               f"'{m.group(1)}' already compares: drop '{m.group(0).split()[0]}'",
                               "error", m.group(1)))  # fmt: skip
    return out


def verbs(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Participles as the past, loose/lose, affect/effect, less/fewer, agreement across 'of'."""
    chunk = Present(scan.masked)
    return _word_choice(chunk) + _number(chunk) + _participles(chunk)


def _count_noun(noun: str) -> bool:
    """A plural count noun ("errors", "bugs", "people"), not a mass noun or an adjective."""
    if noun in _LESS_PEOPLE:
        return True
    if noun in _UNCOUNTABLE_S or not noun.endswith("s") or _SINGULAR_S.search(noun):
        return False
    if noun.endswith("ies"):
        return known(noun[:-3] + "y")  # "families", "injuries"
    return known(noun[:-1]) or (noun.endswith("es") and known(noun[:-2]))
