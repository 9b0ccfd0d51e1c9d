# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis signals`` and ``stuurhuis audit``: case-level signals and their audit trail.

The command line acts as the operating-system user: ``signals`` with role ``analist``,
``audit`` with role ``beheerder``. Both write an audit record.
"""

from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.progress import Progress

from stuurhuis.cli.app import DbOption, FormatOption, OutOption, app, check_format, err_console
from stuurhuis.cli.gedeeld import open_warehouse, parse_datum
from stuurhuis.export import write_table
from stuurhuis.privacy import audit
from stuurhuis.privacy.gebruiker import cli_gebruiker
from stuurhuis.signals import SOORTEN, kies_soorten, per_aanbieder, signalen_voor

KindOption = Annotated[
    list[str] | None,
    typer.Option("--kind", "-k", help=f"Signaalsoort (herhaalbaar): {', '.join(SOORTEN)}."),
]
WijkOption = Annotated[
    list[str] | None,
    typer.Option("--wijk", "-w", help="Alleen deze wijk(en), CBS-code WK…; herhaalbaar."),
]
PeildatumOption = Annotated[
    str | None,
    typer.Option(
        "--peildatum",
        help="Peildatum (jjjj-mm-dd of dd-mm-jjjj); standaard de laatste datum in de gegevens.",
    ),
]


@app.command("signals")
def signals(
    *,
    db: DbOption = Path("stuurhuis.duckdb"),
    kind: KindOption = None,
    wijk: WijkOption = None,
    peildatum: PeildatumOption = None,
    aanbieder: Annotated[
        bool,
        typer.Option(
            "--per-aanbieder",
            help="Rechtmatigheid: bedrag per aanbieder en reden, zonder personen.",
        ),
    ] = False,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Signalen op persoonsniveau voor toegang, regie en control (wordt gelogd)."""
    formaat = check_format(fmt)
    soorten = kies_soorten(kind)
    peil = parse_datum(peildatum, "--peildatum") if peildatum else None
    con = open_warehouse(db)
    try:
        with Progress(console=err_console, transient=True) as progress:
            taak = progress.add_task("signalen berekenen", total=len(soorten))
            signalen = signalen_voor(
                con,
                cli_gebruiker("analist"),
                kinds=soorten,
                wijken=wijk,
                peildatum=peil,
                actie="signalen.export"
                if out is not None or formaat != "table"
                else "signalen.bekijken",
                voortgang=lambda naam: progress.update(taak, advance=1, description=naam),
            )
    finally:
        con.close()
    if aanbieder:
        tabel = per_aanbieder(signalen)
        titel = "Rechtmatigheid per aanbieder"
    else:
        tabel = signalen.drop("feiten") if formaat == "table" else signalen
        titel = "Signalen"
    peil_tekst = signalen["peildatum"][0].strftime("%d-%m-%Y") if signalen.height else ""
    write_table(tabel, formaat, out, title=f"{titel} {peil_tekst}".strip())


@app.command("audit")
def audit_log(
    *,
    db: DbOption = Path("stuurhuis.duckdb"),
    gebruiker: Annotated[
        str | None, typer.Option("--gebruiker", help="Alleen deze gebruiker.")
    ] = None,
    actie: Annotated[
        str | None, typer.Option("--actie", help="Alleen deze actie, bv. signalen.export.")
    ] = None,
    vanaf: Annotated[str | None, typer.Option("--vanaf", help="Vanaf deze dag.")] = None,
    tot: Annotated[str | None, typer.Option("--tot", help="Tot en met deze dag.")] = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Auditlog: wie zag of exporteerde wanneer welke signalen (voor beheerders)."""
    formaat = check_format(fmt)
    con = open_warehouse(db)
    try:
        regels: pl.DataFrame = audit.entries(
            con,
            gebruiker=gebruiker,
            actie=actie,
            vanaf=parse_datum(vanaf, "--vanaf") if vanaf else None,
            tot=parse_datum(tot, "--tot") if tot else None,
        )
        audit.log(
            con,
            cli_gebruiker("beheerder"),
            "audit.bekijken",
            filter={"gebruiker": gebruiker, "actie": actie, "vanaf": vanaf, "tot": tot},
            aantal_rijen=regels.height,
        )
    finally:
        con.close()
    write_table(regels, formaat, out, title="Auditlog")
