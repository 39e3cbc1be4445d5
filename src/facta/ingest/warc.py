"""WARC files (e.g. Common Crawl's CC-NEWS): the HTML pages of their ``response`` records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from facta.errors import FactaError


@dataclass(frozen=True, slots=True)
class WarcPage:
    url: str | None
    date: str | None  # the crawl date (WARC-Date), ISO date
    html: bytes
    index: int  # position of the record in the file


def iter_warc(path: str | Path) -> Iterator[WarcPage]:
    """HTML responses in the (optionally gzipped) WARC file at ``path``, in file order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            for index, record in enumerate(ArchiveIterator(stream)):
                if not str(record.format).startswith("warc"):  # warcio reads garbage as ARC
                    raise FactaError(
                        "F506",
                        source=str(path),
                        kind="WARC",
                        reason="no WARC record header (ARC files are not supported)",
                    )
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode() or ""
                if "html" not in ctype or not status.startswith("2"):
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                yield WarcPage(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    date=date[:10] if date else None,
                    html=record.content_stream().read(),
                    index=index,
                )
    except ArchiveLoadFailed as exc:
        raise FactaError("F506", source=str(path), kind="WARC", reason=str(exc)) from exc
    except OSError as exc:
        raise FactaError("F501", source=str(path), reason=exc.strerror or str(exc)) from exc
