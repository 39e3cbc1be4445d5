from __future__ import annotations

import json
from pathlib import Path

import pytest

from facta.bench import format_bench, read_texts, run_bench
from facta.errors import FactaError
from facta.pipeline import Pipeline
from tests.test_pipeline import TEXT, Stub


def test_bench_counts_words_errors_and_stages(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    data = tmp_path / "c.jsonl"
    data.write_text("\n".join(json.dumps({"text": t}) for t in [TEXT, "", TEXT]) + "\n")
    items = read_texts(data)
    assert len(items) == 3
    result = run_bench(Pipeline(nlp, [Stub("one", ("doc",), ("x",))]), items)
    assert result.articles == 2 and result.errors == 1
    assert result.words == 2 * len(TEXT.split())
    assert set(result.stage_seconds) == {"spacy", "one"}
    assert "words/s" in format_bench(result)


def test_bench_input_errors(tmp_path: Path) -> None:
    with pytest.raises(FactaError) as info:
        read_texts(tmp_path / "missing.csv")
    assert info.value.code == "F501"
    odd = tmp_path / "x.xml"
    odd.write_text("<a/>")
    with pytest.raises(FactaError) as info:
        read_texts(odd)
    assert info.value.code == "F502"
