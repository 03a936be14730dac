"""More endings a careful editor accepts, beside those in ``shape``: a last section that looks
ahead ("## Next retro", "## Coming up"), and a last paragraph that sets the next date ("The
next retro is on 21 March"), thanks the people it names ("Thanks, everyone, for a good
sprint"), says who will help ("Our support team will help anyone who ..."), invites the
reader to contribute ("Suggestions are welcome through the issue tracker"), recommends after a
lead-in ("Before the council votes, its members should ...") or tells the reader where to go
in the product ("If you lost an edit, open Settings") or ends an essay on its lesson ("If my
grandfather taught me anything, it is that ...", "I used to think ...") or draws its
conclusion ("The evaluation will therefore provide ..."); and the everyday closes of notices,
replies and reports: a request ("Please return the form by Friday"), a wish ("I hope this
helps"), an apology renewed, the day a change starts ("The new rules take effect on 1 May"),
where the full report is, a step someone will take ("Farid will replace the lock"), action
items with owners, a signature.

Each is read per sentence and tied to its shape, not to a word: "the next morning" of a story
is not a date set, "should have" is a regret, not a call to act, and "is welcome" needs a
contribution to welcome.
"""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_END = r"(?![\w'’\-])"

# A section named for what comes next: "Next retro", "Next report", "Coming up", "Key dates".
# "Next" must be followed by a word: "Next.js" names a framework.
_LOOKING_AHEAD = re.compile(
    r"^\W*(?:(?:the|our)[ \t]+)?(?:next[ \t]+[a-z]|upcoming\b|coming[ \t]+up\b|"
    r"looking[ \t]+ahead\b|(?:the[ \t]+)?road[ \t]+ahead\b|save[ \t]+the[ \t]+date\b|"
    r"(?:key|important)[ \t]+dates\b|dates[ \t]+for[ \t]+your[ \t]+diar(?:y|ies)\b)",
    re.IGNORECASE,
)
# A lead-in clause before the sentence's point: "Before the council votes, ", "If you think
# you lost an edit, ".
_LEAD_IN = r"(?:[^,.;:!?\n]{1,60},[ \t]+)?"
# The next meeting or report set in time: "The next retro is on 21 March", "I will send the
# next report on 12 April", "We meet again in June"; not "The next morning, the river rose".
_NEXT_SET = re.compile(
    r"(?:.*?\b(?:the|our|my|your)[ \t]+next[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:is|will|"
    r"takes[ \t]+place|falls|starts|opens)\b|"
    r".*?\bwill[ \t]+(?:[a-z]+[ \t]+){1,2}(?:the|our|my|your)[ \t]+next[ \t]+[a-z]+|"
    r".*?\b(?:we|you|i)[ \t]+(?:will[ \t]+)?(?:meet|talk|speak)[ \t]+again\b)",
    re.IGNORECASE,
)
# Thanks to the people named between commas: "Thanks, everyone, for a good sprint."
_THANKS_NAMED = re.compile(
    r"(?:many[ \t]+)?(?:thanks|thank[ \t]+you)[ \t]*,[ \t]*[^,.!?\n]{1,30},[ \t]*(?:for|again)"
    + _END,
    re.IGNORECASE,
)
# Who will help the reader: "Our support team will help anyone who cannot find a note", "We
# are happy to help you". Helping "us cut costs" is a claim, not an offer.
_HELP_OFFERED = re.compile(
    r".*?\b(?:will|can|(?:is|are|(?:will|would)[ \t]+be)[ \t]+(?:here|happy|glad|ready)[ \t]+to)"
    r"[ \t]+help[ \t]+(?:you|anyone|anybody|everyone|whoever|any[ \t]+[a-z]+[ \t]+who)" + _END,
    re.IGNORECASE,
)
# An invitation to contribute: "Suggestions and new density values are welcome through the
# issue tracker", "Everyone is welcome". The weather "is welcome" after a dry May is not one.
_WELCOME = re.compile(
    r"(?:.*?\b)?(?:suggestions|contributions|pull[ \t]+requests|patches|feedback|ideas|comments|"
    r"corrections|questions|(?:bug[ \t]+)?reports|fixes|translations|improvements|volunteers|"
    r"donations|newcomers|new[ \t]+members|everyone|everybody|all|you)\b[^.!?\n]{0,60}?"
    r"\b(?:are|is)[ \t]+(?:always[ \t]+|very[ \t]+|most[ \t]+)?welcome" + _END,
    re.IGNORECASE,
)
# A verdict that closes the case: "There is no trick to it", "There is no shortcut".
_NO_TRICK = re.compile(
    r"there[ \t]+(?:is|was)[ \t]+no[ \t]+(?:trick|secret|magic|shortcut|short[ \t]+cut|"
    r"mystery|substitute)" + _END,
    re.IGNORECASE,
)
# A recommendation after a lead-in, with a named subject: "Before the council votes, its
# members should spend an afternoon in one." Not "should have": a regret, not a call to act.
_ADVISED = re.compile(
    _LEAD_IN + r"(?:(?:the|its|our|their|your|his|her|every|each|all|both)[ \t]+)?"
    r"(?:[a-z]+[ \t]+){0,2}[a-z]+[ \t]+(?:should|must|ought[ \t]+to|need[ \t]+to)"
    r"[ \t]+(?!have\b)[a-z]+",
    re.IGNORECASE,
)
# After a lead-in, a step in the product: "If you think you lost an edit, open Settings".
# "If anything is missing, or the link has expired, contact support from the Help menu".
_GO_TO = re.compile(
    r"(?:[^,.;:!?\n]{1,60},[ \t]+){1,2}(?:then[ \t]+)?(?:open|click|tap|press|choose|select|"
    r"go[ \t]+to|visit|email|call|contact|use)[ \t]+(?:(?-i:[A-Z\"“'‘])|(?:the[ \t]+|our[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?(?:support|help[ \t]*desk|service[ \t]+desk)\b|us\b)",
    re.IGNORECASE,
)
# The lesson a personal essay ends on: "If my grandfather taught me anything, it is that the
# surplus is the point", "The lesson, I think, is to start small", "What I learned is ...".
_LESSON = re.compile(
    r"(?:.*?\bif[ \t]+[^,.!?\n]{1,60}[ \t]+taught[ \t]+(?:me|us)[ \t]+anything\b|"
    r".*?\b(?:has|have|had)?[ \t]*taught[ \t]+(?:me|us)[ \t]+that\b|"
    r"(?:the|my|our)[ \t]+(?:real[ \t]+|only[ \t]+|main[ \t]+)?lesson\b[^.!?\n]{0,30}?[ \t]+is\b|"
    r"what[ \t]+(?:i|we)[ \t]+(?:have[ \t]+)?(?:learned|learnt)[ \t]+(?:is|was)\b|"
    r".*?\b(?:thing|lesson)s?[ \t]+(?:[a-z]+[ \t]+)?(?:taught|showed)[ \t]+(?:me|us)\b|"
    r".*?\btaught[ \t]+(?:me|us)[ \t]+otherwise\b|"
    r"i[ \t]+used[ \t]+to[ \t]+(?:think|believe|assume)\b|"
    r"(?:and[ \t]+)?(?:i['’]m|i[ \t]+am)[ \t]+glad[ \t]+(?:i|we)[ \t]+did\b)",
    re.IGNORECASE,
)
# A conclusion drawn: "The evaluation will therefore provide both ...", "Thus, ...".
_DRAWN = re.compile(
    r"(?:[^.!?\n]*?\b(?:will|would|can|could|should|does|do|is|are)[ \t]+(?:therefore|thus)\b|"
    r"(?:therefore|thus|hence),)",
    re.IGNORECASE,
)

