# SPDX-License-Identifier: EUPL-1.2
"""Who is logged in: the signed session cookie, checked against the user table per request."""

from collections.abc import AsyncIterator
from typing import Annotated

import duckdb
from fastapi import Depends, Request

from stuurhuis.web.auth import User, get_user
from stuurhuis.web.auth import csrf as csrf_tokens

SESSION_USER = "gebruiker"
SESSION_STAMP = "stempel"  # the user's gewijzigd_op: a new password ends old sessions


class NotLoggedIn(Exception):  # noqa: N818 - reads as a state, handled by the app
    """No valid session: HTML gets a redirect to the login page, the API a 401."""


class Forbidden(Exception):  # noqa: N818
    """Logged in, but this role may not see this."""


class CsrfFailed(Exception):  # noqa: N818
    """A state-changing request without the session's CSRF token."""


async def cursor(request: Request) -> AsyncIterator[duckdb.DuckDBPyConnection]:
    """A cursor on the app's warehouse connection for this request.

    Opening and closing a cursor takes microseconds, so this runs on the event loop: a
    sync dependency would cost two trips through the thread pool per request.
    """
    con: duckdb.DuckDBPyConnection = request.app.state.con
    cur = con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def current_user(request: Request, con: Con) -> User:
    """The logged-in user; raises NotLoggedIn when there is none or the session is stale."""
    naam = request.session.get(SESSION_USER)
    if not isinstance(naam, str):
        raise NotLoggedIn
    user = get_user(con, naam)
    if user is None or _stamp(user) != request.session.get(SESSION_STAMP):
        request.session.clear()
        raise NotLoggedIn
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def log_in(request: Request, user: User) -> None:
    """Start a fresh session for ``user`` (new CSRF token too)."""
    request.session.clear()
    request.session[SESSION_USER] = user.naam
    request.session[SESSION_STAMP] = _stamp(user)
    csrf_tokens.token(request.session)


async def require_csrf(request: Request) -> None:
    """Dependency for every POST: the token from the header (HTMX) or the form field."""
    supplied = request.headers.get(csrf_tokens.HEADER)
    if not supplied:
        form = await request.form()
        value = form.get(csrf_tokens.FORM_FIELD)
        supplied = value if isinstance(value, str) else None
    if not csrf_tokens.is_valid(request.session, supplied):
        raise CsrfFailed


def _stamp(user: User) -> str:
    return user.gewijzigd_op.isoformat() if user.gewijzigd_op else ""
