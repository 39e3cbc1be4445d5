"""Shared scoring helpers: precision/recall/F1, per-class reports, data folder checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facta.errors import FactaError


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def classification_report(
    gold: Sequence[str], pred: Sequence[str | None], labels: Iterable[str] | None = None
) -> dict[str, Any]:
    """Single-label classification: per-class P/R/F1, macro and support-weighted F1, accuracy.

    ``pred`` may hold None (no prediction): it counts as a miss for the gold class.
    ``labels`` restricts the classes averaged (default: every gold label).
    """
    classes = sorted(set(labels) if labels is not None else set(gold))
    support = Counter(gold)
    per: dict[str, PRF] = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        per[c] = PRF(tp, fp, fn)
    total = sum(support[c] for c in classes)
    macro = sum(per[c].f1 for c in classes) / len(classes) if classes else 0.0
    weighted = sum(per[c].f1 * support[c] for c in classes) / total if total else 0.0
    correct = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    return {
        "n": len(gold),
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro, 4),
        "weighted_f1": round(weighted, 4),
        "per_class": {c: {**per[c].to_dict(), "support": support[c]} for c in classes},
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [f"{'class':28} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for name, row in report["per_class"].items():
        lines.append(
            f"{name:28} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} {row['support']:5d}"
        )
    lines.append(f"{'macro F1':28} {report['macro_f1']:20.3f}")
    lines.append(f"{'weighted F1':28} {report['weighted_f1']:20.3f}")
    lines.append(f"{'accuracy':28} {report['accuracy']:20.3f}  (n={report['n']})")
    return "\n".join(lines)


def require_data(path: str | Path, *names: str) -> Path:
    """The evaluation data folder, checked to contain ``names`` (raises F601 otherwise)."""
    folder = Path(path)
    for name in names or ("",):
        if not (folder / name).exists():
            raise FactaError("F601", path=folder / name)
    return folder
