"""What makes a clause, without a tagger: finite verb forms told apart by a verb lexicon and
their endings, and the number a verb needs from its subject. Shared by the sentence-shape
and agreement rules."""

from __future__ import annotations

import re

from services.specialist.rules.words import word_set
from services.specialist.rules.words.grammar import IRREGULAR_PAST, SAME_PAST, VERBS

# Finite auxiliaries and their negations: a clause has one of these or a finite main verb.
AUXILIARIES = word_set(
    """am is are was were has have had will would can could shall should may might must do does
    did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't
    shouldn't mustn't don't doesn't didn't"""
)
SUBJECT_PRONOUNS = word_set("""i we they he she it you""")
SINGULAR_PRONOUNS = word_set("""he she it""")
# Words that open a subordinate clause: a comma after one ends that clause, not a sentence.
SUBORDINATORS = word_set(
    """if when whenever because although though while since as once until unless before after
    whereas whether where wherever which who whom whose what so even"""
)
# "..., I think, ...": a parenthetical, not a second sentence.
REPORTING = word_set(
    """think thought suppose guess believe hope mean know say said says agree admit assume
    reckon expect fear feel imagine understand see promise bet wonder"""
)
_REGULAR_PAST = re.compile(r"[a-z]{2,}(?:ed|ied)$")


def base_of_third(word: str) -> str | None:
    """The base form of a he/she/it verb form ("fixes" -> "fix"), when it is a known verb."""
    w = word.lower()
    if w == "has":
        return "have"
    if not w.endswith("s"):
        return None
    for stem in (w[:-3] + "y" if w.endswith("ies") else "", w[:-2], w[:-1]):
        if stem and stem in VERBS:
            return stem
    return None


def is_past(word: str) -> bool:
    """A simple past: irregular ("went") or regular ("used", "carried")."""
    w = word.lower()
    if w in IRREGULAR_PAST:
        return True
    # The pattern ends in "ed" at the end or, as '$' reads it, before a final newline.
    return w.endswith(("ed", "ed\n")) and bool(_REGULAR_PAST.match(w)) and not w.endswith("eed")


def finite_for(word: str, plural: bool | None) -> bool:
    """True if ``word`` is a finite verb for a subject of that number (None: a pronoun like
    'I'/'you' or an unknown number, which any form but the -s one may follow)."""
    w = word.lower().replace("’", "'")
    if w in AUXILIARIES or is_past(w):
        return True
    if plural is not True and base_of_third(w) is not None:
        return True
    return plural is not False and w in VERBS


def ambiguous_past(word: str) -> bool:
    """A verb whose past is its base form ("cost", "put"): no agreement can be read from it."""
    return word.lower() in SAME_PAST
