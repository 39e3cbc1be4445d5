"""Reading sources into :class:`~facta.pipeline.ArticleInput` items: files, directories, WARC, feeds, URLs.

:func:`read_sources` yields one item per article, or a :class:`Failure` for an article (or a whole
source) that could not be read, so one bad row never stops the run. Metadata comes from the source when
it has it (JSON/CSV fields, HTML metadata, feed entries) and from :class:`SourceOptions` otherwise.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.ingest.feeds import looks_like_feed, parse_feed
from facta.ingest.fetch import Fetcher
from facta.ingest.html import extract_page
from facta.ingest.normalize import decode
from facta.pipeline import ArticleInput

FIELDS = ("text", "title", "url", "published", "outlet", "author")
KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
SUPPORTED = ", ".join(sorted(KINDS)) + ", directories and http(s) URLs"


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How to read sources: column names for article fields, and metadata used when a source lacks it."""

    fields: Mapping[str, str] = field(default_factory=dict)  # article field -> column / key name
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    encoding: str = "utf-8"
    first_line_title: bool = False  # .txt files: the first line is the title

    def column(self, name: str) -> str:
        return self.fields.get(name, name)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article or source that could not be read."""

    label: str
    error: FactaError


Item = ArticleInput | Failure


def parse_field_map(values: Iterable[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` → ``{"text": "body", "published": "date"}`` (F507 if bad)."""
    out = {}
    for value in values:
        name, sep, column = value.partition("=")
        name, column = name.strip(), column.strip()
        if not sep or name not in FIELDS or not column:
            raise FactaError("F507", value=value, known=", ".join(FIELDS))
        out[name] = column
    return out


def kind_of(path: str) -> str | None:
    low = path.lower()
    for suffix in sorted(KINDS, key=len, reverse=True):
        if low.endswith(suffix):
            return KINDS[suffix]
    return None


def _item(text: str | bytes, found: Mapping[str, Any], options: SourceOptions, label: str) -> ArticleInput:
    """An input from the source's own metadata (``found``), falling back to the options' defaults."""

    def pick(name: str) -> str | None:
        value = found.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            value = getattr(options, name)
        return None if value is None else str(value).strip()

    return ArticleInput(
        text=text,
        published=pick("published"),
        title=pick("title"),
        url=pick("url"),
        outlet=pick("outlet"),
        label=label,
        author=pick("author"),
    )


def _from_row(row: Mapping[str, Any], options: SourceOptions, label: str) -> Item:
    text = row.get(options.column("text"))
    if text is None or (isinstance(text, str) and not text.strip()):
        return Failure(label, FactaError("F505", source=label, field="text"))
    found = {name: row.get(options.column(name)) for name in FIELDS if name != "text"}
    return _item(str(text), found, options, label)


# -- files -------------------------------------------------------------------------------------------
def _read_text(path: Path, options: SourceOptions) -> Iterator[Item]:
    raw = path.read_bytes()
    if not options.first_line_title:
        yield _item(raw, {}, options, str(path))
        return
    text = decode(raw, options.encoding)
    title, _, body = text.strip().partition("\n")
    yield _item(body, {"title": title}, options, str(path))


def _page_item(html: bytes | str, url: str | None, options: SourceOptions, label: str, **found: Any) -> Item:
    try:
        page = extract_page(html, url)
    except FactaError as err:
        return Failure(label, err)
    meta = {
        "title": page.title,
        "author": page.author,
        "published": page.date,
        "outlet": page.sitename,
        "url": page.url or url,
    }
    meta.update({k: v for k, v in found.items() if v})
    return _item(page.text, meta, options, label)


def _read_json(path: Path, options: SourceOptions) -> Iterator[Item]:
    try:
        data = json.loads(decode(path.read_bytes(), options.encoding))
    except json.JSONDecodeError as exc:
        yield Failure(str(path), FactaError("F506", source=str(path), kind="JSON", reason=str(exc)))
        return
    rows = data if isinstance(data, list) else [data]
    for i, row in enumerate(rows, 1):
        label = f"{path}#{i}" if len(rows) > 1 else str(path)
        if not isinstance(row, dict):
            yield Failure(label, FactaError("F506", source=label, kind="JSON", reason="not an object"))
            continue
        yield _from_row(row, options, label)


def _read_jsonl(path: Path, options: SourceOptions) -> Iterator[Item]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            label = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                row = json.loads(decode(line, options.encoding))
            except (json.JSONDecodeError, FactaError) as exc:
                reason = exc.message if isinstance(exc, FactaError) else str(exc)
                yield Failure(label, FactaError("F506", source=label, kind="JSON Lines", reason=reason))
                continue
            if not isinstance(row, dict):
                yield Failure(
                    label, FactaError("F506", source=label, kind="JSON Lines", reason="not an object")
                )
                continue
            yield _from_row(row, options, label)


