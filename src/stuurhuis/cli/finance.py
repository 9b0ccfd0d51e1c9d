# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis budget import``, ``forecast``, ``backtest`` and ``meerjarig``."""

from pathlib import Path
from typing import Annotated

import polars as pl
import polars.selectors as cs
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from stuurhuis.cli.app import DbOption, FormatOption, OutOption, app, check_format, err_console
from stuurhuis.cli.gedeeld import open_warehouse, parse_datum
from stuurhuis.errors import StuurhuisError
from stuurhuis.export import write_table, write_xlsx
from stuurhuis.finance import INDELINGEN, backtest, prognose, samenvatting
from stuurhuis.finance.begroting_import import (
    begroting_overzicht,
    begroting_waarschuwingen,
    importeer_begroting,
    quarantaine_redenen,
)
from stuurhuis.finance.cbs_terugtoets import cbs_samenvatting, cbs_terugtoets
from stuurhuis.finance.groepering import KOLOMMEN, check_indeling
from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.finance.meerjarig import (
    beveilig_meerjarentabel,
    meerjarenraming,
    meerjarentabel,
)
from stuurhuis.maatregelen import in_eenheid
from stuurhuis.privacy import Pseudonymiser, load_key
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import connect

budget_app = typer.Typer(help="Begroting inlezen.", no_args_is_help=True)
app.add_typer(budget_app, name="budget")

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Peildatum (jjjj-mm-dd of dd-mm-jjjj): rekent met wat toen geboekt was. "
        "Zonder: de laatste dagtekening in het warehouse.",
    ),
]
ByOption = Annotated[str, typer.Option("--by", help=f"Uitsplitsing: {', '.join(INDELINGEN)}.")]
EenheidOption = Annotated[
    str, typer.Option("--eenheid", help="Bedragen in cent, euro of duizend_euro.")
]


