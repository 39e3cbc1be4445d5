"""Time expressions by phrasing class, resolved without a parse (model-free)."""

from __future__ import annotations

import datetime as dt

import pytest

from facta.temporal import find_times

PUB = dt.date(2024, 3, 13)  # a Wednesday


def values(text: str, published: dt.date | None = PUB) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, published).timexes]


def one(text: str, published: dt.date | None = PUB) -> tuple[str, str, str | None]:
    found = values(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on March 3.", ("March 3", "DATE", "2024-03-03")),
        ("It happened on 3 March 2024.", ("3 March 2024", "DATE", "2024-03-03")),
        ("It happened on March 3, 2021.", ("March 3, 2021", "DATE", "2021-03-03")),
        ("It happened on the 3rd of March.", ("the 3rd of March", "DATE", "2024-03-03")),
        ("It happened on 2024-03-03.", ("2024-03-03", "DATE", "2024-03-03")),
        ("It happened in March 2024.", ("March 2024", "DATE", "2024-03")),
        ("It happened in 2019.", ("2019", "DATE", "2019")),
        ("It happened in the 1990s.", ("the 1990s", "DATE", "199")),
        ("It happened in the early 1990s.", ("the early 1990s", "DATE", "199")),
        ("It happened in the nineties.", ("the nineties", "DATE", "199")),
        ("It happened in the 19th century.", ("the 19th century", "DATE", "18")),
        ("It happened in the third quarter of 2023.", ("the third quarter of 2023", "DATE", "2023-Q3")),
        ("It happened in the first half of 2023.", ("the first half of 2023", "DATE", "2023-H1")),
        ("It happened in the summer of 2019.", ("the summer of 2019", "DATE", "2019-SU")),
        ("It happened on Tuesday, March 12.", ("Tuesday, March 12", "DATE", "2024-03-12")),
        ("It happened on Christmas Day 2021.", ("Christmas Day 2021", "DATE", "2021-12-25")),
    ],
)
def test_explicit_dates(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_numeric_dates_month_first_with_slash_day_first_with_dots() -> None:
    assert one("Filed on 3/4/2024.")[2] == "2024-03-04"  # US order for "/"
    assert one("Filed on 14/3/2024.")[2] == "2024-03-14"  # a day above 12 decides
    assert one("Filed on 4.3.2024.")[2] == "2024-03-04"  # day first with "."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Clashes broke out on Friday.", "2024-03-08"),
        ("Clashes broke out on Wednesday.", "2024-03-13"),  # the publication day itself
        ("Clashes broke out last Wednesday.", "2024-03-06"),
        ("Talks resume next Friday.", "2024-03-15"),
        ("Talks resume this Friday.", "2024-03-15"),
    ],
)
def test_weekdays_look_back_unless_the_text_says_next(text: str, value: str) -> None:
    assert one(text)[2] == value


def test_weekday_never_after_publication_without_a_cue() -> None:
    for day in range(7):
        pub = dt.date(2024, 3, 11) + dt.timedelta(days=day)
        for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            t = find_times(f"It happened on {name}.", pub).timexes[0]
            assert t.period is not None and t.period.start <= pub and not t.future


@pytest.mark.parametrize(
    ("text", "typ", "value"),
    [
        ("It happened today.", "DATE", "2024-03-13"),
        ("It happened yesterday.", "DATE", "2024-03-12"),
        ("It will happen tonight.", "TIME", "2024-03-13TNI"),
        ("It happened last night.", "TIME", "2024-03-12TNI"),
        ("It happened this morning.", "TIME", "2024-03-13TMO"),
        ("It happened yesterday afternoon.", "TIME", "2024-03-12TAF"),
        ("It happened last week.", "DATE", "2024-W10"),
        ("It happened last month.", "DATE", "2024-02"),
        ("It happened last year.", "DATE", "2023"),
        ("It happened earlier this month.", "DATE", "2024-03"),
        ("It happened this week.", "DATE", "2024-W11"),
        ("It happened over the weekend.", "DATE", "2024-W10-WE"),
        ("It happened five months ago.", "DATE", "2023-10"),
        ("It happened three weeks ago.", "DATE", "2024-W08"),
        ("It happened two days ago.", "DATE", "2024-03-11"),
        ("It happened a year ago.", "DATE", "2023"),
        ("It happened a decade ago.", "DATE", "2014"),
        ("It happened at 3 p.m.", "TIME", "2024-03-13T15:00"),
        ("It happened at 10 p.m. Tuesday.", "TIME", "2024-03-12T22:00"),
    ],
)
def test_relative_to_publication(text: str, typ: str, value: str) -> None:
    _, t, v = one(text)
    assert (t, v) == (typ, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("It happens tomorrow.", "2024-03-14"), ("It happens next week.", "2024-W12"), ("next year", "2025")],
)
def test_future_expressions_are_marked(text: str, value: str) -> None:
    t = find_times(text, PUB).timexes[0]
    assert t.value == value and t.future


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They fought for three weeks.", "P3W"),
        ("The siege lasted six months.", "P6M"),
        ("The talks went on for more than four hours.", "PT4H"),
        ("A decade of war.", "P10Y"),
        ("A two-year truce.", "P2Y"),
        ("It took a few days.", "PXD"),
        ("They have fought for years.", "PXY"),
    ],
)
def test_durations_are_not_dates(text: str, value: str) -> None:
    t = find_times(text, PUB).timexes[0]
    assert (t.type, t.value) == ("DURATION", value)
    assert t.period is None


