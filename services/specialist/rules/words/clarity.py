"""Phrase lists of the clarity lens: wordy phrases, jargon, nominalisations, vague words."""

from __future__ import annotations

from services.specialist.rules.words import DELETE, word_set

WORDY: dict[str, str | None] = {
    "in order to": "to", "in order for": "for", "due to the fact that": "because",
    "owing to the fact that": "because", "in light of the fact that": "because",
    "despite the fact that": "although", "in spite of the fact that": "although",
    "at this point in time": "now", "at the present time": "now", "at this moment in time": "now",
    "in the event that": "if", "for the purpose of": "for", "with regard to": "about",
    "with respect to": "about", "in regard to": "about", "in relation to": "about",
    "a large number of": "many", "a great number of": "many", "the majority of": "most",
    "in the near future": "soon", "prior to": "before", "subsequent to": "after",
    "in close proximity to": "near", "has the ability to": "can", "have the ability to": "can",
    "is able to": "can", "are able to": "can", "each and every": "every",
    "first and foremost": "first", "on a daily basis": "daily", "on a weekly basis": "weekly",
    "on a regular basis": "regularly", "until such time as": "until", "whether or not": "whether",
    "basic fundamentals": "fundamentals", "end result": "result",
    "future plans": "plans", "past history": "history", "advance planning": "planning",
    "completely eliminate": "eliminate", "absolutely essential": "essential",
    "it is important to note that": None, "it should be noted that": None,
    "the fact that": None, "in terms of": None, "in the process of": None,
    "along the lines of": "like", "in the amount of": "of", "a sufficient number of": "enough",
    "take into account": "consider", "is indicative of": "indicates",
    "are indicative of": "indicate", "in a timely manner": "promptly",
    "at this juncture": "now", "with a view to": "to", "in excess of": "more than",
    "in the absence of": "without", "in a position to": None, "on the grounds that": "because",
    "for the reason that": "because", "in view of the fact that": "because", "by means of": "by",
    "in the vicinity of": "near", "with the exception of": "except", "in the course of": "during",
    "at an early date": "soon", "in the region of": "about", "a majority of": "most",
    "it is our intention to": "we intend to", "it is my intention to": "I intend to",
    "on the part of": "by", "in receipt of": None,
    "on a monthly basis": "monthly", "on a yearly basis": "yearly",
    "on an annual basis": "annually", "on a quarterly basis": "quarterly",
    "on an hourly basis": "hourly", "on an ongoing basis": None, "on a continuous basis": None,
    "for the duration of": "during", "it is worth noting that": None,
    "it is worth mentioning that": None, "it goes without saying that": None,
    "needless to say": None, "in an effort to": "to", "in an attempt to": "to",
    "at a later date": "later", "a sufficient amount of": "enough",
    "in conjunction with": "with", "with the aim of": "to", "with the intention of": "to",
    "in the majority of cases": "usually", "in the vast majority of cases": "usually",
    "the vast majority of": "most", "a significant number of": "many",
    "a considerable number of": "many", "a significant amount of": "much",
    "a considerable amount of": "much", "in order that": "so that", "as a means of": "to",
    "by virtue of": "by", "in the event of": None, "as a result of the fact that": "because",
    "are of the opinion that": "think that", "is of the opinion that": "thinks that",
    "am of the opinion that": "think that", "at the end of the day": None,
    "at your earliest convenience": "soon", "at the earliest opportunity": "soon",
    "over and above": "beyond", "in the near term": "soon", "in a manner that": None,
    "for all intents and purposes": None, "with reference to": "about",
    "in due course": "later", "for the most part": "mostly", "with the result that": "so that",
    "as to whether": "whether", "is in need of": "needs", "are in need of": "need",
    "so as to": "to", "on account of": "because of", "pertaining to": "about",
    "during the course of": "during", "a great deal of": "much", "at that point in time": "then",
    # Redundant pairs: the second word says nothing the first does not.
    "final outcome": "outcome", "past experience": "experience", "advance warning": "warning",
    "unexpected surprise": "surprise", "free gift": "gift", "new innovation": "innovation",
    "true facts": "facts", "consensus of opinion": "consensus", "general consensus": "consensus",
    "brief summary": "summary", "final conclusion": "conclusion", "added bonus": "bonus",
    "basic essentials": "essentials", "mutual cooperation": "cooperation",
    "advance notice": "notice", "sum total": "total", "period of time": "period",
    "twelve noon": "noon", "twelve midnight": "midnight", "completely finished": "finished",
    "completely destroyed": "destroyed", "completely full": "full", "completely empty": "empty",
    "exact same": "same", "each individual": "each",
    "basic necessities": "necessities", "still remains": "remains", "actual fact": "fact",
    "fellow colleagues": "colleagues", "personal opinion": "opinion", "pin number": "PIN",
    "atm machine": "ATM", "exactly identical": "identical", "final completion": "completion",
    "postpone until later": "postpone", "whole entire": "whole",
}  # fmt: skip
# Verbs with a word that repeats them ("revert back"), in every form: see redundant_verbs.
_REDUNDANT_VERBS = [
    ("revert", "back"), ("return", "back"), ("refer", "back"), ("repeat", "again"),
    ("collaborate", "together"), ("join", "together"), ("merge", "together"),
    ("combine", "together"), ("cooperate", "together"),
]  # fmt: skip

