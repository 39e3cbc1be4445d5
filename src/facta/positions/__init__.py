"""Position timelines: what each actor (and organisation) said it wants on each topic, over time,
with reversals and walk-backs flagged. Reads stored records only (``open_store(url).records()``)."""

from __future__ import annotations

from facta.positions.flags import detect_flags, flags_for, matches_actor, polarity, select
from facta.positions.identity import Identity, identities, normalize_name
from facta.positions.model import Flag, Position
from facta.positions.timeline import positions_from_records

__all__ = [
    "Flag",
    "Identity",
    "Position",
    "detect_flags",
    "flags_for",
    "identities",
    "matches_actor",
    "normalize_name",
    "polarity",
    "positions_from_records",
    "select",
]
