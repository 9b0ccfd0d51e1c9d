# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis demo``: the demo municipality end to end — synth, ingest, logins, dashboard."""

import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from stuurhuis.cli.app import DbOption, app, console
from stuurhuis.cli.ingest import run_ingest
from stuurhuis.cli.serve import check_port
from stuurhuis.cli.synth import write_synth
from stuurhuis.errors import StuurhuisError
from stuurhuis.export import write_table
from stuurhuis.synth import SynthConfig
from stuurhuis.warehouse import connect
from stuurhuis.web.demo import demo_maatregelen, demo_users

DEMO_DIR = Path("demo")


@app.command()
def demo(  # noqa: PLR0917 (Typer options are parameters)
    db: DbOption = Path("stuurhuis.duckdb"),
    bron: Annotated[
        Path, typer.Option("--bron", help="Map voor de bronbestanden van de demogemeente.")
    ] = DEMO_DIR / "bron",
    seed: Annotated[int, typer.Option("--seed", help="Startwaarde van de demogemeente.")] = 1,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Start daarna het dashboard.")
    ] = True,
    host: Annotated[str, typer.Option(help="Adres van het dashboard.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Poort van het dashboard.")] = 8000,
) -> None:
    """Demogemeente: genereer, lees in, maak logins en start het dashboard.

    De bronbestanden worden alleen gemaakt als de map nog niet bestaat; opnieuw inlezen
    van dezelfde bestanden verandert niets. Elke keer krijgen de demogebruikers een nieuw
    willekeurig wachtwoord (er is geen standaardwachtwoord).
    """
    if serve:
        check_port(host, port)
    if not (bron / "declaraties.csv").exists():
        _synth(bron, seed)
    report = run_ingest(db, [bron])
    write_table(report.table(), "table", None, title="Inlezen demogemeente")
    if report.has_rejections:
        raise StuurhuisError("de demobestanden zijn niet volledig ingelezen (zie hierboven)")
    con = connect(db)
    try:
        logins = demo_users(con)
        demo_maatregelen(con)
    finally:
        con.close()
    _print_logins(logins)
    if not serve:
        return
    from stuurhuis.web.serve import serve as run  # noqa: PLC0415 - keep CLI start-up fast

    console.print(f"dashboard op http://{host}:{port} (Ctrl-C om te stoppen)", highlight=False)
    run(db, host=host, port=port, secret=secrets.token_urlsafe(48))


def _synth(out: Path, seed: int) -> None:
    paths = write_synth(SynthConfig(seed=seed), out)
    console.print(f"{len(paths)} bronbestanden geschreven naar {out}", highlight=False)


def _print_logins(logins: Sequence[tuple[str, str, str]]) -> None:
    table = Table(title="Logins (alleen nu getoond)")
    for column in ("gebruiker", "rol", "wachtwoord"):
        table.add_column(column)
    for naam, rol, password in logins:
        table.add_row(naam, rol, password)
    console.print(table)