JARGON: dict[str, str | None] = {
    "leverage": "use", "leverages": "uses", "leveraged": "used", "leveraging": "using",
    "synergy": None, "synergies": None, "synergize": "cooperate", "paradigm shift": "major change",
    "circle back": "return", "touch base": "talk", "move the needle": "make progress",
    "low-hanging fruit": "easy wins", "going forward": "from now on", "deep dive": "close look",
    "value-add": "benefit", "best-of-breed": "best", "ideate": "brainstorm",
    "incentivize": "encourage", "incentivise": "encourage", "operationalize": None,
    "holistic": None, "thought leadership": None, "mission-critical": "essential",
    "game changer": None, "game-changer": None, "win-win": None, "boil the ocean": None,
    "drill down": "examine", "facilitate": "help", "facilitates": "helps",
    "facilitated": "helped", "facilitating": "helping", "actionable insights": None,
    "core competency": "strength", "core competencies": "strengths",
    "learnings": "lessons", "best-in-class": "best", "take this offline": "discuss this later",
    "take it offline": "discuss it later", "align on": "agree on", "net-net": None,
    "operationalise": None, "bleeding-edge": "newest", "sunsetting": "retiring",
    "sunsetted": "retired", "solutioning": None, "ideation": "brainstorming",
    "ducks in a row": None, "upskilling": "training", "greenlit": "approved",
    "value proposition": None, "thought leader": None, "thought leaders": None,
    "world-class": None, "key learnings": "lessons", "quick win": None, "quick wins": None,
    "synergistic": None, "next-gen": "new",
    # Job-ad and pitch-deck clichés: they describe no skill or result a reader can check.
    "growth mindset": None, "bias for action": None, "self-starter": None,
    "results-driven": None, "hit the ground running": "start quickly",
    "think outside the box": None, "blue-sky thinking": None, "best of breed": "best",
    "move the dial": "make progress", "next-generation": "new", "game-changing": None,
    "cutting-edge": "new", "frictionless": None, "impactful": None, "level-set": None,
    "wheelhouse": None, "mindshare": None, "turnkey": None,
}  # fmt: skip
# Buzzword compounds: an abstract noun and a suffix that claims it drives the product
# ("AI-powered", "customer-centric", "data-driven"); "battery-powered" names a power source.
_BUZZ_NOUNS = """ai data customer customers user users digital cloud smart solutions results outcome
outcomes value growth impact insight insights people market mission purpose innovation"""
_BUZZ_SUFFIXES = "powered driven centric oriented enabled native"
JARGON.update(
    (f"{noun}-{suffix}", None)
    for noun in _BUZZ_NOUNS.split()
    for suffix in _BUZZ_SUFFIXES.split()
    if f"{noun}-{suffix}" != "cloud-native"  # a way to build services, not a boast
)

VAGUE: dict[str, str | None] = {
    "very": DELETE, "quite": DELETE, "fairly": DELETE, "somewhat": DELETE,
    "rather": DELETE, "basically": DELETE, "essentially": DELETE, "various": None,
    "a number of": None, "relatively": None, "virtually": None, "arguably": None,
    "some people": None, "it is said": None,
    "it is believed": None, "many people believe": None, "studies show": None,
    "experts say": None, "in some cases": None, "to some extent": None, "more or less": None,
    "very good": "excellent", "very bad": "poor", "very big": "huge", "very large": "huge",
    "very small": "tiny", "very important": "essential", "very fast": "rapid",
    "very difficult": "hard", "very easy": "simple", "very tired": "exhausted",
    "very happy": "delighted", "very clear": "obvious", "very often": "frequently",
    "very old": "ancient", "very quick": "rapid", "very slow": "sluggish",
    "very long": "lengthy", "very many": "many", "very much": "greatly",
}  # fmt: skip

