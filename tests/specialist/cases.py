"""Planted problems for every lens: the span a rule must report is marked ⟦like this⟧."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.lenses import ANALYZERS
from services.specialist.rules.masking import mask
from tests.eval.corpus import load_set

OPEN, CLOSE = "⟦", "⟧"


class Marked:
    """A text whose one planted problem is marked ⟦so⟧ in ``marked``."""

    marked: str

    @property
    def text(self) -> str:
        return self.marked.replace(OPEN, "").replace(CLOSE, "")

    @property
    def span(self) -> tuple[int, int]:
        start = self.marked.index(OPEN)
        return start, self.marked.index(CLOSE) - len(OPEN)


@cache
def corpus_texts(extra: tuple[str, ...]) -> tuple[str, ...]:
    """``extra`` and every main-set document, raw and masked (what pattern tests run over)."""
    out = list(extra)
    for doc in load_set("main"):
        out += [doc.text, mask(doc.text, markdown=doc.format == "markdown")]
    return tuple(out)


@dataclass(frozen=True)
class Case(Marked):
    """A text with one planted problem, the rule that must catch it and its fix."""

    lens: str
    marked: str
    rule: str
    replacement: str | None
    ctx: dict[str, Any] = field(default_factory=dict)

    def context(self) -> LensContext:
        return LensContext(self.lens, **self.ctx)

    def __str__(self) -> str:
        return f"{self.rule}: {self.marked[:50]!r}"


def analyze(lens: str, text: str, **ctx: Any) -> list[Finding]:
    """Run one lens's rules analyzer."""
    return ANALYZERS[lens](text, LensContext(lens, **ctx))


def grammar_edits(text: str, **ctx: Any) -> list[tuple[str, str | None]]:
    """The grammar lens's findings on ``text``: (the text each covers, its replacement)."""
    return [(text[f.start : f.end], f.replacement) for f in analyze("grammar", text, **ctx)]


# Two plain sentences of a story, and eight of them as a long document's body: what the
# structure tests end or cut into sections.
STORY = (
    "The ferry left the harbour at six and reached the island before the tide turned. "
    "The skipper counted the crates twice and wrote the total on the back of his hand."
)
BODY = "\n\n".join([STORY] * 8)


# The tone lens's families of attitude (not register: slang, contractions, hedges).
ATTITUDES = frozenset({
    "tone/condescending", "tone/passive-aggressive", "tone/sarcasm", "tone/blame",
    "tone/dismissive", "tone/grovelling",
})  # fmt: skip


def attitudes(text: str, style: str = "neutral") -> list[tuple[str, str]]:
    """The tone lens's attitude findings on ``text``: (rule, the text it covers)."""
    return [
        (f.rule, text[f.start : f.end])
        for f in analyze("tone", text, style=style)
        if f.rule in ATTITUDES
    ]


MD = {"format": "markdown"}
MIDDLE = {"format": "markdown", "chunk_id": 1, "chunks_total": 3}  # no title/conclusion rules
LONG_SENTENCE = (
    "The team that we hired last spring to rebuild the billing system spent most of the summer "
    "reading old code, interviewing the people who wrote it, and writing down every rule they "
    "found before touching anything."
)
RUN_ON = (
    "We met the client on Monday, and we talked about the plan for the new site, and we agreed "
    "on the budget, and then we drove back to the office to start the work."
)
HARD_PARAGRAPH = (
    "The implementation of the aforementioned organizational restructuring necessitates "
    "comprehensive reevaluation of interdepartmental communication methodologies, "
    "infrastructural dependencies, and institutional accountability frameworks, particularly "
    "considering unprecedented regulatory uncertainties surrounding international operational "
    "compliance obligations."
)
LONG_PARAGRAPH = " ".join(["The system keeps working when one of its parts fails."] * 16)

