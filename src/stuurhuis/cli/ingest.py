# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis ingest`` and ``stuurhuis status``."""

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from stuurhuis.cli.app import DbOption, FormatOption, OutOption, app, check_format, err_console
from stuurhuis.export import write_table
from stuurhuis.ingest import IngestReport, ingest_paths
from stuurhuis.ingest.iwmo import set_xsd_dir
from stuurhuis.ingest.status import status_tables
from stuurhuis.privacy import Pseudonymiser, load_key
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import connect

XsdDirOption = Annotated[
    Path | None,
    typer.Option(
        "--xsd-dir",
        help="Map met de officiële iWmo/iJw-XSD's: berichten worden daartegen gevalideerd.",
        envvar="STUURHUIS_XSD_DIR",
        show_default=False,
    ),
]
PathsArgument = Annotated[
    list[Path], typer.Argument(help="Bestanden en mappen met bronbestanden.", show_default=False)
]


def run_ingest(db: Path, paths: list[Path], *, quiet: bool = False) -> IngestReport:
    """Load ``paths`` into ``db`` with a progress bar on stderr."""
    pseudonymiser = Pseudonymiser(load_key(get_settings()))
    con = connect(db)
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=quiet,
        ) as progress:
            task = progress.add_task("inlezen", total=None)

            def update(name: str, done: int, total: int) -> None:
                label = f"inlezen {name}" if name else "klaar"
                progress.update(task, description=label, completed=done, total=total)

            return ingest_paths(con, paths, pseudonymiser, progress=update)
    finally:
        con.close()


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = Path("stuurhuis.duckdb"),
    fmt: FormatOption = "table",
    out: OutOption = None,
    xsd_dir: XsdDirOption = None,
) -> None:
    """Lees bronbestanden (CSV, XLSX, CBS, iWmo/iJw) in het warehouse.

    Per bestand: gelezen = geladen + quarantaine, en het aantal gemarkeerde regels.
    Een geweigerd bestand geeft exitcode 1; de andere bestanden worden wel geladen.
    """
    set_xsd_dir(xsd_dir)
    report = run_ingest(db, paths)
    write_table(report.table(), check_format(fmt), out, title="Inlezen")
    for path, reason in report.skipped:
        err_console.print(f"overgeslagen: {path} ({reason})", highlight=False)
    for result in report.results:
        if result.status == "geweigerd":
            err_console.print(f"[bold red]geweigerd:[/] {result.melding}", highlight=False)
    if report.has_rejections:
        raise typer.Exit(1)


@app.command()
def status(
    db: DbOption = Path("stuurhuis.duckdb"),
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Wat is geladen per bronsoort en periode, laatste inleesacties, quarantaine, markeringen."""
    if not db.exists():
        from stuurhuis.errors import StuurhuisError  # noqa: PLC0415

        raise StuurhuisError(f"warehouse {db} bestaat niet: lees eerst bestanden in")
    with err_console.status("status van het warehouse berekenen"):  # stderr, like the bars
        con = connect(db)
        try:
            tables = status_tables(con)
        finally:
            con.close()
    chosen = check_format(fmt)
    if chosen == "json":
        import json  # noqa: PLC0415

        payload = {name: df.to_dicts() for name, df in tables.items()}
        text = json.dumps(payload, default=str, ensure_ascii=False, indent=1) + "\n"
        if out:
            out.write_text(text, encoding="utf-8")
        else:
            typer.echo(text, nl=False)
        return
    if chosen == "xlsx" and out is not None:
        from stuurhuis.export import write_xlsx  # noqa: PLC0415

        write_xlsx(tables, out)
        return
    for name, df in tables.items():
        write_table(df, chosen, out, title=TITLES.get(name, name))


TITLES = {
    "geladen": "Geladen per bronsoort",
    "inleesacties": "Laatste inleesacties",
    "quarantaine": "Quarantaine per reden",
    "markeringen": "Gemarkeerde declaratieregels",
}
