"""General mechanisms: names and memberships from a speaker's mention, memberships across articles,
titles with modifiers, narrowed commitments, denials of one's own position, phrasal frames."""

from __future__ import annotations

import dataclasses

from facta.model import Actor, Span
from facta.positions import detect_flags, positions_from_records
from facta.positions.mentions import bare_name, full_name, member_of
from facta.quotes.stance import Position, classify, load_stance_lexicon
from tests.positions.conftest import person, record
from tests.quotes.conftest import T, build

LEX = load_stance_lexicon()


def run(tokens: list[T], cue: list[int], content: list[int]) -> Position:
    return classify(LEX, build(tokens), cue, content)


def test_the_full_name_and_the_organisation_come_from_the_mention() -> None:
    mention = "Amadou Sow Keita, who heads the Niger Valley Defence Front,"
    assert full_name("Amadou Sow", mention) == "Amadou Sow Keita"
    assert full_name("Amadou Sow Keita", mention) == "Amadou Sow Keita"
    assert member_of(mention) == "Niger Valley Defence Front"
    assert member_of("a spokeswoman for the Union of Dock Workers, Ana Paz,") == "Union of Dock Workers"
    assert member_of("the group's deputy secretary for external relations") is None
    assert bare_name("Keita") == "Keita" and bare_name("he") is None


def _with_mention(rec: object, statement: int, text: str) -> object:
    sts = list(rec.statements)  # type: ignore[attr-defined]
    sts[statement] = dataclasses.replace(sts[statement], speaker_span=Span(0, len(text), text, 0))
    return dataclasses.replace(rec, statements=tuple(sts))  # type: ignore[call-arg]


def test_a_truncated_name_meets_its_surname_and_the_group_follows_the_person() -> None:
    first = record("r1", "2025-03-01", [person("a1", "Amadou Sow")], [("a1", "offer", "disarmament", "x")])
    first = _with_mention(first, 0, "Amadou Sow Keita, who heads the Niger Valley Defence Front,")
    later = record(
        "r2",
        "2025-03-09",
        [Actor(id="a1", name="Keita", kind="group")],
        [("a1", "reject", "disarmament", "y")],
    )
    (flag,) = detect_flags(positions_from_records([first, later]))  # type: ignore[list-item]
    assert flag.kind == "reversal" and flag.after.actor_key == "amadou sow keita"
    assert flag.after.group_key == "niger valley defence front"


def test_a_person_who_relayed_an_organisation_speaks_for_it_later() -> None:
    union = Actor(id="o1", name="Dock Workers Union", kind="organization")
    leader = person("p1", "Ana Paz")
    first = record("r1", "2025-03-01", [union, leader], [("p1", "offer", "strike", "x")])
    sts = [dataclasses.replace(first.statements[0], holder="o1")]
    first = dataclasses.replace(first, statements=tuple(sts))
    later = record("r2", "2025-03-05", [person("p1", "Ana Paz")], [("p1", "qualify", "strike", "y")])
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert (flag.kind, flag.scope) == ("walk-back", "organisation")
    assert flag.after.actor_key == "ana paz" and flag.before.speaker_key == "ana paz"
    # someone else with no tie to the union does not walk it back
    other = record("r3", "2025-03-05", [person("p2", "Ivo Lenz")], [("p2", "qualify", "strike", "y")])
    assert not detect_flags(positions_from_records([first, other]))


def test_a_title_with_a_modifier_meets_the_named_holder_of_its_head_role() -> None:
    named = person("a1", "Lena Brandt", role="mayor")
    first = record("r1", "2025-01-01", [named], [("a1", "offer", "resignation", "x")])
    first = _with_mention(first, 0, "The mayor of Potsdam's Babelsberg district, Lena Brandt,")
    titled = person("a1", "Babelsberg mayor", role="babelsberg mayor")
    later = record("r2", "2025-01-09", [titled], [("a1", "reject", "resignation", "y")])
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert flag.after.actor_key == "lena brandt"
    # a modifier the named mayor's mentions do not hold names someone else
    titled = person("a1", "Zehlendorf mayor", role="zehlendorf mayor")
    later = record("r2", "2025-01-09", [titled], [("a1", "reject", "resignation", "y")])
    assert not detect_flags(positions_from_records([first, later]))


