# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis maatregelen``: the savings programme's tables, template and history.

``stuurhuis maatregelen FILE --tabel …`` is the default command (``toon``); the
subcommands are ``template``, ``historie`` and ``snapshots``.
"""

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import polars as pl
import typer
from typer.core import TyperGroup

from stuurhuis.cli.app import DbOption, FormatOption, OutOption, app, check_format, console
from stuurhuis.cli.gedeeld import open_warehouse, parse_datum
from stuurhuis.errors import StuurhuisError
from stuurhuis.export import write_table
from stuurhuis.maatregelen import (
    PERS,
    TABELLEN,
    TITELS,
    WarehouseVolumes,
    demo,
    importeer,
    load,
    schrijf_template,
    snapshots,
    tabel,
    vergelijk,
)
from stuurhuis.maatregelen.historie import STANDAARD_KOLOM
from stuurhuis.maatregelen.weergave import WEERGAVEN, in_eenheid
from stuurhuis.warehouse import connect

_STANDAARD = "toon"


class _MetStandaardCommando(TyperGroup):
    """A group whose first argument, when it is not a subcommand, goes to ``toon``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # click's Context
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [_STANDAARD, *args]
        return super().parse_args(ctx, args)


maatregelen_app = typer.Typer(
    cls=_MetStandaardCommando,
    help="Besparingsprogramma: tabellen uit maatregelen.yaml of het XLSX-sjabloon, "
    "sjabloon, historie. Gebruik: stuurhuis maatregelen BESTAND --tabel potentieel.",
    no_args_is_help=True,
)
app.add_typer(maatregelen_app, name="maatregelen")

TabelOption = Annotated[
    str, typer.Option("--tabel", "-t", help=f"Welke tabel: {', '.join(TABELLEN)}.")
]
PerOption = Annotated[
    str, typer.Option("--per", help=f"Uitsplitsing: {', '.join(PERS)} (altijd met totaal).")
]
EenheidOption = Annotated[
    str | None,
    typer.Option(
        "--eenheid",
        help=f"Bedragen in {', '.join(WEERGAVEN)}; standaard de eenheid van het bestand.",
    ),
]


@maatregelen_app.command(_STANDAARD)
def toon(
    bestand: Annotated[Path, typer.Argument(help="maatregelen.yaml of het XLSX-sjabloon.")],
    *,
    naam: TabelOption = "potentieel",
    per: PerOption = "totaal",
    fmt: FormatOption = "table",
    out: OutOption = None,
    eenheid: EenheidOption = None,
    periode: Annotated[
        str | None, typer.Option("--periode", help="Alleen dit jaar (of 'totaal').")
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Warehouse: voor --importeer, --vergelijk en indicatoren."),
    ] = None,
    importeren: Annotated[
        bool, typer.Option("--importeer", help="Bewaar het programma als snapshot in --db.")
    ] = False,
    peildatum: Annotated[
        str | None,
        typer.Option(
            "--peildatum",
            help="Datum van de snapshot (jjjj-mm-dd of dd-mm-jjjj; standaard vandaag).",
        ),
    ] = None,
    label: Annotated[
        str | None, typer.Option("--label", help="Naam van de snapshot, bv. 'begin 2025'.")
    ] = None,
    vergelijken: Annotated[
        bool,
        typer.Option("--vergelijk", help="Zet het bestand ('nu') naast de snapshots in --db."),
    ] = False,
) -> None:
    """Toon een tabel van het besparingsprogramma (bedragen met Nederlandse notatie)."""
    programma = load(bestand)
    shown_in = eenheid or programma.eenheid
    if (importeren or vergelijken) and db is None:
        raise StuurhuisError("--importeer en --vergelijk hebben een warehouse nodig: geef --db")
    day = parse_datum(peildatum, "--peildatum") if peildatum else date.today()
    con = (connect(db) if importeren else open_warehouse(db)) if db is not None else None
    try:
        if importeren and con is not None:
            snapshot_id = importeer(con, programma, day, label=label, bestand=bestand.name)
            console.print(
                f"snapshot {snapshot_id} opgeslagen: {day.isoformat()} {label or ''}".rstrip()
            )
            return
        volumes = WarehouseVolumes(con) if con is not None else None
        if vergelijken and con is not None:
            df = vergelijk(con, naam, per=per, huidig=programma, volumes=volumes, eenheid=shown_in)
        else:
            df = in_eenheid(tabel(programma, naam, per=per, volumes=volumes), shown_in)
    finally:
        if con is not None:
            con.close()
    _write(
        _filter_periode(df, periode), fmt, out, f"{TITELS.get(naam, naam)} — {programma.gemeente}"
    )


@maatregelen_app.command("template")
def template(
    out: Annotated[Path, typer.Option("--out", "-o", help="Het XLSX-bestand om te schrijven.")],
    voorbeeld: Annotated[
        bool, typer.Option("--voorbeeld", help="Vul het sjabloon met het demoprogramma.")
    ] = False,
    van: Annotated[
        Path | None, typer.Option("--van", help="Vul het sjabloon met dit maatregelenbestand.")
    ] = None,
) -> None:
    """Schrijf het XLSX-sjabloon (leeg, met het voorbeeld, of uit een YAML-bestand)."""
    if out.suffix.lower() != ".xlsx":
        raise StuurhuisError(f"het sjabloon is een .xlsx-bestand, niet {out.name}")
    programma = load(van) if van is not None else demo() if voorbeeld else None
    schrijf_template(out, programma)
    console.print(f"sjabloon geschreven: {out}")


@maatregelen_app.command("historie")
def historie_cmd(
    db: DbOption,
    *,
    naam: TabelOption = "potentieel",
    per: PerOption = "totaal",
    kolom: Annotated[
        str | None,
        typer.Option("--kolom", help="Welke kolom naast elkaar (standaard het hoofdcijfer)."),
    ] = None,
    eenheid: Annotated[
        str, typer.Option("--eenheid", help=f"Bedragen in {', '.join(WEERGAVEN)}.")
    ] = "euro",
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Zet een tabel van alle snapshots naast elkaar (oorspronkelijk plan, begin jaar, nu)."""
    con = open_warehouse(db)
    try:
        volumes = WarehouseVolumes(con)
        df = vergelijk(con, naam, per=per, kolom=kolom, volumes=volumes, eenheid=eenheid)
    finally:
        con.close()
    shown = (kolom or STANDAARD_KOLOM.get(naam, "")).removesuffix("_cent")
    _write(df, fmt, out, f"{TITELS.get(naam, naam)} per snapshot: {shown}")


@maatregelen_app.command("snapshots")
def snapshots_cmd(db: DbOption, fmt: FormatOption = "table", out: OutOption = None) -> None:
    """Lijst van de bewaarde snapshots van het besparingsprogramma."""
    con = open_warehouse(db)
    try:
        df = snapshots(con)
    finally:
        con.close()
    _write(df, fmt, out, "Snapshots besparingsprogramma")


def _write(df: pl.DataFrame, fmt: str, out: Path | None, title: str) -> None:
    write_table(df, check_format(fmt), out, title=title, console=console)


def _filter_periode(df: pl.DataFrame, periode: str | None) -> pl.DataFrame:
    if periode is None:
        return df
    if "periode" not in df.columns:
        raise StuurhuisError("deze tabel heeft geen periodes: laat --periode weg")
    return df.filter(pl.col("periode") == periode)
