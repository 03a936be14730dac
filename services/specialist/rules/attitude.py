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
from services.specialist.rules.edits import deletion, without_overlaps
from services.specialist.rules.gate import Gated, folded, gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.phrases import word_runs
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
    r"(?:(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[A-Z][a-z]+'s) (?:[a-z]+ ){0,2}(?:team|department|"
    r"office|vendor|supplier|contractors?|agency|provider|developers|engineers|staff|shift|"
    r"courier|landlord|council|management)|HR|IT|QA|Legal|Finance|Ops|Marketing|Sales|"
    r"Management|Engineering|Support|Procurement|Facilities|Security|Logistics|Payroll|Purchasing)"
)
_SOMEONE = (
    r"(?:[Ss]omebody|[Ss]omeone|[Nn]obody|[Nn]o one)(?: (?:in|on|from|at) (?:the )?(?:[a-z]+ )"
    r"{0,2}(?:team|department|office|group|desk|shift|crew|rota))?"
)
_OTHERS = rf"(?:[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|{_GROUP}|{_SOMEONE})"
_PERSON = rf"(?:{_OTHERS}|[A-Z][a-z]+)"  # a first name: "Maria broke the build"
_AGAIN = r"(?: (?:once again|again|just|simply|apparently|conveniently|still|also))?"
_NOT = r"(?:didn't|did not|never|couldn't be|could not be)"
# Verbs of a lapse that only a person commits (a server cannot "forget to" or "not bother").
_LAPSE = (
    rf"forgot to|{_NOT} bother(?:ed)? to|never bothered to|neglected to|"
    r"should (?:have (?:checked|tested|known|noticed|caught|asked|read|thought|realised|realized|"
    r"told|looked)|know (?:better|by now))"
)
_FAULT_VERBS = (
    r"broke|messed up|screwed up|ruined|dropped the ball|botched|bungled|fumbled|mishandled|"
    rf"{_NOT} bother(?:ed)? to|forgot to|neglected to|"
    r"let (?:the|our|a|an|their|this) [a-z]+ (?:fail|slip|lapse|die|break|run out|expire)"
)
# A bad outcome put down to someone: "the delay sits squarely with the legal team", "the loss
# is down to Ahmed skipping the backup" (a first name only before a verb in -ing or "'s").
_OUTCOME = (
    r"(?i:delay|outage|failure|loss|mistake|error|problem|mess|incident|breach|overspend|fault|"
    r"blame|slip|shortfall)"
)
_ATTRIBUTED = (
    r"(?i:(?:is|was)(?: squarely| entirely| all)? down to|(?:is|was|lies|lay|sits|sat|rests|"
    r"rested) (?:squarely|entirely|firmly|solely|wholly) (?:with|at the door of)|at the door of)"
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
        r"(?:have|has|will|would|do|does) (?:clearly |obviously )?never",
        r"(?:have|has) (?:clearly|obviously|simply|evidently) never [a-z]+",
        r"which (?:tells|says) (?:you )?(?:everything|all) (?:you need to know )?about",
        r"you (?:are|must be|were) (?:doing|using) (?:something|it|this) (?:very |really )?"
        r"(?:strange|wrong|weird|odd)",
        r"what part of (?:[a-z']+ ){1,6}(?:(?:don't|didn't) you|(?:do|did) you not) "
        r"(?:understand|get)",
        r"(?:what's|what is) so (?:hard|difficult|complicated|confusing) (?:to understand |about )",
        r"(?:it's|it is|this is|that's|that is) (?:honestly |really |frankly |actually )?not "
        r"(?:that|so) (?:hard|difficult|complicated)",
        r"(?:it's|it is|this is|it really is) (?:really |quite |pretty |very )?(?:simple|easy|"
        r"basic)(?= *[:!])",
        r"(?:i'll|i will|let me) (?:keep it|put it|make it) (?:simple|simply) for you",
        r"in case you (?:didn't|did not|don't|do not) know",
        r"as you (?:should|ought to|must surely|surely) (?:know|be aware|remember|have noticed)",
        r"i(?:'m| am) (?:honestly |frankly )?(?:amazed|astonished|baffled|surprised|shocked) "
        r"(?:that|how|why) (?:you|anyone|people|nobody|no one|some)",
        r"(?:it's|it is|this is|that's|that is) not (?:complicated|difficult|hard|rocket science)"
        r"(?= *[:.!;])",
        r"(?:is|was|seems) too much (?:effort|trouble|work)",
        r"anyone who (?:reads|read|has read|looks|looked|checks|opens|listens|listened|pays "
        r"attention|was paying attention)(?: [a-z']+){0,5} (?:would|should) (?:know|understand|"
        r"have known|realise|realize)",
        r"(?:half|most|many|some) of you (?:got|get|have got|managed to get) (?:it|this|that) "
        r"wrong",
        r"expect (?:professionals|adults|grown-ups|everyone|staff|you) to (?:know|understand|"
        r"grasp) (?:the basics|basic|how to [a-z]+ by now|better)",
        r"(?:i'll|i will|let me) (?:say|explain|put|repeat) (?:this|it|that) (?:slowly|again|one "
        r"more time|simply|in simple terms)",
        r"(?:any|every) (?:first(?:-| )year |junior |half-decent |competent )?(?:student|engineer|"
        r"developer|beginner|child|intern|accountant|manager|professional|[a-z]+-year-old) "
        r"(?:knows|would know|can tell you|should know|could tell you)",
        r"(?:this|that|it) is (?:really |very |pretty )?basic (?:stuff|knowledge|maths|math|"
        r"arithmetic)",
        r"(?:you|they) would (?:know|have known|understand|remember) (?:this |that )?if (?:you|"
        r"they) had",
        r"obvious to (?:anyone|someone|everyone|any)",
        r"i(?:'d| would) have thought (?:this|that|it|you|everyone|anyone)",
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
        r"it is (?:a little |somewhat |rather |quite |very |deeply |frankly |honestly |truly |"
        r"genuinely |simply )?(?:disappointing|surprising|"
        r"frustrating|astonishing|baffling|remarkable|telling|sad|strange|odd) that (?:you|adults|"
        r"people|staff|some|anyone|everyone|nobody|no one|they|he|she|so many|colleagues|members)",
        r"(?:it is |it's )?hard to believe (?:that )?(?:they|you|he|she|anyone|people|the)",
        r"going forward,? (?:please )?(?:make sure|ensure|remember)",
        r"(?:just )?a (?:friendly|gentle|quick|polite|kind|little) reminder",
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
        r"(?:too much|a lot) to (?:ask|expect)",
        r"still waiting (?:on|for) your (?:reply|response|answer|update)",
        r"just (?:checking|following up|circling back)(?: in)? (?:again|once more)",
        r"not to (?:nag|be pedantic|be rude|be difficult|point fingers|name names), but",
        r"(?:i'm|i am|we're|we are) not going to (?:name names|point fingers)",
        r"some (?:of you|colleagues|staff|members) (?:seem to think|apparently|clearly|still have "
        r"not|still haven't|keep (?:forgetting|ignoring|leaving))",
        r"(?:please|kindly) (?:ensure|make sure) (?:that )?(?:this|it) (?:does not|doesn't|will "
        r"not|won't|never) happen again",
        r"(?:explained|told|said|asked|reminded|answered|covered|discussed|mentioned|repeated)"
        r"(?: [a-z']+){0,6} (?:two|three|four|five|several|many|multiple|numerous|countless|a "
        r"dozen|a hundred) times",
        r"how many more times|how many times (?:do|must|will|should|have|did) (?:i|we) (?:have to "
        r"|need to |got to )?(?:tell|ask|say|explain|remind|repeat)",
        r"(?:may i|allow me to) remind (?:you|everyone|all of you|staff)",
        r"let me remind (?:you|everyone),? (?:again|once more|once again|one more time)",
        r"(?:once more|one more time)(?= *[,:])",
        r"(?:perhaps|maybe) next time,? (?:you|someone|they|the [a-z]+ team)",
        r"as (?:stated|explained|set out|described|noted|mentioned) in the [a-z]+ (?:that )?you "
        r"(?:agreed to|signed|accepted|received|were sent)",
        r"(?:some people|some of you|certain people|certain colleagues) (?:seem to|apparently) "
        r"think",
        r"(?:some of us|some of you|some people) (?:have |seem to have |apparently )?(?:forgotten|"
        r"forget)",
        r"hopefully,? this time",
        r"kindly (?:stop|refrain|do not|don't|remember)",
        r"(?:still|even|really) needs? (?:saying|to be said|repeating|explaining|to be explained)",
        r"(?:it is|it's) (?:honestly |frankly |really |quite |rather |truly )?(?:embarrassing|"
        r"ridiculous|absurd|unbelievable|shameful|unacceptable) that",
    ),
)
SARCASM = Family(
    "tone/sarcasm",
    "Sarcasm: '{text}' says the opposite of what it means; say what went wrong",
    (
        # Praise, then the bad news: "great, another outage", "perfect... now it's down".
        gated(
            rf"{_B}(?:oh,?[ \t]+)?(?:great|perfect|wonderful|fantastic|lovely|brilliant|"
            rf"terrific|awesome|nice|marvell?ous)(?:[ \t]*[,!.…]+|[ \t]+[-—])[ \t]+(?:another|"
            rf"just|more|now|yet[ \t]+another|exactly[ \t]+what|because|so){_E}",
            re.I,
        ),
        # "Fantastic news for the night shift, I'm sure."
        gated(
            r"[,—][ \t]*(?:i(?:['’]m|[ \t]+am)[ \t]+sure|i[ \t]+suppose|no[ \t]+doubt)"
            r"(?=[ \t]*[.!])",
            re.I,
        ),
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
            r"(?:were|was|are|is),? (?:of course,? |naturally,? |as usual,? )?the last to (?:know|"
            r"hear|find out|be told)",
            r"well,? that (?:went|worked out) (?:brilliantly|splendidly|wonderfully|perfectly|"
            r"great)",
            r"what a (?:great|wonderful|fantastic|lovely|perfect|brilliant|fine) (?:way|start|time|"
            r"day|week|moment) to",
            r"who knew(?= *[?!])|who knew that|who would have thought",
            r"(?:congratulations|congrats|well done|kudos|bravo|hats off) (?:to (?:[a-z]+ ){1,4})?"
            r"(?:for|on) (?:managing to|breaking|missing|losing|deleting|ignoring|another)",
            r"as (?:they|he|she|you) always (?:do|does|did)",
            r"(?:apparently|evidently),? (?:[a-z']+ ){1,6}(?:is|are) optional",
            r"(?:is|was|are|were) (?:apparently )?optional (?:for|to) some",
            r"in (?:its|their|his|her|your) (?:infinite )?wisdom",
            r"what a (?:shock|surprise)",
            r"(?:could not|couldn't) have (?:made|done) (?:a )?(?:bigger|worse)",
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
            rf"{_OTHERS} (?i:once again|yet again|again) (?i:ignored|overlooked|missed)",
            rf"{_PERSON} (?i:forgot|missed|lost|ignored|broke|skipped),? (?i:yet|once) again",
            rf"{_SOMEONE}{_AGAIN} (?i:thought|bothered|remembered|cared) to",
            rf"[Ii]f {_PERSON} had (?:just |only |actually )?(?i:tested|checked|read|listened|"
            r"followed|asked|looked|thought)",
            # A team's lapse said with "again" or "every": "once again, the sales team has
            # promised", "the finance department lost the invoice, again", "ignored every
            # warning". (A team that "lost power" or "missed its target" is only news.)
            rf"(?:[Oo]nce again|[Yy]et again),? {_GROUP}",
            rf"{_GROUP}(?: has| have)?(?: once again| yet again| again)? (?i:lost|ignored|forgot|"
            r"missed|deleted|overlooked|misplaced)(?: [a-z']+){1,6}(?:,? again)(?= *[.!;])",
            rf"{_GROUP}(?: has| have)? (?i:once again|yet again|again) (?i:lost|ignored|forgot|"
            r"missed|deleted|overlooked|misplaced|promised)",
            rf"{_GROUP}(?: has| have)? (?i:ignored|overlooked) (?i:every|all|each|our|my)",
            rf"{_GROUP},? as (?i:always|usual),",
            rf"{_GROUP} (?:pushed|shipped|merged|deployed|released|sent|changed) (?:[a-z]+ )"
            r"{0,5}without (?:a single|any|even|testing|checking|asking|telling|reviewing)",
            rf"{_OUTCOME}(?: [a-z]+)? {_ATTRIBUTED} "
            rf"(?:{_OTHERS}(?!['’]s)|[A-Z][a-z]+(?= [a-z]+ing|'s))",
            rf"{_OTHERS}{_AGAIN} (?i:ignored (?:the|our|my|your|every|all|each|a|an))",
            rf"(?i:because|since) {_OTHERS} (?i:cannot|can't|could not|couldn't|won't|will not|"
            r"refused to|refuses to) (?i:even )?(?i:follow|read|be bothered|be trusted|remember|"
            r"manage|keep track|count|listen)",
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
            r"caused (?:entirely |solely |only |completely |wholly )?by (?:the|our|your|their) "
            r"(?:[a-z]+ ){0,2}(?:team|department|agency|vendor|supplier|contractors?|staff|"
            r"engineers?|developers?|courier|driver|provider)",
            r"(?:work|job|effort|code|planning|handover) (?:was|is|has been) (?:sloppy|careless|"
            r"shoddy|lazy|amateurish)",
            r"not doing (?:their|his|her|your) jobs?",
            r"(?:[a-z]+'s|your|their|his|her) (?:carelessness|negligence|incompetence|sloppiness|"
            r"laziness|stupidity)",
            r"made (?:a|an) (?:complete |total |utter |real )?(?:mess|hash) of",
            r"left (?:the rest of us|everyone else|the others|the [a-z]+ team) to (?:clean|"
            r"fix|sort|pick|deal|mop|tidy|handle|explain|apologi[sz]e)",
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
        r"(?:that's|that is|this is) (?:simply |just )?(?:how it is|the way it is|the way things "
        r"are|how we do things|the way we do things|how things (?:are done|work) here)",
        r"get over it",
        r"not our (?:problem|concern|job|responsibility)",
        r"end of (?:story|discussion)|full stop(?= *[.!])",
        r"you(?:'ll| will) (?:just )?have to (?:live with|accept|put up with|wait like everyone)",
        r"(?:don't|do not) waste (?:my|our|your) time",
        r"(?:let's|let us) not waste (?:any )?(?:more )?(?:time|breath|energy)",
        r"noted,? but",
        r"(?:don't|do not) have the (?:time|patience)(?: or the (?:patience|time|energy))? "
        r"(?:to|for)",
        r"(?:we are|we're) not a charity",
        r"(?:your|the|this) (?:complaint|concern|feedback|comment|request|point)s? (?:has|have) "
        r"been noted",
        r"not something (?:we|i) (?:will|would|need to|intend to|plan to|are going to) (?:act on|"
        r"spend time on|worry about|care about|discuss|entertain)",
        r"(?:further|more|additional) (?:emails|messages|calls|complaints|requests) will not "
        r"change",
        r"if you (?:don't|do not) like (?:it|this|that|the [a-z]+(?: [a-z]+)?),? (?:you (?:don't|"
        r"do not) have to|you can (?:always |just )?(?:leave|go|use something|find|switch)|there "
        r"are|go elsewhere|tough)",
        r"(?:sorry|sad) (?:that )?you feel (?:that way|this way|like that)",
        r"sorry if (?:you|anyone|anybody|some of you) (?:were|was|felt|feel|are) (?:offended|"
        r"upset|hurt|annoyed|confused)",
        r"(?:have|has) better things to do",
    ),
)
FAMILIES = (CONDESCENSION, PASSIVE_AGGRESSION, SARCASM, BLAME, DISMISSIVENESS)
# A sentence that opens with praise and goes on to bad news: "Brilliant, the printer is
# jammed again", "Oh good, another meeting that could have been an email".
_SARCASTIC_OPENER = re.compile(
    r"(?:oh,?[ \t]+)?(?:great|brilliant|perfect|wonderful|fantastic|lovely|good|super|terrific|"
    r"marvell?ous|excellent|splendid|just[ \t]+great|how[ \t]+lovely|how[ \t]+nice)[ \t]*[,!…]+"
    r"[ \t]+(?=[^.!?]*(?<![\w'’\-])(?:again|another|yet|still|late|missed|broke|broken|jammed|"
    r"down|failed|crashed|lost|wrong|waste|wasted|could[ \t]+have[ \t]+been|nobody|no[ \t]+one)"
    r"(?![\w'’\-]))",
    re.IGNORECASE,
)
# A sentence that opens by repeating itself at the reader: "Again, the form goes to HR" (not
# "Again, thank you", "Once again, congratulations").
_REPROACH_OPENER = re.compile(
    r"(?:again|to repeat|to reiterate|as i keep saying)[ \t]*[,:][ \t]+"
    r"(?!thank|thanks|congrat|well[ \t]+done|welcome|we[ \t]+are[ \t]+(?:grateful|proud))",
    re.IGNORECASE,
)
# "Obviously" alone can go; every other attitude needs the sentence reworded.
_CUTTABLE = re.compile(r"(?:obviously|needless to say)", re.I)
_ALL = tuple((family, rx) for family in FAMILIES for rx in family.patterns)


