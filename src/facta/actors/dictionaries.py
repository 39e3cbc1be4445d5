"""User actor dictionaries: curated phrase -> code lists loaded from the ``actor_dictionary`` setting.

Two families of formats are read (see docs/actor-dictionaries.md):

* simple tables: ``.tsv``/``.csv`` with a header (``phrase``, ``code``, ``country``, ``sector``, ``kind``)
  or ``.json`` (an object ``{"phrase": "CODE"}`` or a list of objects with those keys);
* PETRARCH/TABARI actor and agent dictionaries (any other extension): ``PHRASE [CODE]`` records,
  ``+synonym`` lines, tab-indented date restrictions ``[CODE <date]``, ``[CODE >date]``,
  ``[CODE date-date]``, agent codes ``[~GOV]`` (appended) and ``[NGO~]`` (prepended), agent plurals
  ``{PLURAL}`` / ``{}`` and substitution sets ``!PERSON! = MAN, MEN``. Underscores join words that must
  be consecutive; a blank lets a few other words intervene.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.actors.lexicon import split_phrase
from facta.actors.phrases import PhraseIndex
from facta.errors import FactaError

KINDS = frozenset({"person", "organization", "country", "group", "agent"})


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: int | None = None  # first day it applies (YYYYMMDD), inclusive
    end: int | None = None  # last day it applies, inclusive

    def applies(self, day: int | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class DictEntry:
    """One dictionary record (a phrase and its synonyms share one entry)."""

    phrase: str
    source: str  # dictionary name
    restricted: tuple[DatedCode, ...] = ()  # date-restricted codes, first applicable wins
    default: str | None = None
    agent: bool = False
    prefix: bool = False  # agent code goes before the actor code (NGO~)
    country: str | None = None
    sector: str | None = None
    kind: str | None = None

    def codes_on(self, day: int | None) -> tuple[str, ...]:
        """The code(s) in force on ``day`` ("A/B" codes name a compound actor)."""
        code = next((r.code for r in self.restricted if r.applies(day)), self.default)
        if not code:
            return ()
        return tuple(c for c in code.split("/") if c)


@dataclass
class DictionarySet:
    """Every user dictionary of one pipeline, indexed for phrase lookup (lower-case words)."""

    names: list[str] = field(default_factory=list)
    actors: PhraseIndex[DictEntry] = field(default_factory=PhraseIndex)
    agents: PhraseIndex[DictEntry] = field(default_factory=PhraseIndex)

    @property
    def active(self) -> bool:
        return bool(self.names)

    @property
    def has_agents(self) -> bool:
        return len(self.agents) > 0

    def add(self, entry: DictEntry, phrase: str) -> None:
        words, gaps = phrase_words(phrase)
        if not words:
            return
        (self.agents if entry.agent else self.actors).add(words, entry, gaps)


def phrase_words(phrase: str) -> tuple[list[str], list[bool]]:
    """Lower-case words of a dictionary phrase and, between each pair, whether others may intervene."""
    words: list[str] = []
    gaps: list[bool] = []
    for chunk_i, chunk in enumerate(phrase.strip().split()):
        parts = [p for p in chunk.split("_") if p]
        for part_i, part in enumerate(parts):
            sub = [w.lower() for w in split_phrase(part)]
            for sub_i, w in enumerate(sub):
                if words:
                    gaps.append(chunk_i > 0 and part_i == 0 and sub_i == 0)
                words.append(w)
    return words, gaps


def load_dictionaries(spec: str) -> DictionarySet:
    """Load the ':'-separated dictionary paths of the ``actor_dictionary`` setting."""
    out = DictionarySet()
    for raw in spec.split(":"):
        path = raw.strip()
        if not path:
            continue
        entries = read_dictionary(Path(path))
        out.names.append(Path(path).name)
        for entry, phrases in entries:
            for phrase in phrases:
                out.add(entry, phrase)
    return out


def read_dictionary(path: Path) -> list[tuple[DictEntry, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FactaError("F305", path=path, reason=exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise FactaError("F305", path=path, reason=f"not UTF-8 text ({exc.reason})") from exc
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".json":
        entries = _read_json(text, path, name)
    elif suffix in {".tsv", ".csv"}:
        entries = _read_table(text, path, name, "\t" if suffix == ".tsv" else ",")
    else:
        entries = read_petrarch(text, name, path)
    if not entries:
        raise FactaError("F305", path=path, reason="no entries found")
    return entries


# -- simple formats ------------------------------------------------------------------------------


def _simple_entry(row: dict[str, Any], name: str, path: Path, where: str) -> tuple[DictEntry, list[str]]:
    phrases_cell = row.get("phrase") or row.get("phrases") or ""
    phrases = phrases_cell if isinstance(phrases_cell, list) else str(phrases_cell).split(";")
    aliases = row.get("aliases") or []
    phrases = [str(p).strip() for p in [*phrases, *aliases] if str(p).strip()]
    if not phrases:
        raise FactaError("F305", path=path, reason=f"{where}: no phrase")
    code = (str(row.get("code") or "")).strip().upper() or None
    country = (str(row.get("country") or "")).strip().upper() or None
    sector = (str(row.get("sector") or "")).strip().upper() or None
    kind = (str(row.get("kind") or "")).strip().lower() or None
    if kind is not None and kind not in KINDS:
        raise FactaError("F305", path=path, reason=f"{where}: kind '{kind}' is not one of {sorted(KINDS)}")
    if code is None and country is None and sector is None:
        raise FactaError("F305", path=path, reason=f"{where}: needs a code, country or sector")
    agent = kind == "agent" or (code is not None and "~" in code)
    prefix = code is not None and code.endswith("~")
    if code is not None:
        code = code.strip("~").strip()
    if code is None and agent:
        code = sector
    if code is None:
        code = (country or "---") + (sector or "")
    entry = DictEntry(
        phrases[0], name, (), code, agent, prefix, country, sector, None if kind == "agent" else kind
    )
    return entry, phrases


def _read_table(text: str, path: Path, name: str, delimiter: str) -> list[tuple[DictEntry, list[str]]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    if reader.fieldnames is None or "phrase" not in [f.strip().lower() for f in reader.fieldnames]:
        raise FactaError("F305", path=path, reason="the header must name a 'phrase' column")
    out = []
    for n, row in enumerate(reader, start=2):
        clean = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
        out.append(_simple_entry(clean, name, path, f"row {n}"))
    return out


def _read_json(text: str, path: Path, name: str) -> list[tuple[DictEntry, list[str]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FactaError("F305", path=path, reason=f"invalid JSON ({exc.msg}, line {exc.lineno})") from exc
    rows: Iterable[Any]
    if isinstance(data, dict):
        rows = [{"phrase": k, "code": v} for k, v in data.items()]
    elif isinstance(data, list):
        rows = data
    else:
        raise FactaError("F305", path=path, reason="expected an object or a list of objects")
    out = []
    for n, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise FactaError("F305", path=path, reason=f"item {n} is not an object")
        out.append(_simple_entry({k.lower(): v for k, v in row.items()}, name, path, f"item {n}"))
    return out


# -- PETRARCH / TABARI ---------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\s*([<>])?\s*(\d{6}|\d{8})\s*(?:-\s*(\d{6}|\d{8}))?\s*$")
_MARKER_RE = re.compile(r"!([^!\s]+)!")


def _day(raw: str) -> int:
    """YYYYMMDD, or YYMMDD (years before 30 are 20xx) as an integer YYYYMMDD."""
    if len(raw) == 6:
        yy = int(raw[:2])
        return (2000 + yy if yy < 30 else 1900 + yy) * 10_000 + int(raw[2:])
    return int(raw)


def _strip_comments(text: str) -> list[tuple[int, str]]:
    """Lines without XML-style and '#'/';' comments, with their line numbers; blank lines dropped."""
    out: list[tuple[int, str]] = []
    in_comment = False
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line[line.index("-->") + 3 :]
            in_comment = False
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after[after.index("-->") + 3 :]
            else:
                line = before
                in_comment = True
        if line.lstrip().startswith("<!"):  # malformed comment openers such as "<! --"
            continue
        if line.lstrip().startswith("#"):
            continue
        for mark in (" #", "\t#", ";"):
            if mark in line:
                line = line[: line.index(mark)]
        if line.strip():
            out.append((n, line.rstrip()))
    return out


def _bracket(line: str, path: Path, n: int) -> tuple[str, str]:
    """(text before '[', content inside the brackets)."""
    before, _, rest = line.partition("[")
    if "]" not in rest:
        raise FactaError("F305", path=path, reason=f"line {n}: '[' without a closing ']'")
    return before, rest[: rest.index("]")].strip()


def read_petrarch(text: str, name: str, path: Path) -> list[tuple[DictEntry, list[str]]]:
    """Actor and agent records of a PETRARCH/TABARI dictionary (both may share a file)."""
    out: list[tuple[DictEntry, list[str]]] = []
    markers: dict[str, list[str]] = {}
    current: dict[str, Any] | None = None

    def flush() -> None:
        if current is not None and current["phrases"]:
            entry = DictEntry(current["phrases"][0], name, tuple(current["restricted"]), current["default"])
            out.append((entry, current["phrases"]))

    for n, line in _strip_comments(text):
        stripped = line.strip()
        if "!" in stripped and "=" in stripped and "[" not in stripped:
            marker = _MARKER_RE.search(stripped)
            if marker is None:
                raise FactaError("F305", path=path, reason=f"line {n}: bad substitution set")
            values = stripped.split("=", 1)[1]
            markers[marker.group(1)] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        if line[0] in " \t" and stripped.startswith("["):  # a date restriction or default code
            if current is None:
                raise FactaError("F305", path=path, reason=f"line {n}: code line before any phrase")
            _, inside = _bracket(stripped, path, n)
            code, _, restriction = inside.partition(" ")
            restriction = restriction.strip()
            if not restriction:
                current["default"] = code.upper()
                continue
            current["restricted"].append(_dated(code.upper(), restriction, path, n))
            continue
        if stripped.startswith("+"):
            if current is None:
                raise FactaError("F305", path=path, reason=f"line {n}: synonym before any phrase")
            current["phrases"].append(stripped[1:].strip())
            continue
        if "[" in stripped and "~" in stripped.split("[", 1)[1]:
            flush()
            current = None
            out.extend(_agent_records(stripped, name, markers, path, n))
            continue
        flush()
        if "[" in stripped:
            phrase, code = _bracket(stripped, path, n)
            current = {"phrases": [phrase.strip()], "restricted": [], "default": code.upper() or None}
        else:
            current = {"phrases": [stripped], "restricted": [], "default": None}
    flush()
    return out


def _dated(code: str, restriction: str, path: Path, n: int) -> DatedCode:
    m = _DATE_RE.match(restriction)
    if m is None:
        raise FactaError("F305", path=path, reason=f"line {n}: cannot read date restriction '{restriction}'")
    sign, first, second = m.groups()
    if sign == "<":
        return DatedCode(code, None, _day(first))
    if sign == ">":
        return DatedCode(code, _day(first), None)
    if second is None:
        raise FactaError("F305", path=path, reason=f"line {n}: date range needs two dates")
    start, end = _day(first), _day(second)
    if end < start:
        raise FactaError("F305", path=path, reason=f"line {n}: date range ends before it starts")
    return DatedCode(code, start, end)


def _plural(phrase: str) -> str:
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


def _agent_records(
    line: str, name: str, markers: dict[str, list[str]], path: Path, n: int
) -> list[tuple[DictEntry, list[str]]]:
    before, inside = _bracket(line, path, n)
    code = inside.replace(" ", "").upper()
    prefix = code.endswith("~")
    code = code.strip("~")
    if not code:
        raise FactaError("F305", path=path, reason=f"line {n}: empty agent code")
    phrase = before.strip()
    plural: str | None
    if "{" in phrase:
        if "}" not in phrase:
            raise FactaError("F305", path=path, reason=f"line {n}: '{{' without a closing '}}'")
        plural = phrase[phrase.index("{") + 1 : phrase.index("}")].strip() or None
        phrase = phrase[: phrase.index("{")].strip()
    else:
        plural = _plural(phrase.rstrip("_")) if phrase and "!" not in phrase else None
    phrases = [phrase] + ([plural] if plural else [])
    expanded: list[str] = []
    for p in phrases:
        m = _MARKER_RE.search(p)
        if m is None:
            expanded.append(p)
            continue
        if m.group(1) not in markers:
            raise FactaError("F305", path=path, reason=f"line {n}: undefined substitution set !{m.group(1)}!")
        expanded.extend(p[: m.start()] + sub + p[m.end() :] for sub in markers[m.group(1)])
    entry = DictEntry(phrase, name, (), code, agent=True, prefix=prefix)
    return [(entry, expanded)]
