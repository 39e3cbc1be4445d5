"""URLs and feeds from a local HTTP server; private-address refusal (resolver faked, no outside traffic)."""

from __future__ import annotations

import httpx
import pytest

from facta.errors import FactaError
from facta.ingest.fetch import Fetcher, checked_addresses, is_public
from facta.ingest.sources import Failure, SourceOptions, read_sources
from facta.pipeline import ArticleInput
from tests.ingest.conftest import Site, page, story


def rss(base: str, links: list[tuple[str, str, str]]) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>" for p, t, d in links
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example Feed</title>"
        f"<link>{base}/</link><description>news</description>{items}</channel></rss>"
    ).encode()


def test_is_public() -> None:
    assert is_public("93.184.216.34") and is_public("2606:4700::1111")
    for address in [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "0.0.0.0",
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "fc00::1",
        "224.0.0.1",
    ]:
        assert not is_public(address), address


def test_every_resolved_address_is_checked() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"mixed.test": ["93.184.216.34", "10.0.0.7"], "public.test": ["93.184.216.34"]}[host]

    assert checked_addresses("https://public.test/a", allow_private=False, resolver=resolver) == [
        "93.184.216.34"
    ]
    with pytest.raises(FactaError) as info:
        checked_addresses("https://mixed.test/a", allow_private=False, resolver=resolver)
    assert info.value.code == "F503"
    assert checked_addresses("https://mixed.test/a", allow_private=True, resolver=resolver)
    with pytest.raises(FactaError) as info:
        checked_addresses("ftp://public.test/a", allow_private=False, resolver=resolver)
    assert info.value.code == "F502"


def test_redirect_to_a_private_address_is_refused() -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://intranet.test/admin"})

    def resolver(host: str, port: int) -> list[str]:
        return {"news.test": ["93.184.216.34"], "intranet.test": ["192.168.0.10"]}[host]

    with (
        Fetcher(resolver=resolver, transport=httpx.MockTransport(handler)) as fetcher,
        pytest.raises(FactaError) as info,
    ):
        fetcher.get("http://news.test/story")
    assert info.value.code == "F503" and requested == ["http://news.test/story"]


def test_loopback_server_needs_allow_private(site: Site) -> None:
    url = site.add("/story", page("Attack in Kivara", story(1)))
    (refused,) = read_sources([url], SourceOptions(), Fetcher())
    assert isinstance(refused, Failure) and refused.error.code == "F503" and site.hits == []
    (item,) = read_sources([url], SourceOptions(), Fetcher(allow_private=True))
    assert isinstance(item, ArticleInput) and item.url == url and item.title == "Attack in Kivara"


def test_redirects_http_errors_and_size_limit(site: Site) -> None:
    target = site.add("/final", page("Final page", story(2)))
    start = site.add("/old", b"", status=301, headers={"Location": "/final"})
    missing = site.base + "/gone"
    big = site.add("/big", b"x" * 5000)
    fetcher = Fetcher(allow_private=True, max_bytes=4000)
    items = list(read_sources([start, missing, big], SourceOptions(), fetcher))
    assert isinstance(items[0], ArticleInput) and items[0].title == "Final page" and target
    assert [i.error.code for i in items[1:] if isinstance(i, Failure)] == ["F504", "F508"]


def test_feed_url_fetches_each_entry(site: Site) -> None:
    site.add("/a", page("Attack in Kivara", story(1), site="Kivara Times"))
    site.add("/b", page("Attack in Lenna", story(2)))
    feed = site.add(
        "/feed.xml",
        rss(
            site.base,
            [
                ("/a", "Feed title A", "Tue, 12 Mar 2024 08:00:00 GMT"),
                ("/b", "B", "Wed, 13 Mar 2024 08:00:00 GMT"),
                ("/missing", "C", "Wed, 13 Mar 2024 09:00:00 GMT"),
            ],
        ),
        ctype="application/rss+xml",
    )
    items = list(read_sources([feed], SourceOptions(), Fetcher(allow_private=True)))
    ok = [i for i in items if isinstance(i, ArticleInput)]
    assert [(i.url, i.title, i.published, i.outlet) for i in ok] == [
        (site.base + "/a", "Feed title A", "2024-03-12", "Kivara Times"),
        (site.base + "/b", "B", "2024-03-13", "Example News"),
    ]
    (failed,) = [i for i in items if isinstance(i, Failure)]
    assert failed.error.code == "F504"


def test_atom_feed_file_with_full_content(tmp_path: object, site: Site) -> None:
    from pathlib import Path

    body = "".join(f"<p>{s}.</p>" for s in story(4).split(". "))
    atom = (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>Atom News</title>"
        "<id>urn:x</id><updated>2024-03-14T00:00:00Z</updated><entry><title>Full entry</title><id>urn:1</id>"
        "<updated>2024-03-14T00:00:00Z</updated>"
        f"<content type='html'><![CDATA[{body}]]></content></entry></feed>"
    )
    path = Path(str(tmp_path)) / "news.atom"
    path.write_text(atom)
    (item,) = read_sources([str(path)], SourceOptions(), Fetcher())
    assert isinstance(item, ArticleInput) and item.title == "Full entry" and item.published == "2024-03-14"
    assert item.outlet == "Atom News" and str(item.text).startswith("Gunmen attacked")