# Sources an unnamed-authority claim leans on ("studies show"), and the words before them that
# make the source a particular one: "our surveys show", "the reports say", "Exported reports
# show the wrong currency" (the thing itself, not an authority).
SOURCES = word_set("studies research surveys reports experts scientists statistics")
SPECIFIC = word_set("the our your their my his her its this that these those")

# Light verb + noun -> the verb the noun hides ("make a decision" -> "decide").
_LIGHT_VERBS: dict[str, tuple[str, str, str, str, str]] = {
    # base, third person, past, -ing, participle
    "make": ("make", "makes", "made", "making", "made"),
    "take": ("take", "takes", "took", "taking", "taken"),
    "give": ("give", "gives", "gave", "giving", "given"),
    "have": ("have", "has", "had", "having", "had"),
    "come": ("come", "comes", "came", "coming", "come"),
    "do": ("do", "does", "did", "doing", "done"),
    "arrive": ("arrive", "arrives", "arrived", "arriving", "arrived"),
    "reach": ("reach", "reaches", "reached", "reaching", "reached"),
    "conduct": ("conduct", "conducts", "conducted", "conducting", "conducted"),
    "perform": ("perform", "performs", "performed", "performing", "performed"),
    "provide": ("provide", "provides", "provided", "providing", "provided"),
    "carry out": ("carry out", "carries out", "carried out", "carrying out", "carried out"),
}
_HIDDEN_VERBS = [
    ("make", "a decision", "decide"), ("reach", "a decision", "decide"),
    ("arrive", "at a decision", "decide"), ("come", "to a conclusion", "conclude"),
    ("arrive", "at a conclusion", "conclude"), ("give", "consideration to", "consider"),
    ("take", "into consideration", "consider"), ("conduct", "an investigation", "investigate"),
    ("conduct", "an analysis", "analyze"), ("perform", "an analysis", "analyze"),
    ("carry out", "an analysis", "analyze"), ("do", "an analysis", "analyze"),
    ("provide", "assistance to", "help"), ("provide", "assistance", "help"),
    ("make", "an assumption", "assume"), ("have", "a discussion about", "discuss"),
    ("have", "a discussion", "discuss"), ("reach", "an agreement", "agree"),
    ("make", "a recommendation", "recommend"), ("give", "an explanation of", "explain"),
    ("provide", "an explanation of", "explain"), ("make", "an adjustment", "adjust"),
    ("carry out", "an evaluation of", "evaluate"), ("perform", "an evaluation of", "evaluate"),
    ("make", "use of", "use"), ("make", "an improvement to", "improve"),
    ("give", "approval to", "approve"), ("make", "a request for", "request"),
    ("make", "a proposal", "propose"), ("make", "a suggestion", "suggest"),
    ("make", "an attempt to", "try to"), ("conduct", "a review of", "review"),
    ("perform", "a review of", "review"), ("make", "a payment", "pay"),
    ("make", "a contribution to", "contribute to"), ("make", "a comparison", "compare"),
    ("make", "a comparison between", "compare"), ("have", "a tendency to", "tend to"),
    ("make", "reference to", "refer to"), ("give", "a description of", "describe"),
    ("provide", "a description of", "describe"), ("take", "action", "act"),
    ("make", "an announcement", "announce"), ("give", "a presentation", "present"),
    ("come", "to an agreement", "agree"), ("reach", "a conclusion", "conclude"),
    ("make", "an estimate of", "estimate"), ("make", "an enquiry", "ask"),
    ("make", "an inquiry", "ask"), ("give", "an indication of", "indicate"),
    ("give", "an indication", "indicate"), ("have", "a conversation about", "talk about"),
    ("have", "a conversation with", "talk to"), ("take", "a decision", "decide"),
    ("make", "a choice", "choose"),
    ("make", "an application for", "apply for"), ("give", "a response to", "respond to"),
    ("provide", "a response to", "respond to"), ("have", "an impact on", "affect"),
    ("make", "a purchase", "buy"), ("make", "a reservation", "reserve"),
    ("provide", "an update on", "update you on"), ("give", "an update on", "update you on"),
    ("make", "a correction to", "correct"), ("give", "permission to", "allow"),
    ("take", "the decision", "decide"),
]  # fmt: skip
# Not listed: "make a complaint", a formal step with a procedure behind it ("how to make a
# complaint"), which "complain" (to grumble) does not name.
# Nouns that make a compound with the noun before them: "reach a decision maker", "make a
# payment plan", "do an analysis tool": the light verb's object is the compound, not a verb.
COMPOUND_HEADS = word_set(
    """maker makers making process processes tree trees point points plan plans system systems
    form forms date dates deadline deadlines tool tools log logs record records team teams
    method methods model models framework frameworks template templates request requests
    terms history schedule schedules portal page pages desk officer officers"""
)
_IRREGULAR = {"pay": ("pays", "paid", "paying"), "try": ("tries", "tried", "trying"),
              "refer": ("refers", "referred", "referring")}  # fmt: skip