def test_a_commitment_narrowed_to_part_of_it_is_a_qualification() -> None:
    # only two of the battalions would come home
    tokens = [
        T("only", "ADV", "advmod", 1), T("two", "NUM", "nsubj", 6), T("of", "ADP", "prep", 1),
        T("the", "DET", "det", 4), T("battalions", "NOUN", "pobj", 2, "battalion"),
        T("would", "AUX", "aux", 6), T("come", "VERB", "ROOT", 6, "come"),
        T("home", "ADV", "advmod", 6),
    ]  # fmt: skip
    assert run(tokens, [], list(range(8))) == Position("qualify", "withdrawal")
    # all the battalions would come home
    tokens = [
        T("all", "DET", "det", 2), T("the", "DET", "det", 2),
        T("battalions", "NOUN", "nsubj", 4, "battalion"), T("would", "AUX", "aux", 4),
        T("come", "VERB", "ROOT", 4, "come"), T("home", "ADV", "advmod", 4),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))).stance == "offer"


def test_denying_having_taken_a_position_is_a_retraction() -> None:
    # denied that the union had ever called a strike
    tokens = [
        T("denied", "VERB", "ROOT", 0, "deny"), T("that", "SCONJ", "mark", 6),
        T("the", "DET", "det", 3), T("union", "NOUN", "nsubj", 6, "union"),
        T("had", "AUX", "aux", 6, "have"), T("ever", "ADV", "advmod", 6),
        T("called", "VERB", "ccomp", 0, "call"), T("a", "DET", "det", 8),
        T("strike", "NOUN", "dobj", 6, "strike"),
    ]  # fmt: skip
    assert run(tokens, [0], list(range(1, 9))) == Position("retract", "strike")


def test_denying_a_fact_is_not_a_retraction() -> None:
    # denied that its fighters had left the town
    tokens = [
        T("denied", "VERB", "ROOT", 0, "deny"), T("that", "SCONJ", "mark", 5),
        T("its", "PRON", "poss", 3), T("fighters", "NOUN", "nsubj", 5, "fighter"),
        T("had", "AUX", "aux", 5, "have"), T("left", "VERB", "ccomp", 0, "leave"),
        T("the", "DET", "det", 7), T("town", "NOUN", "dobj", 5, "town"),
    ]  # fmt: skip
    assert run(tokens, [0], list(range(1, 8))) == Position("deny", "withdrawal")


def test_committing_to_the_opposite_rejects_the_topic() -> None:
    # he would remain in his post / he would not remain in his post
    tokens = [
        T("he", "PRON", "nsubj", 2), T("would", "AUX", "aux", 2), T("remain", "VERB", "ROOT", 2, "remain"),
        T("in", "ADP", "prep", 2), T("his", "PRON", "poss", 5), T("post", "NOUN", "pobj", 3, "post"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))) == Position("reject", "resignation")
    negated = [
        T("he", "PRON", "nsubj", 3), T("would", "AUX", "aux", 3), T("not", "PART", "neg", 3),
        T("remain", "VERB", "ROOT", 3, "remain"), T("in", "ADP", "prep", 3),
        T("his", "PRON", "poss", 6), T("post", "NOUN", "pobj", 4, "post"),
    ]  # fmt: skip
    assert run(negated, [], list(range(7))) == Position("support", "resignation")


