"""The Store API on both backends: saving, replacing, reading, full-text search, filters, transactions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from facta.errors import FactaError
from facta.store import EventFilter, Store, open_store
from tests.store.builders import ATTACK, ATTACK_REWRITE, PROTEST, event_record
from tests.test_model import sample_record


def test_is_a_store(any_store: Any) -> None:
    assert isinstance(any_store, Store)
    assert any_store.applied_migrations() == ["0001_init", "0002_corpus", "0003_incident"]
    assert any_store.migrate() == []


def test_save_read_back_and_replace(any_store: Any) -> None:
    record = sample_record()
    assert any_store.save([record]) == 1
    assert any_store.record(record.article.id) == record
    any_store.save([record])
    assert any_store.count("articles") == 1 and any_store.count("events") == 1
    assert any_store.count("event_mentions") == 1 and any_store.count("canonical_events") == 1
    assert any_store.has_article(record.article.id)
    assert any_store.known_articles([record.article.id, "nope"]) == {record.article.id}
    assert any_store.record("nope") is None
    assert [r.article.id for r in any_store.records()] == [record.article.id]
    assert list(any_store.records(since="2030-01-01")) == []


def test_has_hash_by_text_and_url(any_store: Any) -> None:
    rec = event_record(ATTACK.format(n=5), url="https://a.example/1", outlet="A", published="2024-03-12")
    any_store.save([rec])
    h = rec.article.content_hash
    assert any_store.has_hash(h) and any_store.has_hash(h, "https://a.example/1")
    assert not any_store.has_hash(h, "https://b.example/1")
    assert any_store.article_with_hash(h) == rec.article.id


def test_full_text_search(any_store: Any) -> None:
    a = event_record(ATTACK.format(n=5), url="https://a.example/1", outlet="A", published="2024-03-12")
    b = event_record(PROTEST, url="https://b.example/2", outlet="B", published="2024-03-15", type="PROTEST")
    any_store.save([a, b])
    assert [r["id"] for r in any_store.search("curfew motorbikes")] == [a.article.id]
    assert [r["id"] for r in any_store.search("teachers")] == [b.article.id]
    assert any_store.search("teachers curfew") == []
    # a user's quotes and operators cannot break the query
    assert any_store.search('"unbalanced') == []


def test_event_filters(any_store: Any) -> None:
    a = event_record(
        ATTACK.format(n=5),
        url="https://a.example/1",
        outlet="A",
        published="2024-03-12",
        source=("Kivara Liberation Front", "group", "XKV", "REB"),
    )
    b = event_record(
        PROTEST,
        url="https://b.example/2",
        outlet="B",
        published="2024-03-15",
        type="PROTEST",
        place=("Marovo", 2002, "YMR"),
        source=("teachers' union", "organization", "YMR", "LAB"),
    )
    any_store.save([a, b])

    def types(**kw: Any) -> list[str]:
        return [v.event.type for v in any_store.events(EventFilter(**kw))]

    assert types() == ["ASSAULT", "PROTEST"]
    assert types(type="protest") == ["PROTEST"]
    assert types(date_from="2024-03-13") == ["PROTEST"]
    assert types(date_to="2024-03-12") == ["ASSAULT"]
    assert types(actor="liberation") == ["ASSAULT"]
    assert types(country="YMR") == ["PROTEST"]
    assert types(place="kivara") == ["ASSAULT"]
    assert types(text="teachers") == ["PROTEST"]
    assert types(text="teachers", type="ASSAULT") == []
    assert types(min_sources=2) == []
    assert types(limit=1) == ["ASSAULT"]


def test_same_event_from_three_outlets_is_one_canonical_event(any_store: Any) -> None:
    original = event_record(
        ATTACK.format(n=5), url="https://a.example/1", outlet="Alpha", published="2024-03-12", killed=5
    )
    # a syndicated copy: same story with a credit line added, another outlet and URL
    syndicated = event_record(
        ATTACK.format(n=5) + " (Reporting by staff.)",
        url="https://b.example/x",
        outlet="Beta",
        published="2024-03-12",
        killed=5,
    )
    # an independent report of the same attack, next day, with a higher toll
    rewrite = event_record(
        ATTACK_REWRITE.format(n=7),
        url="https://c.example/y",
        outlet="Gamma",
        published="2024-03-13",
        date="2024-03-12",
        killed=7,
    )
    # same type and day, but another country: a different event
    elsewhere = event_record(
        ATTACK.format(n=5).replace("Kivara", "Lenna"),
        url="https://d.example/z",
        outlet="Delta",
        published="2024-03-12",
        place=("Lenna", 3003, "ZLN"),
    )
    any_store.save([original, syndicated])
    any_store.save([rewrite, elsewhere])
    views = any_store.events(EventFilter(type="ASSAULT"))
    assert len(views) == 2
    main = next(v for v in views if v.event.n_mentions == 3)
    e = main.event
    assert (e.n_sources, e.n_independent, e.n_articles) == (3, 2, 3)
    assert e.outlets == ("Alpha", "Beta", "Gamma")
    # tolls are not summed: most reported figure, with the range
    assert (e.killed.best, e.killed.low, e.killed.high) == (5, 5, 7)
    assert e.date == "2024-03-12" and e.place_name == "Kivara"
    groups = {r["article_id"]: r["dup_group"] for r in any_store.query("SELECT * FROM article_signatures")}
    assert groups[syndicated.article.id] == original.article.id
    assert groups[rewrite.article.id] == rewrite.article.id
    rows = any_store.query(
        "SELECT n_sources, killed_low, killed_high FROM canonical_events WHERE id = ?", [e.id]
    )
    assert rows == [{"n_sources": 3, "killed_low": 5, "killed_high": 7}]


def test_negated_events_are_not_canonical(any_store: Any) -> None:
    rec = event_record(PROTEST, url="https://b.example/2", outlet="B", published="2024-03-15", negated=True)
    any_store.save([rec])
    assert any_store.count("events") == 1 and any_store.count("canonical_events") == 0


def test_replacing_an_article_updates_its_canonical_event(any_store: Any) -> None:
    a = event_record(
        ATTACK.format(n=5), url="https://a.example/1", outlet="A", published="2024-03-12", killed=5
    )
    b = event_record(
        ATTACK_REWRITE.format(n=7), url="https://c.example/y", outlet="C", published="2024-03-12", killed=7
    )
    any_store.save([a, b])
    assert [v.event.n_sources for v in any_store.events()] == [2]
    corrected = replace(b, events=(replace(b.events[0], type="PROTEST"),))
    any_store.save([corrected])
    assert sorted(v.event.type for v in any_store.events()) == ["ASSAULT", "PROTEST"]
    assert all(v.event.n_sources == 1 for v in any_store.events())


def test_rebuild_gives_the_same_events(any_store: Any) -> None:
    recs = [
        event_record(
            ATTACK.format(n=5), url="https://a.example/1", outlet="A", published="2024-03-12", killed=5
        ),
        event_record(
            ATTACK_REWRITE.format(n=7),
            url="https://c.example/y",
            outlet="C",
            published="2024-03-13",
            killed=7,
        ),
        event_record(PROTEST, url="https://b.example/2", outlet="B", published="2024-03-15", type="PROTEST"),
    ]
    for rec in reversed(recs):  # ingest order differs from publication order
        any_store.save([rec])
    before = sorted((v.event.type, v.event.n_mentions) for v in any_store.events())
    assert any_store.rebuild_events() == 2
    after = sorted((v.event.type, v.event.n_mentions) for v in any_store.events())
    assert before == after == [("ASSAULT", 2), ("PROTEST", 1)]


def test_a_failing_batch_leaves_nothing_behind(any_store: Any) -> None:
    good = event_record(ATTACK.format(n=5), url="https://a.example/1", outlet="A", published="2024-03-12")
    bad = event_record(PROTEST, url="https://b.example/2", outlet="B", published="2024-03-15")
    bad = replace(bad, actors=bad.actors * 2)  # the same actor id twice: a primary-key violation
    with pytest.raises(Exception):  # noqa: B017 - sqlite3 and psycopg raise different classes
        any_store.save([good, bad])
    assert any_store.count("articles") == 0 and any_store.count("canonical_events") == 0
    any_store.save([good])
    assert any_store.count("articles") == 1


def test_query_uses_question_mark_placeholders(any_store: Any) -> None:
    any_store.save([sample_record()])
    assert any_store.query("SELECT type FROM events WHERE killed = ?", [3]) == [{"type": "ASSAULT"}]
    with pytest.raises(ValueError):
        any_store.count("sqlite_master")


def test_unreachable_postgres_is_a_clear_error() -> None:
    with pytest.raises(FactaError) as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=1")
    assert info.value.code == "F401" and "secret" not in info.value.message


def test_a_store_from_before_canonical_events_is_backfilled(tmp_path: Any) -> None:
    import sqlite3

    from facta.store.sqlite import migrations

    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    name, sql = migrations()[0]
    conn.executescript(sql)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (name,))
    rec = event_record(ATTACK.format(n=5), url="https://a.example/1", outlet="A", published="2024-03-12")
    conn.execute(
        "INSERT INTO articles (id, published, text, processed_at) VALUES (?, ?, ?, 'then')",
        (rec.article.id, rec.article.published, rec.article.text),
    )
    conn.execute(
        "INSERT INTO records (article_id, json) VALUES (?, ?)",
        (rec.article.id, rec.to_json(include_text=False)),
    )
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.count("canonical_events") == 1
        assert [r["id"] for r in store.search("motorbikes")] == [rec.article.id]  # FTS backfilled too
