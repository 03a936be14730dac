"""Subject-verb agreement for the grammar lens: pronouns, indefinites, mass nouns, "each",
"there is" + plural. Each pattern is narrow on purpose: a missed error beats a false alarm."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_apostrophe, match_case
from services.specialist.rules.gate import Gated, fold, gated
from services.specialist.rules.grammar.clauses import base_of_third
from services.specialist.rules.grammar.nouns import OBJECT_OF, plural_noun, third_person
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import NOUN_VERBS, VERBS

_PREV_WORD = re.compile(r"([^\W_][\w'’]*)[ \t]*\n?[ \t]*$")
_AUX = word_set(
    """do does did will would can could shall should may might must to let lets make makes made
    making help helps helped have has had having see sees saw watch watched hear heard
    doesn't didn't won't wouldn't can't couldn't shouldn't mustn't"""
)
_CONJ = word_set("""and but or if when because so since as while unless until although though""")


def _prev_word(masked: str, pos: int) -> str:
    """The word just before ``pos`` with only spaces between ('' after punctuation)."""
    m = _PREV_WORD.search(masked, max(0, pos - 40), pos)
    return m.group(1) if m else ""


_THIRD = {"don't": "doesn't", "do not": "does not", "have": "has", "haven't": "hasn't",
          "are": "is", "aren't": "isn't", "do": "does"}  # fmt: skip
_PLURAL = {"was": "were", "wasn't": "weren't", "is": "are", "isn't": "aren't", "has": "have",
           "hasn't": "haven't", "does": "do", "doesn't": "don't"}  # fmt: skip
_FIRST = {"is": "am", "are": "am", "isn't": "am not", "aren't": "am not", "has": "have",
          "hasn't": "haven't", "does": "do", "doesn't": "don't"}  # fmt: skip
_SINGULAR = {"are": "is", "were": "was", "have": "has", "aren't": "isn't", "weren't": "wasn't",
             "haven't": "hasn't", "don't": "doesn't", "do": "does"}  # fmt: skip
_MASS_NOUNS = (
    "information|advice|equipment|furniture|feedback|knowledge|news|evidence|luggage|baggage|"
    "homework|progress|software|hardware|research|traffic|machinery|clothing|jewelry|jewellery|"
    "mail|garbage|rubbish|merchandise|scenery|weather|wildlife|money|music|vocabulary"
)
_INDEFINITE = (
    "everyone|everybody|everything|someone|somebody|something|anyone|anybody|anything|"
    "nobody|nothing|no[ \t]+one"
)
_DETERMINER = "the|this|that|our|your|their|his|her|its|my|some|much|no|any"
_EACH_OF = (
    r"(?:each|one|neither|either)[ \t]+of[ \t]+(?:them|us|you|these|those|"
    r"(?:the|our|their|your|my|his|her|its)(?:[ \t]+[a-z]+){1,2})"
)

Guard = Callable[[str, re.Match[str]], bool]


def _verbs(fixes: dict[str, str]) -> str:
    alts = sorted(fixes, key=len, reverse=True)
    return "|".join(re.escape(v).replace("'", "['’]").replace(r"\ ", "[ \t]+") for v in alts)


def _not_after_aux(masked: str, m: re.Match[str]) -> bool:
    return _prev_word(masked, m.start()).lower() not in _AUX


def _pronoun_subject(masked: str, m: re.Match[str]) -> bool:
    """Not after an auxiliary; 'it' after a preposition is its object ("parts of it are")."""
    prev = _prev_word(masked, m.start()).lower()
    return prev not in _AUX and not (m.group(1).lower() == "it" and prev in OBJECT_OF)


def _you_as_subject(masked: str, m: re.Match[str]) -> bool:
    prev = _prev_word(masked, m.start())
    return prev == "" or prev.lower() in _CONJ


_NUMBERED_BY_ROMAN = word_set(
    """part chapter section phase stage volume book act appendix article level type class war
    tier grade step schedule annex exhibit figure table title"""
)


def _pronoun_i(masked: str, m: re.Match[str]) -> bool:
    """'I' the pronoun, not the numeral in "Part I is" or "World War I was"."""
    prev = _prev_word(masked, m.start())
    return m.group(1) == "I" and prev.lower() not in _NUMBERED_BY_ROMAN


def _each_noun(masked: str, m: re.Match[str]) -> bool:
    noun = m.group(1).split()[-1].lower()
    return noun not in {"other", "and", "or", "of"} and not noun.endswith("ly")


_AGREEMENT: list[tuple[Gated, dict[str, str], Guard | None]] = [
    (gated(rf"{_B}(he|she|it)[ \t]+({_verbs(_THIRD)}){_E}", re.I), _THIRD, _pronoun_subject),
    (gated(rf"{_B}(they|we)[ \t]+({_verbs(_PLURAL)}){_E}", re.I), _PLURAL, None),
    (gated(rf"{_B}(you)[ \t]+({_verbs(_PLURAL)}){_E}", re.I), _PLURAL, _you_as_subject),
    (gated(rf"{_B}(I)[ \t]+({_verbs(_FIRST)}){_E}"), _FIRST, _pronoun_i),
    (gated(rf"{_B}({_INDEFINITE})[ \t]+({_verbs(_SINGULAR)}){_E}", re.I), _SINGULAR,
     _not_after_aux),
    (gated(rf"{_B}((?:{_DETERMINER})[ \t]+(?:{_MASS_NOUNS}))[ \t]+({_verbs(_SINGULAR)}){_E}",
           re.I), _SINGULAR, _not_after_aux),
    (gated(rf"{_B}((?:each|every)[ \t]+[a-z]+)[ \t]+({_verbs(_SINGULAR)}){_E}", re.I),
     _SINGULAR, lambda t, m: _each_noun(t, m) and _not_after_aux(t, m)),
    (gated(rf"{_B}({_EACH_OF})[ \t]+({_verbs(_SINGULAR)}){_E}", re.I), _SINGULAR, None),
    # "A number of issues was raised": 'a number of' counts a plural ('the number' is one).
    (gated(rf"{_B}(a[ \t]+number[ \t]+of(?:[ \t]+[a-z]+)?[ \t]+[a-z]+s)[ \t]+"
           rf"({_verbs(_PLURAL)}){_E}", re.I), _PLURAL, None),
]  # fmt: skip

_QUANTITY = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|numerous|"
    r"multiple|various|few|\d+"
)
_THERE_IS = gated(
    rf"{_B}(there(?:[ \t]+(?:is|was|isn['’]t|wasn['’]t)|['’]s))[ \t]+({_QUANTITY}){_E}", re.I
)
_THERE_ARE = gated(
    rf"{_B}(there[ \t]+(?:are|were))[ \t]+(?:a|an)[ \t]+([a-z]+)(?:[ \t]+(\w+))?", re.I
)
_COLLECTIVE = word_set(
    """lot lots few couple number handful variety range series total dozen bunch majority great
    good host set pair myriad plethora multitude wealth ton hundred thousand million billion
    estimated additional further extra whole"""
)
_THERE_FIX = {"is": "are", "was": "were", "isn't": "aren't", "wasn't": "weren't", "'s": "are"}
_DET = "the|our|your|their|his|her|my|its|this|that"
# "The team and the manager was late": two subjects, each with its own determiner, are plural
# ("the bread and butter", "the head and founder" are one thing: no second determiner).
_JOINED = gated(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*((?i:{_DET})[ \t]+[a-z]+[ \t]+and[ \t]+(?i:{_DET})"
    rf"[ \t]+[a-z]+)[ \t]+(was|is|has|wasn['’]t|isn['’]t|hasn['’]t){_E}",
    re.M,
)
# "Neither the driver nor the passengers was hurt", "Neither the lead nor the deputy were
# there": the verb agrees with the nearer subject.
_NOR = gated(
    rf"{_B}(nor[ \t]+(?:(?:{_DET}|these|those)[ \t]+)?([a-z]+))[ \t]+(was|is|has|wasn['’]t|"
    rf"isn['’]t|hasn['’]t|were|are|have|weren['’]t|aren['’]t|haven['’]t|[a-z]+){_E}",
    re.I,
)
# 'neither' opens the pair; a 'nor' without it may invert a clause ("nor were they told").
_NEITHER_BEFORE = re.compile(r"(?i)\bneither\b[^.!?;:\n]*$")
# "There is a lot of reasons": 'a lot of' counts what it is of.
_THERE_LOT = gated(
    rf"{_B}(there(?:[ \t]+(?:is|was)|['’]s))[ \t]+(?:a[ \t]+lot|lots|plenty)[ \t]+of[ \t]+"
    rf"([a-z]+){_E}",
    re.I,
)
# "The report, along with the slides, were sent": the phrase between commas adds no subject.
_ALONG_WITH = gated(
    rf"{_B}((?i:{_DET})[ \t]+([a-z]+)),[ \t]+(?i:along[ \t]+with|together[ \t]+with|as[ \t]+"
    rf"well[ \t]+as|in[ \t]+addition[ \t]+to|alongside|including)[^,.;:!?\n]{{1,60}},[ \t]+"
    rf"(were|are|have|weren['’]t|aren['’]t|haven['’]t){_E}",
)


def _after_neither(masked: str, pos: int) -> bool:
    """'neither' opens the clause that 'nor' at ``pos`` continues."""
    return _NEITHER_BEFORE.search(masked, max(0, pos - 80), pos) is not None


def _lexical_fix(verb: str, plural: bool | None) -> dict[str, str]:
    """A plain verb that is no noun after a singular ("nor the visitor enter": "enters"), or
    its -s form after a plural ("nor the visitors enters": "enter")."""
    if plural is False and verb in VERBS and verb not in NOUN_VERBS:
        return {verb: third_person(verb)}
    base = base_of_third(verb)
    if plural and base in VERBS and base not in NOUN_VERBS and third_person(base) == verb:
        return {verb: base}
    return {}


def _plural_subjects(chunk: Present) -> list[Finding]:
    """Two subjects joined by 'and', a plural after 'nor', 'a lot of' + a plural after
    'there is', and a singular subject with 'along with ...' between it and its verb."""
    out = []
    for m in chunk.finditer(_JOINED):
        verb = m.group(2)
        fixed = match_apostrophe(verb, match_case(verb, _PLURAL[fold(verb)]))
        message = f"Two subjects joined by 'and' take '{fixed}'"
        out.append(Finding(m.start(2), m.end(2), "grammar/subject-verb", message, "error", fixed))
    for m in chunk.finditer(_NOR):
        verb, plural = m.group(3), plural_noun(m.group(2))
        fixes = _PLURAL if plural else _SINGULAR
        fixes = {**fixes, **_lexical_fix(fold(verb), plural)}
        if plural is None or fold(verb) not in fixes:
            continue
        if not plural and not _after_neither(chunk.masked, m.start()):
            continue
        fixed = match_apostrophe(verb, match_case(verb, fixes[fold(verb)]))
        out.append(Finding(m.start(3), m.end(3), "grammar/subject-verb",
                           f"After 'nor' the verb agrees with '{m.group(2)}': '{fixed}'", "error",
                           fixed))  # fmt: skip
    for m in chunk.finditer(_THERE_LOT):
        if plural_noun(m.group(2)) is not True:
            continue  # "there is a lot of work": a mass noun
        head = m.group(1)
        verb = "'s" if head[5:6] in ("'", "’") else head.split()[-1]
        fixed = head[:5] + " " + _THERE_FIX[fold(verb)]
        out.append(Finding(m.start(1), m.end(1), "grammar/subject-verb",
                           f"'{m.group(2)}' is plural: use '{fixed}'", "error", fixed))  # fmt: skip
    for m in chunk.finditer(_ALONG_WITH):
        if plural_noun(m.group(2)) is not False:
            continue
        verb = m.group(3)
        fixed = match_apostrophe(verb, match_case(verb, _SINGULAR[fold(verb)]))
        message = f"The subject is '{m.group(1)}' alone: '{fixed}'"
        out.append(Finding(m.start(3), m.end(3), "grammar/subject-verb", message, "error", fixed))
    return out


_SPACES = re.compile(r"\s+")
_DECIMAL = re.compile(r"[.,]\d")
_BLANKS = re.compile(r"[ \t]+")


def agreement(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Subject-verb agreement findings (pronouns, indefinites, mass nouns, "there is")."""
    masked = scan.masked
    chunk = Present(masked)
    out = []
    for rx, fixes, guard in _AGREEMENT:
        for m in chunk.finditer(rx):
            if guard is not None and not guard(masked, m):
                continue
            verb = m.group(2)
            key = _SPACES.sub(" ", fold(verb))
            fixed = match_apostrophe(verb, match_case(verb, fixes[key]))
            subject = _SPACES.sub(" ", m.group(1))
            out.append(
                Finding(m.start(2), m.end(2), "grammar/subject-verb",
                        f"'{subject}' takes '{fixed}', not '{verb}'", "error", fixed)
            )  # fmt: skip
    for m in chunk.finditer(_THERE_IS):
        qty = m.group(2)
        if qty.isdigit() and (qty == "1" or _DECIMAL.match(masked[m.end() : m.end() + 2])):
            continue
        head = m.group(1)
        verb = _BLANKS.split(head, maxsplit=1)[1] if " " in head or "\t" in head else "'s"
        fixed = head[:5] + " " + _THERE_FIX[fold(verb)]
        out.append(
            Finding(m.start(1), m.end(1), "grammar/subject-verb",
                    f"'{qty}' is plural: use '{fixed}'", "error", fixed)
        )  # fmt: skip
    out += _plural_subjects(chunk)
    for m in chunk.finditer(_THERE_ARE):
        second = (m.group(3) or "").lower()
        if m.group(2).lower() in _COLLECTIVE or second in _COLLECTIVE or second.isdigit():
            continue
        head = m.group(1)
        fixed = head[:5] + (" is" if head.lower().endswith("are") else " was")
        out.append(
            Finding(m.start(1), m.end(1), "grammar/subject-verb",
                    f"'{m.group(2)}' is singular: use '{fixed}'", "error", fixed)
        )  # fmt: skip
    return out
