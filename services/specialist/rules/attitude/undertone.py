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

from services.specialist.rules.attitude.hostility import DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import GROUP, Family, shapes

# What one writes and then points back to.
_MESSAGES = (
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
        rf"(?:as )?per my (?:[a-z-]+ ){{0,3}}{_MESSAGES}",
        rf"(?:as )?per our (?:[a-z-]+ )?(?:earlier|previous|last|several|repeated|many|"
        rf"countless|two|three|four) (?:[a-z-]+ )?{_MESSAGES}",
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
        r"love (?:how|it when|that)(?: [a-z']+){1,8} (?:again|yet again|once more|every time|"
        r"every single time|each time)",
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
    ),
)
FAMILIES_UNDERTONE = (
    CONDESCENDING_UNDERTONE,
    PASSIVE_UNDERTONE,
    SARCASTIC_UNDERTONE,
    DISMISSIVE_UNDERTONE,
)