def _literal_index() -> tuple[tuple[int, ...], dict[str, list[int]]]:
    """The patterns (then, numbered after them, the cues) that need no literal, and each
    literal with the patterns and cues that need it: a chunk is checked once per literal,
    not once per pattern (most chunks hold none of them)."""
    gates = [rx for _, rx in _ALL] + list(_CUE_PATTERNS)
    by_literal: dict[str, list[int]] = {}
    for i, rx in enumerate(gates):
        needs = rx.needs or frozenset()
        # "answer" or "answered": a text without "answer" holds neither, so "answer" will do.
        for lit in (n for n in needs if not any(m != n and m in n for m in needs)):
            by_literal.setdefault(lit, []).append(i)
    return tuple(i for i, rx in enumerate(gates) if rx.needs is None), by_literal


def _candidates(masked: str) -> list[int]:
    """Indexes of the patterns and cues that may match the chunk (cues after patterns).

    A literal made of word characters lies inside one of the chunk's words, so the chunk's
    distinct words are looked up (each word's literals are found once per process); the few
    other literals are searched for in the chunk.
    """
    found = set(_UNGATED)
    for word in set(word_runs(masked)[2]):
        hit = _WORD_HITS.get(word)
        if hit is None:
            if len(_WORD_HITS) > MAX_WORDS_REMEMBERED:
                _WORD_HITS.clear()
            hit = _WORD_HITS[word] = frozenset(
                i for lit, indexes in _IN_WORDS for i in indexes if lit in word
            )
        found.update(hit)
    if _ACROSS_WORDS:
        low = folded(masked)
        found.update(i for lit, indexes in _ACROSS_WORDS for i in indexes if lit in low)
    return sorted(found)


