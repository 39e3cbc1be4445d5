"""Scoring attributed statements against PolNeAR (brat standoff), comparable with other tools.

Scoring (issue 5): gold = the first ``.ann`` file per article in sorted order; every ``Attribution``
relation is one statement (Source = speaker, Cue, all Content fragments). A span is the set of
non-whitespace character positions it covers; *exact* = equal sets, *overlap* = any shared position.
Per article and per component, predictions are matched to gold one-to-one, greedily by Jaccard;
precision/recall/F1 are micro-averaged. "Direct" = the statement's content contains a quotation mark.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.evaluate.metrics import PRF, require_data
from facta.model import Record
from facta.quotes.marks import has_quote_mark

COMPONENTS = ("speaker", "cue", "content")
Spans = tuple[tuple[int, int], ...]
_ANN_SUFFIX = re.compile(r"_[0-9a-f]{4}\.ann$")


@dataclass(frozen=True, slots=True)
class SpanStatement:
    """One statement as character spans (gold or predicted)."""

    speaker: Spans = ()
    cue: Spans = ()
    content: Spans = ()

    def part(self, component: str) -> Spans:
        spans: Spans = getattr(self, component)
        return spans


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str  # text file name without .txt
    text: str
    statements: tuple[SpanStatement, ...]

    @property
    def file(self) -> str:
        return f"{self.name}.txt"


def positions(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The non-whitespace character positions a set of spans covers."""
    return frozenset(i for start, end in spans for i in range(start, end) if not text[i].isspace())


def is_direct(text: str, statement: SpanStatement) -> bool:
    return any(has_quote_mark(text[s:e]) for s, e in statement.content)


# -- reading PolNeAR ---------------------------------------------------------------------------------
def parse_ann(ann: str) -> list[SpanStatement]:
    """The Attribution relations of one brat standoff file (other relation types are ignored)."""
    spans: dict[str, Spans] = {}
    relations: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or " " not in parts[1]:
            continue  # continuation of a multi-line annotation text, comments, blank lines
        if parts[0].startswith("T"):
            _label, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = tuple(
                    (int(a), int(b)) for a, b in (chunk.split() for chunk in offsets.split(";"))
                )
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            head, *args = parts[1].split()
            if head.split(":")[0] != "Attribution":
                continue
            relations.append([(a.partition(":")[0], a.partition(":")[2]) for a in args])
    out = []
    for relation in relations:
        roles: dict[str, list[tuple[int, int]]] = {c: [] for c in ("Source", "Cue", "Content")}
        for role, ref in relation:
            base = role.rstrip("0123456789")
            if base in roles and ref in spans:
                roles[base].extend(spans[ref])
        out.append(
            SpanStatement(
                speaker=tuple(sorted(roles["Source"])),
                cue=tuple(sorted(roles["Cue"])),
                content=tuple(sorted(roles["Content"])),
            )
        )
    return out


def load_polnear(folder: str | Path, split: str) -> list[GoldArticle]:
    root = require_data(folder, f"{split}/text", f"{split}/attributions")
    first: dict[str, Path] = {}
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        first.setdefault(_ANN_SUFFIX.sub("", ann.name), ann)
    out = []
    for name, ann in sorted(first.items()):
        text_path = root / split / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        out.append(GoldArticle(name, text, tuple(parse_ann(ann.read_text(encoding="utf-8")))))
    return out


