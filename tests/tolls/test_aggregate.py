"""Counting each casualty once: the aggregation rules on hand-made mentions (model-free)."""

from __future__ import annotations

from typing import Any

from facta.tolls.aggregate import Count, judge, totals, victims
from facta.tolls.mentions import Mention

_pos = iter(range(0, 10_000, 10))


def m(kind: str, low: int, victim: str = "unknown", *flags: str, **kw: Any) -> Mention:
    start = next(_pos)
    return Mention(
        kind, low, kw.pop("high", None), victim, start, start, start + 2, 0, flags=frozenset(flags), **kw
    )


def killed(*mentions: Mention) -> Count | None:
    return totals(judge(list(mentions)))["killed"]


def test_same_figure_repeated_counts_once() -> None:
    assert killed(m("killed", 5, "civilian"), m("killed", 5, "unknown")) == Count(5)


def test_distinct_victims_add_up() -> None:
    assert killed(m("killed", 2, "soldier"), m("killed", 2, "civilian")) == Count(4)


def test_separate_incident_is_added_even_with_the_same_figure() -> None:
    assert killed(m("killed", 7), m("killed", 7, "unknown", "separate")) == Count(14)


def test_lead_figure_and_its_breakdown_are_not_added() -> None:
    assert killed(m("killed", 12), m("killed", 3, "soldier"), m("killed", 9, "civilian")) == Count(12)


def test_running_ordinal_raises_the_count() -> None:
    assert killed(m("killed", 3, "soldier"), m("killed", 1, "soldier", ordinal=4)) == Count(4)
    assert killed(m("killed", 4, "soldier"), m("killed", 1, "soldier", ordinal=4)) == Count(4)


def test_series_ordinal_is_one_death() -> None:
    assert killed(m("killed", 1, "civilian", "period", ordinal=2)) == Count(1)


def test_period_total_is_left_out_when_there_are_new_figures() -> None:
    assert killed(m("killed", 5), m("killed", 41, "unknown", "period", "update")) == Count(5)
    assert killed(m("killed", 300, "unknown", "period")) == Count(300)  # the only figure given


def test_update_supersedes_smaller_figures() -> None:
    assert killed(m("killed", 30), m("killed", 41, "unknown", "update")) == Count(41)


def test_subset_is_not_added_but_names_victims() -> None:
    judged = judge([m("killed", 14), m("killed", 5, "child", "subset")])
    assert totals(judged)["killed"] == Count(14)
    assert victims(judged) == {"child": 5}


def test_vague_figures_give_a_range_not_a_number() -> None:
    assert killed(m("killed", 24, high=99, vague=True)) == Count(24, 99, False)
    assert killed(m("killed", 24, high=99, vague=True), m("killed", 3, "soldier", "separate")) == Count(
        27, 102, False
    )
    assert killed(m("killed", 2, vague=True)) == Count(2, None, False)  # "many": open-ended


def test_zero_only_when_nothing_else_counts() -> None:
    assert killed(m("killed", 0)) == Count(0)
    assert killed(m("killed", 0), m("killed", 2)) == Count(2)
    assert totals(judge([m("injured", 3)]))["killed"] is None


def test_historical_and_superseded_are_left_out() -> None:
    assert killed(m("killed", 9), m("killed", 9, "unknown", "historical")) == Count(9)
    assert killed(m("killed", 5), m("killed", 3, "unknown", "superseded")) == Count(5)


def test_conjoined_victims_are_added() -> None:
    assert killed(m("killed", 1, "civilian", "conj"), m("killed", 2, "unknown", "conj")) == Count(3)


def test_explicit_additions_come_on_top_of_a_lead_figure() -> None:
    assert killed(m("killed", 11), m("killed", 1, ordinal=12)) == Count(12)
    assert killed(m("killed", 10), m("killed", 3, "soldier", "more")) == Count(13)


def test_cumulative_total_gives_way_to_a_shorter_period_figure() -> None:
    week = m("killed", 3, "child", "period")
    since = m("killed", 900, "unknown", "period", "cumulative")
    assert killed(week, since) == Count(3)


def test_cumulative_total_alone_is_the_articles_figure() -> None:
    assert killed(m("killed", 900, "unknown", "period", "cumulative")) == Count(900)


def test_period_figures_alone_still_count() -> None:
    assert killed(m("killed", 4, "unknown", "period")) == Count(4)
