"""Actor-level scoring on the PLOVER gold-standard records (``facta eval actors``).

For every gold source/target actor (its text, country code and sector), find the facta actor with a
mention overlapping the gold text in the sentence and compare country and sector. This measures the
actors stage alone; the official figure (country of the *event's* source and target) comes from
``facta eval events``.

Data: the folder holding ``PLOVER_GSR_CAMEO.txt`` (a JSON-like list with trailing commas; parsed by
splitting between records). Split rule (data README): record index in file order, even = dev,
odd = test.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.evaluate.metrics import require_data
from facta.model import Record

GSR_FILE = "PLOVER_GSR_CAMEO.txt"


@dataclass(frozen=True, slots=True)
class GoldActor:
    record: str
    role: str  # source | target
    text: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    index: int
    id: str
    text: str
    actors: tuple[GoldActor, ...]


@dataclass
class ActorScore:
    n: int = 0
    located: int = 0  # gold text found in the sentence
    found: int = 0  # a facta actor overlaps it
    country_correct: int = 0
    sector_n: int = 0
    sector_correct: int = 0
    failed: int = 0  # records that raised an error
    errors: list[dict[str, Any]] = field(default_factory=list)
    confusions: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_actors": self.n,
            "located": self.located,
            "found": self.found,
            "country_accuracy": round(self.country_correct / self.n, 4) if self.n else 0.0,
            "sector_accuracy": round(self.sector_correct / self.sector_n, 4) if self.sector_n else 0.0,
            "sector_n": self.sector_n,
            "failed_records": self.failed,
        }


def read_gsr(path: Path) -> list[GoldRecord]:
    """All records of the GSR file in file order (the documentation record included, no actors)."""
    raw = path.read_text(encoding="utf-8").strip()
    raw = raw[raw.index("[") + 1 : raw.rindex("]")].strip()
    out = []
    for index, chunk in enumerate(re.split(r"\n\},\s*\n\{", raw)):
        body = chunk.strip()
        body = "{" + body.lstrip("{").rstrip().rstrip(",").rstrip("}") + "}"
        body = re.sub(r",\s*([}\]])", r"\1", body)
        data = json.loads(body)
        actors = []
        for role in ("source", "target"):
            items = data.get(role) or []
            if isinstance(items, str):
                continue
            for item in items:
                text = " ".join(str(item.get("actorText", "")).split())
                sector = item.get("sector")
                actors.append(GoldActor(data["id"], role, text, item.get("code") or None, sector or None))
        out.append(GoldRecord(index, data["id"], data.get("text", ""), tuple(actors)))
    return out


def split_records(records: list[GoldRecord], split: str) -> list[GoldRecord]:
    keep = [r for r in records if r.text]
    if split == "dev":
        return [r for r in keep if r.index % 2 == 0]
    if split == "test":
        return [r for r in keep if r.index % 2 == 1]
    return keep


def locate(text: str, needle: str) -> tuple[int, int] | None:
    """Character range of the gold actor text in the sentence (whitespace-insensitive)."""
    if not needle:
        return None
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.search(pattern, text) or re.search(pattern, text, flags=re.IGNORECASE)
    if m:
        return m.start(), m.end()
    words = needle.split()  # "Jordan's King Abdullah II" in "Jordan's visiting King Abdullah II"
    first = re.search(re.escape(words[0]), text)
    if first is None or len(words) < 2:
        return None
    last = re.search(re.escape(words[-1]), text[first.end() :])
    if last is None or last.end() > 2 * len(needle):
        return None
    return first.start(), first.end() + last.end()


def best_actor(record: Record, start: int, end: int) -> Any:
    """The actor whose mention overlaps [start, end) most (ties: the mention ending nearest the end)."""
    best: tuple[tuple[int, int], Any] | None = None
    for actor in record.actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            key = (overlap, -abs(end - m.end))
            if best is None or key > best[0]:
                best = (key, actor)
    return best[1] if best is not None else None


def gold_sector(sector: str | None, sectors: frozenset[str]) -> str | None:
    """The primary PLOVER sector of a gold label ("CVLalb" -> "CVL"; "***" -> None)."""
    head = (sector or "")[:3]
    return head if head in sectors else None


@dataclass(frozen=True, slots=True)
class Match:
    """What facta says about one gold actor: the overlapping actor, and the actor at its head token."""

    gold: GoldActor
    located: bool
    overlap: Any  # Actor | None
    head: Any  # Actor | None


def match_record(rec: GoldRecord, record: Record | None, state: Any) -> list[Match]:
    out = []
    for gold in rec.actors:
        rng = locate(rec.text, gold.text)
        if rng is None or record is None:
            out.append(Match(gold, rng is not None, None, None))
            continue
        head = None
        if state is not None:
            span = state.doc.char_span(rng[0], rng[1], alignment_mode="expand")
            if span is not None and len(span):
                head = state.actors.at_token(span.root.i)
        out.append(Match(gold, True, best_actor(record, *rng), head))
    return out


def score(matches: list[Match], failed: int, use: str = "overlap", keep_errors: int = 0) -> ActorScore:
    """Country and sector accuracy of the overlapping actor (``use="overlap"``) or the head's."""
    from facta.actors.lexicon import load_sectors

    sectors = load_sectors()
    s = ActorScore(failed=failed)
    for m in matches:
        gold = m.gold
        actor = m.overlap if use == "overlap" else m.head
        s.n += 1
        s.located += m.located
        s.found += actor is not None
        country = actor.country if actor is not None else None
        ok = country == gold.country
        s.country_correct += ok
        gs = gold_sector(gold.sector, sectors)
        if gs is not None:
            s.sector_n += 1
            s.sector_correct += actor is not None and actor.sector == gs
        if not ok:
            s.confusions[f"{gold.country}->{country}"] += 1
            if len(s.errors) < keep_errors:
                found = None if actor is None else f"{actor.name} [{actor.country} {actor.sector}]"
                wanted = f"{gold.text} [{gold.country} {gold.sector or ''}]"
                s.errors.append({"record": gold.record, "gold": wanted, "facta": found})
    return s


