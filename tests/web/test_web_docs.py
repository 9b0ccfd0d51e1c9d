# SPDX-License-Identifier: EUPL-1.2
"""docs/web.md is current: every page, filter, download and API route is documented."""

from pathlib import Path

from fastapi import FastAPI

from stuurhuis.web.filters import NAMES
from stuurhuis.web.pages import PAGINAS

from .conftest import all_routes

DOC = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def test_every_page_and_its_roles_are_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for page in PAGINAS:
        url = f"`/{page.slug}/" if page.detail else f"`/{page.slug}`"
        row = next((line for line in text.splitlines() if url in line), None)
        assert row is not None, f"{page.slug} missing from docs/web.md"
        assert row.startswith(f"| {page.titel} |"), row
        cells = [c.strip() for c in row.split("|")[3:7]]
        for rol, cell in zip(("bestuur", "analist", "regisseur", "beheerder"), cells, strict=True):
            assert (cell != "–") == (rol in page.rollen), (page.slug, rol, cell)


def test_every_filter_and_route_is_documented(web_app: FastAPI) -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in NAMES:
        assert f"| `{name}` |" in text, name
    for path, _ in all_routes(web_app):
        if path.startswith("/api/"):
            assert f"`GET {path}" in text, path
    assert "/download/{pagina}/{blok}.csv" in text
    assert "/download/{pagina}/{blok}.xlsx" in text
