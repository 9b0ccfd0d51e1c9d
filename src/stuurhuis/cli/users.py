# SPDX-License-Identifier: EUPL-1.2
"""`stuurhuis users add|list|remove|password|wijken`: the dashboard's users and roles."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from stuurhuis.cli.app import DbOption, FormatOption, OutOption, app, check_format, console
from stuurhuis.export import write_table
from stuurhuis.warehouse import connect
from stuurhuis.web.auth import ROLES, add_user, list_users, remove_user, set_password, set_wijken

DEFAULT_DB = Path("stuurhuis.duckdb")
users_app = typer.Typer(
    help="Gebruikers en rollen van het dashboard beheren.", no_args_is_help=True
)
app.add_typer(users_app, name="users")

WijkOption = Annotated[
    list[str] | None,
    typer.Option("--wijk", "-w", help="Wijkcode (WK…) van een regisseur; herhaal voor meer."),
]
StdinOption = Annotated[
    bool,
    typer.Option(
        "--wachtwoord-stdin",
        help="Lees het wachtwoord van standaardinvoer in plaats van een willekeurig te maken.",
    ),
]


@users_app.command("add")
def add(
    naam: Annotated[str, typer.Argument(help="Gebruikersnaam (kleine letters).")],
    rol: Annotated[str, typer.Option("--rol", "-r", help=f"Rol: {', '.join(ROLES)}.")],
    db: DbOption = DEFAULT_DB,
    wijk: WijkOption = None,
    wachtwoord_stdin: StdinOption = False,
) -> None:
    """Voeg een gebruiker toe; het (willekeurige) wachtwoord wordt één keer getoond."""
    con = connect(db)
    given = sys.stdin.readline().rstrip("\n") if wachtwoord_stdin else None
    password = add_user(con, naam, rol, wijken=wijk or [], password=given)
    console.print(f"gebruiker [bold]{naam}[/] ({rol}) toegevoegd", highlight=False)
    if given is None:
        console.print(f"wachtwoord: {password}", highlight=False, soft_wrap=True)


@users_app.command("list")
def list_(db: DbOption = DEFAULT_DB, fmt: FormatOption = "table", out: OutOption = None) -> None:
    """Toon alle gebruikers met rol en wijken (nooit wachtwoorden)."""
    write_table(list_users(connect(db)), check_format(fmt), out, title="Gebruikers")


@users_app.command("remove")
def remove(naam: str, db: DbOption = DEFAULT_DB) -> None:
    """Verwijder een gebruiker; lopende sessies werken direct niet meer."""
    remove_user(connect(db), naam)
    console.print(f"gebruiker {naam} verwijderd", highlight=False)


@users_app.command("password")
def password(
    naam: str,
    db: DbOption = DEFAULT_DB,
    wachtwoord_stdin: StdinOption = False,
) -> None:
    """Geef een gebruiker een nieuw wachtwoord (willekeurig, tenzij van standaardinvoer)."""
    given = sys.stdin.readline().rstrip("\n") if wachtwoord_stdin else None
    new = set_password(connect(db), naam, given)
    console.print(f"nieuw wachtwoord voor {naam} ingesteld", highlight=False)
    if given is None:
        console.print(f"wachtwoord: {new}", highlight=False, soft_wrap=True)


@users_app.command("wijken")
def wijken(
    naam: str,
    codes: Annotated[list[str], typer.Argument(help="Wijkcodes (WK…).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Vervang de wijken van een regisseur."""
    set_wijken(connect(db), naam, codes)
    console.print(f"wijken van {naam}: {', '.join(sorted(codes))}", highlight=False)