def _read_csv(path: Path, options: SourceOptions, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = decode(path.read_bytes(), options.encoding)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if options.column("text") not in (reader.fieldnames or []):
        yield Failure(str(path), FactaError("F505", source=str(path), field="text"))
        return
    try:
        for row in reader:
            yield _from_row(row, options, f"{path}:{reader.line_num}")
    except csv.Error as exc:
        label = f"{path}:{reader.line_num}"
        yield Failure(label, FactaError("F506", source=label, kind="CSV", reason=str(exc)))


def _read_warc(path: Path, options: SourceOptions) -> Iterator[Item]:
    from facta.ingest.warc import iter_warc

    for page in iter_warc(path):
        label = f"{path}#{page.index}" + (f" ({page.url})" if page.url else "")
        item = _page_item(page.html, page.url, options, label)
        if isinstance(item, ArticleInput) and item.published is None and page.date:
            item = _replace_published(item, page.date)  # the crawl date, when nothing better is known
        yield item


def _replace_published(item: ArticleInput, date: str) -> ArticleInput:
    from dataclasses import replace

    return replace(item, published=date)


def _read_feed(body: bytes, source: str, options: SourceOptions, fetcher: Fetcher) -> Iterator[Item]:
    feed = parse_feed(body, source)
    for i, entry in enumerate(feed.entries, 1):
        label = f"{source}#{i}" + (f" ({entry.link})" if entry.link else "")
        found = {"title": entry.title, "published": entry.published, "author": entry.author}
        error: FactaError | None = None
        if entry.link:
            try:
                resp = fetcher.get(entry.link)
                item = _page_item(resp.body, entry.link, options, label, **found)
                if isinstance(item, ArticleInput) and item.outlet is None and feed.title:
                    item = _with_outlet(item, feed.title)
                yield item
                continue
            except FactaError as err:
                error = err
        if entry.content:
            item = _page_item(entry.content, entry.link, options, label, **found)
            yield _with_outlet(item, feed.title) if isinstance(item, ArticleInput) else item
            continue
        yield Failure(label, error or FactaError("F505", source=label, field="link"))


def _with_outlet(item: ArticleInput, outlet: str | None) -> ArticleInput:
    from dataclasses import replace

    return item if item.outlet or not outlet else replace(item, outlet=outlet)


def _read_url(url: str, options: SourceOptions, fetcher: Fetcher) -> Iterator[Item]:
    resp = fetcher.get(url)
    if looks_like_feed(resp.body, resp.content_type):
        yield from _read_feed(resp.body, url, options, fetcher)
        return
    yield _page_item(resp.body, url, options, url)


def _read_file(path: Path, kind: str, options: SourceOptions, fetcher: Fetcher) -> Iterator[Item]:
    if kind == "text":
        yield from _read_text(path, options)
    elif kind == "html":
        yield _page_item(path.read_bytes(), options.url, options, str(path))
    elif kind == "json":
        yield from _read_json(path, options)
    elif kind == "jsonl":
        yield from _read_jsonl(path, options)
    elif kind in {"csv", "tsv"}:
        yield from _read_csv(path, options, "," if kind == "csv" else "\t")
    elif kind == "warc":
        yield from _read_warc(path, options)
    elif kind == "feed":
        yield from _read_feed(path.read_bytes(), str(path), options, fetcher)


def expand(source: str) -> list[tuple[str, str | None]]:
    """(path or URL, kind) for a source; directories expand to their supported files, sorted."""
    if source.startswith(("http://", "https://")):
        return [(source, "url")]
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        return [(str(p), kind) for p in files if (kind := kind_of(p.name))]
    return [(source, kind_of(path.name))]


def read_sources(
    sources: Sequence[str], options: SourceOptions | None = None, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Every article of every source, in order (directories in sorted path order)."""
    options = options or SourceOptions()
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for source in sources:
            for target, kind in expand(source):
                try:
                    if kind == "url":
                        yield from _read_url(target, options, fetcher)
                    elif kind is None:
                        raise FactaError("F502", source=target, supported=SUPPORTED)
                    elif not Path(target).exists():
                        raise FactaError("F501", source=target, reason="no such file or directory")
                    else:
                        yield from _read_file(Path(target), kind, options, fetcher)
                except FactaError as err:
                    yield Failure(target, err)
                except OSError as exc:
                    yield Failure(target, FactaError("F501", source=target, reason=exc.strerror or str(exc)))
    finally:
        if own:
            fetcher.close()
