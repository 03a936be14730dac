"""Attitudes carried by a frame around plain words (issue 14, ninth round; the eleventh added
the blame of "Tom's careless edit", "Raj once again arrived unprepared", "none of this would
have happened if Marketing had checked", "every single time you touch the script, something
breaks", "this outage is on him" and "don't do what Marco did"): blame that names
who skipped a check or where a failure "sits" ("Daniel pushed the change without review",
"this failure sits with them", "the IT team has not delivered a single file", "empty because
you picked the wrong range, just like in your last ticket"), sarcasm by mock surprise or mock
delight ("nobody could have predicted that ... would cause problems", "apparently 'end of
week one' means something different to the design team", "the dishwasher doesn't unload
itself"), condescension that presupposes the reader is slow ("not complicated once you slow
down", "in case this had not occurred to him", "the button is ..., where it has always
been") and dismissal of the reader's point ("a full refund is out of the question", "a lot of
them exaggerate", "clearly not a serious option", "while we appreciate the strength of
feeling, the policy will not change").

The near misses share the words but not the frame: "we pushed the change without review"
owns the lapse, "responsibility for the runbook sits with the platform team" assigns an owner,
"nobody could have predicted the storm" has no obvious consequence to mock, "it is not
complicated once you have the key" names a step rather than the reader's pace, and "the
policy will not change before June" states a rule without waving a concern away.
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import (
    GROUP,
    NOT_OUR_SUPPLIER,
    OUTCOME,
    Family,
    shapes,
)

# A person named as the subject: a first name or a pronoun for others, never "we" or "I"
# (owning a lapse is the tone an editor asks for) nor a word that merely starts a sentence.
_NAMED = (
    r"(?:(?!(?:We|I|It|This|That|There|The|Our|One|Each|Every|No|Nobody|Somebody|Someone|"
    r"Everyone|Anyone|Then|When|If|After|Before|Once|So|But|And|Yesterday|Today|Last|On|In|"
    r"At|By|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+|[Hh]e|"
    r"[Ss]he|[Tt]hey)"
)
# A team in any case of its name: "The warehouse IT team", "the design team", "QA".
_TEAM = (
    rf"(?:{GROUP}|(?:[Tt]he|[Tt]heir) (?:[A-Za-z]+ ){{0,2}}(?:team|department|vendor|supplier|"
    r"contractors?|agency|office)|Operations)"
)
# Checks a person can skip: "without review", "without running the suite".
_CHECKS = (
    r"(?:a |any |an |first |even )?(?:review|approval|sign-off|a second reviewer|second "
    r"reviewer|testing|tests?|running|checking|reviewing|reading|asking|telling|consulting|"
    r"waiting|verifying|confirming|validating|informing|notifying|glancing|looking|opening|"
    r"double-checking|a second look|a backup|backing up)"
)

# A verdict on how someone worked: "careless", "rushed", "untested".
_SLAPDASH = (
    r"(?:careless|sloppy|lazy|rushed|reckless|hasty|botched|shoddy|slapdash|half-baked|"
    r"thoughtless|clumsy|negligent|untested|unreviewed|half-finished|amateurish|haphazard)"
)
# Work a person hands in: "edit", "merge", "handover".
_WORK = (
    r"(?:change|edit|commit|merge|deploy|deployment|code|work|fix|patch|update|config|handover|"
    r"migration|script|push|release|estimate|plan|testing|review|rollout|refactor|copy|draft)s?"
)
# What breaking is called: "something breaks", "the build fell over".
_BREAKS = (
    r"(?:breaks|broke|goes down|went down|falls over|fell over|crashes|crashed|stops working|"
    r"stopped working|fails|failed|goes wrong|went wrong|goes red|went red)"
)
# A lapse in turning up: "arrived unprepared", "joined late".
_UNREADY = r"(?:unprepared|underprepared|late|empty-handed|without (?:the|any|a|an|their|his|her))"

POINTED_BLAME = Family(
    BLAME.rule,
    BLAME.message,
    (
        *shapes(
            # "Daniel pushed the change on his own, without review", "QA signed off on the
            # build without running the login suite" (not "we pushed ... without review").
            rf"{NOT_OUR_SUPPLIER}(?:{_NAMED}|{_TEAM}) (?:[a-z]+ed|pushed|shipped|sent|made|put|"
            r"ran|took|wrote|built|set|signed off|merged|deployed)(?: [A-Za-z0-9,-]+){0,6},? "
            rf"without {_CHECKS}",
            # "This failure sits with them" (not "responsibility sits with the platform team",
            # an owner, "the delay lies with the customs office", where it waits, nor "the
            # fault lies with the firmware", a thing).
            r"(?:[Tt]his|[Tt]hat|[Tt]he|[Ee]ach|[Ee]very) (?:[a-z]+ )?(?:failure|fault|blame|"
            r"mistake|error|mess|lapse)(?: for (?:the|this|that) [a-z]+)? (?:sits|lies|"
            r"rests|sat|lay|rested) "
            r"(?:squarely |entirely |firmly |solely |wholly )?with (?:them|him|her|you|"
            rf"{_TEAM})",
            # "The warehouse IT team has not delivered a single working file".
            rf"(?:{_TEAM}|{_NAMED}) (?:has|have|had) (?:still |now |yet )?(?:not|never) "
            r"(?:delivered|sent|produced|provided|returned|answered|shipped|fixed|submitted|"
            r"completed|closed|supplied|finished) (?:a single|one single|even one)"
            # ... over a stretch of waiting (not "this year, so we owe them nothing yet").
            r"(?:[^.!?\n]{0,60}? (?:since|despite|in (?:over |more than )?(?:two|three|four|"
            r"five|six|several|[0-9]+) (?:weeks|months|quarters|sprints)|all (?:year|month|"
            r"quarter))|[^.!?\n]{0,40}? on time)",
            # "Tom's careless edit", "their rushed migration": the work judged with its owner
            # named (not "Maria's quick fix", nor "our rushed release": owning it).
            rf"(?:[A-Z][a-z]+['’]s|[Yy]our|[Tt]heir|[Hh]is|[Hh]er) (?i:{_SLAPDASH}) "
            rf"(?:[a-z-]+ ){{0,2}}?(?i:{_WORK})",
            # "Raj once again arrived unprepared", "Sam has yet again missed the cut-off".
            rf"{_NAMED}(?: has| have)? (?:once again|yet again|again) (?:(?:arrived|turned up|"
            rf"showed up|came|joined|dialled in|walked in)(?: [a-z]+)? {_UNREADY}|missed|forgot|"
            r"ignored|skipped|lost|broke|overlooked|misplaced|deleted)",
            # "None of this would have happened if Marketing had checked with us first" (not "if
            # we had", owning it, nor "if the alert had fired", a thing).
            rf"(?:[Nn]one of (?:this|that|it)|[Tt]his|[Tt]hat|[Ii]t)(?: [a-z]+)? (?:would|could)"
            r"(?:n't| not| never)? (?:have )?(?:happened|been (?:avoided|prevented|needed|"
            r"necessary))(?: [a-z]+)? if "
            rf"(?:{_NAMED}|{_TEAM}|[Yy]ou) had",
            # "Don't do what Tomas did in August": someone held up as the bad example.
            r"(?i:don't|do not) do what (?:[A-Z][a-z]+|your [a-z]+) did",
            flags=0,
        ),
        *shapes(
            # Trouble that follows someone: "every single time you touch the script, something
            # breaks" (not "every time the disk fills up").
            rf"every single time (?:you|he|she|they|(?-i:{_NAMED})) [a-z]+[^.!?\n]{{0,50}}? "
            rf"{_BREAKS}",
            rf"(?:every time|whenever|each time) (?:you|he|she|they|(?-i:{_NAMED})) (?:touch|"
            r"touches|"
            r"touched|go near|goes near|went near|get involved|gets involved|got involved|lay "
            rf"hands on|lays hands on)[^.!?\n]{{0,50}}? {_BREAKS}",
            # An outcome laid on someone: "this outage is on him" (not "lunch is on him").
            rf"(?:this|that|the) (?:[a-z]+ )?{OUTCOME}(?: [a-z]+)?(?: is|'s| was) (?:squarely |"
            rf"entirely |all |firmly )?on (?:you|them|him|her|{GROUP})(?= *[.!,;])",
            # "This problem comes down to the customer's router rather than our hardware".
            r"(?:comes|came|is|was) down to (?:the (?:customer|user|client|caller)'s|your|their) "
            r"(?:[a-z]+ ){0,2}[a-z]+ rather than (?:our|my)",
            # "... and frankly nobody here expects them to."
            r"(?:nobody|no one)(?: here| else| in [a-z]+)? (?:really )?expects (?:them|him|her) "
            r"to(?= *[.!])",
            # "The people who finish the last bag never bother to tell anyone".
            # (Not "never bothered to ask for thanks", modesty.)
            r"(?:who|that) (?:[a-z]+ ){0,6}?never bother(?:s|ed)? to(?! (?:ask|claim|seek|take) "
            r"(?:for )?(?:thanks|credit|praise|payment|a break))",
            # "Management has ignored every proposal I have put to them" (not "we ignored").
            r"(?<!we\x20)(?<!i\x20)(?:has|have|had) (?:repeatedly |consistently |simply |also )?"
            r"ignored (?:every|all|each) (?:single |one of )?(?:(?:my|our|the) )?(?:proposals?|"
            r"suggestions?|requests?|emails?|messages?|warnings?|reminders?|ideas?|letters?|calls?)",
            # A word twisted: "the group treated "flexible" as "unreachable"".
            r"(?:treated|treat|treats|took|takes|interpreted|interprets) [\"“][a-z -]{1,20}[\"”] "
            r"(?:as|to mean) [\"“][a-z]+",
            # "... came out empty because you picked a range with no sales" (not "because
            # the range had no sales").
            r"(?:empty|blank|failed|fails|rejected|bounced|wrong|missing|broke|an error|did "
            r"not work|didn't work|came back|zero|nothing)[^.!?\n]{0,50}? because you "
            r"(?:picked|chose|selected|entered|typed|set|clicked|used|left|forgot|ignored|skipped|"
            r"didn't|did not|never)",
            # "..., just like in your last ticket": the reader's mistake said to repeat.
            r"(?:just|exactly) (?:like|as) (?:in |with |on )?your (?:last|previous|earlier|other|"
            r"first) (?:ticket|request|message|email|call|order|submission|complaint|report|chat)",
            # "... had turned off backups, against our advice" (not "against our own").
            r"(?<=,\x20)(?:and )?(?:against|contrary to) (?:our|my) (?:explicit |clear |repeated |"
            r"written )?(?:advice|recommendations?|guidance|instructions|warnings?)(?= *[.;])",
        ),
    ),
)
POINTED_SARCASM = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        # "Nobody could have predicted that cutting the pool would cause problems": mock
        # surprise at a consequence anyone could see (not "nobody could have predicted the
        # storm").
        r"(?:nobody|no one) could (?:possibly |ever )?have (?:predicted|guessed|foreseen|known|"
        r"imagined|expected|anticipated)(?: that)? [^.?!\n]{1,80}? would (?:cause|lead to|create|"
        r"result in|end in|break|hurt) (?:problems|trouble|issues|complaints|chaos|a problem|"
        r"an outage|anything|things)",
        # "Apparently 'end of week one' means something different to the design team".
        r"(?:apparently|evidently|seemingly),? [^.!?\n]{1,60}? (?:means?|meant) something "
        r"(?:different|else) (?:to|for) (?:the [a-z]+ team|some|certain|them|him|her|you|some "
        r"people|[a-z]+ people|the [a-z]+)",
        # "And to whoever left the container in April: it's been lovely watching it evolve."
        r"to whoever (?:left|forgot|abandoned|keeps|kept|put|parked|dumped)[^.!?\n]{1,100}?: "
        r"it(?:'s| has) been (?:lovely|fascinating|a joy|a delight|a pleasure|fun|great|"
        r"wonderful|interesting|educational|quite something) (?:watching|seeing|to watch|to see)",
    ),
)
POINTED_REPROACH = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        # "The dishwasher doesn't unload itself", "the reports don't write themselves".
        r"(?:doesn't|does not|don't|do not|won't|will not) (?:unload|empty|clean|wash|fill|refill|"
        r"tidy|restock|replace|write|file|sort|book|load|wipe|water|reply to|answer) "
        r"(?:itself|themselves)",
        # "Stand-up updates stay at two minutes. Some of us already do."
        r"(?:some|a few|most|the rest|several) of us (?:already|actually|at least|even) (?:do|did|"
        r"manage|managed|are|were|have|had|can|try)(?= *[.!])",
        # "As our payment page explains in bold text, ...": the reader told they missed the
        # obvious (not "as the payment page explains, a hold is not a charge").
        r"as (?:our|the|this|my) (?:[a-z]+ ){0,2}(?:page|guide|faq|documentation|docs|manual|"
        r"terms|policy|email|notice|sign|form|screen|website|site|invoice|label|instructions) "
        r"(?:explains|states|says|shows|makes clear|spells out|tells you|warns) (?:in bold|in "
        r"capitals|in capital letters|in large (?:print|type|letters)|in red|right at the top|"
        r"on the first line)",
    ),
)
POINTED_CONDESCENSION = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        # "It's really not complicated once you slow down a bit" (not "not complicated once
        # you have the key").
        r"not (?:that |very |so |at all |particularly |remotely )?(?:complicated|difficult|hard|"
        r"tricky|confusing|complex|rocket science)(?: at all)? (?:once|if|when) you (?:slow "
        r"down|pay attention|actually|stop|take the time|bother|think|concentrate|focus|read|"
        r"calm down|listen)",
        # "..., in case this had not occurred to him", "in case you hadn't noticed".
        r"in case (?:this|that|it) (?:had|has)(?:n't| not) (?:occurred to|crossed|dawned on) "
        r"(?:him|her|them|you|anyone|everyone|some|the|(?:his|her|their|your|anyone's) mind)",
        r"in case (?:you|he|she|they|anyone)(?: had| have| has|'d)(?:n't| not) (?:noticed|"
        r"realised|realized|worked (?:it|that|this) out|figured (?:it|that|this) out|guessed)",
        r"in case (?:this|that|it) (?:has |had )?escaped (?:your|his|her|their|anyone's) "
        r"(?:notice|attention)",
        # "The Export button is in the top right corner, where it has always been" (not "the
        # café stays on the ground floor, where it has always been": no control to find).
        r"(?:button|menu|link|tab|setting|option|icon|field|toggle|switch|shortcut|folder|"
        r"control)s? (?:is|are|sits|sit|lives|live)(?: still)? (?:in|on|at|under|above|below|"
        r"next to) [^.!?\n]{1,60}?, (?:right )?where (?:it|they) (?:has|have) always been"
        r"(?= *[.!])",
        # "You will wonder why you ever preferred working from home".
        r"(?:you|they|staff|everyone)(?:'ll| will) (?:soon |quickly )?wonder why (?:you|they) "
        r"ever",
        # "Your current team lacks the training to spot them" (not "if your team lacks ...").
        r"(?<!if\x20)(?<!whether\x20)your (?:current |existing |own |present )?(?:team|staff|"
        r"people|developers|engineers|analysts|employees|department) (?:lacks?|lacked|(?:do|does|"
        r"did)(?: not|n't) have) the (?:training|skills?|experience|expertise|knowledge|ability|"
        r"competence|know-how)",
        # "... the kind of basic errors that an experienced analyst would catch".
        r"(?:basic|elementary|obvious|rookie|beginner's|schoolboy|amateur|novice|trivial) "
        r"(?:errors|mistakes|slips|flaws|oversights)(?: that| which)? (?:an?|any) (?:experienced|"
        r"competent|trained|junior|first-year|half-decent|careful|qualified) [a-z]+ (?:would|"
        r"could|should|will|can) (?:catch|spot|notice|fix|find|avoid|see)",
    ),
)
POINTED_DISMISSAL = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        # "A full refund is out of the question": a remedy the reader asked for, refused
        # curtly (not a firm rule: "smoking on site is not allowed").
        r"(?:refund|compensation|discount|reimbursement|credit|replacement|waiver|upgrade)s? "
        r"(?:is|are|was|were|would be) (?:completely |entirely |simply |quite |of course )?out "
        r"of the question",
        # "A lot of them exaggerate what actually happened" (people's accounts waved away).
        r"(?:a lot|many|most|some|much|plenty|half) of (?:(?:these|those|the) (?:posts|complaints|"
        r"comments|reviews|messages|tweets|replies)|them|these|those) (?:are |were )?(?:greatly |"
        r"wildly |rather |somewhat |grossly )?(?:exaggerat(?:e|es|ed|ing)|overstat(?:e|es|ed|ing)|"
        r"overreact(?:s|ed|ing)?|blow(?:s|ing)? (?:it|this|things|the [a-z]+) out of proportion)",
        r"(?:exaggerate|exaggerates|exaggerated|overstate|overstates|overstated) what (?:actually|"
        r"really) happened",
        # "... as it is clearly not a serious option" (not "is not a viable option because").
        r"(?:is|was|are|were|it's|that's) (?:clearly|obviously|plainly|simply|frankly) not a "
        r"(?:serious|real|sensible|realistic|viable|credible|grown-up) (?:option|proposal|idea|"
        r"suggestion|choice|plan|contender)",
        # "While we appreciate the strength of feeling, the policy will not change." and no
        # more (not "... will not change until the safety review is done").
        r"(?:while|although|though) (?:we|i) (?:fully |do |certainly )?(?:appreciate|understand|"
        r"acknowledge|note|respect|recognise|recognize|hear) (?:the strength of feeling|your "
        r"(?:frustration|concerns?|feelings|strength of feeling)|the (?:frustration|concerns?|"
        r"feelings)|how (?:strongly )?(?:you|people|staff|members) feel)(?: [a-z]+){0,4},? "
        r"(?:the|this|our|my|that) (?:policy|decision|position|rule|answer|plan) (?:will not|"
        r"won't|cannot|can't|is not going to|isn't going to|does not|doesn't) (?:change|be "
        r"changing|be revisited|be reversed|be reconsidered)(?= *[.!;])",
    ),
)

FAMILIES_POINTED = (
    POINTED_BLAME,
    POINTED_SARCASM,
    POINTED_REPROACH,
    POINTED_CONDESCENSION,
    POINTED_DISMISSAL,
)
