"""Clarity and structure on unseen text (issue 14, the c6 documents): verbal nouns as the
subject of a clause or carried by "have" and "come to", crowd opinions and owner-less claims,
buzzword compounds, short sentences of long words, passives in restrictive relative clauses;
documents that end on their money, a return to the present, a goodbye or an offer to help,
and plain-text titles with header fields."""

from __future__ import annotations

import pytest

from tests.specialist.cases import analyze

_NARRATIVE = (
    "The van left the depot at six and reached the first farm before eight. "
    "The driver loaded forty crates of apples and drove them to the cider mill."
)
_BODY = "\n\n".join([_NARRATIVE] * 6)


def _marked(rule: str, text: str, **ctx: object) -> list[str]:
    return [text[f.start : f.end] for f in analyze(rule.split("/")[0], text, **ctx)
            if f.rule == rule]  # fmt: skip


# Verbal nouns


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The replacement of the windows will cost 4,000 pounds.", "The replacement of"),
        (
            "After the storm, the cancellation of the fair cost us 300 pounds.",
            "the cancellation of",
        ),
        ("An assessment of the bridge found two cracks.", "An assessment of"),
        ("She made the observation that sales fell in May.", "made the observation that"),
        ("The team performed a rollout of the update on Friday.", "performed a rollout of"),
        ("We came to the recognition that the plan was too big.", "came to the recognition that"),
        ("Staff had an expectation that the office would reopen.", "had an expectation that"),
    ],
)
def test_a_verb_hidden_in_a_noun_is_flagged(text: str, words: str) -> None:
    assert _marked("clarity/nominalization", text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The condition of the roof is poor.",
        "A collection of old maps hangs in the hall.",
        "We discussed the replacement of the windows.",
        "He made the point that sales fell in May.",
        "We came to the station that evening.",
        "The town has a population of 5,000.",
        "I have an appointment that morning.",
    ],
)
def test_a_noun_that_names_a_thing_is_not_a_hidden_verb(text: str) -> None:
    assert _marked("clarity/nominalization", text) == []


# Vague attribution


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Some would argue that the fee is fair.", "Some would argue"),
        ("Others insist that the rule works.", "Others insist"),
        ("Customers seem to prefer the old layout.", "Customers seem to prefer"),
        ("Residents broadly agree with the plan.", "Residents broadly agree"),
        ("There is a growing sense that the office is too cold.", "a growing sense that"),
        ("It could be argued that the fee is too low.", "It could be argued that"),
        ("It has been suggested that we move the fair.", "It has been suggested that"),
    ],
)
def test_an_opinion_nobody_owns_is_a_weasel_word(text: str, words: str) -> None:
    assert _marked("clarity/weasel-word", text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Some will say no to the invitation, and that is fine.",
        "The users seem to be logged out after an hour.",
        "Some of the team argued for a delay.",
        "Many claim forms arrive late.",
    ],
)
def test_a_named_or_literal_subject_is_not_a_weasel_word(text: str) -> None:
    assert _marked("clarity/weasel-word", text) == []


# Jargon


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our customer-centric team answers every call.", "customer-centric"),
        ("The app is a data-driven coach for runners.", "data-driven"),
        ("This course will unlock your full potential.", "unlock your full potential"),
        ("We built a frictionless checkout.", "frictionless"),
    ],
)
def test_buzzword_compounds_and_promises_are_jargon(text: str, words: str) -> None:
    assert _marked("clarity/jargon", text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The drill is battery-powered and weighs two kilos.",
        "Unlock the door with the blue key.",
        "The service is cloud-native and runs on three nodes.",
    ],
)
def test_literal_compounds_and_unlocking_a_door_are_not_jargon(text: str) -> None:
    assert _marked("clarity/jargon", text) == []


def test_a_buzzword_sentence_is_reported_as_jargon_not_also_as_hard_to_read() -> None:
    text = "Loop is a game-changing, smart-enabled micromobility solution for everybody."
    rules = [f.rule for f in analyze("clarity", text)]
    assert "clarity/jargon" in rules
    assert "clarity/readability" not in rules


# Readability of a short sentence

