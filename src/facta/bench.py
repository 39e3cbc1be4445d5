"""Throughput and memory benchmark: the bare spaCy parse against the whole facta pipeline.

`facta bench --data FILE` prints words/s for both, the time share of every stage and the peak
resident memory. Inputs: a CSV or JSONL file with a `text` column/field, or a folder of .txt files.
"""

from __future__ import annotations

import csv
import json
import resource
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import Any

from facta.errors import FactaError
from facta.nlp.parse import parse_many
from facta.pipeline import ArticleInput, ItemError, Pipeline


def read_texts(path: str | Path, limit: int | None = None) -> list[ArticleInput]:
    """Articles from a CSV/JSONL file (fields text, published, title, url) or a folder of .txt files."""
    folder = Path(path)
    if not folder.exists():
        raise FactaError("F501", source=str(path), reason="no such file or directory")
    items = list(_iter_texts(folder))
    return items[:limit] if limit else items


def _iter_texts(path: Path) -> Iterator[ArticleInput]:
    if path.is_dir():
        for p in sorted(path.glob("*.txt")):
            yield ArticleInput(p.read_text(encoding="utf-8", errors="replace"), label=p.name)
    elif path.suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                yield ArticleInput(
                    row.get("text") or "",
                    (row.get("published") or row.get("date") or None),
                    row.get("title"),
                    row.get("url"),
                    label=f"{path.name}:{i + 2}",
                )
    elif path.suffix in {".jsonl", ".ndjson"}:
        with path.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if line.strip():
                    row = json.loads(line)
                    yield ArticleInput(
                        row.get("text") or "",
                        row.get("published"),
                        row.get("title"),
                        row.get("url"),
                        label=f"{path.name}:{i + 1}",
                    )
    else:
        raise FactaError("F502", source=str(path), supported=".csv, .jsonl, or a folder of .txt files")


@dataclass
class BenchResult:
    articles: int
    words: int
    errors: int
    spacy_seconds: float
    pipeline_seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0

    @property
    def spacy_words_per_s(self) -> float:
        return self.words / self.spacy_seconds if self.spacy_seconds else 0.0

    @property
    def pipeline_words_per_s(self) -> float:
        return self.words / self.pipeline_seconds if self.pipeline_seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "words": self.words,
            "errors": self.errors,
            "spacy_seconds": round(self.spacy_seconds, 2),
            "pipeline_seconds": round(self.pipeline_seconds, 2),
            "spacy_words_per_s": round(self.spacy_words_per_s),
            "pipeline_words_per_s": round(self.pipeline_words_per_s),
            "pipeline_articles_per_s": round(self.articles / self.pipeline_seconds, 2)
            if self.pipeline_seconds
            else 0,
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "peak_rss_mb": round(self.peak_rss_mb),
        }


def run_bench(pipeline: Pipeline, items: list[ArticleInput], batch_size: int | None = None) -> BenchResult:
    """Parse everything with spaCy alone, then run the whole pipeline over the same articles."""
    articles = []
    errors = 0
    for item in items:
        try:
            articles.append(pipeline.article(item))
        except FactaError:
            errors += 1
    words = sum(len(a.text.split()) for a in articles)
    size = batch_size or pipeline.settings.batch_size
    if articles:  # warm up (first-call allocations) outside the timed runs
        pipeline.nlp(articles[0].text[:2000])
    started = perf_counter()
    for _doc in parse_many(pipeline.nlp, (a.text for a in articles), batch_size=size):
        pass
    spacy_seconds = perf_counter() - started
    pipeline.timings.clear()
    started = perf_counter()
    for outcome in pipeline.pipe(articles, batch_size=size):
        if isinstance(outcome, ItemError):
            errors += 1
    pipeline_seconds = perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(
        len(articles), words, errors, spacy_seconds, pipeline_seconds, dict(pipeline.timings), peak
    )


def format_bench(result: BenchResult) -> str:
    d = result.to_dict()
    lines = [
        f"articles {d['articles']}  words {d['words']}  failed {d['errors']}",
        f"spaCy parse only : {d['spacy_seconds']:8.2f} s  {d['spacy_words_per_s']:7d} words/s",
        f"whole pipeline   : {d['pipeline_seconds']:8.2f} s  {d['pipeline_words_per_s']:7d} words/s"
        f"  {d['pipeline_articles_per_s']} articles/s",
        "time per stage (share of the whole pipeline):",
    ]
    total = result.pipeline_seconds or 1.0
    for name, secs in sorted(result.stage_seconds.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:24} {secs:8.2f} s  {100 * secs / total:5.1f} %")
    lines.append(f"peak resident memory: {d['peak_rss_mb']} MB")
    return "\n".join(lines)
