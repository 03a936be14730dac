"""Clarity and structure on unseen text (issue 14, the c5 documents): what a careful editor
flags and leaves alone in sentence length, passives, chained verbal nouns, buzzword phrases
and hard sentences; the endings of status reports, to-do lists, steps, plain-text sections,
recommendations and sign-offs."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze

_NARRATIVE = (
    "The order left our warehouse on Monday and reached the depot on Tuesday morning. "
    "The courier scanned it twice and then marked it as delivered to the wrong street."
)
_BODY = "\n\n".join([_NARRATIVE] * 6)


def _marked(rule: str, text: str, **ctx: object) -> list[str]:
    return [text[f.start : f.end] for f in analyze(rule.split("/")[0], text, **ctx)
            if f.rule == rule]  # fmt: skip


def _long(text: str) -> bool:
    return bool(_marked("clarity/long-sentence", text))


# Two independent clauses, each under two thirds of the 30-word limit, 31 and 35 words.
_TWO_SHORT_CLAUSES = [
    "I build the weekly reports that ward managers use to plan staffing, and last year I "
    "rebuilt our bed occupancy forecast, which cut its average error from nine percent to four.",
    "I have refunded the full cost of your stay, 486 pounds, to your card, and I would be glad "
    "to welcome you back for two nights as our guests on a date of your choosing.",
]


@pytest.mark.parametrize("sentence", _TWO_SHORT_CLAUSES)
def test_two_short_clauses_a_few_words_over_the_limit_are_not_long(sentence: str) -> None:
    assert not _long(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # 36 words: more than five over the limit, however short its clauses
        "I built the monthly arrears report that the collections team uses to decide which "
        "customers to contact first, and I studied six years of payment data closely to find "
        "the early signs of arrears in it.",
        # 33 words in one clause: no join to rest at
        "The council's new figure counts the cost of drivers and fuel for the three night "
        "routes that leave the bus station after midnight on weekdays and the two extra routes "
        "on Saturdays.",
        # a join, but one clause of 24 words
        "The first release covers invoices and payment details for every customer who signed "
        "up through the new portal during the spring campaign last year, and returns move to a "
        "second release.",
    ],
)
def test_long_clauses_still_make_a_long_sentence(sentence: str) -> None:
    assert _long(sentence)


def test_a_name_of_several_words_counts_as_one() -> None:
    named = (
        "The Millbrook Oral History Group asks the Heritage Trust for 12,500 pounds to record "
        "and publish the memories of people who worked at the Millbrook paper mill before it "
        "closed in 1994."
    )
    plain = named.replace("Millbrook Oral History Group", "small local history group here")
    assert not _long(named)
    assert _long(plain)


def test_words_a_wordy_phrase_finding_cuts_do_not_also_make_the_sentence_long() -> None:
    text = (
        "In view of the fact that our booking system showed the room as free, a colleague gave "
        "it to a guest who asked to extend his stay, without checking for a later reservation."
    )
    assert _marked("clarity/wordy-phrase", text) == ["In view of the fact that"]
    assert not _long(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Concerns have been raised, and a meeting is being arranged.", "being arranged"),
        ("Overtime forms must be signed before you go home.", "be signed"),
        ("Two tables were dropped by mistake during the copy.", "were dropped"),
        ("The guests were moved by accident to another room.", "were moved"),
    ],
)
def test_ongoing_obliged_and_accidental_passives_hide_who_acts(text: str, words: str) -> None:
    assert words in _marked("clarity/passive-voice", text)


@pytest.mark.parametrize(
    "text",
    [
        "Most said it was an item that they believed could have been fixed.",
        "The outage might have been avoided with a second check.",
        "The form is signed.",
        "Lunch is provided.",
        "The contract is signed and filed.",
    ],
)
def test_possibilities_and_states_are_not_passives_to_rewrite(text: str) -> None:
    assert _marked("clarity/passive-voice", text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The achievement of a reduction in costs matters.", "The achievement of a reduction in"),
        ("The performance of a check on each claim is slow.", "The performance of a check on"),
        ("Staff must obtain the approval of their manager.", "obtain the approval of"),
        ("We reach a decision on Friday.", "reach a decision"),
    ],
)
def test_chained_and_carried_verbal_nouns_are_hidden_verbs(text: str, words: str) -> None:
    assert _marked("clarity/nominalization", text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Results go to a decision maker before they are final.",
        "We make a payment plan with each tenant.",
        "The department of a university in Leeds runs it.",
        "The importance of a review in spring is clear.",
        "Staff obtain information on the new rules from HR.",
        "The history of the station in our town is long.",
    ],
)
def test_compounds_and_things_are_not_hidden_verbs(text: str) -> None:
    assert _marked("clarity/nominalization", text) == []


def test_an_unnamed_crowd_that_considers_is_a_weasel() -> None:
    text = "Many people consider the firm one of the best places to work."
    assert _marked("clarity/weasel-word", text) == ["Many people consider"]


def test_buzzwords_of_one_phrase_are_one_finding() -> None:
    text = "It leverages a best-of-breed, holistic platform for your team."
    assert _marked("clarity/jargon", text) == ["leverages a best-of-breed, holistic"]


def test_buzzwords_joined_by_and_stay_two_findings() -> None:
    text = "We should take this offline and touch base next week."
    assert _marked("clarity/jargon", text) == ["take this offline", "touch base"]


def test_job_ad_cliches_are_jargon() -> None:
    assert _marked("clarity/jargon", "You have a growth mindset.") == ["growth mindset"]


_HARD = (
    "Intergenerational transmission of industrial heritage knowledge increasingly necessitates "
    "systematic documentation methodologies prioritising experiential testimony."
)


def test_a_hard_sentence_in_a_plain_paragraph_is_hard_to_read() -> None:
    text = (
        "The mill employed 1,100 people at its peak. Most of the people who worked there in "
        "the 1960s and 1970s are now in their eighties, and the few records the company kept "
        f"were lost in a fire. We want to hear them while we can. {_HARD}"
    )
    assert _marked("clarity/readability", text) == [_HARD]


def test_a_plain_sentence_with_long_technical_words_is_not_hard() -> None:
    text = (
        "The tool takes consistent snapshots of a PostgreSQL database every night and uploads "
        "them to the configured storage bucket, with checksums for every file."
    )
    assert _marked("clarity/readability", text) == []


def _ending(doc: str, fmt: str = "markdown") -> list[str]:
    return _marked("structure/missing-conclusion", doc, format=fmt, doc_words=400)


@pytest.mark.parametrize(
    "section",
    [
        "## Risks\n\n- Apple's review has taken up to six days for our last builds.",
        "## Plan for May\n\n- Move the remaining twelve tables.\n- Switch off the old "
        "warehouse on 31 May.\n- Agree a delivery deadline with the supplier.",
        "## Add it on each phone\n\nOn each phone, open the Calendar app and tick the "
        "calendar. It can take a few minutes to show up.",
        "## A cheaper way\n\nThe operator offered two routes instead of three. We should take "
        "the offer before June.",
        "## See you there\n\nThe ride starts at nine. Thanks for riding with us!",
        "## Meeting\n\nThe group agreed the budget.\n\nNext meeting: 11 June, 6 pm.",
    ],
)
def test_endings_that_say_what_comes_next_close_a_document(section: str) -> None:
    assert _ending(f"# Status for week 41\n\n{_BODY}\n\n{section}\n") == []


@pytest.mark.parametrize(
    "section",
    [
        "## Plans for the second half\n\nThe team will roll out hardware keys. The budget for "
        "both projects is already approved.",
        "## Done\n\n- The beta went out on Tuesday.\n- The crash on login is fixed.\n- The "
        "translations are finished.",
        "## We ignored the inbox\n\nThe few users who wrote to us asked for bank import. We "
        "treated those emails as requests for later.",
    ],
)
def test_endings_that_only_report_still_lack_a_conclusion(section: str) -> None:
    assert _ending(f"# Status for week 41\n\n{_BODY}\n\n{section}\n") != []


def test_a_plain_text_heading_on_top_of_its_paragraph_names_the_last_section() -> None:
    body = _BODY.replace("\n\n", "\n\nUpdate\n", 1)
    closing = "How we will measure success\nWe will record every item that comes in."
    report = "What happened next\nThe courier came back on Friday with the parcel."
    assert _ending(f"Repair cafe: a proposal\n\n{body}\n\n{closing}\n", "text") == []
    assert _ending(f"Repair cafe: a proposal\n\n{body}\n\n{report}\n", "text") != []


def test_a_sign_off_wishing_a_happy_activity_ends_a_reply() -> None:
    reply = f"# Your sourdough starter\n\n{_BODY}\n\nHappy baking,\nSam at Crumb & Co\n"
    assert _ending(reply) == []
    assert _ending(reply.replace("Happy baking,", "Sam packs each order.")) != []


def test_a_plain_text_line_leading_into_a_list_is_not_a_subheading() -> None:
    text = (
        "Reading Buddies: a proposal\n\nSummary\n\nWe ask for 12,000 pounds.\n\nBudget\n\n"
        "The grant would cover the following costs:\n\n- training: 3,600 pounds;\n"
        "- books: 2,800 pounds.\n\nEvaluation\n\nSchools will test each child twice.\n"
    )
    found = analyze("structure", text, format="text", doc_words=100)
    assert [f.rule for f in found if f.rule == "structure/missing-intro"] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Studies show that tea helps.", True),
        ("Recent studies show that tea helps.", True),
        ("He said that it is widely believed that tea helps.", True),
        ("The reports show a loss in March.", False),
        ("Exported reports show the wrong currency.", False),
        ("Our surveys show that most tenants walk to work.", False),
    ],
)
def test_a_source_the_text_points_at_is_not_a_weasel(text: str, flagged: bool) -> None:
    assert bool(_marked("clarity/weasel-word", text)) == flagged


def test_names_are_not_hard_words() -> None:
    letter = (
        "I am writing to apply for the position of Laboratory Technician in the Department of "
        "Chemistry, as advertised in the university's vacancies list."
    )
    assert _marked("clarity/readability", letter) == []
    hard = letter.replace("Laboratory Technician", "organisational infrastructure coordinator")
    assert _marked("clarity/readability", hard) != []
