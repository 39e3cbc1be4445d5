"""`facta eval places`: toponym recognition and resolution on GeoWebNews, TR-News, LGL and GeoVirus.

Gold (read from ``--data``, never copied): see docs/places.md for the full definitions.

* **Scored gold toponyms** are those with a GeoNames id (GWN ``geonamesID``; TR-News/LGL ``gaztag``).
  GWN toponyms without an id (most "Non_Lit_Expression"/"Literal_Expression" phrases, "Demonym",
  "Language", "Homonym", "Non_Toponym") are not scored for recall.
* Annotations repeated verbatim (same span, same id; GWN has a few) count once.
* **Matching**: a predicted mention matches a scored gold toponym when their character spans overlap;
  pairs are made greedily by overlap length, each mention and each gold toponym used at most once.
* **Recognition**: recall = matched scored gold / scored gold. Precision = predicted mentions that are
  matched or overlap any other gold annotation (GWN: of any type except ``Non_Toponym``, e.g. a
  "Demonym" without an id) / predicted mentions.
* **Resolution** over scored gold: exact GeoNames id; country (ISO-2 of the chosen entry vs. the gold
  entry's country: TR-News/LGL give it, for GWN we take the gold id's country from our gazetteer or,
  when the id is not in it and the text does not name (or, as an adjective, refer to) a
  multi-country region, sea or continent in our gazetteer, the country of a populated place within
  25 km of the gold coordinates; otherwise the toponym has no gold country and is left out of this
  measure). The predicted country is the chosen entry's or, for a recognised name no entry fits,
  the country the resolver inferred from its qualifier or the article (``Mention.cc``);
  error distance in km between the chosen entry's point and the gold coordinates (0 when the GeoNames
  id is the gold one: the same entry); accuracy within 161 km. Each is reported over the gold
  toponyms facta recognised and over all scored gold toponyms (unrecognised ones count as wrong).
* **Ceiling**: how many scored gold ids are absent from our gazetteer.
* **GeoVirus** (Wikinews, gold lat/lon and a Wikipedia page, no GeoNames id; its offsets are one
  past the character index and are shifted back): every location is scored; split by article
  parity like GWN (even = dev). No exact-id figures. Gold country: that of the populated place
  within 25 km of the gold point, else the one country of every populated place within 300 km
  (none when they differ, or when the text names a multi-country region, sea or continent).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.metrics import PRF, require_data
from facta.geo.gazetteer import Gazetteer, haversine_km
from facta.geo.recognize import Mention
from facta.nlp.parse import parse_many

_NO_COUNTRY = frozenset({"region", "sea", "continent"})
_POINT_KM = 25.0  # a gold point this close to a populated place takes its country
_AREA_KM = 300.0  # else the one country of all populated places this close (none when they differ)
SETS = {"gwn": "GeoWebNews_GWN.xml", "trnews": "TR-News.xml", "lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}
SPLITS = {"gwn": ("dev", "test"), "trnews": ("test",), "lgl": ("test",), "geovirus": ("dev", "test")}
_PARITY_SPLIT = frozenset({"gwn", "geovirus"})  # article index even = dev, odd = test


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    gid: int | None
    lat: float | None
    lon: float | None
    kind: str | None = None  # GWN toponym type
    country_gid: int | None = None  # TR-News / LGL: GeoNames id of the country
    coords_only: bool = False  # GeoVirus: scored by its coordinates, no GeoNames id

    @property
    def scored(self) -> bool:
        return self.gid is not None or self.coords_only


@dataclass(frozen=True, slots=True)
class GoldArticle:
    index: int
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _geovirus_toponym(t: ET.Element) -> GoldToponym:
    """GeoVirus offsets are one past the character's index (start and end alike)."""
    start, end = int(t.findtext("start") or 1) - 1, int(t.findtext("end") or 1) - 1
    lat, lon = _float(t.findtext("lat")), _float(t.findtext("lon"))
    return GoldToponym(start, end, t.findtext("name") or "", None, lat, lon, None, None, True)


