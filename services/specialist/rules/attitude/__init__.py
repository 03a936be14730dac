"""Attitude, for the tone lens: condescension, passive aggression, sarcasm, blame aimed at a
person or a team, and dismissiveness, each a family of patterns.

A pattern describes the grammatical shape that carries the attitude rather than one fixed
wording: "as I (already) (said|explained) (in my message|before)", "<a person or team>
(forgot|didn't bother|failed) to", "<praise>, (another|yet another) ...", "a ten-year-old
could ...", "<someone> should have checked", "it is disappointing that <people> ...". A
family flags the words that carry the attitude, in every style (no register makes them
polite), with a message that says what the reader hears and what to write instead. Plain
bad news ("the build failed"), a writer's own accountability ("we should have tested it")
and a sincere thanks are not attitude.

Laid out as: ``shapes`` (how a pattern is written, who may be blamed), ``reproach``
(condescension, passive aggression), ``hostility`` (sarcasm, blame, dismissiveness),
``undertone`` (attitudes a neutral-sounding construction carries: "per my <any> emails",
"as the guide clearly explains", "so marketing can sort it out"), ``address`` (attitudes
aimed at the reader or another person: "you never reply", "just read the error message"),
``idioms`` (set phrases: "living the dream", "I hear you, but", "bless them"), ``clauses``,
``veiled`` and ``pointed`` (attitude in a clause's frame: "as I said in my two earlier
emails", "or I'll make sure the director hears about it", "this outage is on him"),
``patronising`` (praise that measures the reader: "that's real progress for you", "a brave
attempt for someone who has never written SQL"), ``exchanges`` (chasers, closings and mock
thanks of work messages: "another gentle nudge", "not a priority.", "thanks for the two hours'
notice"), ``stances`` (a guess at the reader's failings, a non-apology, an open threat,
blame laid on a named party as the cause, a brush-off, mockery: "you probably didn't read the
attachment", "mistakes were made", "or else", "entirely down to the client's legal
department", "if you must", "genius move"), ``subtext`` (what a sentence implies: a reader's
work redone for them, a message resent "in case", a promise in scare quotes, a concern ranked
away: "I've gone ahead and fixed the grammar for you", "our 'state of the art' system", "so few
users that we can ignore them"), ``cues`` (weighted cues a sentence piles up), ``spans``
(sentences and quotations), ``index`` (which patterns a chunk could match, from the literal
words they need) and ``engine`` (finding them all in a chunk).
"""

from __future__ import annotations

from services.specialist.rules.attitude.engine import FAMILIES, attitude
from services.specialist.rules.attitude.shapes import Family

__all__ = ["FAMILIES", "Family", "attitude"]
