"""Position timelines and reversal flags on hand-made records (pure functions)."""

from __future__ import annotations

import dataclasses

from facta.model import Actor, Span
from facta.positions import detect_flags, flags_for, positions_from_records, select
from facta.positions.identity import KeyJoiner, normalize_name, person_key
from tests.positions.conftest import group, person, record

KLF = group("g", "Kordofan Liberation Front")


def dere(actor_id: str = "a1") -> object:
    return person(actor_id, "Amos Dere", role="leader", affiliation="g")


def test_walk_back_by_the_same_actor() -> None:
    records = [
        record("r1", "2024-03-01", [dere(), KLF], [("a1", "offer", "talks", "We are ready for talks.")]),
        record(
            "r2", "2024-03-09", [dere(), KLF], [("a1", "qualify", "talks", "Talks only after a pullback.")]
        ),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.topic, flag.scope, flag.who) == ("walk-back", "talks", "actor", "Amos Dere")
    assert flag.before.date == "2024-03-01" and flag.after.date == "2024-03-09"
    assert not flag.other_member


def test_reversal_by_another_member_of_the_organisation() -> None:
    kal = person("a2", "Joseph Kal", role="spokesman", affiliation="g")
    records = [
        record("r1", "2024-03-01", [dere(), KLF], [("a1", "offer", "ceasefire", "We offer a truce.")]),
        record("r2", "2024-03-05", [kal, KLF], [("a2", "reject", "ceasefire", "There will be no truce.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.scope, flag.who) == ("reversal", "organisation", "Kordofan Liberation Front")
    assert flag.other_member and flag.after.actor_name == "Joseph Kal"


def test_consistent_positions_and_other_topics_are_not_flagged() -> None:
    records = [
        record("r1", "2024-03-01", [dere(), KLF], [("a1", "support", "talks", "We back the talks.")]),
        record("r2", "2024-03-02", [dere(), KLF], [("a1", "offer", "talks", "We will join the talks.")]),
        record("r3", "2024-03-03", [dere(), KLF], [("a1", "reject", "sanctions", "We reject sanctions.")]),
    ]
    assert detect_flags(positions_from_records(records)) == []


def test_different_people_with_the_same_surname_are_not_linked() -> None:
    rebel = person("a1", "Ahmed Farah", affiliation="g")
    minister = person("a1", "Abdi Farah", country="SOM", sector="GOV")
    records = [
        record(
            "r1", "2024-03-01", [rebel, KLF], [("a1", "offer", "prisoner release", "We will swap prisoners.")]
        ),
        record("r2", "2024-03-02", [minister], [("a1", "reject", "prisoner release", "No swap.")]),
    ]
    assert detect_flags(positions_from_records(records)) == []


def test_a_surname_alone_joins_the_one_full_name() -> None:
    records = [
        record(
            "r1", "2024-03-01", [person("a1", "Tendai Moyo")], [("a1", "demand", "election", "Vote now.")]
        ),
        record(
            "r2", "2024-03-09", [person("a1", "Moyo")], [("a1", "reject", "election", "We will boycott.")]
        ),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert flag.kind == "reversal" and flag.before.actor_key == flag.after.actor_key == "tendai moyo"


def test_acronym_and_full_name_are_one_organisation() -> None:
    records = [
        record(
            "r1", "2024-03-01", [group("g", "National Liberation Army")], [("g", "support", "talks", "Yes.")]
        ),
        record("r2", "2024-03-05", [group("g", "NLA")], [("g", "reject", "talks", "No.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert flag.kind == "reversal" and flag.scope == "organisation"


def test_only_the_change_is_flagged_and_rejection_to_support_counts() -> None:
    a = [person("a1", "Sekou Camara", country="GIN", sector="GOV")]
    records = [
        record("r1", "2024-03-01", a, [("a1", "reject", "talks", "No dialogue.")]),
        record("r2", "2024-03-02", a, [("a1", "reject", "talks", "Still no dialogue.")]),
        record("r3", "2024-03-03", a, [("a1", "support", "talks", "We accept dialogue.")]),
        record("r4", "2024-03-04", a, [("a1", "support", "talks", "Dialogue is good.")]),
    ]
    flags = detect_flags(positions_from_records(records))
    assert [(f.kind, f.before.article_id, f.after.article_id) for f in flags] == [("reversal", "r2", "r3")]


def test_same_day_order_follows_the_article() -> None:
    kal = person("a2", "Joseph Kal", role="spokesman", affiliation="g")
    r = record(
        "r1",
        "2024-03-01",
        [dere(), kal, KLF],
        [("a1", "offer", "talks", "We are ready."), ("a2", "qualify", "talks", "Only a ceasefire.")],
    )
    (flag,) = detect_flags(positions_from_records([r]))
    assert flag.kind == "walk-back" and flag.other_member


def test_people_of_one_government_are_grouped_by_country() -> None:
    a = person("a1", "Hailu Tesfaye", country="ETH", sector="GOV", role="defence minister")
    b = person("a1", "Mesfin Alemu", country="ETH", sector="GOV", role="foreign minister")
    records = [
        record("r1", "2024-03-01", [a], [("a1", "offer", "ceasefire", "We accept a truce.")]),
        record("r2", "2024-03-02", [b], [("a1", "reject", "ceasefire", "No truce.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert flag.scope == "organisation" and flag.who == "ETH government"


def test_statements_without_speaker_stance_or_topic_are_not_positions() -> None:
    r = record(
        "r1",
        "2024-03-01",
        [dere(), KLF],
        [
            ("a1", "offer", None, "We are ready."),
            ("a1", None, "talks", "Talks."),
            ("zz", "offer", "talks", "x"),
        ],  # type: ignore[list-item]
    )
    assert positions_from_records([r]) == []


def test_select_by_member_organisation_acronym_and_topic() -> None:
    kal = person("a2", "Joseph Kal", role="spokesman", affiliation="g")
    records = [
        record("r1", "2024-03-01", [dere(), KLF], [("a1", "offer", "talks", "Ready.")]),
        record("r2", "2024-03-02", [kal, KLF], [("a2", "reject", "ceasefire", "No truce.")]),
    ]
    positions = positions_from_records(records)
    assert [p.actor_name for p in select(positions, "Kal")] == ["Joseph Kal"]
    assert len(select(positions, "Kordofan Liberation Front")) == 2
    assert len(select(positions, "KLF")) == 2
    assert [p.topic for p in select(positions, "KLF", "ceasefire")] == ["ceasefire"]
    assert select(positions, "Dere Kal") == []
    chosen = select(positions, "Dere")
    assert flags_for(detect_flags(positions), chosen) == []


def test_name_keys() -> None:
    assert normalize_name("The Kordofan Liberation Front's") == "kordofan liberation front"
    assert normalize_name("KHARTOUM - Sudán's army") == "sudan army"
    assert person_key("Gen. Osman Hamid") == "osman hamid"
    joiner = KeyJoiner()
    for key in ("kordofan liberation front", "klf", "sudan army"):
        joiner.add(key)
    joiner.join_acronyms()
    assert joiner.find("klf") == joiner.find("kordofan liberation front") != joiner.find("sudan army")
    ambiguous = KeyJoiner()
    for key in ("kordofan liberation front", "klf", "kenya labour federation"):
        ambiguous.add(key)
    ambiguous.join_acronyms()
    assert len({ambiguous.find(k) for k in ambiguous.parent}) == 3  # an acronym of two names joins neither


def test_a_relayed_position_is_the_organisations() -> None:
    zawi = person("a2", "Hassan al-Zawi", role="spokesman")
    party = Actor(id="p", name="National Renewal Party", kind="organization")
    r1 = record(
        "r1", "2025-09-01", [party], [("p", "support", "power sharing", "We back a unity government.")]
    )
    r2 = record(
        "r2", "2025-09-29", [zawi, party], [("a2", "reject", "power sharing", "The party rejected it.")]
    )
    relayed = dataclasses.replace(r2.statements[0], holder="p")
    r2 = dataclasses.replace(r2, statements=(relayed,))
    (flag,) = detect_flags(positions_from_records([r1, r2]))
    assert (flag.kind, flag.who) == ("reversal", "National Renewal Party")
    # an organisation no stage listed is known by the name the statement gives it
    unnamed = dataclasses.replace(r2.statements[0], holder=None, holder_span=Span(0, 9, "The NRP", 0))
    r3 = dataclasses.replace(r2, actors=(zawi,), statements=(unnamed,))
    (flag,) = detect_flags(positions_from_records([r1, r3]))
    assert flag.kind == "reversal" and flag.after.actor_key == "nrp"


def test_an_official_affiliated_with_the_country_speaks_for_its_government() -> None:
    country = Actor(id="c", name="Burkina Faso", kind="organization", country="BFA")
    pm = person("a1", "Issouf Ouedraogo", country="BFA", sector="GOV", role="prime minister", affiliation="c")
    other = person("a1", "Burkina Faso's prime minister", country="BFA", sector="GOV")
    records = [
        record("r1", "2024-08-05", [pm, country], [("a1", "offer", "talks", "We are open to dialogue.")]),
        record("r2", "2024-08-19", [other], [("a1", "retract", "talks", "We never offered dialogue.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.scope, flag.who) == ("walk-back", "organisation", "BFA government")


def test_a_speaker_found_by_a_later_stage_holds_the_position() -> None:
    party = Actor(
        id="p",
        name="National Renewal Party",
        kind="group",
        mentions=(Span(0, 26, "The National Renewal Party", 0),),
    )
    r = record(
        "r1", "2025-09-01", [party], [("p", "support", "power sharing", "We back a unity government.")]
    )
    st = dataclasses.replace(
        r.statements[0], speaker=None, speaker_span=Span(0, 26, "The National Renewal Party", 0)
    )
    (pos,) = positions_from_records([dataclasses.replace(r, statements=(st,))])
    assert pos.actor_name == "National Renewal Party"


def test_one_persons_two_statements_of_one_moment_are_not_a_reversal() -> None:
    minister = person("a1", "Oksana Petrenko", country="UKR", sector="GOV")
    records = [
        record("r1", "2025-07-01", [minister], [("a1", "support", "ceasefire", "We back a truce.")]),
        record(
            "r2",
            "2025-07-15",
            [minister],
            [
                ("a1", "reject", "sanctions", "No easing of sanctions."),
                ("a1", "support", "sanctions", "Keep them."),
            ],
        ),
    ]
    assert detect_flags(positions_from_records(records)) == []
    later = record("r3", "2025-07-29", [minister], [("a1", "reject", "sanctions", "Lift them.")])
    (flag,) = detect_flags(positions_from_records([*records, later]))
    assert flag.kind == "reversal" and flag.after.article_id == "r3"


def test_a_country_speaks_through_its_government() -> None:
    minister = person("a1", "Aram Petrosyan", country="ARM", sector="GOV", role="defence minister")
    country = Actor(id="c", name="Armenia", kind="country", country="ARM")
    records = [
        record("r1", "2024-11-04", [minister], [("a1", "offer", "withdrawal", "Troops will pull back.")]),
        record("r2", "2024-11-25", [country], [("c", "reject", "withdrawal", "Armenia will not withdraw.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.scope, flag.who) == ("reversal", "organisation", "ARM government")


def test_a_relayed_position_is_found_by_the_person_who_said_it() -> None:
    from facta.positions import matches_actor

    party = Actor(id="p", name="National Renewal Party", kind="group")
    speaker = person("a1", "Lina Haddad", role="spokeswoman", affiliation="p")
    r = record("r1", "2025-09-01", [party, speaker], [("a1", "offer", "talks", "The party will talk.")])
    st = dataclasses.replace(r.statements[0], holder="p")
    (pos,) = positions_from_records([dataclasses.replace(r, statements=(st,))])
    assert pos.actor_name == "National Renewal Party" and pos.speaker == "Lina Haddad"
    assert matches_actor(pos, "Haddad") and matches_actor(pos, "National Renewal Party")
    assert not matches_actor(pos, "Omar Haddadi")


def test_a_rejection_beside_a_qualification_is_its_other_half() -> None:
    actors = [person("a1", "Emma Tangwe Ndi")]
    first = record("x1", "2031-01-01", actors, [("a1", "support", "amnesty", "fighters will be spared")])
    second = record(
        "x2",
        "2031-01-10",
        actors,
        [
            ("a1", "reject", "amnesty", "commanders will still face trial"),
            ("a1", "qualify", "amnesty", "only the rank and file will be spared"),
        ],
    )
    flags = detect_flags(positions_from_records([first, second]))
    assert [(f.kind, f.topic) for f in flags] == [("walk-back", "amnesty")]
