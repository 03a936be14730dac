"""The attitudes that talk down to the reader or reproach them sideways: condescension
("a ten-year-old could", "obvious if you just look") and passive aggression ("as I said in my
last message", "for the third time", "for once").
"""

from __future__ import annotations

from services.specialist.rules.attitude.shapes import (
    Family,
    shapes,
)

CONDESCENSION = Family(
    "tone/condescending",
    "Condescending: '{text}' tells the reader they should already know; explain it plainly",
    shapes(
        r"obviously",
        r"clearly,? (?:you|the people|people|anyone|someone|somebody|nobody|whoever)",
        r"(?:you|they) (?:clearly|obviously) (?:did not|didn't|have not|haven't|never|don't|"
        r"do not|can't|cannot)",
        # Measured against a child or a beginner: "even a ten-year-old could".
        r"(?:even )?(?:a|any) (?:[a-z]+-year-old|child|toddler|schoolchild|monkey|trained monkey) "
        r"(?:can|could|would|manages?|knows?)",
        r"even (?:a|any) (?:beginner|novice|first(?:-| )year|junior|intern|newcomer|new hire|"
        r"new starter|trainee|temp|newbie) (?:can|could|would|manages?|knows?)",
        # Measured against the least experienced: "even our summer interns worked it out".
        r"even (?:our|the|my|your|their|a|any) (?:[a-z]+ )?(?:interns|beginners|novices|trainees|"
        r"juniors|new starters|newcomers|children|kids|toddlers|students) (?:managed to|manage to|"
        r"worked out|work out|figured out|figure out|knew how|know how|got it right|get it right|"
        r"can do|could do)",
        # Advice on the reader's next attempt: "Perhaps read the question twice ... next time".
        r"(?:perhaps|maybe) (?:try )?(?:read|reading|check|checking|look|looking|listen|"
        r"listening|think|thinking)(?: [a-z',]+){0,10} next time",
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
        # Knowledge the reader is told everyone has: "this should be common sense by now".
        r"(?:this|that|it) (?:should|ought to) be (?:common sense|second nature|"
        r"self-explanatory)",
        r"(?:obvious|clear) if you",
        # "If you had only read" reproaches; "if you only read one chapter" is a condition.
        r"if you (?:had only |(?:had )?(?:just |actually |bothered to |took the time to |cared "
        r"to ))"
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
        # What "most people" manage, said of the reader's work: "which most customers seem to
        # manage to read".
        r"(?:which|that) (?:most|all|normal|other|ordinary|regular) (?:people|adults|users|"
        r"customers|colleagues|staff|readers|teams|applicants|engineers|developers) (?:seem to |"
        r"somehow |usually |generally |manage to )*(?:manage|cope with|can (?:do|manage|follow|"
        r"read|find))",
        # Wording made simpler for the reader's sake: "let me try smaller words", "in terms even
        # the sales team can follow", "simple enough that even a manager could".
        r"(?:let me|i'll|i will|i'll have to|i will have to) (?:try|use|put it in|say it in|"
        r"explain it in) (?:smaller|simpler|shorter|plainer|easier) words(?: for you| this time| "
        r"so (?:that )?you)?(?= *[:;,.—-])|(?:in )?words of one syllable",
        r"(?:in )?(?:terms|words|language) (?:that )?even (?:a|an|the|our|your|their|my) "
        r"(?:[a-z-]+ ){0,3}(?:can|could|will|would|should be able to) (?:follow|understand|grasp|"
        r"get|manage|keep up)",
        r"(?:simple|easy|clear|plain|basic) enough (?:that |for )?even (?:a|an|the|our|your|"
        r"their|my|you)",
        # Skill measured as sleep: "could review it in their sleep", "do this blindfolded".
        r"(?:could|can|would) (?:[a-z]+ ){1,4}(?:in (?:their|his|her|your|one's) sleep|"
        r"blindfolded|with (?:their|his|her|your) eyes (?:closed|shut))",
        # A doubt about the reader's basic knowledge: "surely a developer with your experience
        # has heard of", "surely someone at your level knows".
        r"surely (?:you|everyone|anyone|someone|somebody|a|an|any) (?:[a-z-]+ ){0,5}?(?:has "
        r"heard|have heard|knows|know|understands|understand|realises|realizes|remembers|"
        r"can (?:see|tell|read|manage|spot))",
        # The topic made elementary: "this is fairly elementary stuff".
        r"(?:this|that|it) is (?:fairly |really |very |pretty |quite |rather |all )?(?:basic|"
        r"elementary|entry-level|beginner|introductory|school) (?:stuff|knowledge|material|"
        r"maths|math|arithmetic|level|reading)",
        # Sleeping through what others attended: "for anyone who slept through onboarding".
        r"(?:anyone|those|people|the ones|you|whoever) (?:of you )?who (?:slept|dozed|nodded off|"
        r"zoned out|tuned out|was asleep|were asleep) (?:through|during|in)",
        # Beyond the reader: "the steps were apparently beyond the team", "over some heads".
        r"(?:is|was|were|are|seems|seemed|proved) (?:apparently |clearly |obviously |evidently )?"
        r"(?:beyond|too (?:much|hard|difficult|complicated|technical) for) (?:you|the team|them|"
        r"him|her|some|some people|some of you|everyone|the [a-z]+ team)(?= *[.,;!])|(?:gone|go|"
        r"goes|went|going) (?:straight |right )?over (?:some|your|their|his|her|a few|people's|"
        r"everyone's) heads?",
        # "Anyone with a calculator could have spotted the error".
        r"anyone with (?:a|an|half an?|basic|two|one) [a-z-]+(?: [a-z-]+)? (?:could|would|should) "
        r"(?:have )?(?:spotted|seen|noticed|caught|found|worked out|told|done)",
        # Doubting the reader followed: "if the paragraph was too long", "common sense".
        r"if (?:the|my|that|this) [a-z]+ (?:was|is|were) too (?:long|hard|complicated|difficult|"
        r"technical|wordy)(?: for you)?(?= *[.,;!])",
        r"(?:a (?:bit|little|modicum|shred|grain|touch) of|basic|some|any) common sense (?:would|"
        r"could|might) have",
    ),
)
PASSIVE_AGGRESSION = Family(
    "tone/passive-aggressive",
    "Passive-aggressive: '{text}' reads as a reproach; state the request directly",
    shapes(
        # "As I said before", "as we already explained", "as I noted in my last email".
        r"as (?:i|we) (?:have )?(?:already|previously|clearly|repeatedly) (?:said|stated|"
        r"mentioned|explained|noted|wrote|pointed out|told you|made clear)",
        r"as (?:i|we) (?:have )?(?:said|stated|mentioned|explained|noted|wrote|pointed out|"
        r"told you|made clear) (?:before|earlier|previously|already|yesterday|last [a-z]+|"
        r"(?:several|many|multiple|two|three) times|more than once|twice|in my (?:last |previous "
        r"|earlier )?(?:message|email|e-mail|note|reply|memo|letter))",
        r"as (?:previously|already) (?:stated|mentioned|explained|noted)",
        # Motives and accidents granted in a tone that doubts them: "I'm sure you had your
        # reasons", "I'll assume the missing figures are an oversight", "I trust this won't
        # happen again", "Let's not pretend", "Not everyone has the luxury of".
        r"(?:i'm|i am) sure (?:you|they|he|she) (?:had|have|has) (?:your|their|his|her) "
        r"(?:reasons|motives)",
        r"(?:i'll|i will|we'll|we will) assume (?:that )?(?:[a-z']+ ){1,5}(?:is|are|was|were) "
        r"(?:just )?(?:an|a) (?:oversight|accident|mistake|typo|misunderstanding)",
        r"(?:i|we) trust (?:that )?(?:this|that|it) (?:won't|will not|will never) happen again",
        r"let's not pretend",
        r"not everyone (?:has|gets|enjoys) the luxury of",
        # The writer left to clean up: "As usual, it falls to me to fix it".
        r"(?:as usual|as always|once again|yet again),? it (?:falls|fell|is left|was left) to "
        r"(?:me|us)",
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
        # The euphemisms of a chaser; not "a quick reminder that the form is due Friday",
        # which only says it is short.
        r"(?:just )?a (?:friendly|gentle|kind|little) reminder",
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
        # "No rush", then what it costs: "No rush at all, it is only the contract that pays".
        r"(?:no rush|no hurry|no pressure)(?: at all)?[,;:] (?:it's|it is|it was|this is) (?:only|"
        r"just) (?:the|our|your) [a-z]+(?: [a-z]+)? (?:that|which|who)",
        # Chasing again, counted: "Circling back for what feels like the tenth time".
        r"(?:checking in|following up|circling back|chasing|writing|asking|reminding you|emailing)"
        r"(?: [a-z]+){0,3} for (?:what (?:feels|seems) like |what must be |roughly |about )?the "
        r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|"
        r"hundredth|umpteenth|nth) time",
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
        # "As" and a verb of saying, made pointed by a count or an adverb: "as I've now said
        # twice", "as I have already pointed out", "as has been explained repeatedly".
        r"as (?:i|we)(?:'ve| have| had)? (?:now |already |previously |repeatedly |clearly |also |"
        r"both |since )+(?:said|stated|mentioned|explained|noted|wrote|written|pointed out|told "
        r"you|made clear|flagged|raised|asked|shared)",
        r"as (?:i|we)(?:'ve| have| had)? (?:said|stated|mentioned|explained|noted|wrote|written|"
        r"pointed out|told you|made clear|flagged|raised|asked)(?: [a-z]+){0,4}? (?:twice|three "
        r"times|several times|many times|repeatedly|more than once|again and again|in this "
        r"(?:thread|channel|ticket))",
        r"as (?:has|had|was|have|were) (?:already |previously |repeatedly |now )?(?:been )?"
        r"(?:said|stated|mentioned|explained|noted|pointed out|made clear)(?: [a-z]+){0,4},? "
        r"(?:and )?(?:again|twice|repeatedly|more than once)",
        # "Per my <message>": "per my note from last Thursday".
        r"(?:as )?per my (?:[a-z]+ )?(?:email|e-mail|message|note|reply|memo|comment|update|"
        r"post|letter|ticket|mail|text|answer)",
        # Doubting the reader saw one's message: "not sure whether you caught my message".
        r"(?:not sure|unsure|i wonder|wondering) (?:if|whether) you (?:saw|noticed|read|caught|"
        r"got|received|spotted|had a chance to (?:see|read|look at))(?: [a-z]+)? (?:my|our) "
        r"(?:[a-z]+ )?(?:message|email|e-mail|note|reply|comment|reminder|ping|question|request|"
        r"previous|last|earlier)",
        # Thanks given in advance for what should have been done: "thank you in advance for
        # actually filling in".
        r"(?:thanks|thank you)(?: so much| again)?(?: in advance)? for (?:actually|finally|"
        r"eventually|at last|remembering to|bothering to)",
        # Regret about not being told: "it would have been nice to hear about the change".
        r"would have been (?:nice|lovely|great|good|helpful|courteous|polite) to (?:hear|know|"
        r"be told|be asked|be consulted|be informed|be warned|get|receive|learn)(?: [a-z]+){0,2}? "
        r"(?:about|of|that|before|beforehand|earlier|sooner|first|a (?:heads-up|warning|reply))",
        # Granting the reader was busy on the way to a reproach: "I'm sure you have had a lot
        # on, but".
        r"i(?:'m| am) sure (?:you|they|the [a-z]+ team)(?:'re| are|'ve| have| has| were| was| "
        r"had)? (?:been |had )?(?:very |extremely |really |incredibly |terribly |awfully |so |"
        r"super )?(?:busy|swamped|snowed under|(?:a lot|plenty|lots) on(?: (?:your|their) "
        r"plate)?|(?:your|their) hands full)[^.;!?]{0,25}, but",
        # Reminders and walk-throughs, counted: "friendly reminder number three", "walk you
        # through it a third time".
        r"(?:friendly |gentle |polite |kind |quick )?(?:reminder|nudge|follow-up|chaser) "
        r"(?:number |no\.? |#)(?:two|three|four|five|six|[2-9])",
        r"(?:walk|talk|go over|go through|run through|send|resend|forward|spell|"
        r"point out|lay out|clarify|outline|describe|summarise|summarize)(?: [a-z]+){0,4} (?:a|for "
        r"the) (?:third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time",
        # A reminder that repeats itself: "kind reminder, once again, that".
        r"reminder,? (?:once again|yet again|again|once more)",
        # Praise for a late reply: "appreciate you getting round to this at last".
        r"(?:appreciate|thanks for|thank you for|grateful for) (?:you )?(?:getting|finally "
        r"getting) (?:round|around) to",
        r"apparently (?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not) (?:enough|"
        r"sufficient|clear enough)",
        # The reader's reply made doubtful: "your reply, whenever that may be".
        r"whenever (?:that|it) (?:may|might|will) be(?= *[.!])",
        # Mock forgetfulness: "Funny, I don't remember agreeing to that".
        r"(?:funny|strange|odd|curious|interesting)[,:] (?:i|we) (?:don't|do not|can't|cannot|"
        r"never) (?:remember|recall)",
    ),
)
