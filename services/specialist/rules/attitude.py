"""Attitude, for the tone lens: condescension, passive aggression, sarcasm, blame aimed at a
person or a team, and dismissiveness, each a family of patterns.

A pattern describes the grammatical shape that carries the attitude rather than one fixed
wording: "as I (already) (said|explained) (in my message|before)", "<a person or team>
(forgot|didn't bother|failed) to", "<praise>, (another|yet another) ...", "a ten-year-old
could ...", "<someone> should have checked", "it is disappointing that <people> ...". A
family flags the words that carry the attitude, in every style (no register makes them
polite), with a message that says what the reader hears and what to write instead. Plain
bad news ("the build failed"), a writer's own accountability ("we should have tested it")
and a sincere thanks are not attitude.

Patterns are written with plain spaces (any run of spaces or tabs) and straight apostrophes
(either apostrophe); they are case-insensitive unless they name a person by a capital.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from services.specialist.findings import Finding
from services.specialist.rules.edits import deletion
from services.specialist.rules.gate import Gated, folded, gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan


@dataclass(frozen=True, slots=True)
class Family:
    """One attitude: its rule id, what the reader hears, and its patterns."""

    rule: str
    message: str
    patterns: tuple[Gated, ...]


def _src(shape: str) -> str:
    """A pattern as written here as a regex: outside a character class " " is a run of spaces
    or tabs (" *" an optional one); everywhere "'" is either apostrophe."""
    out, in_class, i = [], False, 0
    while i < len(shape):
        c = shape[i]
        if c == "\\":
            out.append(shape[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append("'’" if c == "'" else c)
        elif c == " ":
            star = shape[i + 1 : i + 2] == "*"
            out.append(r"[ \t]*" if star else r"[ \t]+")
            i += star
        else:
            in_class = c == "["
            out.append("['’]" if c == "'" else c)
        i += 1
    return "".join(out)


def _rx(*shapes: str, flags: int = re.I) -> tuple[Gated, ...]:
    return tuple(gated(rf"{_B}(?:{_src(s)}){_E}", flags) for s in shapes)


# Who may be blamed: a team or a department, "someone in the X team", a pronoun for others,
# a first name. Never "I" or "we": owning a mistake is the tone an editor asks for.
_GROUP = (
    r"(?:(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]heir) (?:[a-z]+ ){0,2}(?:team|department|office|vendor|"
    r"supplier|contractors?|agency|provider|developers|engineers|staff)|HR|IT|QA|Legal|Finance|Ops)"
)
_SOMEONE = (
    r"(?:[Ss]omebody|[Ss]omeone|[Nn]obody|[Nn]o one)(?: (?:in|on|from|at) (?:the )?(?:[a-z]+ )"
    r"{0,2}(?:team|department|office|group|desk))?"
)
_OTHERS = rf"(?:[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|{_GROUP}|{_SOMEONE})"
_PERSON = rf"(?:{_OTHERS}|[A-Z][a-z]+)"  # a first name: "Maria broke the build"
_AGAIN = r"(?: (?:once again|again|just|simply|apparently|conveniently|still|also))?"
_NOT = r"(?:didn't|did not|never|couldn't be|could not be)"
# Verbs of a lapse that only a person commits (a server cannot "forget to" or "not bother").
_LAPSE = (
    rf"forgot to|{_NOT} bother(?:ed)? to|never bothered to|neglected to|ignored|"
    r"should (?:have (?:checked|tested|known|noticed|caught|asked|read|thought|realised|realized|"
    r"told|looked)|know (?:better|by now))"
)
_FAULT_VERBS = (
    r"broke|messed up|screwed up|ruined|dropped the ball|botched|"
    rf"{_NOT} bother(?:ed)? to|forgot to|neglected to"
)
_STAFF = (
    r"member of staff|staff member|employee|engineer|developer|colleague|intern|contractor|temp|"
    r"driver|clerk|trainee|new starter|new hire"
)

CONDESCENSION = Family(
    "tone/condescending",
    "Condescending: '{text}' tells the reader they should already know; explain it plainly",
    _rx(
        r"obviously",
        r"clearly,? (?:you|the people|people|anyone|someone|somebody|nobody|whoever)",
        r"(?:you|they) (?:clearly|obviously) (?:did not|didn't|have not|haven't|never|don't|"
        r"do not|can't|cannot)",
        # Measured against a child or a beginner: "even a ten-year-old could".
        r"(?:even )?(?:a|any) (?:[a-z]+-year-old|child|toddler|schoolchild|monkey|trained monkey) "
        r"(?:can|could|would|manages?|knows?)",
        r"even (?:a|any) (?:beginner|novice|first(?:-| )year|junior|intern|newcomer) (?:can|could|"
        r"would|manages?|knows?)",
        r"anyone (?:with half a brain|with (?:any |a little |basic )?common sense|with eyes|"
        r"who has ever [a-z]+(?: [a-z]+){0,3} (?:can|could|would|knows?))",
        r"(?:which|that|something) (?:most|all|normal|sensible) (?:people|adults|users) "
        r"(?:manage|can do|can manage|know)",
        r"as (?:everyone|anyone|everybody) (?:knows|can see|should know)",
        r"as any [a-z]+ (?:knows|would know|can tell you)",
        r"it's not rocket science",
        r"any competent [a-z]+",
        r"surely (?:you|everyone|anyone) (?:know|knows|understand|understands|realise|realize|can)",
        r"i'm surprised you (?:don't|didn't)",
        r"needless to say",
        r"it should be obvious",
        r"(?:obvious|clear) if you",
        r"if you (?:had )?(?:just |only |actually |bothered to |took the time to |cared to )"
        r"(?:look|looked|read|check|checked|think|thought|pay attention|paid attention|listen)",
        r"(?:did|do|have) you (?:even|actually) (?:read|look|looked|check|checked|try|tried)",
        r"let me (?:explain this|spell it out) (?:slowly|simply|for you|again)",
        r"(?:simply|just) (?:read|follow) the (?:docs|documentation|manual|instructions)",
        r"(?:is|are) (?:probably |clearly |simply |just )?not for you",
        r"(?:has|have) no business (?:in|with|being|doing|touching|writing|running|near)",
        r"(?:hold|holding) (?:your|their|his|her|my) hands?|spoon-?fe(?:e)?d",
        r"leave (?:the|it|this|that)(?: [a-z]+)? to (?:the )?(?:people|those|someone|"
        r"professionals|experts|grown-ups|adults) who",
        r"by (?:people|someone|somebody|a team|engineers|developers|designers|managers) who "
        r"(?:have|has) (?:clearly |obviously )?never",
        r"(?:have|has) (?:clearly|obviously|simply|evidently) never [a-z]+",
        r"which (?:tells|says) (?:you )?(?:everything|all) (?:you need to know )?about",
        r"you (?:are|must be|were) (?:doing|using) (?:something|it|this) (?:very |really )?"
        r"(?:strange|wrong|weird|odd)",
        r"what part of (?:[a-z']+ ){1,6}(?:(?:don't|didn't) you|(?:do|did) you not) "
        r"(?:understand|get)",
        r"(?:what's|what is) so (?:hard|difficult|complicated|confusing) (?:to understand |about )",
        r"(?:it's|it is|this is|that's|that is) not (?:that|so) (?:hard|difficult|complicated)",
        r"(?:it's|it is|this is|it really is) (?:really |quite |pretty |very )?(?:simple|easy|"
        r"basic)(?= *[:!])",
        r"(?:i'll|i will|let me) (?:keep it|put it|make it) (?:simple|simply) for you",
        r"in case you (?:didn't|did not|don't|do not) know",
        r"as you (?:should|ought to|must surely|surely) (?:know|be aware|remember|have noticed)",
        r"i(?:'m| am) (?:honestly |frankly )?(?:amazed|astonished|baffled|surprised|shocked) "
        r"(?:that|how|why) (?:you|anyone|people|nobody|no one|some)",
    ),
)
PASSIVE_AGGRESSION = Family(
    "tone/passive-aggressive",
    "Passive-aggressive: '{text}' reads as a reproach; state the request directly",
    _rx(
        # "As I said before", "as we already explained", "as I noted in my last email".
        r"as (?:i|we) (?:have )?(?:already|previously|clearly|repeatedly) (?:said|stated|"
        r"mentioned|explained|noted|wrote|pointed out|told you|made clear)",
        r"as (?:i|we) (?:have )?(?:said|stated|mentioned|explained|noted|wrote|pointed out|"
        r"told you|made clear) (?:before|earlier|previously|already|yesterday|last [a-z]+|"
        r"(?:several|many|multiple|two|three) times|more than once|twice|in my (?:last |previous "
        r"|earlier )?(?:message|email|e-mail|note|reply|memo|letter))",
        r"as (?:previously|already) (?:stated|mentioned|explained|noted)",
        r"(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|note|reply)",
        r"(?:i|we) (?:should not|shouldn't|should never) (?:need|have) to",
        r"(?:repeat|remind|say|ask|tell|explain|write)(?: [a-z]+){0,4} (?:a|for the) (?:second|"
        r"third|fourth|fifth|hundredth|umpteenth|nth|last) time",
        r"(?:i|we) (?:did|already|have already|had already) (?:cover|covered|answer|answered|"
        r"explain|explained|address|addressed|mention|mentioned)",
        r"here (?:it is|they are) again",
        r"for once(?= *[.!?])",
        r"(?:read|check|follow|listen|do)(?: [a-z']+){0,6} (?:this time|for once)",
        r"(?:you|everyone|anyone|people|staff|someone|they) (?:will |would |could |might )?"
        r"actually (?:read|follow|check|listen|look|bother)",
        r"instead of pretending",
        r"for the benefit of those who",
        r"(?:those|the ones|people|anyone) (?:of us |of you )?who (?:actually|bothered to|"
        r"were not (?:listening|paying attention)|weren't (?:listening|paying attention)|can read)",
        r"it is (?:a little |somewhat |rather |quite |very |deeply )?(?:disappointing|surprising|"
        r"frustrating|astonishing|baffling|remarkable|telling|sad|strange|odd) that (?:you|adults|"
        r"people|staff|some|anyone|everyone|nobody|no one|they|he|she|so many|colleagues|members)",
        r"(?:it is |it's )?hard to believe (?:that )?(?:they|you|he|she|anyone|people|the)",
        r"going forward,? (?:please )?(?:make sure|ensure|remember)",
        r"(?:just )?a friendly reminder",
        r"for future reference",
        r"not sure if you (?:saw|noticed|read)",
        r"in case you (?:missed|forgot) it",
        r"i'm not sure (?:why|how) this (?:is|was) (?:so|still) (?:hard|difficult|unclear)",
        r"thanks in advance for your (?:cooperation|compliance|understanding)",
        r"with all due respect",
        r"once again,? (?:please|i|we)",
        r"(?:please )?(?:re-?read|refer back to) (?:my|the) (?:previous|earlier|last)",
        r"(?:i|we) (?:have |'ve )?(?:asked|told|reminded) (?:you|everyone|staff|people|the team|"
        r"them)(?: about this)? (?:several|many|multiple|two|three|four|numerous|countless|"
        r"repeated) times",
        r"(?:i|we) (?:have |'ve )?(?:asked|told|reminded) (?:you|everyone|staff|people|the team|"
        r"them)(?: about this)? (?:more than once|again and again|repeatedly)",
        r"this is the (?:second|third|fourth|last|final) time (?:i|we) (?:have |'ve )?(?:asked|had "
        r"to|raised|told|reminded|written|chased)",
        r"this is the (?:second|third|fourth) time (?:you|they|the [a-z]+ team) (?:have|has|'ve) "
        r"(?:missed|forgotten|ignored|broken|failed)",
        r"(?:thanks|thank you) for finally",
        r"i(?:'ll| will) assume you",
        r"i(?:'m| am) sure you(?:'re| are) (?:very |extremely )?busy",
        r"if it(?:'s| is) not too much (?:trouble|to ask)",
        r"(?:too much|a lot) to ask",
        r"still waiting (?:on|for) your (?:reply|response|answer|update)",
        r"just (?:checking|following up|circling back)(?: in)? (?:again|once more)",
        r"not to (?:nag|be pedantic|be rude|be difficult|point fingers|name names), but",
        r"(?:i'm|i am|we're|we are) not going to (?:name names|point fingers)",
        r"some (?:of you|colleagues|staff|members) (?:seem to think|apparently|clearly|still have "
        r"not|still haven't|keep (?:forgetting|ignoring|leaving))",
        r"(?:please|kindly) (?:ensure|make sure) (?:that )?(?:this|it) (?:does not|doesn't|will "
        r"not|won't|never) happen again",
    ),
)
SARCASM = Family(
    "tone/sarcasm",
    "Sarcasm: '{text}' says the opposite of what it means; say what went wrong",
    (
        # Praise, then the bad news: "great, another outage", "perfect... now it's down".
        gated(
            rf"{_B}(?:oh[ \t]+)?(?:great|perfect|wonderful|fantastic|lovely|brilliant|"
            rf"terrific|awesome|nice|marvell?ous)(?:[ \t]*[,!.…]+|[ \t]+[-—])[ \t]+(?:another|"
            rf"just|more|now|yet[ \t]+another|exactly[ \t]+what|because|so){_E}",
            re.I,
        ),
        # "Fantastic news for the night shift, I'm sure."
        gated(r"[,—][ \t]*i(?:['’]m|[ \t]+am)[ \t]+sure(?=[ \t]*[.!])", re.I),
        *_rx(
            r"(?:another|one more) [a-z]+(?: [a-z]+)?, (?:another|one more)",
            r"i(?:'m| am) sure (?:this|that|it) (?:is|was) (?:just )?(?:another|yet another|"
            r"an honest|a coincidence|purely)",
            r"(?:nobody|no one) could (?:possibly )?have seen (?:it |this |that )?coming",
            r"who could (?:possibly )?have (?:guessed|known|predicted|seen|foreseen|imagined)",
            r"sure,? because",
            r"always a (?:brilliant|great|genius|clever|wonderful) idea",
            r"(?:what|about|exactly|just|precisely) what (?:we|i) (?:have come|had come|"
            r"came) to expect",
            r"(?:were|was|are|is),? as (?:usual|always),? (?:no help|late|useless|nowhere|wrong|"
            r"missing|silent|unreachable)",
            r"(?:naturally|predictably),? (?:the|our|their) [a-z]+(?: [a-z]+)? (?:took|forgot|"
            r"failed|ignored|missed|lost|sent|was late|were late)",
            r"thanks a lot",
            r"yeah,? right",
            r"what a surprise",
            r"because that (?:worked|went) so well",
            r"(?:nice|great|good) job (?:breaking|losing|deleting|ignoring)",
            r"(?:as )?(?:always|usual),? (?:right )?on time *(?=[!?]|\.\.\.)",
            r"clearly (?:a|the) (?:genius|brilliant)",
            r"oh joy",
            r"nice of you to",
            r"(?:congratulations|congrats|well done) (?:on|for) (?:breaking|missing|losing|"
            r"deleting|ignoring|another)",
            r"because apparently",
            r"apparently,? (?:some people|some of you|nobody|no one|it(?:'s| is) too much)",
            r"good luck with that",
        ),
    ),
)
BLAME = Family(
    "tone/blame",
    "Blame: '{text}' points at a person or a team; describe what happened and what changes",
    (
        *_rx(
            rf"{_PERSON}{_AGAIN} (?i:{_FAULT_VERBS})",
            rf"{_OTHERS}{_AGAIN} (?i:{_LAPSE}|failed to)",
            rf"{_SOMEONE}{_AGAIN} (?i:thought|bothered|remembered|cared) to",
            rf"[Ii]f {_PERSON} had (?:just |only |actually )?(?i:tested|checked|read|listened|"
            r"followed|asked|looked|thought)",
            rf"{_GROUP} (?:pushed|shipped|merged|deployed|released|sent|changed) (?:[a-z]+ )"
            r"{0,5}without (?:a single|any|even|testing|checking|asking|telling|reviewing)",
            flags=0,
        ),
        *_rx(
            rf"(?:a|an|one|the) (?:new |junior |temporary |inexperienced |young )?(?:{_STAFF}) "
            r"who (?:lost|forgot|broke|deleted|ignored|missed|didn't|did not|failed to|mislaid)",
            r"(?:this|that|it) (?:is|was) (?:entirely |all |completely |totally )?(?:your|their|"
            r"his|her|[a-z]+'s) (?:own )?(?:fault|mess|doing)",
            r"(?:that|this|it)(?: is|'s| was) on (?:you|them|him|her)(?= *[.!,])",
            r"(?:hardly|not) (?:our|my) (?:fault|problem|responsibility)",
            r"(?:were|was|are|is),? (?:as usual,? )?no help (?:at all|whatsoever)",
            r"(?:all )?thanks to (?:your|their|his|her|the [a-z]+ team's) (?:carelessness|"
            r"negligence|incompetence|mistake|sloppiness|laziness)",
            r"because (?:you|they|someone) (?:didn't|couldn't|never) (?:bother|care|listen|read|"
            r"check|test)",
            r"(?:the [a-z]+ team|you|they) (?:is|are) (?:to blame|responsible for this mess)",
            r"whoever (?:wrote|did|broke|made) this",
            r"couldn't care less",
            r"(?:carelessness|negligence|incompetence|sloppiness|laziness) (?:of|by|on the part "
            r"of) (?:the|our|your|their|a|an)",
            r"(?:careless|lazy|incompetent|sloppy|clueless) (?:engineers?|developers?|drivers?|"
            r"staff|employees?|team|vendor|contractors?|colleagues?|people|courier)",
            r"let down by (?:the|our|your|their)",
            r"(?:through|by) no fault of (?:our|my) own",
        ),
    ),
)
DISMISSIVENESS = Family(
    "tone/dismissive",
    "Dismissive: '{text}' brushes the reader off; answer the point or say when you will",
    _rx(
        r"whatever(?= *[,.!…])",
        r"(?:that's|it's|this is) not my (?:problem|job|concern|issue)",
        r"(?:i|we) (?:don't|do not|can't|cannot) see why (?:that|this|it)(?:'s| is| would)?",
        r"not worth (?:discussing|answering|a reply|our time|my time|the time|considering|"
        r"debating|talking about)",
        r"these things happen",
        r"(?:keep|have) a sense of proportion",
        r"no need to (?:be|get) (?:so )?(?:upset|angry|annoyed|worked up|emotional)",
        r"plenty of other [a-z]+(?: [a-z]+)? (?:out there|available|to choose from|on the market)",
        r"(?:please )?stop (?:asking|emailing|messaging|complaining|sending|bothering|nagging|"
        r"moaning|whining)",
        r"(?:we|i) will not be (?:answering|discussing|responding|replying|taking|entering|"
        r"engaging)",
        r"no, (?:we|i) (?:are|am|will|won't|aren't)",
        r"not interested in (?:people|applicants|candidates|anyone|those|hearing)",
        r"(?:we have|we've|i have|i've) had enough (?:of )?(?:[a-z]+ )?(?:applicants|people|"
        r"candidates|customers|requests|complaints|emails|excuses)",
        r"(?:they|you) can keep (?:their|your) (?:advice|opinions?|comments|suggestions)",
        r"just deal with it",
        r"i (?:don't|do not) have time for this",
        r"it is what it is",
        r"who cares",
        r"calm down",
        r"(?:you're|you are) overthinking (?:it|this)",
        r"if you say so",
        r"(?:that's|this is) (?:irrelevant|beside the point)",
        r"(?:it|that) (?:doesn't|does not) (?:really )?matter",
        r"not (?:a|my) (?:priority|concern) right now",
        r"(?:nobody|no one) (?:asked|cares)",
        r"(?:take|do) it or leave it",
        r"i (?:don't|do not|fail to) see (?:the|what the) (?:point|problem|issue|big deal)",
        r"(?:what's|what is) the big deal",
        r"(?:that's|that is|this is) (?:just )?(?:how it is|the way it is|the way things are)",
        r"get over it",
        r"not our (?:problem|concern|job|responsibility)",
        r"end of (?:story|discussion)|full stop(?= *[.!])",
        r"you(?:'ll| will) (?:just )?have to (?:live with|accept|put up with|wait like everyone)",
        r"(?:don't|do not) waste (?:my|our|your) time",
    ),
)
FAMILIES = (CONDESCENSION, PASSIVE_AGGRESSION, SARCASM, BLAME, DISMISSIVENESS)
# "Obviously" alone can go; every other attitude needs the sentence reworded.
_CUTTABLE = re.compile(r"(?:obviously|needless to say)", re.I)
_ALL = tuple((family, rx) for family in FAMILIES for rx in family.patterns)
_UNGATED = tuple(i for i, (_, rx) in enumerate(_ALL) if rx.needs is None)
# Each literal a pattern needs, with the patterns that need it: a chunk is checked once per
# literal, not once per pattern (most chunks hold none of them).
_BY_LITERAL: dict[str, list[int]] = {}
for _i, (_, _rx_) in enumerate(_ALL):
    for _lit in _rx_.needs or ():
        _BY_LITERAL.setdefault(_lit, []).append(_i)


def _candidates(masked: str) -> list[int]:
    """Indexes into ``_ALL`` of the patterns that may match the chunk, in family order."""
    low = folded(masked)
    found = set(_UNGATED)
    for lit, indexes in _BY_LITERAL.items():
        if lit in low:
            found.update(indexes)
    return sorted(found)


def attitude(scan: ChunkScan) -> list[Finding]:
    """Findings of every family in the chunk's prose (warnings; "obviously" gets a cut)."""
    candidates = _candidates(scan.masked)
    if not candidates:
        return []
    masked = scan.masked
    sentences = scan.prose_sentences()
    out: list[Finding] = []
    for i in candidates:
        family, rx = _ALL[i]
        for a, e in sentences:
            for m in rx.rx.finditer(masked, a, e):
                text = re.sub(r"\s+", " ", m.group(0))
                message = family.message.format(text=text)
                if _CUTTABLE.fullmatch(text):
                    out.append(deletion(masked, m.start(), m.end(), family.rule, message,
                                        "warning"))  # fmt: skip
                else:
                    out.append(Finding(m.start(), m.end(), family.rule, message, "warning"))
    return _first_per_sentence(out, sentences)


def _first_per_sentence(found: list[Finding], sentences: list[tuple[int, int]]) -> list[Finding]:
    """One finding per sentence (the earliest, then the longest): an editor marks the
    sentence that carries an attitude once, however many cues it holds."""
    kept: list[Finding] = []
    taken: set[int] = set()
    starts = [a for a, _ in sentences]
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        at = bisect_right(starts, f.start) - 1
        if at not in taken:
            taken.add(at)
            kept.append(f)
    return kept
