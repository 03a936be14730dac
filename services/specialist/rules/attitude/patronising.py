"""Condescension that praises or measures (issue 14, eleventh round): praise that marks the
reader's work as a surprise ("your draft was actually readable", "that's real progress for
you", "it's cute that you tried"), praise made small by who earned it ("a brave attempt for
someone who has never written SQL", "for someone from marketing, a surprisingly sensible
question"), the reader measured against a beginner ("one a first-week intern usually asks",
"new to real engineering"), a weakness laid on the reader ("numbers aren't your strong
suit") and the reader told they would know if only they had read ("as anybody who has opened
the README would know", "if you'd read the ticket you wouldn't be asking", "as stated clearly
on our website").

Each shape needs the frame, not the praise word: "well done for finishing the audit", "you're
getting the hang of it", "a good start, but the intro needs work", "for a team of our size,
the cost is low" and "as the website explains" are sincere; the frame is a surprise at the
reader's competence, a novice as the yardstick, or a reading the reader is said to have
skipped.
"""

from __future__ import annotations

from services.specialist.rules.attitude.reproach import CONDESCENSION
from services.specialist.rules.attitude.shapes import Family, shapes

# Whom praise is made small by: someone new or from outside the craft ("for someone who",
# "for a non-engineer"); not a thing ("for a team of our size").
_NOVICE = (
    r"(?:someone|somebody|a person|one|a (?:beginner|newcomer|junior|trainee|new starter|new "
    r"hire|non-[a-z]+|manager|marketer|designer|salesperson|student|first-timer)|an (?:intern|"
    r"outsider|amateur|non-[a-z]+))"
)
# The faint praise a surprise makes of the reader's work: "actually readable".
_FAINT = (
    r"(?:readable|legible|usable|coherent|sensible|competent|decent|acceptable|passable|"
    r"presentable|literate|on time|not bad|not terrible|half decent)"
)
# The yardstick: a beginner, a child.
_BEGINNERS = (
    r"(?:interns?|beginners?|novices?|trainees?|newbies?|new starters?|new hires?|graduates?|"
    r"students?|juniors?|child|children|[a-z]+-year-olds?|first-years?)"
)
# Reading the reader is told they skipped.
_READ = (
    r"(?:read|opened|looked at|glanced at|skimmed|checked|followed|scrolled through|listened to|"
    r"paid attention to)"
)

