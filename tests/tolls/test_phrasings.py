"""Toll phrasings through the real pipeline (our own sentences, not the gold passages)."""

from __future__ import annotations

from typing import Any

import pytest

from facta.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-01"


def toll(pipeline: Any, text: str) -> dict[str, int | None]:
    record: Record = pipeline.extract(text, published=PUBLISHED)
    t = record.toll
    names = ("killed", "injured", "arrested", "killed_low", "killed_high", "injured_low", "injured_high")
    names += ("arrested_low", "arrested_high")
    return {k: getattr(t, k) for k in names if getattr(t, k) is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers in digits and words
        ("Twenty-three people were killed in the blast.", {"killed": 23}),
        ("Police detained two hundred and fifty students.", {"arrested": 250}),
        ("Rebels killed 1,300 people in the offensive.", {"killed": 1300}),
        ("A dozen soldiers were wounded in the ambush.", {"injured": 12}),
        # stated minimums and approximations keep the figure
        ("At least 40 people died in the floods.", {"killed": 40}),
        ("Authorities arrested more than a dozen journalists.", {"arrested": 12}),
        ("Nearly 40 people died in the flooding.", {"killed": 40}),
        # vague counts and ranges keep low/high, never a made-up number
        ("Scores of people were injured.", {"injured_low": 40, "injured_high": 99}),
        ("A handful of protesters were detained.", {"arrested_low": 2, "arrested_high": 9}),
        ("Between 20 and 30 fighters were killed in the clashes.", {"killed_low": 20, "killed_high": 30}),
        # active, passive, intransitive and other constructions
        ("The militia gunned down two journalists.", {"killed": 2}),
        ("Gunmen shot dead three farmers.", {"killed": 3}),
        ("The raid left three militants dead.", {"killed": 3}),
        ("Two people lost their lives in the fire.", {"killed": 2}),
        ("The fire claimed the lives of six workers.", {"killed": 6}),
        ("Five men were taken into custody.", {"arrested": 5}),
        ("Troops rounded up 40 men in the village.", {"arrested": 40}),
        ("Eleven miners died in the collapse.", {"killed": 11}),
        ("A policeman was killed and another was wounded.", {"killed": 1, "injured": 1}),
        # negation
        ("Nobody was killed.", {"killed": 0}),
        ("No arrests were made.", {"arrested": 0}),
        ("There were no reports of injuries.", {"injured": 0}),
        # ordinals and cumulative figures
        ("Two policemen were killed in the morning. A third policeman died in the evening.", {"killed": 3}),
        ("He was the third journalist killed in the country this year.", {"killed": 1}),
        (
            "The army said it had killed 15 insurgents, bringing the number of militants killed this month "
            "to 200.",
            {"killed": 15},
        ),
        ("Police said 300 people had been arrested since the unrest began.", {"arrested": 300}),
        # repeats, breakdowns and separate incidents
        ("The attack killed two soldiers. The two soldiers were buried on Friday.", {"killed": 2}),
        ("At least 30 people were killed, including 12 children and four women.", {"killed": 30}),
        ("The shelling killed a woman and her two daughters.", {"killed": 3}),
        (
            "The bombing killed seven people on Monday. Separately, seven people were killed in a "
            "shooting in the south.",
            {"killed": 14},
        ),
        (
            "Insurgents killed nine soldiers. Nine soldiers also died in a similar ambush in 2019.",
            {"killed": 9},
        ),
        # not (yet) casualties
        ("The rebels threatened to kill the hostages.", {}),
        ("The floods could kill thousands.", {}),
    ],
)
def test_phrasing(pipeline: Any, text: str, expected: dict[str, int]) -> None:
    assert toll(pipeline, text) == expected


def test_victim_kinds(pipeline: Any) -> None:
    record = pipeline.extract(
        "Eight police officers and a civilian were killed, and a 15-year-old boy was wounded.",
        published=PUBLISHED,
    )
    kinds = sorted((c.kind, c.victim, c.low) for c in record.toll.casualties)
    assert kinds == [("injured", "child", 1), ("killed", "civilian", 1), ("killed", "police", 8)]


def test_casualties_link_to_their_event(pipeline: Any) -> None:
    text = (
        "Government artillery shelled a rebel position on Wednesday, killing three fighters. "
        "Later that day, gunmen raided a police post, killing two police officers. "
        "The five deaths bring the toll from fighting in the region this month to 41."
    )
    record = pipeline.extract(text, published="2024-03-15")
    assert record.toll.killed == 5
    by_event = sorted(e.toll.killed for e in record.events if e.toll.killed)
    assert by_event == [2, 3]
    period = [c for c in record.toll.casualties if c.low == 41]
    assert period and period[0].note == "period"
