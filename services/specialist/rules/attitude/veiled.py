"""Pressure put on the reader sideways (issue 14, ninth and eleventh rounds): a threat wrapped
as a plan ("if the files do not arrive, I will escalate the matter to their director", "will
be the ones explaining the delay to the board, not me", "may wish to reflect on whether this
remains the right place for them") or an ultimatum ("send it by five or I'll make sure the
director hears about it", "there will be consequences for whoever", "do that one more time
and you can find another team", "see how long you last", "should not expect leniency"), an
apology for the reader's feelings instead of for what happened ("we are sorry that you feel
we charged you twice", "sorry if your stay did not meet your personal expectations"), a
reminder that counts or dates its own repetitions ("this is now the third time I have raised
this", "I asked on May 2, May 14 and May 23") and guilt laid on the reader ("I have already
given up two of my own evenings").

What carries each attitude is who is addressed and what is presupposed, not the topic: an
escalation aimed at someone else's superior is a threat, while escalating to "my manager" or
to "the on-call engineer" is a procedure; an apology conditioned on the reader ("if you feel",
"if your ... did not meet your expectations") doubts the harm, while "we are sorry that the
delivery arrived late" owns it; a request counted out is a reproach, a meeting held three
times is news; evenings given up "of my own" are held over the reader, a team that "worked
through the weekend because of the outage" is a timeline entry.
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import DISMISSIVENESS
from services.specialist.rules.attitude.reproach import PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import Family, shapes

# Someone else's superior: the person a threat says it will go to. Not "my manager" (asking
# one's own manager for help) nor a team ("the billing team"): those are procedures.
_SUPERIOR = (
    r"(?:their|your|his|her) (?:[a-z]+ )?(?:director|manager|line manager|boss|supervisor|"
    r"head|superiors?|chief executive|ceo|cfo|vp|vice president|board|management|principal|"
    r"dean|chair)s?"
)
# Someone's superior named with any determiner ("the director", "your line manager"), for an
# ultimatum that ends in "or I'll make sure ..." (not "my manager": asking one's own for help).
_ABOVE = (
    r"(?:the|your|their|his|her) (?:[a-z]+ )?(?:director|manager|line manager|boss|supervisor|"
    r"head|superiors?|ceo|cfo|board|management|hr|legal team|lawyers?|solicitors?)s?"
)
# What a day is called in a dated list: "May 2", "14 May", "2 May".
_DAY = r"(?:[0-9]{1,2} (?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+) [0-9]{1,2})"
# Asking and reminding: the verbs a counted reminder counts (not "run", "met", "held").
_ASKED = (
    r"(?:asked|requested|reminded|chased|raised|flagged|mentioned|explained|pointed out|"
    r"brought up|followed up|had to (?:ask|remind|chase|explain|raise))"
)
# Time of one's own that a writer may say they gave up.
_OWN_TIME = (
    r"(?:evenings?|weekends?|nights?|holidays?|annual leave|leave|days? off|lunch breaks?|"
    r"free time|time|saturdays?|sundays?|mornings?)"
)

VEILED_THREATS = Family(
    PASSIVE_AGGRESSION.rule,
    "Veiled threat: '{text}' warns the reader of consequences; state the deadline and the next "
    "step plainly",
    shapes(
        # "If the files do not arrive by Friday, I will escalate the matter to their director",
        # "otherwise we will have to raise this with your manager": a condition, then someone
        # else's superior (not "I will escalate it to my manager", nor "to the on-call team",
        # nor "I will raise this with their account manager to get your refund", help).
        r"(?:(?:if|unless)[^.!?\n]{1,100}?,|otherwise,?) (?:i|we)(?:'ll| will| shall| would| "
        r"may| might)(?: (?:have|need) to| be forced to| "
        r"have no choice but to)? (?:escalate|report|raise|take) (?:this|it|the (?:matter|issue|"
        r"delay|problem|lapse)|them|him|her|you)(?: (?:further|formally|higher|up|in writing))? "
        rf"(?:to|with) {_SUPERIOR}",
        # "... and record the delay against their department" (not "the hours against your
        # project code").
        r"(?:record|log|note|count|hold|put|mark) (?:[a-z]+ ){1,3}against (?:their|your|his|"
        r"her) (?:(?:department|team)'s )?(?:department|team|name|record|file|performance "
        r"review|appraisal|rating)",
        # "Department heads who miss it will be the ones explaining the delay, not me".
        r"(?:will|'ll) be the ones? (?:explaining|answering|accounting|justifying|apologi[sz]ing)"
        r"[^.!?\n]{0,80}?, not (?:me|us|my team|our team|mine)",
        # "Staff who want X may wish to reflect on whether this remains the right place for
        # them" (not "whether this is the right role for you", a job post's invitation).
        r"(?:may|might|should|will|would) (?:wish|want|need|like|care) to (?:reflect|think|"
        r"consider|ask (?:themselves|yourself|yourselves))(?: (?:carefully|hard|seriously))?"
        r"(?: on| about)? whether (?:this|we|the [a-z]+|[a-z]+) (?:still )?(?:remains?|"
        r"continues? to be|is still|are still) the right (?:place|company|team|employer|"
        r"organi[sz]ation|home|fit|job|role)",
        r"(?:ask|asking|consider|considering|reflect on|reflecting on)(?: themselves| yourself| "
        r"yourselves)? whether (?:they|you|he|she) "
        r"(?:still )?(?:belong|want to (?:work|stay) here|have a future here)",
        # An ultimatum: "send it by five or I'll make sure the director hears about it" (not
        # "or I'll ask my manager for an extension").
        r"or (?:else,? )?(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are "
        r"going to) (?:(?:have|need) to |be forced to )?(?:escalate|report|raise|take|make sure|"
        rf"ensure|see to it|go (?:straight )?to|complain to)(?: [a-z'-]+){{0,4}}? {_ABOVE}",
        # "There will be consequences for whoever is responsible" (not "consequences for the
        # budget").
        r"there(?: will|'ll| would| may| might| could) be (?:serious |real |severe |formal |"
        r"disciplinary |significant )?consequences(?= *[.!]| for (?:you|whoever|those|anyone|the "
        r"(?:person|people|team)|him|her|them|everyone|staff|people))",
        r"(?:you|they|he|she|whoever)(?:'ll| will| would) (?:face|suffer|bear) (?:the )?"
        r"consequences",
        # "Do that one more time and you can find another team".
        r"(?:one more time|once more|ever again|(?:do|try|pull) (?:that|this|it) again),? and "
        r"you(?:'ll| will| can| could|'re| are)? (?:be )?(?:find|finding|look(?:ing)? for|start "
        r"looking|out|gone|off the|clear(?:ing)? your desk|pack(?:ing)? your|answer(?:ing)? to|"
        r"regret|sorry|lose|losing)",
        # "... and see how long you last here".
        r"see how long (?:you|he|she|they)(?:'ll| will)? (?:last|survive|stay|keep (?:your|his|"
        r"her|their) jobs?|are here|get to stay)",
        # "I will explain the reason to your directors in person" (not "explain the new rota to
        # your manager", help).
        r"(?:i|we)(?:'ll| will| shall) (?:explain|justify|account for) (?:the (?:reasons?|delays?|"
        r"lapse|failure|problem|overspend|mess)|this|it|that|why)(?: [a-z]+){0,4} to "
        rf"{_SUPERIOR} (?:in person|myself|personally|directly|face to face)",
        # "... I will assume your company has lost interest and act accordingly".
        r"(?:i|we)(?:'ll| will) (?:assume|take it) (?:that )?(?:you|your [a-z]+)(?: [a-z]+)? "
        r"(?:has|have|are|is)(?: [a-z]+)? (?:lost interest|no longer interested|not interested)",
        r"(?:and|then) act accordingly",
        r"should(?:n't| not) expect (?:the [a-z]+ |us |management |anyone |any )?(?:to be )?"
        r"(?:understanding|lenient|sympathetic|forgiving|leniency|sympathy|mercy|a second chance)",
        # "Looping in your manager so we can get an answer": a superior copied in as pressure.
        r"(?:looping|copying|cc'?ing|adding|including|bringing|roping) in (?:your|their|his|her) "
        r"(?:[a-z]+ )?(?:manager|boss|director|supervisor|lead|head)(?!,? as (?:you|requested|"
        r"agreed|discussed|asked))",
        # "I am weighing two other offers, so I would expect a reply by Friday".
        r"(?:other|competing|rival|two|three|several|multiple) (?:other )?offers?[^.!?\n]{0,60}?,? "
        r"so (?:i|we) (?:would |will |shall )?(?:expect|require|need|must have|must receive|"
        r"insist on) (?:a|an|your) (?:reply|response|answer|decision|offer)",
    ),
)
FEELINGS_APOLOGIES = Family(
    DISMISSIVENESS.rule,
    "Non-apology: '{text}' apologises for the reader's feelings, not for what happened; say "
    "what went wrong and what you will do",
    shapes(
        # "We are sorry that you feel we charged you twice" (a clause after "feel"; not
        # "sorry that you felt unwell").
        r"(?:sorry|apologi[sz]e|regret) (?:if|that) (?:you|anyone|anybody|some of you|any of "
        r"you|customers|members|users|guests) (?:may |might )?(?:feel|felt|feels|think|thought|"
        r"believe|believed|perceive|perceived)(?= (?:we|our|the|this|it|there|your|they|"
        r"you)\b)",
        r"sorry (?:that )?you (?:feel|felt) (?:that|this) way",
        # "Sorry if your stay did not meet your personal expectations": the harm made the
        # reader's standard, under an "if" (not "sorry that your stay did not meet the
        # standard we promise").
        r"(?:sorry|apologi[sz]e|regret)(?: [a-z]+)? if (?:your|the) (?:[a-z]+ ){1,3}(?:(?:did "
        r"not|didn't|does not|doesn't|failed to|may not have|might not have) (?:fully )?"
        r"(?:meet|live up to|match|fulfil|fulfill|satisfy)|fell short of|falls short of) (?:your|"
        r"their) (?:own |personal |individual |high |particular )?(?:expectations|standards|"
        r"preferences|tastes?)",
        # "We apologise if you were upset": the reaction doubted (not "if you were charged").
        r"(?:sorry|apologi[sz]e) if (?:you|anyone|anybody|some of you|any of you) (?:were|was|are|"
        r"have been|felt|feel) (?:offended|upset|hurt|annoyed|put out|disappointed|unhappy)",
    ),
)
COUNTED_REMINDERS = Family(
    PASSIVE_AGGRESSION.rule,
    "Counted reminder: '{text}' keeps score of how often you asked; restate the request and the "
    "date once",
    shapes(
        # "This is now the third time I have raised this deadline" (not "the third time we
        # have run the survey").
        r"(?:this is|that is|it is|this will be|this makes|it's|that's)(?: now)? the (?:second|"
        r"third|fourth|fifth|sixth|umpteenth|nth|[0-9]+(?:st|nd|rd|th)) time (?:that )?(?:i|we)"
        rf"(?:'ve| have| had|'d)? {_ASKED}",
        # "I have now asked for the figures three times".
        rf"(?:i|we)(?:'ve| have)(?: now| already)? {_ASKED}(?: [a-z]+){{0,5}} (?:three|four|five|"
        r"six|several|multiple|numerous|countless|many) times",
        # "I asked for the photos on May 2, May 14 and May 23, so ..." (not "we met on ...",
        # nor "... on 3, 10 and 17 May, and all three suppliers replied").
        rf"(?:i|we)(?:'ve| have| had)? {_ASKED}(?: [a-z]+){{0,5}} on {_DAY}, {_DAY},? and {_DAY}"
        r"(?= *(?:[.!;]|, (?:so|but|and (?:still|i|we|have|yet))\b))",
        # "..., so I will just keep asking." / "so I will assume everyone has seen it."
        r"(?:i|we)(?:'ll| will) just (?:have to )?keep (?:on )?(?:asking|chasing|reminding|nudging|"
        r"pestering|following up)(?= *[.!])",
        r"so (?:i|we)(?:'ll| will) (?:now |just )?assume (?:that )?(?:everyone|everybody|you all|"
        r"all of you|you|staff|people) (?:has|have) (?:now )?(?:seen|read|received|understood|got)",
        # "Is there someone else at the bakery I should be sending these requests to?"
        r"is there (?:someone|somebody|anyone|anybody) else (?:at|in|on|from) [^?\n]{1,40}? (?:i|"
        r"we) should (?:be )?(?:sending|directing|addressing|chasing|send|direct|address|chase) "
        r"(?:these|my|our|all (?:these|my|our)) (?:requests|emails|messages|reminders|questions)",
    ),
)
GUILT = Family(
    PASSIVE_AGGRESSION.rule,
    "Guilt trip: '{text}' holds your own sacrifice over the reader; say what you need from them",
    shapes(
        # "I have already given up two of my own evenings" (not "I spent an evening on it").
        rf"(?:i|we)(?:'ve| have)(?: already| now)? (?:given up|sacrificed|lost|spent|worked|put "
        rf"in|cancelled|used up) (?:[a-z]+ )?(?:of )?(?:my|our) own {_OWN_TIME}",
        rf"(?:i|we)(?:'ve| have)(?: already| now)? (?:given up|sacrificed) (?:[a-z]+ )?(?:of )?"
        rf"(?:my|our) {_OWN_TIME}",
        # "My team worked through two weekends because of late submissions" (not "because of
        # the outage": an account, not a charge).
        r"(?:worked|working|work) (?:through|over|across) (?:two|three|four|several|many|multiple|"
        r"most|both|our|their|its|my|the last) (?:[a-z]+ )?(?:weekends|evenings|nights|holidays|"
        r"bank holidays)[^.!?\n]{0,40}? because of (?:late|missed|your|their|other people's|"
        r"others'|someone's|repeated|last-minute)",
    ),
)

FAMILIES_VEILED = (VEILED_THREATS, FEELINGS_APOLOGIES, COUNTED_REMINDERS, GUILT)
