# SPDX-License-Identifier: EUPL-1.2
"""Users, passwords, sessions, CSRF and login rate limiting."""

import re

import duckdb
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from stuurhuis.errors import StuurhuisError
from stuurhuis.settings import Settings
from stuurhuis.web import WebConfigError, create_app
from stuurhuis.web.app import SESSION_COOKIE
from stuurhuis.web.auth import (
    add_user,
    authenticate,
    get_user,
    hash_password,
    list_users,
    remove_user,
    set_password,
    set_wijken,
    verify_password,
)

from .conftest import PASSWORD, SECRET, all_routes, csrf_token, log_in


def test_password_hash_is_argon2id_and_verifies() -> None:
    stored = hash_password("een-lang-wachtwoord")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "een-lang-wachtwoord")
    assert not verify_password(stored, "een-ander-wachtwoord")
    assert not verify_password(None, "een-lang-wachtwoord")
    assert not verify_password("geen-hash", "x")


def test_add_user_generates_a_random_password_and_stores_only_a_hash(
    warehouse: duckdb.DuckDBPyConnection,
) -> None:
    first = add_user(warehouse, "ann", "analist")
    second = add_user(warehouse, "bob", "analist")
    assert len(first) >= 20 and first != second
    stored = warehouse.execute("SELECT wachtwoord_hash FROM gebruiker").fetchall()
    assert all(first not in row[0] and second not in row[0] for row in stored)
    assert authenticate(warehouse, "ann", first) is not None
    assert authenticate(warehouse, "ann", second) is None
    assert "wachtwoord_hash" not in list_users(warehouse).columns


@pytest.mark.parametrize(
    ("args", "fout"),
    [
        (("Ann", "analist", [], None), "ongeldige gebruikersnaam"),
        (("ann", "koning", [], None), "onbekende rol"),
        (("ann", "analist", ["WK015001"], None), "alleen een regisseur"),
        (("ann", "regisseur", ["WK15"], None), "ongeldige wijkcode"),
        (("ann", "analist", [], "kort"), "te kort"),
    ],
)
def test_add_user_rejects_bad_input(
    warehouse: duckdb.DuckDBPyConnection,
    args: tuple[str, str, list[str], str | None],
    fout: str,
) -> None:
    naam, rol, wijken, password = args
    with pytest.raises(StuurhuisError, match=fout):
        add_user(warehouse, naam, rol, wijken=wijken, password=password)


def test_regisseur_wijken_must_exist_when_the_warehouse_knows_wijken(
    web_con: duckdb.DuckDBPyConnection,
) -> None:
    with pytest.raises(StuurhuisError, match="staat niet in het warehouse"):
        add_user(web_con, "reg2", "regisseur", wijken=["WK999999"])
    set_wijken(web_con, "regisseur", ["wk015002", "WK015001"])
    user = get_user(web_con, "regisseur")
    assert user is not None and user.wijken == ("WK015001", "WK015002")


def test_duplicate_and_missing_users(warehouse: duckdb.DuckDBPyConnection) -> None:
    add_user(warehouse, "ann", "analist")
    with pytest.raises(StuurhuisError, match="bestaat al"):
        add_user(warehouse, "ann", "bestuur")
    remove_user(warehouse, "ann")
    with pytest.raises(StuurhuisError, match="bestaat niet"):
        remove_user(warehouse, "ann")


