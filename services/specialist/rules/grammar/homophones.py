"""Words that sound like the right one: 'to' for 'too' ("was to small", "old posts to."),
'your'/'their' before a preposition ("if your on the rota": 'you're'), 'then' closing a
comparison a few words after its comparative ("spent more on it then we raised"), 'its'
before a predicate ("its stiff.") and 'who's' before an adjective and a plural."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import match_case
from services.specialist.rules.gate import Gated, gated
from services.specialist.rules.grammar.clauses import base_of_third
from services.specialist.rules.grammar.confusables import word_before
from services.specialist.rules.grammar.dictionary import known, likely_verb
from services.specialist.rules.grammar.nouns import plural_noun
from services.specialist.rules.grammar.present import Present
from services.specialist.rules.grammar.verbs import compared
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import VERBS

# "was to small for us", "isn't to much": after a linking verb, 'to' before an adjective that
# the clause ends on, or that 'for', 'to' or a conjunction follows, is 'too'. A verb there
# is an infinitive ("is to blame", "were to close at six") and is left alone.
# Found from its 'to' (most chunks have one, few a 'to' before such a word), then read back.
_TO_ADJECTIVE = gated(
    rf"{_B}(to)[ \t]+([a-z]+)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:for|to|and|but|or|that|with|"
    rf"now|already|so|because|in|on|at|by|today|anyway){_E})",
    re.I | re.M,
)
_LINKING = word_set(
    """is was are were be been am isn't wasn't aren't weren't seem seems seemed look looks
    looked feel feels felt far not became become becomes get gets got getting grew remain
    remains remained it's that's he's she's there's what's they're we're you're i'm"""
)
# Adverbs between the linking verb and 'to': "is also to slow", "was still to cold".
_BETWEEN = word_set("""also still now just already simply really always often sometimes""")
# Words of degree that 'too' goes with and that compare irregularly or not at all.
_DEGREE = word_set("""much many few little late early soon often far long""")
_ADJECTIVE_ENDINGS = ("ful", "ous", "able", "ible", "less", "ive", "ic", "al", "y")


def _adjective(word: str) -> bool:
    """An adjective and not a verb: it compares ("small": "smaller") or ends as adjectives do,
    and it is neither a verb of the lexicon nor used as one ("close": "closed")."""
    w = word.lower()
    if w in _DEGREE:
        return True
    if w in VERBS or likely_verb(w) or not known(w):
        return False
    comparative = w[:-1] + "ier" if w.endswith("y") else w + ("r" if w.endswith("e") else "er")
    doubled = w + w[-1] + "er"
    return w.endswith(_ADJECTIVE_ENDINGS) or compared(comparative) or compared(doubled)


# "the next run shows old posts to.": a noun phrase, then 'to' closing the sentence, is
# "too" (also). A verb or a pronoun before it ("we wanted to.", "asked me to.") is an
# infinitive left short and is left alone.
_TO_AT_END = gated(rf"{_B}(to)(?=[ \t]*[.!](?:\s|$))", re.I)
_TWO_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+([A-Za-z]+)[ \t]+$")
_NOUN_BEFORE = word_set(
    """the my our your their his her these those some all any many few several other more
    old new two three four five"""
)
# Nouns that take an infinitive, which a writer may leave short: "we had our reasons to."
_TAKES_INFINITIVE = word_set(
    """plans reasons chances efforts attempts orders instructions permissions rights ways means
    resources funds tools opportunities options decisions"""
)


def _to_too(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_TO_ADJECTIVE):
        before = word_before(masked, m.start()).replace("’", "'")
        if before in _BETWEEN:
            at = masked.rfind(before, max(0, m.start() - 40), m.start())
            before = word_before(masked, at).replace("’", "'") if at >= 0 else ""
        if before in _LINKING and _adjective(m.group(2)):
            out.append(_too(m.start(1), m.group(1), "before an adjective"))
    for m in chunk.finditer(_TO_AT_END):
        words = _TWO_BEFORE.search(masked, max(0, m.start() - 60), m.start())
        if words is None:
            continue
        before, noun = words.group(1).lower(), words.group(2).lower()
        if plural_noun(noun) is not True or noun in _TAKES_INFINITIVE:
            continue
        is_verb = base_of_third(noun) is not None or noun in VERBS
        if before in _NOUN_BEFORE or (not is_verb and _adjective(before)):
            out.append(_too(m.start(1), m.group(1), "at the end of the sentence"))
    return out


def _too(at: int, word: str, where: str) -> Finding:
    return Finding(at, at + len(word), "grammar/to-too",
                   f"'{word}' {where} means 'too' (also, or more than enough)", "error",
                   match_case(word, "too"))  # fmt: skip


# "If your on the rota", "their away this week": a possessive needs a noun, so 'your' or
# 'their' before a preposition and its object, or before an adverb that ends the clause or
# opens what follows, is "you're" or "they're".
_OWNER_BEFORE_PREP = gated(
    rf"{_B}(your|their)[ \t]+(?:(?:on|in|at|from|into|under)[ \t]+(?:the|a|an|my|your|our|"
    rf"their|his|her|this|that|holiday|leave|track|call|board|site|it|them){_E}"
    rf"|(?:away|here|there|still|always|never|currently|probably|also)"
    rf"(?=[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:this|next|for|from|with|until|today|tomorrow|on|in|"
    rf"at|and|but|so|when|if|because|able|here|there|the|a|an|late|welcome|right|[a-z]+ing)"
    rf"{_E}))",
    re.I | re.M,
)
_CONTRACTION_OF = {
    "your": ("you're", "grammar/your-youre"),
    "their": ("they're", "grammar/there-their"),
}


def _owner_before_preposition(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_OWNER_BEFORE_PREP):
        word = m.group(1)
        fixed, rule = _CONTRACTION_OF[word.lower()]
        out.append(Finding(m.start(1), m.end(1), rule,
                           f"'{word}' needs a noun; 'they are' or 'you are' is written "
                           f"'{fixed}'", "error", match_case(word, fixed)))  # fmt: skip
    return out


# "spent more on the disco then we raised", "easier to learn then their old list": 'then'
# before a subject or a possessive, in the clause of a comparative, is 'than'. A time word
# or a condition in the clause ("if it takes longer then we stop") leaves 'then' alone, and
# so does 'then' after a comma or a conjunction, or before a modal ("then we can rest").
_THEN = gated(
    rf"{_B}(then)[ \t]+(?=(?:we|they|i|you|he|she|it|the|their|our|his|her|my|its|any|most|"
    rf"anyone|anything|last|before|usual|expected|planned|ever){_E})",
    re.I,
)
_CLAUSE_START = re.compile(r"[.,;:!?\n]")
_COMPARISON = re.compile(r"(?i)\b(?:more|less|fewer|rather|other|[a-z]{3,}(?:er|ier))\b")
_TIME_OR_CONDITION = re.compile(
    r"(?i)\b(?:if|when|whenever|once|after|before|first|until|till|unless|as[ \t]+soon)\b"
)
_MODAL_AFTER = re.compile(
    r"(?i)then[ \t]+[a-z]+[ \t]+(?:will|would|can|could|should|must|might|may|need|have|had|"
    r"'ll|’ll)\b"
)
_BEFORE_THEN = re.compile(r"(?i)\b(?:and|but|or|so|just|only|even|since|until|by|from)[ \t]*$")


def _then_than(chunk: Present) -> list[Finding]:
    masked = chunk.masked
    out = []
    for m in chunk.finditer(_THEN):
        at = m.start(1)
        start = max(
            (c.end() for c in _CLAUSE_START.finditer(masked, max(0, at - 80), at)),
            default=max(0, at - 80),
        )
        clause = masked[start:at]
        if _BEFORE_THEN.search(clause) or _TIME_OR_CONDITION.search(clause):
            continue
        if _MODAL_AFTER.match(masked, at):
            continue
        words = [w.group(0) for w in _COMPARISON.finditer(clause)]
        if not any(w.lower() in ("more", "less", "fewer", "rather", "other") or compared(w)
                   for w in words):  # fmt: skip
            continue
        out.append(Finding(at, m.end(1), "grammar/then-than",
                           "Comparisons take 'than'; 'then' is about time", "error",
                           match_case(m.group(1), "than")))  # fmt: skip
    return out


# "If a link jumps, its stiff.", "Its available today": 'its' opening a clause, then an
# adjective that ends it or a time word, is "it's". Only an adjective that compares
# ("stiffer") counts, and not one that is as often a noun after a possessive ("its best").
_ITS_PREDICATE = gated(
    rf"{_B}(its)[ \t]+([a-z]+)(?=[ \t]*(?:[.!?;]|$)|[ \t]+(?:today|now|tomorrow|again|already|"
    rf"online|here|there|everywhere){_E})",
    re.I | re.M,
)
# Where a clause starts: after a stop or a comma, a conjunction, or at a line's start.
_CLAUSE_BEFORE = re.compile(r"(?:[.!?,;]|\b(?:and|but|so|because|if|when))[ \t]*$|^[ \t]*$", re.I)
_NOUNS_AFTER_ITS = word_set(
    """best worst most least own all utmost worth due light dark round square present left
    right close high low place fill"""
)
_LISTED_PREDICATES = word_set("""available ready open free fine done over""")


def _its_predicate(chunk: Present) -> list[Finding]:
    out = []
    for m in chunk.finditer(_ITS_PREDICATE):
        word = m.group(2).lower()
        if word in _NOUNS_AFTER_ITS or not (word in _LISTED_PREDICATES or _compares(word)):
            continue
        line_start = chunk.masked.rfind("\n", 0, m.start()) + 1
        if not _CLAUSE_BEFORE.search(chunk.masked, max(line_start, m.start() - 12), m.start()):
            continue  # "the dog wagged its tail.": a possessive after a verb
        out.append(Finding(m.start(1), m.end(1), "grammar/its",
                           "'its' is possessive; 'it is' is written 'it's'", "error",
                           match_case(m.group(1), "it's")))  # fmt: skip
    return out


def _compares(word: str) -> bool:
    """An adjective with a comparative of its own ("stiff": "stiffer", "easy": "easier")."""
    forms = (word + "er", word + "r", word[:-1] + "ier", word + word[-1:] + "er")
    return not (word in VERBS or likely_verb(word)) and any(compared(f) for f in forms)


# "new starters, who's first weeks are the hardest": 'who's', a word like 'first', then a
# plural and its verb: the possessive 'whose'.
_WHOS_ADJECTIVE = gated(
    rf"{_B}(who['’]s)[ \t]+(?:first|last|new|main|only|best|biggest|favourite|favorite|own)"
    rf"[ \t]+[a-z]+s[ \t]+(?:are|were|have|had|do|did|don['’]t|can|will|would){_E}",
    re.I,
)


def _whos_adjective(chunk: Present) -> list[Finding]:
    message = "'who's' means 'who is'; the possessive is 'whose'"
    fixes = [(m.start(1), m.end(1), match_case(m.group(1), "whose"))
             for m in chunk.finditer(_WHOS_ADJECTIVE)]  # fmt: skip
    return [Finding(a, e, "grammar/whose", message, "error", fixed) for a, e, fixed in fixes]


# Sound-alikes that the next word tells apart (group 1 is the wrong word): "whose on call"
# (a preposition cannot follow a possessive), "We except payment" (a subject's verb), "Is
# their any chance" (a question of being), "your feeling better", "its easier" (a verb or
# an adjective follows, not a noun).
_TOLD_BY_THE_NEXT_WORD: tuple[tuple[Gated, str, str, str], ...] = (
    (
        gated(
            rf"{_B}(whose)[ \t]+(?:on|in|at|off|going|coming|been|responsible|available|next|"
            rf"free|doing|not|up|out|away|here|there|the|a|an){_E}",
            re.I,
        ),
        "who's",
        "grammar/whose",
        "'whose' owns a noun; 'who is' is 'who's'",
    ),
    (
        gated(
            rf"{_B}(?:we|i|they|you|he|she)(?:[ \t]+(?:do[ \t]+not|don['’]t|will|can|cannot|"
            rf"can['’]t|no[ \t]+longer|now|also|only|gladly|happily|still))?[ \t]+(except)"
            rf"[ \t]+(?:payment|payments|cash|cards?|cheques?|checks?|returns|bookings|"
            rf"applications|submissions|deliveries|responsibility|the|your|our|all|any|no){_E}",
            re.I,
        ),
        "accept",
        "grammar/accept-except",
        "To take or agree to is 'accept'; 'except' leaves out",
    ),
    (
        gated(
            rf"{_B}(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)[ \t]+(their)"
            rf"(?=[ \t]+(?:any|a|an|no|some|enough|anything|anyone|anybody|nothing|still|"
            rf"always|really){_E})",
            re.I,
        ),
        "there",
        "grammar/there-their",
        "Something that exists is 'there', not 'their'",
    ),
    (
        gated(
            rf"{_B}(your)(?=[ \t]+(?:feeling|doing|getting|going|looking|coming|trying|making|"
            rf"working|running|joining|leaving)[ \t]+(?:better|worse|well|fine|ok|okay|great|"
            rf"much|so|too|very|really|to|home|back|there|here|it|this|the|a|an|up|out){_E}|"
            rf"[ \t]+welcome[ \t]*[.!])",
            re.I,
        ),
        "you're",
        "grammar/your-youre",
        "'you are' is 'you're'; 'your' owns a noun",
    ),
    (
        gated(
            rf"{_B}(its)(?=[ \t]+(?:easier|harder|better|worse|cheaper|faster|quicker|simpler|"
            rf"possible|impossible|likely|unlikely|important|getting|been|not|raining|okay|ok|"
            rf"a|an|the){_E})",
            re.I,
        ),
        "it's",
        "grammar/its",
        "'it is' is 'it's'; 'its' owns a noun",
    ),
)


def _told_by_the_next_word(chunk: Present) -> list[Finding]:
    out = []
    for rx, right, rule, message in _TOLD_BY_THE_NEXT_WORD:
        for m in chunk.finditer(rx):
            fixed = match_case(m.group(1), right)
            out.append(Finding(m.start(1), m.end(1), rule, message, "error", fixed))
    return out


def homophones(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """to/too, your/their before a preposition, then/than after a comparative, its/it's
    before a predicate, who's/whose before an adjective and a plural, and the sound-alikes
    the next word tells apart."""
    chunk = Present(scan.masked)
    out = _to_too(chunk) + _owner_before_preposition(chunk) + _then_than(chunk)
    return out + _its_predicate(chunk) + _whos_adjective(chunk) + _told_by_the_next_word(chunk)