def load_set(data: str | Path, name: str, split: str) -> list[GoldArticle]:
    if name not in SETS:
        raise FactaError("F602", name=name, known=", ".join(SETS))
    if split not in SPLITS[name]:
        raise FactaError("F604", name=name, split=split, available="|".join(SPLITS[name]))
    folder = require_data(data, SETS[name])
    root = ET.parse(folder / SETS[name]).getroot()
    out = []
    for index, art in enumerate(root.findall("article")):
        if name in _PARITY_SPLIT and (index % 2 == 0) != (split == "dev"):
            continue
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
        if name == "geovirus":
            tops = [_geovirus_toponym(t) for t in art.find("locations") or []]
        for t in art.find("toponyms") or []:
            if name == "gwn":
                tops.append(
                    GoldToponym(
                        int(t.findtext("start") or 0),
                        int(t.findtext("end") or 0),
                        t.findtext("extractedName") or "",
                        _int(t.findtext("geonamesID")),
                        _float(t.findtext("latitude")),
                        _float(t.findtext("longitude")),
                        t.findtext("type"),
                    )
                )
            else:
                tag = t.find("gaztag")
                country = tag.find("country") if tag is not None else None
                tops.append(
                    GoldToponym(
                        int(t.findtext("start") or 0),
                        int(t.findtext("end") or 0),
                        t.findtext("phrase") or "",
                        _int(tag.get("geonameid")) if tag is not None else None,
                        _float(tag.findtext("lat")) if tag is not None else None,
                        _float(tag.findtext("lon")) if tag is not None else None,
                        None,
                        _int(country.get("geonameid")) if country is not None else None,
                    )
                )
        unique = {(t.start, t.end, t.gid): t for t in tops}  # GWN repeats some annotations verbatim
        out.append(GoldArticle(index, text, tuple(unique.values())))
    return out


