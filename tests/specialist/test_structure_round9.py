"""Round 9 of issue 14: endings and titles a careful editor accepts, and plain senses of listed
clarity words; each next to the near case the lens must still report.

A document may close by looking ahead ("## Next retro"), setting the next date, thanking the
people it names, saying who will help, inviting contributions, asking the reader to act,
wishing them well, pointing to the full report, handing out action items or signing off; it
still lacks a conclusion when it stops on a fact of its argument. A plain-text title may sit
right over its text with no blank line; a wrapped first line of prose is not a title.
"""

from __future__ import annotations

import pytest

from tests.specialist.cases import BODY, analyze


def _rules(text: str, fmt: str = "markdown", **ctx: object) -> set[str]:
    ctx = {"format": fmt, "doc_words": 800, **ctx}
    return {f.rule for f in analyze("structure", text, **ctx)}


def _ends(last: str, heading: str = "") -> str:
    section = f"## {heading}\n\n" if heading else ""
    return f"# The island ferry\n\n{BODY}\n\n{section}{last}\n"


@pytest.mark.parametrize(
    ("heading", "last"),
    [
        ("Next retro", "The retro is in the small room, as usual."),
        ("Next report", "I will send it after the interface deadline has passed."),
        ("Coming up", "The spring timetable goes on the noticeboard in March."),
        ("Key dates", "The hall is booked for the second Friday of each month."),
    ],
)
def test_a_last_section_that_looks_ahead_closes_the_document(heading: str, last: str) -> None:
    assert "structure/missing-conclusion" not in _rules(_ends(last, heading))


@pytest.mark.parametrize("heading", ["Next.js", "The crossing", "Cargo"])
def test_a_last_section_named_for_its_subject_still_needs_a_conclusion(heading: str) -> None:
    text = _ends("The skipper stacked the crates by the door of the shed.", heading)
    assert "structure/missing-conclusion" in _rules(text)


@pytest.mark.parametrize(
    "last",
    [
        # the next date set
        "The next retro is on 21 March. Chen will send a short survey the day before.",
        "I will send the next report on 12 April, after the deadline has passed.",
        # thanks, a wish, an offer, an invitation
        "Thanks, everyone, for a good sprint.",
        "Thanks again to everyone who helped with the move.",
        "I hope this helps.",
        "Good luck with the move.",
        "Enjoy the new trail!",
        "Our support team will help anyone who cannot find a missing note.",
        "I am happy to talk through any of this on Thursday.",
        "We would love to hear what you think.",
        "Suggestions and new density values are welcome through the issue tracker.",
        # a call to act, maybe after a lead-in
        "Before the council votes, its members should spend an afternoon in one.",
        "If you think you lost an edit, open Settings, then History.",
        "Please return the form to the office by Friday.",
        "Remember to bring a packed lunch and a water bottle.",
        "If anything is unclear, just reply to this email.",
        # the end said, the state summed up, where to read more, what will be done
        "That's all for this month.",
        "We are on track to finish the move by 30 June.",
        "There is no trick to it. Logs like ours earn their keep through the looking.",
        "Until then, the old form still works.",
        "The full report is on the shared drive.",
        "We will publish the results in May.",
        # a notice's date, an apology renewed, nothing left to do, more to come, a status
        "The new rules take effect on 1 May.",
        "From Monday, the new rota applies to everyone.",
        "Sorry again for the trouble.",
        "No action is needed from you.",
        "More soon.",
        "See you all on Friday.",
        "Looking forward to seeing you there.",
        "The project remains green.",
        "If the problem comes back, reply to this email and we will look again.",
        "Any questions, ask Sam.",
        "I'd welcome the chance to discuss this.",
        "Happy to answer any questions.",
        # action items with an owner, and a signature under the text
        "- Chen will send the survey by Friday.\n- Ravi will book the room.",
        "- Chen to send the survey by Friday.\n- Ravi to book the room.",
        "— Priya",
        "Priya Shah\nVolunteer coordinator",
    ],
)
def test_a_last_paragraph_that_sends_the_reader_off_closes_the_document(last: str) -> None:
    assert "structure/missing-conclusion" not in _rules(_ends(last))


