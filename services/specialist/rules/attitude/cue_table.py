"""The attitude cues: weight, family and cue, one row each (read by ``cues.py``)."""

# Weights are counted once per cue per sentence. Words VADER already rates
# as strongly negative ("useless", "stupid") are left to the negative-sentence rule. The rows
# after the last "someone clearly" one describe shapes rather than phrases: a question aimed at
# the reader ("did you even"), a doubt about the reader's basic skills ("assuming you can
# read"), a wish that reproaches ("would be lovely if ... just once"), a trailing ", eventually",
# praise of work beside its harm ("great job ... only three hours of downtime"), closing the
# matter ("the decision stands", "will not revisit it"). A cue that the writer takes on ("we
# will do better", "a chance to do better") is not aimed at the reader: it does not count, nor
# is "user error" as a label someone applied ("the desk logged the reports as user error").
# "There's no excuse" that closes an apology owns the harm ("there's no excuse for" still
# counts), and "..., so feel free to ignore it" gives leave for a reason; "try looking in the
# strace source" says where to look. Not cues either: "no worries if this is new to you",
# "hard for some people to read" (a matter of access), "your error analysis", "whoever
# reorganised the stockroom did a brilliant job", "that was no excuse" (the writer's own).
# "<AGAIN_AMISS>" stands for shapes.AGAIN_AMISS ("again", not after "green" or "back up").
# weight, family, cue (written as the families' patterns: see shapes.regex_of)
CUE_TABLE = r"""
0.5  condescending      (?<!thank\x20)you|your|you're|yourself
1.0  condescending      (?:should|ought to) (?:really |surely |already )?(?:know|understand|
                        have known|have realised|have realized|be aware)
1.0  condescending      by now
1.0  condescending      properly|correctly
0.75 passive-aggressive (?<!once\x20)(?<!yet\x20)<AGAIN_AMISS>
1.25 passive-aggressive (?:yet|once) again|for the (?:second|third|fourth|fifth|sixth|seventh|
                        eighth|ninth|tenth|twelfth|twentieth|hundredth|last|umpteenth|nth) time|
                        (?<!at\x20least\x20)(?<!at\x20most\x20)(?<!up\x20to\x20)
                        (?:two|three|four|five|several|many|multiple|countless) times
                        (?! (?:a|an|per|each|every|in each) )
0.75 passive-aggressive actually
1.5  blame              bother(?:ed|s)? to
1.5  condescending      keep up
2.0  passive-aggressive (?:been|gone) (?:over|through) this|over this before
1.0  passive-aggressive some (?:people|departments|teams|colleagues|of us|of you)|
                        certain (?:people|colleagues)|everyone else|other (?:departments|teams)
2.0  passive-aggressive unlike (?:some|certain|other) (?:people|colleagues|teams|departments|
                        of you)
1.25 blame              whoever(?! (?:is|will be|happens to be) (?:on (?:call|duty|shift|site)|
                        available|free|around|next|nearest|first|in the office))(?! (?:provided|
                        supplied|sold|distributed|packaged) )(?![^.!?\n]*\bdid (?:a|such a|
                        an) (?:great|brilliant|fantastic|wonderful|lovely|superb|terrific|
                        excellent|amazing) job)
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
2.0  blame              (?<!as\x20)user error|the people using it|problem is (?:you|the people|
                        the users)
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
1.25 sarcasm            somehow (?:missed|managed|forgot|lost|ignored|overlooked|thought|decided|
                        believed|assumed|considered)
1.0  sarcasm            (?:thought|decided|called|considered|assumed|believed|treated) (?:it |this |
                        that )?(?:was |is |as )?a feature
1.0  sarcasm            (?:changes?|moves?|shifts?|flips?) every time (?:someone|somebody|anyone|
                        a [a-z]+|the [a-z]+)
1.25 sarcasm            predictably|unsurprisingly|as expected
2.0  condescending      expected better|expect better|expected more|expect more from
2.0  condescending      must be new|must be joking|can't be serious|cannot be serious
1.5  condescending      (?:has|have) no (?:idea|clue)|not a clue
2.0  condescending      babysit|hand-hold|spoon-feed|spoonfeed|hold (?:their|your|his|her) hands?
1.25 passive-aggressive (?:second|third|fourth|fifth|nth) time (?:this|in a|today|in)
1.0  blame              the same (?:person|people|team|colleague)
1.5  condescending      (?:please )?do (?:try|make sure|keep|remember|read)
1.5  condescending      (?:difficult|hard|tricky|complicated) for some(?! (?:people|users|readers|
                        customers|visitors|patients) to (?:read|see|hear|use|reach|access))|to grasp
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
                        (?! (?:in|under|inside)\b)
2.0  sarcasm            not (?:exactly )?one of [a-z]+'s strengths|not (?:exactly )?(?:his|her|
                        their|your) strong (?:point|suit)
2.0  passive-aggressive (?<!so\x20)feel free to ignore
1.5  passive-aggressive like you (?:ignored|did|forgot|missed)
2.0  condescending      hard of hearing|for the slow(?:er)?(?: ones| learners| readers)?
                        (?: among us)?(?= *[.,;:!])|those at the back
1.5  passive-aggressive someone,? anyone|anyone at all
1.0  passive-aggressive impressed that|(?:good|nice|glad) to see(?! (?:you|your|everyone|everybody|
                        all of you|so many of you)(?! (?:finally|actually|at last|for once|
                        bothered|decided|managed)))
1.0  passive-aggressive (?:could|might) (?:read|try(?! to)|check|look at|learn)
0.75 sarcasm            as always|as usual|of course|naturally|apparently|evidently
1.5  blame              (?<!not\x20)your (?:mistakes?|errors?|fault|mess|carelessness|oversight)
                        (?! (?:analysis|bars?|rates?|handling|messages?|logs?|budget|margins?|
                        checking|codes?))
1.25 passive-aggressive (?<!than\x20)(?:the rest of us|(?<!where\x20)(?<!with\x20)(?<!to\x20)
                        (?<!from\x20)(?<!of\x20)(?<!let\x20)(?<!around\x20)other people)|
                        we can't all|we cannot all|
                        only [a-z]+ people
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
1.0  dismissive         (?:is|are|has been|have been) noted(?! (?:in|on) the (?:minutes|record|
                        log|file|register|notes|report|action list))(?!,? and (?:we|i|the|our|
                        someone) (?:will|shall|'ll|are|am))
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
1.0  condescending      (?<!if\x20this\x20is\x20)(?<!if\x20it's\x20)(?<!if\x20that's\x20)
                        (?:new|unfamiliar|foreign|news|a mystery|a puzzle) (?:territory |ground |
                        concept |idea |information )?(?:to|for) you
1.0  condescending      (?:since|as|because|given that) (?:this|it|that|the [a-z]+) (?:seems|
                        appears|is clearly|is obviously) (?:to be )?(?:(?:a |an )?(?:new|
                        unfamiliar|foreign|novel|alien) (?:concept|idea|topic|subject|thing|
                        territory)|new|unfamiliar|news|a mystery|difficult|hard|confusing|too much)
1.0  condescending      (?:walk you through|explain(?: to you)?|remind you|tell you|show you) what
                        \x20(?:a|an) [a-z-]+(?: [a-z-]+)? (?:is|does|means)
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
1.5  sarcasm            nothing (?:says|screams|builds|boosts|improves|motivates|inspires|lifts|
                        raises|shows|fosters|encourages) [^.!?\n]{1,30}? like
1.0  sarcasm            for (?:two|three|four|five|six|several|[0-9]+) (?:weeks|months|sprints|
                        meetings|days) running
1.0  sarcasm            we (?:can )?all (?:look forward to|can't wait for) (?:that|this)(?= *[.!])
1.0  sarcasm            to the (?:dozens|hundreds|thousands|many|few|handful) of you who
0.75 sarcasm            makes? your (?:day|week|month|year)(?= *[.!])
1.0  condescending      (?:is|are|isn't|aren't) not magic|is no magic
0.75 condescending      to be clear
1.0  sarcasm            because nothing
0.75 sarcasm            (?:that'll|that will|that should|this will|this'll) (?:really |definitely |
                        surely |certainly )?(?:speed (?:things|it|us) up|help|make (?:things|it|
                        life) (?:easier|faster|simpler|better)|streamline things)(?= *[.!])
0.75 sarcasm            sure,? let's
1.0  sarcasm            (?:add|adding|introduce|introducing|insert|inserting) (?:a|an|another|
                        yet another) (?:third|fourth|fifth|sixth|seventh|eighth|tenth|extra|
                        further) (?:approval|sign-off|meeting|layer|form|review|step|check|
                        signature|stakeholder|status|round)
1.25 passive-aggressive (?:fell|fallen|dropped|slipped|gone|went|falls|drops) off (?:your|their|his|
                        her|the team's|someone's) (?:radar|list|plate|desk|to-do list)
1.0  dismissive         (?:works|worked|working) (?:fine |perfectly )?on my (?:machine|laptop|box|
                        end|computer|setup)
1.0  dismissive         (?:so )?(?:i'm|i am|we're|we are|i'll|i will|we'll|we will) (?:just )?
                        (?:be )?clos(?:e|ing) (?:this|it|the (?:ticket|issue|thread|request|bug|
                        pr))(?= *[.!])
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
1.0  dismissive         (?:minor|small|trivial|tiny) (?:detail|point|thing|matter|bug|issue|typo|
                        glitch|problem)
1.5  dismissive         (?:will be|are|we're|we are|i am|i'm) moving on(?= *[.!;,])
0.75 dismissive         your (?:suggestion|concern|request|feedback|point|idea|complaint|
                        question)s?
1.0  dismissive         (?:decision|answer|policy|position|ruling) (?:stands|will not change|
                        remains unchanged|has not changed|hasn't changed|is final)
1.0  dismissive         (?:our|my|the) answer is (?:still )?no
0.75 passive-aggressive (?:people|you|everyone|folks) keep (?:asking|emailing|requesting|suggesting|
                        complaining)
1.0  dismissive         (?:will not|won't|not going to|do not intend to|don't intend to) (?:revisit|
                        reconsider|reopen|discuss|revise) (?:it|this|that|the)
0.75 dismissive         understandable,? but
2.0  dismissive         sure,? sure|yes,? yes|fine,? fine|okay,? okay|right,? right|yeah,? yeah
2.0  dismissive         (?:matters?|mattered|important|interesting|relevant|a problem|an issue)
                        \x20(?:to|for) (?:anyone|anybody|no one|nobody) (?:but|except|other than|
                        apart from) (?:you|yourself)
1.0  dismissive         (?:i|we) doubt (?:this|that|it|anyone|many)
1.5  condescending      (?<!there's\x20)(?<!there\x20is\x20)(?<!was\x20)no excuses?|
                        there(?:'s| is) no excuse for
0.75 condescending      immediately|right now|at once|without delay
0.5  condescending      (?:i|we) (?:expect|demand|insist)
1.25 condescending      who (?:approved|signed off on|thought|decided|came up with|designed|let)
                        \x20[^.?!]*\?
2.0  blame              what (?:were|was) (?:you|they|he|she|the [a-z]+ team|[a-z]+) thinking|what
                        \x20(?:you|they|he|she) (?:were|was) thinking
2.0  sarcasm            thanks for nothing
2.0  sarcasm            (?:is|was|are|were) (?:merely|only|just|apparently|evidently)
                        \x20(?:a suggestion|optional|a guideline|for show|decoration)
0.75 sarcasm            (?:good|great|nice|lovely|wonderful) to (?:know|learn)
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
1.5  condescending      (?<!we\x20)(?<!we\x20will\x20)(?<!we\x20must\x20)(?<!we\x20can\x20)
                        (?<!we'll\x20)(?<!i\x20will\x20)(?<!i'll\x20)(?<!i\x20must\x20)
                        (?<!chance\x20to\x20)(?<!us\x20to\x20)
                        (?:try harder|do better|be more careful|pay more attention)
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
1.25 passive-aggressive (?:and|but),? this time(?!,? i\b)
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
1.5  condescending      (?:consult|read|check|open|skim|look at) the (?:manual|docs|faq|guide|
                        documentation|handbook|wiki|readme|runbook|playbook|instructions|error
                        \x20message|release notes|ticket) before (?:asking|emailing|contacting|
                        bothering|calling|posting|pinging|messaging|replying|raising|filing|
                        writing|you (?:ask|email|contact|bother|call|post|ping|message|reply|raise|
                        file|write))
2.0  condescending      any (?:[a-z]+ly )?(?:attentive|careful|competent|sensible|reasonable|
                        literate) (?:reader|person|adult|user|employee|colleague|engineer)
1.25 condescending      (?:do|have) it your (?:way|own way)
1.0  condescending      see what happens
0.75 dismissive         thanks for (?:the|your) (?:input|feedback|thoughts|suggestions?|
                        comments?|views)
1.0  dismissive         regardless(?= *[.!])
1.0  dismissive         (?:will|would|does|did|do|can) (?:not |n't )?make (?:no|any|little)
                        \x20difference|(?:did|does|will|would) not change anything|(?:didn't|
                        doesn't|won't|wouldn't) change anything|(?:answer|decision|outcome|
                        result) will (?:be|stay|remain) the same
1.0  dismissive         if you must
2.0  dismissive         (?<=,\x20)if ever(?= *[.!])
2.0  dismissive         (?:people|users|staff|customers|everyone|they) always (?:moan|whine|
                        complain|grumble|make a fuss|kick up a fuss)
1.0  sarcasm            thank (?:heavens|goodness|god)
0.75 sarcasm            only (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) [a-z]+ to
                        \x20[a-z]+
1.0  passive-aggressive as you (?:will|may|might|would|no doubt) (?:recall|remember)
1.0  passive-aggressive (?:last|past|previous) (?:two|three|four|five|six|several) (?:meetings|
                        emails|messages|calls|reminders|times)
1.0  dismissive         (?:heard|seen|read) (?:this|that|it|the same)(?: [a-z]+)? before
1.5  sarcasm            (?:your|their|his|her) ["“](?-i:[a-z]+)["”](?= (?:is|are|was|were|has|have|
                        did|didn't|broke|slowed|made|caused|only|just|never|turned|took|cost))
1.0  condescending      (?:with|of|at) your (?:experience|seniority|background|level|pay grade)
1.0  condescending      so (?:that )?(?:you|even you|nobody|no one|everyone) (?:cannot|can't|won't|
                        couldn't|will not) (?:possibly )?(?:miss|overlook|misread|lose) (?:it|this|
                        them|that)
1.25 passive-aggressive in case (?:it|this|that|my [a-z]+) (?:sank|got lost|was lost|got buried|was
                        \x20buried|slipped through|went astray|disappeared|went unnoticed)
0.75 passive-aggressive bumping|nudging|resurfacing|resending|re-sending
1.25 passive-aggressive (?:perhaps|maybe|unless) i (?:misremember|misunderstood|dreamt|dreamed|
                        imagined|am mistaken|was mistaken|misheard|missed something)
0.75 passive-aggressive under the impression
1.0  passive-aggressive and again (?:in|at|on|during) (?:the|my|our|your|last|this)(?! \d)|
                        as (?:was|has\x20been|i|we) (?:[a-z']+ )?made
                        \x20(?:very |abundantly |perfectly |crystal )?clear
0.75 passive-aggressive for the record|let the record show
1.0  passive-aggressive (?:i|we) (?:raised|flagged|warned about|pointed out|predicted|called out|
                        mentioned) (?:this|that|the) (?:exact |very |same )?(?:risk|issue|problem|
                        concern|point|bug)
1.25 passive-aggressive (?:take|treat|read|count) (?:the |your |their |this )?silence as (?:a )?
                        (?:yes|agreement|consent|approval)
0.75 passive-aggressive as (?:usual|always|ever)(?= *[.!;:])
1.0  sarcasm            as is (?:tradition|traditional|customary|our custom|the custom|usual)
1.0  sarcasm            (?:just |simply |absolutely |really )?love (?:spending|losing|giving up|
                        sacrificing|working through|wasting)
1.0  blame              (?:which|that) (?:nobody|no one) (?:had )?(?:tested|checked|reviewed|read|
                        documented|updated|bothered)
1.0  sarcasm            because what (?:every|any|each|all) (?:[a-z]+ ){1,2}(?:really |truly )?
                        (?:wants|needs|loves|craves)
0.75 sarcasm            (?:straight |right |just )?after (?:a|an|the) (?:[a-z0-9-]+ ){0,2}
                        (?:outage|incident|failure|crash|breach|delay|mess)
1.0  sarcasm            (?:stellar|excellent|great|superb|outstanding|brilliant|fantastic|
                        top-notch|impressive|wonderful|first-class|world-class) (?:[a-z]+ ){1,2}
                        (?:from|by) (?:the |our )?(?:[a-z]+ ){0,2}[a-z]+,? as (?:ever|always|usual)
0.75 sarcasm            (?:found out|heard|learned|learnt) (?:about it )?(?:from|via|through|on)
                        \x20(?:social media|twitter|the news|a customer|the customer|the press|
                        linkedin|reddit|the grapevine)
1.0  blame              (?:now|and now|leaving) (?:we all|we|i|everyone|the rest of us|
                        the [a-z]+ team|finance|support|legal|sales|ops|it) (?:has|have|get) to
                        \x20(?:clean|fix|sort|pick|deal|mop|tidy|handle|explain|apologi[sz]e|undo|redo)
1.0  blame              (?:had|has|have) no (?:authority|right|mandate) to
1.0  blame              (?:you|he|she|they) (?:were|was|are|is) the (?:one|ones|person|people)
                        \x20who
0.75 blame              so (?:you|he|she|they) can (?:explain|answer|deal|fix|sort|tell|face|
                        recover|clean|undo|redo|repair)
1.0  dismissive         anyway(?= *[.!])
0.75 dismissive         can wait(?= *[;:,.])
0.75 dismissive         (?:hardly|barely) (?:anyone|anybody)|(?:almost )?(?:nobody|no one)
                        \x20really
1.0  dismissive         (?:not|nowhere near) (?:high )?on (?:[a-z]+'s|our|my|the|anyone's)
                        \x20(?:list|radar|agenda|priority list)
0.75 dismissive         your (?:worries|fears|objections|gripes|issues)
1.5  dismissive         things that (?:actually|really|truly) matter
1.0  dismissive         park (?:that|it|this) (?:forever|indefinitely|for good|permanently)
1.0  dismissive         (?:won't|will not|wouldn't|would not|doesn't|does not|can't|cannot) change
                        \x20(?:the|our|my) (?:outcome|decision|answer|result|position|mind)
0.75 dismissive         feel free to (?:escalate|complain|appeal|object|raise it|try)
1.5  blame              (?:cleaning|picking|tidying|mopping) up after (?:this|that|the|your|their|
                        you|them|him|her)
1.0  blame              sick and tired|fed up (?:with|of)
1.25 blame              out of line
1.0  blame              (?:will|shall) not (?:tolerate|stand for|put up with)|won't (?:tolerate|
                        stand for|put up with)
0.75 passive-aggressive as (?:i|we)(?:'ve| have)? (?:said|stated|mentioned|explained|noted|wrote|
                        pointed out|told you|made clear|flagged|raised)
1.0  passive-aggressive and (?:again )?(?:in )?(?:my|the|our) (?:second|third|follow-up|next|
                        previous)(?= *[,.;])
1.25 passive-aggressive (?:has been|was|has sat|is|sat) (?:sitting )?in your (?:inbox|queue|court|
                        tray|hands) (?:since|for)
0.75 passive-aggressive re-attached|reattached|re-sent|resend|resending|attaching (?:it )?again|
                        sending (?:it )?again
1.0  passive-aggressive (?:seem|seems|must) to have (?:vanished|disappeared|got lost|gone missing|
                        been lost|been missed)
1.0  sarcasm            (?:(?<![^\n])|(?<=[.!?]\x20))(?:oh,? )?(?:lovely|fabulous|superb|splendid|
                        marvell?ous|stellar|outstanding|impressive|great|brilliant|wonderful|
                        fantastic|terrific|perfect|excellent)(?:,| timing)|well done on|(?:what|
                        such) a (?:delight|treat|joy|thrill)
1.0  sarcasm            for the (?:second|third|fourth|fifth|sixth|tenth|umpteenth|nth) time
1.0  sarcasm            (?:nobody|no one) (?:can|could|is able to|was able to) (?:find|use|read|
                        understand|open|follow)
0.75 sarcasm            (?:right |smack |bang )?in the middle of|the (?:night|day|morning|week|hour)
                        \x20before
0.75 sarcasm            (?:from|via|through) (?:a|the) customer
1.25 dismissive         (?:nobody|no one|no-one|hardly anyone)(?: is going to| will| would|'s going
                        \x20to| ever) (?:notice|care|mind|read|complain|miss)
1.0  condescending      (?:draw|sketch|spell it out|simplify it|summarise it|read it out) (?:for
                        \x20you|you a)
1.0  condescending      if (?:it is|it's|this is|that is|you find (?:it|this|that)) (?:too |a bit |
                        a little )?(?:confusing|tricky|hard|difficult|complicated|too much)
                        (?= *[.,;!])
0.75 condescending      ask (?:a colleague|someone|a friend|a grown-up|somebody|a coworker|
                        your manager) to help you
1.0  passive-aggressive (?:don't|do not|can't|cannot) (?:remember|recall) (?:agreeing|signing off|
                        approving|saying|promising)
1.25 passive-aggressive the first (?:two|three|few|several|couple of) times
0.75 sarcasm            (?:are|is|was|were) (?:both |all |now |still )?(?:down|offline|broken)
                        (?= *[.,;!]| on| during| in| again)
1.0  sarcasm            only (?:crashes|fails|breaks|goes down|falls over|works) (?:when|if|on)
1.0  sarcasm            (?:which|that) (?:only|just) took (?:a|an|one|two|three|four|five|six|seven|
                        eight|nine|ten|several|a few|\d+) (?:whole )?(?:weeks?|months?|years?)|
                        (?:which|that) took (?:only|just) (?:a|an|one|two|three|four|five|six|
                        seven|eight|nine|ten|several|a few|\d+) (?:whole )?(?:weeks?|months?|years?)
"""
