# SPDX-License-Identifier: EUPL-1.2
"""`stuurhuis serve`: the dashboard on 127.0.0.1."""

import socket
from pathlib import Path
from typing import Annotated

import typer

from stuurhuis.cli.app import DbOption, app, console
from stuurhuis.errors import StuurhuisError


@app.command()
def serve(
    db: DbOption = Path("stuurhuis.duckdb"),
    host: Annotated[str, typer.Option(help="Adres om op te luisteren.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Poort.")] = 8000,
) -> None:
    """Start het dashboard (vraagt STUURHUIS_WEB_SECRET; gebruikers: `stuurhuis users`)."""
    from stuurhuis.web.serve import serve as run  # noqa: PLC0415 - keep CLI start-up fast

    if not db.exists():
        raise StuurhuisError(f"warehouse {db} bestaat niet: laad eerst gegevens (stuurhuis ingest)")
    check_port(host, port)
    console.print(f"dashboard op http://{host}:{port} (Ctrl-C om te stoppen)", highlight=False)
    run(db, host=host, port=port)


def check_port(host: str, port: int) -> None:
    """Fail early, with one line, when ``host:port`` cannot be listened on."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise StuurhuisError(
                f"kan niet luisteren op {host}:{port} ({exc.strerror}): kies een andere --port"
            ) from exc