@budget_app.command("import")
def budget_import(
    path: Annotated[Path, typer.Argument(help="Begrotingsbestand (CSV of XLSX).")],
    db: DbOption = Path("stuurhuis.duckdb"),
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Lees een begroting (jaar × taakveld × begrotingspost, primitief en gewijzigd) in.

    Opnieuw inlezen van hetzelfde bestand verandert niets; een nieuwe versie vervangt de
    regels met hetzelfde jaar, taakveld en begrotingspost. Foute regels gaan met een reden
    naar de quarantaine (zie ``stuurhuis status``).
    """
    chosen = check_format(fmt)
    con = connect(db)
    try:
        result = importeer_begroting(con, path, Pseudonymiser(load_key(get_settings())))
        overzicht = _in_eenheid(begroting_overzicht(con), "euro")
        redenen = quarantaine_redenen(con, result.ingest_id)
        waarschuwingen = begroting_waarschuwingen(con)
    finally:
        con.close()
    err_console.print(
        f"{result.bestand}: {result.status} — gelezen {result.gelezen}, geladen "
        f"{result.geladen}, quarantaine {result.quarantaine}"
        + (f" ({result.melding})" if result.melding else ""),
        highlight=False,
    )
    for reden in redenen:
        err_console.print(f"[yellow]quarantaine:[/] {reden}", highlight=False)
    for melding in waarschuwingen:
        err_console.print(f"[yellow]let op:[/] {melding}", highlight=False)
    if chosen == "table":
        overzicht = overzicht.with_columns(pl.col("jaar").cast(pl.String))
    write_table(overzicht, chosen, out, title="Begroting per jaar")


# The forecast table is wide: on screen it is shown as two tables.
FORECAST_VIEWS = {
    "prognose en band": (
        "begroting",
        "gerealiseerd",
        "ibnr",
        "verwacht_rest",
        "prognose",
        "ondergrens",
        "bovengrens",
    ),
    "afwijking van de begroting": (
        "begroting",
        "prognose",
        "afwijking",
        "volume_effect",
        "prijs_effect",
        "mix_effect",
    ),
}


def _in_eenheid(table: pl.DataFrame, eenheid: str) -> pl.DataFrame:
    """Amounts in ``eenheid``, floats rounded to the cent."""
    shown = in_eenheid(table, eenheid)
    return shown.with_columns(cs.float().round(2))


@app.command("forecast")
def forecast_command(
    *,
    db: DbOption = Path("stuurhuis.duckdb"),
    year: Annotated[
        int | None,
        typer.Option("--year", help="Begrotingsjaar. Zonder: het jaar van de peildatum."),
    ] = None,
    as_of: AsOfOption = None,
    by: ByOption = "taakveld",
    eenheid: EenheidOption = "euro",
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Jaareindprognose met 80 %-band en afwijking van de begroting (volume, prijs, mix)."""
    chosen = check_format(fmt)
    indeling = check_indeling(by)
    con = open_warehouse(db)
    try:
        peil = parse_datum(as_of, "--as-of") if as_of else standaard_peildatum(con)
        table = prognose(con, jaar=year or peil.year, peildatum=peil, by=indeling)
    finally:
        con.close()
    shown = _in_eenheid(table, eenheid)
    title = f"Prognose {year or peil.year} (peildatum {peil:%d-%m-%Y})"
    if chosen != "table":
        write_table(shown, chosen, out, title=title)
        return
    keys = [k for k in KOLOMMEN[indeling] if k != "groep"]
    suffix = "_cent" if eenheid == "cent" else f"_{eenheid}"
    for part_title, columns in FORECAST_VIEWS.items():
        view = shown.select(*keys, *[c + suffix for c in columns])
        view = view.rename({c + suffix: c for c in columns})
        write_table(view, "table", None, title=f"{title}: {part_title} ({eenheid})")


@app.command("backtest")
def backtest_command(
    *,
    db: DbOption = Path("stuurhuis.duckdb"),
    by: ByOption = "taakveld",
    as_of: AsOfOption = None,
    detail: Annotated[
        bool, typer.Option("--detail", help="Elke toets apart (jaar × peilmaand × groep).")
    ] = False,
    cbs: Annotated[
        Path | None,
        typer.Option(
            "--cbs", help="Toets ook de meerjarige cliëntprognose op dit CBS-kerncijferbestand."
        ),
    ] = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Toets de jaarprognose op het verleden: fout per peilmaand naast lineair en begroting."""
    chosen = check_format(fmt)
    indeling = check_indeling(by)
    con = open_warehouse(db)
    try:
        peil = parse_datum(as_of, "--as-of") if as_of else None
        with Progress(
            TextColumn("terugtoetsen"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err_console,
            transient=True,
        ) as progress:
            task = progress.add_task("jaren", total=None)
            table = backtest(
                con,
                by=indeling,
                peildatum=peil,
                voortgang=lambda done, total: progress.update(task, completed=done, total=total),
            )
    finally:
        con.close()
    tables = {"Terugtoets jaarprognose": table if detail else samenvatting(table)}
    if cbs is not None:
        cbs_detail = cbs_terugtoets(cbs)
        tables["Terugtoets meerjarige cliëntprognose (CBS)"] = (
            cbs_detail if detail else cbs_samenvatting(cbs_detail)
        )
    _write(tables, chosen, out)


@app.command("meerjarig")
def meerjarig_command(
    *,
    db: DbOption = Path("stuurhuis.duckdb"),
    as_of: AsOfOption = None,
    basisjaar: Annotated[
        int | None, typer.Option("--basisjaar", help="Laatste volledige jaar. Zonder: uit de data.")
    ] = None,
    jaren: Annotated[int, typer.Option("--jaren", min=1, max=10, help="Aantal jaren vooruit.")] = 4,
    maatregelen: Annotated[
        Path | None,
        typer.Option(
            "--maatregelen",
            help="Bezuinigingsprogramma (maatregelen.yaml of XLSX) om de besparing mee te nemen.",
        ),
    ] = None,
    detail: Annotated[
        bool, typer.Option("--detail", help="Lange tabel per jaar × wet × categorie.")
    ] = False,
    openbaar: Annotated[
        bool,
        typer.Option(
            "--openbaar",
            help="Onthullingsbeveiliging (voor bestuur en publicatie): kleine aantallen "
            "cliënten onderdrukt als '.'.",
        ),
    ] = False,
    eenheid: EenheidOption = "euro",
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Meerjarenraming: cliënten (instroom, uitstroom, stand) en lasten per wet en categorie."""
    chosen = check_format(fmt)
    if openbaar and detail:
        raise StuurhuisError("--detail kan niet met --openbaar: de lange tabel is niet beveiligd")
    programma = None
    if maatregelen is not None:
        from stuurhuis.maatregelen import load  # noqa: PLC0415

        programma = load(maatregelen)
    con = open_warehouse(db)
    try:
        peil = parse_datum(as_of, "--as-of") if as_of else None
        raming = meerjarenraming(
            con, basisjaar=basisjaar, jaren=jaren, peildatum=peil, programma=programma
        )
    finally:
        con.close()
    if detail:
        table = _in_eenheid(raming, eenheid)
    else:
        table = meerjarentabel(raming, eenheid=eenheid)
        if openbaar:
            settings = get_settings()
            table = beveilig_meerjarentabel(table, settings.drempel, afronden=settings.afronden)
    _write({"Meerjarenraming sociaal domein": table}, chosen, out)


def _write(tables: dict[str, pl.DataFrame], fmt: str, out: Path | None) -> None:
    """Several tables: one sheet each in XLSX, one object per title in JSON, else in turn."""
    if fmt == "xlsx":
        if out is None:
            raise StuurhuisError("formaat xlsx schrijft naar een bestand: geef --out BESTAND")
        write_xlsx(tables, out)
        return
    if len(tables) == 1 or fmt == "table":
        for title, df in tables.items():
            write_table(df, check_format(fmt), out, title=title)
        return
    if out is not None and fmt in ("csv", "json"):
        raise StuurhuisError("meerdere tabellen: kies --format xlsx of laat --cbs weg")
    for title, df in tables.items():
        write_table(df, check_format(fmt), None, title=title)
