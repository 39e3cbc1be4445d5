"""facta's record model: frozen dataclasses with evidence spans on every value."""

from facta.model.records import (
    Acled,
    Actor,
    ActorKind,
    Article,
    Casualty,
    Event,
    Evidence,
    Incident,
    Modality,
    Place,
    Precision,
    Record,
    Span,
    Statement,
    Toll,
    When,
)
from facta.model.serialize import from_plain, record_from_dict, to_plain

__all__ = [
    "Acled",
    "Actor",
    "ActorKind",
    "Article",
    "Casualty",
    "Event",
    "Evidence",
    "Incident",
    "Modality",
    "Place",
    "Precision",
    "Record",
    "Span",
    "Statement",
    "Toll",
    "When",
    "from_plain",
    "record_from_dict",
    "to_plain",
]
