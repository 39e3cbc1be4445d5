"""More statement shapes through the real pipeline (round 2), on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


def test_coordinated_cue_inside_a_reported_clause_is_a_statement_of_its_own(pipeline: Any) -> None:
    text = "The minister said the army would leave the town and noted that the rebels had already withdrawn."
    assert statements(pipeline, text) == [
        ("The minister", "said", ["the army would leave the town"]),
        ("The minister", "noted", ["that the rebels had already withdrawn"]),
    ]


def test_relative_clause_whose_pronoun_opens_the_reported_clause(pipeline: Any) -> None:
    text = "Residents fled the shelling, which the army says was aimed at rebel positions."
    assert ("the army", "says", ["which", "was aimed at rebel positions"]) in statements(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president made it clear that the troops would stay in Goma.",
            ("The president", "made it clear", ["that the troops would stay in Goma"]),
        ),
        (
            "The commander ruled out talks with the militia.",
            ("The commander", "ruled out", ["talks with the militia"]),
        ),
        (
            "The opposition took issue with the new curfew.",
            ("The opposition", "took issue with", ["the new curfew"]),
        ),
    ],
)
def test_multi_word_cues(pipeline: Any, text: str, expected: tuple[str, str, list[str]]) -> None:
    assert statements(pipeline, text) == [expected]


def test_call_on_and_call_for(pipeline: Any) -> None:
    found = statements(pipeline, "The United Nations called on both sides to stop the fighting.")
    assert found == [("The United Nations", "called on", ["both sides to stop the fighting"])]
    found = statements(pipeline, "Protesters called for the governor to resign.")
    assert found == [("Protesters", "called for", ["the governor to resign"])]


def test_a_date_after_call_is_not_its_content(pipeline: Any) -> None:
    found = statements(pipeline, "The opposition leader called on Monday for an early election.")
    assert found == [("The opposition leader", "called", ["an early election"])]


def test_passive_cue_with_an_agent_reports_its_subject(pipeline: Any) -> None:
    found = statements(pipeline, "The attack on the convoy was first reported by local radio.")
    assert found == [("local radio", "was first reported", ["The attack on the convoy"])]


def test_cue_closing_its_paragraph_with_a_colon_takes_the_next_paragraph(pipeline: Any) -> None:
    text = 'The ministry said in a statement:\n\n"We will not negotiate with armed groups."'
    assert statements(pipeline, text) == [
        ("The ministry", "said in a statement:", ['"We will not negotiate with armed groups."'])
    ]


def test_quotation_of_another_paragraph_is_not_taken(pipeline: Any) -> None:
    text = (
        '"We will stay until the roads are safe," the commander said.\n\n'
        "The ministry announced new checkpoints on the border on Tuesday."
    )
    found = statements(pipeline, text)
    assert found[0] == ("the commander", "said", ['"We will stay until the roads are safe,"'])
    assert all(not any(c.startswith('"') for c in content) for _s, _c, content in found[1:])


def test_name_cut_off_its_title_by_the_sentence_splitter(pipeline: Any) -> None:
    found = statements(pipeline, "Army Capt. Musa Bello said the town was calm on Friday.")
    assert found == [("Army Capt. Musa Bello", "said", ["the town was calm on Friday"])]


def test_attitude_adjective(pipeline: Any) -> None:
    found = statements(pipeline, "The elders were glad that the fighting had stopped.")
    assert found == [("The elders", "were glad", ["that the fighting had stopped"])]


def test_a_bare_date_after_the_cue_joins_it(pipeline: Any) -> None:
    found = statements(pipeline, "The army said Monday that two soldiers had been killed.")
    assert found == [("The army", "said Monday", ["that two soldiers had been killed"])]


def test_content_never_starts_with_the_dateline(pipeline: Any) -> None:
    found = statements(pipeline, "GOMA - The rebels rejected the truce, their spokesman said.")
    assert found == [("their spokesman", "said", ["The rebels rejected the truce"])]


def test_title_case_headline(pipeline: Any) -> None:
    text = "Rebel Commander Rejects Truce Offer\n\nThe fighting went on in the north on Sunday."
    found = statements(pipeline, text)
    assert ("Rebel Commander", "Rejects", ["Truce Offer"]) in found


def test_free_relative_object(pipeline: Any) -> None:
    found = statements(pipeline, "The envoy condemned what he called a brazen breach of the truce.")
    assert found == [("The envoy", "condemned", ["what he called a brazen breach of the truce"])]


def test_refusing_something_is_a_statement_of_position(pipeline: Any) -> None:
    text = "The rebel leader on Monday refused any dialogue with the government."
    assert statements(pipeline, text) == [
        ("The rebel leader", "refused", ["any dialogue with the government"])
    ]


def test_speaker_after_a_fronted_report_the_parser_hung_on_its_last_noun(pipeline: Any) -> None:
    text = (
        "The Red Hills Brigade has no intention of freeing the soldiers it captured near Bhamo, "
        "the group's spokesman, Tun Aye, said on Tuesday."
    )
    found = statements(pipeline, text)
    assert [(cue, content) for _s, cue, content in found] == [
        ("said", ["The Red Hills Brigade has no intention of freeing the soldiers it captured near Bhamo"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The general accused Governor Musa of arming the militia.",
            ("The general", "accused", ["arming the militia"]),
        ),
        (
            "The envoy asked the minister about the missing aid convoys.",
            ("The envoy", "asked", ["the missing aid convoys"]),
        ),
        (  # an evaluation keeps its object in the content
            "The senator criticized the army for its conduct.",
            ("The senator", "criticized", ["the army for its conduct"]),
        ),
    ],
)
def test_topic_after_the_person_addressed_or_charged(
    pipeline: Any, text: str, expected: tuple[str, str, list[str]]
) -> None:
    """The person addressed or charged stays out of the cue (PolNeAR's usual extent); the topic is
    the content."""
    assert expected in statements(pipeline, text)


def test_lead_in_closed_by_a_colon_is_not_reported(pipeline: Any) -> None:
    text = (
        "Fireworks over aid deals.\n\nThe news that several aides got immunity in the inquiry set off "
        "another round of partisan fireworks on Friday: Republicans said they are increasingly convinced "
        "the ministry mishandled the inquiry.\n"
    )
    found = [s for s in statements(pipeline, text) if s[1] == "said"]
    assert found and found[0][0] == "Republicans"
    assert all("set off" not in piece for piece in found[0][2])


def test_reported_clause_after_a_time_phrase(pipeline: Any) -> None:
    text = "The general said after the meeting he would not accept the offer if it were made."
    assert ("The general", "said", ["he would not accept the offer if it were made"]) in statements(
        pipeline, text
    )


def test_inverted_cue_opening_a_sentence(pipeline: Any) -> None:
    text = (
        "Experts say the plans would make the code more complicated. Said Bello: “I do not get the "
        "sense she is interested in reform.”\n\nSaid one diplomat: “The talks are over.”\n"
    )
    found = statements(pipeline, text)
    assert ("Bello", "Said", ["“I do not get the sense she is interested in reform.”"]) in found
    assert ("one diplomat", "Said", ["“The talks are over.”"]) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tribune published portions of the report.",
            ("The Tribune", "published", ["portions of the report"]),
        ),
        ("The ministry termed the plan a failure.", ("The ministry", "termed", ["the plan a failure"])),
        (
            "The envoy underlined that talks would continue.",
            ("The envoy", "underlined", ["that talks would continue"]),
        ),
    ],
)
def test_more_verbs_of_communication(pipeline: Any, text: str, expected: tuple[str, str, list[str]]) -> None:
    assert expected in statements(pipeline, text)


def test_that_clause_on_the_object_of_a_frame_preposition(pipeline: Any) -> None:
    text = "Her aides pointed to reports that the minister called the winner a thief."
    found = statements(pipeline, text)
    assert ("Her aides", "pointed to", ["reports that the minister called the winner a thief"]) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the statement itself joins the cue
            "The ministry said in a statement that the border would reopen.",
            ("The ministry", "said in a statement", ["that the border would reopen"]),
        ),
        (  # the occasion does not
            "The minister said in an interview that the border would reopen.",
            ("The minister", "said", ["that the border would reopen"]),
        ),
    ],
)
def test_medium_phrase_in_the_cue(pipeline: Any, text: str, expected: tuple[str, str, list[str]]) -> None:
    assert expected in statements(pipeline, text)


def test_a_thing_held_is_no_report(pipeline: Any) -> None:
    """ "maintained a lead" reports nothing; "maintained that ..." does."""
    assert statements(pipeline, "The party maintained a narrow lead in the polls.") == []
    found = statements(pipeline, "The party maintained that the vote had been rigged.")
    assert [(s, c) for s, c, _x in found] == [("The party", "maintained")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor fired back: “Nobody will close this port.”",
            ("The governor", "fired back:", ["“Nobody will close this port.”"]),
        ),
        (
            "On Monday, the senator made the following remark:\n\n“For families who lost their homes, "
            "the cost is much higher.”",
            (
                "the senator",
                "made the following remark:",
                ["“For families who lost their homes, the cost is much higher.”"],
            ),
        ),
    ],
)
def test_colon_hands_the_quotation_to_the_clause_before_it(
    pipeline: Any, text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert expected in statements(pipeline, text)


def test_no_colon_speaker_from_a_headline_run_in_or_a_dummy_subject(pipeline: Any) -> None:
    found = statements(pipeline, "It gets better: “The council approved the plan.”")
    assert not [s for s, _c, _x in found if s == "It"]


def test_speaker_the_parser_took_for_an_object(pipeline: Any) -> None:
    """ "“...,” added another official.": the phrase after an inverted verb of saying speaks."""
    text = (
        '"It is too early to call the race," said one party official. '
        '"The turnout was low," added another party official.'
    )
    found = statements(pipeline, text)
    assert ("another party official", "added", ['"The turnout was low,"']) in found
    assert ("one party official", "said", ['"It is too early to call the race,"']) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parser took the object for the naming predicate
            'Speaking in Lagos, the minister called Osman, his main rival, a "traitor."',
            'Osman, his main rival, a "traitor',
        ),
        (  # the quoted name hangs inside the object
            'The former governor called the use of emergency decrees "quite dangerous."',
            'the use of emergency decrees "quite dangerous',
        ),
    ],
)
def test_naming_predicate_in_a_misparsed_call(pipeline: Any, text: str, expected: str) -> None:
    found = [(c, x) for _s, c, x in statements(pipeline, text) if c == "called"]
    assert found and expected in found[0][1][0]


def test_a_document_reads_a_quotation(pipeline: Any) -> None:
    found = statements(pipeline, 'The banner read "Peace now." The council reads the budget every spring.')
    assert [(s, c) for s, c, _x in found] == [("The banner", "read")]


def test_a_clause_hung_on_the_speaker_noun_stays_out_of_the_mention(pipeline: Any) -> None:
    found = statements(pipeline, 'Speaking in Lagos, the minister called Osman, his main rival, a "traitor."')
    assert [s for s, c, _x in found if c == "called"] == ["the minister"]


def test_only_stays_with_the_quantity_it_limits(pipeline: Any) -> None:
    found = statements(pipeline, "Only 40 percent of the delegates said they would back the truce.")
    assert [s for s, _c, _x in found] == ["Only 40 percent of the delegates"]
    found = statements(pipeline, "Even the rebels said the truce was holding.")
    assert [s for s, _c, _x in found] == ["the rebels"]