def match(gold: Iterable[GoldToponym], pred: Iterable[Mention]) -> dict[int, int]:
    """Gold index → predicted index, by character overlap (greedy on overlap length, one-to-one)."""
    gold_l, pred_l = list(gold), list(pred)
    pairs = []
    for gi, g in enumerate(gold_l):
        for pi, p in enumerate(pred_l):
            overlap = min(g.end, p.end_char) - max(g.start, p.start_char)
            if overlap > 0:
                pairs.append((overlap, -gi, -pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, ngi, npi in sorted(pairs, reverse=True):
        gi, pi = -ngi, -npi
        if gi not in used_g and pi not in used_p:
            out[gi] = pi
            used_g.add(gi)
            used_p.add(pi)
    return out


@dataclass
class Tally:
    gold: int = 0
    recognised: int = 0
    exact: int = 0
    with_country: int = 0
    with_country_recognised: int = 0
    country_ok: int = 0
    within_161: int = 0
    errors_km: list[float] = field(default_factory=list)
    country_inferred_ok: int = 0  # right countries inferred for names no entry fits
    unresolved: int = 0  # recognised but no coordinates chosen
    not_in_gazetteer: int = 0
    with_id: int = 0  # gold toponyms with a GeoNames id (none in GeoVirus: no exact-id figures)

    def to_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        ids = self.with_id > 0

        return {
            "gold_scored": self.gold,
            "recognised": self.recognised,
            "recall": ratio(self.recognised, self.gold),
            "exact_match_recognised": ratio(self.exact, self.recognised) if ids else None,
            "exact_match_all": ratio(self.exact, self.gold) if ids else None,
            "country_accuracy_recognised": ratio(self.country_ok, self.with_country_recognised),
            "country_accuracy_all": ratio(self.country_ok, self.with_country),
            "country_inferred_ok": self.country_inferred_ok,
            "acc161_recognised": ratio(self.within_161, self.recognised),
            "acc161_all": ratio(self.within_161, self.gold),
            "mean_error_km": round(statistics.fmean(self.errors_km), 1) if self.errors_km else None,
            "median_error_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
            "recognised_unresolved": self.unresolved,
            "gold_ids_not_in_gazetteer": self.not_in_gazetteer,
            "exact_match_ceiling": ratio(self.gold - self.not_in_gazetteer, self.gold) if ids else None,
            "gold_with_country": self.with_country,
        }


class Scorer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.total = Tally()
        self.by_type: dict[str, Tally] = {}
        self.prf = PRF(0, 0, 0)
        self._country_of_gid: dict[int, str | None] = {}
        self._country_of_point: dict[tuple[float, float], str | None] = {}

    def _gold_cc(self, g: GoldToponym) -> str | None:
        if g.country_gid is not None:
            entry = self.gaz.get(g.country_gid)
            return entry.cc if entry is not None and entry.kind == "country" else None
        if g.coords_only:
            return self._cc_at_point(g)
        if g.gid is None:
            return None
        if g.gid not in self._country_of_gid:
            entry = self.gaz.get(g.gid)
            cc = entry.cc if entry is not None else None
            names_region = self._names_region(g.text)
            if entry is None and g.lat is not None and g.lon is not None and not names_region:
                near = self.gaz.nearest(g.lat, g.lon)
                close = near is not None and haversine_km(g.lat, g.lon, near.lat or 0, near.lon or 0) <= 25
                cc = near.cc if near is not None and close else None
            self._country_of_gid[g.gid] = cc
        return self._country_of_gid[g.gid]

    def _names_region(self, text: str) -> bool:
        named = [*self.gaz.lookup(text), self.gaz.adjective(text)]
        return any(e is not None and e.kind in _NO_COUNTRY and e.cc is None for e in named)

    def _cc_at_point(self, g: GoldToponym) -> str | None:
        """Country of a gold point with no id: the populated place within 25 km, else the one country
        of every populated place within 300 km; none for a name that reads as a multi-country region."""
        if g.lat is None or g.lon is None or self._names_region(g.text):
            return None
        key = (g.lat, g.lon)
        if key not in self._country_of_point:
            near = self.gaz.within(g.lat, g.lon, _POINT_KM)
            if not near:
                near = self.gaz.within(g.lat, g.lon, _AREA_KM)
            countries = {e.cc for e in near}
            close = bool(near) and haversine_km(g.lat, g.lon, near[0].lat or 0, near[0].lon or 0) <= _POINT_KM
            cc = near[0].cc if close else (countries.pop() if len(countries) == 1 else None)
            self._country_of_point[key] = cc
        return self._country_of_point[key]

    def add(self, article: GoldArticle, mentions: list[Mention]) -> None:
        scored = [g for g in article.toponyms if g.scored]
        pairs = match(scored, mentions)
        real = [g for g in article.toponyms if g.kind != "Non_Toponym"]
        matched = set(pairs.values())
        tp = sum(
            1
            for pi, p in enumerate(mentions)
            if pi in matched or any(g.start < p.end_char and p.start_char < g.end for g in real)
        )
        self.prf = self.prf + PRF(tp, len(mentions) - tp, 0)
        for gi, g in enumerate(scored):
            p = mentions[pairs[gi]] if gi in pairs else None
            for tally in (self.total, self.by_type.setdefault(g.kind or "all", Tally())):
                self._score(tally, g, p)

    def _score(self, t: Tally, g: GoldToponym, p: Mention | None) -> None:
        t.gold += 1
        t.with_id += g.gid is not None
        if g.gid is not None and self.gaz.get(g.gid) is None:
            t.not_in_gazetteer += 1
        gold_cc = self._gold_cc(g)
        if gold_cc:
            t.with_country += 1
        if p is None:
            return
        t.recognised += 1
        if gold_cc:
            t.with_country_recognised += 1
        if gold_cc and (p.entry.cc if p.entry is not None else p.cc) == gold_cc:
            t.country_ok += 1  # the resolved entry's country, or the one inferred for an unknown name
            t.country_inferred_ok += p.entry is None
        e = p.entry
        if e is None or e.lat is None or e.lon is None:
            t.unresolved += 1
            return
        exact = e.gid == g.gid
        t.exact += exact
        if g.lat is not None and g.lon is not None:
            km = 0.0 if exact else haversine_km(e.lat, e.lon, g.lat, g.lon)
            t.errors_km.append(km)
            t.within_161 += km <= 161
        elif exact:
            t.within_161 += 1

    def report(self) -> dict[str, Any]:
        recall_prf = PRF(self.total.recognised, 0, self.total.gold - self.total.recognised)
        precision = self.prf.precision
        recall = recall_prf.recall
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "recognition": {
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
                "predicted": self.prf.tp + self.prf.fp,
                "predicted_matching_gold": self.prf.tp,
            },
            "resolution": self.total.to_dict(),
            "by_gold_type": {k: v.to_dict() for k, v in sorted(self.by_type.items()) if k != "all"},
        }


def evaluate(
    data: str | Path,
    name: str,
    split: str,
    *,
    nlp: Any,
    geoparser: Any,
    limit: int | None = None,
    batch_size: int = 16,
) -> dict[str, Any]:
    """Run spaCy + the geoparser over one gold set and score it (see module docstring)."""
    articles = load_set(data, name, split)[:limit]
    scorer = Scorer(geoparser.gazetteer)
    for article, doc in zip(
        articles, parse_many(nlp, (a.text for a in articles), batch_size=batch_size), strict=True
    ):
        scorer.add(article, geoparser(doc))
    report = scorer.report()
    report.update({"set": name, "split": split, "articles": len(articles)})
    return report


def _fmt(value: float | None, width: int) -> str:
    return f"{value:{width}.3f}" if value is not None else f"{'n/a':>{width}}"


def format_places_report(report: dict[str, Any]) -> str:
    rec, res = report["recognition"], report["resolution"]
    lines = [
        f"set {report['set']} split {report['split']}: {report['articles']} articles, "
        f"{res['gold_scored']} scored gold toponyms ({res['gold_with_country']} with a gold country)",
        f"recognition      P {rec['precision']:.3f}  R {rec['recall']:.3f}  F1 {rec['f1']:.3f}  "
        f"({rec['predicted']} predicted)",
        f"{'':16} {'recognised':>11} {'all gold':>9}",
        f"{'exact id':16} {_fmt(res['exact_match_recognised'], 11)} {_fmt(res['exact_match_all'], 9)}",
        f"{'country':16} {res['country_accuracy_recognised']:11.3f} {res['country_accuracy_all']:9.3f}"
        f"  ({res['country_inferred_ok']} right by inference for names no entry fits)",
        f"{'within 161 km':16} {res['acc161_recognised']:11.3f} {res['acc161_all']:9.3f}",
        f"mean error {res['mean_error_km']} km, median {res['median_error_km']} km (recognised, resolved)",
    ]
    if res["exact_match_ceiling"] is not None:
        lines.append(
            f"gold ids absent from the gazetteer: {res['gold_ids_not_in_gazetteer']} "
            f"(exact-match ceiling {res['exact_match_ceiling']:.3f})"
        )
    by_type = report.get("by_gold_type") or {}
    if by_type:
        lines.append(f"{'gold type':22} {'n':>5} {'recall':>7} {'exact|rec':>9}")
        for kind, row in by_type.items():
            exact = _fmt(row["exact_match_recognised"], 9)
            lines.append(f"{kind:22} {row['gold_scored']:5d} {row['recall']:7.3f} {exact}")
    return "\n".join(lines)


def error_rows(article: GoldArticle, mentions: list[Mention]) -> list[dict[str, Any]]:
    """Per-gold-toponym outcome rows for error analysis (not used by the command's figures)."""
    scored = [g for g in article.toponyms if g.scored]
    pairs = match(scored, mentions)
    rows = []
    for gi, g in enumerate(scored):
        p = mentions[pairs[gi]] if gi in pairs else None
        rows.append(
            {
                "gold": g.text,
                "gold_gid": g.gid,
                "type": g.kind,
                "pred": p.text if p else None,
                "pred_gid": p.entry.gid if p and p.entry else None,
                "pred_name": p.entry.name if p and p.entry else None,
                "pred_kind": p.entry.kind if p and p.entry else None,
                "role": p.role if p else None,
                "evidence": p.evidence if p else None,
            }
        )
    return rows


def count_types(articles: Iterable[GoldArticle]) -> Counter[str]:
    return Counter(t.kind or "-" for a in articles for t in a.toponyms if t.scored)
