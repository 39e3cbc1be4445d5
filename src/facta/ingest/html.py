"""Main text and metadata (title, author, date, site name) of a web page, with trafilatura.

Falls back to facta's own tag stripper when trafilatura finds no main text, so a page with little
boilerplate still yields its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from facta.errors import FactaError
from facta.ingest.normalize import html_to_text


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def _strip_title(text: str, title: str | None) -> str:
    """Drop a first line that only repeats the headline (trafilatura keeps the <h1>)."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    return rest.lstrip() if first.strip() == title.strip() and rest.strip() else text


def extract_page(html: str | bytes, url: str | None = None) -> Page:
    """The article in ``html``: main text without navigation or boilerplate, and its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    title = getattr(doc, "title", None) if doc is not None else None
    if not text or not text.strip():
        raw = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
        text = html_to_text(raw)
        if not text.strip():
            raise FactaError("F206")
        return Page(text=text, title=title, url=url)
    return Page(
        text=_strip_title(text, title),
        title=title,
        author=getattr(doc, "author", None),
        date=getattr(doc, "date", None),
        sitename=getattr(doc, "sitename", None),
        url=url or getattr(doc, "url", None),
    )
