"""Fetching URLs safely: timeouts, a size cap, bounded redirects, and no private addresses.

Every hop of a redirect chain is checked again, so a public page cannot redirect ingest to a
service on the analyst's own network. Checking resolves the host name first; the connection
then resolves it again, so a DNS server that answers differently the second time could still
reach a private address (DNS rebinding). Run Accord in a network namespace without private
routes if that matters to you.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from accord import __version__
from accord.errors import FetchError

MAX_REDIRECTS = 5
USER_AGENT = f"Accord/{__version__} (+https://github.com/accord-events/accord)"
_ALLOWED_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # after redirects
    content: bytes
    content_type: str  # media type without parameters, lower case


class Fetcher:
    """Fetches one URL at a time within `timeout` seconds and `max_bytes` bytes."""

    def __init__(
        self, *, timeout: float, max_bytes: int, allow_private_addresses: bool = False
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_private_addresses = allow_private_addresses

    def fetch(self, url: str) -> FetchedPage:
        """The page at `url` after redirects. `timeout` bounds the whole fetch, every hop
        and every byte included, not each read: a server that sends a byte now and then
        cannot hold ingest indefinitely."""
        deadline = time.monotonic() + self.timeout
        with httpx.Client(
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            trust_env=False,
        ) as client:
            current = url
            for _ in range(MAX_REDIRECTS + 1):
                self._check_target(current)
                page_or_next = self._get(client, current, deadline)
                if isinstance(page_or_next, FetchedPage):
                    return page_or_next
                current = page_or_next
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", origin=url, code="fetch.redirects")

    def _get(self, client: httpx.Client, url: str, deadline: float) -> FetchedPage | str:
        """The page at `url`, or the URL it redirects to."""
        try:
            with client.stream("GET", url) as response:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(
                            "redirect without a Location", origin=url, code="fetch.http"
                        )
                    return urljoin(url, str(location))
                if response.status_code >= 400:
                    raise FetchError(
                        f"the server answered HTTP {response.status_code}",
                        origin=url,
                        code="fetch.http",
                    )
                content = self._read_capped(response, url, deadline)
                media_type = response.headers.get("content-type", "").split(";")[0]
                return FetchedPage(
                    url=str(response.url),
                    content=content,
                    content_type=media_type.strip().lower(),
                )
        except httpx.TimeoutException:
            raise self._timed_out(url) from None
        except httpx.InvalidURL as error:
            raise FetchError(
                f"not a valid URL: {error}", origin=url, code="fetch.refused"
            ) from None
        except httpx.HTTPError as error:
            raise FetchError(
                f"cannot fetch: {error}", origin=url, code="fetch.unreachable"
            ) from None

    def _timed_out(self, url: str) -> FetchError:
        return FetchError(
            f"no answer within {self.timeout:g} s (ACCORD_FETCH_TIMEOUT)",
            origin=url,
            code="fetch.timeout",
        )

    def _read_capped(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                f"the page is {declared} bytes, over the limit of {self.max_bytes}",
                origin=url,
                code="fetch.too-large",
            )
        chunks: list[bytes] = []
        received = 0
        for chunk in response.iter_bytes():
            if time.monotonic() > deadline:
                raise self._timed_out(url)
            received += len(chunk)
            if received > self.max_bytes:
                raise FetchError(
                    f"the page is larger than the limit of {self.max_bytes} bytes",
                    origin=url,
                    code="fetch.too-large",
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_target(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            hostname, port = parts.hostname, parts.port
        except ValueError as error:  # a bad port or bracket: urlsplit's own complaint
            raise FetchError(
                f"not a valid URL: {error}", origin=url, code="fetch.refused"
            ) from None
        if parts.scheme not in _ALLOWED_SCHEMES:
            raise FetchError(
                f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}",
                origin=url,
                code="fetch.refused",
            )
        if not hostname:
            raise FetchError("the URL has no host", origin=url, code="fetch.refused")
        if self.allow_private_addresses:
            return
        for address in _addresses(hostname, port, url):
            if not address.is_global:
                raise FetchError(
                    f"{hostname} is a loopback, private or link-local address "
                    f"({address}); pass --allow-private-addresses to fetch it",
                    origin=url,
                    code="fetch.refused",
                )


def _addresses(
    host: str, port: int | None, url: str
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as error:
        raise FetchError(
            f"cannot resolve {host}: {error.strerror}", origin=url, code="fetch.unreachable"
        ) from None
    return [ipaddress.ip_address(info[4][0]) for info in infos]