# A wish or a goodbye to the reader: "I hope this helps", "Good luck with the move", "Enjoy
# the new trail!", "Welcome aboard, Priya".
_WISH = re.compile(
    r"(?:(?:i|we)[ \t]+)?hope[ \t]+(?:this|that|it|you|everyone|the)\b|good[ \t]+luck\b|"
    r"best[ \t]+of[ \t]+luck\b|enjoy\b|have[ \t]+(?:fun|a[ \t]+(?:good|great|lovely|nice|happy|"
    r"safe|wonderful|restful))\b|welcome[ \t]+(?:aboard|to)\b",
    re.IGNORECASE,
)
# A request or a reminder to the reader, maybe after a lead-in: "Please return the form by
# Friday", "Remember to bring a packed lunch", "If anything is unclear, just reply".
_ASKED = re.compile(
    _LEAD_IN + r"(?:please|kindly|remember[ \t]+to|do[ \t]+not[ \t]+forget|don['’]t[ \t]+forget|"
    r"make[ \t]+sure|be[ \t]+sure[ \t]+to|just[ \t]+(?:reply|ask|email|call|drop|send|let|get|"
    r"come))[ \t]+[a-z]",
    re.IGNORECASE,
)
# An offer to say more: "I am happy to talk through any of this", "We would love to hear
# what you think".
_HAPPY_TO = re.compile(
    r"(?:(?:i|we)(?:['’]m|['’]re|['’]d[ \t]+be|[ \t]+am|[ \t]+are|[ \t]+would[ \t]+be|[ \t]+will"
    r"[ \t]+be)?[ \t]+)?(?:(?:always|very|more[ \t]+than)[ \t]+)?(?:happy|glad|delighted)"
    r"[ \t]+to[ \t]+"
    r"(?:talk|discuss|answer|help|walk|go|meet|chat|explain|share|show|hear|take)\b|"
    r"(?:i|we)(?:['’]d|[ \t]+would)[ \t]+(?:love[ \t]+to[ \t]+(?:hear|see|know|welcome)|"
    r"welcome|appreciate|value)\b",
    re.IGNORECASE,
)
# A close of its own kind: an apology renewed ("Sorry again for the trouble"), nothing left
# for the reader to do ("No action is needed from you"), more to come ("More soon", "Stay
# tuned"), a greeting ("See you all on Friday", "Looking forward to seeing you there", "Wish us
# luck"), a status in one word ("The project remains green").
_FAREWELL = re.compile(
    r"(?:once[ \t]+again,?[ \t]+)?(?:(?:we|i)[ \t]+)?(?:apologi[sz]e|(?:are|am|['’]re|['’]m)[ \t]+"
    r"(?:(?:very|truly|so|deeply|really)[ \t]+)?sorry|sorry)\b|"
    r"no[ \t]+(?:further[ \t]+)?action[ \t]+is[ \t]+(?:needed|required)|(?:you|there)[ \t]+"
    r"(?:do[ \t]+not|don['’]t|is[ \t]+nothing|['’]s[ \t]+nothing)[ \t]+(?:need[ \t]+to[ \t]+do|"
    r"(?:else[ \t]+)?(?:you[ \t]+need[ \t]+to[ \t]+do|to[ \t]+do))|"
    r"more[ \t]+(?:soon|to[ \t]+come|next[ \t]+[a-z]+)|stay[ \t]+tuned|watch[ \t]+this[ \t]+space|"
    r"wish[ \t]+(?:us|me)[ \t]+luck|see[ \t]+you[ \t]+(?:all|both|there|soon|then|at|on|next)\b|"
    r"looking[ \t]+forward[ \t]+to|"
    r".*?\b(?:remains?|stays?|is|are)[ \t]+(?:still[ \t]+)?(?:green|amber)[ \t]*[.!]?$",
    re.IGNORECASE,
)
# An answer offered after a lead-in: "If the problem comes back, reply to this email", "Any
# questions, ask Sam".
_WRITE_BACK = re.compile(
    _LEAD_IN + r"(?:just[ \t]+)?(?:reply|write|ring|call|email|ask|talk[ \t]+to|speak[ \t]+to|"
    r"drop|message|text)\b",
    re.IGNORECASE,
)
# The end said in words, the state of things summed up, or what stays as it is: "That's all
# for this month", "We are on track to finish by June", "Nothing else changes".
_SAID_ALL = re.compile(
    r"that(?:['’]s|[ \t]+is)[ \t]+(?:all|it)\b|"
    r"(?:we|it|this|the[ \t]+[a-z]+|everything)[ \t]+(?:are|is|remains?|stays?)[ \t]+"
    r"(?:still[ \t]+)?on[ \t]+(?:track|schedule|course|target|budget)\b|"
    r"(?:nothing|everything)[ \t]+else[ \t]+(?:stays|changes|remains|is)\b|"
    r"(?:until[ \t]+then|in[ \t]+the[ \t]+meantime|for[ \t]+now)\b",
    re.IGNORECASE,
)
# Thanks to the people who helped: "Thanks again to everyone who helped", "A big thank you to
# the volunteers who made the day possible"; not "Thanks to the new pump, the field drained".
_THANKS_TO = re.compile(
    r"(?:a[ \t]+)?(?:(?:many|special|big|huge)[ \t]+)?(?:thanks|thank[ \t]+you)[ \t]+"
    r"(?:again[ \t]+)?(?:go(?:es)?[ \t]+)?to[ \t]+[^,.!?\n]{1,40}?\b(?:who|for)\b",
    re.IGNORECASE,
)
# Where to read the rest: "The full report is on the shared drive", "The minutes are in the
# shared folder", "You can find the slides on the intranet".
_POINTER = re.compile(
    r"(?:the[ \t]+)?(?:(?:full|complete|detailed|updated)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?|minutes|"
    r"slides|recording|agenda|forms?)[ \t]+(?:is|are|will[ \t]+be)[ \t]+(?:now[ \t]+)?(?:on|in|at|"
    r"available|attached|linked|up)\b|you[ \t]+(?:can|will|['’]ll)[ \t]+find\b",
    re.IGNORECASE,
)
# A commitment by a named person or team, or by the writer with a time: "Farid will replace
# the lock", "We will publish the results in May"; not "We will see why in the next part"
# (the argument goes on), "The river will rise" (a prediction about things), nor "We will test
# the backups" (a plan with neither owner nor date).
_WILL = (
    r"[ \t]+will[ \t]+(?:also[ \t]+|then[ \t]+)?(?!(?:not|be|see|look|turn|come|return|discuss|"
    r"explain|argue|show|consider|examine|explore|get)\b)[a-z]+"
)
_NAMED = (
    r"(?-i:(?!(?:The|This|That|These|Those|It|They|He|She|There|Its|Our|Your|Their|If|When|"
    r"We|You|Everyone|Nobody|Someone|Nothing|Everything)\b)"
    r"[A-Z][a-z]*[a-rt-z])(?:[ \t]+and[ \t]+(?-i:[A-Z][a-z]+))?|the[ \t]+[a-z]+[ \t]+team"
)
_WHEN = (
    r"\b(?:(?:by|on|in|before|after|from|until|next|this|within|over[ \t]+the[ \t]+next|"
    r"at[ \t]+the[ \t]+end[ \t]+of)[ \t]+(?:the[ \t]+)?(?:\d{1,2}|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter|week|month|year|quarter|weekend|term|sprint|"
    r"meeting|end)|tomorrow|tonight|soon|at[ \t]+(?:noon|midnight|\d{1,2}[:.]\d\d))\b"
)
_WILL_DO = re.compile(_LEAD_IN + f"(?:{_NAMED}){_WILL}", re.IGNORECASE)
# A change and the day it starts: "The new rules take effect on 1 May", "From Monday, the new
# rota applies to everyone", "The café reopens on Monday 3 March", "Doors open at 08:00",
# "Applications close on 12 February"; in the present, so the story's "The ferry left on 3
# March" is no notice.
_IN_EFFECT = re.compile(
    r"(?=.*?\b(?:takes?[ \t]+effect|comes?[ \t]+into[ \t]+(?:force|effect)|goes?[ \t]+live|"
    r"(?:re)?opens?|starts?|begins?|appl(?:ies|y)|launch(?:es)?|closes?|resumes?|changes?|"
    r"moves?|returns?|"
    r"will[ \t]+(?:re)?open|will[ \t]+(?:start|begin|apply|launch|close|resume|move|return))\b)"
    rf"(?=.*?{_WHEN})",
    re.IGNORECASE,
)
# The record of the meeting or the document closed: "The meeting closed at 20:45", "The chair
# closed the meeting", "Approved by the board on 4 March", "This policy was last reviewed in
# May 2026"; not "The plan was approved in 2019" (a fact of the story, told of a thing).
_RECORDED = re.compile(
    r"(?:the[ \t]+)?meeting[ \t]+(?:closed|ended|finished)\b|"
    r".*?\bclosed[ \t]+the[ \t]+meeting\b|"
    r"(?:this[ \t]+(?:policy|document|guide|page|procedure|notice)[ \t]+(?:was|is)[ \t]+)?"
    r"(?:last[ \t]+)?(?:approved|adopted|agreed|ratified|issued|updated|reviewed|revised)"
    r"[ \t]+(?=.*?" + _WHEN + r")(?:by|on|in)\b",
    re.IGNORECASE,
)
# The next decision set in time: "The trial runs until December, when we will decide whether
# to keep it".
_DECIDED_THEN = re.compile(
    r".*?,[ \t]+when[ \t]+(?:we|i|the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+will[ \t]+(?:decide|"
    r"review|report|choose|vote|assess|evaluate|meet)\b",
    re.IGNORECASE,
)
# The writer's confidence in the outcome: "We are confident these changes will prevent a
# repeat"; and what the money or the plan would make possible: "This grant would let us reach
# 400 more families".
_OUTCOME = re.compile(
    r"(?:(?:we|i)[ \t]+(?:are|am|feel)[ \t]+(?:confident|sure|certain)[ \t]+(?:that[ \t]+)?"
    r"[^.!?\n]*?\bwill\b|"
    r"(?:this|the|our|your)[ \t]+(?:grant|funding|project|investment|award|plan|proposal|"
    r"donation|support)[ \t]+(?:would|will|could)[ \t]+(?:let|allow|enable|help)[ \t]+)",
    re.IGNORECASE,
)
_WE_WILL = re.compile(_LEAD_IN + rf"(?:we|i){_WILL}[^.!?\n]*?{_WHEN}", re.IGNORECASE)
# An action item given to someone: "Chen to send the survey by Friday", "Ravi: book the room".
_ASSIGNED = re.compile(
    r"(?-i:[A-Z][a-z]+)(?:[ \t]+(?:and|&)[ \t]+(?-i:[A-Z][a-z]+))?(?:[ \t]+to|[ \t]*:)[ \t]+"
    r"(?!(?:the|a|an|this|that|these|those|it|we|they|our|their|no|not|all|any)\b)[a-z]+"
    r"(?<!ing)(?![\w'’\-])",
    re.IGNORECASE,
)
# A signature under the text: "— Priya", "Priya Shah\nVolunteer coordinator", "The Parks Team".
_SIGNATURE = re.compile(
    r"(?:[—–-]+[ \t]*)?(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){0,3}"
    r"(?:\n[ \t]*[^\n.!?]{1,60})?[ \t]*",
    re.IGNORECASE,
)