def _inflect(verb: str, form: int) -> str:
    """``verb`` (possibly "verb particle") in form 0 base, 1 third, 2 past, 3 -ing, 4 participle."""
    head, _, tail = verb.partition(" ")
    if form == 0:
        word = head
    elif head in _IRREGULAR:
        word = _IRREGULAR[head][{1: 0, 2: 1, 3: 2, 4: 1}[form]]
    elif form == 1:
        word = head + ("es" if head.endswith(("s", "sh", "ch", "x", "z")) else "s")
    elif form in (2, 4):
        word = head + ("d" if head.endswith("e") else "ed")
    else:
        word = (head[:-1] if head.endswith("e") and not head.endswith("ee") else head) + "ing"
    return f"{word} {tail}" if tail else word


def hidden_verbs() -> dict[str, str]:
    """Every inflected light-verb phrase mapped to the matching form of its plain verb."""
    out: dict[str, str] = {}
    for light, obj, verb in _HIDDEN_VERBS:
        for form, light_form in enumerate(_LIGHT_VERBS[light]):
            out.setdefault(f"{light_form} {obj}", _inflect(verb, form))
    for noun in ("utilization", "utilisation"):
        out[noun] = "use"
    for stem in ("utiliz", "utilis"):
        out.update({stem + "e": "use", stem + "es": "uses", stem + "ed": "used",
                    stem + "ing": "using"})  # fmt: skip
    return out


def redundant_verbs() -> dict[str, str]:
    """Every form of a verb followed by a word it already says ("reverted back" -> "reverted")."""
    out: dict[str, str] = {}
    for verb, extra in _REDUNDANT_VERBS:
        for form in range(4):
            out[f"{_inflect(verb, form)} {extra}"] = _inflect(verb, form)
    return out


# Verbs that only carry a noun made from another verb ("undertook a review of"), every form.
_CARRIERS = """make makes making made undertake undertakes undertaking undertaken undertook perform
performs performed performing conduct conducts conducted conducting carry carries carried
carrying give gives giving given gave provide provides provided providing achieve achieves
achieved achieving effect effects effected effecting obtain obtains obtained obtaining"""
_VERBAL_NOUN = (
    r"(?:(?:a|an|the)[ \t]+)?(?:(?:careful|full|proper|thorough|detailed|formal|quick|brief|"
    r"further|serious|close|due|final|initial)[ \t]+)?"
    r"(?:[a-z]+(?:tion|sion|ment|ance|ence|ysis)|review|survey|study|"
    r"search|check|audit|approval|refusal|removal|renewal|dismissal|withdrawal|disposal|"
    r"referral|denial|reversal|appraisal|discovery|recovery|delivery|enquiry|inquiry|"
    # A phrasal verb's noun: "performs a lookup of" is "looks up".
    r"lookup|cleanup|rollout|walkthrough)[ \t]+(?:of|on|to|in|for|about|into|with|"
    # "made the discovery that": the noun's clause follows, as its object would.
    r"that)"
)
# A verbal noun that is the subject or object of another: "the achievement of a reduction
# in", "the conducting of a review of". Two hidden verbs in a row (heads that name a thing,
# "the department of", are in NOT_VERBAL_HEADS).
_CHAINED_HEAD = (
    r"(?:[a-z]+(?:tion|sion|ment|ance|ence)|conducting|performing|undertaking|making|giving|"
    r"carrying[ \t]+out)"
)
_ACT_NOUN = r"[a-z]+(?:tion|sion|ment|ance|ence)"
# Nouns of a state of mind that "have" carries: "had an expectation of" is "expected".
_MENTAL_NOUN = (
    r"(?:expectation|assumption|suspicion|recollection|realisation|realization|understanding|"
    r"appreciation|awareness)"
)
# A verbal noun as the subject of its clause, at the clause's start: "The application of
# fertiliser should wait", "..., the completion of the testing has slipped". The doer and the
# verb both hide in the noun. Heads that name a thing ("The condition of the roof") are left
# alone by NOT_VERBAL_HEADS.
_CLAUSE_START = r"(?:(?<=[.!?,;:][ \t])|(?<=\n)|(?<![\s\S]))"


