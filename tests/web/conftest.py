# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the dashboard: a small warehouse, one user per role, logged-in clients."""

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from stuurhuis.warehouse import connect
from stuurhuis.web import create_app
from stuurhuis.web.auth import ROLES, add_user
from stuurhuis.web.demo import demo_maatregelen

SECRET = "test-secret-" + "x" * 40
PASSWORD = "correct-horse-battery"
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def seed(con: duckdb.DuckDBPyConnection) -> None:
    """Two wijken, one ingest with one quarantined row."""
    con.execute(
        "INSERT INTO gebied VALUES ('GM0150', 'gemeente', 'Deventer', NULL, NULL, NULL),"
        " ('WK015001', 'wijk', 'Binnenstad', 'GM0150', NULL, NULL),"
        " ('WK015002', 'wijk', 'Keizerslanden', 'GM0150', NULL, NULL)"
    )
    con.execute(
        "INSERT INTO ingest_log VALUES (1, 'declaratie.csv', 'declaratie', 'abc',"
        " TIMESTAMP '2025-07-01 10:00:00', TIMESTAMP '2025-07-01 10:00:05', 3, 2, 1)"
    )
    con.execute(
        "INSERT INTO quarantaine VALUES (1, 'declaratie.csv', 3, 'ongeldig BSN (elfproef)',"
        " '*****1234;…', 12345)"
    )


@pytest.fixture
def web_con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(":memory:")
    seed(con)
    for rol in ROLES:
        add_user(
            con, rol, rol, password=PASSWORD, wijken=["WK015001"] if rol == "regisseur" else []
        )
    yield con
    con.close()


@pytest.fixture
def web_app(web_con: duckdb.DuckDBPyConnection) -> FastAPI:
    return create_app(web_con, secret=SECRET)


def csrf_token(client: TestClient, path: str = "/login") -> str:
    match = CSRF.search(client.get(path).text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def log_in(client: TestClient, naam: str, password: str = PASSWORD) -> TestClient:
    response = client.post(
        "/login",
        data={"gebruikersnaam": naam, "wachtwoord": password, "csrf_token": csrf_token(client)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text[:500]
    return client


@pytest.fixture
def client(web_app: FastAPI) -> TestClient:
    """An anonymous client."""
    return TestClient(web_app)


@pytest.fixture
def client_as(web_app: FastAPI) -> Callable[[str], TestClient]:
    """A factory of clients logged in with the given role (user name = role)."""

    def make(rol: str) -> TestClient:
        return log_in(TestClient(web_app), rol)

    return make


def all_routes(app: FastAPI) -> list[tuple[str, set[str]]]:
    """(path, methods) of every route, including those of included routers."""
    found: list[tuple[str, set[str]]] = []

    def walk(routes: list[object]) -> None:
        for route in routes:
            inner = getattr(route, "original_router", None)
            if inner is not None:
                walk(list(inner.routes))
            elif getattr(route, "methods", None):
                found.append((str(getattr(route, "path", "")), set(getattr(route, "methods", ()))))

    walk(list(app.routes))
    return found


@pytest.fixture(autouse=True)
def _fast_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests hash with cheap argon2 parameters; production keeps the library defaults."""
    monkeypatch.setattr("stuurhuis.web.auth.passwords._HASHER", CHEAP_HASHER)


# --- the demo municipality behind the dashboard (one app per test session) ---------------

DEMO_WIJK = "WK015001"
DEMO_AANBIEDER = "98000001"


@pytest.fixture(scope="session")
def demo_con(
    synth_warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A private copy of the shared synthetic warehouse with one user per role (password
    :data:`PASSWORD`, cheap argon2) and the demo savings programme imported."""
    path = tmp_path_factory.mktemp("web_demo") / "stuurhuis.duckdb"
    shutil.copyfile(synth_warehouse, path)
    con = connect(path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("stuurhuis.web.auth.passwords._HASHER", CHEAP_HASHER)
        for rol in ROLES:
            wijken = [DEMO_WIJK, "WK015002"] if rol == "regisseur" else []
            add_user(con, rol, rol, password=PASSWORD, wijken=wijken)
    demo_maatregelen(con)
    yield con
    con.close()


@pytest.fixture(scope="session")
def demo_app(demo_con: duckdb.DuckDBPyConnection) -> FastAPI:
    """The dashboard on the demo municipality; its page cache is shared by all tests."""
    return create_app(demo_con, secret=SECRET)


@pytest.fixture(scope="session")
def demo_as(demo_app: FastAPI) -> Callable[[str], TestClient]:
    """Logged-in clients on the demo app, one per role for the whole session."""
    clients: dict[str, TestClient] = {}

    def get(rol: str) -> TestClient:
        if rol not in clients:
            clients[rol] = log_in(TestClient(demo_app), rol)
        return clients[rol]

    return get