_SHAPES = (
    _NO_TRICK, _NEXT_SET, _THANKS_NAMED, _HELP_OFFERED, _WELCOME, _ADVISED, _GO_TO, _WISH,
    _ASKED, _HAPPY_TO, _SAID_ALL, _THANKS_TO, _POINTER, _WILL_DO, _WE_WILL,
    _IN_EFFECT, _FAREWELL, _WRITE_BACK, _DECIDED_THEN, _OUTCOME, _RECORDED, _LESSON,
    _DRAWN,
)  # fmt: skip


def looking_ahead(name: str) -> bool:
    """A section named for what comes next ("## Next retro", "Coming up", "Key dates")."""
    return _LOOKING_AHEAD.match(name.strip().lstrip("#").strip()) is not None


def _sentences(paragraph: str) -> list[str]:
    return _SENTENCE_BREAK.split(paragraph.strip())


def closes(paragraph: str) -> bool:
    """The last paragraph is a signature, or one of its sentences sets the next date or the
    day a change starts, thanks, wishes well, apologises again, offers help or an answer,
    invites contributions, asks the reader to act, gives a verdict ("There is no trick to
    it"), sums up the state of things, points to the full report or commits someone to a
    step: the document has said what it had to say."""
    signature = paragraph.strip()
    if signature[-1:] not in ".!?" and _SIGNATURE.fullmatch(signature):
        return True  # the text ended above its signature
    return any(p.match(s) for s in _sentences(paragraph) for p in _SHAPES)


def assigned(item: str) -> bool:
    """An action item that names who does it ("Chen to send the survey", "Ravi will book the
    room", "Ravi: book the room"): a to-do list, the next steps of meeting notes."""
    item = item.strip()
    return _ASSIGNED.match(item) is not None or _WILL_DO.match(item) is not None
