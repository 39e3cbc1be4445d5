"""RSS and Atom feeds: the entries (link, title, date, author, any full content) of a feed document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from facta.errors import FactaError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str | None
    title: str | None = None
    published: str | None = None  # ISO date
    author: str | None = None
    content: str | None = None  # full HTML/text content when the feed carries it (content:encoded)


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """Is this document an RSS/Atom feed (by content type or by its first element)?"""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in {"application/rss+xml", "application/atom+xml"}:
        return True
    head = body[:2000].lstrip().lower()
    return (ctype in FEED_TYPES or head.startswith(b"<?xml") or head.startswith(b"<rss")) and (
        b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    )


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def parse_feed(body: bytes, source: str) -> Feed:
    """Parse an RSS or Atom document; raise F506 when it is not one."""
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.get("entries") and parsed.get("bozo"):
        raise FactaError("F506", source=source, kind="RSS/Atom", reason=str(parsed.get("bozo_exception")))
    entries = []
    for entry in parsed.get("entries", []):
        content = None
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry["content"]), key=len) or None
        entries.append(
            FeedEntry(
                link=entry.get("link"),
                title=entry.get("title"),
                published=_date(entry),
                author=entry.get("author"),
                content=content,
            )
        )
    return Feed(parsed.get("feed", {}).get("title"), tuple(entries))
