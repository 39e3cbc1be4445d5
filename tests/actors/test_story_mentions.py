"""Mentions in whole wire stories: headlines and datelines are no part of a phrase."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build


def test_no_phrase_runs_across_a_line_break_or_a_dateline_dash(run_actors: Any) -> None:
    doc = build([
        # Crash in capital \n\n LAGOS - Soldiers fired .
        T("Crash", "NOUN", "compound", 6), T("in", "ADP", "prep", 0), T("capital", "NOUN", "pobj", 1),
        T("\n\n", "SPACE", "dep", 2), T("LAGOS", "PROPN", "compound", 6), T("-", "PUNCT", "punct", 6),
        T("Soldiers", "NOUN", "nsubj", 7, tag="NNS", lemma="soldier"), T("fired", "VERB", "ROOT", 7),
        T(".", "PUNCT", "punct", 7),
    ])  # fmt: skip
    r = run_actors(doc)
    soldiers = r.at("Soldiers")
    assert soldiers is not None and soldiers.name == "Soldiers"
    assert [m.text for m in soldiers.mentions] == ["Soldiers"]
