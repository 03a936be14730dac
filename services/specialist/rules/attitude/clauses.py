"""Attitudes carried by the shape of a clause rather than by a set phrase: an order to read
with a belittling adverb ("simply read the example file", "you just need to read page two"),
a reminder of one's own earlier messages ("as I said in my first reply", "as we have
explained at several meetings"), a harm made small (", which is hardly the end of the world",
"it is not a big deal;"), a problem handed back ("they can sort it out among themselves"),
a named team as the subject of a lapse ("QA missed the regression"), and apologies that
grovel ("I cannot apologise enough", "I humbly beg your forgiveness").

Each shape leaves its slots open (any adjective before "reply", any team, any defect) and
closes them where the same words are said plainly: "just" after a subject is "recently" or
"only" ("we just read it", "it just needs one file"), "follow" and "look at" are how-to
steps, a reminder of a section ("as noted in the usage section") or of a meeting everyone
attended ("as discussed") is a pointer, "not a big deal if you are late" reassures, and a
team that "missed its target" or "finished the screens" is news.
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import GROUP, Family, shapes

# Where an imperative can start: a new line or list item, or after a sentence or clause mark
# ("If you cannot work out the format, simply read ..."). After a subject, "just" is "only"
# or "recently" ("the tool just reads the file", "we just read your note").
CLAUSE_START = (
    r"(?:(?<![^\n])|(?<=[.!?:;,—)]\x20)|(?<=\n[-*+]\x20)|"
    r"(?<=\d[.)]\x20)|(?<=\*\*\x20))"
)
# Reading and grasping, the verbs a belittling "just" or "simply" turns into a reproach. Not
# "follow", "check", "open" or "look at": "simply follow the steps below" is an instruction.
_READ = r"(?:read|re-read|reread|skim|scroll (?:up|back)|understand|grasp)"
_BELITTLING = r"(?:just|simply|merely)"
# What one wrote or said to the reader before, more than once: "my two earlier emails",
# "several meetings". A single earlier message ("as I pointed out in my first reply") is a
# pointer; the count makes it a reproach.
_SAID_IN = (
    r"(?:emails|e-mails|messages|notes|replies|memos|calls|letters|comments|updates|posts|"
    r"reminders|tickets|meetings|conversations|chats|answers|responses|briefings|sessions|"
    r"announcements|newsletters|circulars|reviews|discussions|workshops|stand-?ups|syncs|"
    r"threads)"
)
_SAYING = (
    r"(?:said|stated|mentioned|explained|noted|wrote|written|pointed out|told you|made clear|"
    r"flagged|raised|stressed|emphasi[sz]ed|highlighted|reminded (?:you|everyone|staff))"
)
# A harm named and made small.
_SMALL = (
    r"(?:the end of the world|a (?:big |huge |major )?deal|a disaster|a tragedy|a catastrophe|"
    r"a crisis|a hardship|a big ask|much to ask|worth (?:a|the) fuss)"
)
# Defects a person or team can miss: not "its target" or "the deadline" (news, not blame:
# "the vendor missed the deadline, and we agreed a new date").
_DEFECTS = (
    r"(?:regressions?|bugs?|errors?|mistakes?|defects?|typos?|warnings?|alerts?|steps?|"
    r"checks?|vulnerabilit(?:y|ies)|signs?|red flags?|flaws?|discrepanc(?:y|ies)|crash(?:es)?)"
)
# Harms a person or team can cause: "the platform team caused the outage".
_HARMS = r"(?:regressions?|bugs?|outages?|incidents?|delays?|breakages?|crash(?:es)?|mess)"
# Who is blamed for missing one: a team, a pronoun for others, "someone" (not "nobody",
# which makes "nobody missed the deadline" praise).
_MISSER = (
    r"(?<!if\x20)(?<!If\x20)(?<!when\x20)(?<!When\x20)(?<!case\x20)(?<!whether\x20)"
    rf"(?:{GROUP}|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ss]omeone|[Ss]omebody)"
)

CONDESCENDING_CLAUSES = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        # "Simply read the example file", "If it fails, just read the log" (an imperative).
        rf"{CLAUSE_START}(?:please,? )?{_BELITTLING} {_READ}",
        # "You simply need to read page two", "you just have to read the notice".
        rf"you (?:{_BELITTLING} (?:need|have|had|needed|got) to|(?:need|have|had|needed) to "
        rf"{_BELITTLING}) {_READ}",
        # "If you'd just read step 3", "if you would simply read the guide".
        r"if you(?:'d| had| would(?: have)?) (?:just|simply|only|actually|even|bothered to|"
        r"taken the time to) (?:read|looked|look|checked|check|scrolled|listened|listen)",
        # "Anyone who has understood how X works will see why".
        r"anyone who (?:has |had )?(?:understood|understands|knows|grasped|grasps|read|reads|"
        r"has read|bothered to read|looked|looks)(?: [a-z'-]+){0,6} (?:will|would|can|could|"
        r"should) (?:see|understand|realise|realize|know|get|grasp|work out|figure out) (?:why|"
        r"the (?:reason|point|problem)|what (?:i|we) mean)",
        # "All you had to do was read the label": the task the reader failed (not "all you
        # need to do is click Save", an instruction).
        r"all you (?:had|needed) to do was (?:just |simply )?(?:read|look|check|scroll|ask|"
        r"follow|open|click)",
        # "A point that some staff still seem unable to grasp".
        r"(?:still|simply) (?:seems?|appears?)(?: to be)? (?:unable|incapable) (?:to|of) "
        r"(?:grasp|grasping|understand|understanding|comprehend|comprehending|remember|read|"
        r"follow)",
        r"(?:seems?|appears?)(?: to be)? (?:unable|incapable) (?:to|of) (?:grasp|grasping|"
        r"comprehend|comprehending)",
    ),
)
PASSIVE_CLAUSES = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        # "As I said in my first reply", "as we have explained at several meetings" (not "as
        # discussed at the meeting", nor "as noted in the usage section").
        rf"as (?:i|we)(?:'ve| have| had|'d)? {_SAYING} (?:in|on|at|during|over|by) (?:my|our|"
        rf"both|all|several|many|multiple|numerous|countless|two|three|four|five|previous|"
        rf"earlier|past) (?:[a-z0-9-]+ ){{0,3}}?{_SAID_IN}",
        # "Like I said, ...": the spoken reminder, written down.
        r"like (?:i|we)(?:'ve| have)? (?:said|told you|mentioned|explained|keep saying)"
        r"(?= *[,;:—])",
        # "As you were told at induction, ...", "as was already explained to you".
        r"as you (?:were|have been|had been|'ve been|'d been) (?:already |previously |repeatedly |"
        r"clearly )?(?:told|informed|advised|reminded|shown|made aware)(?: [a-z0-9-]+){0,4}? "
        r"(?:already|before|previously|repeatedly|twice|several times|more than once|many times|"
        r"at (?:induction|onboarding|the start)|in (?:training|writing))",
        r"as you (?:were|have been|had been|'ve been|'d been) (?:already|previously|repeatedly) "
        r"(?:told|informed|advised|reminded|shown|made aware)",
        r"as you(?:'ve| have| had|'d) (?:already|previously|repeatedly) been (?:told|informed|"
        r"advised|reminded|shown|made aware)",
        r"as (?:was|has been|had been) (?:already |previously |repeatedly |clearly )?(?:explained|"
        r"made clear|pointed out|said|stated|mentioned) to you",
        # "As Maria already explained, ...": a reminder on someone else's behalf.
        r"as (?:(?-i:[A-Z][a-z]+)|the [a-z]+ team|he|she|they) (?:has |have |had )?(?:already|"
        r"repeatedly|now) (?:said|stated|mentioned|explained|noted|pointed out|told you|made "
        r"clear)",
        # "As this policy has stated since 2022": a rule said to be old news.
        r"as (?:the|this|our|my) [a-z]+ (?:has|have) (?:always |long |clearly )?(?:said|stated|"
        r"required|made clear|set out|explained|specified) (?:since|for (?:years|months|some "
        r"time|a long time|ages))",
        # "We would appreciate it if members checked first, before they complain".
        r"(?:appreciate|grateful|please|kindly|ask (?:that|you|everyone|members|all|staff))"
        r"[^.!?\n]{1,80}? before (?:(?:you|they|anyone|people|members|staff|customers|"
        r"colleagues|someone) )?(?:complain|complaining|moan|moaning|grumble|grumbling|whinge|"
        r"whinging)",
        # "Please, please, please read the post": pleading as exasperation.
        r"please,? please,? please",
        # "We're sick of answering the same questions".
        r"(?:i'm|i am|we're|we are|i've been|we've been|i get|we get|i'm getting|we're getting|"
        r"getting) (?:honestly |frankly |really |so |pretty |quite |a bit |a little )?(?:sick|"
        r"tired|weary|fed up) (?:of|with) (?:answering|explaining|repeating|reminding|chasing|"
        r"telling|saying|fielding|getting the same|receiving the same|reading the same|"
        r"cleaning up|fixing)",
    ),
)
DISMISSIVE_CLAUSES = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        # ", which is hardly the end of the world" after a harm to others.
        rf"(?:which|and that)(?: is|'s| was) (?:hardly|scarcely|not exactly|not) {_SMALL}",
        rf"(?:is|was|it's|that's) (?:hardly|scarcely) {_SMALL}",
        # "It is not a big deal; people can swap" (not "not a big deal if you are late").
        r"(?:it's|it is|that's|that is|it was|that was|this is) (?:honestly |really |frankly |"
        r"just )?(?:not|hardly) (?:(?:a|such a|that) (?:big |huge |major )?deal|(?:such a|that|a "
        r"(?:big|huge|major)) problem|a problem(?= *[,;—] (?:so|people|they|just)))"
        r"(?= *[.;!—]| *, (?:so|and|people|they|just|we|it))",
        # "Whatever works, as long as ...": a reply that declines to choose.
        rf"{CLAUSE_START}whatever (?:works|you (?:want|like|prefer|decide)|is easiest)"
        r"(?= *[,.;!—])",
        # "So what?", "Big deal.": the point waved away.
        rf"{CLAUSE_START}(?:so what|big deal)(?= *[?!.])",
        # "People can sort it out among themselves".
        r"(?:sort|work|figure|thrash|hash|fight) (?:it |this |that |things |the rest |the "
        r"details )?out (?:among|amongst|between) (?:themselves|yourselves)",
        # "There's really no need to open a new ticket for this kind of thing".
        r"no (?:real )?need to [^.!?\n]{1,40}? (?:for|about|over) (?:this|that|such|these) "
        r"(?:kind|sort|type)s? of (?:thing|question|request|issue|problem|query)s?",
        r"(?:for|about|over|with) (?:every|each) (?:little|small|minor|tiny|trivial) (?:thing|"
        r"question|issue|problem|detail|query)",
        # "We are sorry if some of you feel that the notice was short": sorry for the feeling.
        r"(?:sorry|apologi[sz]e|regret) (?:if|that) (?:you|anyone|anybody|(?:some|any|certain|a "
        r"few)(?: of you| of our [a-z]+| [a-z]+)?|members|customers|staff|people|readers|users) "
        r"(?:may |might )?(?:feel|felt|feels|think|thought|found|find|perceive|perceived|believe|"
        r"believed) (?:that|like|as though|as if)",
    ),
)
BLAME_CLAUSES = Family(
    BLAME.rule,
    BLAME.message,
    (
        *shapes(
            # "QA missed the login regression", "they overlooked two warnings".
            rf"{_MISSER}(?: (?:once again|again|also|somehow))? (?i:missed|overlooked|skipped|"
            rf"ignored) (?i:the|a|an|two|three|several|every|all|both|this|that) "
            rf"(?:[a-z0-9.-]+ ){{0,2}}(?i:{_DEFECTS})",
            rf"{_MISSER}(?: (?:once again|again|also))? (?i:caused|introduced) (?i:the|a|an|two|"
            rf"three|several|this|that) (?:[a-z0-9.-]+ ){{0,2}}(?i:{_HARMS})",
            # "The release team pushed the change without a review".
            rf"{GROUP} (?:[a-z]+ed|pushed|shipped|sent|made|put|ran|took|wrote|built|set) "
            r"(?:[a-z0-9.-]+ ){0,5}without (?:a |any |an )?(?:review|approval|sign-off|second "
            r"reviewer|warning|notice|word|consulting|telling|asking|testing|checking|"
            r"reviewing|tests?)",
            flags=0,
        ),
        *shapes(
            # ", exactly as they did in July": a lapse said to repeat.
            r"(?:without|broke|missed|forgot|ignored|skipped|late|again)[^.!?\n]{0,60}?,? "
            r"(?:exactly|just) as (?:they|he|she|you|the [a-z]+ team) (?:did|have|had|always "
            r"do|always does)",
        ),
    ),
)
SARCASTIC_CLAUSES = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        # "Lovely to see the alerts fail yet again": delight at a failure that repeats.
        r"(?:(?:lovely|great|nice|wonderful|fantastic|brilliant|good|delightful|fun|love|loving|"
        r"adore|enjoy|glad|happy|thrilled|delighted)(?: it)? (?:to (?:see|hear|find|watch|"
        r"discover|learn|wake up to|come back to)|that|how|when|the fact that|seeing|hearing|"
        r"watching)|(?:so )?(?:glad|happy|thrilled|delighted)(?= (?:the|our|my|this|that|your) ))"
        # No negation on the way: "glad that the site did not go down again" is relief.
        r"(?: (?!(?:not|never|no|no longer|[a-z]+n't)\b)[a-z'.-]+){0,8}? (?:fail|"
        r"fails|failing|failed|break|breaks|breaking|broken|broke|crash|crashes|crashing|crashed|"
        r"stall|stalls|stalled|stalling|silent|down|late|missing|empty|stuck|slip|slipped|jam|"
        r"jams|jammed|froze|freezes|frozen|died|dies|dead|deleted|wiped|lost|"
        r"overrun|overran|time out|timed out|went down|goes down|go down)(?: [a-z'.-]+){0,4}? "
        r"(?:again|yet again|once again|every time|every single time|as usual|as always)",
        # "Just what we needed: another outage".
        r"(?:just|exactly) what (?:we|i|the team|everyone) (?:needed|wanted)[:,—] *(?:another|"
        r"more|yet another|one more)",
    ),
)
GROVELLING = Family(
    "tone/grovelling",
    "Grovelling: '{text}' apologises past the point; apologise once and say what changes",
    shapes(
        r"(?:can't|cannot|can not|could not|couldn't|can never|could never) (?:apologi[sz]e|say "
        r"sorry|express (?:my|our) regret) enough",
        r"(?:humbly |sincerely |respectfully )?beg (?:for )?(?:your|you for) (?:forgiveness|"
        r"pardon|indulgence|mercy)",
        r"(?:i|we) (?:truly |really |simply |certainly )?(?:do not|don't|did not|didn't) deserve "
        r"(?:your|such|the) (?:patience|forgiveness|kindness|understanding|business|loyalty|"
        r"time|trust)",
        r"(?:abject|grovelling|groveling|humblest|profuse|profusest) apolog(?:y|ies)",
        r"(?:deepest|sincerest|most sincere|humblest|heartfelt|humble) and (?:most )?(?:sincere|"
        r"humble|heartfelt|deepest|abject|profound|profuse) apolog(?:y|ies)",
        r"(?:deeply|utterly|truly|so|terribly|thoroughly|profoundly) ashamed",
        r"(?:a thousand|a million|a hundred) apologies",
        r"sorry to (?:take up|waste|have taken up|have wasted) (?:your|so much of your) "
        r"(?:valuable |precious )?time",
        r"(?:i know|i realise|i realize|i am aware|i'm aware|i suspect|i fear) (?:that )?"
        r"(?:i'm|i am) (?:probably |likely |surely |certainly )?not (?:good|smart|clever|strong|"
        r"experienced|qualified) enough",
    ),
)

FAMILIES_CLAUSES = (
    CONDESCENDING_CLAUSES,
    PASSIVE_CLAUSES,
    DISMISSIVE_CLAUSES,
    BLAME_CLAUSES,
    SARCASTIC_CLAUSES,
    GROVELLING,
)
