# SPDX-License-Identifier: EUPL-1.2
"""The Typer application and the options every command shares."""

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from stuurhuis.errors import StuurhuisError
from stuurhuis.export import FORMATS, Format

app = typer.Typer(
    name="stuurhuis",
    help="Stuurhuis: grip op het sociaal domein (Wmo, Jeugdwet, Participatiewet).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)

console = Console()
err_console = Console(stderr=True, soft_wrap=True)  # one-line messages stay one line

DbOption = Annotated[
    Path,
    typer.Option("--db", help="Warehouse-bestand (DuckDB).", envvar="STUURHUIS_DB"),
]
FormatOption = Annotated[
    str,
    typer.Option("--format", "-f", help=f"Uitvoerformaat: {', '.join(FORMATS)}."),
]
OutOption = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Schrijf naar dit bestand in plaats van het scherm."),
]


def check_format(value: str, allowed: tuple[str, ...] = FORMATS) -> Format:
    """The format as a typed literal, or a one-line error naming the choices."""
    if value not in allowed:
        raise StuurhuisError(f"onbekend formaat {value!r}: kies uit {', '.join(allowed)}")
    return value  # type: ignore[return-value]


def main() -> None:
    """Entry point: run the app; user errors become one line and exit code 2."""
    try:
        app()
    except StuurhuisError as exc:
        err_console.print(f"[bold red]fout:[/] {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("afgebroken")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("STUURHUIS_DEBUG"):
            raise
        err_console.print(
            f"[bold red]interne fout:[/] {type(exc).__name__}. "
            "Zet STUURHUIS_DEBUG=1 voor details en meld dit als fout.",
            highlight=False,
        )
        sys.exit(70)
