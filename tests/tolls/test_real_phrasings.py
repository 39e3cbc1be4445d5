"""Phrasings met in real articles that are not (all) casualty counts — our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tolls.test_phrasings import toll

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # durations and ages are not counts
        (
            "Dozens of suspects were rounded up and arrested over three months of raids.",
            {"arrested_low": 24, "arrested_high": 99},
        ),
        ("Militants were captured over six years of operations in the hills.", {}),
        ("The army captured the rebel commander after four weeks of searching.", {"arrested": 1}),
        ("Gunmen killed a 16-year-old student near the mosque.", {"killed": 1}),
        # "killed or wounded": neither count is known
        ("The strikes killed or injured 90 militants last week.", {}),
        ("Nine passengers were killed or wounded when the train derailed.", {}),
        ("Around 30 people were left dead or injured after the blast.", {}),
        # "killed and wounded" are two figures as before
        ("The blast killed four people and wounded 11 others.", {"killed": 4, "injured": 11}),
        # lives at risk, saved or hypothetical are not deaths; lives lost are
        ("The general said he would not risk one more life on the operation.", {}),
        ("Medics said the new clinic had saved hundreds of lives.", {}),
        ("The landslide claimed 14 lives in the valley.", {"killed": 14}),
        ("He refused to put a single life in danger for the plan.", {}),
        # a share is not a count
        ("Monitors said 60% of the victims were killed by airstrikes.", {}),
        ("About 40 per cent were killed by shelling, the report said.", {}),
        # a question is not a figure
        ("Officials would not say how many protesters had been arrested.", {}),
        # a cumulative total gives way to the day's figure, even when that is for "this week"
        (
            "Three children died of measles this week. More than 1,500 people have died of it since the"
            " epidemic began.",
            {"killed": 3},
        ),
        (
            "A mortar killed two soldiers on Monday. Some 8,000 fighters have been killed in the war.",
            {"killed": 2},
        ),
        # a toll noun phrase carrying its own period ("this year") is a running total
        (
            "Four police officers were shot dead on Sunday. The deaths bring to 97 the number of officers"
            " killed in the region this year.",
            {"killed": 4},
        ),
        # an update replaces the earlier figure even when the parser misattaches its number
        (
            "One person was killed in the first explosion. The toll later rose to six as rescuers dug.",
            {"killed": 6},
        ),
        # "half a million" is 500,000, and "a-" before a multiplier is no range
        ("Officials said half a million people had died in the famine.", {"killed": 500000}),
        ("An estimated half-a-million lives were lost in the war.", {"killed": 500000}),
        # a running total told in the present perfect deep in the article gives way to the day's toll
        (
            "A bomb exploded at a bus station on Tuesday. Police said the blast killed two people."
            " Witnesses described chaos. At least 600 people have died in attacks on the city.",
            {"killed": 2},
        ),
        # a breakdown stays a breakdown when it is also told in the present perfect
        (
            "The couple moved to the city in 2015. Neighbours described them as quiet. They had four"
            " children, two of whom have died.",
            {},
        ),
        # ... but in the lead it is the story's figure
        ("At least 12 people have been killed in a bombing in the capital.", {"killed": 12}),
    ],
)
def test_real_phrasing(pipeline: Any, text: str, expected: dict[str, int]) -> None:
    assert toll(pipeline, text) == expected
