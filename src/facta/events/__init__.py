"""The event coder: PLOVER events with actors, mode, modality, CAMEO and ACLED codes (docs/events.md)."""

from __future__ import annotations

from facta.events.coder import CODER_NAME, EventCoder, EventStage
from facta.events.lexicon import PLOVER_TYPES, Lexicon, load_lexicon

__all__ = ["CODER_NAME", "PLOVER_TYPES", "EventCoder", "EventStage", "Lexicon", "load_lexicon"]
