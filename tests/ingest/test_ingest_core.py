"""End-to-end ingest with the real model: idempotent re-ingest, exact copies, failures, the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from facta.cli.main import cli
from facta.ingest.core import ItemFailure, ingest
from facta.ingest.sources import SourceOptions, read_sources
from facta.store import open_store
from tests.ingest.conftest import story

pytestmark = pytest.mark.model


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_reingest_is_a_no_op_checked_before_nlp(tmp_path: Path, pipeline: Any) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": story(i), "url": f"https://w.example/{i}", "published": "2024-03-12"} for i in range(6)],
    )
    with open_store(str(tmp_path / "s.db")) as store:
        first = ingest(read_sources([str(src)]), store, pipeline, batch_size=4)
        assert (first.ingested, first.duplicates, first.n_failed) == (6, 0, 0)
        n_events = store.count("events")

        class NoNLP:
            """Fails the test if the second run parses anything."""

            def __getattr__(self, name: str) -> Any:
                if name == "pipe":
                    return lambda items, batch_size=None: iter(
                        () if not list(items) else pytest.fail("parsed")
                    )
                return getattr(pipeline, name)

        again = ingest(read_sources([str(src)]), store, NoNLP(), batch_size=4)  # type: ignore[arg-type]
        assert (again.ingested, again.duplicates) == (0, 6)
        assert store.count("articles") == 6 and store.count("events") == n_events


def test_exact_copy_under_another_url_reuses_the_record(tmp_path: Path, pipeline: Any) -> None:
    rows = [
        {"text": story(1), "url": "https://a.example/1", "outlet": "Alpha", "published": "2024-03-12"},
        {"text": story(1), "url": "https://b.example/9", "outlet": "Beta", "published": "2024-03-12"},
    ]
    src = write_jsonl(tmp_path / "a.jsonl", rows)
    with open_store(str(tmp_path / "s.db")) as store:
        summary = ingest(read_sources([str(src)]), store, pipeline, batch_size=1)
        assert (summary.ingested, summary.reused) == (2, 1)
        a, b = (
            store.query("SELECT id FROM articles WHERE outlet = ?", [o])[0]["id"] for o in ("Alpha", "Beta")
        )
        ra, rb = store.record(a), store.record(b)
        assert ra is not None and rb is not None
        assert rb.article.outlet == "Beta" and rb.events == ra.events
        views = store.events()
        assert views and all(v.event.n_sources == 2 and v.event.n_independent == 1 for v in views)


def test_failures_are_counted_by_code(tmp_path: Path, pipeline: Any) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": story(1)}, {"text": "   "}, {"text": "Ceci n'est pas un article anglais. " * 10}],
    )
    failures: list[ItemFailure] = []
    with open_store(str(tmp_path / "s.db")) as store:
        summary = ingest(
            read_sources([str(src)], SourceOptions(published="2024-03-12")),
            store,
            pipeline,
            on_failure=failures.append,
        )
    assert summary.ingested == 1 and dict(summary.failed) == {"F505": 1, "F205": 1}
    assert [f.code for f in failures] == ["F505", "F205"] and failures[0].label.endswith(":2")
    assert "failed 2 (F205 ×1, F505 ×1)" in summary.line()


def test_cli_ingest_events_and_summary(tmp_path: Path) -> None:
    src = tmp_path / "rows.csv"
    src.write_text("body,date,source\n" + "".join(f'"{story(i)}",2024-03-1{i},Paper{i}\n' for i in range(3)))
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    args = [
        "ingest",
        str(src),
        "--db",
        db,
        "--field",
        "text=body",
        "--field",
        "published=date",
        "--field",
        "outlet=source",
    ]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ingested 3, skipped 0 as duplicate, failed 0")
    again = runner.invoke(cli, args)
    assert again.output.startswith("ingested 0, skipped 3 as duplicate")
    bad = runner.invoke(cli, ["ingest", str(tmp_path / "nope.txt"), "--db", db])
    assert "failed" in bad.output and "[F501]" in bad.output
    assert bad.exit_code == 1  # an item failed: a non-zero status a script can test
    assert bad.stdout.rstrip().endswith("exit status 1: 1 failed, the others are stored")
    events = runner.invoke(cli, ["events", "--db", db, "--format", "json", "--type", "ASSAULT"])
    assert events.exit_code == 0
    docs = [json.loads(line) for line in events.output.splitlines()]
    assert docs and all(d["type"] == "ASSAULT" and d["mentions"] for d in docs)
    table = runner.invoke(cli, ["events", "--db", db, "--format", "table", "--text", "market"])
    assert table.exit_code == 0 and "events" in table.output.splitlines()[-1]
