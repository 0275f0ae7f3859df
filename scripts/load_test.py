"""Load test of the workbench API: p95 latency of a filtered event list and of the
dashboard's aggregates with concurrent clients on loopback.

    .venv/bin/python scripts/load_test.py --events 100000 --clients 8 --requests 400

Builds (once, then reuses) a SQLite store of synthetic events under --folder, starts
`accord serve` on it in a separate process, warms it up, then lets --clients threads send
--requests requests in all, alternating between the routes below with varied filters.
Targets (issue 6): filtered list p95 < 150 ms, aggregates p95 < 300 ms. The aggregates
are measured twice: over HTTP (where the server's result cache serves repeated views) and
in-process with the cache off (every request a fresh scan).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import httpx

from accord.ingest.normalize import content_hash
from accord.model import (
    Actor,
    ActorKind,
    Article,
    DateBasis,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    LanguageBasis,
    Place,
    PlacePrecision,
    SourceKind,
)
from accord.store import Store

COUNTRIES = [
    ("NGA", 9.1, 7.5),
    ("NER", 13.5, 2.1),
    ("MLI", 12.6, -8.0),
    ("BFA", 12.4, -1.5),
    ("TCD", 12.1, 15.0),
    ("SDN", 15.5, 32.5),
    ("SOM", 2.0, 45.3),
    ("ETH", 9.0, 38.7),
    ("KEN", -1.3, 36.8),
    ("COD", -4.3, 15.3),
    ("UKR", 50.4, 30.5),
    ("RUS", 55.7, 37.6),
    ("IRQ", 33.3, 44.4),
    ("SYR", 33.5, 36.3),
    ("YEM", 15.4, 44.2),
    ("AFG", 34.5, 69.2),
    ("USA", 38.9, -77.0),
    ("GBR", 51.5, -0.1),
    ("FRA", 48.9, 2.4),
    ("CHN", 39.9, 116.4),
]
EVENTS_PER_ARTICLE = 50


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def build(url: str, events: int, seed: int = 7) -> None:
    """Synthetic articles with EVENTS_PER_ARTICLE events each: random types, places among
    COUNTRIES (a few cities each), dates over three years, 300 actors."""
    chooser = random.Random(seed)  # noqa: S311  (synthetic data, not secrets)
    actors = [
        Actor(
            f"Actor {n}",
            ActorKind.STATE if n < 40 else ActorKind.ARMED_GROUP,
            country=COUNTRIES[n % len(COUNTRIES)][0],
        )
        for n in range(300)
    ]
    start = date(2022, 1, 1)
    with Store.open(url) as store:
        for number in range(events // EVENTS_PER_ARTICLE):
            text = f"Synthetic report {number} for the workbench load test."
            published = start + timedelta(days=chooser.randrange(1095))
            article_id = store.add_article(
                Article(
                    key=f"load:{number}",
                    text=text,
                    content_hash=content_hash(text),
                    kind=SourceKind.JSONL,
                    origin="load-test",
                    language="en",
                    language_basis=LanguageBasis.DECLARED,
                    published=published,
                    date_basis=DateBasis.CALLER,
                    title=f"Report {number}",
                    outlet=f"Outlet {number % 40}",
                    external_id=f"load-{number}",
                )
            ).article_id
            found = [
                _event(chooser, actors, article_id, published) for _ in range(EVENTS_PER_ARTICLE)
            ]
            store.events.replace_for_article(article_id, found, "load-test")
        started = time.perf_counter()
        store.queries.refresh()
        print(f"indexed in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def _event(chooser: random.Random, actors: list[Actor], article_id: int, published: date) -> Event:
    """A random event of a random pair of actors in the week before `published`, in a town
    of one of the COUNTRIES (its capital, or half a degree or a degree off)."""
    country, latitude, longitude = chooser.choice(COUNTRIES)
    day = published - timedelta(days=chooser.randrange(7))
    source, target = chooser.sample(actors, 2)
    return Event(
        article_id=article_id,
        event_type=chooser.choice(list(EventType)),
        actors=(source,),
        recipients=(target,),
        date=EventDate("on that day", DatePrecision.DAY, day, day),
        place=Place(
            f"Town {country}",
            f"Town {country}",
            country,
            latitude + chooser.choice((0, 0.5, 1.0)),
            longitude + chooser.choice((0, 0.5, 1.0)),
            PlacePrecision.CITY,
        ),
    )


def _list_path(chooser: random.Random) -> str:
    country = chooser.choice(COUNTRIES)[0]
    kind = chooser.choice(list(EventType)).value
    month = chooser.randrange(1, 13)
    return f"/api/events?country={country}&type={kind}&start=2023-{month:02d}-01&limit=50"


def _stats_path(chooser: random.Random) -> str:
    choice = chooser.randrange(3)
    if choice == 0:
        return "/api/stats?period=month"  # the dashboard's first, unfiltered load
    if choice == 1:
        return f"/api/stats?period=week&country={chooser.choice(COUNTRIES)[0]}"
    return f"/api/stats?period=day&quad_class={chooser.randrange(1, 5)}&start=2023-01-01"


def measure(base: str, clients: int, requests: int) -> dict[str, dict[str, float]]:
    timings: dict[str, list[float]] = {"list": [], "stats": []}

    def run(worker: int) -> None:
        chooser = random.Random(worker)  # noqa: S311  (varied filters, not secrets)
        with httpx.Client(base_url=base, timeout=60) as client:
            for number in range(requests // clients):
                kind = "list" if number % 2 == 0 else "stats"
                path = _list_path(chooser) if kind == "list" else _stats_path(chooser)
                started = time.perf_counter()
                answer = client.get(path)
                timings[kind].append((time.perf_counter() - started) * 1000)
                answer.raise_for_status()

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(run, range(clients)))
    return {
        kind: {
            "requests": len(values),
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(statistics.quantiles(values, n=20)[18], 1),
            "max_ms": round(max(values), 1),
        }
        for kind, values in timings.items()
    }


def uncached_aggregates(url: str, runs: int) -> dict[str, dict[str, float]]:
    """p50 and p95 of the stats route's queries computed afresh (no result cache),
    in-process, for the three dashboard views the load uses: unfiltered, one country, one
    quad class. The in-memory facet table and the network's link arrays, loaded once per
    change of the stored events, are loaded (and timed) before."""
    from accord.store.aggregates import Aggregates, Period
    from accord.store.queries import EventFilter

    views = {
        "unfiltered, per month": (EventFilter(), Period.MONTH),
        "one country, per week": (EventFilter(country="NGA"), Period.WEEK),
        "quad class 4 since 2023, per day": (
            EventFilter(quad_class=4, start=date(2023, 1, 1)),
            Period.DAY,
        ),
    }
    figures = {}
    with Store.open(url) as store:
        fresh = Aggregates(store.engine, cache_size=0)
        started = time.perf_counter()
        fresh.network(EventFilter(country="NGA"))
        figures["facet table and link arrays, loaded once per change"] = {
            "ms": round((time.perf_counter() - started) * 1000, 1)
        }
        for name, (where, period) in views.items():
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                fresh.total(where)
                fresh.per_period(where, period)
                fresh.per_country(where)
                fresh.points(where)
                fresh.network(where)
                timings.append((time.perf_counter() - started) * 1000)
            figures[name] = {
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(statistics.quantiles(timings, n=20)[18], 1),
            }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--folder", type=Path, default=Path("build/load-test"))
    options = parser.parse_args()
    database = options.folder / f"load-{options.events}.db"
    url = f"sqlite:///{database.resolve()}"
    if not database.exists():
        options.folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(url, options.events)
        print(f"built {database} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    port = _free_port()
    accord = Path(sys.executable).parent / "accord"
    server = subprocess.Popen(  # noqa: S603  (our own command, fixed arguments)
        [str(accord), "serve", "--port", str(port), "--database", url]
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/me", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        for path in ("/api/stats?period=month", "/api/events?limit=50"):
            httpx.get(base + path, timeout=120).raise_for_status()  # warm caches and index
        figures = measure(base, options.clients, options.requests)
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = {
        "setup": {"events": options.events, "clients": options.clients},
        "http_p95_ms_with_result_cache": figures,
        "stats_uncached_in_process": uncached_aggregates(url, runs=20),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