GRAMMAR = [
    Case("grammar", "We reviewed ⟦the the⟧ results.", "grammar/repeated-word", "the"),
    Case("grammar", "He ⟦don't⟧ know the answer.", "grammar/subject-verb", "doesn't"),
    Case("grammar", "They ⟦was⟧ late again.", "grammar/subject-verb", "were"),
    Case("grammar", "⟦There is⟧ two reasons for this.", "grammar/subject-verb", "There are"),
    Case("grammar", "The information ⟦are⟧ wrong.", "grammar/subject-verb", "is"),
    Case("grammar", "Everyone ⟦are⟧ welcome here.", "grammar/subject-verb", "is"),
    Case("grammar", "Each of the students ⟦have⟧ a book.", "grammar/subject-verb", "has"),
    Case("grammar", "Sometimes I ⟦is⟧ late.", "grammar/subject-verb", "am"),
    Case("grammar", "It took ⟦a⟧ hour to load.", "grammar/a-an", "an"),
    Case("grammar", "She is ⟦an⟧ university student.", "grammar/a-an", "a"),
    Case("grammar", "We hired ⟦a⟧ MBA last year.", "grammar/a-an", "an"),
    Case("grammar", "⟦Its⟧ a problem for us.", "grammar/its", "It's"),
    Case("grammar", "The dog wagged ⟦it's⟧ own tail.", "grammar/its", "its"),
    Case("grammar", "⟦Their⟧ is a cat on the roof.", "grammar/there-their", "There"),
    Case("grammar", "Put the box over ⟦their⟧.", "grammar/there-their", "there"),
    Case("grammar", "This is more expensive ⟦then⟧ that.", "grammar/then-than", "than"),
    Case("grammar", "I know ⟦your⟧ going to like it.", "grammar/your-youre", "you're"),
    Case("grammar", "We should ⟦of⟧ known that.", "grammar/could-of", "have"),
    Case("grammar", "It works. ⟦this⟧ is fine.", "grammar/capitalization", "This"),
    Case("grammar", "Yes, ⟦i⟧ agree with you.", "grammar/capitalization", "I"),
    Case("grammar", "Two⟦  ⟧spaces are one too many.", "grammar/double-space", " "),
    Case("grammar", "Wait⟦ ,⟧ please.", "grammar/punctuation-spacing", ","),
    Case("grammar", "Apples⟦,⟧pears and plums.", "grammar/punctuation-spacing", ", "),
    Case("grammar", "We ⟦recieve⟧ mail daily.", "grammar/spelling", "receive"),
    Case("grammar", "⟦Seperate⟧ the files.", "grammar/spelling", "Separate"),
    Case("grammar", "I ⟦dont⟧ know yet.", "grammar/apostrophe", "don't"),
    Case("grammar", "The total ⟦include⟧ the fee.", "grammar/subject-verb", "includes"),
    Case("grammar", "Boring tools ⟦has⟧ known limits.", "grammar/subject-verb", "have"),
    Case("grammar", "It ⟦use⟧ little memory.", "grammar/subject-verb", "uses"),
    Case("grammar", "List the steps that ⟦causes⟧ it.", "grammar/subject-verb", "cause"),
    Case("grammar", "We verify ⟦there⟧ accounts.", "grammar/there-their", "their"),
    Case("grammar", "⟦It's⟧ output is text.", "grammar/its", "Its"),
    Case("grammar", "Wait, ⟦than⟧ we can go.", "grammar/then-than", "then"),
    Case("grammar", "Size is 2 GB⟦.⟧Startup is fast.", "grammar/punctuation-spacing", ". "),
    Case("grammar", "It works, but ⟦that that⟧ is all.", "grammar/repeated-word", "that"),
    Case("grammar", "The company changed ⟦it's⟧ name last year.", "grammar/its", "its"),
    Case("grammar", "Each module ships with ⟦it's⟧ tests.", "grammar/its", "its"),
    Case("grammar", "Every plugin and ⟦it's⟧ settings live here.", "grammar/its", "its"),
    Case("grammar", "The app lost ⟦it's⟧ main features.", "grammar/its", "its"),
    Case("grammar", "⟦It's⟧ original purpose was search.", "grammar/its", "Its"),
    Case("grammar", "It stops when ⟦it’s⟧ owner leaves.", "grammar/its", "its"),
    Case("grammar", "The build passed.⟦  ⟧Next we deploy.", "grammar/double-space", " "),
    Case("grammar", "Is it done?⟦  ⟧Yes, it is.", "grammar/double-space", " "),
    Case("grammar", "They did ⟦there⟧ best.", "grammar/there-their", "their"),
    Case("grammar", "The reviewers took ⟦there⟧ time.", "grammar/there-their", "their"),
    Case("grammar", "We asked the vendors for ⟦there⟧ opinion.", "grammar/there-their", "their"),
    Case("grammar", "⟦There⟧ team ships on Fridays.", "grammar/there-their", "Their"),
    Case("grammar", "I can tell ⟦your⟧ worried about it.", "grammar/your-youre", "you're"),
    Case("grammar", "I think ⟦your⟧ right that it is stale.", "grammar/your-youre", "you're"),
    Case("grammar", "Let me know when ⟦your⟧ done.", "grammar/your-youre", "you're"),
    Case("grammar", "I hope ⟦your⟧ doing well.", "grammar/your-youre", "you're"),
    Case("grammar", "⟦Your⟧ supposed to run the tests first.", "grammar/your-youre", "You're"),
    Case("grammar", "If ⟦your⟧ interested in the role, write.", "grammar/your-youre", "you're"),
    Case("grammar", "Check that ⟦your⟧ logged in.", "grammar/your-youre", "you're"),
    Case("grammar", "The list of open bugs ⟦are⟧ long.", "grammar/subject-verb", "is"),
    Case("grammar", "The owners of the shop ⟦was⟧ away.", "grammar/subject-verb", "were"),
    Case("grammar", "The battery in both phones ⟦are⟧ weak.", "grammar/subject-verb", "is"),
    Case("grammar", "The results of the survey ⟦is⟧ in.", "grammar/subject-verb", "are"),
    Case("grammar", "Sadly, the cost of repairs ⟦have⟧ doubled.", "grammar/subject-verb", "has"),
    Case("grammar", "These changes to the API ⟦wasn't⟧ tested.", "grammar/subject-verb", "weren't"),
    # Issue 14, generalised: a splice after any main clause, agreement read from a verb
    # lexicon, and a contraction before a noun that a finite verb follows.
    Case("grammar", "Old tools used paper⟦,⟧ we will use tablets.", "grammar/comma-splice", ";"),
    Case(
        "grammar", "The shop opens at nine⟦,⟧ the doors close at six.", "grammar/comma-splice", ";"
    ),
    Case(
        "grammar",
        "If it rains, we stay home⟦,⟧ the match moves to Sunday.",
        "grammar/comma-splice",
        ";",
    ),
    Case("grammar", "⟦Which is why we left.⟧", "grammar/fragment", None),
    Case("grammar", "The parcel ⟦arrive⟧ on Monday.", "grammar/subject-verb", "arrives"),
    Case("grammar", "Large files ⟦loads⟧ faster now.", "grammar/subject-verb", "load"),
    Case("grammar", "The alert fired, but ⟦it's⟧ message went nowhere.", "grammar/its", "its"),
    Case("grammar", "⟦It's⟧ biggest change is speed.", "grammar/its", "Its"),
    Case("grammar", "Wait until ⟦you're⟧ phone is charged.", "grammar/your-youre", "your"),
    Case("grammar", "Apps failed until ⟦there⟧ cache expired.", "grammar/there-their", "their"),
    Case("grammar", "We bill users from the day ⟦their⟧ added.", "grammar/there-their", "they're"),
]

