"""Attitudes aimed straight at the reader or at another person: a habit of lapses ("you never
reply", "he keeps ignoring"), a duty missed ("you were supposed to send it last week"), the last
time of asking, a plain instruction to look at what was in front of them ("just read the error
message."), praise that opens bad news ("great job, the site is down again").

A habit is only a reproach with a lapse verb and outside a condition: "you always get a
receipt", "they never miss a deadline" and "if you never read the terms" are information,
praise and a condition.
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import AGAIN_AMISS, Family, shapes

# "You people never ..." is the negative rule's blaming wording already.
_ADDRESSED = r"(?:you|you guys|you lot|they|he|she)"
# Lapses a habit of which is a reproach: "never reply", "always leave", "keep ignoring".
_NEVER = (
    r"(?:reply|replies|answer|answers|listen|listens|read|reads|check|checks|test|tests|turn up|"
    r"turns up|show up|shows up|call back|calls back|follow|follows)"
)
_HABIT = (
    r"(?:leave|leaves|leaving|forget|forgets|forgetting|miss|misses|missing|ignore|ignores|"
    r"ignoring|break|breaks|breaking|interrupt|interrupts|interrupting|make the same|makes the "
    r"same|making the same|blame|blames|blaming|turn up late|turns up late|show up late|shows up "
    r"late|arrive late|arrives late|"
    # Habits that cost others: "wait until the last day", "talks over everyone".
    r"wait(?:s|ing)? (?:until|till|for) the last|talk(?:s|ing)? over|cut(?:s|ting)? (?:in|"
    r"corners)|change(?:s)? (?:your|his|her|their) minds?|changing (?:your|his|her|their) minds?|"
    r"go(?:es)? (?:quiet|silent|dark)|overrule(?:s)?|undermine(?:s)?|contradict(?:s)?|"
    r"make(?:s)? excuses|over-?promise(?:s)?|push(?:es)? back on everything)"
)
# A habit said with force: "you consistently ignore", "he constantly talks over".
_ALWAYS = (
    r"(?:always|constantly|continually|repeatedly|consistently|invariably|perpetually|forever|"
    r"persistently|keep|keeps|kept)"
)
# Lapses in the past, said as a rule with "never once", "never even" or "never, ever": "you never
# once updated the ticket" (not "they never once complained", praise).
_NEVER_ONCE = (
    r"(?:replied|answered|responded|updated|checked|tested|read|acknowledged|followed up|called "
    r"back|listened|thanked|told|warned|informed|asked (?:us|me|anyone|the team)|mentioned)"
)
_PAST = (
    r"(?:yesterday|last (?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|by now|already|(?:two|three|four|five|several|a few) (?:days|weeks|months) "
    r"ago)"
)
# Duties whose lapse is the reader's: "you were supposed to send it" (not "to arrive").
_DUTIES = (
    r"(?:send|sent|book|booked|finish|finished|submit|submitted|deliver|delivered|call|called|"
    r"reply|replied|fix|fixed|update|updated|tell|told|sort|sorted|check|checked|pay|paid|sign|"
    r"signed|return|returned|order|ordered|email|emailed|confirm|confirmed|write|written|"
    r"prepare|prepared|file|filed)"
)
# What was in front of the reader all along.
_IN_VIEW = (
    r"(?:error message|message|manual|docs|documentation|instructions|screen|email|label|page|"
    r"sign|notice|output|log|form)"
)

BLAME_ADDRESSED = Family(
    BLAME.rule,
    BLAME.message,
    shapes(
        rf"(?<!if\x20){_ADDRESSED} never(?:,? ever| once| even)?,? {_NEVER}",
        rf"(?<!if\x20){_ADDRESSED} never(?:,? ever| once| even),? {_NEVER_ONCE}",
        rf"{_ADDRESSED} {_ALWAYS} {_HABIT}",
        rf"(?:you|you people|you guys|you lot) were supposed to (?:have )?{_DUTIES}"
        rf"(?: [a-z']+){{0,5}} {_PAST}",
        r"(?:did|has|have) (?:nobody|no one|anyone) (?:think|thought|bother|bothered|care|cared|"
        r"remember|remembered) to",
        # A failure owned by someone: "your department's failure to update the records", "the
        # design team's inability to hit a date".
        r"(?:your|their|his|her|(?-i:[A-Z][a-z]+)'s|(?!(?:our|my) )[a-z]+ (?:team|department|"
        r"office|desk)'s) "
        r"(?:repeated |continued |ongoing |complete |total |utter |persistent |chronic )?"
        r"(?:failure|inability|refusal|unwillingness) to",
        # Any team or person, a lapse again: "once again, the warehouse shipped the wrong item".
        r"(?:once again|yet again|again),? (?:the|our|your|their) [a-z]+(?: [a-z]+)? "
        r"(?:has |have )?(?:[a-z]+ed|sent|lost|forgot|broke|sold|built|wrote|put|got) "
        r"(?:the |a |an )?wrong",
    ),
)
CONDESCENDING_ADDRESSED = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        rf"(?:just|simply) (?:read|look at|check|open|follow) (?:the|your) {_IN_VIEW}(?= *[.!,;])",
        r"you had one job",
    ),
)
PASSIVE_ADDRESSED = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        r"(?:this is the|for the) last time (?:i|we)(?:'m| am|'re| are)? (?:going to |will |'ll )?"
        r"(?:say|tell|ask|explain|remind|repeat|mention)",
        r"some of us (?:have|do|are doing|actually have|have got) (?:actual|real|proper) "
        r"(?:work|jobs?)",
        r"seriously(?= *\?)",
        # A coincidence pointed at: "interesting that it only became urgent after I went on leave".
        r"(?:interesting|funny|curious|strange|odd|telling),? (?:that|how) [^.!?\n]{1,60}? only "
        r"[^.!?\n]{0,40}?(?:after|when|once) (?:i|we|you|they|he|she)",
    ),
)
SARCASTIC_ADDRESSED = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        # Praise of the work, then the harm it did: "great job, the site is down again" (not
        # "great news: the build is green again").
        r"(?:great|brilliant|fantastic|wonderful|lovely|nice|excellent|superb|stellar|terrific) "
        r"(?:job|work|news|idea|timing|planning|start|effort|call|move|decision)[,!:](?= [^.!?]*"
        rf"(?<![\w'’-])(?:{AGAIN_AMISS}|another|yet|still|late|missed|broke|broken|jammed|down|failed|"
        r"crashed|lost|wrong|gone|deleted|died|dead)(?![\w'’-]))",
    ),
)
DISMISSIVE_ADDRESSED = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(r"(?:that's|that is|this is) not how (?:any of )?(?:this|it|things) works?"),
)

FAMILIES_ADDRESSED = (
    BLAME_ADDRESSED,
    CONDESCENDING_ADDRESSED,
    PASSIVE_ADDRESSED,
    SARCASTIC_ADDRESSED,
    DISMISSIVE_ADDRESSED,
)
