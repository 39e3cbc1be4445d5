"""The re-caser's place names: read from the packages once, then from a small file in the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from facta.geo import major_names


def test_names_are_cached_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fake() -> list[str]:
        calls.append(1)
        return ["Kenya", "Rift Valley", "Nairobi"]

    monkeypatch.setattr(major_names, "names_from_packages", fake)
    first = major_names.major_place_names(tmp_path)
    again = major_names.major_place_names(tmp_path)
    assert first == again == ["Kenya", "Rift Valley", "Nairobi"] and len(calls) == 1
    assert [p.name for p in tmp_path.glob("major-names-*.txt")] == [major_names.cache_path(tmp_path).name]


def test_unwritable_cache_still_gives_the_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(major_names, "names_from_packages", lambda: ["Chad"])
    assert major_names.major_place_names(blocker / "cache") == ["Chad"]


def test_real_names_include_countries_regions_and_large_cities() -> None:
    names = set(major_names.names_from_packages())
    assert {"Kenya", "Nairobi", "Mombasa"} <= names
    assert {"Texas", "Ontario"} <= names