def _in_sentence(
    m: re.Match[str], starts: list[int], sentences: list[tuple[int, int]]
) -> int | None:
    """The index of the prose sentence that holds the whole match, else None."""
    at = bisect_right(starts, m.start()) - 1
    return at if at >= 0 and m.end() <= sentences[at][1] else None


def attitude(scan: ChunkScan) -> list[Finding]:
    """Findings of every family in the chunk's prose (warnings; "obviously" gets a cut)."""
    masked = scan.masked
    sentences = scan.prose_sentences()
    if not sentences:
        return []
    quotes = _quotations(masked)
    starts = [a for a, _ in sentences]
    candidates = _candidates(masked)
    out = _openers(masked, sentences)
    for i in candidates:
        if i >= len(_ALL):
            break  # the cues: read below, for the sentences no pattern flagged
        family, rx = _ALL[i]
        for m in rx.rx.finditer(masked):
            if _in_sentence(m, starts, sentences) is None or _quoted(quotes, *m.span()):
                continue  # outside prose, or a mention ('"whatever" is dismissive')
            text = re.sub(r"\s+", " ", m.group(0))
            message = family.message.format(text=text)
            if _CUTTABLE.fullmatch(text):
                out.append(deletion(masked, m.start(), m.end(), family.rule, message, "warning"))
            else:
                out.append(Finding(m.start(), m.end(), family.rule, message, "warning"))
    # Patterns name the words; piled-up cues flag a sentence where no pattern spoke.
    named = _first_per_sentence(out, sentences)
    cues = [i - len(_ALL) for i in candidates if i >= len(_ALL)]
    if len(named) == len(sentences) or not cues:
        return named
    piled = _piled_cues(masked, sentences, quotes, cues)
    return _first_per_sentence(named + without_overlaps(named, piled)[len(named) :], sentences)


