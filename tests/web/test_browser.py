# SPDX-License-Identifier: EUPL-1.2
"""Browser tests: headless Debian Chromium via Playwright on the demo municipality.

Per role: log in through the form, open every page the role may see (and the detail
pages), wait for every chart, run axe-core (WCAG 2.1 A/AA: no serious or critical
violation) and save a screenshot under ``test-artifacts/screenshots/``. Also: a filter
change is an HTMX partial update that lands in the URL, and a table downloads.
"""

import csv
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from stuurhuis.web.auth import ROLES
from stuurhuis.web.pages import PAGINAS

from .conftest import DEMO_AANBIEDER, DEMO_WIJK, PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
DETAIL = {"wijk": DEMO_WIJK, "aanbieder": DEMO_AANBIEDER}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ERNSTIG = {"serious", "critical"}
TIMEOUT_MS = 600_000  # a first (uncached) build takes 5-100 s on a loaded 2-core machine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium ontbreekt"),
]
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(demo_app: FastAPI) -> Iterator[str]:
    """The demo app served by uvicorn in a thread."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(demo_app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield chromium
        chromium.close()


def _login(browser: Any, base_url: str, rol: str) -> Any:
    context = browser.new_context(base_url=base_url, accept_downloads=True, locale="nl-NL")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto("/login")
    page.get_by_label("Gebruikersnaam").fill(rol)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/login" not in url)
    return page


def _paths(rol: str) -> list[tuple[str, str]]:
    return [
        (p.slug, f"/{p.slug}/{DETAIL[p.slug]}" if p.detail else f"/{p.slug}")
        for p in PAGINAS
        if rol in p.rollen
    ]


def _wait_for_charts(page: Any) -> None:
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-vega-spec]')]"
        ".every(el => el.dataset.gerenderd === 'ja')"
    )


def _axe(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(url="/static/vendor/axe.min.js")
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [v for v in result["violations"] if v["impact"] in ERNSTIG]


@pytest.mark.parametrize("rol", ROLES)
def test_every_page_renders_accessibly(browser: Any, base_url: str, rol: str) -> None:
    page = _login(browser, base_url, rol)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for slug, path in _paths(rol):
        response = page.goto(path)
        assert response is not None and response.status == 200, (rol, path)
        assert page.locator("h1").first.is_visible()
        _wait_for_charts(page)
        page.screenshot(path=str(SCREENSHOTS / f"{rol}-{slug}.png"), full_page=True)
        violations = _axe(page)
        assert not violations, (
            rol,
            path,
            json.dumps([(v["id"], v["help"], len(v["nodes"])) for v in violations]),
        )
    assert not errors, errors


def test_login_page_is_accessible(browser: Any, base_url: str) -> None:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.goto("/login")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "login.png"), full_page=True)
    assert not _axe(page)
    context.close()


def test_filter_change_updates_the_content_and_the_url(browser: Any, base_url: str) -> None:
    page = _login(browser, base_url, "analist")
    page.goto("/gebruik")
    _wait_for_charts(page)
    with page.expect_response(lambda r: "wet=wmo" in r.url and r.status == 200):
        page.locator("#f-wet").select_option("wmo")
    page.wait_for_url("**/gebruik?*wet=wmo*")
    _wait_for_charts(page)
    assert page.locator("#f-wet").input_value() == "wmo"
    # the partial update replaced the content, not the whole page: one header, one menu
    assert page.locator("header").count() == 1
    rows = page.locator("#blok-per_wet tbody tr")
    assert rows.count() >= 1
    wetten = {
        t.strip()
        for t in page.locator("#blok-per_wet tbody tr td:nth-child(4)").all_text_contents()
    }
    assert wetten == {"wmo"}
    # the shared link opens the same view
    page.reload()
    assert page.locator("#f-wet").input_value() == "wmo"


def test_a_table_downloads_as_csv(browser: Any, base_url: str) -> None:
    page = _login(browser, base_url, "bestuur")
    page.goto("/gebruik?wet=jeugd")
    with page.expect_download() as info:
        page.locator("#blok-per_wet a", has_text="CSV").click()
    download = info.value
    assert download.suggested_filename.startswith("stuurhuis-gebruik-per_wet-")
    text = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {r["wet"] for r in rows} == {"jeugd"}
    assert {"indicator", "waarde"} <= set(rows[0])
