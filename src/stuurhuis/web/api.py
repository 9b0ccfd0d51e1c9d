# SPDX-License-Identifier: EUPL-1.2
"""The JSON API under /api/: the same tidy tables as the pages, for a municipality's BI tool."""

from datetime import date, datetime
from enum import Enum
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field

from stuurhuis.toelichting import toelichtingen
from stuurhuis.web.build import blocks_for, find_block, page_filters
from stuurhuis.web.pages import PAGINAS, pagina
from stuurhuis.web.session import Con, CurrentUser, Forbidden

router = APIRouter(prefix="/api", tags=["tabellen"])

PaginaSlug = Enum(  # type: ignore[misc]
    "PaginaSlug", {p.slug: p.slug for p in PAGINAS}, type=str
)


class BlokInfo(BaseModel):
    id: str
    url: str


class PaginaInfo(BaseModel):
    slug: str
    titel: str
    omschrijving: str
    filters: list[str]
    detail: bool = Field(description="Detailpagina: geef `sleutel` (wijkcode of AGB-code) mee.")
    blokken: list[BlokInfo]


class Tabel(BaseModel):
    pagina: str
    blok: str
    titel: str
    filters: dict[str, str | None]
    openbaar: bool = Field(description="Onthullingsbeheersing toegepast (onderdrukt = null).")
    kolommen: list[str]
    rijen: list[dict[str, Any]] = Field(description="De tidy tabel: één object per rij.")


@router.get("/paginas", response_model=list[PaginaInfo], summary="Pagina's en tabellen")
def paginas(user: CurrentUser) -> list[PaginaInfo]:
    """The pages and tables this user may read."""
    return [
        PaginaInfo(
            slug=p.slug,
            titel=p.titel,
            omschrijving=p.omschrijving,
            filters=list(p.filters),
            detail=p.detail,
            blokken=[BlokInfo(id=b, url=f"/api/tabel/{p.slug}/{b}") for b in p.blokken],
        )
        for p in PAGINAS
        if p.mag(user)
    ]


@router.get("/tabel/{slug}/{blok}", response_model=Tabel, summary="Eén tidy tabel")
def tabel(
    *,
    request: Request,
    con: Con,
    user: CurrentUser,
    slug: PaginaSlug,
    blok: str,
    periode: str | None = Query(None, description="2025, 2025-H1, 2025-Q2 of 2025-06"),
    wet: str | None = Query(None, description="wmo, jeugd of participatie"),
    wijk: str | None = Query(None, description="CBS-wijkcode, bijv. WK015001"),
    categorie: str | None = Query(None, description="Productcategorie, bijv. 10"),
    sleutel: str | None = Query(None, description="Wijkcode of AGB-code op een detailpagina"),
) -> Tabel:
    """One table of a page, with the same filters as the page's URL."""
    page = pagina(str(slug.value))
    if page is None:
        raise HTTPException(404, "onbekende pagina")
    if not page.mag(user):
        raise Forbidden
    if page.detail and not sleutel:
        raise HTTPException(400, "deze tabel hoort bij een detailpagina: geef sleutel mee")
    params = {"periode": periode, "wet": wet, "wijk": wijk, "categorie": categorie}
    filters = page_filters(request, con, page, {k: v for k, v in params.items() if v})
    block = find_block(
        blocks_for(
            request,
            con,
            user,
            page,
            filters,
            sleutel=sleutel if page.detail else None,
            export=True,
        ),
        blok,
    )
    if block is None:
        raise HTTPException(404, f"pagina {page.slug} heeft geen tabel {blok!r}")
    return Tabel(
        pagina=page.slug,
        blok=block.id,
        titel=block.titel,
        filters={
            "periode": filters.periode.code,
            "wet": filters.wet,
            "wijk": filters.wijk,
            "categorie": filters.categorie,
        },
        openbaar=user.is_openbaar,
        kolommen=block.tabel.columns,
        rijen=[_jsonable(row) for row in block.tabel.to_dicts()],
    )


@router.get("/toelichting", summary="Toelichting van analisten")
def toelichting(
    con: Con,
    user: CurrentUser,
    periode: str | None = Query(None, description="Alleen deze periode, bijv. 2025-Q2"),
) -> list[dict[str, Any]]:
    """Every toelichting (author and date included), newest first."""
    rows = toelichtingen(con, periodes=[periode] if periode else None).to_dicts()
    return [_jsonable(row) for row in rows]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}
