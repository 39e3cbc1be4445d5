from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facta.errors import FactaError
from facta.store import open_store
from facta.store.sqlite import migrations
from tests.test_model import sample_record


def test_save_and_read_back(tmp_store: Any) -> None:
    record = sample_record()
    assert tmp_store.save([record]) == 1
    assert tmp_store.record(record.article.id) == record
    assert tmp_store.count("events") == 1 and tmp_store.count("actors") == 1
    row = tmp_store.query("SELECT type, killed, date, trigger FROM events")[0]
    assert row == {"type": "ASSAULT", "killed": 3, "date": "2024-03-12", "trigger": "shelled"}


def test_saving_again_replaces(tmp_store: Any) -> None:
    record = sample_record()
    tmp_store.save([record])
    tmp_store.save([record])
    assert tmp_store.count("articles") == 1 and tmp_store.count("events") == 1


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    with open_store(path) as store:
        assert store.applied_migrations() == [name for name, _ in migrations()]
    with open_store(path) as store:
        assert store.migrate() == []


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "n.db")
    with open_store(path) as store:
        store.conn.execute("INSERT INTO _migrations VALUES ('9999_future', 'now')")
        store.conn.commit()
    with pytest.raises(FactaError) as info:
        open_store(path)
    assert info.value.code == "F402"


def test_unknown_url_scheme() -> None:
    with pytest.raises(FactaError) as info:
        open_store("mongodb://x")
    assert info.value.code == "F403"
