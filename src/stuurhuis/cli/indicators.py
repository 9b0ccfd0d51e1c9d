# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis indicators``: compute indicators and write them as a table or file."""

from typing import Annotated

import typer
from rich.progress import Progress

from stuurhuis.cli.app import DbOption, FormatOption, OutOption, app, check_format, err_console
from stuurhuis.errors import StuurhuisError
from stuurhuis.export import write_table
from stuurhuis.indicators import Indicator, catalogue, compute, parse_by, supports
from stuurhuis.indicators.compute import select
from stuurhuis.periode import GRAINS, Grain, parse_periode
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import connect

PeriodOption = Annotated[
    list[str] | None,
    typer.Option(
        "--period",
        "-p",
        help="Periode: 2024, 2024-H1, 2024-Q2 of 2024-06 (herhaalbaar). "
        "Zonder: alle perioden van --grain in de data.",
    ),
]
GrainOption = Annotated[
    str, typer.Option("--grain", help=f"Periodesoort zonder --period: {', '.join(GRAINS)}.")
]
ByOption = Annotated[
    str,
    typer.Option("--by", help="Uitsplitsing(en), komma-gescheiden, bv. wijk,aanbieder."),
]
IndicatorOption = Annotated[
    list[str] | None,
    typer.Option("--indicator", "-i", help="Indicator-id (herhaalbaar). Zonder: alle."),
]
OpenbaarOption = Annotated[
    bool,
    typer.Option(
        "--openbaar",
        help="Onthullingsbeveiliging toepassen (voor publicatie en bestuur): kleine aantallen "
        "onderdrukt als '.', met marges.",
    ),
]
DrempelOption = Annotated[
    int | None,
    typer.Option(
        "--drempel",
        min=1,
        help="Met --openbaar: kleinste aantal dat getoond wordt (standaard uit de "
        "instellingen, 10).",
    ),
]
AfrondenOption = Annotated[
    bool | None,
    typer.Option(
        "--afronden/--niet-afronden",
        help="Met --openbaar: aantallen afronden op veelvouden van 5 (CBS); standaard uit "
        "de instellingen.",
    ),
]


@app.command("indicators")
def indicators_command(
    *,
    db: DbOption,
    period: PeriodOption = None,
    grain: GrainOption = "jaar",
    by: ByOption = "",
    indicator: IndicatorOption = None,
    openbaar: OpenbaarOption = False,
    drempel: DrempelOption = None,
    afronden: AfrondenOption = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Bereken de BBV-beleidsindicatoren en planindicatoren per periode en uitsplitsing."""
    out_format = check_format(fmt)
    dims = parse_by(by.split(","))
    periodes = [parse_periode(p) for p in period] if period else None
    if grain not in GRAINS:
        raise StuurhuisError(f"onbekende periodesoort {grain!r}: kies uit {', '.join(GRAINS)}")
    if not openbaar and (drempel is not None or afronden is not None):
        raise StuurhuisError("--drempel en --afronden gelden alleen samen met --openbaar")
    settings = get_settings()
    drempel = drempel if drempel is not None else settings.drempel
    afronden = afronden if afronden is not None else settings.afronden
    chosen: list[Indicator] = select(dims, indicator)
    if not chosen:
        raise StuurhuisError(f"geen indicator kan naar {', '.join(dims)} worden uitgesplitst")
    if not db.exists():
        raise StuurhuisError(f"warehouse {db} bestaat niet: laad eerst gegevens met ingest")
    con = connect(db)
    grains: tuple[Grain, ...] = (grain,)
    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task("indicatoren berekenen", total=len(chosen))
        table = compute(
            con,
            periodes=periodes,
            grains=grains,
            by=dims,
            ids=[ind.id for ind in chosen],
            openbaar=openbaar,
            drempel=drempel,
            afronden=afronden,
            voortgang=lambda _ind: progress.advance(task),
        )
    con.close()
    if indicator is None:
        skipped = [ind.id for ind in catalogue() if not supports(ind, dims)]
        if skipped and dims:
            err_console.print(f"niet uit te splitsen naar {', '.join(dims)}: {', '.join(skipped)}")
    if openbaar:
        hidden = int(table["onderdrukt"].sum())
        rounding = ", aantallen afgerond op 5" if afronden else ""
        err_console.print(
            f"onderdrukt: {hidden} van {table.height} cellen (drempel {drempel}"
            f"{rounding}); onderdrukte cellen staan als '.'"
        )
    write_table(table, out_format, out, title="Indicatoren", openbaar=openbaar)
