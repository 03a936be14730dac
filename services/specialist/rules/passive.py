"""The clarity lens's passive voice: a passive that hides who acts, and the passives a careful
editor leaves alone (states, idioms, background clauses, the program as actor, a methods
section's register)."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.gate import gated
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set

IRREGULAR_PARTICIPLES = (
    "begun|broken|brought|built|bought|caught|chosen|done|drawn|driven|eaten|fallen|forgotten|"
    "forgiven|frozen|given|grown|hidden|held|hit|hurt|kept|laid|led|left|lent|lost|made|meant|met|"
    "paid|put|read|ridden|run|said|seen|sent|set|shaken|shown|shut|sold|sought|spent|spoken|"
    "stolen|struck|sung|taken|taught|thrown|told|thought|understood|woken|won|worn|written|"
    "withdrawn|overseen|undertaken|overtaken|forbidden|beaten|bitten|blown|bound|bred|dealt|dug|"
    "fed|fought|found|ground|hung|lit|shot|slain|spun|split|spread|stuck|stung|sworn|swept|torn|"
    "wound|cut|felt|heard|upheld|withheld|rebuilt|rewritten|overridden|mistaken|misunderstood"
)
_PASSIVE = gated(
    r"(?<![\w'’\-])((?:am|is|are|was|were|be|been|being|get|gets|got|gotten)"
    r"(?:[ \t]+not)?(?:[ \t]+(?:[a-z]+ly|often|always|never|now|still|also|already|sometimes|"
    r"seldom|then|just|only|soon))?[ \t]+"
    rf"([a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}))(?![\w'’\-])(?:[ \t]+(by)[ \t]+)?",
    re.IGNORECASE,
)


_STATES = word_set(
    """interested tired excited bored worried pleased satisfied surprised concerned involved
    based located supposed married aged advanced experienced qualified dedicated detailed
    related ashamed scared frightened confused amazed annoyed disappointed embarrassed
    exhausted thrilled determined engaged complicated sophisticated talented skilled crowded
    limited
    balanced mixed armed blessed committed devoted known tasked hundred sacred naked wicked
    wretched rugged crooked beloved ragged jagged kindred indeed exceed proceed succeed stuck
    lost needed required licensed affected advised heated called named entitled titled
    delighted honoured honored flattered relieved saddened shocked horrified overjoyed
    impressed heartbroken advertised"""
)
# "advertised" above: the post a cover letter answers was advertised by the reader; naming
# the advertiser tells the reader nothing.
# Participles that describe a state in the present ("the alert is enabled", "lunch is
# provided") but an action in the past ("the alert was disabled in August").
_PRESENT_STATES = word_set(
    """enabled disabled included provided finished done closed connected installed attached
    enclosed listed shown described allowed permitted signed logged switched covered"""
)
_PRESENT = frozenset({"am", "is", "are", "be", "being"})
# "You are now set up", "once you are signed in": the reader is ready, a state to report.
_READY = re.compile(
    r"(?:set[ \t]+up|(?:signed|logged|checked)[ \t]+(?:in|on|up|out))(?![\w'’\-])"
    r"(?![ \t]+(?:by|for|to)\b)",
    re.IGNORECASE,
)
# "is being arranged": an action going on, never a state. "must be signed": an obligation,
# whose doer it hides, not the state "is signed" describes.
_ONGOING = re.compile(r"(?<![\w'’\-])(?:am|is|are|was|were)[ \t]+$", re.IGNORECASE)
_OBLIGED = re.compile(
    r"(?<![\w'’\-])(?:must|should|ought[ \t]+to|(?:has|have|had|needs?)[ \t]+to)[ \t]+$",
    re.IGNORECASE,
)
# "could have been fixed", "might have been avoided": what was possible, not a deed to own.
_POSSIBLE = re.compile(
    r"(?<![\w'’\-])(?:could|might|may|would)(?:[ \t]+not)?[ \t]+have[ \t]+$", re.IGNORECASE
)
_ALREADY = re.compile(r"\balready\b", re.IGNORECASE)
# Participles that are idioms with the preposition after them: "released under the MIT
# License", "written in Rust", "made of steel", "known as", "set to", "built on".
_IDIOMS = re.compile(
    r"(?:released|published|distributed|available|written|known|set|built|designed|used|"
    # "are kept in separate files", "is held in the main hall": where a thing lives
    r"stored|printed|kept|held|housed|filed)[ \t]+(?:under|in|of|from|as|to|on|for|with)\b"
    # "the workers it was meant for", "is intended to run nightly": purpose, not an action
    r"|(?:meant|intended)[ \t]+(?:for|to|as)\b|read[ \t]+as\b"
    # "made of steel", "made in China"; but "mistakes were made in the handover"
    r"|made[ \t]+(?:(?:under|of|from|as|to|on|for|with)\b|in[ \t]+(?-i:[A-Z]))"
    # "was raised in Hollins", "brought up in Wales": where a person grew up ("the issue was
    # raised in the meeting" names no place and is left to the check)
    r"|(?:raised|brought[ \t]+up)[ \t]+(?:in|on)[ \t]+(?-i:[A-Z])",
    re.IGNORECASE,
)
# "I am drawn to", "we were drawn to": the writer's own pull towards something, not an act
# of someone hidden ("attention was drawn to the error" is one).
_DRAWN_TO = re.compile(r"(?<![\w'’\-])(?:I|[Ww]e)[ \t]+$")
# Finished works a notice reports: "the footbridge has been replaced", "new trees have been
# planted". The reader wants the result; who laid the gravel is not the news.
_WORKS = word_set(
    """replaced renovated repaired refurbished repainted resurfaced installed planted upgraded
    restored rebuilt redecorated relaid refitted extended reopened widened modernised
    modernized"""
)
_PERFECT = re.compile(r"(?<![\w'’\-])(?:has|have)[ \t]+$", re.IGNORECASE)
# The reader's own step in a rule addressed to them: "Claims must be submitted within 30
# days", "should be booked through the portal", "must now be reported to the office". Whoever
# approves or signs stays hidden ("Requests must be approved" is still a finding).
_READERS_STEP = word_set("submitted booked returned handed reported sent filed lodged")
_OBLIGED_ADVERB = re.compile(
    r"(?<![\w'’\-])(?:must|should|(?:has|have|need|needs)[ \t]+to)"
    r"(?:[ \t]+(?:now|also|still|always|all|first))?[ \t]+$",
    re.IGNORECASE,
)
# How long a thing is kept: "are cached for fifteen minutes", "is stored for 30 days". The
# period is the point; the program or office that keeps it goes without saying.
_KEPT = word_set("cached stored kept retained saved archived logged")
_FOR_A_PERIOD = re.compile(
    r"[ \t]+for[ \t]+(?:up[ \t]+to[ \t]+|at[ \t]+least[ \t]+)?(?:[\w\-]+[ \t]+){1,2}?"
    r"(?:second|minute|hour|day|week|month|year)s?(?![\w'’\-])",
    re.IGNORECASE,
)
# A date set or moved: "the hall has been booked for Saturday", "was planned for the Easter
# weekend", "has been moved to the following Monday", "a fix is planned for 4.2.1". The when
# is the news; who keeps the calendar is not.
_SCHEDULED = word_set("planned scheduled rescheduled booked moved postponed pencilled penciled")
_TO_A_TIME = re.compile(
    r"[ \t]+(?:for|to|until|till)[ \t]+(?:(?:the|this|next|early|late)[ \t]+)?"
    r"(?:\d|(?:following|next|same|end|start|week|weekend|morning|afternoon|evening|spring|"
    r"summer|autumn|winter|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?![\w'’\-])|(?-i:[A-Z])[a-z]+[ \t]+(?:weekend|week|holidays?|term)\b)",
    re.IGNORECASE,
)
# The program's doing, said later in the clause: "are now marked as Lax by default", "are
# skipped with a warning in the log".
_PROGRAM_LATER = re.compile(
    r"(?:[ \t]+with[ \t]+an?[ \t]+(?:warning|error|message|notice)(?![\w'’\-])"
    r"|(?:[^,;:.!?\n]){0,60}?(?<![\w'’\-])by[ \t]+default(?![\w'’\-]))",
    re.IGNORECASE,
)
# Nothing after the participle but the end of the clause: "The shop was closed.", "the whole
# plot is planted.": the state something is in (an action says when, where or by whom). A
# word of how long the state lasts may close it: "The lock on the shed is broken again."
_CLAUSE_END = re.compile(
    r"(?:[ \t]+(?:again|still|now|for[ \t]+now|for[ \t]+good|at[ \t]+the[ \t]+moment))?"
    r"[ \t]*(?:[.;:!?]|$)",
    re.IGNORECASE,
)
# A character of the same clause: not a stop or comma, nor a blank line (a hard-wrapped line
# goes on with the clause).
_IN_CLAUSE = r"(?:[^,;:.!?\n]|\n(?![ \t]*\n))"
_IN_SENTENCE = r"(?:[^;:.!?\n]|\n(?![ \t]*\n))"  # the same, across commas
# A passive in a clause that sets the scene ("after your bill was issued", "whether the screen
# is needed") is background; the editor's point is the main clause.
_SUBORDINATE_CLAUSE = re.compile(
    r"(?<![\w'’\-])(?:after|before|when|whenever|whether|if|until|once|because|since|while|how|why|"
    r"unless|although|though|so[ \t]+that|now[ \t]+that|in[ \t]+case|as[ \t]+soon[ \t]+as|"
    r"the[ \t]+(?:moment|day|minute|instant)|by[ \t]+the[ \t]+time)(?![\w'’\-])"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
# "No payments were taken", "nothing was lost": a passive that says an event did not happen
# has no actor to name.
_NONE_HAPPENED = re.compile(
    r"(?:^|[,;:.!?\n])[ \t]*(?:(?:and|but|so|or)[ \t]+)?(?:no|none|nothing|neither)(?![\w'’\-])"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
# Participles of verbs in -ee ("agreed", "guaranteed"): not the -eed words of _STATES' kind
# ("exceed", "speed", "breed").
_EE_VERBS = word_set("agreed disagreed guaranteed freed decreed refereed")
# The program is the actor, and the clause says so: "are migrated on first launch", "are now
# read correctly", "is saved automatically"; or whoever always does it ("are collected as
# usual").
_BY_THE_PROGRAM = re.compile(
    r"[ \t]+(?:(?:automatically|correctly|properly|silently|securely|locally|by[ \t]+default|"
    r"in[ \t]+the[ \t]+background|as[ \t]+(?:usual|normal|before))(?![\w'’\-])|"
    r"on[ \t]+(?:first[ \t]+)?(?:launch|start-?up|"
    r"login|sign-in|restart)\b|at[ \t]+start-?up\b)",
    re.IGNORECASE,
)
# "By default, readings are published ...": the clause opens by naming the program's doing.
_PROGRAM_OPENS = re.compile(
    r"(?:^|[.;:!?\n])[ \t]*(?:by[ \t]+default|automatically)(?![\w'’\-])"
    rf"{_IN_SENTENCE}*$",
    re.IGNORECASE,
)
# Who paid: "are paid for by a grant", "was funded by the Wellcome Trust" (the acknowledgement's
# usual order: the thing funded is the topic).
_FUNDED = re.compile(
    r"(?:funded|financed|sponsored|underwritten|paid[ \t]+for)[ \t]+by(?![\w'’\-])", re.IGNORECASE
)
# An invitation to the reader: "Questions can be sent to ...", "Feedback may be emailed to ...".
_INVITATION = re.compile(
    r"(?:questions|enquiries|inquiries|comments|feedback|complaints|requests|suggestions|"
    r"applications)[ \t]+(?:can|may|should)$",
    re.IGNORECASE,
)
# Research methods: the passive is the register ("Twelve schools were chosen", "The data was
# collected anonymously"), unless the paragraph names its actor ("We will recruit 120 nurses.
# Data will be collected ...": the switch hides the "we" it has just named).
METHODS_HEADING = re.compile(
    r"[#\s]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?:materials[ \t]+and[ \t]+methods|methods?|methodology|"
    r"study[ \t]+design|design|data(?:[ \t]+and[ \t]+methods|[ \t]+collection|[ \t]+analysis)?|"
    r"measurements?|procedures?|sampling|samples?|participants|sites|setting|analysis|"
    r"statistical[ \t]+analysis|outputs|dissemination)[ \t]*$",
    re.IGNORECASE,
)
# "by need", "by hand", "by age group": how or on what grounds, not who acts.
_BY_MEANS = re.compile(
    r"(?!(?:the|a|an|our|your|their|his|her|its|my|this|that|these|those|each|every|one|"
    r"some|any|two|three|several|many|staff|people|users|customers|members|"
    # "was deleted by mistake": how it went, and still nobody who did it
    r"mistake|accident|error|oversight|chance)\b)[a-z]"
)
# A timeline entry ("- 09:59 The change was reverted"): a blameless log of what happened.
_TIMELINE_ENTRY = re.compile(r"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?\d{1,2}[:.]\d{2}\b[^\n]*$")
_FIRST_PERSON = re.compile(r"(?<![\w'’\-])(?:[Ww]e|I)(?![\w'’\-])")
# A word that may be a noun: not a word of time or place, a preposition or a determiner.
_NOT_A_NOUN = (
    r"(?!(?:today|yesterday|tomorrow|tonight|again|twice|once|later|earlier|early|late|"
    r"first|last|too|instead|already|overnight|here|there|now|then|yet|before|since|recently|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|online|offline|abroad|away|back|"
    r"off|out|up|down|in|on|over|through|together|apart|aside|forward|anyway|as|well|alone|"
    r"forever|home|to|into|onto|at|by|for|from|with|without|within|under|during|after|until|"
    r"across|against|via|per|the|a|an|this|that|these|those|our|your|their|his|her|its|my|"
    r"all|both|each|every|some|any|no)(?![\w'’\-]))[a-z]+(?<!ly)"
)
# A participle that describes the noun of one or two words after it, and the clause ends
# there: "The surface is tempered glass.", "The rest are mostly archived press releases,"
# (an adjective and its noun, not an action). Not after verbs that take an object and its
# state ("were made redundant", "was left open").
_ATTRIBUTIVE = re.compile(rf"[ \t]+{_NOT_A_NOUN}(?:[ \t]+{_NOT_A_NOUN})?[ \t]*(?:[.;:!?,]|$)")
_OBJECT_AND_STATE = word_set("made left kept found considered painted declared rendered held set")
# A restrictive relative clause ("the hedge that was crushed", "clients who are treated
# well"): it says which thing is meant; the sentence's point, and its actor, is the main
# clause. A comma before "which" makes the clause a statement of its own, left to the check.
_RESTRICTIVE = re.compile(
    r"[a-z][\w'’\-]*[ \t]+(?:that|who|which)[ \t]+"
    # "a volunteer who has been trained", "the files that will be kept"
    r"(?:(?:has|have|had|will|would|can|could|must|should|may|might)[ \t]+)?$",
    re.IGNORECASE,
)
# A relative clause without "that" after a noun of place, time or manner: "the place it was
# found", "the day they were installed". Like the restrictive clause, it says which one.
_CONTACT_CLAUSE = re.compile(
    r"(?<![\w'’\-])(?:place|places|time|day|date|week|year|room|spot|moment|way)[ \t]+"
    r"(?:it|they|he|she|you|we|I)[ \t]+$",
    re.IGNORECASE,
)
# "without being told", "after being asked": a gerund phrase, not a clause to rewrite.
_GERUND = re.compile(r"(?:without|after|before|from|of|for|on|about|by|despite)[ \t]+$", re.I)


def _actor_beside_the_point(masked: str, m: re.Match[str], aux: str, participle: str) -> bool:
    """A passive whose actor is the writer's own feeling, the reader, or nobody the reader
    needs: finished works, a date set, how long a thing is kept, a contact clause."""
    at = m.start(1)
    if participle == "drawn" and masked.startswith(" to", m.end(2)):
        return bool(_DRAWN_TO.search(masked, max(0, at - 10), at))  # "I am drawn to the Trust"
    if aux == "been" and participle in _WORKS and _PERFECT.search(masked, max(0, at - 6), at):
        return True  # "the footbridge has been replaced": finished works, the news
    if (
        aux == "be"
        and participle in _READERS_STEP
        and _OBLIGED_ADVERB.search(masked, max(0, at - 20), at)
    ):
        return True  # "Claims must be submitted within 30 days": the reader does it
    if not m.group(3) and (
        (participle in _SCHEDULED and _TO_A_TIME.match(masked, m.end(1)))
        or (participle in _KEPT and _FOR_A_PERIOD.match(masked, m.end(1)))
    ):
        return True  # "has been booked for Saturday", "are cached for an hour": when, how long
    return bool(_CONTACT_CLAUSE.search(masked, max(0, at - 20), at))  # "the place it was found"


_NEVER = re.compile(r"\bnever\b", re.IGNORECASE)


def _not_a_passive_to_rewrite(masked: str, m: re.Match[str]) -> bool:
    """An adjective after 'be' ("is unchanged", "the shop was closed."), an idiom ("written
    in Rust"), or a passive in a clause the editor leaves alone (background, or an event that
    did not happen)."""
    participle = m.group(2).lower()
    aux = m.group(1).split()[0].lower()
    if _NEVER.search(m.group(1)):
        return True  # "was never exploited": an event that did not happen has no actor
    lead = masked[max(0, m.start(1) - 16) : m.start(1)]
    ongoing = aux == "being" and _ONGOING.search(lead) is not None
    if aux == "been" and _POSSIBLE.search(lead):
        return True  # "could have been fixed": a possibility, no one acted
    state = participle in _PRESENT_STATES and not (aux == "be" and _OBLIGED.search(lead))
    if aux in _PRESENT and not ongoing and (state or _ALREADY.search(m.group(1))):
        return True  # "the alert is enabled", "the budget is already approved": a state
    if aux in _PRESENT and _READY.match(masked, m.start(2)):
        return True  # "you are now set up", "you are signed in": ready, a state
    if (
        not ongoing
        and (aux in _PRESENT or participle in _PRESENT_STATES)
        and _CLAUSE_END.match(masked, m.end(1))
    ):
        return True  # "The shop was closed.", "it is planted.": states; "closed in May" acts
    if participle in _STATES or participle.startswith("un"):
        return True  # "is unchanged", "was unused": an un- participle is an adjective
    if participle.endswith("eed") and participle not in _EE_VERBS:
        return True  # "exceed", "speed": not participles
    if (
        not m.group(3)
        and participle not in _OBJECT_AND_STATE
        and _ATTRIBUTIVE.match(masked, m.end(1))
    ):
        return True  # "is tempered glass.": an adjective before its noun
    if not m.group(3) and _IDIOMS.match(masked, m.start(2)):
        return True  # "is released under the MIT License", "is written in TOML"
    before = max(0, m.start(1) - 80)
    if _SUBORDINATE_CLAUSE.search(masked, max(0, m.start(1) - 60), m.start(1)):
        return True  # "after your bill was issued", "whether it is needed": background
    if _actor_beside_the_point(masked, m, aux, participle):
        return True
    if _RESTRICTIVE.search(masked, max(0, m.start(1) - 36), m.start(1)):
        return True  # "the hedge that was crushed": which hedge, not what happened
    if _NONE_HAPPENED.search(masked, before, m.start(1)):
        return True  # "no customer data was exposed": nothing happened, no one to name
    return m.group(1).lower().startswith("being") and bool(
        _GERUND.search(masked, max(0, m.start(1) - 12), m.start(1))
    )


def _methods_register(scan: ChunkScan, ctx: LensContext, at: int) -> bool:
    """True when ``at`` sits in a methods section and its paragraph names no actor."""
    heading = ctx.heading
    block = None
    for b in scan.blocks:
        if b.start > at:
            break
        if b.kind == "heading":
            heading = scan.text[b.start : b.end]
        block = b
    if heading is None or not METHODS_HEADING.fullmatch(heading.strip()):
        return False
    return block is None or not _FIRST_PERSON.search(scan.masked, block.start, block.end)


_SPACES = re.compile(r"\s+")
_AGENT = re.compile(r"(?:the[ \t]+)?[\w'’\-]+")


def passive(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Passives that hide who acts, in one chunk (local offsets)."""
    masked = scan.masked
    out = []
    for m in _PASSIVE.finditer(masked):  # tried where one of its first words starts
        if _not_a_passive_to_rewrite(masked, m):
            continue
        if not m.group(3) and (
            _BY_THE_PROGRAM.match(masked, m.end(1)) or _PROGRAM_LATER.match(masked, m.end(1))
        ):
            continue  # "are migrated on first launch": the program acts, and says so
        if _PROGRAM_OPENS.search(masked, max(0, m.start(1) - 80), m.start(1)):
            continue  # "By default, readings are published"
        if _INVITATION.search(masked, max(0, m.start(1) - 40), m.start(1) - 1):
            continue  # "Questions can be sent to": an invitation to the reader
        if _FUNDED.match(masked, m.start(2)):
            continue  # "are paid for by a grant": who paid is named
        if m.group(3) and _BY_MEANS.match(masked, m.end()):
            continue  # "are allocated by need": the grounds, not a hidden actor
        if _TIMELINE_ENTRY.search(masked, max(0, m.start(1) - 120), m.start(1)):
            continue  # "09:59 The change was reverted": a timeline says what happened
        if _methods_register(scan, ctx, m.start(1)):
            continue
        phrase = _SPACES.sub(" ", m.group(1))
        if m.group(3):
            agent = _AGENT.match(masked[m.end() :])
            who = agent.group(0) if agent else "the agent"
            msg = f"Passive voice ('{phrase} by'): start with who acts ('{who} ...')"
        else:
            msg = f"Passive voice ('{phrase}'): say who acts, in the active voice"
        out.append(Finding(m.start(1), m.end(1), "clarity/passive-voice", msg, "info"))
    return out