def _subject(article: str) -> str:
    """The pattern of a clause that opens with ``article``, a verbal noun and "of"."""
    return rf"{_CLAUSE_START}{article}[ \t]+{_ACT_NOUN}[ \t]+of"


# Nouns whose verb says something else ("make an appointment", "provide information on").
NOT_HIDING = word_set(
    """appointment information accommodation difference exception statement experience evidence
    motion question position section guidance insurance maintenance performance chance
    confidence presence conversation documentation solution permission station attention
    mention department document moment commitment instance balance distance sentence"""
)
# Heads of a chain that name a thing or a quality, not an act: "the department of", "the
# importance of a review".
NOT_VERBAL_HEADS = word_set(
    """government department environment equipment apartment moment document statement element
    segment settlement parliament station section position nation population question mention
    attention sentence instance distance balance importance significance evidence experience
    difference confidence presence absence audience conference science finance licence license
    condition portion fraction proportion generation tradition reputation edition version
    mission occasion vision dimension pension tension session management basement entrance
    region nutrition ambition emotion fashion passion pavement ornament sentiment temperament
    tournament parchment compartment instrument argument collection selection combination"""
)


def hidden_verb_shapes() -> dict[str, str]:
    """First word -> pattern of a carrier verb, an optional article, a verbal noun and its
    preposition ("undertook a review of", "give notification to"), of two verbal nouns
    chained ("the achievement of a reduction in"), of a verbal noun that opens its clause
    ("The application of") or that "come to" or "have" carry ("had an expectation of")."""
    out = {}
    for verb in _CARRIERS.split():
        particle = r"out[ \t]+" if verb.startswith("carr") else ""
        out[verb] = rf"{verb}[ \t]+{particle}{_VERBAL_NOUN}"
    # "came to the realisation that": arriving at a state of mind the verb names.
    for verb in ("come", "comes", "came", "coming"):
        out[verb] = rf"{verb}[ \t]+to[ \t]+(?:a|an|the)[ \t]+{_ACT_NOUN}[ \t]+that"
    for verb in ("have", "has", "had", "having"):
        out[verb] = rf"{verb}[ \t]+(?:an?|the)[ \t]+{_MENTAL_NOUN}[ \t]+(?:of|that)"
    chained = rf"the[ \t]+{_CHAINED_HEAD}[ \t]+of[ \t]+{_VERBAL_NOUN}"
    out["the"] = rf"(?:{chained}|{_subject('the')})"
    for article in ("a", "an"):
        out[article] = _subject(article)
    return out


_OBJECT = r"(?:the|this|these|that|those|it|them|our|your|any|all|each)"
_JARGON_VERBS = (
    "action actioned actioning socialise socialised socialising socialize socialized socializing"
)
# Words after which "action" is a verb: "to action the", "we'll action it".
BEFORE_VERB = word_set(
    "to will please can could should must we i you they we'll i'll you'll they'll"
)


def nouns_as_verbs() -> dict[str, str]:
    """First word -> pattern of an office noun used as a verb on an object ("action the
    feedback", "socialise the plan"); a bare "action" is a verb only after BEFORE_VERB."""
    return {verb: rf"{verb}[ \t]+{_OBJECT}" for verb in _JARGON_VERBS.split()}


_DETERMINER = r"(?:the|a|an|our|your|their|its|this|that|each|every|all|any|\d)"


def wordy_shapes() -> dict[str, str]:
    """First word -> pattern of a wordy shape: "on a fortnightly basis", "on an ad hoc basis"
    (any "on a ... basis" says "fortnightly", "when needed")."""
    return {"on": r"on[ \t]+an?[ \t]+(?:[a-z\-]+[ \t]+){1,2}basis"}


def jargon_shapes() -> dict[str, str]:
    """First word -> pattern of office jargon that a list of fixed phrases cannot hold:
    "bandwidth" for a person's time ("the bandwidth to take on the audit"), not a link's
    capacity ("bandwidth to the server")."""
    out = {"bandwidth": rf"bandwidth[ \t]+(?:to|for)[ \t]+(?!{_DETERMINER}\b)[a-z]+"}
    # "unlocks the full value of", "unlocking your potential": a promise with nothing to check.
    for verb in ("unlock", "unlocks", "unlocked", "unlocking"):
        out[verb] = (
            rf"{verb}[ \t]+(?:(?:the|your|its|their|our)[ \t]+)?(?:(?:full|true|real|hidden)"
            r"[ \t]+)?(?:value|potential)"
        )
    return out
