"""ACLED round 3: readings checked on real incident summaries (SATP) and police news, written as general
codebook rules. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from facta.evaluate.events import code_texts
from facta.events.incident import read_incident
from facta.events.lexicon import load_lexicon


def incident(pipeline: Any, text: str) -> str | None:
    state = code_texts(pipeline, [text])[0].state
    assert state is not None
    reading = read_incident(state, load_lexicon())
    return reading.sub_event_type if reading else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # men who shoot are armed men, not a mob: at police it is a battle, at a shopkeeper an attack
        ("Two men on a motorcycle opened fire on a police patrol, killing a constable.", "Armed clash"),
        ("Two men shot dead a shopkeeper in the market on Monday.", "Attack"),
        # a security man is a policeman: militants killed in a clash with him fought armed men
        ("Ten rebels were killed and a security man was injured in a clash near the border.", "Armed clash"),
        # an encounter with armed men is a gunfight
        ("Three policemen were injured in an encounter with rebels in the forest.", "Armed clash"),
        # an attack told by its means: foiled by defusing is disrupted weapons use
        (
            "Police foiled a bombing attempt by defusing a bomb planted near the bridge.",
            "Disrupted weapons use",
        ),
        # damage done with shells is the shelling
        (
            "A school was destroyed when insurgents attacked government buildings."
            " They fired rockets at the fort.",
            "Shelling/artillery/missile attack",
        ),
        # a remote controlled device is an explosive
        (
            "Five workers were injured when their vehicle was attacked with a remote controlled device.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_incident_readings(pipeline: Any, text: str, expected: str) -> None:
    assert incident(pipeline, text) == expected


@pytest.mark.model
def test_arson_without_deaths_is_property_destruction(pipeline: Any) -> None:
    text = "Rebels set ablaze a warehouse under the Konta Police Station limits on Monday."
    assert incident(pipeline, text) == "Looting/property destruction"


def test_sanity_map_names_known_subtypes() -> None:
    from facta.evaluate.acled_sets import POLICE_LABELS, SATP_LABELS, label_map
    from facta.resources import read_data_tsv

    known = {r["sub_event_type"] for r in read_data_tsv("events/case2021_labels.tsv")}
    for name, labels in (("satp", SATP_LABELS), ("india_police", POLICE_LABELS)):
        mapping = label_map(name)
        assert mapping and set(mapping) <= known
        assert {label for label, _ in mapping.values()} <= set(labels)


@pytest.mark.model
def test_satp_scorer_on_our_own_summaries(pipeline: Any, tmp_path: Any) -> None:
    from facta.evaluate.acled_sets import evaluate_acled_set

    (tmp_path / "satp_relevant_dev.tsv").write_text(
        "Rebels detonated a roadside bomb under an army truck, killing two soldiers.\t0\t1\t0\t0\n"
        "Gunmen abducted a teacher from his home in the district on Monday.\t0\t0\t1\t0\n",
        encoding="utf-8",
    )
    result = evaluate_acled_set(tmp_path, "satp", "dev", pipeline=pipeline)
    assert result["records"] == 2
    assert result["labels"]["bombing"]["tp"] == 1
    assert result["labels"]["kidnapping"]["tp"] == 1
    assert result["hit"] == 1.0


@pytest.mark.model
def test_india_police_scorer_on_our_own_sentences(pipeline: Any, tmp_path: Any) -> None:
    import json

    from facta.evaluate.acled_sets import evaluate_acled_set

    rows = [
        ("police arrested twelve men for rioting in the old city on monday.", ["ARREST"]),
        ("the shops in the market stayed shut for a third day.", []),
    ]
    (tmp_path / "sents.jsonl").write_text(
        "".join(json.dumps({"sent_text": t, "sent_labels": labels}) + "\n" for t, labels in rows),
        encoding="utf-8",
    )
    result = evaluate_acled_set(tmp_path, "india_police", "all", pipeline=pipeline)
    assert result["labels"]["ARREST"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "fp": 0,
        "fn": 0,
    }
    assert result["labels"]["FORCE"]["fp"] == 0


@pytest.mark.model
def test_passive_harm_in_police_firing_is_done_by_the_police(extract: Any) -> None:
    from tests.events.conftest import actor_names

    record = extract("Three persons were killed in police firing in the old city on Tuesday.")
    event = next(e for e in record.events if e.type == "ASSAULT")
    assert actor_names(record, event.source) == ["police"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leader was picked up by police from his residence on Friday night.", "Arrests"),
        ("She picked up the phone and called her brother.", None),
    ],
)
def test_picked_up_by_the_police_is_an_arrest(pipeline: Any, text: str, expected: str | None) -> None:
    assert incident(pipeline, text) == expected
