"""JSON Lines: one canonical event per line, with its mentions (the same document as `facta events`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO, Any

from facta.export.common import event_dict
from facta.store.base import EventView


def write(views: Sequence[EventView], out: IO[Any]) -> int:
    for view in views:
        out.write(json.dumps(event_dict(view), ensure_ascii=False) + "\n")
    return len(views)
