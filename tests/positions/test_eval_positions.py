"""The position gold set and its scorer."""

from __future__ import annotations

from collections import Counter

from facta.evaluate.positions import PARTS, Expected, load_gold, score_case
from facta.positions import Flag, Position


def pos(actor: str, stance: str, group: str | None = None) -> Position:
    return Position("2024-01-01", "r", "s1", 0, actor.lower(), actor, "talks", stance, group_key=group)


def test_gold_set_shape() -> None:
    cases = load_gold()
    parts = Counter(c.part for c in cases)
    assert parts["tune"] >= 20 and parts["heldout"] >= 8 and parts["heldout2"] >= 10
    assert parts["heldout3"] >= 12 and parts["heldout4"] >= 14 and parts["heldout5"] >= 16
    assert parts["heldout6"] >= 20 and parts["heldout7"] >= 20 and parts["heldout8"] >= 24
    assert parts["heldout9"] >= 24 and parts["heldout10"] >= 20
    assert parts["heldout11"] >= 24 and parts["heldout12"] >= 20 and parts["heldout13"] >= 24
    assert parts["heldout14"] >= 22
    assert set(parts) == set(PARTS) - {"all"}
    assert len({c.id for c in cases}) == len(cases)
    for case in cases:
        assert len(case.articles) >= 2
        dates = [a.published for a in case.articles]
        assert dates == sorted(dates), case.id
        assert all(e.kind in {"reversal", "walk-back"} for e in case.expected)
    kinds = Counter(e.kind for c in cases for e in c.expected)
    assert kinds["reversal"] >= 5 and kinds["walk-back"] >= 5
    assert sum(1 for c in cases if not c.expected) >= 6  # cases where nothing must be flagged


def test_score_case_matches_kind_topic_and_name() -> None:
    flag = Flag(
        "reversal", "talks", "actor", "Amos Dere", pos("Amos Dere", "offer"), pos("Amos Dere", "reject")
    )
    assert score_case([flag], [Expected("reversal", "Dere", "talks")]).tp == 1
    assert score_case([flag], [Expected("walk-back", "Dere", "talks")]).fp == 1
    assert score_case([flag], [Expected("walk-back", "Dere", "talks")], with_kind=False).tp == 1
    assert score_case([flag], [Expected("reversal", "Kal", "talks")]).fn == 1
    assert score_case([], []).f1 == 0.0 and score_case([flag], []).fp == 1


def test_cli_part_choices_cover_every_part() -> None:
    from facta.cli.eval_positions import command
    from facta.evaluate.positions import PARTS

    option = next(p for p in command.params if p.name == "part")
    choices = option.type.choices  # type: ignore[attr-defined]
    assert tuple(choices) == PARTS
    assert {c.part for c in load_gold()} | {"all"} == set(PARTS)


def test_cli_part_choices_cover_every_gold_part() -> None:
    import click

    from facta.cli.eval_positions import command

    option = next(p for p in command.params if p.name == "part")
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == PARTS
    assert {c.part for c in load_gold()} == set(PARTS) - {"all"}
