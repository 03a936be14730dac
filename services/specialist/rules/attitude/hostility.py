"""The attitudes that turn on the reader or on others: sarcasm ("great, another outage"),
blame aimed at a person or a team ("Maria broke the build", "the delay sits squarely with the
legal team") and dismissiveness ("whatever", "not my problem")."""

from __future__ import annotations

import re

from services.specialist.rules.attitude.shapes import (
    AGAIN,
    ATTRIBUTED,
    FAULT_VERBS,
    GROUP,
    LAPSE,
    LAPSING,
    LEANING,
    NOT_OUR_SUPPLIER,
    OTHERS,
    OUTCOME,
    PERSON,
    SOMEONE,
    STAFF,
    Family,
    shapes,
)
from services.specialist.rules.gate import gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B

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
        *shapes(
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
            # Not a sincere "thanks a lot for your help", "for reading".
            r"thanks a lot(?! for (?:your|the|all|having|taking|reading|coming|helping|listening|"
            r"being|everything|considering|joining|this|that|it|sharing|sending|letting))",
            r"yeah,? right",
            r"what a surprise(?= *[.!?,:;—-]| that| to)",
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
            r"what a (?:shock|surprise)(?= *[.!?,:;—-]| that| to)",
            r"(?:could not|couldn't) have (?:made|done) (?:a )?(?:bigger|worse)",
            # Praise for an unnamed decision-maker: "Bravo to whoever decided ...".
            r"(?:bravo|kudos|hats off|congratulations|congrats|well done|thanks|thank you|cheers) "
            r"to whoever (?:decided|thought|approved|came up with|chose|designed|planned|"
            r"scheduled|agreed|signed off)",
            # Praise undone by its condition: "a real masterpiece, if the aim was to hide it".
            r"(?:masterpiece|triumph|work of art|gem|marvel|success|achievement|success story),? "
            r"if the (?:aim|goal|idea|point|plan|intention|purpose|objective) (?:was|is|were) to",
            # Any praise undone by a past aim: "ten out of ten for the plan, if the plan was to
            # lose the table" (a present aim, "works well, if the goal is to save", is a plain
            # condition).
            r"[a-z]+, if the (?:aim|goal|idea|point|plan|intention|purpose|objective) (?:was|"
            r"were) to",
            # A mock surprise: "colour me amazed", "shocking, truly shocking".
            r"colou?r me (?:amazed|surprised|shocked|astonished|stunned|unsurprised|impressed)",
            r"(shocking|surprising|astonishing|amazing|unbelievable|incredible|unexpected), "
            r"(?:truly|simply|just|absolutely|utterly|totally|really) \1",
            # Praise, then a count of the same trouble: "Oh wonderful, a fourth reorganisation".
            r"(?:oh,? )?(?:great|perfect|wonderful|fantastic|lovely|brilliant|terrific|super|"
            r"marvell?ous|excellent|splendid)[,!] (?:a|an|the|our) (?:second|third|fourth|fifth|"
            r"sixth|seventh|eighth|ninth|tenth|umpteenth|nth)",
            # Thanks for what came too late: "thanks for the heads-up that arrived an hour after".
            r"thank(?:s| you) for (?:the|your) (?:[a-z-]+ ){1,2}(?:that|which) (?:arrived|came|"
            r"landed|turned up|showed up|went out)(?: [a-z]+){0,3} (?:after|too late)",
            # Praise for what was not there: "the detailed bug report, which consisted of the
            # word 'broken'".
            r"(?:detailed|thorough|helpful|comprehensive|informative|careful|extensive|in-depth|"
            r"clear) (?:[a-z-]+ )?[a-z-]+,? (?:which|that) (?:consisted|consists|contained|"
            r"contains|amounted|amounts)(?: entirely| solely| only)? (?:of|to) (?:the (?:single )?"
            r"word|one word|a single|nothing but|a grand total)",
            # An understatement that says the opposite: "the process isn't slow enough".
            r"(?:isn't|is not|wasn't|was not|aren't|are not|weren't|were not) (?:already )?(?:slow|"
            r"late|complicated|expensive|long|confusing|bad|painful|bureaucratic|messy|stressful|"
            r"broken|chaotic) enough",
            # "Clearly the best time to migrate is the night before the audit".
            r"(?:clearly|obviously|evidently|naturally|of course) the (?:best|perfect|ideal|right) "
            r"(?:time|moment|day|way|place) to",
        ),
    ),
)
BLAME = Family(
    "tone/blame",
    "Blame: '{text}' points at a person or a team; describe what happened and what changes",
    (
        *shapes(
            rf"{PERSON}{AGAIN} (?i:{FAULT_VERBS})",
            rf"{OTHERS}{AGAIN} (?i:{LAPSE}|failed to)",
            rf"{OTHERS} (?i:once again|yet again|again) (?i:ignored|overlooked|missed)",
            rf"{PERSON} (?i:forgot|missed|lost|ignored|broke|skipped),? (?i:yet|once) again",
            rf"{SOMEONE}{AGAIN} (?i:thought|bothered|remembered|cared) to",
            rf"[Ii]f {PERSON} had (?:just |only |actually )?(?i:tested|checked|read|listened|"
            r"followed|asked|looked|thought)",
            # A team's lapse said with "again" or "every": "once again, the sales team has
            # promised", "the finance department lost the invoice, again", "ignored every
            # warning". (A team that "lost power" or "missed its target" is only news.)
            rf"(?:[Oo]nce again|[Yy]et again|[Oo]nce more),? {GROUP}",
            rf"{GROUP}(?: has| have)?(?: once again| yet again| again)? (?i:lost|ignored|forgot|"
            r"missed|deleted|overlooked|misplaced)(?: [a-z']+){1,6}(?:,? again)(?= *[.!;])",
            rf"{GROUP}(?: has| have)? (?i:once again|yet again|again) (?i:lost|ignored|forgot|"
            r"missed|deleted|overlooked|misplaced|promised)",
            rf"{GROUP}(?: has| have)? (?i:ignored|overlooked) (?i:every|all|each|our|my)",
            rf"{GROUP},? as (?i:always|usual),",
            # A record cited as the verdict: "Your team's track record speaks for itself".
            r"(?:[Yy]our|[Tt]heir|[Hh]is|[Hh]er) (?:[a-z]+['’]s )?track record speaks for itself",
            # A team named as the obstacle: "your team is the bottleneck".
            r"(?:[Yy]our|[Tt]heir) (?:[a-z]+ )?(?:team|department|office|people) (?:is|are|was|"
            r"were) (?:the|our) (?:bottleneck|problem|weak link|hold-up|holdup)",
            rf"{NOT_OUR_SUPPLIER}{GROUP} (?:pushed|shipped|merged|deployed|released|sent|"
            r"changed) (?:[a-z]+ ){0,5}without (?:a single|any|even|testing|checking|asking|"
            r"telling|reviewing)",
            rf"{OUTCOME}(?: [a-z]+)? {ATTRIBUTED} "
            rf"(?:{OTHERS}(?!['’]s)|[A-Z][a-z]+(?= [a-z]+ing|'s))",
            rf"{OTHERS}{AGAIN} (?i:ignored (?:the|our|my|your|every|all|each|a|an))",
            rf"(?i:because|since) {OTHERS} (?i:cannot|can't|could not|couldn't|won't|will not|"
            r"refused to|refuses to) (?i:even )?(?i:follow|read|be bothered|be trusted|remember|"
            r"manage|keep track|count|listen)",
            # A habit of lapses put on someone: "Sofia's team keeps missing deadlines".
            rf"(?!(?:It|This|That|There|What|Which|Everything|Nothing|Something)\b){PERSON} "
            r"(?i:keeps|kept|keep|is always|are always|was always|were always) (?i:missing|"
            r"forgetting|ignoring|breaking|losing|skipping|dropping|overlooking|misplacing|"
            r"messing up|getting (?:it|this|things|the [a-z]+) wrong)",
            # Someone named as the cause of a wrong thing: "because Omar filled in the wrong code".
            r"(?i:because|since|after) (?:[A-Z][a-z]+|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)"
            r"(?: [a-z]+){0,2}? (?:[a-z]+ed|sent|put|gave|took|wrote|made|chose|picked|brought|"
            r"left|set|built|bought|sold|told|ran|hit|read)(?: (?:in|out|up|down|off))? "
            r"(?i:the|a) wrong",
            # Thanks for a harm done to others: "Thanks to the accounts team, three suppliers have
            # not been paid" (not "thanks to the volunteers, we raised more").
            rf"(?:[Aa]ll )?[Tt]hanks to (?:{GROUP}|{SOMEONE}|[A-Z][a-z]+),"
            r"(?=[^.!?]*(?i:(?:have|has|had|were|was|are|is)(?: not|n't) (?:been |yet )?"
            r"[a-z]+(?:ed|en|ld|id|t)\b"
            r"|(?:is|are|was|were) (?:now )?(?:late|stuck|behind|broken|missing|down)))",
            # A lapse put on someone and said to recur: "You left the server room unlocked again".
            # (Not a fault verb of the pattern above: "You broke" stays its finding.)
            rf"{PERSON} (?i:left|forgot|lost|missed|skipped|ignored|deleted|misplaced|dropped|"
            r"overwrote|double-booked)(?! (?i:to|the ball)\b)(?: [a-z']+){1,5},? (?i:again|yet "
            r"again)(?= *[,.;!])",
            # Holding something up, put on someone: "Procurement sat on the order for six weeks",
            # "Legal sat on the contract until the client walked".
            rf"{PERSON} (?i:sat|has sat|have sat) on (?i:the|our|my|your|this|that|their) "
            r"(?:[a-z]+ )?(?i:order|request|contract|invoice|approval|application|report|proposal|"
            r"ticket|form|decision|paperwork|file|budget|quote|reply|answer|sign-off) (?:for "
            r"(?i:a|an|two|three|four|five|six|seven|eight|several|many|\d+) (?i:days?|weeks?|"
            r"months?)|until)",
            # A failure made total and put on someone: "could not keep a single promise".
            rf"(?i:because|since) {OTHERS} (?i:cannot|can't|could not|couldn't|did not|didn't|"
            r"will not|won't) (?:[a-z]+ ){1,2}a single",
            # A lapse put on someone in a condition: "If marketing had bothered to read the brief".
            rf"[Ii]f (?:{PERSON}|(?i:marketing|sales|finance|legal|support|procurement|management|"
            r"engineering|security|facilities|payroll|hr)) had (?:just |only |actually |even )?"
            r"(?i:bothered|cared|taken the (?:time|trouble)) to",
            # The same condition inverted: "Had Marcus followed the checklist, we would".
            rf"Had {PERSON} (?:just |only |actually |even )?"
            r"(?i:followed|read|checked|tested|listened|looked|asked|bothered|done (?:his|her|"
            r"their|your) job|paid attention|kept|remembered)",
            # A lapse as the reason, by someone: "because Sam ignored the alert", "since the
            # backend team pushed an untested migration". After "when" or "after" it is only a
            # time ("when you skipped the survey, the app asked again later") unless a word
            # such as "once again" or "conveniently" leans on it.
            rf"(?:(?i:because|since) {PERSON}{AGAIN}|(?i:after|when) {PERSON}{LEANING}) "
            r"(?i:ignored|skipped|silenced|snoozed|"
            r"dismissed|disabled|bypassed|overrode|overlooked) (?i:the|our|my|a|an|every|all|two|"
            r"three|several)",
            rf"(?i:because|since|after|when) {PERSON}{AGAIN} (?i:pushed|shipped|merged|deployed|"
            r"released|sent|changed|made|rolled out|committed|approved) (?i:a|an|the|their|his|"
            r"her|its) (?:[a-z]+ )?(?i:untested|unreviewed|broken|buggy|half-finished|half-baked|"
            r"unapproved|faulty)",
            # A lapse named in a counterfactual: "if it weren't for Dana skipping the handover",
            # or as the cause: "the data loss comes down to the ops team ignoring three alerts".
            rf"(?i:if it (?:weren't|wasn't|were not|was not|hadn't been|had not been) for|but "
            rf"for|were it not for|thanks(?: entirely| solely| largely| wholly)? to|(?:is|was) "
            rf"down to|(?:comes?|came|boils?|boiled) down to|(?:traces?|traced|leads?|led) "
            rf"(?:straight |right |directly )?back to|(?:stems?|stemmed) from) {PERSON}(?:'s)? "
            rf"(?i:{LAPSING})",
            # A cleft that singles someone out: "It was Mei who deleted the folder".
            rf"(?i:it|that) (?i:was|is) {PERSON} who (?i:deleted|broke|lost|forgot|missed|ignored|"
            r"skipped|pushed|merged|caused|messed up|dropped|overwrote|wiped|approved the wrong)",
            # The outcome made a person's: "that is on the data team", "it's on Legal".
            rf"(?i:that|this|it|which)(?i: is|'s| was| sits| lies) (?i:squarely |entirely |all |"
            rf"firmly )?on (?:{GROUP}|you|them|him|her)(?= *[.!,;])",
            # "Once more, QA waved a release through without running the suite".
            rf"(?:[Oo]nce more|[Aa]gain),? {GROUP} (?:[a-z]+ ){{1,6}}without (?:a single|any|even|"
            r"running|testing|checking|asking|telling|reviewing|reading|looking)",
            # A work item made the cause: "Priya's change is what took the service down".
            r"(?:[A-Z][a-z]+'s|[Yy]our|[Tt]heir|[Hh]is|[Hh]er) (?:[a-z]+ ){0,2}(?i:change|commit|"
            r"pull request|deploy|deployment|update|code|script|config|migration|edit|patch|"
            r"mistake|decision|email|handover|notes|estimate|plan) (?i:is|was|are|were) "
            r"(?i:what|the reason|the cause|why|the root cause)",
            # No one in a team did it, as the cause: "because not one person in IT put".
            rf"(?i:because|since) {PERSON} never (?:[a-z]+ed|sent|wrote|gave|put|set|did|made|told|"
            r"read|took|ran|paid|built)(?! (?i:so|such|more|again|before))",
            r"(?i:because|since) (?i:not (?:one|a single) (?:person|soul|member of staff|engineer|"
            r"developer|colleague|manager))(?: (?i:in|on|from|at) (?:the )?(?:[a-z]+ )?(?:[a-z]+|"
            r"[A-Z]{2,}|[A-Z][a-z]+))? (?:[a-z]+ed|put|set|did|had|was|could|would|thought)",
            flags=0,
        ),
        *shapes(
            rf"(?:a|an|one|the) (?:new |junior |temporary |inexperienced |young )?(?:{STAFF}) "
            r"who (?:lost|forgot|broke|deleted|ignored|missed|didn't|did not|failed to|mislaid)",
            # Not "that is nobody's fault", which clears everyone.
            r"(?:this|that|it) (?:is|was) (?:entirely |all |completely |totally )?(?:your|their|"
            r"his|her|(?!(?:nobody|no-one|anybody|anyone)')[a-z]+'s) (?:own )?(?:fault|mess|"
            r"doing)",
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
            # A harm put down to a failing: "wiped the database through sheer carelessness".
            r"(?:through|by|out of|due to|owing to|because of) (?:sheer |pure |simple |plain |"
            r"basic )?(?:carelessness|negligence|incompetence|sloppiness|laziness|stupidity|"
            r"inattention|ignorance)",
            # Name-calling a group: "a bunch of cowboys".
            r"(?:bunch|pack|gang|load|shower|band|crowd) of (?:cowboys|clowns|amateurs|idiots|"
            r"muppets|jokers|monkeys|fools|incompetents|morons|children|babies)",
            r"(?:i've|i have|we've|we have|i've just|i have just) had it with",
            # Outrage at someone's work: "I am appalled by the state of this report", "insults
            # everyone's intelligence", "cut corners", "in this mess because".
            r"(?:i am|i'm|we are|we're) (?:frankly |honestly |utterly |absolutely |quite )?"
            r"(?:appalled|disgusted|horrified|outraged|ashamed|sickened) (?:by|at|with)",
            r"insults? (?:everyone's|our|my|your|the reader's|people's|anyone's) intelligence",
            r"(?:cut|cutting|cuts) corners",
            r"(?:we are|we're|we ended up|we are now|we're now) in this (?:mess|situation|position|"
            r"hole|state) because",
        ),
    ),
)
DISMISSIVENESS = Family(
    "tone/dismissive",
    "Dismissive: '{text}' brushes the reader off; answer the point or say when you will",
    shapes(
        # (not closing a list: "bindings to Qt, Python, or whatever.")
        r"(?<!\bor[ ])whatever(?= *[,.!…])",
        r"(?:that's|it's|this is) not my (?:problem|job|concern|issue)",
        # Time spent on the reader called a waste: "I'm not going to waste more time explaining".
        r"(?:i'm|i am|we're|we are) not (?:going to|gonna) waste (?:any )?(?:more |my |our )?"
        r"time",
        # The reader's point ranked away: "your concerns are not a priority for us".
        r"(?:your|their) (?:concerns?|complaints?|feedback|questions?|requests?|opinions?|"
        r"suggestions?) (?:is|are) (?:not|no longer) (?:a|our|my) (?:priority|concern)",
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
        # Not a refusal that gives its reason: "No, we won't merge this, because it removes".
        r"no, (?:we|i) (?:are|am|will|won't|aren't)(?![^.!?\n]*(?:because|since|as it would) )",
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
        r"(?:your|the|this) (?:complaint|concern|feedback|comment|request|point|input|"
        r"suggestion|opinion)s? (?:has|have) "
        r"been noted(?= *(?:[.!;]|$|,? but))",  # not "noted, and we will reply by Friday"
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
        # No room for the reader's matter: "we simply don't have the bandwidth for requests
        # like this" (not "for this request before the launch").
        r"(?:don't|do not|doesn't|does not|haven't|have not) (?:have |got )?(?:the )?(?:time|"
        r"bandwidth|capacity|patience|energy|headspace) for (?:this|that|these|such)(?: (?:kind|"
        r"sort|type) of [a-z]+| nonsense| stuff)?(?= *[.!;,])|(?:don't|do not|doesn't|does not|"
        r"haven't|have not) (?:have |got )?(?:the )?(?:time|bandwidth|capacity|patience|energy|"
        r"headspace) for [a-z]+ like (?:this|that|these|yours)",
        # Told to adapt like everyone else: "you'll have to get used to it like everyone else".
        r"(?:have to|need to|must|will) (?:just |simply )?(?:get used to|live with|accept|put up "
        r"with|wait|deal with|cope with|adapt|adjust|queue|learn)(?: [a-z'-]+){0,6} like "
        r"(?:everyone|everybody) else",
        # The reader's care made the reason: "if it matters that much to you".
        r"if (?:it|this|that) (?:matters|means) (?:that|so) much to (?:you|them|him|her)|if you "
        r"(?:care|feel) (?:that|so) (?:much|strongly)",
        # Closing the talk: "I won't be engaging further", "discussed to death".
        r"(?:we|i)(?: won't|'ll not| will not| shall not) be (?:engaging|responding|replying|"
        r"commenting|answering|discussing|continuing)(?: (?:any )?further)?",
        r"(?:discussed|debated|talked about|gone over|covered|argued) (?:to death|ad nauseam|"
        r"endlessly)",
        r"(?:i'm|i am|we're|we are) not going to (?:debate|argue|relitigate|justify|get into)",
        # Readers told they will cope: "people will cope".
        r"(?:people|users|customers|everyone|staff|they|you)(?: will|'ll) (?:cope|survive|live|"
        r"get over it)(?= *[.!])",
        # Put off without a date: "we'll look into it some day".
        r"(?:we'll|we will|i'll|i will) (?:look into|get to|get round to|get around to|think "
        r"about|consider) (?:it|this|that) (?:some ?day|one day|eventually|at some point|"
        r"sometime)(?= *[.!])",
        # Made small: "let's not make a drama out of it", "turn a typo into a saga".
        r"(?:make|making|made) (?:a drama|a fuss|a big deal|a song and dance|a mountain|a "
        r"crisis) (?:out )?of|(?:turn|turning) (?:[a-z-]+ ){1,3}into a (?:drama|crisis|saga|big "
        r"deal|circus)",
        r"(?:your|the|this) (?:complaint|concern|feedback|comment|request|point|suggestion|idea|"
        r"objection)s? (?:has|have) been (?:filed|received and (?:filed|noted)|filed away)"
        r"(?= *[.!])",
        r"(?:been doing|have done|'ve done|always done|always did) (?:it|things) (?:this|that|the "
        r"same) way (?:for|since) [^.;,]{1,25}(?:,? and|, so) (?:it's|it is|it has been|it works|"
        r"it's worked|it has worked|nothing)",
        r"(?:a|that's a|that is a|it's a|it is a) ['\"]?you['\"]? (?:problem|issue|thing)",
        r"(?:complain|moan|argue|shout|object|protest|escalate|email|ask|push) (?:all|as much as) "
        r"you (?:like|want|wish)",
        r"(?:i'm|i am|we're|we are) (?:long )?past caring|(?:do|say|think) what(?:ever)? you "
        r"(?:want|like),? (?:i|we) (?:don't|do not|no longer) care",
        # Not wanting to hear of it, the rule applied to "this": "I'd rather not hear any more
        # about it", "and this certainly doesn't", "exists for a reason, and it isn't this".
        r"(?:i'd|i would|we'd|we would) rather not (?:hear|discuss|talk about|get into|go into)"
        r"(?: [a-z-]+){0,4} (?:any more|anymore|any further|further)",
        r"(?:and|but) (?:this|that|yours|this one) (?:certainly|definitely|clearly|surely) "
        r"(?:doesn't|does not|isn't|is not|won't|will not|don't)(?= *[.!])",
        r"(?:exists?|is there|are there) for a reason,? (?:and|but) (?:it|that|this) (?:isn't|is "
        r"not)",
    ),
)
