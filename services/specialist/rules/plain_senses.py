"""Listed clarity words in a plain sense a careful editor leaves alone: "Ravi facilitated"
(ran the meeting: the facilitator's own verb, no object to hide), "very busy" and "very
welcome" (the set phrases of everyday courtesy, like "very sorry"), "a number of servings"
after "give it" or "enter" (the number the reader supplies, not a vague amount), and "fairly"
that modifies no word after it ("rota the hours fairly": justly, not "somewhat").

Each is tied to the construction, so the buzzword and the vague amount still count:
"facilitate the adoption of", "very significant", "a number of customers have complained".
"""

from __future__ import annotations

import re

from services.specialist.rules.phrases import Hit

# "facilitated" with no object ("Ravi facilitated and Chen took notes", "who facilitated?")
# or with a meeting as its object ("facilitated the retro"): the verb of running a session.
_NO_OBJECT = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$|(?:and|but|while|again|today|yesterday)\b)")
_A_SESSION = re.compile(
    r"[ \t]+(?:the|this|our|a|an|each|every|last|next|today['’]s|[A-Z][a-z]+['’]s)[ \t]+"
    r"(?:[\w'’\-]+[ \t]+){0,2}(?:meeting|retro|retrospective|session|workshop|discussion|call|"
    r"review|planning|stand-?up|training|debrief|hearing|mediation|kick-?off|offsite|"
    r"focus[ \t]+group|seminar|class|panel)s?\b",
    re.IGNORECASE,
)
# "very" before the words of courtesy and how people are: "very busy", "very welcome", "very
# pleased to", "thank you very much". Cutting "very" there changes the register, not the
# precision; "very significant" or "very short" still asks for a figure.
_COURTESY = frozenset(
    {"busy", "welcome", "pleased", "glad", "happy", "proud", "kind", "well", "honoured",
     "honored", "lucky", "excited", "welcoming", "helpful", "patient"}
)  # fmt: skip
# The reader supplies the number: "Give it a recipe file and a number of servings", "enter a
# number of copies". A verb of input, then at most a few words, in the same clause.
_INPUT = re.compile(
    r"\b(?:enter|type|input|pass|specify|supply|give[ \t]+(?:it|the[ \t]+\w+))"
    r"\b[^.;:!?\n]{0,40}$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
# "Thank you very much", "Thanks very much": the thanks, not an intensifier to cut.
_THANKED = re.compile(r"\b(?:thank[ \t]+you|thanks)[ \t]+$", re.IGNORECASE)


def facilitator(masked: str, h: Hit) -> bool:
    """ "Ravi facilitated", "facilitated the retro": running a session, not jargon for "help"."""
    if not h.text.lower().startswith("facilitat"):
        return False
    return bool(_NO_OBJECT.match(masked, h.end) or _A_SESSION.match(masked, h.end))


def courtesy(masked: str, h: Hit) -> bool:
    """ "very busy", "very welcome", "very much": a set phrase of courtesy or feeling."""
    words = h.text.lower().split()
    if words == ["very", "much"]:
        return _THANKED.search(masked, max(0, h.start - 20), h.start) is not None
    if words != ["very"]:
        return False
    m = _WORD_AFTER.match(masked, h.start + len("very"))
    return m is not None and m.group(1).lower() in _COURTESY


# After "fairly" as "justly": the clause ends or goes on with a conjunction or a preposition.
_NOTHING_MODIFIED = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|(?:and|or|but|to|with|across|between|among|for|by|as|so|when|if)"
    r"(?![\w'’\-]))"
)


def justly(masked: str, h: Hit) -> bool:
    """ "treat everyone fairly", "rota the hours fairly and": the manner, not a hedge."""
    return h.text.lower() == "fairly" and _NOTHING_MODIFIED.match(masked, h.end) is not None


def supplied_number(masked: str, h: Hit) -> bool:
    """ "a number of servings" given to a program or entered by the reader: a count asked
    for, not a vague amount."""
    if h.text.lower() != "a number of":
        return False
    return _INPUT.search(masked, max(0, h.start - 60), h.start) is not None
