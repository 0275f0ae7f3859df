"""The workbench in a real headless Chromium (Debian's `chromium`, driven by Playwright):
the dashboard's linked views follow the filters, an event shows its evidence, and an
editor's correction persists across a reload.

Screenshots go to $ACCORD_SCREENSHOT_DIR when set (look at them), else to the test's tmp.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from accord.api import create_app
from accord.settings import Settings
from accord.store import Store
from accord.store.review import ReviewRepository, Role
from tests.workbench_data import Seeded, seed

if TYPE_CHECKING:
    from playwright.sync_api import Page

PASSWORD = "correct horse battery"


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    reason = "no chromium on PATH; install Debian's: apt-get install -y chromium"
    if os.environ.get("ACCORD_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Seeded]]:
    """The workbench served by uvicorn on loopback over a seeded SQLite store."""
    import uvicorn

    store = Store.open(f"sqlite:///{tmp_path / 'accord.db'}")
    seeded = seed(store)
    ReviewRepository(store.engine).add_user("ada", PASSWORD, Role.EDITOR)
    settings = replace(
        Settings.from_environment({"ACCORD_HOME": str(tmp_path)}),
        database_url=f"sqlite:///{tmp_path / 'accord.db'}",
    )
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, store), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the workbench server did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", seeded
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Page]:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        opened = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        opened.on("pageerror", lambda error: errors.append(str(error)))
        yield opened
        browser.close()
        assert errors == [], errors


def _shot(page: Page, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("ACCORD_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"))


def _ready(page: Page, generation: int) -> None:
    page.wait_for_selector(f'body[data-ready="{generation}"]', timeout=15_000)


@pytest.mark.slow
def test_a_filter_changes_map_timeline_and_network(
    site: tuple[str, Seeded], page: Page, tmp_path: Path
) -> None:
    base, _ = site
    page.goto(base + "/")
    _ready(page, 1)
    read = page.get_attribute
    assert read("#map", "data-points") == "3"
    assert read("#timeline", "data-total") == "3"
    assert read("#network", "data-edges") == "2"
    assert page.locator("#map path.leaflet-interactive").count() > 100
    _shot(page, tmp_path, "dashboard")
    page.select_option("select[name=type]", "ASSAULT")
    _ready(page, 2)
    assert read("#map", "data-points") == "1"
    assert read("#timeline", "data-total") == "1"
    assert read("#network", "data-edges") == "1"
    assert "1 events match" in page.inner_text("#summary")
    assert "type=ASSAULT" in page.url
    _shot(page, tmp_path, "dashboard-filtered")


@pytest.mark.slow
def test_an_event_shows_its_evidence_and_a_correction_persists(
    site: tuple[str, Seeded], page: Page, tmp_path: Path
) -> None:
    base, seeded = site
    page.goto(f"{base}/events/{seeded.raid_event}")
    mark = page.locator('tr[data-field="event_type"] mark')
    assert mark.inner_text() == "attacked"
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    _shot(page, tmp_path, "event")
    page.click("text=Log in")
    page.fill("input[name=username]", "ada")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{base}/events/{seeded.raid_event}")
    form = page.locator('form.field-edit[data-field="modality"]')
    form.locator("select[name=value]").select_option("denied")
    form.locator("input[name=reason]").fill("the ministry denies the raid")
    with page.expect_navigation():
        form.locator("button").click()
    page.reload()
    value = page.locator('[data-testid="value-modality"]')
    assert value.inner_text() == "denied"
    assert page.inner_text("#review-status") == "edited"
    assert "the ministry denies the raid" in page.inner_text("#history")
    _shot(page, tmp_path, "event-corrected")
