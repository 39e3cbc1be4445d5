"""The TempEval-3 reader and scorer on a tiny TimeML document we wrote ourselves."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from facta.evaluate.dates import evaluate_dates, read_timeml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-13"
functionInDocument="CREATION_TIME">2024-03-13</TIMEX3></DCT>
<TEXT>
Rebels attacked the base on <TIMEX3 tid="t1" type="DATE" value="2024-03-12">Tuesday</TIMEX3> &amp; held it
for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. Talks began
<TIMEX3 tid="t3" type="DATE" value="2024-W09">two weeks ago</TIMEX3> in a town.
</TEXT>
</TimeML>
"""


def _folder(tmp_path: Path) -> Path:
    for split in ("TBAQ-cleaned", "te3-platinum"):
        (tmp_path / split).mkdir()
        (tmp_path / split / "toy_1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_reader_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    doc = read_timeml(_folder(tmp_path) / "te3-platinum" / "toy_1.tml")
    assert str(doc.dct) == "2024-03-13"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2024-03-12"),
        ("three days", "DURATION", "P3D"),
        ("two weeks ago", "DATE", "2024-W09"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "&" in doc.text and "<" not in doc.text


def test_scores_value_f1_without_a_model(tmp_path: Path) -> None:
    report = evaluate_dates(_folder(tmp_path), "test", None)
    assert report["gold"] == 3 and report["system"] == 3
    assert report["strict"]["f1"] == 1.0
    assert report["value"]["correct"] == 3 and report["value"]["f1"] == 1.0


def test_cli_json(tmp_path: Path) -> None:
    from facta.cli.eval_dates import command

    folder = _folder(tmp_path)
    result = CliRunner().invoke(command, ["--data", str(folder), "--split", "dev", "--no-parse", "--json"])
    assert result.exit_code == 0, result.output
    assert '"value"' in result.output
    missing = CliRunner().invoke(command, ["--data", str(tmp_path / "nope"), "--no-parse"])
    assert missing.exit_code == 2 and "F601" in missing.output