CLARITY = [
    Case("clarity", f"⟦{LONG_SENTENCE}⟧", "clarity/long-sentence", None),
    Case("clarity", f"⟦{RUN_ON}⟧", "clarity/run-on", None),
    Case("clarity", "The report ⟦was written⟧ by Ann.", "clarity/passive-voice", None),
    Case("clarity", "The keys ⟦were stolen⟧ last night.", "clarity/passive-voice", None),
    Case("clarity", "The board ⟦made a decision⟧ to wait.", "clarity/nominalization", "decided"),
    Case("clarity", "We need better ⟦utilization⟧ of disks.", "clarity/nominalization", "use"),
    Case("clarity", "⟦In order to⟧ win, train daily.", "clarity/wordy-phrase", "To"),
    Case("clarity", "Call me ⟦at this point in time⟧.", "clarity/wordy-phrase", "now"),
    Case("clarity", "We ⟦leverage⟧ our data.", "clarity/jargon", "use"),
    Case("clarity", "The result is ⟦very good⟧.", "clarity/weasel-word", "excellent"),
    Case("clarity", "The code is ⟦quite ⟧slow.", "clarity/weasel-word", ""),
    Case("clarity", "We fixed ⟦a number of⟧ bugs.", "clarity/weasel-word", None),
    Case("clarity", f"⟦{HARD_PARAGRAPH}⟧", "clarity/readability", None),
]

