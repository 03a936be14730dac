"""Attitudes of the back-and-forth of work messages (issue 14, eleventh round): a chaser that
keeps score or doubts the reader saw it ("another gentle nudge", "in case the first four
didn't land", "unless of course there wasn't one", "we'll just decide without you again"), an
aside at a group the reader may be in ("and they know who they are", "for those of you who ask
me every week", "you'd be amazed how many people don't"), a matter closed instead of answered
("not a priority.", "which is to say probably not", "please don't send it here again", "they
always do", "customers who are unhappy are free to cancel", "take the hint", "noted and filed
accordingly"), and mock delight or mock thanks ("love getting paged at 3 a.m.", "thanks for
the two hours' notice", "the detailed commit message 'fix stuff'", "so urgent that the ticket
has sat untouched for a month", "I'm sure whoever did it had an excellent reason").

The plain versions share the words but not the frame: "a quick reminder that the form is due"
(a reminder, not a euphemism for one), "if you can't make it, we'll go ahead without you" (no
"again"), "not a priority for this quarter" (a plan with its reason), "please don't send
invoices here; use the portal" (a route), "we love being told about bugs early" (no harm
done), "thanks for the two weeks' notice" (time enough) and "so urgent that we shipped it in
an hour" (the urgency met), "customers who want a paper invoice are welcome to ask" (a wish,
not dissent) and "the minutes were received and filed" (a record).
"""

from __future__ import annotations

from services.specialist.rules.attitude.clauses import CLAUSE_START
from services.specialist.rules.attitude.hostility import DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import Family, shapes
from services.specialist.rules.attitude.undertone import MESSAGES

# A chaser's soft names: "a gentle nudge", "another friendly ping".
_NUDGE = r"(?:reminder|nudge|ping|chaser|prod|poke|follow-up)"
# Harms no one enjoys, for mock delight: "love getting paged", "enjoy being overruled".
_HARMED = (
    r"(?:paged|woken(?: up)?|blamed|dragged into|ignored|interrupted|left out|overruled|shouted "
    r"at|yelled at|kept waiting|stood up|ghosted|cc'd on|copied on|chased)"
)
# Praise for how much a message says, before a quotation of a few small words.
_THOROUGH = (
    r"(?:detailed|thorough|helpful|comprehensive|informative|descriptive|clear|extensive|"
    r"in-depth|insightful|generous|careful|meaningful)"
)
_WRITE_UP = (
    r"(?:message|description|note|notes|report|comment|summary|explanation|feedback|review|"
    r"handover|update|title|changelog|write-up)s?"
)