PATRONISING = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        # Surprise at the reader's competence: "your draft was actually readable this time".
        rf"(?:your|you've|you have|you) (?:[a-z-]+ ){{0,4}}?(?:was|were|is|are|looks|look|reads|"
        rf"read|came out|turned out|got) (?:actually|finally|surprisingly|almost|reasonably|"
        rf"mostly|nearly) {_FAINT}",
        r"(?:real |such |big |huge |great |quite some |quite the |some )?(?:progress|improvement|"
        r"step forward|step up|leap forward|milestone|achievement) for you",
        r"(?:cute|adorable) (?:that|how|when) (?:you|they|he|she|(?-i:[A-Z][a-z]+))",
        r"(?:you(?:'re| are)|they(?:'re| are)|he(?:'s| is)|she(?:'s| is)) (?:finally|at last|"
        r"actually) (?:getting|starting to get|beginning to get) (?:the hang of|to grips with)",
        # Praise for the least of the job: "well done for remembering to attach the file".
        r"(?:well done|good job|nice work|great job|nice job|good work|congratulations|congrats|"
        r"good on you|bravo|gold star) (?:for|on) (?:finally |actually )?(?:remembering|managing "
        r"to|getting (?:it|something|one thing|this) right|reading (?:the|your|my)|turning up|"
        r"showing up|following (?:the )?instructions|attaching|spelling)",
        # Praise made small by who earned it.
        rf"(?:brave|bold|valiant|noble|plucky|admirable|decent|good|nice|solid|respectable|"
        rf"not a bad|not bad) (?:attempt|effort|try|first (?:attempt|effort|try|go)|go|start|"
        rf"question|answer|idea)(?:,? at least,?)? for {_NOVICE}",
        rf"not (?:bad|too bad|half bad|terrible|awful) for {_NOVICE}",
        rf"for {_NOVICE} (?:who|from|in|with|new to|at|of)(?: [a-z'-]+){{1,6}},? (?:that|this|"
        r"it|you)(?:'s| is| was|'re| are| were| did| have|'ve| made| asked| wrote| did)? (?:a |an "
        r"|quite |really |pretty |rather )?(?:surprisingly|remarkably|unexpectedly|impressively|"
        r"not bad|not half bad|not too bad)",
        # Praise, then most of it undone: "good effort, even if most of it will be redone".
        r"(?:good|nice|decent|valiant|brave|solid|fair) (?:effort|attempt|try|first draft|start)"
        r"[,;]? (?:even if|even though|though|although|but) (?:(?:most|much|half|all|none|the "
        r"bulk) of (?:it|this|that)|the whole thing)",
        # The reader measured against a beginner: "a question, and one a new intern asks".
        rf"(?:question|mistake|error|slip)s?,? (?:and|but) one (?:that )?(?:a|an|any|most|every|"
        rf"our|the) (?:[a-z-]+ ){{0,2}}{_BEGINNERS} (?:usually |typically |normally |often |"
        r"always |would |might |tends to |tend to )?(?:asks?|makes?|gets? wrong)",
        r"(?:classic|typical|real|total|such a|a bit of a) (?:rookie|beginner's|newbie|noob|"
        r"schoolboy|amateur|amateur's) (?:mistake|error|move|question)",
        r"new to (?:real|proper|actual|serious|grown-up|professional) [a-z]+",
        # A weakness laid on the reader: "numbers aren't your strong suit".
        r"(?:isn't|is not|aren't|are not|wasn't|was not|weren't|were not|never been|hardly|not) "
        r"(?:exactly |really )?(?:your|his|her|their|(?-i:[A-Z][a-z]+)'s) (?:strong (?:point|"
        r"suit)|forte|area of expertise)",
        # What reading would have told the reader.
        r"as (?:anyone|anybody|everyone|everybody) (?:who|that) (?:has |have |had |'s )?(?:ever )?"
        rf"(?:{_READ}|seen|used|visited|attended)(?: [a-z'-]+){{0,6}},? (?:would|should|must) "
        r"(?:know|have known|have seen|have noticed|be aware|realise|realize)",
        rf"if you(?:'d| had) (?:just |only |actually |ever )?{_READ}(?: [a-z'-]+){{0,5}},? you "
        r"(?:wouldn't|would not|would know|would have known|would've known|would have seen|"
        r"would've seen|'d know|'d have known|'d have seen)",
        r"as (?:(?:is|was) )?(?:(?:clearly|plainly|explicitly|very clearly|quite clearly) "
        r"(?:stated|explained|shown|set out|written|marked|noted|displayed|printed|signposted)|"
        r"(?:stated|explained|shown|set out|written|marked|noted|displayed|printed) (?:clearly|"
        r"plainly|explicitly|very clearly|quite clearly|in bold)) (?:on|in|at|under|throughout)",
        # Simplicity stressed (not "as the guide explains in simple terms").
        r"as (?:the|our|your) [^.!?\n,]{1,40}? (?:explains|says|sets out|describes|shows|states) "
        r"in (?:fairly|very|quite|really|pretty|perfectly|extremely|such) (?:simple|plain|basic|"
        r"clear|easy) (?:terms|language|words|english)",
        r"(?:a|one) (?:careful|quick|closer|proper|simple|brief|single) (?:read|reading|look|"
        r"glance|check)(?: [a-z]+){0,4} (?:would|could|might) have (?:avoided|prevented|saved|"
        # Not a lesson the writer draws: "would have saved us two hours", "would have prevented
        # the error, so we added one".
        r"spared|answered|cleared up)(?! (?:us|me|our|my|ourselves)\b)(?![^.!?\n]*[,;] (?:so |"
        r"and )?we\b)",
        # A point the reader is said to need: "I mention this because it apparently needs
        # mentioning", "it's a common mix-up, so don't feel bad".
        r"(?:apparently|evidently|clearly|obviously|still) needs? (?:mentioning|saying|to be said|"
        r"repeating|explaining|pointing out|spelling out)",
        r"(?:common|easy|understandable|natural) (?:mix-up|mistake|error|confusion|slip)"
        r"[^.!?\n]{0,60}?,? so (?:don't|do not) (?:feel bad|worry|be embarrassed)",
        r"(?:trust|assume|presume|expect|surely)(?: that)? (?:this|it|that)(?: is|'s| will be| "
        r"would be)? not too (?:complicated|difficult|hard|taxing|challenging|demanding|"
        r"confusing) for",
        r"(?:surprised|shocked|amazed|astonished) to (?:learn|see|find|discover|hear) (?:that )?"
        r"[^.!?\n]{1,40}? still (?:lacks|doesn't|does not|hasn't|has not|lack|don't|do not|"
        r"haven't|have not)",
        r"(?:it's|it is|that's|that is|this is|is|was|looks|reads) (?:surprisingly|remarkably|not "
        r"(?:bad|too bad|half bad)) (?:decent|good|readable|"
        r"competent|usable|solid|tidy|clean|okay|ok) for (?:a|an) (?:first|beginner's|intern's|"
        r"junior's|student's|first-timer's) (?:attempt|effort|try|go|project|draft)",
        r"if you (?:cannot|can't|can not|don't|do not) (?:handle|cope with|take|stand) (?:pressure|"
        r"the pace|the heat|criticism|feedback|a fast pace|long hours)",
        r"who (?:have|has) (?:never|rarely|seldom) [a-z]+ (?:more than|beyond) (?:a|one|two|three|"
        r"a few|a couple of) [a-z]+",
        r"(?:well |far |rather )?below (?:the level|my level|what) i(?:'m| am) used to",
        # A label on the reader, then the door: "if you're the kind of person who needs a boss,
        # just stay where you are" (not "the kind of person who loves puzzles will enjoy it").
        r"(?:the|that) (?:type|kind|sort)(?: of [a-z]+)? who [^.!?\n]{1,80}?,? (?:you "
        r"(?:probably |likely |really )?(?:won't|will not|wouldn't|would not) (?:fit|last|enjoy|"
        r"like|be happy|survive)|(?:honestly,? )?(?:just )?stay where you are|(?:please )?(?:don't|"
        r"do not) (?:apply|bother)|this (?:[a-z]+ )?(?:isn't|is not|won't be) (?:the (?:place|"
        r"role|job) )?for you)",
    ),
)

FAMILIES_PATRONISING = (PATRONISING,)