TONE = [
    Case("tone", "⟦I think this⟧ works well.", "tone/hedge", "This"),
    Case("tone", "It ⟦maybe ⟧works.", "tone/hedge", ""),
    Case("tone", "It is ⟦extremely ⟧fast.", "tone/intensifier", ""),
    Case("tone", "This is ⟦TOTALLY UNACCEPTABLE⟧ to us.", "tone/shouting", "totally unacceptable"),
    Case("tone", "Please stop⟦!!!⟧", "tone/exclamation", "!"),
    Case("tone", "We are ⟦gonna⟧ ship it.", "tone/slang", "going to"),
    Case("tone", "We ⟦don't⟧ know yet.", "tone/contraction", "do not", {"style": "formal"}),
    Case("tone", "⟦It's⟧ been a week.", "tone/contraction", "It has", {"style": "formal"}),
    Case("tone", "Great news⟦!⟧", "tone/exclamation", ".", {"style": "formal"}),
    Case("tone", "We will ⟦commence⟧ soon.", "tone/stiff", "start", {"style": "friendly"}),
    Case("tone", "⟦Kindly⟧ send the form.", "tone/stiff", "Please", {"style": "formal"}),
    Case(
        "tone",
        "⟦Please be advised that the⟧ office closes at noon.",
        "tone/stiff",
        "The",
        {"style": "formal"},
    ),
    Case(
        "tone",
        "If you have questions, ⟦do not hesitate to⟧ call me.",
        "tone/stiff",
        "feel free to",
        {"style": "formal"},
    ),
    Case("tone", "# ⟦HUGE⟧ news\n\nText.", "tone/shouting", "Huge", MD),
    Case(
        "tone",
        "⟦The service is awful, broken and a complete waste of money, and I hate it.⟧",
        "tone/negative",
        None,
    ),
    Case("tone", "We read it. ⟦This is completely unacceptable.⟧", "tone/negative", None),
    Case("tone", "⟦Your report is useless.⟧ Start again.", "tone/negative", None),
    Case("tone", "⟦You people never read the documentation.⟧", "tone/negative", None),
]

STRUCTURE = [
    Case("structure", "## A\n\nText.\n\n⟦####⟧ B\n\nText.", "structure/heading-jump", "###", MD),
    Case("structure", "⟦Some text without a title.⟧\n", "structure/missing-title", None, MD),
    Case("structure", "⟦## Overview⟧\n\nText.\n", "structure/missing-title", None, MD),
    Case("structure", "⟦This is the body.⟧\n\nMore body.\n", "structure/missing-title", None),
    Case(
        "structure",
        "# T\n\nIntro.\n\n⟦## A⟧\n\n### A1\n\nText.",
        "structure/missing-intro",
        None,
        MD,
    ),
    Case(
        "structure", "# T\n\nIntro.\n\n⟦## A⟧\n\n## B\n\nText.", "structure/empty-section", None, MD
    ),
    Case("structure", "# T\n\n## Results⟦.⟧\n\nText.", "structure/heading-punctuation", "", MD),
    Case("structure", f"⟦{LONG_PARAGRAPH}⟧\n", "structure/long-paragraph", None, MIDDLE),
    Case("structure", "Text.\n\n- a\n⟦*⟧ b\n- c\n\nEnd.", "structure/list-markers", "-", MIDDLE),
    Case(
        "structure", "Text.\n\n1. a\n2. b\n⟦4.⟧ c\n\nEnd.", "structure/list-numbering", "3.", MIDDLE
    ),
    Case("structure", "Text.\n\n⟦- only one⟧\n\nMore text.", "structure/orphan-list", None, MIDDLE),
    Case(
        "structure",
        "## Details\n\n⟦More facts about the system.⟧\n",
        "structure/missing-conclusion",
        None,
        {"format": "markdown", "chunk_id": 2, "chunks_total": 3},
    ),
]

ALL = GRAMMAR + CLARITY + TONE + STRUCTURE


# What catches each register problem of the tone register sets: its kind's own rule.
REGISTER_RULES = {
    "slang": frozenset({"tone/slang"}),
    "stiff": frozenset({"tone/stiff"}),
    "hedge": frozenset({"tone/hedge"}),
    "shouting": frozenset({"tone/shouting", "tone/exclamation"}),
}


def register_caught(kind: str, style: str, text: str) -> bool:
    """Whether the tone lens raises the rule of the register problem ``kind`` in ``text``."""
    return bool({f.rule for f in analyze("tone", text, style=style)} & REGISTER_RULES[kind])


def tone_flagged(text: str, style: str) -> bool:
    """Whether the tone lens raises any finding on ``text``."""
    return any(f.rule.startswith("tone/") for f in analyze("tone", text, style=style))
