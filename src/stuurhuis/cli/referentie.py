# SPDX-License-Identifier: EUPL-1.2
"""The CLI reference (``docs/cli.md``), generated from the commands themselves.

Written from the command and parameter objects (Typer's bundled click, read by duck
typing because Typer does not export those classes), not from ``--help`` output, so the
text does not depend on the terminal width. ``make docs`` rewrites the file;
``tests/test_docs.py`` fails when it is out of date.

    uv run python -m stuurhuis.cli.referentie > docs/cli.md
"""

import sys
from collections.abc import Iterator
from typing import Any

import typer

from stuurhuis.cli import app

HEADER = """\
# Command-line reference

Generated from the code by `make docs` (`python -m stuurhuis.cli.referentie`); a test fails
when this page and the commands differ. Every command also answers `--help`. The command
texts are Dutch, as the users see them.
"""


def cli_reference() -> str:
    """The Markdown reference of every command, in alphabetical order."""
    root = typer.main.get_command(app)
    sections = [HEADER]
    for path, command in sorted(_commands(root, ()), key=lambda item: item[0]):
        sections.append(_section(path, command))
    return "\n".join(sections)


def _commands(command: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            if not sub.hidden:
                yield from _commands(sub, (*path, name))
    else:
        yield path, command


def _section(path: tuple[str, ...], command: Any) -> str:
    usage = " ".join(["stuurhuis", *path, *_usage_pieces(command)])
    lines = [f"## `stuurhuis {' '.join(path)}`", "", _first_paragraph(command), ""]
    lines += ["```", usage, "```", ""]
    options = [p for p in command.params if p.param_type_name == "option" and not p.hidden]
    if options:
        lines += ["| option | standaard | betekenis |", "| --- | --- | --- |"]
        lines += [_option_row(option) for option in options]
        lines.append("")
    return "\n".join(lines)


def _usage_pieces(command: Any) -> list[str]:
    pieces = []
    for param in command.params:
        if param.param_type_name == "argument":
            name = (param.name or "arg").upper()
            pieces.append(f"{name}..." if param.nargs == -1 else name)
    return ["[OPTIES]", *pieces]


def _first_paragraph(command: Any) -> str:
    text = (command.help or "").strip()
    return text.split("\n\n", 1)[0].replace("\n", " ") if text else ""


def _option_row(option: Any) -> str:
    names = ", ".join(f"`{name}`" for name in [*option.opts, *option.secondary_opts])
    if option.envvar:
        names += f" (env `{option.envvar}`)"
    return f"| {names} | {_default(option)} | {_cell(option.help or '')} |"


def _default(option: Any) -> str:
    if option.is_flag and option.secondary_opts:
        return f"`{option.opts[0] if option.default else option.secondary_opts[0]}`"
    if option.is_flag and not option.default:
        return ""
    if option.required:
        return "verplicht"
    default = option.default
    if default is None or callable(default) or default in ((), ""):
        return ""
    if isinstance(default, list | tuple):
        default = ",".join(str(item) for item in default)
    return f"`{default}`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


if __name__ == "__main__":
    sys.stdout.write(cli_reference())
