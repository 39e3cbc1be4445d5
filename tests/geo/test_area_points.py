"""Area centres for countries and first-level subdivisions (facta.geo.build._centre_point)."""

from __future__ import annotations

from typing import Any

from facta.geo.build import _centre_point
from facta.geo.gazetteer import haversine_km


def test_sparse_parts_weigh_like_dense_ones() -> None:
    # many towns in the south-east corner, a few spread over the rest of a 10 x 10 degree square
    dense = [(1.0 + i * 0.01, 1.0 + j * 0.01) for i in range(30) for j in range(30)]
    sparse = [(float(a), float(b)) for a in range(0, 11, 2) for b in range(0, 11, 2)]
    lat, lon = _centre_point(dense + sparse)
    assert abs(lat - 5.0) < 1.0 and abs(lon - 5.0) < 1.0


def test_outlying_block_is_left_out() -> None:
    main = [(float(a), float(b)) for a in range(30, 40) for b in range(-110, -80)]
    islands = [(20.0, -157.0), (21.0, -158.0), (60.0, -150.0), (61.0, -149.0)]
    lat, lon = _centre_point(main + islands)
    assert 33 < lat < 37 and -97 < lon < -93


def test_antimeridian() -> None:
    lat, lon = _centre_point([(-17.0, 178.0), (-16.0, 179.5), (-17.5, -179.5), (-16.5, -178.5)])
    assert abs(lon) > 178 and -18 < lat < -15


def test_country_points_in_the_index(gazetteer: Any) -> None:
    us = gazetteer.country("US")
    canada = gazetteer.country("CA")
    assert us is not None and canada is not None
    # the middle of the contiguous states, not the populous east; Canada's north counts
    assert haversine_km(us.lat, us.lon, 39.8, -98.6) < 300
    assert canada.lat > 50