def test_past_n_units_is_a_duration_with_a_range() -> None:
    t = find_times("Forty people died over the past three weeks.", PUB).timexes[0]
    assert (t.type, t.value) == ("DURATION", "P3W")
    assert t.period is not None and t.end_period is not None
    assert t.period.start <= dt.date(2024, 2, 21) and t.end_period.end >= PUB


@pytest.mark.parametrize(
    ("text", "value"),
    [("They meet every Friday.", "XXXX-WXX-5"), ("It is checked daily.", "P1D"), ("twice a week", "P1W")],
)
def test_sets(text: str, value: str) -> None:
    t = find_times(text, PUB).timexes[0]
    assert (t.type, t.value) == ("SET", value)


def test_ranges_are_joined_with_an_end_date() -> None:
    analysis = find_times("Fighting raged between Monday and Wednesday, and from 2019 to 2021.", PUB)
    joined = [(t.text, t.value, t.end_period.value if t.end_period else None) for t in analysis.joined]
    assert joined == [
        ("between Monday and Wednesday", "2024-03-11", "2024-03-13"),
        ("from 2019 to 2021", "2019", "2021"),
    ]
    assert len(analysis.timexes) == 4  # the parts stay, as TimeML annotates them


def test_range_never_runs_backwards() -> None:
    pub = dt.date(2024, 3, 12)  # Tuesday: a bare Wednesday would be last week's
    t = find_times("between Monday and Wednesday", pub).joined[0]
    assert t.period is not None and t.end_period is not None
    assert t.period.start < t.end_period.start <= pub


def test_day_range_inside_one_date() -> None:
    t = find_times("The summit ran March 3-5, 2023.", PUB).timexes[0]
    assert t.value == "2023-03-03" and t.end_period is not None and t.end_period.value == "2023-03-05"


def test_anaphoric_expressions_follow_the_last_date() -> None:
    text = "Troops shelled the town on Monday. Later that day, gunmen attacked. Two days later, talks began."
    assert [t.value for t in find_times(text, PUB).timexes] == ["2024-03-11", "2024-03-11", "2024-03-13"]


def test_offset_from_another_expression() -> None:
    analysis = find_times("The ceasefire collapsed two days after March 3.", PUB)
    assert [(t.text, t.value) for t in analysis.joined] == [("two days after March 3", "2024-03-05")]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    text = "On Friday, five months ago, on 3 March 2021 and in 2019, the army attacked."
    found = {t.text: t.value for t in find_times(text, None).timexes}
    assert found["3 March 2021"] == "2021-03-03" and found["2019"] == "2019"
    assert found["five months ago"] is None
    assert found["Friday"] == "XXXX-WXX-5"  # named but not placed in time
    assert all(t.period is None for t in find_times(text, None).timexes if t.anchor != "absolute")


@pytest.mark.parametrize(
    "text",
    [
        "They may march on the capital.",
        "April Ryan asked a question.",
        "In 2019 people were killed.",  # a year (2019 is a year here: "in")
        "Police detained 1500 protesters.",
        "a second attack followed",
        "A quarter of the population fled.",
        "He is a 6-year-old boy.",
        "They march every spring in protest",
    ],
)
def test_no_false_dates(text: str) -> None:
    found = values(text)
    if text.startswith("In 2019"):
        assert found == [("2019", "DATE", "2019")]
    elif text.startswith("They march every spring"):
        assert found == [("every spring", "SET", "XXXX-SP")]
    else:
        assert found == []


def test_two_digit_years_and_spelled_years() -> None:
    assert one("in the '90s", dt.date(2024, 1, 1))[2] == "199"
    assert one("in nineteen ninety-six")[2] == "1996"
    assert values("twenty five people") == []


@pytest.mark.parametrize("month", range(1, 13))
def test_last_and_next_month_name_resolve_for_every_month_and_january_first(month: int) -> None:
    """'last December' said on 1 January has a candidate (it used to crash the dates stage)."""
    name = dt.date(2000, month, 1).strftime("%B")
    pub = dt.date(2019, 1, 1)
    (_, _, last), (_, _, nxt) = (one(f"They met last {name}.", pub), one(f"They meet next {name}.", pub))
    assert last is not None and last < "2019-01"
    assert nxt is not None and nxt > "2019-01"
