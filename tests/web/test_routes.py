# SPDX-License-Identifier: EUPL-1.2
"""Every route × every role: allowed (200), forbidden (403) or redirected to login."""

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from stuurhuis.web.auth import ROLES
from stuurhuis.web.pages import PAGINAS

from .conftest import DEMO_AANBIEDER, DEMO_WIJK, all_routes

DETAIL_KEYS = {"wijk": DEMO_WIJK, "aanbieder": DEMO_AANBIEDER}


def page_paths() -> list[tuple[str, str]]:
    """(path, slug) of every page, with a key for detail pages."""
    found = []
    for page in PAGINAS:
        path = f"/{page.slug}/{DETAIL_KEYS.get(page.slug, 'x')}" if page.detail else f"/{page.slug}"
        found.append((path, page.slug))
    return found


def data_paths() -> list[tuple[str, str]]:
    """(path, slug) of every download and API table of every page."""
    found = []
    for page in PAGINAS:
        extra = f"?sleutel={DETAIL_KEYS.get(page.slug, 'x')}" if page.detail else ""
        for blok in page.blokken:
            found.append((f"/download/{page.slug}/{blok}.csv{extra}", page.slug))
            found.append((f"/download/{page.slug}/{blok}.xlsx{extra}", page.slug))
            found.append((f"/api/tabel/{page.slug}/{blok}{extra}", page.slug))
    return found


ROLE_PATHS = [*page_paths(), *data_paths()]


@pytest.mark.parametrize(("path", "slug"), ROLE_PATHS)
@pytest.mark.parametrize("rol", ROLES)
def test_page_route_per_role(
    demo_as: Callable[[str], TestClient], rol: str, path: str, slug: str
) -> None:
    """On the demo municipality, so every page and table is really built."""
    page = next(p for p in PAGINAS if p.slug == slug)
    response = demo_as(rol).get(path, follow_redirects=False)
    expected = 200 if rol in page.rollen else 403
    assert response.status_code == expected, (rol, path, response.text[:300])


@pytest.mark.parametrize(("path", "slug"), ROLE_PATHS)
def test_anonymous_is_sent_to_login(client: TestClient, path: str, slug: str) -> None:
    response = client.get(path, follow_redirects=False)
    if path.startswith("/api/"):
        assert response.status_code == 401
    else:
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?volgende=")


@pytest.mark.parametrize(
    "path", ["/", "/account", "/api/paginas", "/api/toelichting", "/api/openapi.json"]
)
@pytest.mark.parametrize("rol", ROLES)
def test_common_routes_per_role(
    client_as: Callable[[str], TestClient], client: TestClient, rol: str, path: str
) -> None:
    assert client.get(path, follow_redirects=False).status_code in (303, 401)
    response = client_as(rol).get(path, follow_redirects=False)
    assert response.status_code in (200, 303), (rol, path)
    if path == "/":
        target = response.headers["location"]
        assert client_as(rol).get(target).status_code == 200


def test_every_get_route_is_covered(web_app: FastAPI) -> None:
    """A new route must be added to these tests (login page and static files excepted)."""
    covered = {
        "/",
        "/account",
        "/login",
        "/api/paginas",
        "/api/toelichting",
        "/api/openapi.json",
        "/api/tabel/{slug}/{blok}",
        "/download/{slug}/{bestand}",
    } | {f"/{p.slug}/{{sleutel}}" if p.detail else f"/{p.slug}" for p in PAGINAS}
    gets = {path for path, methods in all_routes(web_app) if "GET" in methods}
    assert gets <= covered, gets - covered


def test_api_lists_only_the_pages_of_the_role(client_as: Callable[[str], TestClient]) -> None:
    for rol in ROLES:
        slugs = {p["slug"] for p in client_as(rol).get("/api/paginas").json()}
        assert slugs == {p.slug for p in PAGINAS if rol in p.rollen}


def test_unknown_block_and_bad_filter(client_as: Callable[[str], TestClient]) -> None:
    beheerder = client_as("beheerder")
    assert beheerder.get("/download/gegevens/bestaatniet.csv").status_code == 404
    assert beheerder.get("/api/tabel/gegevens/bestaatniet").status_code == 404
    assert beheerder.get("/api/tabel/bestaatniet/x").status_code == 422