@pytest.mark.parametrize(
    "last",
    [
        # the look-alikes of each ending, which stop on a fact of the story or the argument
        "The next morning, the skipper went back to the quay.",
        "Thanks to the new pump, the field drained in a day.",
        "The weather is welcome after a dry May.",
        "The council should have acted sooner.",
        "We will see why in the next section.",
        "The river will rise again in spring.",
        "Prices will rise next year.",
        "Open Road Books closed in 2019.",
        "Priya Shah joined the crew in 2019.",
        "Have a look at the numbers: the ferry lost money every year.",
        "- Budget: the hall costs £200.\n- Access to the hall is from Mill Lane.",
        "The operator needs an answer by June to keep the night drivers on its roster.",
        "The budget for both projects is already approved.",
        "The ferry left on 3 March.",
        "The branch opened in 1887 and never closed on a weekday.",
        "I was sorry to see the ferry go.",
        "The river is still green in June.",
        "We will test the backups.",
    ],
)
def test_a_document_that_stops_mid_argument_still_lacks_a_conclusion(last: str) -> None:
    assert "structure/missing-conclusion" in _rules(_ends(last))


_LOAN = (
    "All staff may borrow a laptop for up to two weeks. Ask at the front desk and sign the "
    "loan book when you collect it.\n\nLaptops go home with you, so keep them in their bags. "
    "Report any damage to the desk the same day.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "Laptop Loan Scheme\nFor staff of the Hill Road office\n",
        "Laptop loans for staff\n",
        "Notes from the ferry trip\n",
    ],
)
def test_a_plain_text_title_right_over_its_text_is_a_title(top: str) -> None:
    assert "structure/missing-title" not in _rules(top + _LOAN, "text", doc_words=80)


@pytest.mark.parametrize(
    "top",
    [
        # a wrapped first line of prose: it runs on in lower case, or breaks after "the"
        "We are writing about the laptops you can borrow\nfrom the front desk this year.\n",
        "From Monday you can borrow one of the\nLaptops at the front desk.\n",
        "We are writing about the laptops you can borrow from the front desk.\n",
    ],
)
def test_a_plain_text_document_that_opens_on_prose_still_lacks_a_title(top: str) -> None:
    assert "structure/missing-title" in _rules(top + _LOAN, "text", doc_words=80)


def _clarity(text: str) -> set[tuple[str, str]]:
    return {
        (f.rule, text[f.start : f.end].strip()) for f in analyze("clarity", text, format="markdown")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ravi facilitated and Chen took notes.",
        "Ravi facilitated the retro and Chen took notes.",
        "Priya facilitated last week's planning session.",
        "Who facilitated?",
    ],
)
def test_facilitating_a_meeting_is_not_jargon(text: str) -> None:
    assert not {r for r, _ in _clarity(text) if r == "clarity/jargon"}


@pytest.mark.parametrize(
    "text",
    [
        "The new portal will facilitate the adoption of cloud tools.",
        "Shared drives facilitate collaboration across teams.",
    ],
)
def test_facilitate_for_help_is_still_jargon(text: str) -> None:
    assert any(r == "clarity/jargon" for r, _ in _clarity(text))


@pytest.mark.parametrize(
    "text",
    [
        "We know some of you are very busy.",
        "You are very welcome to join us.",
        "Thank you very much for your help.",
        "Give it a recipe file and a number of servings, and it rewrites the quantities.",
        "Enter a number of copies in the box.",
    ],
)
def test_courtesy_and_a_number_asked_for_are_not_vague(text: str) -> None:
    assert not {r for r, _ in _clarity(text) if r == "clarity/weasel-word"}


@pytest.mark.parametrize(
    "text",
    [
        "The results were very significant.",
        "Very short steps are best.",
        "A number of customers have complained about the noise.",
        # the figure given nearby is what the sentence should say instead
        "We received a number of reports (fourteen in March) about the login page.",
        "It is very much a draft.",
    ],
)
def test_a_vague_amount_or_an_empty_very_is_still_reported(text: str) -> None:
    assert any(r == "clarity/weasel-word" for r, _ in _clarity(text))


@pytest.mark.parametrize(
    "text",
    [
        "The lock on the tool shed is broken again.",
        "The gate on the lane is broken still.",
    ],
)
def test_a_state_that_lasts_is_not_a_passive(text: str) -> None:
    assert not {r for r, _ in _clarity(text) if r == "clarity/passive-voice"}


@pytest.mark.parametrize(
    "text",
    [
        "The lock was broken again by someone last night.",
        "The window was smashed again.",
        "The server is restarted again every night.",
    ],
)
def test_an_action_done_again_is_still_a_passive(text: str) -> None:
    assert any(r == "clarity/passive-voice" for r, _ in _clarity(text))
