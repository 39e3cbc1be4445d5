"""Ingest fixtures: article texts we write, and a local HTTP server (loopback only) for URLs and feeds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

TOWNS = ["Kivara", "Marovo", "Lenna", "Tazir", "Odessa Creek", "Bahran", "Seluk", "Porto Vell"]


def story(i: int) -> str:
    """A short English news story, different for every ``i``."""
    town = TOWNS[i % len(TOWNS)]
    n = 3 + i
    return (
        f"Gunmen attacked a market in {town} on Tuesday, killing {n} people and wounding {n * 2} others, "
        f"local officials said. The attack was the {i + 1}th in the district this year, according to a "
        f"count kept by the provincial council. Police said they had arrested {i % 5 + 1} suspects and "
        f"that an investigation was under way. Residents of {town} said traders had closed their shops "
        f"and many families were leaving the town."
    )


def page(title: str, body: str, *, date: str = "2024-03-12", site: str = "Example News") -> bytes:
    paragraphs = "".join(f"<p>{p}.</p>" for p in body.split(". ") if p)
    return (
        "<!doctype html><html><head>"
        f"<title>{title}</title><meta name='author' content='Jo Reporter'>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'>"
        f"<meta property='og:site_name' content='{site}'></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Example News. All rights reserved.</footer></body></html>"
    ).encode()


class Site:
    """Routes of the local server: path -> (status, content type, body, extra headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.base = ""
        self.hits: list[str] = []

    def add(
        self,
        path: str,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        self.routes[path] = (status, ctype, body, headers or {})
        return self.base + path


@pytest.fixture
def site() -> Iterator[Site]:
    routes = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            routes.hits.append(self.path)
            status, ctype, body, headers = routes.routes.get(self.path, (404, "text/plain", b"not found", {}))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    routes.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield routes
    server.shutdown()
    server.server_close()
