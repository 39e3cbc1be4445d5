"""Numbers in digits and words (model-free)."""

from __future__ import annotations

import pytest

from facta.tolls.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("two", 2),
        ("Twenty-five", 25),
        ("two hundred and fifty", 250),
        ("three thousand", 3000),
        ("2.5 million", 2_500_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a couple", 2),
        ("both", 2),
    ],
)
def test_exact_numbers(text: str, value: int) -> None:
    q = parse_number(text)
    assert q is not None and q.exact and q.value == value


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens", 24, 99),
        ("hundreds", 200, 999),
        ("thousands", 2000, 9999),
        ("several", 3, 9),
        ("scores", 40, 99),
    ],
)
def test_vague_numbers_keep_a_range(text: str, low: int, high: int) -> None:
    q = parse_number(text)
    assert q is not None and not q.exact and (q.low, q.high) == (low, high) and q.value is None


def test_ordinals_and_non_numbers() -> None:
    fourth = parse_number("fourth")
    assert fourth is not None and fourth.ordinal and fourth.low == 4
    third = parse_number("3rd")
    assert third is not None and third.ordinal and third.low == 3
    assert parse_number("soldiers") is None
    assert parse_number("") is None


def test_half_a_multiplier() -> None:
    from facta.tolls.numbers import parse_number

    assert parse_number("half a million") == parse_number("500000")
    assert parse_number("half-a-million") == parse_number("500000")
