"""Readers for the event evaluation sets (PLOVER GSR, CASE 2021 task 2, PETRARCH2 validation suite).

The data stay outside the project (``--data PATH``); these readers only parse the files as each set's
README describes them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from facta.evaluate.metrics import require_data

# PLOVER 0.5b1 category names in the GSR -> current names (data README).
GSR_RENAMES = {
    "DEMAND": "REQUEST",
    "FIGHT": "ASSAULT",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "DOCUMENT": "OTHER",
}
CASE_SEEN = (
    "ABDUCT_DISSAP",
    "AGREEMENT",
    "AIR_STRIKE",
    "ARMED_CLASH",
    "ARREST",
    "ART_MISS_ATTACK",
    "ATTACK",
    "CHANGE_TO_GROUP_ACT",
    "CHEM_WEAP",
    "DISR_WEAP",
    "FORCE_AGAINST_PROTEST",
    "GOV_REGAINS_TERIT",
    "GRENADE",
    "HQ_ESTABLISHED",
    "MOB_VIOL",
    "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER",
    "OTHER",
    "PEACE_PROTEST",
    "PROPERTY_DISTRUCT",
    "PROTEST_WITH_INTER",
    "REM_EXPLOS",
    "SEX_VIOL",
    "SUIC_BOMB",
    "VIOL_DEMONSTR",
)


@dataclass(frozen=True, slots=True)
class GsrActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GsrRecord:
    index: int
    id: str
    text: str
    event: str  # renamed to current PLOVER names
    source: tuple[GsrActor, ...]
    target: tuple[GsrActor, ...]
    mode: str | None = None

    @property
    def split(self) -> str:
        return "dev" if self.index % 2 == 0 else "test"


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: int
    text: str
    label: str

    @property
    def split(self) -> str:
        return "dev" if self.id < 512 else "test"


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    id: str
    text: str
    date: str
    expected: tuple[tuple[str, str, str], ...]
    kind: str
    category: str
    config: dict[str, str] = field(default_factory=dict)


def _actors(value: object) -> tuple[GsrActor, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for a in value:
        if isinstance(a, dict):
            code = a.get("code") or None
            out.append(GsrActor(str(a.get("actorText") or ""), code, a.get("sector") or None))
    return tuple(out)


def load_gsr(folder: str | Path) -> list[GsrRecord]:
    """PLOVER_GSR_CAMEO.txt: JSON-like objects with trailing commas, split on '},{' (data README)."""
    path = require_data(folder, "PLOVER_GSR_CAMEO.txt") / "PLOVER_GSR_CAMEO.txt"
    raw = path.read_text(encoding="utf-8").strip()
    raw = raw.removeprefix("[").removesuffix("]").strip()
    records = []
    for index, part in enumerate(re.split(r"\n\},\s*\n\{", raw)):
        part = part.strip()
        if not part.startswith("{"):
            part = "{" + part
        if not part.endswith("}"):
            part += "}"
        part = re.sub(r",\s*}", "}", part)
        part = re.sub(r",\s*]", "]", part)
        obj = json.loads(part)
        event = str(obj.get("event") or "")
        records.append(
            GsrRecord(
                index=index,
                id=str(obj.get("id") or index),
                text=str(obj.get("text") or ""),
                event=GSR_RENAMES.get(event, event),
                source=_actors(obj.get("source")),
                target=_actors(obj.get("target")),
                mode=obj.get("mode") or None,
            )
        )
    return records


def load_case(folder: str | Path) -> list[CaseRecord]:
    """test_set_final_release_with_labels.tsv: id, EventSnippet, SubType; no quoting."""
    name = "test_set_final_release_with_labels.tsv"
    path = require_data(folder, name) / name
    out = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if k == 0 or not line.strip():
            continue
        rid, text, label = line.split("\t")
        out.append(CaseRecord(int(rid), text, label.strip()))
    return out


def load_petrarch(folder: str | Path) -> list[PetrarchRecord]:
    """records.jsonl: the active records of the PETRARCH2 validation suite."""
    path = require_data(folder, "records.jsonl") / "records.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        if not obj.get("active", True):
            continue
        expected = tuple(
            (str(e["source"]), str(e["target"]), str(e["code"])) for e in obj.get("expected") or ()
        )
        out.append(
            PetrarchRecord(
                id=str(obj["id"]),
                text=str(obj["text"]),
                date=str(obj.get("date") or ""),
                expected=expected,
                kind=str(obj.get("expected_kind") or "events"),
                category=str(obj.get("category") or ""),
                config={str(k): str(v) for k, v in (obj.get("config") or {}).items()},
            )
        )
    return out
