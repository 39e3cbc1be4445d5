"""The PolNeAR scorer on files written for this test (same format, our own text)."""

from __future__ import annotations

from pathlib import Path

from facta.evaluate.quotes import (
    SpanStatement,
    Tally,
    dump_line,
    evaluate,
    load_polnear,
    match,
    parse_ann,
    positions,
    read_dump,
    score_article,
)

TEXT = '"We will stay," said Amos Dere. The army said talks failed.'
ANN = (
    "T1\tSource 21 30\tAmos Dere\n"
    "T2\tCue 16 20\tsaid\n"
    'T3\tContent 0 15\t"We will stay,"\n'
    "T4\tAttribution 16 20\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 32 40\tThe army\n"
    "T6\tCue 41 45\tsaid\n"
    "T7\tContent 46 51;52 58\ttalks failed\n"
    "T8\tAttribution 41 45\tsaid\n"
    "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7\n"
    'T9\tContent 0 5\t"We w\n'
    "E3\tAttribution-no-source:T4 Content:T9\n"
    "a continuation line of a multi-line annotation text\n"
)


def test_parse_ann_keeps_attribution_relations_only() -> None:
    gold = parse_ann(ANN)
    assert [g.speaker for g in gold] == [((21, 30),), ((32, 40),)]
    assert gold[1].content == ((46, 51), (52, 58))


def test_positions_ignore_whitespace() -> None:
    assert positions("a b", [(0, 3)]) == frozenset({0, 2})


def test_greedy_matching_by_jaccard() -> None:
    g = [frozenset({1, 2, 3}), frozenset({10, 11})]
    p = [frozenset({1, 2}), frozenset({1, 2, 3}), frozenset({11, 12})]
    assert match(g, p) == (1, 2)  # {1,2,3} exact; {10,11}~{11,12} overlap; {1,2} left over


def test_score_article_direct_subset_and_exact() -> None:
    gold = parse_ann(ANN)
    pred = [
        SpanStatement(speaker=((21, 30),), cue=((16, 20),), content=((0, 15),)),
        SpanStatement(speaker=((36, 40),), cue=((41, 45),), content=((46, 58),)),
    ]
    tally = Tally()
    score_article(TEXT, gold, pred, tally)
    assert (tally.exact["speaker"].tp, tally.overlap["speaker"].tp) == (1, 2)
    assert tally.exact["content"].tp == 2  # the same non-whitespace positions
    assert tally.exact["speaker_direct"].tp == 1 and tally.exact["speaker_direct"].fn == 0


def test_dump_roundtrip_and_folder_loading(tmp_path: Path) -> None:
    for sub in ("dev/text", "dev/attributions"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "dev/text/story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev/attributions/story_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "dev/attributions/story_cd34.ann").write_text("", encoding="utf-8")  # not the first: ignored
    (article,) = load_polnear(tmp_path, "dev")
    assert article.file == "story.txt" and len(article.statements) == 2
    dump = tmp_path / "pred.jsonl"
    dump.write_text(dump_line("story.txt", article.statements[:1]) + "\n", encoding="utf-8")
    pred = read_dump(dump)
    report = evaluate([article], lambda arts: [pred[a.file] for a in arts], tmp_path / "again.jsonl")
    assert report["scores"]["speaker"]["exact"]["tp"] == 1
    assert report["scores"]["speaker"]["exact"]["fn"] == 1
    assert read_dump(tmp_path / "again.jsonl") == pred
