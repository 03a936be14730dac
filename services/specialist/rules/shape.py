"""What kind of document a chunk shows, read from its own text (the lens is not told the
genre): a letter, a reference document, or a section a careful editor accepts as an ending.

A letter opens with a salutation and ends with a sign-off: it needs neither a title nor a
conclusion. Release notes, change logs and policies are read by section, not end to end: no
conclusion either. A section on what happens next (applying, upgrading, what we will change,
how success is measured, lessons, risks) ends a document as well as a summary does, and so
does a last block that says what comes next: a step, a to-do list, a recommendation, thanks,
"Next meeting: ...", or that gathers the text up ("None of this ...") or closes on a maxim. A
part of a longer document ("## 3. Methods") needs neither title nor conclusion of its own. A
title followed by a section that introduces (a summary, an aim, an overview, a greeting, the
attendees) needs no sentence between them.
"""

from __future__ import annotations

import re

from services.specialist.rules.blocks import Block
from services.specialist.rules.endings import assigned, closes, looking_ahead
from services.specialist.rules.words.grammar import IRREGULAR_PAST

_SALUTATION = re.compile(
    r"(?:(?:Subject|Re|To|From):[^\n]*\n\s*)*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|"
    r"evening))\b[^\n]{0,60}[,:!]?[ \t]*(?:\n|$)"
)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours(?: (?:sincerely|faithfully|truly))?|sincerely|(?:kind|best|warm|warmest|"
    r"many)? ?(?:regards|wishes|thanks)|best|thanks(?: again| so much)?|thank you|cheers|"
    r"all the best|with (?:thanks|gratitude)|respectfully|take care|talk soon|speak soon|"
    r"happy [a-z]+ing|until next (?:time|week|month|issue|year)|see you (?:soon|next [a-z]+)|"
    # "Thanks, and see you on the 6th!"
    r"(?:thanks|thank you|cheers),?[ \t]+(?:and[ \t]+)?see you[^\n.?]{0,30})"
    r"[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A letter's close: a short line ending in "," or "!" ("With love and a lot of embarrassment,",
# "Can't wait to see you all there!") over up to SIGNATURE_LINES short lines without a
# sentence's end: a name, a title, a firm, an address, a phone number.
_CLOSING_LINE = re.compile(r"[A-Z][^\n.?:]{0,70}[,!]")
_SIGNATURE_LINE = re.compile(r"[^\n!?]{1,60}(?<![.:;,])")
SIGNATURE_LINES = 5
# A team's name as the last line: "FitDesk Accounts Team", "The Parks Office".
_TEAM_SIGNATURE = re.compile(
    r"[ \t]*(?:[Tt]he[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]+){0,3}(?:Team|Office|Desk|Department|"
    r"Committee|Board|Council|Crew|Staff|Group)[ \t]*"
)
# Titles and headings of documents read by section rather than end to end.
_REFERENCE = re.compile(
    r"\b(?:polic(?:y|ies)|guidelines?|release notes|change ?log|what['’]s new|terms|"
    r"code of conduct|handbook|rules|procedures?|faq|reference|glossary)\b",
    re.IGNORECASE,
)
_CHANGE_LOG_SECTION = re.compile(
    r"^\W*(?:new|added|improved|improvements|changed|changes|fixed|fixes|bug fixes|removed|"
    r"deprecated|known issues?|security|breaking changes|(?:platform|upgrade|compatibility|"
    r"migration) notes)\b",
    re.IGNORECASE,
)
_JOB_SECTION = re.compile(
    r"^\W*(?:about (?:the|this) (?:role|job|position)|the role|responsibilities|requirements|"
    r"qualifications|what you(?:['’]ll| will) do|what we(?:['’]re| are) looking for|"
    r"what we look for|who you are|what we offer|benefits|perks|salary|pay and benefits|"
    r"about you|skills)\b",
    re.IGNORECASE,
)
_MEETING_SECTION = re.compile(
    r"^\W*(?:attendees|present|apologies|agenda|decisions|minutes|discussion|updates|"
    r"action items|actions)\b",
    re.IGNORECASE,
)
_CONCLUSION_HEADING = re.compile(
    r"conclusions?|summary|summing up|wrap[- ]?up|next steps|takeaways?|closing|final thoughts|"
    r"recap|outlook|recommendations|lessons learned|tl;?dr|in short|overall|questions|feedback|"
    r"thanks|thank you|contact|get in touch|try it|final check|next meeting|action items|actions|"
    # A proposal ends with what it will produce; a notice with where to read more.
    r"outputs|dissemination|expected (?:results|outcomes)|impact|find out more|"
    r"what (?:i|we) (?:have )?learn(?:ed|t)|"
    r"more information|further information",
    re.IGNORECASE,
)
# Back matter follows the conclusion, which may then sit in an earlier chunk.
_BACK_MATTER = re.compile(
    r"licen[sc]e|references|bibliography|appendix|acknowledg|contributing|changelog|faq|"
    r"credits|about the author|further reading|see also|(?:useful|related) links|troubleshooting|"
    r"getting help|definitions|glossary|(?:key )?terms used|abbreviations",
    re.IGNORECASE,
)
# Sections that end a document: what happens next, how to act on it, what was learned.
CLOSING_SECTION = re.compile(
    r"what (?:we|you|i)(?:['’]ll| will| are going to) (?:change|do)|"
    r"what (?:we|you)(?:['’]re| are) (?:changing|doing)|what happens next|"
    r"what['’]s next|what now|follow[- ]?ups?|going forward|from now on|how to apply|"
    r"\bappl(?:y|ying|ications?)\b|getting started|get started|upgrad(?:e|ing)|availability|"
    r"lessons|how we will (?:know|measure|evaluate)|evaluation|measuring success|"
    r"changes to this|revision history|document history|review|"
    # A section named for a call to act or for the practical end matter of an announcement
    # (price, registering, tickets, who to ask), or for what comes next (a roadmap, the limits);
    # named, not mentioned: "We ignored the support inbox" is a chapter of an essay.
    r"^\W*(?:see you\b|benefits|perks|what we offer|salary|pay and benefits|compensation|"
    r"known issues|timeline|timetable|schedule|pric(?:e|es|ing)|regist(?:er|ering|ration)|"
    r"sign(?:ing)?[- ]?up|tickets?|"
    r"how to (?:book|join|order|buy|take part|register)|who to (?:ask|contact|call)|"
    r"where to find|(?:customer |technical )?support|roadmap|future work|(?:known )?limitations|"
    r"decisions? (?:needed|required)|help (?:needed|wanted)|asks|"
    # A status report ends on what may go wrong next or what is in the way; a report or a
    # proposal on its money.
    r"risks?|blockers?|open (?:questions|issues)|budget|costs?|spending|finances?|funding)"
    r"\b|"
    # What follows the work: the next period, the outcomes, after-care, where to get help.
    r"\bnext (?:(?:\d+|two|three|four|six|few|couple of) )?(?:weeks?|months?|quarters?|years?|"
    r"days|sprints?|meeting|release|phase)|\boutcomes?\b|"
    # The plan for the period named after the one reported: "Priorities for Q4", "Goals for 2027".
    r"^\W*(?:priorities|plans?|goals|objectives|focus|targets)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?:coming\b|upcoming\b|[qh][1-4]\b|fy ?\d|(?:19|20)\d\d\b)|"
    r"expected (?:results|impact)|afterwards|after ?care|\bafter (?:the|that|this|you|it|\w+ing)\b|"
    r"\bif (?:it|this|that|something|you|the \w+) (?:still|does not|doesn['’]t|did not|"
    r"didn['’]t|fails|goes wrong)|still (?:stuck|not working|having)|need help|(?:get|getting) "
    r"(?:help|support)",
    re.IGNORECASE,
)
# A part of a longer document ("Methods", "Budget"): the whole, not the part, concludes.
_PART_OF_A_DOCUMENT = re.compile(
    r"[#\s]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?:methods?|methodology|materials and methods|"
    r"background|abstract|appendix|results|discussion|budget|timeline|work ?plan|"
    r"literature review)(?:[ \t]+(?:justification|narrative|breakdown|details|plan))?[ \t]*",
    re.IGNORECASE,
)
# A section numbered past the first ("## 3. Methods", "5. Budget", "2.4 Risks") at the top of
# a document: the text is one part of a numbered whole (not "2024 report" or "10 ways to").
# Numbered in words too: "Section 3: Need for the project", "Part 2 – Methods".
_LATER_SECTION = re.compile(
    r"[#\s]*(?:(?:section|part|chapter)[ \t]+(\d{1,2})[.):]?[ \t]+(?:[-–—][ \t]+)?\S|"
    r"(\d{1,2})(?:[.)]|\.\d{1,2}(?:\.\d{1,2})*\.?)[ \t]+\S)",
    re.IGNORECASE,
)
# Titles of a procedure: it ends with its last step or its after-care, not with a summary.
_PROCEDURE = re.compile(
    r"^\W*(?:how to|how do|setting up|set up|installing|install|configuring|replacing|"
    r"repairing|fixing|resetting|a (?:quick )?guide|guide|tutorial|getting started|step by step|"
    r"[a-z]+ing your\b)",
    re.IGNORECASE,
)
# A last paragraph that comes back to the present ("Three years on, I cook most nights") closes
# a personal essay as a summary would.
_BACK_TO_NOW = re.compile(
    r"(?:today|these days|now|nowadays|since then|in the end|looking back|\w+ (?:years|months|"
    r"weeks|decades) (?:on|later)|"
    # "I still cook most nights": the habit the story left behind
    r"(?:i|we|she|he|they)[ \t]+still[ \t]+(?!(?:had|was|were|did)\b)[a-z]+)\b",
    re.IGNORECASE,
)
# Sections that introduce a document: right after its title they are its introduction.
_INTRODUCING = re.compile(
    r"^\W*(?:\d+\.?\s*)?(?:summary|overview|introduction|intro|about|background|context|aims?|"
    r"purpose|objectives?|goals?|abstract|scope|at a glance|in brief|tl;?dr|what happened|why\b|"
    r"highlights|key points|the (?:short|quick) version|what (?:it|this) is\b|"
    r"what (?:it|this|we) (?:does|do)\b|"
    # A greeting ("## Hello, everyone", "## Welcome") opens an announcement or a letter; who
    # came and when ("## Attendees", "## Date and place") open meeting notes.
    r"(?:hello|hi|welcome|greetings|dear)\b|(?:attendees|present|participants|in attendance|"
    # "Who we are" opens a job post or a proposal as "About us" does.
    r"who (?:we|i) are\b|who (?:i am|we serve)\b|"
    r"date and (?:time|place)|when and where)\b)",
    re.IGNORECASE,
)


# A line of a letter's head: the sender's or the recipient's address, a date, an email
# address ("14 Linden Grove", "3 March 2025", "Collections Manager"); short, not a sentence.
_LETTER_HEAD_LINE = re.compile(r"[ \t]*(?:[^\s.!?#]\S*(?:[ \t]+\S+){0,6})?[ \t]*")
LETTER_HEAD_LINES = 16


def letter_opening(masked: str) -> bool:
    """The chunk opens like a letter or an email ("Dear Ms Ode,", "Hi Sam,"), perhaps under
    the letter's head: addresses and a date, line by line."""
    text = masked.lstrip()
    start = 0
    for n in range(LETTER_HEAD_LINES + 1):
        if _SALUTATION.match(text, start):
            return all(
                _LETTER_HEAD_LINE.fullmatch(head) and not head.rstrip().endswith(".")
                for head in text[:start].split("\n")[:n]
            )
        start = text.find("\n", start) + 1
        if not start:
            return False
    return False


def signed_off(masked: str) -> bool:
    """A sign-off ("Kind regards,", "Thanks,") among the chunk's last lines, or a team's name
    as the last line ("FitDesk Accounts Team")."""
    lines = masked.rstrip().split("\n")
    if _SIGN_OFF.search("\n".join(lines[-5:])) or _TEAM_SIGNATURE.fullmatch(lines[-1]):
        return True
    # A closing line over a signature block: "With our apologies,\nJean Moreau\nManager".
    tail = [line.strip() for line in lines[-12:] if line.strip()]
    if not tail or not _SIGNATURE_LINE.fullmatch(tail[-1]):
        return False
    for k in range(len(tail) - 2, max(-1, len(tail) - 2 - SIGNATURE_LINES), -1):
        if _CLOSING_LINE.fullmatch(tail[k]):
            return True
        if not _SIGNATURE_LINE.fullmatch(tail[k]):
            return False
    return False


def reference_document(headings: list[str]) -> bool:
    """Release notes, a change log, a policy, a job post or meeting notes: read by section,
    not end to end (two sections of the kind say which it is)."""
    if any(_REFERENCE.search(h) for h in headings):
        return True
    return any(
        sum(kind.match(h.strip().lstrip("#").strip()) is not None for h in headings) >= 2
        for kind in (_CHANGE_LOG_SECTION, _JOB_SECTION, _MEETING_SECTION)
    )


def change_log_section(heading: str) -> bool:
    """A change-log category ("Fixed", "## Known issues"): one change in it is normal."""
    return _CHANGE_LOG_SECTION.match(heading) is not None


def part_of_a_document(title: str) -> bool:
    """A title that names one part of a longer document ("Methods", "5. Budget justification"):
    the whole has the title and the conclusion, not the part."""
    if _PART_OF_A_DOCUMENT.fullmatch(title.strip()):
        return True
    m = _LATER_SECTION.match(title)
    return m is not None and int(m.group(1) or m.group(2)) > 1


def procedure(title: str) -> bool:
    """A how-to ("How to reset a router", "Setting up the printer"): no conclusion needed."""
    return _PROCEDURE.match(title.strip().lstrip("#").strip()) is not None


def _back_to_now(paragraph: str) -> bool:
    """A sentence of the last paragraph opens by coming back to the present ("Today", "Two
    years on", "I still cook most nights")."""
    return any(_BACK_TO_NOW.match(s) for s in _sentence_starts(paragraph))


def introducing(heading: str) -> bool:
    """A section whose name says it introduces the document ("Summary", "Aim", "About us")."""
    return _INTRODUCING.match(heading.strip().lstrip("#").strip()) is not None


# A header field under a plain-text title: "Date: 11 November", "Attendees: Rosa, Kwame".
_FIELD = re.compile(r"[ \t]*[A-Z][\w ]{0,20}:[ \t]+\S")


def title_line(masked: str, first: Block) -> bool:
    """A plain-text document's first block reads as a title: one line, no closing stop, maybe
    with header fields under it ("Date: 11 November")."""
    line, *fields = masked[first.start : first.end].strip().split("\n")
    line = line.strip()
    if not (0 < len(line) <= 120 and line[-1] not in ".!?,;"):
        return False
    return all(_FIELD.match(f) for f in fields) or titled_over_text(line, fields)


# Words a wrapped line of prose may break after, which a title never ends on.
_OPEN_ENDED = re.compile(
    r"\b(?:the|a|an|and|or|but|of|to|for|with|in|on|at|by|from|that|which|who|is|are|was|"
    r"were|be|our|your|their|my|its|this|these|as|if|than|so)[ \t]*$",
    re.IGNORECASE,
)
_TITLE_WORDS = 10


def titled_over_text(line: str, rest: list[str]) -> bool:
    """A plain-text title with its text right under it, no blank line between ("Laptop Loan
    Policy" over "For staff of the Hill Road office"): a short line that starts with a
    capital, ends on neither a stop nor a word that runs on ("the", "of"), and the next line
    starts afresh with a capital; a wrapped sentence goes on in lower case."""
    nxt = rest[0].strip() if rest else ""
    return (
        len(line) <= 60
        and len(line.split()) <= _TITLE_WORDS
        and (line[0].isupper() or line[0].isdigit())
        and line[-1] not in ":"
        and not _OPEN_ENDED.search(line)
        and nxt[:1].isupper()
    )


_NUMBERING = re.compile(r"^(?:step[ \t]+)?\d+(?:\.\d+)*[.):]?[ \t]+", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
# An instruction: a verb in the imperative and what it acts on ("Open the app", "Switch off
# the old server", "Agree a deadline"), maybe after a lead-in ("On each phone, open ...").
_INSTRUCTION = re.compile(
    r"(?:[^,.;:!?\n]{1,40},[ \t]+)?(?:then[ \t]+|now[ \t]+)?"
    r"(?:open|close|click|tap|press|choose|select|pick|add|remove|delete|create|set|turn|switch|"
    r"install|run|start|stop|restart|type|enter|send|sign|save|check|confirm|update|move|copy|"
    r"connect|plug|unplug|agree|book|call|email|ask|tell|give|take|put|keep|leave|visit|read|"
    r"review|fill|attach|upload|download|print|replace|clean|share|invite|follow|finish|submit|"
    r"note|record|tick|use|try|change|write|hand|bring|contact|prepare|test|fix|pay|publish|"
    r"migrate|retire|rotate|archive|store|label|lock|unlock|hang|wipe|empty|charge|"
    # the hands-on steps of a repair or a recipe: "Fit the new washer", "Wrap the old one"
    r"fit|wrap|push|pull|slide|lift|insert|place|pour|mix|tighten|loosen|twist|screw|unscrew|"
    r"fold|dry|wash|drain|fasten|hold|lay|cut|measure|mark|drill|paint|seal|lower|raise)"
    r"[ \t]+(?:the|a|an|your|our|their|its|it|them|us|me|this|that|these|those|each|every|all|"
    r"any|off|up|out|down|back|over|on)(?![\w'’\-])",
    re.IGNORECASE,
)
# A closing recommendation: "We should fund them properly", "Councils must count ...".
_RECOMMENDATION = re.compile(
    r"(?:we|you|(?!this\b)[a-z]+s)[ \t]+(?:should|must|need[ \t]+to|ought[ \t]+to)"
    r"(?![\w'’\-])|let(?:[ \t]+us|['’]s)(?![\w'’\-])|"
    # "I urge the council to", "Firms that want to keep them must plan": a call to act.
    r"(?:i|we)[ \t]+(?:urge|call[ \t]+on|recommend|propose)(?![\w'’\-])|"
    r"(?!this\b)[a-z]+s[ \t]+(?:that|who)[ \t]+[^.!?;\n]{1,60}?[ \t](?:should|must|need[ \t]+to|"
    r"ought[ \t]+to)(?![\w'’\-])",
    re.IGNORECASE,
)

_THANKS = re.compile(
    r"(?:(?:thanks|thank[ \t]+you)[ \t]+(?:for|again)|"
    # A goodbye to the reader: "See you on Canal Street!", "We look forward to seeing you".
    r"(?:(?:we|i)[ \t]+(?:hope[ \t]+to|look[ \t]+forward[ \t]+to)[ \t]+)?see(?:ing)?[ \t]+"
    r"you[ \t]+(?:there|then|soon|up|at|on|in|next)|"
    r"(?:we|i)[ \t]+look[ \t]+forward[ \t]+to|"
    r"(?:we|i)[ \t]+(?:can['’]t|cannot)[ \t]+wait[ \t]+to[ \t]+(?:hear|see|meet|welcome))"
    r"(?![\w'’\-])",
    re.IGNORECASE,
)


def _sentence_starts(paragraph: str) -> list[str]:
    return _SENTENCE_BREAK.split(paragraph.strip())


def _instructs(paragraph: str) -> bool:
    """A sentence of the paragraph tells the reader what to do ("Open the app ..."): the last
    step of a procedure, or its after-care, ends a document as a summary would."""
    return any(_INSTRUCTION.match(s) for s in _sentence_starts(paragraph))


def _action_list(items: list[str]) -> bool:
    """Most items are instructions ("Move the remaining tables.", "Agree a deadline."): a
    document that ends on its to-do list ends on its next steps."""
    return 2 * sum(_INSTRUCTION.match(t.strip()) is not None or assigned(t) for t in items) >= len(
        items
    )


def step_heading(name: str) -> bool:
    """A section named as an instruction ("## Put the cover back", "3. Check the seal"): a
    step of a procedure, which ends with its last step, whatever the document's title."""
    return _INSTRUCTION.match(_NUMBERING.sub("", name.strip().lstrip("#").strip())) is not None


# An offer to answer the reader: "If you have any questions, ...", "Let me know if ...",
# "Please get in touch ...": a notice or a reply that has said what it had to say.
_OFFER = re.compile(
    r"(?:if[ \t]+you[ \t]+have[ \t]+(?:any[ \t]+)?(?:questions|concerns|problems)|"
    r"let[ \t]+(?:me|us)[ \t]+know|feel[ \t]+free[ \t]+to|questions\?|reply[ \t]+to[ \t]+this|"
    r"(?:please[ \t]+)?(?:get|keep)[ \t]+in[ \t]+touch|(?:please[ \t]+)?reach[ \t]+out|"
    r"please[ \t]+(?:contact|ask|call|email|write|speak|talk)|"
    # A word to the reader on what the piece leaves them with: "You will not save the planet
    # by darning socks. You will, however, look at your wardrobe differently."
    r"you(?:['’]ll|[ \t]+will)(?:[ \t]+not)?(?:,[ \t]+[a-z]+,)?[ \t]+[a-z]+)(?![\w'’\-])",
    re.IGNORECASE,
)


# A sentence that gathers what came before ("None of this guarantees ...", "All of these
# reasons ...", "That is why ..."): the paragraph sums the document up.
_SUMS_UP = re.compile(
    r"(?:(?:none|all|each|both|neither|either|much|most|some|any)[ \t]+of[ \t]+"
    r"(?:this|these|that|those|it|them)|(?:all|none of)[ \t]+this|"
    r"(?:this|that)(?:[ \t]+is|['’]s)[ \t]+(?:why|how|what)|which[ \t]+is[ \t]+why)"
    r"(?![\w'’\-])",
    re.IGNORECASE,
)
# A maxim: a general truth in the present, with a generic subject ("Good things often need
# time", "People who understand the price trust it") rather than the story's own people.
_MAXIM = re.compile(
    r"(?:(?:[a-z]+[ \t]+){0,2}[a-z]+s[ \t]+(?:often|usually|always|rarely|seldom|never|"
    r"sometimes|tend[ \t]+to)|(?:people|those|anyone|everyone|whoever)[ \t]+who"
    r"|(?:nobody|no[ \t]+one|everyone|everybody)[ \t]+(?:can|needs?|wants?|likes?|is))"
    r"(?![\w'’\-])",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"(?:the|this|that|these|those|our|my|your|his|her|its|their|a|an|we|i|he|she|it|they|"
    r"there)(?![\w'’\-])",
    re.IGNORECASE,
)


_PRESENT_AUXILIARIES = frozenset({"have", "has", "is", "are", "be", "been"})


_LOWER_WORD = re.compile(r"[a-z]+")


def _maxim(sentence: str) -> bool:
    """A general truth in the present: a generic subject (no article, no number, no past
    form) and a verb of habit ("Good things often need a little more time")."""
    if _DETERMINER.match(sentence) or any(c.isdigit() for c in sentence):
        return False
    words = _LOWER_WORD.findall(sentence.lower())
    # "People who have watched ..." and "what is needed" are present; "The ferries ran" is not.
    if any(
        (w in IRREGULAR_PAST or _past_form(w)) and before not in _PRESENT_AUXILIARIES
        for before, w in zip(["", *words], words, strict=False)
    ):
        return False
    return _MAXIM.match(sentence) is not None


def _past_form(word: str) -> bool:
    """A regular past form ("worked", "needed"), not a word that ends in -eed ("need")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _sums_up(paragraph: str) -> bool:
    """The paragraph gathers the document up ("None of this ...") or opens or closes on a
    maxim: the close of an essay, whether or not it says "in conclusion"."""
    starts = _sentence_starts(paragraph)
    return any(_SUMS_UP.match(s) for s in starts) or any(_maxim(s) for s in {starts[0], starts[-1]})


def _sends_off(paragraph: str) -> bool:
    """A sentence of the paragraph recommends ("We should fund them properly"), thanks the
    reader ("Thanks for riding with us!"), says goodbye or offers to answer questions: an
    essay, an announcement or a reply that has concluded."""
    return any(
        _RECOMMENDATION.match(s) or _THANKS.match(s) or _OFFER.match(s)
        for s in _sentence_starts(paragraph)
    )


# A plain-text heading on top of its paragraph: a short line without a closing stop, then
# the text on the next line ("How we will measure success\nWe will record ...").
# A number may open it: "5. Expected outcomes".
_ATTACHED_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}\.?[ \t]+)?([A-Z][^\n.!?:;,]{0,60})[ \t]*\n[ \t]*\S"
)
# A label that opens a last line: "Next meeting: 11 June", "Next steps: ...".
_LABEL = re.compile(r"[ \t]*([A-Z][\w '’-]{0,30}?)[ \t]*:[ \t]+\S")
_HEADING_WORDS = 8


def attached_heading(masked: str, b: Block) -> str | None:
    """The heading a plain-text paragraph carries on its first line, else None."""
    m = _ATTACHED_HEADING.match(masked, b.start, b.end)
    if m is None or len(m.group(1).split()) > _HEADING_WORDS:
        return None
    return m.group(1)


def _label(masked: str, b: Block) -> str | None:
    """The label a block opens with ("Next meeting" of "Next meeting: 11 June"), else None."""
    m = _LABEL.match(masked, b.start, b.end)
    return m.group(1) if m else None


def closing_section(name: str) -> bool:
    """A section name that ends a document: a conclusion, back matter or what comes next."""
    return bool(
        _CONCLUSION_HEADING.search(name)
        or _BACK_MATTER.search(name)
        or CLOSING_SECTION.search(name)
        or looking_ahead(name)
    )


def ends_on_what_next(masked: str, prose: list[Block]) -> bool:
    """The last block says what happens next: a closing label ("Next meeting: 11 June"), a
    step or an instruction ("On each phone, open the app"), a to-do list, a recommendation
    ("We should fund them properly") or thanks, or a return to the present ("Today, ...")."""
    last = prose[-1]
    name = _label(masked, last)
    if name and closing_section(name):
        return True
    if last.kind == "item":
        items = []
        for b in reversed(prose):
            if b.kind != "item":
                break
            items.append(masked[b.start : b.end])
        return _action_list(items)
    paragraph = masked[last.start : last.end]
    return last.kind == "paragraph" and (
        _back_to_now(paragraph)
        or _instructs(paragraph)
        or _sends_off(paragraph)
        or _sums_up(paragraph)
        or closes(paragraph)
    )
