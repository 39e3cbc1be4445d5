from __future__ import annotations

import json

from facta.model import (
    Acled,
    Actor,
    Article,
    Event,
    Evidence,
    Modality,
    Place,
    Record,
    Span,
    Statement,
    Toll,
    When,
    record_from_dict,
)


def sample_record() -> Record:
    text = "Rebels shelled Kadugli on Tuesday, killing three."
    ev = Evidence(0, 0, len(text), text, Span(7, 14, "shelled", 0))
    return Record(
        article=Article(id="abc", text=text, published="2024-03-15", n_sentences=1),
        actors=(Actor("a1", "Rebels", "group", sector="REB", mentions=(Span(0, 6, "Rebels", 0),)),),
        places=(Place("p1", "Kadugli", 373141, 11.01, 29.72, "SDN", "South Kordofan", "city"),),
        events=(
            Event(
                "e1",
                "ASSAULT",
                ev,
                mode="heavy-weapons",
                contexts=("military",),
                cameo="195",
                acled=Acled("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                source=("a1",),
                place="p1",
                when=When("2024-03-12", "day", "Tuesday", 23, 30),
                toll=Toll(killed=3),
                modality=Modality(historical=False),
                confidence=0.9,
            ),
        ),
        statements=(Statement("s1", None, (Span(0, 5, "Rebel", 0),), ev),),
        toll=Toll(killed=3),
    )


def test_json_contract_fields() -> None:
    data = json.loads(sample_record().to_json())
    assert set(data) >= {"article", "actors", "places", "events", "statements", "toll"}
    assert set(data["article"]) >= {"id", "title", "url", "published", "language", "n_sentences"}
    assert set(data["actors"][0]) >= {
        "id",
        "name",
        "kind",
        "country",
        "sector",
        "role",
        "affiliation",
        "mentions",
    }
    assert set(data["places"][0]) >= {
        "id",
        "name",
        "geonameid",
        "lat",
        "lon",
        "country",
        "admin1",
        "mentions",
    }
    event = data["events"][0]
    assert set(event) >= {
        "id",
        "type",
        "mode",
        "contexts",
        "cameo",
        "acled",
        "source",
        "target",
        "place",
        "when",
        "toll",
        "modality",
        "statement",
        "evidence",
        "confidence",
    }
    assert set(event["acled"]) == {"event_type", "sub_event_type"}
    assert set(event["when"]) >= {"date", "precision", "text"}
    assert set(event["toll"]) >= {"killed", "injured", "arrested"}
    assert set(event["modality"]) == {"negated", "hypothetical", "conditional", "future", "historical"}
    assert set(event["evidence"]) >= {"sentence", "start", "end", "trigger"}
    assert set(data["statements"][0]) >= {"id", "speaker", "cue", "content", "direct", "evidence"}
    assert set(data["toll"]) >= {"killed", "injured", "arrested"}


def test_round_trip() -> None:
    record = sample_record()
    again = record_from_dict(json.loads(record.to_json()))
    assert again == record


def test_spans_point_into_the_text() -> None:
    record = sample_record()
    trigger = record.events[0].evidence.trigger
    assert trigger is not None
    assert record.article.text[trigger.start : trigger.end] == trigger.text


def test_without_text() -> None:
    assert "text" not in json.loads(sample_record().to_json(include_text=False))["article"]