def test_only_with_a_condition_qualifies() -> None:
    # talks could only start once the troops left
    tokens = [
        T("talks", "NOUN", "nsubj", 3, "talk"), T("could", "AUX", "aux", 3), T("only", "ADV", "advmod", 3),
        T("start", "VERB", "ROOT", 3, "start"), T("once", "SCONJ", "mark", 7),
        T("the", "DET", "det", 6), T("troops", "NOUN", "nsubj", 7, "troop"),
        T("left", "VERB", "advcl", 3, "leave"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(8))) == Position("qualify", "talks")


def test_a_name_of_an_organisation_is_its_member() -> None:
    assert member_of("Commander Hassan Nur Ali of the Ogaden People's Front") == "Ogaden People's Front"
    assert member_of("the Mayor of London") is None


def test_any_verb_on_a_labour_strike_states_the_position_but_not_on_a_drone_strike() -> None:
    # the union suspended its planned strike / the army suspended the drone strike
    tokens = [
        T("the", "DET", "det", 1), T("union", "NOUN", "nsubj", 2, "union"),
        T("suspended", "VERB", "ROOT", 2, "suspend"), T("its", "PRON", "poss", 5),
        T("planned", "VERB", "amod", 5, "plan"), T("strike", "NOUN", "dobj", 2, "strike"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))) == Position("reject", "strike")
    tokens[4] = T("drone", "NOUN", "compound", 5, "drone")
    assert run(tokens, [], list(range(6))).topic is None


def test_lifting_sanctions_goes_against_them() -> None:
    tokens = [
        T("the", "DET", "det", 1), T("bloc", "NOUN", "nsubj", 3, "bloc"), T("will", "AUX", "aux", 3),
        T("lift", "VERB", "ROOT", 3, "lift"), T("sanctions", "NOUN", "dobj", 3, "sanction"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))).stance == "reject"


def test_a_description_meets_the_person_it_described_elsewhere() -> None:
    named = person("a1", "Mamadou Diallo Keita", role="colonel")
    first = record("r1", "2025-01-01", [named], [("a1", "offer", "election", "x")])
    first = _with_mention(first, 0, "Guinea's junta leader, Colonel Mamadou Diallo Keita,")
    later = record(
        "r2", "2025-01-09", [person("a1", "junta leader", role="leader")], [("a1", "reject", "election", "y")]
    )
    (flag,) = detect_flags(positions_from_records([first, later]))  # type: ignore[list-item]
    assert flag.after.actor_key == "mamadou diallo keita"


def test_going_back_without_a_topic_goes_back_on_the_latest_position() -> None:
    minister = person("a1", "Ramesh Thapa")
    records = [
        record("r1", "2025-01-01", [minister], [("a1", "offer", "investigation", "x")]),
        record("r2", "2025-01-09", [minister], [("a1", "retract", None, "y")]),  # type: ignore[list-item]
    ]
    (flag,) = detect_flags(positions_from_records(records))
    assert (flag.kind, flag.topic) == ("walk-back", "investigation")
    # with nothing earlier it is no position at all
    assert positions_from_records(records[1:]) == []


def test_a_commitment_limited_by_a_restricted_phrase_qualifies() -> None:
    # the truce would apply only in the north
    tokens = [
        T("the", "DET", "det", 1), T("truce", "NOUN", "nsubj", 3, "truce"), T("would", "AUX", "aux", 3),
        T("apply", "VERB", "ROOT", 3, "apply"), T("only", "ADV", "advmod", 5), T("in", "ADP", "prep", 3),
        T("the", "DET", "det", 7), T("north", "NOUN", "pobj", 5, "north"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(8))) == Position("qualify", "ceasefire")


def test_an_arrangement_called_off_is_rejected() -> None:
    tokens = [
        T("the", "DET", "det", 2), T("prisoner", "NOUN", "compound", 2, "prisoner"),
        T("swap", "NOUN", "nsubj", 3, "swap"), T("is", "AUX", "ROOT", 3, "be"), T("off", "ADV", "advmod", 3),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))) == Position("reject", "prisoner release", trigger=3)
