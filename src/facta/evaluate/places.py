"""`facta eval places`: toponym recognition and resolution on GeoWebNews, TR-News and LGL.

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
SETS = {"gwn": "GeoWebNews_GWN.xml", "trnews": "TR-News.xml", "lgl": "lgl.xml"}
SPLITS = {"gwn": ("dev", "test"), "trnews": ("test",), "lgl": ("test",)}


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


def load_set(data: str | Path, name: str, split: str) -> list[GoldArticle]:
    if name not in SETS:
        raise FactaError("F602", name=name, known=", ".join(SETS))
    if split not in SPLITS[name]:
        raise FactaError("F604", name=name, split=split, available="|".join(SPLITS[name]))
    folder = require_data(data, SETS[name])
    root = ET.parse(folder / SETS[name]).getroot()
    out = []
    for index, art in enumerate(root.findall("article")):
        if name == "gwn" and (index % 2 == 0) != (split == "dev"):
            continue
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
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

    def to_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "gold_scored": self.gold,
            "recognised": self.recognised,
            "recall": ratio(self.recognised, self.gold),
            "exact_match_recognised": ratio(self.exact, self.recognised),
            "exact_match_all": ratio(self.exact, self.gold),
            "country_accuracy_recognised": ratio(self.country_ok, self.with_country_recognised),
            "country_accuracy_all": ratio(self.country_ok, self.with_country),
            "country_inferred_ok": self.country_inferred_ok,
            "acc161_recognised": ratio(self.within_161, self.recognised),
            "acc161_all": ratio(self.within_161, self.gold),
            "mean_error_km": round(statistics.fmean(self.errors_km), 1) if self.errors_km else None,
            "median_error_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
            "recognised_unresolved": self.unresolved,
            "gold_ids_not_in_gazetteer": self.not_in_gazetteer,
            "exact_match_ceiling": ratio(self.gold - self.not_in_gazetteer, self.gold),
        }


class Scorer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.total = Tally()
        self.by_type: dict[str, Tally] = {}
        self.prf = PRF(0, 0, 0)
        self._country_of_gid: dict[int, str | None] = {}

    def _gold_cc(self, g: GoldToponym) -> str | None:
        if g.country_gid is not None:
            entry = self.gaz.get(g.country_gid)
            return entry.cc if entry is not None and entry.kind == "country" else None
        if g.gid is None:
            return None
        if g.gid not in self._country_of_gid:
            entry = self.gaz.get(g.gid)
            cc = entry.cc if entry is not None else None
            named = [*self.gaz.lookup(g.text), self.gaz.adjective(g.text)]
            names_region = any(e is not None and e.kind in _NO_COUNTRY and e.cc is None for e in named)
            if entry is None and g.lat is not None and g.lon is not None and not names_region:
                near = self.gaz.nearest(g.lat, g.lon)
                close = near is not None and haversine_km(g.lat, g.lon, near.lat or 0, near.lon or 0) <= 25
                cc = near.cc if near is not None and close else None
            self._country_of_gid[g.gid] = cc
        return self._country_of_gid[g.gid]

    def add(self, article: GoldArticle, mentions: list[Mention]) -> None:
        scored = [g for g in article.toponyms if g.gid is not None]
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
        if self.gaz.get(g.gid or 0) is None:
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


def format_places_report(report: dict[str, Any]) -> str:
    rec, res = report["recognition"], report["resolution"]
    lines = [
        f"set {report['set']} split {report['split']}: {report['articles']} articles, "
        f"{res['gold_scored']} scored gold toponyms",
        f"recognition      P {rec['precision']:.3f}  R {rec['recall']:.3f}  F1 {rec['f1']:.3f}  "
        f"({rec['predicted']} predicted)",
        f"{'':16} {'recognised':>11} {'all gold':>9}",
        f"{'exact id':16} {res['exact_match_recognised']:11.3f} {res['exact_match_all']:9.3f}",
        f"{'country':16} {res['country_accuracy_recognised']:11.3f} {res['country_accuracy_all']:9.3f}"
        f"  ({res['country_inferred_ok']} right by inference for names no entry fits)",
        f"{'within 161 km':16} {res['acc161_recognised']:11.3f} {res['acc161_all']:9.3f}",
        f"mean error {res['mean_error_km']} km, median {res['median_error_km']} km (recognised, resolved)",
        f"gold ids absent from the gazetteer: {res['gold_ids_not_in_gazetteer']} "
        f"(exact-match ceiling {res['exact_match_ceiling']:.3f})",
    ]
    by_type = report.get("by_gold_type") or {}
    if by_type:
        lines.append(f"{'gold type':22} {'n':>5} {'recall':>7} {'exact|rec':>9}")
        for kind, row in by_type.items():
            lines.append(
                f"{kind:22} {row['gold_scored']:5d} {row['recall']:7.3f} {row['exact_match_recognised']:9.3f}"
            )
    return "\n".join(lines)


def error_rows(article: GoldArticle, mentions: list[Mention]) -> list[dict[str, Any]]:
    """Per-gold-toponym outcome rows for error analysis (not used by the command's figures)."""
    scored = [g for g in article.toponyms if g.gid is not None]
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
    return Counter(t.kind or "-" for a in articles for t in a.toponyms if t.gid is not None)
