"""Round 9: place errors of the kinds an audit of real articles found, in passages we wrote."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _event_places(rec: Any) -> dict[str, str | None]:
    names = {p.id: p.name for p in rec.places}
    found = [e for e in rec.events if e.evidence.trigger is not None]
    return {e.evidence.trigger.text: names.get(e.place or "") for e in found}


def test_a_time_clause_place_belongs_to_its_own_happening(geo_pipeline: Any) -> None:
    text = (
        "Government jets bombed the rebel-held province of Idlib on Tuesday, "
        "as donors met in Geneva to discuss aid."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    assert _event_places(rec).get("bombed") == "Idlib"


def test_a_country_name_as_a_modifier_places_no_event(geo_pipeline: Any) -> None:
    text = (
        "A French aid worker was abducted on Sunday. "
        "UK-trained commandos stormed the compound. "
        "Canadian officials said a Canada citizen was detained without charge."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    places = _event_places(rec)
    assert places["stormed"] is None and places["detained"] is None, places