_SHORT_HARD = (
    "Interdisciplinary operationalisation necessitates institutionalised organisational "
    "accountability mechanisms immediately."
)


def test_a_short_sentence_of_very_long_words_is_hard_to_read() -> None:
    text = (
        "The club has met in the church hall since 1990. We have forty members and a small "
        "library of tools that anyone can borrow. "
        f"{_SHORT_HARD} Most members come on Saturday mornings, and some bring their children."
    )
    assert _marked("clarity/readability", text) == [_SHORT_HARD]


def test_a_short_sentence_with_a_few_long_words_is_not_hard() -> None:
    text = (
        "The club has met in the church hall since 1990. We have forty members and a small "
        "library of tools that anyone can borrow. International telecommunications "
        "regulations apply to every subscription we sell. Most members come on Saturday "
        "mornings, and some bring their children."
    )
    assert _marked("clarity/readability", text) == []


# Passives


@pytest.mark.parametrize(
    "text",
    [
        "We repaired the fence that was damaged in the storm.",
        "The charity supports families who are affected by flooding.",
        "Backups are kept in a second data centre.",
        "The rest are mostly archived press releases, which we will move last.",
    ],
)
def test_a_passive_that_describes_a_noun_or_where_it_lives_is_left_alone(text: str) -> None:
    assert _marked("clarity/passive-voice", text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I am writing about order 1182, which was posted on Monday.", "was posted"),
        ("The order was cancelled without notice.", "was cancelled"),
        ("The backups were deleted during the upgrade.", "were deleted"),
    ],
)
def test_a_passive_that_states_an_event_is_still_flagged(text: str, words: str) -> None:
    assert _marked("clarity/passive-voice", text) == [words]


# Wordy phrases


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The roof is in need of repair.", "is in need of"),
        ("We lock the gate so as to keep the goats in.", "so as to"),
        ("For the most part, the volunteers stay all day.", "For the most part"),
    ],
)
def test_more_wordy_phrases_are_flagged(text: str, words: str) -> None:
    assert _marked("clarity/wordy-phrase", text) == [words]


def test_need_as_a_noun_is_not_wordy() -> None:
    assert _marked("clarity/wordy-phrase", "The fund helps children in need.") == []


# Endings


def _ending(doc: str, fmt: str = "markdown") -> list[str]:
    return _marked("structure/missing-conclusion", doc, format=fmt, doc_words=400)


@pytest.mark.parametrize(
    "section",
    [
        "## Costs\n\nSpending is 3 percent under budget, mainly on fuel.",
        "## Budget\n\n- Hall hire: 900 pounds\n- Tools: 1,200 pounds",
        "## Overall\n\nThe harvest is on schedule and the mill is busy.",
        "## Looking back\n\nThe first year was hard. I still drive the van most weeks, and "
        "the farms still call me first.",
        "## The launch\n\nThe doors open at seven on the quay. See you there!",
        "## The launch\n\nThe doors open at seven. If you have any questions, ask Priya at "
        "the front desk.",
    ],
)
def test_endings_on_money_the_present_a_goodbye_or_an_offer_close_a_document(
    section: str,
) -> None:
    assert _ending(f"# Cider season report\n\n{_BODY}\n\n{section}\n") == []


@pytest.mark.parametrize(
    "section",
    [
        "## Training\n\nThe drivers finished their forklift course in May.",
        "## Looking back\n\nThe first year was hard. I still had the old van then.",
        "## The launch\n\nThe doors opened at seven on the quay.",
    ],
)
def test_endings_that_only_report_still_lack_a_conclusion(section: str) -> None:
    assert _ending(f"# Cider season report\n\n{_BODY}\n\n{section}\n") != []


# Plain-text titles


def _missing_title(text: str) -> list[str]:
    return _marked("structure/missing-title", text, format="text")


def test_a_plain_text_title_with_header_fields_is_a_title() -> None:
    text = f"Cider mill review\nDate: 4 October\nPresent: Ann, Raj, Tom\n\n{_BODY}\n"
    assert _missing_title(text) == []


def test_a_first_sentence_over_header_fields_is_not_a_title() -> None:
    text = f"The cider mill review went well.\nDate: 4 October\n\n{_BODY}\n"
    assert _missing_title(text) != []
