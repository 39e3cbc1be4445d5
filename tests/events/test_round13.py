"""Round 13: whole-story precision and the main event, on texts we wrote. Two headlines joined by a
semicolon are two clauses; a headline names its weapon loosely; a later nominal report may name the
weapon's family; the terms of an agreement are acts to come, not offers."""

from __future__ import annotations

from typing import Any

import pytest

from facta.evaluate.events import code_texts
from facta.events.incident import main_event


@pytest.fixture
def story(pipeline: Any) -> Any:
    """The real pipeline (model): text -> DocState."""

    def run(text: str, published: str = "2024-03-15") -> Any:
        coded = code_texts(pipeline, [text], [published])[0]
        assert coded.state is not None, coded.error
        return coded.state

    return run


def _seen(state: Any) -> list[tuple[str, int, str | None]]:
    return [
        (e.type, e.evidence.sentence, e.evidence.trigger.text if e.evidence.trigger else None)
        for e in state.events
    ]


@pytest.mark.model
def test_the_clause_before_a_headline_semicolon_is_no_report_of_the_next(story: Any) -> None:
    state = story(
        "Soldiers kill four smugglers at border; minister blames gangs\n\n"
        "The army said on Friday that soldiers had killed four armed smugglers near the northern border."
    )
    attacks = [e for e in state.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _seen(state)
    assert 0 in {x.sentence for x in (attacks[0].evidence, *attacks[0].more_evidence)}
    # the first headline clause is the story's main event, not the reaction after the semicolon
    main = main_event(state)
    assert main is not None and main.type == "ASSAULT", _seen(state)


@pytest.mark.model
def test_a_headline_weapon_word_does_not_keep_it_apart_from_the_lead(story: Any) -> None:
    state = story(
        "Suicide bomber kills 12 at bus station in eastern town\n\n"
        "A man detonated explosives at a crowded bus station on Monday, killing 12 people, police said."
    )
    attacks = [e for e in state.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _seen(state)
    assert attacks[0].evidence.sentence > 0 and 0 in {x.sentence for x in attacks[0].more_evidence}


@pytest.mark.model
def test_a_later_nominal_report_may_name_the_weapon_family(story: Any) -> None:
    state = story(
        "Warplanes struck a market in the town on Monday, killing 20 people. "
        "Residents said the bombardment was the deadliest in months."
    )
    attacks = [e for e in state.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _seen(state)
    assert attacks[0].mode == "aerial"


@pytest.mark.model
def test_a_later_nominal_report_with_another_kind_of_weapon_stays_apart(story: Any) -> None:
    state = story(
        "Warplanes struck a market in the town on Monday, killing 20 people. "
        "Residents said the shooting was the third in a week."
    )
    assert len([e for e in state.events if e.type == "ASSAULT"]) == 2, _seen(state)


@pytest.mark.model
def test_terms_of_an_agreement_are_acts_to_come_not_offers(story: Any) -> None:
    state = story(
        "The government and the rebels signed a truce on Monday. Under the agreement, the rebels will "
        "withdraw from three northern towns."
    )
    later = [e for e in state.events if e.evidence.sentence == 1]
    assert [e.type for e in later] == ["RETREAT"], _seen(state)
    assert later[0].modality.future


@pytest.mark.model
def test_an_announced_withdrawal_outside_a_deal_is_still_an_offer(story: Any) -> None:
    state = story("The rebels said on Monday they would withdraw from three northern towns.")
    assert [e.type for e in state.events] == ["AGREE"], _seen(state)


def test_country_codes_that_differ_only_by_convention_are_one() -> None:
    from facta.evaluate.events_gold import GoldActor, GoldEvent, GoldItem, Predicted, canonical_codes, score

    assert canonical_codes(["XKX", "YUG", "DDR", "SUN", "CSK", "USA"]) == {
        "KOS",
        "SRB",
        "DEU",
        "RUS",
        "CZE",
        "USA",
    }
    gold = GoldEvent(
        "ASSAULT",
        source=(GoldActor("the Yugoslav army", "YUG"),),
        target=(GoldActor("a Kosovo town", "XKX"),),
    )
    item = GoldItem("t1", "test", "1999-04-01", "text", (gold,))
    pred = Predicted("ASSAULT", source=frozenset({"SRB"}), target=frozenset({"KOS"}), main=True)
    result = score([item], [[pred]])
    assert result["countries"]["source"]["accuracy"] == 1.0
    assert result["countries"]["target"]["accuracy"] == 1.0


@pytest.mark.model
def test_a_headline_event_told_as_background_is_not_the_main_event(story: Any) -> None:
    state = story(
        "Police clear protest camp a day after army reinforcements arrive\n\n"
        "Riot police fired tear gas and drove hundreds of protesters out of the camp in the capital on "
        "Tuesday, witnesses said."
    )
    main = main_event(state)
    assert main is not None and main.evidence.sentence > 0, _seen(state)
    assert main.type != "MOBILIZE"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army vowed revenge after the ambush on its convoy.",
        "The defence minister vowed a swift response to the border raid.",
        "The president vowed to veto any bill that would cut the army's budget.",
    ],
)
def test_a_vow_of_retaliation_or_of_a_veto_is_a_threat(story: Any, text: str) -> None:
    state = story(text)
    assert [e.type for e in state.events][:1] == ["THREATEN"], _seen(state)


@pytest.mark.model
def test_a_vow_to_rebuild_is_still_a_promise(story: Any) -> None:
    state = story("The government vowed to rebuild the flooded town.")
    assert [e.type for e in state.events] == ["AGREE"], _seen(state)


@pytest.mark.model
def test_a_possessive_nominal_report_refers_back(story: Any) -> None:
    state = story(
        "Syria released twelve political prisoners on Monday. The foreign minister of Jordan "
        "welcomed Syria's release of the prisoners."
    )
    releases = [e for e in state.events if e.type == "RETREAT"]
    assert len(releases) == 1, _seen(state)
    assert [x.sentence for x in releases[0].more_evidence] == [1]


@pytest.mark.model
def test_an_agreement_under_which_an_act_is_done_is_no_event_of_its_own(story: Any) -> None:
    state = story(
        "Thirty prisoners were freed on Tuesday under a separate deal negotiated with Qatar's help."
    )
    assert "AGREE" not in [e.type for e in state.events], _seen(state)
    assert "RETREAT" in [e.type for e in state.events], _seen(state)


@pytest.mark.model
def test_an_agreement_reached_is_still_an_event(story: Any) -> None:
    state = story("The two parties reached a deal on Tuesday after a week of talks.")
    assert "AGREE" in [e.type for e in state.events], _seen(state)


@pytest.mark.model
def test_a_conjunct_of_an_allegation_is_alleged_too(story: Any) -> None:
    state = story("The minister accused the neighbouring state of planning and financing the raid.")
    assert [e.type for e in state.events] == ["ACCUSE"], _seen(state)


@pytest.mark.model
def test_a_verb_coordinated_with_the_accusation_is_an_event(story: Any) -> None:
    state = story("The army accused the rebels of looting shops and attacked their camp.")
    assert "ASSAULT" in [e.type for e in state.events], _seen(state)


@pytest.mark.model
def test_being_sworn_in_is_no_promise(story: Any) -> None:
    state = story("The new governor is due to be sworn in on Friday afternoon.")
    assert state.events == [], _seen(state)
