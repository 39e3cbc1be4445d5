"""Fixtures for the geoparser tests: one gazetteer index built in a temporary directory per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def gazetteer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory of our own (never the developer's ~/.cache/facta) with the index built."""
    from facta.geo.gazetteer import ensure_index

    folder = tmp_path_factory.mktemp("facta-cache")
    ensure_index(folder)
    return folder


@pytest.fixture(scope="session")
def gazetteer(gazetteer_dir: Path) -> Any:
    from facta.geo.gazetteer import open_gazetteer

    gaz = open_gazetteer(gazetteer_dir)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def geoparser(gazetteer: Any) -> Any:
    from facta.geo.parser import Geoparser

    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def geo_pipeline(nlp: Any, gazetteer_dir: Path) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp, cache_dir=str(gazetteer_dir))
