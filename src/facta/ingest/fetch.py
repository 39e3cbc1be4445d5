"""Fetching URLs safely: only public addresses unless the user allows private ones.

Every host is resolved and *every* address it resolves to is checked (a name with one public and one
private address is refused). The check runs before each request, on every redirect hop, and again when
the connection is opened (the connection goes to the address that was checked, so a DNS answer that
changes between check and connect cannot slip through).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from facta.errors import FactaError

Resolver = Callable[[str, int], list[str]]
USER_AGENT = "facta/0.1 (+https://github.com/facta; news event extraction)"
MAX_REDIRECTS = 5


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """True for a globally routable unicast address (not private, loopback, link-local, reserved…)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


def checked_addresses(url: str, *, allow_private: bool, resolver: Resolver = system_resolver) -> list[str]:
    """The addresses ``url``'s host resolves to; raise F503 if any is private and that is not allowed."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FactaError("F502", source=url, supported="http:// and https:// URLs")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = resolver(parts.hostname, port)
    except OSError as exc:
        raise FactaError("F504", url=url, reason=f"cannot resolve {parts.hostname}: {exc}") from exc
    if not addresses:
        raise FactaError("F504", url=url, reason=f"{parts.hostname} has no address")
    if not allow_private and not all(is_public(a) for a in addresses):
        raise FactaError("F503", url=url)
    return addresses


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # final URL, after redirects
    status: int
    content_type: str
    body: bytes

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return None


def _guarded_backend(resolver: Resolver) -> Any:
    """An httpcore network backend that connects only to public addresses it has just checked."""
    import httpcore

    class GuardedBackend(httpcore.SyncBackend):
        def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
            addresses = resolver(host, port)
            if not addresses or not all(is_public(a) for a in addresses):
                raise httpcore.ConnectError(f"refusing to connect to {host}: private address")
            return super().connect_tcp(addresses[0], port, *args, **kwargs)

    return GuardedBackend()


class Fetcher:
    """Fetches pages over HTTP(S) with redirect, size and address checks. Close it when done."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 20.0,
        max_bytes: int = 10_000_000,
        resolver: Resolver = system_resolver,
        user_agent: str = USER_AGENT,
        transport: Any = None,
    ) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.resolver = resolver
        self.user_agent = user_agent
        self._transport = transport  # an httpx transport to use instead of the network (tests, proxies)
        self._client: Any = None

    def _http(self) -> Any:
        if self._client is None:
            import httpcore
            import httpx

            transport = self._transport or httpx.HTTPTransport(retries=1)
            if not self.allow_private and self._transport is None:
                # httpx does not expose the network backend; swap the pool for one using the guarded backend.
                transport._pool = httpcore.ConnectionPool(
                    ssl_context=httpx.create_ssl_context(), network_backend=_guarded_backend(self.resolver)
                )
            self._client = httpx.Client(
                transport=transport,
                timeout=self.timeout,
                headers={"User-Agent": self.user_agent},
                follow_redirects=False,
                trust_env=False,
            )
        return self._client

    def get(self, url: str) -> Response:
        """GET ``url`` (following up to 5 redirects, each checked); raise F503/F504/F508 on failure."""
        import httpx

        current = url
        for _ in range(MAX_REDIRECTS + 1):
            checked_addresses(current, allow_private=self.allow_private, resolver=self.resolver)
            try:
                with self._http().stream("GET", current) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise FactaError("F504", url=current, reason=f"HTTP {resp.status_code}")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.max_bytes:
                            raise FactaError("F508", url=current, limit=self.max_bytes)
                    return Response(
                        str(resp.url), resp.status_code, resp.headers.get("content-type", ""), bytes(body)
                    )
            except httpx.HTTPError as exc:
                raise FactaError("F504", url=current, reason=f"{type(exc).__name__}: {exc}") from exc
        raise FactaError("F504", url=url, reason=f"more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
