"""Every source kind, read from files we write (no model, no network)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from facta.errors import FactaError
from facta.ingest.sources import Failure, SourceOptions, parse_field_map, read_sources
from facta.pipeline import ArticleInput
from tests.ingest.conftest import page, story


def read(*sources: str | Path, **options: object) -> list[ArticleInput | Failure]:
    return list(read_sources([str(s) for s in sources], SourceOptions(**options)))  # type: ignore[arg-type]


def test_text_and_directory(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Headline two\n" + story(2))
    (tmp_path / "a.txt").write_text(story(1))
    (tmp_path / "notes.md").write_text("ignored: not a supported kind")
    items = read(tmp_path, published="2024-03-12", outlet="Wire")
    assert [Path(i.label or "").name for i in items] == ["a.txt", "b.txt"]
    assert all(
        isinstance(i, ArticleInput) and i.published == "2024-03-12" and i.outlet == "Wire" for i in items
    )
    titled = read(tmp_path / "b.txt", first_line_title=True)[0]
    assert isinstance(titled, ArticleInput) and titled.title == "Headline two" and titled.text == story(2)


def test_html_file_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(page("Market attack kills six", story(3), date="2024-03-10", site="Example News"))
    (item,) = read(path, published="2000-01-01", outlet="Flag Outlet")
    assert isinstance(item, ArticleInput)
    assert item.title == "Market attack kills six"
    assert item.published == "2024-03-10"  # the page's own date wins over the flag
    assert item.outlet == "Example News" and item.author == "Jo Reporter"
    text = str(item.text)
    assert text.startswith("Gunmen attacked") and "Home" not in text and "Copyright" not in text


def test_json_object_list_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps({"text": story(1), "title": "T1", "published": "2024-01-02"})
    )
    (tmp_path / "many.json").write_text(json.dumps([{"text": story(2)}, {"text": story(3), "outlet": "X"}]))
    lines = [
        json.dumps({"text": story(4), "url": "https://x.example/4"}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    (tmp_path / "rows.jsonl").write_text("\n".join(lines) + "\n")
    items = read(tmp_path / "one.json", tmp_path / "many.json", tmp_path / "rows.jsonl", outlet="Default")
    ok = [i for i in items if isinstance(i, ArticleInput)]
    bad = [i for i in items if isinstance(i, Failure)]
    assert [(i.title, i.published, i.outlet) for i in ok[:1]] == [("T1", "2024-01-02", "Default")]
    assert [i.outlet for i in ok[1:3]] == ["Default", "X"]
    assert ok[3].url == "https://x.example/4"
    assert [(f.label.rsplit(":", 1)[1], f.error.code) for f in bad] == [("3", "F506"), ("4", "F505")]


def test_csv_and_tsv_with_field_mapping(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        '"","date","body","source"\n' + "".join(f'"{i}",2019-0{i}-01,"{story(i)}",Paper{i}\n' for i in (1, 2))
    )
    (tmp_path / "b.tsv").write_text("text\ttitle\n" + story(5) + "\tFive\n")
    fields = parse_field_map(["text=body", "published=date", "outlet=source"])
    items = read(tmp_path / "a.csv", fields=fields)
    assert [(i.published, i.outlet) for i in items if isinstance(i, ArticleInput)] == [
        ("2019-01-01", "Paper1"),
        ("2019-02-01", "Paper2"),
    ]
    (missing,) = read(tmp_path / "a.csv")  # without the mapping there is no text column
    assert isinstance(missing, Failure) and missing.error.code == "F505"
    (tsv,) = read(tmp_path / "b.tsv")
    assert isinstance(tsv, ArticleInput) and tsv.title == "Five"


def test_bad_field_mapping() -> None:
    with pytest.raises(FactaError) as info:
        parse_field_map(["body"])
    assert info.value.code == "F507"
    with pytest.raises(FactaError):
        parse_field_map(["colour=c"])


def test_warc(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "news.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i, (ctype, body) in enumerate(
            [
                ("text/html; charset=utf-8", page("Attack in Kivara", story(1), date="2024-02-03")),
                ("image/png", b"\x89PNG not a page"),
                ("text/html; charset=utf-8", page("Attack in Lenna", story(2), date="2024-02-04")),
            ]
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    items = read(path)
    assert [(i.url, i.title, i.published) for i in items if isinstance(i, ArticleInput)] == [
        ("https://news.example/0", "Attack in Kivara", "2024-02-03"),
        ("https://news.example/2", "Attack in Lenna", "2024-02-04"),
    ]
    (tmp_path / "broken.warc").write_bytes(b"this is not a warc file at all\r\n\r\n")
    (failure,) = read(tmp_path / "broken.warc")
    assert isinstance(failure, Failure) and failure.error.code == "F506"


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    items = read(tmp_path / "nope.txt", tmp_path / "x.pdf")
    assert [i.error.code for i in items if isinstance(i, Failure)] == ["F501", "F502"]
