# SPDX-License-Identifier: EUPL-1.2
"""HTML routes: login, the pages, table downloads and toelichting."""

import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from stuurhuis.errors import StuurhuisError
from stuurhuis.export import write_xlsx
from stuurhuis.settings import Settings
from stuurhuis.toelichting import schrijf, toelichtingen
from stuurhuis.web.auth import User, authenticate, logins
from stuurhuis.web.auth import csrf as csrf_tokens
from stuurhuis.web.build import bewaard, blocks_for, find_block, page_filters, request_stand
from stuurhuis.web.cache import PageCache
from stuurhuis.web.filters import categorie_options, periode_options, wijk_options
from stuurhuis.web.pages import PAGINAS, Blok, Pagina, pagina
from stuurhuis.web.render import TEMPLATES
from stuurhuis.web.session import Con, CurrentUser, Forbidden, log_in, require_csrf

router = APIRouter()
Csrf = Depends(require_csrf)


def menu(user: User) -> list[Pagina]:
    return [p for p in PAGINAS if p.in_menu and p.mag(user)]


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    context.setdefault("csrf_token", csrf_tokens.token(request.session))
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(request: Request, volgende: str = "/") -> Response:
    return render(request, "login.html", {"volgende": _safe_next(volgende), "fout": None})


@router.post("/login", include_in_schema=False, dependencies=[Csrf])
def login(
    request: Request,
    con: Con,
    gebruikersnaam: Annotated[str, Form()],
    wachtwoord: Annotated[str, Form()],
    volgende: Annotated[str, Form()] = "/",
) -> Response:
    settings: Settings = request.app.state.settings
    ip = request.client.host if request.client else "onbekend"
    naam = gebruikersnaam.strip().lower()
    context: dict[str, Any] = {"volgende": _safe_next(volgende)}
    if logins.is_blocked(con, naam, ip, settings):
        logins.record(con, naam, ip, gelukt=False)
        context["fout"] = (
            "Te veel mislukte pogingen. Probeer het over "
            f"{settings.login_blokkeer_minuten} minuten opnieuw."
        )
        return render(request, "login.html", context, status=429)
    user = authenticate(con, naam, wachtwoord)
    logins.record(con, naam, ip, gelukt=user is not None)
    if user is None:
        context["fout"] = "Gebruikersnaam of wachtwoord onjuist."
        return render(request, "login.html", context, status=401)
    log_in(request, user)
    return RedirectResponse(context["volgende"], status_code=303)


@router.post("/uitloggen", include_in_schema=False, dependencies=[Csrf])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/", include_in_schema=False)
def home(user: CurrentUser) -> Response:
    pages = menu(user)
    return RedirectResponse(f"/{pages[0].slug}" if pages else "/account", status_code=303)


@router.get("/account", response_class=HTMLResponse, include_in_schema=False)
def account(request: Request, user: CurrentUser) -> Response:
    return render(request, "account.html", {"user": user, "menu": menu(user), "pagina": None})


@router.post("/toelichting", include_in_schema=False, dependencies=[Csrf])
def add_toelichting(
    *,
    request: Request,
    con: Con,
    user: CurrentUser,
    onderwerp: Annotated[str, Form()],
    periode: Annotated[str, Form()],
    tekst: Annotated[str, Form()],
    blok: Annotated[str, Form()] = "",
    alle: Annotated[str, Form()] = "",
    terug: Annotated[str, Form()] = "/",
) -> Response:
    if user.rol != "analist":
        raise Forbidden
    soort, _, code = onderwerp.partition(":")
    fout = None
    try:
        schrijf(con, soort=soort, onderwerp=code, periode=periode, tekst=tekst, auteur=user.naam)
    except StuurhuisError as exc:
        fout = str(exc)
    if request.headers.get("hx-request"):
        shown = set(alle.split(",")) | {onderwerp}
        rows = [
            r
            for r in toelichtingen(con, periodes=[periode]).to_dicts()
            if f"{r['onderwerp_soort']}:{r['onderwerp']}" in shown
        ]
        context = {
            "user": user,
            "rijen": rows,
            "fout": fout,
            "blok_id": blok,
            "alle": alle,
            "periode": periode,
            "terug": terug,
        }
        return render(request, "_toelichting.html", context, status=400 if fout else 200)
    if fout:
        raise StuurhuisError(fout)
    return RedirectResponse(_safe_next(terug), status_code=303)


