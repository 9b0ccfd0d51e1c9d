# SPDX-License-Identifier: EUPL-1.2
"""The FastAPI application: sessions, security headers, error pages, routes."""

import time
from pathlib import Path
from urllib.parse import quote

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from stuurhuis.errors import StuurhuisError
from stuurhuis.settings import Settings, get_settings
from stuurhuis.warehouse import connect
from stuurhuis.web import api, views
from stuurhuis.web.cache import PageCache
from stuurhuis.web.render import TEMPLATES
from stuurhuis.web.session import CsrfFailed, CurrentUser, Forbidden, NotLoggedIn

STATIC = Path(__file__).parent / "static"
MIN_SECRET = 32
SESSION_COOKIE = "stuurhuis_sessie"
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)  # Vega compiles chart expressions at run time, hence 'unsafe-eval'; no inline scripts.


class WebConfigError(StuurhuisError):
    """The dashboard cannot start with these settings."""


def create_app(
    db: Path | str | duckdb.DuckDBPyConnection,
    *,
    secret: str | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """The dashboard on warehouse ``db`` (a path or an open connection).

    ``secret`` signs the session cookies; without it ``STUURHUIS_WEB_SECRET`` is required.
    """
    settings = settings or get_settings()
    key = secret or (settings.web_secret.get_secret_value() if settings.web_secret else None)
    if not key:
        raise WebConfigError(
            "zet STUURHUIS_WEB_SECRET (minstens 32 tekens) om het dashboard te starten"
        )
    if len(key) < MIN_SECRET:
        raise WebConfigError(f"STUURHUIS_WEB_SECRET is te kort: minstens {MIN_SECRET} tekens")
    if not (STATIC / "vendor" / ".built").exists():
        raise WebConfigError("de JavaScript/CSS van het dashboard ontbreken: draai `make deps`")
    app = FastAPI(
        title="Stuurhuis API",
        description="De tidy tabellen van het dashboard, met dezelfde filters als de pagina's."
        " Inloggen via /login (sessiecookie); de rol bepaalt wat u ziet.",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.con = db if isinstance(db, duckdb.DuckDBPyConnection) else connect(db)
    app.state.settings = settings
    app.state.page_cache = PageCache()
    app.add_middleware(
        SessionMiddleware,
        secret_key=key,
        session_cookie=SESSION_COOKIE,
        max_age=settings.web_sessie_minuten * 60,
        same_site="strict",
        https_only=settings.web_https,
    )
    app.add_middleware(SecurityHeaders, server_timing=settings.web_server_timing)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(views.router)
    app.include_router(api.router)
    views.register_pages(app)
    _add_openapi(app)
    _add_error_handlers(app)
    return app


class SecurityHeaders:
    """Security headers on every response and, when ``server_timing`` is on (for load
    tests), ``Server-Timing: app;dur=…``: the time in milliseconds from the request
    reaching the app to its response headers being sent (pages render in full before that,
    so it is their server time).

    A plain ASGI middleware: the ``@app.middleware("http")`` kind copies every response
    body through an extra stream and task, which costs more than a cached page itself.
    """

    def __init__(self, app: ASGIApp, *, server_timing: bool = False) -> None:
        self.app = app
        self.server_timing = server_timing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        static = str(scope["path"]).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["X-Frame-Options"] = "DENY"
                headers["Referrer-Policy"] = "same-origin"
                if not static:
                    headers["Cache-Control"] = "no-store"
                if self.server_timing:
                    duur = (time.perf_counter() - start) * 1000
                    headers.append("Server-Timing", f"app;dur={duur:.2f}")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _add_openapi(app: FastAPI) -> None:
    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi(user: CurrentUser) -> JSONResponse:
        return JSONResponse(app.openapi())


def _add_error_handlers(app: FastAPI) -> None:
    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(NotLoggedIn)
    async def not_logged_in(request: Request, exc: NotLoggedIn) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": "niet ingelogd"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        return RedirectResponse(f"/login?volgende={quote(target)}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, "U heeft met uw rol geen toegang tot deze pagina.")

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, exc: CsrfFailed) -> Response:
        return _error(request, 403, "Het formulier is verlopen. Laad de pagina opnieuw.")

    @app.exception_handler(StuurhuisError)
    async def user_error(request: Request, exc: StuurhuisError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, "Ongeldige invoer in het verzoek.")


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    return TEMPLATES.TemplateResponse(
        request,
        "fout.html",
        {"melding": message, "status": status, "user": None, "menu": []},
        status_code=status,
    )
