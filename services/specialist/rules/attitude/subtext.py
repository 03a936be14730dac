"""What a sentence implies rather than says (issue 14, thirteenth round), written from a second
and a third development set of 360 sentences worded apart from the rules and the corpus, most
of them without a stock phrase (``tests/specialist/tone_dev_set2.py``, ``tone_dev_set3.py``).
A fourth set never tuned on measures how little such shapes generalise: 46 -> 51 of 160
(``tests/specialist/test_tone_dev_set2.py``).

- Talking down: a basic idea explained or a reader's work redone for them ("for those
  unfamiliar with the idea", "I've gone ahead and fixed the grammar for you", "so you won't
  have to read the whole thing"), praise capped by who the reader is ("surprisingly well for
  someone from", "a great first step for someone in marketing"), experience promised ("once
  you've had a bit more experience ..., you'll understand"), a check on understanding
  ("..., okay?").
- Passive aggression: a reminder that counts ("as I mentioned on Monday, and again on
  Wednesday"), a message resent "in case" it was missed, the anonymous culprit ("the person
  who keeps taking"), "nobody else seemed to be available", "I'm sure that's an oversight".
- Sarcasm: a promise in scare quotes ("the 'quick sync'", "our 'state of the art' system"),
  praise for a failure ("a personal best of three outages", "went perfectly, if you don't
  count"), "who needs X when", "so thanks for that".
- Dismissal: a concern ranked away ("so few users that we can ignore them", "can wait until
  after launch"), complaints refused ("we won't be accepting complaints"), the reader shown
  the door ("maybe this isn't the right role for you"), "making such a big deal of it".

Each shape carries what makes it pointed (the reader, the count, the quote, the failure), so
the plain sentence beside it stays plain: "let's start with the basics" in a tutorial, "it
can wait until after launch" about a tidy-up, "thanks for letting me know" with no "after I'd
already".
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import Family, shapes

# Work of the reader's that the writer redid: "your summary", "the grammar throughout".
_REDONE = (
    r"(?:rewritten|rewrote|simplified|rephrased|reworded|fixed|corrected|tidied up|cleaned up|"
    r"highlighted|annotated|underlined|translated)"
)
# Whom praise is capped by: "for someone from a non-academic background", "for a junior".
_CAPPED_BY = (
    r"for (?:someone|somebody|a junior|a beginner|an intern|a newcomer|a [a-z]+ (?:writer|"
    r"student|beginner|junior|engineer|designer|analyst)|a non-[a-z]+|someone (?:in|from) [a-z]+)"
)
# A failure a sarcastic sentence praises: "the login button stopped working".
_FAILED = (
    r"(?:stopped working|broke|crashed|failed|went down|fell over|died|froze|disappeared|was "
    r"lost|got lost)"
)
# A promise the writer puts in scare quotes: 'the "quick sync"', 'our "state of the art" ...'.
_PROMISE = (
    r"(?:quick|minor|small|simple|tiny|urgent|streamlined|state[- ]of[- ]the[- ]art|improved|"
    r"new and improved|agile|flexible|temporary|easy|seamless|smart|robust|efficient|innovative|"
    r"upgraded|world[- ]class|best[- ]in[- ]class|user[- ]friendly|intuitive|optional|"
    r"voluntary|fun|quick fix|brief|short)"
)

CONDESCENDING_SUBTEXT = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        r"(?:walk|talk|take) you through (?:it|this|that|the [a-z]+) (?:again|once more|one "
        r"more time|slowly)",
        r"so (?:that )?there (?:is|will be|can be) no (?:confusion|misunderstanding) this time",
        r"for (?:those|anyone|people) (?:of you )?(?:unfamiliar|not familiar) with (?:the "
        r"(?:idea|concept|term|notion)|such things)",
        r"in case (?:it's|it is|this is) not something you(?:'ve| have) (?:come across|seen|"
        r"heard of|used|done)",
        rf"{_REDONE} your [a-z]+[^.!?\n]{{0,40}}?(?:so (?:that )?it(?:'s| is) easier for you|"
        r"for you(?= *[.!,]))",
        rf"(?:gone ahead and|taken the liberty of|went ahead and) {_REDONE}[^.!?\n]{{0,40}}? "
        r"for you",
        r"if (?:that|this|it) makes it easier for you",
        r"so (?:that )?you (?:won't|don't|wouldn't|will not|do not) have to read (?:the whole|"
        r"all of|the entire|it all|every)",
        r"(?:it's|it is|that's|that is|how) (?:so )?(?:sweet|cute|adorable|endearing) (?:that "
        r"you|of you to)",
        r"leave (?:that|this|it|those)(?: sort of thing| kind of thing| stuff)? to (?:the )?"
        r"(?:senior [a-z]+|experts?|professionals|grown-ups|adults|people who know)",
        r"(?:with|once you(?:'ve| have) had|after) (?:a (?:few|couple of) more|a (?:bit|little) "
        r"more|more) (?:years|experience)[^.!?\n]{0,50}? you(?:'ll| will) (?:see|understand|"
        r"realise|realize|learn|get it)",
        r"(?:read|go through) [^.!?\n]{0,40}?(?:all the way to the end|to the (?:very )?end, "
        r"slowly)",
        r"(?:drawn|made|written|put together|prepared|sketched) you a (?:little|simple|nice "
        r"little|quick little) (?:diagram|picture|chart|guide|cheat sheet|drawing)",
        r"with big (?:arrows|letters|pictures|buttons|print)",
        r"enthusiasm,? (?:which is (?:lovely|sweet|admirable|nice|great|charming)|is (?:admirable|"
        r"lovely|sweet|commendable|charming|touching))",
        r"just so we(?:'re| are) (?:on the same page|clear), (?:a|an) [a-z]+ (?:is|means)",
        r"(?<=,\x20)which is the (?:day|month|year|number|one) (?:that )?(?:comes )?(?:after|"
        r"before)",
        r"(?:you will|you'll|you may|you might) (?:graduate|progress|move on|move up) to "
        r"(?:finding |doing |writing |handling )?(?:real|proper|actual|bigger)",
        r"(?:great|good|solid|decent|promising|nice|reasonable) (?:first step|first draft|first "
        rf"attempt|start|effort) {_CAPPED_BY}",
        rf"(?:surprisingly|remarkably|quite|pretty) (?:well|good|articulate|capable|competent|"
        rf"clear|professional)(?: [a-z]+)? {_CAPPED_BY}",
        r"(?:start|begin|go back) (?:with|to) the (?:basics|very basics|fundamentals),? (?:since|"
        r"as|because) (?:i suspect|clearly|evidently|that's where)",
        r"as (?:a|an) [a-z ]{0,30}with (?:limited|little|no) [a-z ]{0,25}(?:knowledge|"
        r"experience|understanding|background), you",
        r"(?:ask|get|have) (?:someone|somebody|a colleague|a friend)[^.!?\n]{0,30}? to (?:read|"
        r"look|go) (?:over |through )?(?:it |this |the [a-z]+ |your [a-z]+ )?with you",
        r"(?:felt|seemed|seems|feels|looked) like a lot(?: of [a-z]+)? to you",
        r"(?<=[a-z],\x20)(?:okay|ok|alright|all right)\?",
        r"(?:just )?listen before (?:trying|attempting|you try) to (?:contribute|speak|comment|"
        r"help|add)",
        r"(?:could|can) tell (?:from|by) your (?:face|expression|questions?|email|reply|silence)",
        r"you were (?:completely|totally|clearly|obviously|utterly) (?:lost|confused|out of your "
        r"depth)",
        r"even you(?:'ll| can| could| will| should|,| might)",
        r"(?:still |a bit |rather |slightly |somewhat |a little )beyond you",
        r"(?:someone|somebody|people|those|anyone) who(?:'ve| have)? actually (?:knows?|"
        r"understands?|done it|has done|have done|worked)",
        r"the real (?:work|engineering|job|decisions)(?= *[.!;,])",
        r"(?:don't|do not) worry your (?:pretty |little |pretty little )?head",
        r"(?:need me to|asked me to|have to|had to) explain what (?:(?:a|an|the word) )?"
        r"['\"‘“]?[a-z]+"
        r"['\"’”]? (?:is|means)",
        r"(?:very,? very|really,? really|super) simple",
        r"(?:in )?the simplest (?:possible )?terms",
        r"(?:as|since|because) you (?:clearly|obviously|evidently|apparently|seemed to|seem to) "
        r"(?:need|needed|missed|miss|didn't|don't|can't|couldn't|forgot)",
        r"(?:customers|people|users|students|those|anyone|staff|tenants|parents|residents) who "
        r"(?:actually|bother to|take the time to) (?:read|check|follow|look)",
        r"(?:works|worked|runs|ran|compiles|compiled|passes|passed),? which is (?:a (?:nice|"
        r"pleasant|welcome) surprise|the main thing)",
        r"at this stage (?:of|in) your (?:career|studies|training|development|life)",
        r"how a (?:real|proper|professional|grown-up|competent) [a-z]+ would",
        r"(?:a lot|too much|quite a lot) for you to (?:take in|process|absorb|handle|digest)",
        r"(?:usually|always|normally) (?:cover|teach|explain)[^.!?\n]{0,20}? (?:on|in) (?:the|"
        r"your) (?:very )?first (?:day|week|lesson|class)",
        r"(?:wouldn't|would not|don't|do not) expect (?:someone|anyone|you|people) (?:outside|"
        r"without|like you|in your position|from)[^.!?\n]{0,30}? to (?:follow|understand|grasp|"
        r"get|know)",
        r"(?:adorable|cute|sweet|endearing) how (?:hard )?you(?:'re| are)?",
        r"(?:you|you've|you have) (?:did|done) (?:well|okay|ok|fine|great) for (?:someone|a "
        r"beginner|a newcomer|an intern|a junior)",
        r"(?:about to|going to) embarrass yourself",
        r"(?:reasonable|good|fair|natural|understandable) (?:question|mistake|effort|attempt) for "
        r"a (?:beginner|newcomer|novice|junior|first-year|layperson|layman)",
        r"tricky (?:concept|idea|topic|thing) for some",
        r"(?:don't|do not) feel bad,? (?:plenty|lots|a lot|loads) of people struggle",
        r"(?:simplif(?:y|ied|ying)|dumb(?:ed|ing)? (?:it |this )?down)[^.!?\n]{0,40}?so (?:that )?"
        r"[a-z ]{0,40}can (?:follow|understand|read|keep up)",
        r"(?:when|if) you get (?:emotional|upset|worked up|hysterical|defensive) like this",
        r"once you(?:'ve| have) calmed down",
        r"a mistake (?:many|most|a lot of|lots of) (?:first-year|new|junior|young|beginner|"
        r"inexperienced) [a-z]+ make",
        r"(?<=,\x20)bless (?:you|him|her|them)(?=,)|bless (?:your|his|her|their) (?:heart|"
        r"little)",
        r"(?:a trusted adult|a grown-up|someone at home|somebody at home)[^.!?\n]{0,20}? help you",
        r"(?:feels?|felt|seems?|seemed|looks?|looked) like (?:a big deal|the end of the world|a "
        r"big thing|hard work) to you",
    ),
)
PASSIVE_SUBTEXT = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        r"(?:since|as|because) (?:nobody|no one|no-one) else (?:seemed|seems|was|is|could|would|"
        r"bothered|offered|volunteered)",
        r"(?:remember|keep in mind|bear in mind) (?:this|that) (?:the )?next time you (?:need|ask|"
        r"want)",
        r"(?:mentioned|said|explained|asked|noted|wrote|flagged|raised)[^.!?\n]{0,25}?,? and "
        r"again (?:on|in|at|last|yesterday|this|today)",
        r"as [a-z]+ed, as [a-z]+ed,? and as [a-z]+ed",
        r"which (?:i'm|i am) sure is (?:completely |totally |perfectly )?(?:fine|okay|ok|"
        r"intentional|deliberate)",
        r"(?:but )?(?:i'm|i am) sure (?:that's|that is|it's|it is|it was) (?:just )?(?:an "
        r"oversight|a coincidence)",
        r"(?:great|nice|good|lovely) to see [^.!?\n]{0,30}? (?:finding|found|making|made) (?:the )?"
        r"time for",
        r"the (?:person|people|colleague|individual|one)s? who keeps? [a-z]+ing",
        r"(?:not sure|unsure|wondering) (?:if|whether) my (?:previous|earlier|last|other)"
        r"[^.!?\n]{0,20}? (?:messages?|emails?|notes?|replies) (?:came|went|got) through",
        r"resending in case",
        r"(?:in case|since it seems|as it seems)[^.!?\n]{0,10}? (?:my|the) (?:original|earlier|"
        r"previous|first)(?: [a-z]+)? (?:may have been|was|got|has been|might have been) "
        r"(?:overlooked|missed|lost|buried|too long)",
        r"too long to read",
        r"silence (?:means|is|equals) (?:agreement|consent|a yes)",
        r"(?:as usual|as always|usually does|always does|as it usually does|as it always does) "
        r"around here",
        r"(?:kindly|please) (?:refer to|see|check|read)[^.!?\n]{0,60}?, which (?:has|have) been "
        r"(?:available|there|published|circulated|shared|on the [a-z]+)",
        r"(?:glad|nice|good|great) (?:you could|that you could|to see you|you) (?:join|make it|"
        r"come|show up)[^.!?\n]{0,20}?,? even if (?:it was |it's )?only",
        r"(?:i|we) (?:didn't|did not) (?:need|want) (?:that|my|the|our) [a-z]+ anyway",
        r"(?:it's|that's) fine, really",
        r"(?:or whether|or if|or are) we(?:'re| are)? (?:just )?(?:ignoring|skipping|pretending|"
        r"not bothering)",
        r"just wondering (?:whether|if) there(?:'s| is) a reason",
        r"(?:i notice|i noticed|i see|i saw) (?:that )?(?:the|my) [^.!?\n]{0,40}? (?:didn't|did "
        r"not) make it into",
        r"(?<=,\x20)just saying(?= *[.!])",
        r"some of us have been [a-z]+ing",
        r"the (?:instructions|guidance|email|rules|steps|process|brief) (?:were|was) (?:quite |"
        r"very |perfectly |pretty |abundantly )?clear, but",
        r"go through (?:them|it|this|that) with you again",
        r"(?:thanks|thank you) for (?:letting me know|telling me|the heads-up|informing me|the "
        r"update)[^.!?\n]{0,40}? after (?:i|we)(?:'d| had) already",
        r"(?:came and went|has come and gone) while you were",
        r"(?:take|taking|took) your silence",
        r"assume [^.!?\n]{0,50}?(?:just forgot|an oversight|slipped (?:your|their|his|her) mind)",
        r"(?:great|nice|good|lovely) to (?:finally|at last) (?:receive|have)",
        r"(?:let's|let us) all (?:try to )?(?:remember|remind ourselves)",
        r"(?:i|we) suspect (?:it|this|that) will (?:come up|happen|be needed) again",
        r"(?:to the end|properly|carefully|in full|all the way through) this time",
        r"(?:always|so|very) (?:educational|enlightening|instructive) to (?:have|be|get)",
        r"as the (?:previous|last|earlier|first)[a-z ]{0,20}? (?:evidently|apparently|clearly) "
        r"(?:was|were) not",
        r"(?:the )?last time (?:i|we) (?:need|have|will need|will have) to (?:send|ask|say|"
        r"remind|explain|chase)",
        r"(?:i'm|i am) sure you had a (?:very )?good reason",
        r"(?:which|that) made a (?:pleasant|nice|welcome|refreshing) change",
        r"(?:even though|although|though) this (?:really )?(?:isn't|is not) (?:part of )?my job",
        r"(?:interesting|funny|curious|telling) (?:that|how) [^.!?\n]{0,40}?only ['\"‘“]",
        r"just so we(?:'re| are) all on the same page(?= *[.!])",
        r"you(?:'re| are) the expert, after all",
        r"(?:found|find|finding) (?:the )?time to [a-z]+[^.!?\n]{0,40}? now that",
        r"it(?:'s| is) telling that",
        r", shall we\?",
    ),
)
SARCASTIC_SUBTEXT = Family(
    SARCASM.rule,
    SARCASM.message,
    (
        *shapes(
            rf"(?i:the|our|your|their|this|that|a|an|his|her) [\"“'‘]{_PROMISE}"
            r"[a-z -]{0,20}[\"”'’]",
            flags=0,
        ),
        *shapes(
            r"[\"“][^\"”\n]{2,25}[\"”] now means",
            r"(?:went|worked|ran|is going) (?:perfectly|flawlessly|smoothly|beautifully)"
            r"[^.!?\n]{0,10}?,? (?:if you (?:don't|do not) count|apart from|except for|aside from)",
            r"assuming the (?:plan|goal|idea|aim|point) was to",
            r"(?:truly|a real|an absolute|a true|a genuine) (?:a |an )?(?:masterpiece|triumph|"
            r"marvel|masterclass|work of art|feat) of",
            r"just what (?:everyone|everybody|we all|the team|we|i) (?:needed|wanted),? (?:after|"
            r"during|on top of|in the middle of)",
            r"another (?:inspiring|thrilling|riveting|fascinating|scintillating|enlightening)",
            r"nothing says [\"“'][^\"”\n]{2,40}[\"”'] like",
            r"(?:thrilled|delighted|excited|happy|pleased|proud) to (?:announce|report|share|say) "
            r"that [^.!?\n]{0,50}? (?:is|are|was|were|has|have|has been|have been) (?:broken|down|"
            r"late|delayed|gone|missing|cancelled|canceled|failed|lost|offline|out of order)",
            r"(?:clearly|obviously|surely) the best use of (?:our|their|your|my|everyone's|the)",
            r"(?:personal best|new record|record) of (?:[a-z]+|\d+) (?:outages|incidents|"
            r"complaints|bugs|failures|delays|errors|crashes|cancellations|missed deadlines)",
            r"(?<=[,;]\x20)so thanks for that(?= *[.!])|(?<=[,;]\x20)thanks for that(?= *[.!])",
            r"shocking news:",
            rf"(?:especially|particularly|really|truly) (?:enjoyed|loved|liked|appreciated) the "
            rf"(?:part|bit|moment)[^.!?\n]{{0,40}}? (?:where|when) [^.!?\n]{{0,40}}?{_FAILED}",
            r"how (?:generous|kind|thoughtful|nice|considerate|good|sweet) of [^.!?\n]{1,40}?, "
            r"only",
            r"(?:a round of applause|a big hand|hats off|take a bow|a gold star) (?:for|to) "
            r"(?:the|our|your|everyone)",
            r"refreshing to [^.!?\n]{0,80}? (?:in a row|running)",
            r"how convenient",
            r"(?:beautiful|great|lovely|perfect|amazing|brilliant|fantastic|gorgeous)"
            r"[^.!?\n]{0,20}?, (?:and|but|except) (?:not a single|none of|not one)",
            r"(?:detailed|thorough|thoughtful|helpful|comprehensive|in-depth) [a-z ]{0,20}"
            r"(?:that|which) (?:just |only |simply )?said [\"“'‘][a-z]+[\"”'’]",
            r"who needs [a-z ]{1,30} when (?:you|we) (?:have|can|could)",
            r"so (?:glad|happy|pleased) (?:we|i|they|you) (?:spent|wasted|took)",
            r"(?:will be|is) the one that finally (?:does it|works|gets through|sticks)",
            r"what a (?:bold|brave|creative|novel|innovative|daring) (?:strategy|choice|move|"
            r"decision|approach|idea),",
            r"which it has been (?:since|for)",
            r"(?:yeah|yes|sure|right),? because [^.!?\n]{0,60}?(?:definitely|always|totally|"
            r"certainly|exactly what)",
            r"all (?:one|two|three|four|five|six|seven|eight|nine|ten) words of it",
            r"only (?:a |an |one |two |three |four |five |six |ten |[0-9]+ )?(?:days?|weeks?|"
            r"months?|years?) into the (?:job|role|winter|contract|project|term)",
            r"exactly what morale (?:needs|needed)",
            r"(?:i|we) had nothing (?:else )?planned anyway",
            r"(?:really|truly) on a roll",
            r"alert the (?:press|media|newspapers)",
            r"(?:can't|cannot) imagine why (?:nobody|no one|anyone)",
            r"(?:ten|10) out of (?:ten|10) for",
            r"(?:somebody|someone|they) deserves? a (?:promotion|medal|raise|award) for "
            r"(?:that|this)",
            r"(?:really|so|very) user[- ]friendly(?= *[.!])",
            r"by all means, keep",
            r"the award for (?:the )?(?:most|best)",
        ),
    ),
)
DISMISSIVE_SUBTEXT = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        r"(?:not|isn't) (?:really )?(?:something|anything) (?:i|we) (?:need|have) to (?:worry|"
        r"care|think) about",
        r"(?:don't|do not|can't|cannot) see why [^.!?\n]{0,50}? (?:is|are) worth",
        r"worth (?:calling a meeting|making a fuss|a meeting|a fuss) over",
        r"(?:so few|only a few|only a handful of|a tiny number of|hardly any) (?:users|people|"
        r"customers|staff|students|patients|tenants)[^.!?\n]{0,30}?(?:ignore|isn't worth|not "
        r"worth|can wait)",
        r"(?:we|you) can (?:safely |just )?ignore (?:them|it|this|that) for now",
        r"(?:let's|let us) not (?:go down that rabbit hole|get into (?:that|this|the details)|"
        r"make this about|dwell on)",
        r"(?:concern|complaint|issue|problem|risk|bug|worry)s? (?:can|will have to) wait until "
        r"(?:after|next)",
        r"(?:won't|will not) be (?:accepting|taking|responding to|entertaining) (?:any )?"
        r"(?:complaints|questions|feedback|objections)",
        r"(?:maybe|perhaps) (?:this|it) (?:isn't|is not|wasn't) the right (?:role|job|place|team|"
        r"career|company|school|course) for you",
        r"(?:welcome|free) to (?:look for work|find (?:another|a new) (?:job|role)|work) elsewhere",
        r"(?:let's|let us) (?:just )?move on(?= *[.!])",
        r"lifestyle (?:issue|problem)",
        r"(?:feelings|emotions|personal feelings|sentiment) aside",
        r"(?:always|will always) find something to (?:complain|moan|whinge|grumble) about",
        r"(?:nobody|no one|no-one) (?:has )?died",
        r"(?:doesn't|does not|hardly|don't think it|do not think it) merits? (?:a|any) (?:reply|"
        r"response|answer|discussion)",
        r"(?:already|been) decided,? so (?:there's|there is) no (?:need|point)",
        r"(?:just|simply|only) (?:going through )?a phase",
        r"there(?:'s| is) nothing (?:the [a-z]+|anyone|anybody|we|i) (?:needs? to|can|could) do "
        r"about it",
        r"(?:always|usually) say (?:that|this) (?:sort|kind) of thing",
        r"i'd (?:just )?ignore (?:the|their|his|her|those)",
        r"does it (?:really|even) matter (?:who|what|whether|if|how)",
        r"park the [a-z]+ stuff",
        r"everyone else (?:seems to )?(?:manages?|copes?) (?:fine|just fine|okay|ok)",
        r"(?:making|make|made) (?:such )?a (?:big )?(?:deal|fuss|drama|song and dance) (?:of|"
        r"about|over) (?:it|this|that|nothing)",
        r"fine, i (?:guess|suppose), but",
        r"(?:for|to) someone who (?:still )?cares",
        r"(?:isn't|is not) (?:really )?(?:a|an|my|our) (?:management|company|team|school|hr|"
        r"council) (?:issue|problem|concern|matter)",
        r"if it makes you feel better",
        r"(?:irrelevant|just) noise",
        r"(?:don't|do not) need (?:the|your) (?:backstory|back story|life story|excuses|"
        r"explanations?)",
        r"(?:problem|issue) with your (?:setup|computer|device|end|side|browser|connection|"
        r"machine) rather than",
        r"no (?:reason|need) for (?:us|me) to apologi[sz]e",
        r"(?:objections|concerns|complaints|feedback|views|comments) (?:here )?(?:don't|do not|"
        r"doesn't|does not|won't|will not) change anything",
        r"no point (?:crying|complaining|moaning|whining|getting upset|continuing) (?:about|over)?",
        r"frankly,? (?:it's|it is) not a priority",
        r"(?:are|is|you're|you are) (?:welcome|free) to (?:choose|find|look for|go to|take your "
        r"[a-z]+ to) (?:another|a different|other|a new) [a-z]+",
        r"everyone (?:moans|complains|grumbles|whinges) (?:at first|for the first|about it)",
        r"you(?:'re| are) (?:overreacting|imagining (?:it|things)|being oversensitive)",
        r"(?:nothing came of it|nothing will come of it), so",
        r"nobody else has (?:this|that|the same) problem",
        r"(?:all )?in your head",
        r"(?:parents|customers|students|tenants|patients|people) always think",
        r"(?:above|beyond) your pay grade",
        r"(?:isn't|is not|it's not|it is not) going anywhere(?= *[.!])",
        r"(?:let's|let us) not waste (?:the|our|this) (?:meeting|time)",
        r"toughens? (?:them|you|him|her|kids) up",
        r"(?:it's|it is) a feature, not a bug",
        r"learn to live with it",
        r"the world keeps turning",
        r"(?:that's|that is) a lot of words for",
        r"if (?:i|we) ever run out of",
        r"deprioriti[sz]ed indefinitely",
        r"(?:don't|do not) expect anyone to (?:read|look at|act on) it",
        r"just part of (?:being|the job|life|growing up)",
        r"park (?:that|this|it) and never",
        r"(?:can't|cannot) be that bad",
        r"stop making everything about",
        r"(?:i don't know|not sure) why you(?:'re| are) making (?:such )?a (?:fuss|big deal|drama)",
        r"(?:so|therefore) your (?:suggestion|idea|proposal|input) (?:isn't|is not) needed",
        r"spare me the (?:details|story|drama|excuses)",
        r"there(?:'s| is) no point continuing",
    ),
)

FAMILIES_SUBTEXT = (
    CONDESCENDING_SUBTEXT,
    PASSIVE_SUBTEXT,
    SARCASTIC_SUBTEXT,
    DISMISSIVE_SUBTEXT,
)