def test_app_refuses_to_start_without_a_strong_secret(warehouse: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(WebConfigError, match="STUURHUIS_WEB_SECRET"):
        create_app(warehouse)
    with pytest.raises(WebConfigError, match="te kort"):
        create_app(warehouse, secret="kort")


def test_login_sets_a_signed_httponly_samesite_cookie(client: TestClient) -> None:
    response = client.post(
        "/login",
        data={
            "gebruikersnaam": "analist",
            "wachtwoord": PASSWORD,
            "csrf_token": csrf_token(client),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = next(h for k, h in response.headers.multi_items() if k == "set-cookie")
    assert cookie.startswith(SESSION_COOKIE)
    assert "httponly" in cookie.lower()
    assert "samesite=strict" in cookie.lower()


def test_tampered_cookie_is_not_a_session(client: TestClient) -> None:
    log_in(client, "beheerder")
    assert client.get("/gegevens", follow_redirects=False).status_code == 200
    value = client.cookies[SESSION_COOKIE]
    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, value[:-4] + ("AAAA" if value[-4:] != "AAAA" else "BBBB"))
    assert client.get("/gegevens", follow_redirects=False).status_code == 303


def test_wrong_password_is_refused_and_logged(
    client: TestClient, web_con: duckdb.DuckDBPyConnection, caplog: pytest.LogCaptureFixture
) -> None:
    response = client.post(
        "/login",
        data={
            "gebruikersnaam": "analist",
            "wachtwoord": "fout-fout-fout",
            "csrf_token": csrf_token(client),
        },
    )
    assert response.status_code == 401
    assert "onjuist" in response.text
    assert any("login mislukt" in r.getMessage() for r in caplog.records)
    assert all("fout-fout-fout" not in r.getMessage() for r in caplog.records)
    row = web_con.execute("SELECT count(*) FROM login_poging WHERE NOT is_gelukt").fetchone()
    assert row == (1,)


def test_failed_logins_are_rate_limited(client: TestClient) -> None:
    token = csrf_token(client)
    statuses = [
        client.post(
            "/login",
            data={
                "gebruikersnaam": "analist",
                "wachtwoord": f"fout-{i}-xxxxxxx",
                "csrf_token": token,
            },
        ).status_code
        for i in range(5)
    ]
    assert statuses == [401] * 5
    # even the right password is refused while blocked
    blocked = client.post(
        "/login", data={"gebruikersnaam": "analist", "wachtwoord": PASSWORD, "csrf_token": token}
    )
    assert blocked.status_code == 429
    assert "Te veel mislukte pogingen" in blocked.text


def test_login_without_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/login")
    response = client.post("/login", data={"gebruikersnaam": "analist", "wachtwoord": PASSWORD})
    assert response.status_code == 403


def test_every_post_route_requires_the_csrf_token(web_app: FastAPI) -> None:
    client = log_in(TestClient(web_app), "analist")
    routes = all_routes(web_app)
    posts = [path for path, methods in routes if "POST" in methods]
    assert {"/login", "/uitloggen", "/toelichting"} <= set(posts)
    for path in posts:
        response = client.post(path, data={"csrf_token": "vals"}, follow_redirects=False)
        assert response.status_code == 403, path
    for path, methods in routes:
        assert not methods & {"PUT", "PATCH", "DELETE"}, path


def test_open_redirect_after_login_is_prevented(client: TestClient) -> None:
    response = client.post(
        "/login",
        data={
            "gebruikersnaam": "analist",
            "wachtwoord": PASSWORD,
            "csrf_token": csrf_token(client),
            "volgende": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_logout_ends_the_session(client: TestClient) -> None:
    log_in(client, "beheerder")
    token = csrf_token(client, "/gegevens")
    assert (
        client.post("/uitloggen", data={"csrf_token": token}, follow_redirects=False).status_code
        == 303
    )
    assert client.get("/gegevens", follow_redirects=False).status_code == 303


def test_new_password_or_removal_ends_existing_sessions(
    client: TestClient, web_con: duckdb.DuckDBPyConnection
) -> None:
    log_in(client, "beheerder")
    assert client.get("/gegevens").status_code == 200
    set_password(web_con, "beheerder", "een-nieuw-wachtwoord")
    assert client.get("/gegevens", follow_redirects=False).status_code == 303
    log_in(client, "beheerder", "een-nieuw-wachtwoord")
    remove_user(web_con, "beheerder")
    assert client.get("/gegevens", follow_redirects=False).status_code == 303


def test_security_headers(client: TestClient) -> None:
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "server-timing" not in response.headers  # off unless a load test asks for it
    static = client.get("/static/stuurhuis.css")
    assert static.headers["x-content-type-options"] == "nosniff"
    assert (
        "cache-control" not in static.headers or "no-store" not in static.headers["cache-control"]
    )


def test_server_timing_only_when_asked_for(web_con: duckdb.DuckDBPyConnection) -> None:
    app = create_app(web_con, secret=SECRET, settings=Settings(web_server_timing=True))
    response = TestClient(app).get("/login")
    assert re.fullmatch(r"app;dur=\d+\.\d\d", response.headers["server-timing"])