def run_gsr(data: str | Path, split: str, pipeline: Any) -> tuple[list[Match], int]:
    """Run the pipeline's stages on every record of the split; keep each state for head lookups."""
    from facta.errors import FactaError
    from facta.state import DocState

    folder = require_data(data, GSR_FILE)
    records = split_records(read_gsr(folder / GSR_FILE), split)
    matches: list[Match] = []
    failed = 0
    docs = pipeline.parse_docs(r.text for r in records)
    for rec, doc in zip(records, docs, strict=True):
        record: Record | None = None
        state = None
        try:
            state = DocState(article=pipeline.article(rec.text), doc=doc)
            for stage in pipeline.stages:
                stage(state)
            record = state.freeze(pipeline.stage_names)
        except (FactaError, Exception):  # a crash is counted, never hidden
            failed += 1
            state = None
        matches.extend(match_record(rec, record, state))
    return matches, failed


def evaluate_gsr(data: str | Path, split: str, pipeline: Any, keep_errors: int = 0) -> dict[str, ActorScore]:
    matches, failed = run_gsr(data, split, pipeline)
    return {
        "overlap": score(matches, failed, "overlap", keep_errors),
        "head": score(matches, failed, "head", keep_errors),
    }


# -- PETRARCH2 validation suite: are the codes the coder needs there? -----------------------------

PETRARCH_RECORDS = "records.jsonl"
PETRARCH_DICTIONARIES = ("dictionaries/PETR.Validate.actors.txt", "dictionaries/PETR.Validate.agents.txt")


@dataclass
class CodeScore:
    records: int = 0  # active records that expect at least one coded actor
    complete: int = 0  # records where every expected actor code is the code of some facta actor
    codes: int = 0
    found: int = 0
    failed: int = 0
    missing: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "records_with_all_codes": self.complete,
            "record_share": round(self.complete / self.records, 4) if self.records else 0.0,
            "expected_codes": self.codes,
            "codes_found": self.found,
            "failed_records": self.failed,
        }


def petrarch_dictionary_spec(data: str | Path) -> str:
    folder = require_data(data, PETRARCH_RECORDS, *PETRARCH_DICTIONARIES)
    return ":".join(str(folder / name) for name in PETRARCH_DICTIONARIES)


def evaluate_petrarch(data: str | Path, pipeline: Any) -> CodeScore:
    """With the suite's own dictionaries loaded: for every active record, are the source and target
    codes of its expected events all produced as ``Actor.code``? (Quoted new-actor codes and the
    bare "---" are not actor codes and are skipped.) This checks the actor side only; the event
    triples are scored by ``facta eval events --set petrarch2``."""
    folder = require_data(data, PETRARCH_RECORDS)
    rows = [json.loads(line) for line in (folder / PETRARCH_RECORDS).read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("active")]
    s = CodeScore()
    for row in rows:
        wanted = {c for e in row.get("expected", []) for c in (e["source"], e["target"])}
        wanted = {c for c in wanted if c and c != "---" and not c.startswith('"')}
        if not wanted:
            continue
        day = str(row.get("date", ""))
        published = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if len(day) == 8 else None
        s.records += 1
        try:
            record = pipeline.extract(row["text"], published=published)
            have = {a.code for a in record.actors if a.code}
        except Exception:  # a crash is counted, never hidden
            s.failed += 1
            have = set()
        s.codes += len(wanted)
        s.found += len(wanted & have)
        s.complete += wanted <= have
        s.missing.update(wanted - have)
    return s
