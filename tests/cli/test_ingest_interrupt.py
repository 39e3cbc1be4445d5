"""Ctrl-C during `facta ingest`: say what is stored and how to finish, exit 130."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from facta.cli.main import cli
from facta.ingest.core import IngestSummary
from facta.settings import load_settings


def test_interrupted_ingest_reports_what_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_ingest(items: Any, store: Any, pipeline: Any, **kw: Any) -> IngestSummary:
        summary = IngestSummary()
        summary.ingested = 8
        kw["on_progress"](summary)
        raise KeyboardInterrupt

    monkeypatch.setattr("facta.ingest.core.ingest", fake_ingest)
    monkeypatch.setattr(
        "facta.pipeline.load_pipeline", lambda **kw: SimpleNamespace(settings=load_settings())
    )
    story = tmp_path / "a.txt"
    story.write_text("Rebels attacked Kadugli on Tuesday, the army said.")
    out = CliRunner().invoke(cli, ["ingest", str(story), "--db", str(tmp_path / "s.db"), "--quiet"])
    assert out.exit_code == 130
    assert "the 8 articles of the finished batches are stored" in out.stderr
    assert "run the same command again" in out.stderr
