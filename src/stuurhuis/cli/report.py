# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis report``: the quarterly factsheet as PDF, HTML or XLSX."""

from pathlib import Path
from typing import Annotated

import typer

from stuurhuis.cli.app import DbOption, app, console
from stuurhuis.cli.gedeeld import open_warehouse
from stuurhuis.periode import parse_periode
from stuurhuis.report import bouw, schrijf
from stuurhuis.report.schrijven import formaat


@app.command("report")
def report(
    *,
    db: DbOption = Path("stuurhuis.duckdb"),
    periode: Annotated[str, typer.Option("--period", "--periode", help="Kwartaal, bv. 2025-Q2.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Uitvoerbestand: .pdf, .html of .xlsx.")],
    maatregelen: Annotated[
        Path | None,
        typer.Option(
            "--maatregelen", help="maatregelen.yaml of XLSX: voegt het besparingsprogramma toe."
        ),
    ] = None,
) -> None:
    """Maak de kwartaalrapportage (samenvatting, indicatoren, financiën, wijken, bijlage)."""
    formaat(out)
    gekozen = parse_periode(periode)
    con = open_warehouse(db)
    try:
        rapport = bouw(con, gekozen, maatregelen)
    finally:
        con.close()
    schrijf(rapport, out)
    console.print(f"rapport {gekozen} geschreven naar {out}")
