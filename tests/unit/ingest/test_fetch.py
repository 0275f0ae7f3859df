from __future__ import annotations

import ipaddress

import pytest

import accord.ingest.fetch as fetch_module
from accord.errors import FetchError
from accord.ingest.fetch import MAX_REDIRECTS, Fetcher
from tests.factories import ARTICLE_HTML
from tests.http_server import Route, serve


def _fetcher(**overrides: object) -> Fetcher:
    options: dict[str, object] = {
        "timeout": 2.0,
        "max_bytes": 100_000,
        "allow_private_addresses": True,
    }
    options.update(overrides)
    return Fetcher(**options)  # type: ignore[arg-type]


def test_a_page_is_fetched_with_its_content_type() -> None:
    with serve({"/pact": Route(ARTICLE_HTML.encode())}) as base:
        page = _fetcher().fetch(base + "/pact")
    assert page.content_type == "text/html"
    assert b"joint patrols" in page.content


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost:9/x",
        "http://10.1.2.3/x",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:9/x",
    ],
)
def test_private_addresses_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(FetchError, match="loopback, private or link-local") as raised:
        _fetcher(allow_private_addresses=False).fetch(url)
    assert raised.value.code == "fetch.refused"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "gopher://x/"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        _fetcher().fetch(url)


def test_redirects_are_followed_and_bounded() -> None:
    routes = {"/start": Route(status=302, location="/pact"), "/pact": Route(ARTICLE_HTML.encode())}
    routes |= {
        f"/loop{i}": Route(status=301, location=f"/loop{i + 1}") for i in range(MAX_REDIRECTS + 2)
    }
    with serve(routes) as base:
        assert _fetcher().fetch(base + "/start").url.endswith("/pact")
        with pytest.raises(FetchError, match="more than 5 redirects"):
            _fetcher().fetch(base + "/loop0")


def test_every_redirect_hop_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A public page may not redirect ingest to a private address. The test server is on
    loopback, so the first hop is made to look public; the redirect target is checked for real."""
    real_addresses = fetch_module._addresses
    public = ipaddress.ip_address("192.0.2.1")  # stands in for the public first hop

    def first_hop_public(host: str, port: int | None, url: str) -> list[object]:
        return [public] if "/go" in url else list(real_addresses(host, port, url))

    monkeypatch.setattr(fetch_module, "_addresses", first_hop_public)
    monkeypatch.setattr(
        ipaddress.IPv4Address, "is_global", property(lambda a: a == public or not a.is_private)
    )
    with (
        serve({"/go": Route(status=302, location="http://10.0.0.7/admin")}) as base,
        pytest.raises(FetchError, match=r"10\.0\.0\.7"),
    ):
        _fetcher(allow_private_addresses=False).fetch(base + "/go")


def test_a_slow_server_times_out() -> None:
    with (
        serve({"/slow": Route(b"late", delay=1.5)}) as base,
        pytest.raises(FetchError, match=r"no answer within 0\.3 s") as raised,
    ):
        _fetcher(timeout=0.3).fetch(base + "/slow")
    assert raised.value.code == "fetch.timeout"


def test_size_cap_and_http_errors() -> None:
    with serve({"/big": Route(b"x" * 5000), "/gone": Route(status=410)}) as base:
        with pytest.raises(FetchError, match="over the limit") as raised:
            _fetcher(max_bytes=1000).fetch(base + "/big")
        assert raised.value.code == "fetch.too-large"
        with pytest.raises(FetchError, match="HTTP 410"):
            _fetcher().fetch(base + "/gone")


@pytest.mark.parametrize(
    "url", ["http://example.com:99999/", "http://[::1/", "http://exa mple.com/"]
)
def test_malformed_urls_are_refused_not_crashed_on(url: str) -> None:
    with pytest.raises(FetchError) as raised:
        _fetcher(allow_private_addresses=False).fetch(url)
    assert raised.value.code in {"fetch.refused", "fetch.unreachable"}


def test_the_timeout_bounds_the_whole_fetch_not_each_read() -> None:
    import socket
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    def dribble() -> None:
        connection, _ = listener.accept()
        connection.recv(4096)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n"
        )
        for _ in range(12):
            time.sleep(0.2)
            try:
                connection.sendall(b"x")
            except OSError:
                break
        connection.close()

    threading.Thread(target=dribble, daemon=True).start()
    started = time.monotonic()
    with pytest.raises(FetchError, match="no answer within"):
        _fetcher(timeout=0.8).fetch(f"http://127.0.0.1:{port}/slow")
    assert time.monotonic() - started < 2.0
    listener.close()
