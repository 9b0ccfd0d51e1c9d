# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis synth``: write a synthetic municipality in the canonical source files."""

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from stuurhuis.cli.app import app, console, err_console
from stuurhuis.errors import StuurhuisError
from stuurhuis.export.nl import getal
from stuurhuis.synth import FORMATS, SynthConfig, generate

NATIONAL = 17_900_000


@app.command()
def synth(  # noqa: PLR0917 (Typer options are parameters)
    out: Annotated[Path, typer.Option("--out", "-o", help="Map waarin de bronbestanden komen.")],
    seed: Annotated[
        int, typer.Option("--seed", help="Startwaarde: zelfde seed, zelfde bestanden.")
    ] = 1,
    inhabitants: Annotated[
        int, typer.Option("--inhabitants", help="Aantal inwoners (standaard Deventer, ≈100.000).")
    ] = 100_000,
    jaar_van: Annotated[int, typer.Option("--from", help="Eerste jaar.")] = 2019,
    jaar_tot: Annotated[int, typer.Option("--to", help="Laatste jaar (peildatum 31-12).")] = 2025,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Formaat: {', '.join(FORMATS)}.")
    ] = "csv",
) -> None:
    """Genereer een synthetische gemeente (Deventer-achtig) in de canonieke bronbestanden."""
    if fmt not in FORMATS:
        raise StuurhuisError(f"onbekend formaat {fmt!r}: kies uit {', '.join(FORMATS)}")
    if not 1_000 <= inhabitants <= NATIONAL * 2:
        raise StuurhuisError(f"--inhabitants moet tussen 1.000 en {getal(NATIONAL * 2)} liggen")
    if not 2000 <= jaar_van <= jaar_tot <= 2100:
        raise StuurhuisError("--from en --to: 2000 ≤ van ≤ tot ≤ 2100")
    if out.exists() and not out.is_dir():
        raise StuurhuisError(f"{out} bestaat en is geen map")
    config = SynthConfig(seed=seed, inhabitants=inhabitants, jaar_van=jaar_van, jaar_tot=jaar_tot)
    paths = write_synth(config, out, fmt)
    console.print(
        f"{len(paths)} bestanden geschreven naar {out} (seed {seed}, {getal(inhabitants)} inwoners)"
    )


def write_synth(config: SynthConfig, out: Path, fmt: str = "csv") -> list[Path]:
    """Generate ``config`` into ``out`` with a progress bar; returns the files written."""
    with Progress(
        TextColumn("[bold]synthetische gemeente"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,  # stderr: piped output stays clean
        transient=True,
    ) as bar:
        task = bar.add_task("synth", total=config.units)
        return generate(
            config, out, fmt, progress=lambda done, _total: bar.update(task, completed=done)
        )
