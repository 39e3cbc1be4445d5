"""The event gold set (package data) and its scorer, checked without a model or a facta run."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner

from facta.evaluate.events_gold import (
    MODALITIES,
    PARTS,
    TYPES,
    GoldItem,
    Predicted,
    evaluate_gold,
    format_gold_report,
    load_gold,
    match_item,
    modality_label,
    score,
)
from facta.model import Modality
from facta.resources import read_data_text

ACLED_TYPES = {
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Riots",
    "Protests",
    "Strategic developments",
}


def test_gold_file_has_a_header_and_parses() -> None:
    first = json.loads(read_data_text("gold/events.jsonl").splitlines()[0])
    assert "id" not in first and "without reading the event or actor rules" in first["comment"]
    items = load_gold()
    assert len({i.id for i in items}) == len(items)
    assert {i.part for i in items} | {"all"} == set(PARTS)
    parts = (
        ("heldout1", r"e\d{3}", 160),
        ("heldout2", r"f\d{2}", 40),
        ("heldout3", r"g\d{2}", 30),
        ("heldout4", r"h\d{2}", 30),
        ("heldout5", r"i\d{2}", 25),
    )
    for part, id_pattern, at_least in parts:
        chosen = load_gold(part=part)
        assert chosen == [i for i in items if i.part == part]
        assert len(chosen) >= at_least, part
        assert all(re.fullmatch(id_pattern, i.id) for i in chosen), part


def test_every_gold_value_is_well_formed() -> None:
    for item in load_gold():
        assert re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", item.published), item.id
        if item.part == "heldout1" or "short" in item.tags:
            assert 10 <= len(item.text) <= 400, item.id  # a headline to three sentences
        else:
            assert 400 <= len(item.text) <= 2000, item.id  # a whole short story
        for event in item.events:
            assert event.type in TYPES, item.id
            assert event.modality and set(event.modality) <= set(MODALITIES), item.id
            assert event.acled is None or event.acled in ACLED_TYPES, item.id
            for actor in event.source + event.target:
                assert actor.text in item.text, (item.id, actor.text)  # text as written
                assert actor.code is None or re.fullmatch(r"[A-Z]{3}", actor.code), item.id


def test_every_type_and_case_is_covered() -> None:
    items = load_gold(part="heldout1")
    required = [e for i in items for e in i.required]
    by_type = Counter(e.type for e in required)
    assert all(by_type[t] >= 8 for t in TYPES), by_type
    assert sum(1 for i in items if not i.required) >= 15  # no-event items (false alarms)
    assert sum(1 for i in items if any(e.modality != ("none",) for e in i.required)) >= 20
    assert sum(1 for i in items if len(i.required) >= 2) >= 10
    tags = Counter(t for i in items for t in i.tags)
    for tag in ("passive", "nominal", "light-verb", "headline", "reported", "background", "coordinated"):
        assert tags[tag] >= 5, tag
    assert all("no-event" in i.tags for i in items if not i.required)


def test_heldout2_items_are_whole_stories() -> None:
    items = load_gold(part="heldout2")
    for item in items:
        headline, _, body = item.text.partition("\n\n")
        assert 10 <= len(headline) <= 100 and "\n" not in headline, item.id  # a headline line
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        assert len(paragraphs) >= 3, item.id  # several paragraphs after the headline
        assert item.required or "no-event" in item.tags, item.id
    tags = Counter(t for i in items for t in i.tags)
    for tag in ("restated", "background", "reactions", "multi-event"):
        assert tags[tag] >= 10, tag
    optional = [e for i in items for e in i.events if e.optional]
    assert sum(1 for e in optional if "historical" in e.modality) >= 20  # background paragraphs
    assert len({e.type for i in items for e in i.required}) == len(TYPES)


def test_heldout3_mixes_stories_and_short_items() -> None:
    items = load_gold(part="heldout3")
    stories = [i for i in items if "story" in i.tags]
    short = [i for i in items if "short" in i.tags]
    assert len(stories) >= 18 and len(short) >= 8 and len(stories) + len(short) == len(items)
    for item in stories:
        headline, _, body = item.text.partition("\n\n")
        assert 10 <= len(headline) <= 100 and "\n" not in headline, item.id
        assert len([p for p in body.split("\n\n") if p.strip()]) >= 3, item.id
    assert all(i.required or "no-event" in i.tags for i in items)
    assert sum(1 for i in items if not i.required) >= 2  # false alarms, in stories and short items
    assert len({e.type for i in items for e in i.required}) == len(TYPES)
    assert sum(1 for i in items if any(e.modality != ("none",) for e in i.required)) >= 8
    assert len({i.published[:3] for i in items}) >= 5  # five decades


@pytest.mark.parametrize(
    ("part", "least_stories", "least_short", "least_per_kind"),
    [("heldout4", 20, 8, 2), ("heldout5", 18, 8, 1)],
)
def test_later_parts_mix_stories_and_short_items_on_new_kinds_of_conflict(
    part: str, least_stories: int, least_short: int, least_per_kind: int
) -> None:
    items = load_gold(part=part)
    stories = [i for i in items if "story" in i.tags]
    short = [i for i in items if "short" in i.tags]
    assert len(stories) >= least_stories and len(short) >= least_short
    assert len(stories) + len(short) == len(items)
    for item in stories:
        headline, _, body = item.text.partition("\n\n")
        assert 10 <= len(headline) <= 100 and "\n" not in headline, item.id
        assert len([p for p in body.split("\n\n") if p.strip()]) >= 3, item.id
    assert all(i.required or "no-event" in i.tags for i in items)
    assert sum(1 for i in stories if not i.required) >= 1  # a whole story with nothing to code
    assert sum(1 for i in items if not i.required) >= 3
    assert len({e.type for i in items for e in i.required}) == len(TYPES)
    assert sum(1 for i in items if any(e.modality != ("none",) for e in i.required)) >= 8
    assert len({i.published[:3] for i in items}) >= 5  # five decades
    tags = Counter(t for i in items for t in i.tags)
    for tag in ("election", "court", "hostage", "sanctions", "border", "insurgency", "aid", "deal"):
        assert tags[tag] >= least_per_kind, tag
    violent = [e for i in items for e in i.required if e.type in ("ASSAULT", "PROTEST")]
    assert all(e.acled for e in violent if e.modality != ("negated",))  # ACLED type of what happened


GOLD = "\n".join(
    json.dumps(row)
    for row in [
        {"comment": "test fixture"},
        {
            "id": "t1",
            "part": "heldout1",
            "published": "2020-01-01",
            "tags": ["two-events"],
            "text": "Ruritania shelled Freedonia and Freedonia protested.",
            "events": [
                {
                    "type": "ASSAULT",
                    "mode": "heavy-weapons",
                    "modality": "none",
                    "source": [{"text": "Ruritania", "code": "RUR"}],
                    "target": [{"text": "Freedonia", "code": "FRE"}],
                    "acled": "Explosions/Remote violence",
                },
                {
                    "type": "ACCUSE",
                    "modality": "none",
                    "source": [{"text": "Freedonia", "code": "FRE"}],
                    "target": [{"text": "Ruritania", "code": "RUR"}],
                },
                {"type": "CONSULT", "optional": True},
            ],
        },
        {
            "id": "t2",
            "part": "heldout1",
            "published": "2020-01-02",
            "tags": ["modality"],
            "text": "Ruritania will not withdraw.",
            "events": [
                {
                    "type": "RETREAT",
                    "modality": ["negated", "future"],
                    "source": [{"text": "Ruritania", "code": "RUR"}],
                }
            ],
        },
        {
            "id": "t3",
            "part": "heldout1",
            "published": "2020-01-03",
            "tags": ["no-event"],
            "text": "Rain.",
            "events": [],
        },
        {
            "id": "t4",
            "part": "heldout1",
            "published": "2020-01-04",
            "tags": ["no-event"],
            "text": "Sun.",
            "events": [],
        },
        {
            "id": "t5",
            "part": "heldout1",
            "published": "2020-01-05",
            "text": "Freedonia met Ruritania.",
            "events": [{"type": "CONSULT", "source": [{"text": "Freedonia", "code": "FRE"}]}],
        },
    ]
)


def test_scorer_on_hand_made_predictions() -> None:
    items = load_gold(GOLD)
    assert [i.id for i in items] == ["t1", "t2", "t3", "t4", "t5"]
    predictions = [
        [
            Predicted(
                "ASSAULT",
                source=frozenset({"RUR"}),
                target=frozenset({"FRE"}),
                mode="aerial",
                acled="Explosions/Remote violence",
                main=True,
            ),
            Predicted("CONSULT"),  # absorbed by the optional event
            Predicted("CONSULT"),  # a second one is a false positive
            Predicted("THREATEN", source=frozenset({"FRE"})),  # ACCUSE missed, THREATEN extra
        ],
        [Predicted("RETREAT", modality="negated", source=frozenset({"RUR", "FRE"}), main=True)],
        [],
        [Predicted("ASSAULT", modality="hypothetical")],  # a false alarm, not a factual one
        None,  # failed to process: its CONSULT is a miss
    ]
    r = score(items, predictions, errors=5, failures=["t5: boom"])
    per = r["events"]["per_type"]
    assert (per["ASSAULT"]["tp"], per["ASSAULT"]["fp"], per["ASSAULT"]["fn"]) == (1, 1, 0)
    assert (per["ACCUSE"]["tp"], per["ACCUSE"]["fn"]) == (0, 1)
    assert (per["THREATEN"]["fp"], per["THREATEN"]["support"]) == (1, 0)
    assert (per["CONSULT"]["tp"], per["CONSULT"]["fp"], per["CONSULT"]["fn"]) == (0, 1, 1)
    assert (per["RETREAT"]["tp"], per["RETREAT"]["f1"]) == (1, 1.0)
    assert r["events"]["optional_matched"] == 1
    # macro over the types with gold support (ASSAULT 2/3, ACCUSE 0, RETREAT 1, CONSULT 0)
    assert r["events"]["macro_f1"] == round((2 / 3 + 0 + 1 + 0) / 4, 4)
    assert r["events"]["micro"] == {"precision": 0.4, "recall": 0.5, "f1": 0.4444, "tp": 2, "fp": 3, "fn": 2}
    assert (r["no_event_items"], r["false_alarm_items"], r["factual_false_alarm_items"]) == (2, 1, 0)
    assert r["modality"]["accuracy"] == 1.0 and r["modality"]["by_gold"]["negated"]["n"] == 1
    assert r["mode"] == {"accuracy": 0.0, "n": 1}
    assert r["acled"] == {"accuracy": 1.0, "n": 1}
    assert r["countries"]["source"] == {"accuracy": 0.5, "overlap": 1.0, "n": 2}
    assert r["countries"]["target"] == {"accuracy": 1.0, "overlap": 1.0, "n": 1}
    assert r["countries"]["participants"]["accuracy"] == 0.5
    assert r["failed"] == 1 and r["failures"] == ["t5: boom"]
    assert r["main_event"]["accuracy"] == 0.8  # t5 (failed) wrong; t4 has no main event: OTHER
    assert r["recall_by_tag"]["two-events"] == {"accuracy": 0.5, "n": 2}
    assert [e["id"] for e in r["errors"]] == ["t1", "t4", "t5"]
    text = format_gold_report(r)
    assert "macro F1 0.417" in text and "false alarms: 1/2" in text and "[t1] missed=ACCUSE" in text


def test_match_prefers_the_prediction_that_agrees_on_countries() -> None:
    item = load_gold(GOLD)[0]
    wrong = Predicted("ASSAULT", source=frozenset({"FRE"}))
    right = Predicted("ASSAULT", source=frozenset({"RUR"}), target=frozenset({"FRE"}))
    match = match_item(item, [wrong, right])
    assert match.pairs[0][1] is right and match.extra == [wrong] and not match.ok
    assert isinstance(item, GoldItem) and [e.type for e in match.missed] == ["ACCUSE"]


def test_modality_label() -> None:
    assert modality_label(Modality()) == "none"
    assert modality_label(Modality(negated=True, future=True)) == "negated"
    assert modality_label(Modality(conditional=True)) == "hypothetical"
    assert modality_label(Modality(future=True)) == "future"
    assert modality_label(Modality(historical=True)) == "historical"


def test_cli_needs_data_except_for_the_bundled_set() -> None:
    from facta.cli.main import cli

    out = CliRunner().invoke(cli, ["eval", "events", "--set", "plover_gsr"])
    assert out.exit_code == 2 and "--data is required" in out.output


def test_cli_part_choices_match_the_gold_parts() -> None:
    from facta.cli.eval_events import command

    part = next(p for p in command.params if p.name == "part")
    assert list(part.type.choices) == list(PARTS)  # type: ignore[attr-defined]


@pytest.mark.model
def test_evaluate_runs_the_pipeline_on_a_fixture(pipeline: Any) -> None:
    # a made-up fixture, not the gold set: the gold is scored by the coordinator only
    items = load_gold(
        json.dumps(
            {
                "id": "f1",
                "part": "heldout1",
                "published": "2020-05-04",
                "text": "KABUL - Afghan police arrested two men in Kabul on Sunday, officials said.",
                "events": [{"type": "COERCE", "source": [{"text": "Afghan police", "code": "AFG"}]}],
            }
        )
        + "\n"
        + json.dumps(
            {"id": "f2", "part": "heldout1", "published": "2020-05-04", "text": "Rain.", "events": []}
        )
    )
    r = evaluate_gold("all", pipeline=pipeline, items=items)
    assert r["items"] == 2 and r["failed"] == 0 and r["no_event_items"] == 1
    assert set(r["events"]["per_type"]) == set(TYPES)
    assert "macro F1" in format_gold_report(r)