def page_view(page: Pagina) -> Any:
    def view(request: Request, con: Con, user: CurrentUser, sleutel: str | None = None) -> Response:
        filters = page_filters(request, con, page, request.query_params)
        blocks = blocks_for(request, con, user, page, filters, sleutel=sleutel)
        context = {
            "user": user,
            "menu": menu(user),
            "pagina": page,
            "sleutel": sleutel,
            "filters": filters,
            "blokken": blocks,
            "toelichting": _toelichting_per_block(request, con, blocks, filters.periode.code),
            "opties": _options(request, con, page, user),
            "pad": request.url.path,
            "query": filters.query(),
        }
        partial = request.headers.get("hx-request") and not request.headers.get("hx-boosted")
        return render(request, "_inhoud.html" if partial else "pagina.html", context)

    if page.detail:

        def detail(request: Request, con: Con, user: CurrentUser, sleutel: str) -> Response:
            return view(request, con, user, sleutel)

        return detail
    return view


def download_view(
    request: Request, con: Con, user: CurrentUser, slug: str, bestand: str
) -> Response:
    page = pagina(slug)
    blok_id, _, fmt = bestand.rpartition(".")
    if page is None or fmt not in ("csv", "xlsx"):
        return Response("Niet gevonden", status_code=404)
    if not page.mag(user):
        raise Forbidden
    filters = page_filters(request, con, page, request.query_params)
    sleutel = request.query_params.get("sleutel") if page.detail else None
    blocks = blocks_for(request, con, user, page, filters, sleutel=sleutel, export=True)
    block = find_block(blocks, blok_id)
    if block is None:
        return Response("Niet gevonden", status_code=404)
    name = f"stuurhuis-{page.slug}-{block.id}-{filters.periode.code}.{fmt}"
    headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
    if fmt == "csv":
        return Response(
            block.tabel.write_csv(), media_type="text/csv; charset=utf-8", headers=headers
        )
    return Response(
        _xlsx_bytes(block),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers=headers,
    )


def register_pages(app: FastAPI) -> None:
    """Add one GET route per page (and per detail page) plus the download route."""
    for page in PAGINAS:
        path = f"/{page.slug}/{{sleutel}}" if page.detail else f"/{page.slug}"
        app.add_api_route(
            path,
            page_view(page),
            methods=["GET"],
            response_class=HTMLResponse,
            include_in_schema=False,
            name=f"pagina_{page.slug}",
        )
    app.add_api_route(
        "/download/{slug}/{bestand}", download_view, methods=["GET"], include_in_schema=False
    )


def _xlsx_bytes(block: Blok) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tabel.xlsx"
        write_xlsx({block.titel: block.tabel}, path)
        return path.read_bytes()


def _toelichting_per_block(
    request: Request, con: Con, blocks: list[Blok], periode: str
) -> dict[str, list[dict[str, Any]]]:
    subjects = tuple(sorted({code for b in blocks for _, code in b.onderwerpen}))
    if not subjects:
        return {}
    cache: PageCache = request.app.state.page_cache
    rows: list[dict[str, Any]] = cache.get_or_build(
        ("toelichting", request_stand(request, con).toelichting, periode, subjects),
        lambda: toelichtingen(con, periodes=[periode], onderwerpen=list(subjects)).to_dicts(),
    )
    return {
        b.id: [r for r in rows if (r["onderwerp_soort"], r["onderwerp"]) in b.onderwerpen]
        for b in blocks
    }


def _options(request: Request, con: Con, page: Pagina, user: User) -> dict[str, Any]:
    wijken = bewaard(request, con, "wijken", lambda: wijk_options(con))
    if "wijk" not in page.filters:
        wijken = []
    elif page.eigen_wijken and user.rol == "regisseur":
        wijken = [(code, naam) for code, naam in wijken if code in user.wijken]
    periodes = bewaard(request, con, "periodes", lambda: periode_options(con))
    return {
        "periode": periodes if "periode" in page.filters else [],
        "wijk": wijken,
        "categorie": categorie_options() if "categorie" in page.filters else [],
    }


def _safe_next(target: str) -> str:
    """Only local paths: never redirect to another site after login."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
