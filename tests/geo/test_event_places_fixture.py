"""Our event-place fixture end to end (spaCy model + places stage): see tests/geo/event_places.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.geo.event_places import score_fixture


@pytest.mark.model
def test_event_places_fixture(nlp: Any, gazetteer_dir: Path) -> None:
    from facta.resources import Resources
    from facta.settings import Settings
    from facta.stages.places import PlaceStage

    settings = Settings(cache_dir=str(gazetteer_dir))
    got = score_fixture(nlp, PlaceStage(settings, Resources(settings)))
    # first sight (round 8): 31/40 right (7 wrong places, 2 places where none is said);
    # after the agent / other-event / actor-country / verbal-topic rules: 38/40
    assert got["right"] >= 38, got["misses"]
    assert got["missing"] == 0, got["misses"]
