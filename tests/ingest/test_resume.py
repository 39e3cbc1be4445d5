"""Kill a real ingest process with SIGKILL mid-run, run it again; the store must be complete and whole."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ingest.conftest import story

pytestmark = pytest.mark.model

N_ARTICLES = 300
BATCH = 8


def count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def run(args: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "facta.cli.main", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    rows = [
        {"text": f"Report {i}. " + story(i), "url": f"https://w.example/{i}", "published": "2024-03-12"}
        for i in range(N_ARTICLES)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = tmp_path / "kill.db"
    args = ["ingest", str(src), "--db", str(db), "--batch-size", str(BATCH), "--quiet"]

    proc = run(args)
    deadline = time.monotonic() + 120
    while count(db) < 3 * BATCH and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    at_kill = count(db)
    assert 0 < at_kill < N_ARTICLES, f"ingest was not killed mid-run ({at_kill} stored)"
    assert at_kill % BATCH == 0, "a batch was partly committed"

    again = run(args)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert out.startswith(f"ingested {N_ARTICLES - at_kill}, skipped {at_kill} as duplicate, failed 0"), out

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) == N_ARTICLES
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == N_ARTICLES
        orphans = conn.execute(
            "SELECT count(*) FROM event_mentions m LEFT JOIN canonical_events c ON c.id = m.canonical_id"
            " WHERE c.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        mentioned = conn.execute("SELECT sum(n_mentions) FROM canonical_events").fetchone()[0]
        assert mentioned == conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
