"""How the attitude families are written: a ``Family`` (rule, message, patterns), the pattern
syntax (plain spaces, straight apostrophes) and the words for who may be blamed, which the
blame patterns share.

Patterns are written with plain spaces (any run of spaces or tabs) and straight apostrophes
(either apostrophe); they are case-insensitive unless they name a person by a capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.specialist.rules.gate import Gated, gated
from services.specialist.rules.phrases import WORD_END as _E
from services.specialist.rules.phrases import WORD_START as _B


@dataclass(frozen=True, slots=True)
class Family:
    """One attitude: its rule id, what the reader hears, and its patterns."""

    rule: str
    message: str
    patterns: tuple[Gated, ...]


def regex_of(shape: str) -> str:
    """A pattern as written here as a regex: outside a character class " " is a run of spaces
    or tabs (" *" an optional one); everywhere "'" is either apostrophe."""
    out, in_class, i = [], False, 0
    while i < len(shape):
        c = shape[i]
        if c == "\\":
            out.append(shape[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append("'’" if c == "'" else c)
        elif c == " ":
            star = shape[i + 1 : i + 2] == "*"
            out.append(r"[ \t]*" if star else r"[ \t]+")
            i += star
        else:
            in_class = c == "["
            out.append("['’]" if c == "'" else c)
        i += 1
    return "".join(out)


def shapes(*written: str, flags: int = re.I) -> tuple[Gated, ...]:
    """The patterns as written here, each fenced by word boundaries and compiled gated."""
    return tuple(gated(rf"{_B}(?:{regex_of(s)}){_E}", flags) for s in written)


# Who may be blamed: a team or a department ("the QA team", "the Night Shift staff"),
# "someone in the X team", a pronoun for others, a first name. Never "I" or "we": owning a
# mistake is the tone an editor asks for.
GROUP = (
    r"(?:(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[A-Z][a-z]+'s) (?:[A-Za-z]+ ){0,2}(?:team|department|"
    r"office|vendor|supplier|contractors?|agency|provider|developers|engineers|staff|shift|"
    r"courier|landlord|council|management)|HR|IT|QA|Legal|Finance|Ops|Marketing|Sales|"
    r"Management|Engineering|Support|Procurement|Facilities|Security|Logistics|Payroll|Purchasing)"
)
# A writer who calls an outside firm "our courier" answers for it to the reader: "Our courier
# changed the depot without telling us" gives the cause of the writer's own failure, where
# "the courier", "our developers" or "the backend team" single out the ones who did it.
NOT_OUR_SUPPLIER = (
    r"(?![Oo]ur (?:[A-Za-z]+ ){0,2}(?:courier|vendor|supplier|provider|contractors?|agency|"
    r"landlord)\b)"
)
SOMEONE = (
    r"(?:[Ss]omebody|[Ss]omeone|[Nn]obody|[Nn]o one)(?: (?:in|on|from|at) (?:the )?(?:[a-z]+ )"
    r"{0,2}(?:team|department|office|group|desk|shift|crew|rota))?"
)
OTHERS = rf"(?:[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|{GROUP}|{SOMEONE})"
# A first name: "Maria broke the build"; not a capitalised pronoun ("This broke the login").
PERSON = (
    rf"(?:{OTHERS}|(?!(?:This|That|These|Those|It|There|Which|What|Everything|Something|"
    r"Nothing|Each|One|Another)\b)[A-Z][a-z]+)"
)
# "Again" after a state that is good news: "the build is green again", "back up again".
AGAIN_AMISS = (
    r"(?<!green\x20)(?<!back\x20)(?<!up\x20)(?<!working\x20)(?<!online\x20)(?<!running\x20)"
    r"(?<!passing\x20)(?<!open\x20)(?<!stable\x20)(?<!normal\x20)(?<!healthy\x20)"
    r"(?<!available\x20)again"
)
AGAIN = r"(?: (?:once again|again|just|simply|apparently|conveniently|still|also))?"
# The words of AGAIN that lean on a lapse even in a plain account of when it happened.
LEANING = r" (?:once again|yet again|again|apparently|conveniently|still)"
NOT = r"(?:didn't|did not|never|couldn't be|could not be)"
# Verbs of a lapse that only a person commits (a server cannot "forget to" or "not bother").
LAPSE = (
    rf"forgot to|{NOT} bother(?:ed)? to|never bothered to|neglected to|"
    r"should (?:have (?:checked|tested|known|noticed|caught|asked|read|thought|realised|realized|"
    r"told|looked)|know (?:better|by now))"
)
FAULT_VERBS = (
    r"broke|messed up|screwed up|ruined|dropped the ball|botched|bungled|fumbled|mishandled|"
    rf"{NOT} bother(?:ed)? to|forgot to|neglected to|"
    r"let (?:the|our|a|an|their|this) [a-z]+ (?:fail|slip|lapse|die|break|run out|expire)|"
    # Work left lying: "dropped this ticket on the floor" (not "dropped the price").
    r"dropped (?:it|this|that|the|our|my|your|their) (?:[a-z]+ )?on the floor"
)
# A bad outcome put down to someone: "the delay sits squarely with the legal team", "the loss
# is down to Ahmed skipping the backup" (a first name only before a verb in -ing or "'s").
OUTCOME = (
    r"(?i:delay|outage|failure|loss|mistake|error|problem|mess|incident|breach|overspend|fault|"
    r"blame|slip|shortfall)"
)
ATTRIBUTED = (
    r"(?i:(?:is|was)(?: squarely| entirely| all)? down to|(?:is|was|lies|lay|sits|sat|rests|"
    r"rested) (?:squarely|entirely|firmly|solely|wholly) (?:with|at the door of)|at the door of)"
)
STAFF = (
    r"member of staff|staff member|employee|engineer|developer|colleague|intern|contractor|temp|"
    r"driver|clerk|trainee|new starter|new hire"
)
# A lapse in progress, for "if it weren't for <someone> skipping", "thanks to <someone> sitting
# on" (not "thanks to Maria staying late").
LAPSING = (
    r"skipping|ignoring|forgetting|missing|losing|breaking|deleting|dropping|botching|"
    r"neglecting|overlooking|refusing|failing|sitting on|sleeping on|messing up"
)