_QUOTATION = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|(?<![\w’])‘[^’\n]{1,200}’(?![\w’])")


def _quotations(masked: str) -> list[tuple[int, int]]:
    """Spans in quotation marks: phrases cited ('"whatever" is dismissive'), not said."""
    return [m.span() for m in _QUOTATION.finditer(masked)]


def _quoted(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in quotes)


def _openers(masked: str, sentences: list[tuple[int, int]]) -> list[Finding]:
    """Sarcastic praise at the start of a sentence that goes on to bad news, and a reproachful
    "Again," at the start of one."""
    out = []
    for a, e in sentences:
        for rx, family in ((_SARCASTIC_OPENER, SARCASM), (_REPROACH_OPENER, PASSIVE_AGGRESSION)):
            if (m := rx.match(masked, a, e)) is not None:
                text = m.group(0).strip()
                out.append(Finding(a, a + len(text), family.rule,
                                   family.message.format(text=text), "warning"))  # fmt: skip
                break
    return out


# Cues that each only lean towards an attitude; a sentence that piles them up carries one
# ("You should really know this by now": you + should know + by now). Weights are counted
# once per cue per sentence; CUE_THRESHOLD of them make a finding. Words VADER already rates
# as strongly negative ("useless", "stupid") are left to the negative-sentence rule. The rows
# after the last "someone clearly" one describe shapes rather than phrases: a question aimed at
# the reader ("did you even"), a doubt about the reader's basic skills ("assuming you can
# read"), a wish that reproaches ("would be lovely if ... just once"), a trailing ", eventually",
# praise of work beside its harm ("great job ... only three hours of downtime"), closing the
# matter ("the decision stands", "will not revisit it").
CUE_THRESHOLD = 1.75
ANCHOR_WEIGHT = 1.0  # a sentence needs one cue at least this heavy; lighter ones only add
# weight, family, cue (written as the patterns above)
_CUE_TABLE = r"""
0.5  condescending      (?<!thank\x20)you|your|you're|yourself
1.0  condescending      (?:should|ought to) (?:really |surely |already )?(?:know|understand|
                        have known|have realised|have realized|be aware)
1.0  condescending      by now
1.0  condescending      properly|correctly
0.75 passive-aggressive (?<!once\x20)(?<!yet\x20)again
1.25 passive-aggressive (?:yet|once) again|for the (?:second|third|fourth|fifth|last|umpteenth|
                        nth) time|(?:two|three|four|five|several|many|multiple|countless) times
0.75 passive-aggressive actually
1.5  blame              bother(?:ed|s)? to
1.5  condescending      keep up
2.0  passive-aggressive (?:been|gone) (?:over|through) this|over this before
1.0  passive-aggressive some (?:people|departments|teams|colleagues|of us|of you)|
                        certain (?:people|colleagues)|everyone else|other (?:departments|teams)
2.0  passive-aggressive unlike (?:some|certain|other) (?:people|colleagues|teams|departments|
                        of you)
1.25 blame              whoever
2.0  condescending      (?:clearly|obviously|evidently|surely|apparently),? (?:someone|somebody|
                        nobody|no one|you|they|people|the [a-z]+ team)
0.75 condescending      honestly|frankly|with (?:all due )?respect
2.0  passive-aggressive (?:no doubt|well) aware
0.75 sarcasm            hardly|not exactly
2.0  condescending      rocket science|brain surgery
2.0  sarcasm            surprise,? surprise|(?:amazing|funny|strange|interesting) how|curious how
                        \x20(?:you|they|he|she|anyone|someone|somebody|nobody)
2.0  sarcasm            sigh|ugh|here we go again
2.0  dismissive         not my (?:department|job|problem|area|responsibility|concern)
2.0  sarcasm            in (?:their|his|her|its|your) (?:usual|typical|customary) (?:style|
                        fashion|way|manner)
1.25 blame              lack of (?:preparation|care|effort|attention|planning|communication|
                        interest|professionalism)
1.25 blame              sloppy|shoddy|absurd|amateurish|shambles|half-baked|slapdash
2.0  sarcasm            i(?:'d| would) hate to think|god forbid|heaven forbid
2.0  passive-aggressive (?:don't|do not) know how (?:else|many more times) to
2.0  blame              user error|the people using it|problem is (?:you|the people|the users)
2.0  dismissive         (?:i'm|i am) not going to (?:explain|repeat|say|go through|answer)
1.5  passive-aggressive (?:did|do) (?:warn|tell|say|mention|explain|ask)
1.5  condescending      misunderstood|missed the point|(?:not|weren't|wasn't) listening|
                        been listening
1.0  dismissive         makes no sense|no idea what
1.5  sarcasm            managed? to (?:misplace|lose|break|forget|miss|delete|ruin|mess)
0.75 passive-aggressive this time|next time
0.5  condescending      even
0.25 condescending      simply|just
0.5  condescending      (?:please )?try to
0.75 blame              (?:cost|lost) us
1.5  blame              [a-z]+'s (?:fault|mistake|doing|lack|failure|carelessness)
0.75 sarcasm            finally
1.5  passive-aggressive just this once|for once
1.25 sarcasm            somehow (?:missed|managed|forgot|lost|ignored|overlooked)
1.25 sarcasm            predictably|unsurprisingly|as expected
2.0  condescending      expected better|expect better|expected more|expect more from
2.0  condescending      must be new|must be joking|can't be serious|cannot be serious
1.5  condescending      (?:has|have) no (?:idea|clue)|not a clue
2.0  condescending      babysit|hand-hold|spoon-feed|spoonfeed|hold (?:their|your|his|her) hands?
1.25 passive-aggressive (?:second|third|fourth|fifth|nth) time (?:this|in a|today|in)
1.0  blame              the same (?:person|people|team|colleague)
1.5  condescending      (?:please )?do (?:try|make sure|keep|remember|read)
1.5  condescending      (?:difficult|hard|tricky|complicated) for some|to grasp
1.5  blame              (?:wouldn't|would not) be in this (?:situation|position|mess)
1.5  passive-aggressive (?:long )?list of (?:things|mistakes|problems|excuses)
2.0  passive-aggressive (?:please )?(?:don't|do not) make me
1.5  sarcasm            so-called
1.5  condescending      (?:how|in) the real world
2.0  sarcasm            captain obvious|thanks,? genius|nice one,? genius|well done,? genius
2.0  blame              (?:we all know|you know) who
2.0  blame              this is what happens when
2.0  dismissive         no point (?:in )?(?:arguing|discussing|complaining|asking|debating)
2.0  passive-aggressive lost count of
2.0  sarcasm            another (?:brilliant|great|genius|bright|clever|wonderful) (?:idea|plan|
                        decision|move)
2.0  condescending      try (?:reading|listening|looking|checking|thinking)
2.0  sarcasm            not (?:exactly )?one of [a-z]+'s strengths|not (?:exactly )?(?:his|her|
                        their|your) strong (?:point|suit)
2.0  passive-aggressive feel free to ignore
1.5  passive-aggressive like you (?:ignored|did|forgot|missed)
2.0  condescending      hard of hearing|for the slow|those at the back
1.5  passive-aggressive someone,? anyone|anyone at all
1.0  passive-aggressive impressed that|good to see|nice to see|glad to see
1.0  passive-aggressive (?:could|might) (?:read|try|check|look at|learn)
0.75 sarcasm            as always|as usual|of course|naturally|apparently|evidently
1.5  blame              (?<!not\x20)your (?:mistakes?|errors?|fault|mess|carelessness|oversight)
1.25 passive-aggressive the rest of us|other people|we can't all|we cannot all|only [a-z]+ people
2.0  passive-aggressive not that (?:anyone|anybody|it matters|you care)
1.5  blame              (?:you|someone|somebody|they) (?:could|should|might) (?:easily |just )?have
                        \x20(?:answered|checked|asked|read|looked|searched|done|noticed|tested|fixed)
1.5  passive-aggressive i (?:assume|take it|presume|trust) you
2.0  sarcasm            to save (?:their|his|her|your|its) li(?:fe|ves)
1.5  sarcasm            (?:will|would) be (?:thrilled|delighted|overjoyed|over the moon)
2.0  sarcasm            (?:almost|quite|truly|rather) impressive how|impressive how
2.0  sarcasm            so [a-z]+ that only
2.0  condescending      no offen[cs]e,? but|not to be rude,? but|i'm just saying
1.5  sarcasm            more of a suggestion|less of a (?:deadline|rule)
1.0  condescending      think before you
1.5  passive-aggressive (?:we|i) (?:warned|told) you
1.5  sarcasm            the one (?:day|time|week) (?:i|we)|every single time
1.0  sarcasm            disaster
2.0  condescending      (?:any|a) (?:reasonable|sensible|sane|competent) (?:person|adult|employee)|
                        anyone sensible
1.5  condescending      (?:new|news|unknown|foreign) to some
2.0  dismissive         not mind readers|not psychic
1.0  dismissive         (?:is|are|has been|have been) noted
1.5  dismissive         i'm not here to|we're not here to|i am not here to|we are not here to
2.0  passive-aggressive (?:the )?last time (?:i|we) (?:chase|remind|ask|tell|send|explain)
2.0  passive-aggressive hundredth|umpteenth|millionth|thousandth
2.0  condescending      (?:someone|somebody|nobody|you|they) (?:clearly|obviously) (?:didn't|
                        did not|never|hasn't|has not|haven't|have not|can't|cannot|doesn't|does not)
1.5  condescending      (?:did|do|does|have|has|were|are|was|is) you even
2.0  condescending      how (?:hard|difficult|complicated|tricky) (?:can|could|would)
                        \x20(?:it|this|that) (?:possibly |really )?be|(?:is|was) it (?:really )?
                        (?:that|so) (?:hard|difficult|complicated) to
2.0  condescending      (?:assuming|presuming|provided|as long as) (?:that )?you (?:can|are able to|
                        know how to) (?:read|count|spell|follow|use|find|click|type|open|understand)
1.0  condescending      (?:new|unfamiliar|foreign|news|a mystery|a puzzle) (?:territory |ground |
                        concept |idea |information )?(?:to|for) you
1.0  condescending      (?:since|as|because|given that) (?:this|it|that|the [a-z]+) (?:seems|
                        appears|is clearly|is obviously) (?:to be )?(?:new|unfamiliar|news|
                        a mystery|difficult|hard|confusing|too much)
1.0  condescending      (?:most|other|normal|ordinary|regular) (?:people|users|adults|customers|
                        colleagues) (?:manage|seem to manage|cope|get by|figure it out)
1.0  condescending      (?:i'm|i am) sure (?:even )?you can
0.5  condescending      you can too|so can you
1.0  condescending      (?:explain|walk you through|go through|spell|repeat)(?: [a-z']+)
                        {0,5},? slowly
1.0  condescending      (?:the|your) basics
0.75 passive-aggressive once more
1.25 condescending      (?:would|could|might) have (?:saved|spared) (?:us|everyone|you|me)(?: all)?
                        \x20(?:this|these|all this)
1.0  condescending      (?:a|one) (?:quick|simple|single|brief|two-minute|five-minute|moment's)
                        \x20(?:glance|look|read|search|check|question)
1.0  passive-aggressive (?:you|they) (?:may|might|probably|possibly) (?:not )?have (?:missed|
                        overlooked|forgotten|had (?:a chance|the time|time) to|not (?:seen|read|
                        noticed))
1.0  passive-aggressive per (?:the|my|our) (?:email|e-mail|message|note|memo|reply)
1.5  passive-aggressive (?:just|even) once(?! (?:a|an|per|every|more|again|or))
1.0  passive-aggressive (?:would|'d) be (?:lovely|nice|great|wonderful|helpful) if
2.0  passive-aggressive (?:would|'d) be (?:refreshing|a nice change|a novelty) (?:if|to)
1.0  passive-aggressive (?:do|fix|sort|handle|finish|write|take care of) (?:it|this|that|them)
                        \x20(?:myself|ourselves)
2.0  passive-aggressive (?:hold|holding) (?:my|our|your) breath
1.0  passive-aggressive (?:going by|judging by|based on|if) (?:past|previous|recent) (?:experience|
                        form|performance)
2.0  passive-aggressive (?<=,\x20)eventually(?= *[.!?])
1.0  passive-aggressive (?<=,\x20)(?:at last|finally)(?= *[.!?])
1.0  passive-aggressive do take your time
1.5  sarcasm            nothing says (?:[a-z'-]+ ){1,4}like
1.5  sarcasm            (?:another|yet another|one more) (?:flawless|perfect|brilliant|great|
                        fantastic|wonderful|stellar|smooth|seamless|splendid|excellent|superb|lovely)
1.0  sarcasm            no [a-z]+, no [a-z]+
1.0  sarcasm            what a (?:treat|joy|delight|pleasure|thrill|privilege)
0.75 sarcasm            (?:an hour|a day|minutes|hours|the night|the morning) before|at the last
                        \x20minute|last-minute
0.75 sarcasm            (?:fantastic|marvell?ous|lovely|brilliant|wonderful|great|perfect|superb|
                        splendid|excellent|terrific|stellar|flawless) (?:job|work|effort|planning|
                        timing|to see|news)
1.0  sarcasm            only (?:[a-z0-9-]+ ){1,3}(?:late|overdue|behind|of downtime|down|lost|
                        wasted|missing)
2.0  dismissive         not worth (?:anyone's|anybody's|everyone's|your|our|my|their|the) (?:time|
                        energy|effort|attention|breath|bother|trouble)
1.0  dismissive         (?:minor|small|trivial|tiny) (?:detail|point|thing|matter)
1.5  dismissive         (?:will be|are|we're|we are|i am|i'm) moving on(?= *[.!;,])
0.75 dismissive         your (?:suggestion|concern|request|feedback|point|idea|complaint|
                        question)s?
1.0  dismissive         (?:decision|answer|policy|position|ruling) (?:stands|will not change|
                        remains unchanged)
1.0  dismissive         (?:will not|won't|not going to|do not intend to|don't intend to) (?:revisit|
                        reconsider|reopen|discuss|revise) (?:it|this|that|the)
0.75 dismissive         understandable,? but
2.0  dismissive         sure,? sure|yes,? yes|fine,? fine|okay,? okay|right,? right|yeah,? yeah
2.0  dismissive         (?:matters?|mattered|important|interesting|relevant|a problem|an issue)
                        \x20(?:to|for) (?:anyone|anybody|no one|nobody) (?:but|except|other than|
                        apart from) (?:you|yourself)
1.0  dismissive         (?:i|we) doubt (?:this|that|it|anyone|many)
1.5  condescending      no excuses?
0.75 condescending      immediately|right now|at once|without delay
0.5  condescending      (?:i|we) (?:expect|demand|insist)
1.25 condescending      who (?:approved|signed off on|thought|decided|came up with|designed|let)
                        \x20[^.?!]*\?
2.0  blame              what (?:were|was) (?:you|they|he|she|the [a-z]+ team|[a-z]+) thinking|what
                        \x20(?:you|they|he|she) (?:were|was) thinking
2.0  sarcasm            thanks for nothing
2.0  sarcasm            (?:is|was|are|were) (?:merely|only|just|apparently|evidently)
                        \x20(?:a suggestion|optional|a guideline|for show|decoration)
0.75 sarcasm            good to know
1.75 sarcasm            true to form|par for the course|as per usual
2.0  sarcasm            (?:which|that|this) is (?:so |just |pretty |rather )?typical|(?:which|that|
                        this) is (?:no|hardly a) surprise
2.0  dismissive         stopped caring|given up (?:caring|trying|asking)|(?:don't|do not) care
                        \x20(?:any ?more|either way)
2.0  dismissive         (?:that's|that is|it's|it is|this is) (?:entirely |really )?your (?:problem|
                        issue|concern|lookout|headache)
1.0  dismissive         not mine(?= *[.!])
1.75 sarcasm            (?:interesting|bold|brave|creative) (?:choice|decision|move|approach)
                        \x20(?:to|there)
1.0  condescending      (?:more|worse|slower|later|sloppier) than (?:most|anyone|everyone)
0.75 condescending      but you
1.5  condescending      try harder|do better|be more careful|pay more attention
1.0  passive-aggressive at least (?:pretend|try|read|look|acknowledge|reply|answer|skim)
1.5  passive-aggressive pretend to (?:care|listen|read|be interested)
1.0  passive-aggressive (?:do|must|should) (?:i|we) have to
1.0  passive-aggressive (?:everything|it all|all of it) (?:myself|ourselves)
0.5  passive-aggressive i guess|i suppose
1.75 sarcasm            oh,? (?:sure|right|yes|of course)(?= *[,!.])
1.0  blame              blame (?:the|it on)
1.25 passive-aggressive why [^.?!]*(?:still|yet again|again|never|n't|not)[^.?!]*\?
1.0  passive-aggressive (?:can|could|would) (?:someone|somebody|anyone) (?:please )?(?:explain|
                        tell me)
1.5  passive-aggressive (?:love|like|curious|interested|keen) to (?:hear|know|understand) (?:why|how
                        \x20(?:you|they|this|that|it))
1.0  passive-aggressive without (?:a word|a single word|telling anyone|asking anyone|a warning)
1.5  condescending      (?:is|seems|feels) too much(?= *[,.;])
0.5  passive-aggressive at least
2.0  sarcasm            nice try
2.0  dismissive         (?:more important|better|bigger|more pressing) (?:things|matters|problems|
                        priorities)(?: to [a-z]+(?: about)?)? than
2.0  passive-aggressive wast(?:e|es|ing) (?:everyone's|everybody's|our|my|the team's|people's|
                        colleagues') time
2.0  condescending      would (?:know|understand|remember|have known) (?:this |that |it )?if (?:you|
                        they) (?:had |actually |bothered to |ever )?[a-z]+
1.0  sarcasm            (?:was|is|were|are) optional
1.0  sarcasm            sorry,? (?:i|we) (?:didn't|did not|hadn't|had not) (?:realise|realize|know|
                        notice)
1.25 passive-aggressive (?:and|but),? this time
1.0  sarcasm            (?:two|three|four|five|a|an) whole (?:days|hours|weeks|minutes|months|day|
                        hour|week|month)
1.0  sarcasm            wow
2.0  sarcasm            thank(?:s| you)(?: [a-z']+){0,6} for (?:crashing|breaking|losing|
                        ignoring|deleting|wasting|ruining|missing|forgetting|nothing|the (?:delay|
                        outage|mess))
2.0  sarcasm            (?:favourite|favorite|lovely|wonderful|great|fantastic|brilliant) (?:waste|
                        mess|outage|delay|chore|headache|nightmare|disaster|failure|crash)
1.25 passive-aggressive (?:now )?we (?:all )?(?:pay|have to pay|get to pay) (?:for it|the price)
1.25 condescending      the only (?:person|one|team|people|department)(?: [a-z]+){0,4} (?:who|that)
2.0  passive-aggressive more times than (?:i|we) (?:can|could|care to) (?:count|remember)
1.5  sarcasm            (?:went|worked out|turned out) (?:nicely|beautifully|brilliantly|splendidly|
                        wonderfully)
2.0  sarcasm            escalated (?:nicely|quickly)
1.5  sarcasm            how (?:lovely|nice|wonderful|kind|thoughtful|considerate|great) (?:that|of)
0.75 sarcasm            yet another
2.0  sarcasm            because of course
2.0  sarcasm            here we are again|(?:and|yet|but) here we are
1.5  dismissive         spare (?:me|us)
1.0  dismissive         (?:the|your|more|no more|any more) excuses
1.5  condescending      (?:consult|read|check|open) the (?:manual|docs|faq|guide|documentation|
                        handbook|wiki) before (?:asking|emailing|contacting|bothering|calling)
2.0  condescending      any (?:[a-z]+ly )?(?:attentive|careful|competent|sensible|reasonable|
                        literate) (?:reader|person|adult|user|employee|colleague|engineer)
1.25 condescending      (?:do|have) it your (?:way|own way)
1.0  condescending      see what happens
1.5  sarcasm            (?:your|their|his|her) ["“](?-i:[a-z]+)["”](?= (?:is|are|was|were|has|have|
                        did|didn't|broke|slowed|made|caused|only|just|never|turned|took|cost))
"""
_BY_RULE = {family.rule.removeprefix("tone/"): family for family in FAMILIES}