# -- matching ----------------------------------------------------------------------------------------
def match(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> tuple[int, int]:
    """Greedy one-to-one matching by Jaccard: (exact matches, overlapping matches)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = len(g & p)
            if shared:
                pairs.append((shared / len(g | p), gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    exact = overlap = 0
    for jac, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        overlap += 1
        exact += jac == 1.0
    return exact, overlap


@dataclass
class Tally:
    exact: dict[str, PRF] = field(default_factory=dict)
    overlap: dict[str, PRF] = field(default_factory=dict)

    def add(self, name: str, n_gold: int, n_pred: int, exact: int, overlap: int) -> None:
        e = PRF(exact, n_pred - exact, n_gold - exact)
        o = PRF(overlap, n_pred - overlap, n_gold - overlap)
        self.exact[name] = self.exact.get(name, PRF(0, 0, 0)) + e
        self.overlap[name] = self.overlap.get(name, PRF(0, 0, 0)) + o

    def to_dict(self) -> dict[str, Any]:
        return {
            name: {"exact": self.exact[name].to_dict(), "overlap": self.overlap[name].to_dict()}
            for name in self.exact
        }


def score_article(
    text: str, gold: Sequence[SpanStatement], pred: Sequence[SpanStatement], tally: Tally
) -> None:
    for subset, only_direct in (("", False), ("_direct", True)):
        g_sel = [s for s in gold if not only_direct or is_direct(text, s)]
        p_sel = [s for s in pred if not only_direct or is_direct(text, s)]
        for component in COMPONENTS:
            g = [positions(text, s.part(component)) for s in g_sel]
            p = [positions(text, s.part(component)) for s in p_sel]
            g = [x for x in g if x]
            p = [x for x in p if x]
            exact, overlap = match(g, p)
            tally.add(component + subset, len(g), len(p), exact, overlap)


# -- predictions ------------------------------------------------------------------------------------
def statements_from_record(record: Record) -> list[SpanStatement]:
    out = []
    for s in record.statements:
        out.append(
            SpanStatement(
                speaker=((s.speaker_span.start, s.speaker_span.end),) if s.speaker_span else (),
                cue=((s.cue.start, s.cue.end),) if s.cue else (),
                content=tuple((c.start, c.end) for c in s.content),
            )
        )
    return out


def dump_line(file: str, statements: Sequence[SpanStatement]) -> str:
    return json.dumps(
        {
            "file": file,
            "statements": [
                {
                    "speaker": list(s.speaker[0]) if s.speaker else None,
                    "cue": list(s.cue[0]) if s.cue else None,
                    "content": [list(c) for c in s.content],
                }
                for s in statements
            ],
        },
        ensure_ascii=False,
    )


def read_dump(path: str | Path) -> dict[str, list[SpanStatement]]:
    """Predictions from a ``--dump`` file (facta's or another tool's, same format)."""
    out: dict[str, list[SpanStatement]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out[row["file"]] = [
            SpanStatement(
                speaker=((int(s["speaker"][0]), int(s["speaker"][1])),) if s.get("speaker") else (),
                cue=((int(s["cue"][0]), int(s["cue"][1])),) if s.get("cue") else (),
                content=tuple((int(c[0]), int(c[1])) for c in s.get("content") or ()),
            )
            for s in row["statements"]
        ]
    return out


Predictor = Callable[[Sequence[GoldArticle]], Iterable[list[SpanStatement]]]


def dump_predictor(path: str | Path) -> Predictor:
    """Predictions read from a dump file (facta's own or another tool's, same format)."""
    given = read_dump(path)

    def predict(articles: Sequence[GoldArticle]) -> Iterable[list[SpanStatement]]:
        return [given.get(a.file, []) for a in articles]

    return predict


def facta_predictor(model: str | None = None, stages: str = "actors,dates,statements") -> Predictor:
    def predict(articles: Sequence[GoldArticle]) -> Iterable[list[SpanStatement]]:
        from facta.model import Article
        from facta.pipeline import load_pipeline
        from facta.settings import load_settings

        settings = load_settings(model=model, stages=stages, language_check=False)
        pipeline = load_pipeline(settings)
        # Articles are passed as they are (no normalisation), so offsets stay those of the gold files.
        inputs = [Article(id=a.name, text=a.text) for a in articles]
        for outcome in pipeline.pipe(inputs):
            yield statements_from_record(outcome) if isinstance(outcome, Record) else []

    return predict


def evaluate(
    articles: Sequence[GoldArticle],
    predict: Predictor,
    dump: str | Path | None = None,
) -> dict[str, Any]:
    tally = Tally()
    lines = []
    start = time.perf_counter()
    predictions = list(predict(articles))
    seconds = time.perf_counter() - start
    for article, pred in zip(articles, predictions, strict=True):
        score_article(article.text, article.statements, pred, tally)
        lines.append(dump_line(article.file, pred))
    if dump is not None:
        Path(dump).write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_gold = sum(len(a.statements) for a in articles)
    return {
        "articles": len(articles),
        "gold_statements": n_gold,
        "predicted_statements": sum(len(p) for p in predictions),
        "seconds": round(seconds, 2),
        "articles_per_second": round(len(articles) / seconds, 2) if seconds else None,
        "scores": tally.to_dict(),
    }


HEADLINE = (
    ("speaker exact F1", "speaker", "exact"),
    ("speaker overlap F1", "speaker", "overlap"),
    ("speaker exact F1, direct", "speaker_direct", "exact"),
    ("content overlap F1", "content", "overlap"),
    ("content exact F1", "content", "exact"),
    ("cue exact F1", "cue", "exact"),
)


def format_quotes_report(report: dict[str, Any]) -> str:
    lines = [
        f"articles {report['articles']}  gold statements {report['gold_statements']}"
        f"  predicted {report['predicted_statements']}  {report['articles_per_second']} articles/s",
        f"{'component':22} {'match':8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}",
    ]
    for name, modes in report["scores"].items():
        for mode in ("exact", "overlap"):
            r = modes[mode]
            lines.append(
                f"{name:22} {mode:8} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}"
                f" {r['tp']:6d} {r['fp']:6d} {r['fn']:6d}"
            )
    return "\n".join(lines)
