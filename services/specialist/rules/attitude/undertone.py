"""Attitudes that ride on a construction which sounds neutral word by word: a pointer back to
one's own messages ("per my <any words> emails"), an expectation the reader failed ("I would
have hoped ... by now"), a document said to be clear already ("as the guide clearly explains"),
the reader trusted with a simple task ("we trust everyone can manage to"), the matter passed
to someone else ("so marketing can sort it out"), inclusion that reproaches ("even the ones who
never read it"), praise of what keeps going wrong ("love how ... every time").

Each family is the construction, with its open slots left open (any message noun, any team,
any document), so it reaches wordings beyond the ones it was written from. A slot stays closed
where the same words are said plainly: "as the contract states" (no "clearly"), "if you don't
like the colour, you can change it" (an option, not a way out), "we welcome everyone, even
those who have never cooked" (experience, not a lapse).
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import GROUP, Family, shapes

# What one writes and then points back to.
MESSAGES = (
    r"(?:emails?|e-mails?|messages?|notes?|repl(?:y|ies)|memos?|(?:phone )?calls?|letters?|"
    r"comments?|updates?|posts?|reminders?|requests?|conversations?|chats?|tickets?)"
)
# What a reader is told to read, or said to have been told by.
_DOCUMENTS = (
    r"(?:guide|user guide|manual|docs|documentation|faq|handbook|readme|wiki|instructions|"
    r"policy|contract|terms|agreement|notice|invitation|form|email|letter|brief|help pages?|"
    r"help cent(?:re|er)|knowledge base|release notes|runbook)"
)
_SAY = (
    r"(?:states|says|explains|shows|sets out|spells out|mentions|notes|warns|tells you|describes)"
)
_CLEARLY = r"(?:clearly|plainly|explicitly|already|expressly|quite clearly|very clearly)"
# Whom a task is passed to: a team, a department, someone else.
_OTHERS = (
    rf"(?:{GROUP}|the [a-z]+(?: [a-z]+)?|someone else|somebody else|they|them|marketing|sales|"
    r"finance|legal|support|ops)"
)
_LAPSES = (
    r"(?:never|don't|do not|didn't|did not|can't|cannot|won't|refuse to|ignore|forget to|fail to|"
    r"skip|cancel|complain|leave|miss)"
)

PASSIVE_UNDERTONE = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        # "Per my three previous emails", "as per our repeated calls" (not "per our contract").
        rf"(?:as )?per my (?:[a-z-]+ ){{0,3}}{MESSAGES}",
        rf"(?:as )?per our (?:[a-z-]+ )?(?:earlier|previous|last|several|repeated|many|"
        rf"countless|two|three|four) (?:[a-z-]+ )?{MESSAGES}",
        # An expectation the reader failed: "I would have hoped this was clear by now".
        r"(?:i|we)(?: would|'d) have (?:hoped|expected|thought|assumed|presumed|imagined) "
        r"(?:that )?(?:[a-z'-]+ ){0,8}?(?:by now|obvious|self-explanatory|common knowledge|"
        r"understood|clear)",
        # A point too obvious to make, then made: "this should go without saying, but".
        r"(?:should|ought to|must|would|will) (?:really |surely |hopefully |by now )?go without "
        r"saying|(?:goes|went) without saying,? but",
        # Read it first, then write to us again: "check the guide before you write to us again".
        rf"(?:read|check|consult|look at|see|skim|search|review) (?:the|our) (?:[a-z-]+ )?"
        rf"{_DOCUMENTS} (?:first )?before (?:asking|emailing|contacting|writing|calling|posting|"
        r"sending|raising|filing|messaging|pinging|you (?:ask|email|contact|write|call|post|send|"
        r"raise|file|message|ping))(?: [a-z']+){0,4} (?:again|next time|another [a-z]+|any "
        r"(?:more|further) [a-z]+|once more)",
        # Inclusion that reproaches: "we value every customer, even the ones who cancel".
        r"(?:value|welcome|appreciate|care about|respect|love|thank|support)(?: [a-z']+){0,4},? "
        rf"even (?:from |for )?(?:the ones|those|the people|people|the [a-z]+) who {_LAPSES}",
        # One's own message left waiting: "I see my question from Monday is still unanswered".
        rf"(?:my|our) (?:[a-z]+ )?(?:question|{MESSAGES}|query|invoice|proposal)"
        r"(?: [a-z]+){0,3} (?:is|are|remains|remain|has been|have been|sits|sat)(?: still)? "
        r"(?:still )?(?:unanswered|ignored|unread|without (?:a |any )?(?:reply|response|answer))",
        # Others' late effort: "glad someone finally decided to read the brief".
        r"(?:someone|somebody|you|they|he|she|the [a-z]+ (?:team|department)) (?:has |have )?"
        r"(?:finally|eventually|at last) (?:decided|bothered|managed|got (?:round|around)|found "
        r"(?:the )?time|remembered|deigned|saw fit) to",
        # A reminder that repeats itself, or that a thing exists: "just flagging again that".
        r"(?:just )?(?:flagging|noting|mentioning|pointing out|highlighting|raising|reminding "
        r"(?:you|everyone|all)) (?:this |it )?(?:again|once more|yet again|one more time)",
        r"(?:reminder|flagging|noting|mentioning|pointing out|fyi),? that (?:the|our|a|an) "
        r"(?:[a-z-]+ ){1,3}(?:exists|is there for a reason)",
        # Told once it had happened: "thanks for letting me know after the change went live".
        r"thank(?:s| you) for (?:letting (?:me|us|everyone) know|telling (?:me|us|everyone)|the "
        r"(?:heads-up|warning|notice|update|advance notice))(?: [a-z']+){0,6}? (?:after (?:it|the "
        r"fact|everything|the change|the event|the decision|the deadline|the meeting)|too late)",
        # An injury called an accident: "I am sure it was an oversight that my name was left off".
        r"(?:i'm|i am|we're|we are) sure (?:it|this|that) (?:was|is|were) (?:just |simply |purely "
        r"|merely )?(?:an oversight|an accident|accidental|unintentional|not intentional|not "
        r"deliberate|an honest mistake|a coincidence|a simple mistake)",
    ),
)
CONDESCENDING_UNDERTONE = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        # The least competent imaginable: "any half-decent developer", "a semi-literate intern".
        r"(?:half|semi)-(?:decent|competent|literate|awake|sensible|intelligent|capable|trained) "
        r"[a-z-]+",
        r"(?:any|even a|even an) (?:[a-z]+ly )?(?:careful|attentive|competent|sensible|literate|"
        r"awake|observant|reasonable) (?:[a-z-]+ )?[a-z]+ (?:would|could|should) have (?:seen|"
        r"spotted|noticed|caught|known|read|understood|realised|realized|found)",
        # A document said to be clear already: "as the contract plainly states".
        rf"as (?:the|our|your|my|this|that) (?:[a-z-]+ )?{_DOCUMENTS} {_CLEARLY} {_SAY}",
        r"(?:this|that|it)(?: is|'s| was) (?:all )?(?:clearly|plainly|explicitly|very clearly|"
        r"quite clearly) (?:documented|explained|stated|spelled out|spelt out|set out|laid out|"
        r"written down) (?:in|on)",
        # The reader trusted with a simple task: "we trust everyone can manage to".
        r"(?:trust|surely|expect|assume|presume)(?: that)?(?: [a-z]+){0,3}? (?:everyone|"
        r"everybody|you|people|staff|the team|all of you|colleagues|the [a-z]+ team) (?:can|could|"
        r"will be able to|is able to|are able to) (?:manage|be trusted|remember|find the time) to",
        r"(?:this|next) (?:year|time),? (?:everyone|everybody|you|people|staff|the team|all of you|"
        r"colleagues) (?:can|could|will|might) (?:manage|remember|be trusted) to",
        # "Not sure which part of ... was unclear", "What part of the rota is confusing?"
        r"(?:not sure|unsure|no idea|i wonder|wondering|i don't know) (?:which|what) part of "
        r"[^.?!\n]{1,60}? (?:was|is|were|are) (?:so )?(?:unclear|confusing|hard|difficult|"
        r"complicated)",
        r"what part of [^.?!\n]{1,60}? (?:was|is|were|are) (?:so )?(?:unclear|confusing|hard|"
        r"difficult|complicated)(?= *\?)",
        # Simpler words for this reader: "let me put this in terms a new starter would follow".
        r"(?:let me|i'll|i will|i'll try to|to) (?:put|explain|say|phrase|word) (?:this|it|that)"
        r"(?: again)? in (?:terms|words|language) (?:that )?(?:even )?(?:a|an|the|any|your|our) "
        r"(?:[a-z-]+ ){0,3}(?:would|could|can|will|might) (?:understand|follow|grasp|get)",
        # "You would think a senior engineer could name a file properly."
        r"(?:you|one)(?:'d| would) (?:have )?(?:think|thought|expect|expected|imagine|hope|assume)"
        r"(?: that)? (?:a|an|any|the|someone|somebody|anyone|people|they|he|she|you|our|your) "
        r"(?:[a-z-]+ ){0,4}?(?:could|would|should|knew|knows|know how to|understood|remembered|"
        r"manage|managed|be able to)",
        # Written for the slow: "for those who need it spelled out".
        r"for (?:those|anyone|the ones|people|everyone|any of you) (?:of you )?who (?:need|needs|"
        r"needed) (?:it|this|things|everything) (?:spelled|spelt|laid|written) out",
        r"for (?:those|the ones|anyone) (?:of you )?who (?:still (?:don't|do not|haven't|have not|"
        r"can't|cannot)|somehow|apparently|missed it|weren't listening|didn't read|did not read)",
        # The answer was in plain sight: "which is a big clue".
        r"(?:which|that)(?: is|'s) (?:a )?(?:big|huge|massive|major|pretty big|fairly big|strong) "
        r"(?:clue|hint|giveaway)",
        # Fear put on the reader: "change is scary for some of you".
        r"(?:is|are|seems|seem|feels|feel|may be|might be|can be|must be) (?:very |a bit |"
        r"a little |quite |so |rather )?(?:scary|frightening|overwhelming|too much|terrifying|"
        r"a stretch|a mystery|a foreign concept) (?:for|to) some(?: of you| of us| people| "
        r"colleagues)?",
    ),
)
SARCASTIC_UNDERTONE = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        # Thanks for what came late: "many thanks for the copy, which arrived a week late".
        r"thank(?:s| you)(?: [a-z']+){0,6} for (?:the|your|our|my) (?:[a-z-]+ ){0,2}[a-z-]+,? "
        r"(?:which|that) (?:arrived|came|landed|turned up|showed up|went out|reached us|got here|"
        r"appeared)(?: [a-z0-9-]+){0,4} (?:late|overdue|too late|after the [a-z-]+)",
        # A long wait made small: "a mere two hours before the pitch".
        r"a mere (?:[a-z0-9-]+ ){1,2}(?:minutes?|hours?|days?|weeks?|months?|years?) (?:late|"
        r"overdue|after|before|behind|past)",
        # Delight at what keeps going wrong: "love how the build breaks every time".
        # Not the praise "come back again and again".
        r"love (?:how|it when|that)(?![^.!?\n]*again and again)(?: [a-z']+){1,8} (?:again|"
        r"yet again|once more|every time|every single time|each time)",
        # Delight at losing one's own time to a chore: "thrilled to spend my weekend redoing".
        r"(?:thrilled|delighted|overjoyed|excited|happy|glad|love|can't wait|cannot wait) to "
        r"(?:spend|give up|sacrifice|lose|waste) (?:my|our|another|the|a|his|her|their) (?:whole "
        r"|entire )?(?:weekend|evening|saturday|sunday|holiday|bank holiday|lunch break|lunch hour|"
        r"day off|night|morning|afternoon)s? (?:re[a-z]{2,}ing|fixing|cleaning|debugging|chasing|"
        r"answering|undoing|doing (?:your|their|his|her|someone else's))",
        # Praise, then its failure: "a triumph: nobody can book anything".
        r"(?:a|an) (?:triumph|masterpiece|success|resounding success|roaring success|great success|"
        r"work of art|marvel|huge success)[:,—–-] *(?:nobody|no one|nothing|none|not (?:a single|"
        r"one))",
    ),
)
DISMISSIVE_UNDERTONE = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        # The matter passed on: "so marketing can sort it out", "let the vendor worry about it".
        rf"(?:so|let) {_OTHERS} (?:can |could |will have to |should |has to |have to |can just )?"
        r"(?:sort (?:it|this|that) out|figure (?:it|this|that) out|worry about (?:it|this|that)|"
        r"deal with (?:it|this|that))(?= *[.!])",
        r"(?:someone|somebody) else (?:can|could|will|should|has to) (?:deal with|worry about|"
        r"sort out|handle|pick up|fix) (?:it|this|that)",
        # A way out instead of an answer: "if you don't like how it works, write your own".
        r"if you (?:don't|do not) like (?:how|what|the way|where|when|it|this|that|the [a-z]+|"
        r"our [a-z]+)(?: [a-z']+){0,6},? (?:feel free to|you(?: are|'re) (?:free|welcome) to|"
        r"you can (?:always |just )?(?:go|leave|write|build|fork|make|find|shop|take)|go|build|"
        r"write|make|fork|shop|take your)",
        # The matter made small: "a non-issue", "a storm in a teacup".
        r"(?:a )?non-issue|storm in a teacup|much ado about nothing|(?:making|make|made) a "
        r"mountain out of a molehill",
        # No more talk: "we do not see any reason to discuss this further".
        r"(?:don't|do not|can't|cannot) see (?:any|the|a) (?:reason|need|point|value) (?:to|in) "
        r"(?:discuss|discussing|revisit|revisiting|continue|continuing|pursue|pursuing|debate|"
        r"debating|reconsider|reconsidering)(?: [a-z]+){0,3} (?:further|again|any further|anymore|"
        r"any more)",
        # Sent elsewhere: "above my pay grade", "ask someone else".
        r"(?:above|beyond) my pay grade|not my call|(?:ask|talk to|take it up with|try) "
        r"(?:someone|somebody) else(?= *[.!])",
        r"(?:could not|couldn't) (?:possibly )?care less",
    ),
)
BLAME_UNDERTONE = Family(
    BLAME.rule,
    BLAME.message,
    shapes(
        # The fault put on someone: "the delay is entirely the fault of the design agency".
        r"(?:is|was|are|were) (?:entirely |all |completely |solely |wholly |squarely )?(?:the )?"
        r"fault of (?:the|our|your|their|his|her|[a-z]+)",
        # ... on a person or a team, by name or pronoun (not "the fault lies with the firmware",
        # a root cause).
        r"(?:the )?(?:fault|blame) (?:lies|rests|sits|lay|rested|sat) (?:squarely |entirely |"
        r"firmly |solely )?with (?:them|him|her|you|(?:the|their|your|our) (?:[a-z]+ ){0,2}"
        r"(?:team|department|office|vendor|supplier|contractors?|agency|management|staff|"
        r"developers|engineers|board|council|landlord|courier|manager|director|shift)|"
        r"(?-i:[A-Z][a-z]+|[A-Z]{2,}))",
        # Someone made the cause of a bad outcome: "you are the reason the project is late".
        r"(?:you|he|she|they|the [a-z]+ team|[a-z]+) (?:are|is|were|was) (?:the (?:reason|cause)|"
        r"(?:entirely |solely )?to blame)(?: (?:why|that|for))?(?: [a-z0-9'-]+){0,5} (?:late|"
        r"failed|behind|lost|broken|missed|delayed|over budget|down|in trouble|in this mess|wrong|"
        r"slipped)",
        # Someone's slip, and what it cost: "thanks to Rachel's mistake, the invoices went twice".
        r"thanks to (?:(?-i:[A-Z][a-z]+)'s|your|their|his|her|the [a-z]+ team's) (?:[a-z]+ )?"
        r"(?:mistake|error|blunder|oversight|typo|slip|screw-up|failure)",
        # No one in a team did the check: "nobody in accounts checked the figures" (not "nobody
        # on the team reviewed it", a postmortem's own team owning the lapse).
        r"(?:nobody|no one) (?:in|on|from) (?!(?:the |our |my )?(?:team|group|crew|project)\b)"
        r"(?:the )?[a-z]+(?: [a-z]+)? (?:checked|tested|reviewed|"
        r"read|bothered|thought to|looked at|caught)",
        # A lapse and its cost to us: "lost the files, and now we all have to apologise".
        r"(?:lost|broke|deleted|missed|forgot|ignored|skipped|messed up)(?: [a-z']+){1,6},? (?:and|"
        r"so) (?:now )?(?:we|i|everyone|the rest of us|the [a-z]+ team)(?: all)? (?:has|have|get|"
        r"will have|need) to (?:apologi[sz]e|clean|fix|redo|explain|sort|pick up|deal with|start "
        r"again)",
    ),
)
FAMILIES_UNDERTONE = (
    CONDESCENDING_UNDERTONE,
    PASSIVE_UNDERTONE,
    SARCASTIC_UNDERTONE,
    DISMISSIVE_UNDERTONE,
    BLAME_UNDERTONE,
)