def _cue_rows(table: str) -> list[list[str]]:
    """The rows of a cue table: a line that starts with spaces continues the cue above."""
    rows: list[list[str]] = []
    for line in table.strip().splitlines():
        if line.startswith(" "):
            rows[-1][2] += line.strip()
        else:
            rows.append(line.split(None, 2))
    return rows


# Heaviest first: the anchors are looked for before the light cues that only add to them.
_CUES: tuple[tuple[str, float, Family], ...] = tuple(
    sorted(
        ((cue, float(weight), _BY_RULE[family]) for weight, family, cue in _cue_rows(_CUE_TABLE)),
        key=lambda row: -row[1],
    )
)
_CUE_PATTERNS = tuple(gated(rf"{_B}(?:{_src(cue)}){_E}", re.I) for cue, _, _ in _CUES)
_UNGATED, _BY_LITERAL = _literal_index()
_WORDLIKE = re.compile(r"[\w'’\-]+")
_IN_WORDS = tuple((lit, tuple(i)) for lit, i in _BY_LITERAL.items() if _WORDLIKE.fullmatch(lit))
_ACROSS_WORDS = tuple(
    (lit, tuple(i)) for lit, i in _BY_LITERAL.items() if not _WORDLIKE.fullmatch(lit)
)
MAX_WORDS_REMEMBERED = 50_000
_WORD_HITS: dict[str, frozenset[int]] = {}  # a word -> the patterns and cues its literals gate


def _piled_cues(
    masked: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]], cues: list[int]
) -> list[Finding]:
    """Sentences whose attitude cues add up to CUE_THRESHOLD, flagged for the weightiest."""
    out = []
    starts = [a for a, _ in sentences]
    seen: dict[int, dict[int, float]] = {}
    for cue in cues:  # heaviest first
        if not seen and _CUES[cue][1] < ANCHOR_WEIGHT:
            break  # no anchor cue in the chunk: weak cues alone ("you", "again") flag nothing
        for m in _CUE_PATTERNS[cue].rx.finditer(masked):
            at = _in_sentence(m, starts, sentences)
            if at is not None and not _quoted(quotes, *m.span()):
                seen.setdefault(at, {})[cue] = _CUES[cue][1]
    for at, weights in seen.items():
        if sum(weights.values()) < CUE_THRESHOLD or max(weights.values()) < ANCHOR_WEIGHT:
            continue
        family = _CUES[max(weights, key=weights.__getitem__)][2]
        a, e = sentences[at]
        text = re.sub(r"\s+", " ", masked[a:e]).strip()
        text = text if len(text) <= 60 else text[:57] + "..."
        out.append(Finding(a, e, family.rule, family.message.format(text=text), "warning"))
    return out


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
