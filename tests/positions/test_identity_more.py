"""Identity across articles: bare surnames, title-only mentions, holder mentions."""

from __future__ import annotations

import dataclasses

from facta.model import Actor, Span
from facta.positions import detect_flags, positions_from_records
from tests.positions.conftest import person, record


def test_a_surname_taken_for_a_group_joins_the_one_full_name() -> None:
    full = person("a1", "Imani Wekesa", role="foreign minister", country="KEN", sector="GOV")
    bare = Actor(id="a9", name="Wekesa", kind="group")
    records = [
        record("r1", "2025-01-01", [full], [("a1", "support", "sanctions", "We back sanctions.")]),
        record("r2", "2025-01-20", [bare], [("a9", "reject", "sanctions", "We oppose sanctions.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.scope) == ("reversal", "actor")
    assert flag.before.actor_key == flag.after.actor_key == "imani wekesa"
    # two people share the surname: the bare name joins neither
    other = person("a2", "Otieno Wekesa")
    records[0] = record(
        "r1", "2025-01-01", [full, other], [("a1", "support", "sanctions", "We back sanctions.")]
    )
    records.insert(1, record("r1b", "2025-01-02", [other], [("a2", "offer", "talks", "Talks now.")]))
    assert not detect_flags(positions_from_records(records))


def test_a_person_named_only_by_the_title_is_the_one_named_person_with_that_role() -> None:
    named = person("a1", "Lucia Mamani", role="mining minister", country="BOL")
    titled = person("a2", "Bolivia's mining minister", role="mining minister", country="BOL")
    records = [
        record("r1", "2025-02-01", [named], [("a1", "offer", "talks", "We will talk.")]),
        record("r2", "2025-02-05", [titled], [("a2", "retract", "talks", "Nothing was decided.")]),
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.scope, flag.after.actor_key) == ("walk-back", "actor", "lucia mamani")
    # a minister of another country is someone else
    records[1] = record(
        "r2",
        "2025-02-05",
        [dataclasses.replace(titled, country="PER")],
        [("a2", "retract", "talks", "Nothing was decided.")],
    )
    assert not detect_flags(positions_from_records(records))


def test_a_holder_mention_is_not_a_country_named_inside_it() -> None:
    togo = Actor(id="c", name="Benin", kind="country", country="BEN", mentions=(Span(21, 26, "Benin", 0),))
    speaker = person("a1", "Koffi Dossou")
    r = record("r1", "2025-03-01", [speaker, togo], [("a1", "reject", "election", "We shun the vote.")])
    st = dataclasses.replace(
        r.statements[0], holder=None, holder_span=Span(0, 26, "The Alliance for a New Benin", 0)
    )
    (pos,) = positions_from_records([dataclasses.replace(r, statements=(st,))])
    assert pos.actor_key == "alliance for a new benin"


def test_a_u_turn_turns_the_earlier_position_round() -> None:
    chief = person("a1", "Halima Sow", role="union leader")
    said = [
        ("2025-04-01", "offer", "We will strike."),
        ("2025-04-08", "reverse", "We made a U-turn on the strike."),
    ]
    records = [
        record(f"r{n}", day, [chief], [("a1", stance, "strike", text)])
        for n, (day, stance, text) in enumerate(said)
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.after.stance) == ("reversal", "reject")
    # after a rejection a U-turn is support
    records[0] = record("r0", "2025-04-01", [chief], [("a1", "reject", "strike", "No strike.")])
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.after.stance) == ("reversal", "support")
    # with nothing earlier there is nothing to turn round
    assert not detect_flags(positions_from_records(records[1:]))