CHASERS = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        r"(?:another|one more|yet another|a second|a third|this|the usual) (?:friendly|gentle|"
        rf"kind|little|polite|soft) {_NUDGE}(?! (?:will|is going to|goes out|is scheduled))",
        # Earlier messages that must have gone astray: "in case the first four didn't land".
        r"in case (?:the|my|our) (?:first|last|previous|earlier|other) (?:one|two|three|four|five|"
        r"few|several|[a-z]+s) (?:didn't|did not|got lost|went astray|never|weren't|were not|"
        r"wasn't|was not)",
        rf"(?:my|our) (?:two|three|four|five|six|several|many|multiple|numerous|last|previous|"
        rf"earlier) (?:[a-z-]+ )?{MESSAGES}(?: [a-z']+){{0,5}}? (?:didn't|did not|haven't|have "
        r"not|hadn't|had not|never|may have|might have|must have) (?:end(?:ed)? up|land(?:ed)?|"
        r"(?:go|gone|went) (?:to|into) (?:spam|junk)|get lost|got lost|reach(?:ed)? you)",
        # A doubt that the reader answered at all: "unless of course there wasn't one".
        r"unless,? (?:of course,? )?(?:there (?:wasn't|was not|isn't|is not|never was|was never) "
        r"(?:one|any)|you (?:didn't|did not|never|haven't|have not) (?:reply|replied|send|sent|"
        r"answer|answered|write|written|read))",
        # "Not sure how else to phrase this" (not "not sure how to phrase this", a hedge).
        r"(?:not sure|don't know|do not know|unsure|no idea) how (?:else|many (?:more )?(?:ways|"
        r"times)) (?:to|i can|we can|i could|we could) (?:phrase|say|put|explain|word|ask)",
        # "We'll just decide without you again".
        r"(?:decide|go ahead|proceed|carry on|start|plan|move on|make the call|do it|press on) "
        r"without (?:you|them|him|her) (?:again|as usual|as always|like last time|once more)",
        # Told in a place the reader was shown: "as I said in the thread you were tagged in".
        r"as (?:i|we)(?:'ve| have)? (?:said|mentioned|explained|noted|wrote|posted|shared|"
        r"flagged) (?:in|on|at) the [a-z]+ (?:that )?you (?:were|are|have been|'ve been|got) "
        r"(?:tagged|cc'?d|copied|included|added|invited|mentioned|looped) (?:in|on|to|into)",
    ),
)
# Asides at a group the reader may belong to: "and they know who they are", "for those of you
# who ask me every week", "you'd be amazed how many people don't".
ASIDES = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        r"(?:they|you) know who (?:they|you) are(?= *[.!,;])",
        r"for whatever (?:they're|they are|it's|it is|that's|that is) worth",
        r"(?:do|show|extend|pay) (?:me|us) the (?:basic |common )?(?:courtesy|decency) of",
        # "We are sure nobody meant to hold the room every week, but": a motive granted, then
        # the charge (not "we are sure nobody was hurt").
        r"(?:i'm|i am|we're|we are) sure (?:nobody|no one|no-one) (?:meant|intended|wanted|set "
        r"out|means) to[^.!?\n]{0,80}?, but",
        r"for (?:those|the ones|anyone|people) (?:of you )?who (?:[a-z]+ ){0,4}?(?:every (?:week|"
        r"day|month|time|single time)|keep (?:asking|forgetting|losing|emailing|missing))",
        r"if you(?:'re| are) one of the (?:people|folks|ones|colleagues|few|many) who (?:keeps?|"
        r"still|never|always|insists?)",
        # Advice on the reader's next try: "next time, it might be worth reading the guide".
        r"next time,? it (?:might|may|would|could) be worth (?:reading|checking|looking at|"
        r"skimming|opening|consulting|trying)",
        r",? of course,? if you (?:remember|bother|actually|manage)",
        r"as a surprising number of (?:[a-z']+ ){0,3}(?:candidates|applicants|people|users|"
        r"customers|staff|colleagues|students|members)",
        r"(?:a lot of|many|most|so many|plenty of) (?:tickets|emails|calls|questions|messages|"
        r"complaints|requests) from (?:people|customers|users|those|folks) who (?:skip|ignore|"
        r"don't|do not|haven't|have not|never|didn't|did not)",
        r"rest assured (?:that )?(?:everyone|everybody|we all|people|the whole (?:team|office))"
        r"(?: [a-z]+){0,3}? (?:knows|notices|noticed|has noticed|sees|can see|will know|will "
        r"notice)",
        r"(?:you'd|you would|you wouldn't|you would not|you'll|you will|you might) (?:be (?:amazed|"
        r"surprised|astonished|shocked)|believe) (?:at )?how many (?:people|of you|users|customers|"
        r"candidates|applicants|colleagues|staff)(?: [a-z']+){0,3} (?:don't|do not|get|skip|"
        r"forget|miss|ignore|can't|cannot|never|fail|still)",
    ),
)
CLOSINGS = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        rf"{CLAUSE_START}not (?:a|our|my) (?:priority|concern|focus)(?= *[.!])",
        r"(?:which is to say|in other words|read:|translation:|i\.e\.),? (?:probably |likely |"
        r"almost certainly |basically |realistically )?(?:not|never|no|nothing)(?= *[.!])",
        # "Please don't send it here again" (not "don't send invoices here; use the portal").
        r"(?:please )?(?:don't|do not) (?:send|forward|raise|bring|post|email|log|file|escalate|"
        r"route|direct) (?:it|this|these|them|that|things like (?:this|that)|such [a-z]+|[a-z]+ "
        r"like (?:this|these)) (?:here|to us|to me|to this (?:team|channel|desk|inbox)) (?:again|"
        r"any more|anymore|in future|in the future)",
        # No time for the reader's kind of matter: "nobody has the time for cases like yours".
        r"(?:nobody|no one|no-one|don't|do not|doesn't|does not|haven't|have not|can't|cannot)"
        r"(?: [a-z']+){0,3} (?:the )?(?:time|bandwidth|capacity|patience|energy|headspace) (?:to|"
        r"for)(?: [a-z'-]+){0,5} (?:like|such as) (?:yours|you)",
        # "Not sure why this is still being discussed".
        r"(?:not sure|unsure|don't (?:know|understand|see)|do not (?:know|understand|see)|no idea|"
        r"can't see|cannot see) why (?:this|that|it|we|anyone|people|you|everyone|they)(?: is| "
        r"are| was| were|'s|'re)? still (?:being )?(?:discussed|debated|discussing|debating|"
        r"talking about|arguing about|going on about|raised|raising|asking about|on the agenda|a "
        r"(?:topic|thing|question))",
        # Someone's concern as a hobby: "Gary's pet issue".
        r"(?:(?-i:[A-Z][a-z]+)'s|your|their|his|her) pet (?:issue|topic|theory|subject|cause|"
        r"obsession|peeve|grievance|complaint)",
        # "They'll get used to it; they always do."
        r"(?:get used to|get over|adapt to|come round to|come around to|stop complaining about|"
        r"learn to live with|forget about)(?: [a-z'-]+){0,5}[;,—] (?:they|people|users|customers|"
        r"staff|everyone|you) (?:always|usually|eventually|all) (?:do|does)",
        # Dissent shown the door: "customers who are unhappy with the pricing are free to
        # cancel", "candidates who regard it as a stepping stone should apply elsewhere" (not
        # "customers who want a paper invoice are welcome to ask").
        r"(?:anyone|those|people|staff|customers|students|candidates|applicants|members|users|"
        r"employees|colleagues) (?:who|that) (?:finds?|found|feels?|felt|thinks?|(?:is|are) "
        r"(?:unhappy|not happy)|(?:isn't|aren't) happy|(?:doesn't|don't|does not|do not) like|"
        r"disagrees?|objects?|still prefers?|(?:cannot|can't) (?:accept|handle)|regards?|"
        r"complains?)[^.!?\n]{0,100}? (?:(?:is|are) (?:free|welcome) to (?:cancel|leave|go|look|"
        r"shop|take (?:their|your) business|find|keep|consider|try (?:another|a different|"
        r"elsewhere)|move)|should (?:apply|look|go) elsewhere|should not expect|shouldn't "
        r"expect|will not enjoy|won't enjoy|will not last|won't last|will not fit|won't fit)",
        r"take the hint",
        r"save us both the (?:time|trouble|bother|effort)|save (?:me|us) the (?:time|trouble|"
        r"bother|effort) and (?:don't|do not|just|go)",
        r"(?:don't|do not) (?:even )?bother (?:asking|applying|replying|writing|emailing|calling|"
        r"following up|chasing|complaining|arguing|appealing)",
        r"spare (?:me|us|them|him|her) (?:yours|your (?:excuses|stories|story|explanations|"
        r"complaints|opinions|drama)|the (?:excuses|drama|sob story|lecture))",
        # Sorry, but nothing is wrong: "sorry the exports weren't what you expected, though
        # nothing in the app is actually broken".
        r"(?:sorry|apologi[sz]e)[^.!?\n]{0,80}?,? (?:though|but|although) (?:nothing|there is "
        r"nothing|there's nothing)(?: [a-z]+){0,4}? (?:is |was )?(?:actually |really |technically "
        r")?(?:broken|wrong|at fault|faulty)",
        r"(?:do not|don't) (?:reopen|re-open) (?:this|the|your) (?:ticket|issue|thread|case|"
        r"request)",
        r"(?:do not|don't) expect (?:this|that|it) to be (?:a problem|an issue|a concern) for "
        r"(?:anyone|anybody|you|most|many)",
        r"(?:that|this|it)(?:'s| is) between you and",
        # Filed, not answered: "which we have read and filed accordingly" (not "received and
        # filed", the minutes' term).
        r"(?:read|noted|reviewed) and filed|filed (?:it |them )?accordingly",
        r"without (?:accepting|admitting|conceding) (?:any )?(?:fault|liability|responsibility|"
        r"blame)",
        r"(?:barely|hardly|scarcely|doesn't|does not|don't|do not) deserves? (?:a|an) (?:reply|"
        r"response|answer|comment|rebuttal)",
        r"(?:comes|came) up every (?:week|month|meeting|time) and nothing (?:changes|happens|"
        r"changed|happened)",
        r"(?:will be|are|get|gets|will get) (?:closed|deleted|ignored|binned|rejected) without "
        r"(?:comment|reply|response|explanation|discussion|a reply|a response|further notice|a "
        r"second look)(?! *,? (?:with|but) )",
    ),
)
MOCK_DELIGHT = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        rf"{CLAUSE_START}(?:i |we )?(?:just |really |absolutely |so |truly )?(?:love|adore|"
        rf"enjoy|relish) (?:getting|being) {_HARMED}",
        # "The detailed commit message 'fix stuff'" (not a title: "the report 'Q3 Sales'").
        rf"{_THOROUGH} (?:[a-z-]+ )?{_WRITE_UP} ['\"‘“](?-i:[a-z][a-z .!?]{{0,15}})['\"’”]",
        # Thanks for no time to act: "thanks for the two hours' notice".
        r"thank(?:s| you)(?: so much| a lot| very much)? for (?:the |all the |your )?(?:whole |"
        r"generous |ample )?(?:(?:a|an|one|two|three|four|five|ten|twenty|thirty|forty|few|"
        r"[0-9]+) )?(?:minutes?|hours?|seconds?)['’]?s? (?:notice|warning|heads-up)"
        # Not a thanks that goes on to what it made possible ("...; we moved the delivery").
        r"(?! *[;,—] *(?:we|i)\b)",
        # Urgency that nobody acted on: "so urgent that the ticket has sat untouched".
        r"(?:so|very|super|extremely|incredibly|terribly) (?:urgent|important|critical|pressing|"
        r"high-priority|time-sensitive) (?:that|it) [^.!?\n]{0,40}?(?:untouched|unread|unanswered|"
        r"ignored|gathering dust|nobody|no one|for (?:a|two|three|four|five|six|several) (?:weeks?|"
        r"months?))",
        # A motive granted in mock good faith: "I am sure whoever ran that session had an
        # excellent reason for not checking".
        # (Not "I'm sure they had a good reason to close early, since the storm was coming".)
        r"(?:i'm|i am|we're|we are) sure (?:whoever|someone|somebody)[^.!?\n]{0,40}? (?:had|has|"
        r"have) (?:an? )?(?:excellent|good|very good|perfectly good|great|brilliant|compelling) "
        r"reasons?(?= *[.!]| (?:for|to))",
        r"(?:i'm|i am|we're|we are) sure (?:they|you|he|she)[^.!?\n]{0,40}? (?:had|has|have) "
        r"(?:an? )?(?:excellent|very good|perfectly good|brilliant|compelling) reasons? for not",
        r"(?:hoping|expecting|assuming|hope|expect|assume)(?: that)? (?:i|we|me|us|people|someone|"
        r"everyone)(?: can| could| to| will)? read (?:your |their |people's )?minds?",
    ),
)

FAMILIES_EXCHANGES = (CHASERS, ASIDES, CLOSINGS, MOCK_DELIGHT)
