"""Our local-news fixture end to end (spaCy model + geoparser): see tests/geo/local_news.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.geo.local_news import score


@pytest.mark.model
def test_local_news_fixture(nlp: Any, geoparser: Any) -> None:
    got = score(nlp, geoparser)
    # measured in round 7 (area prior, coordination, townships, surnames, county pairs):
    # country 92/93, admin1 78/79
    assert got["non_places_resolved"] == 0, got["misses"]
    assert got["country"] >= 92, got["misses"]
    assert got["admin1"] >= 78, got["misses"]
