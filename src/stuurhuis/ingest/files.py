# SPDX-License-Identifier: EUPL-1.2
"""Which files a command line names: folders expanded, skipped files reported."""

from dataclasses import dataclass, field
from pathlib import Path

from stuurhuis.ingest.errors import IngestError

SUFFIXES = (".csv", ".txt", ".xlsx", ".xml", ".zip")


@dataclass
class FileSelection:
    """Files to load (in command-line and then name order) and skipped ones with why."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def select_files(paths: list[Path]) -> FileSelection:
    """Expand folders: take ``SUFFIXES``, skip folders starting with ``_`` or ``.``.

    A file named explicitly is always taken (its content decides its kind). A path that
    does not exist is a file-level error.
    """
    selection = FileSelection()
    for path in paths:
        if path.is_dir():
            _walk(path, selection)
        elif path.is_file():
            selection.files.append(path)
        else:
            raise IngestError(f"{path}: bestand of map bestaat niet")
    return selection


def _walk(folder: Path, selection: FileSelection) -> None:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        hidden = [part for part in relative.parts[:-1] if part.startswith(("_", "."))]
        if hidden:
            if path.is_file():
                selection.skipped.append((path, f"in overgeslagen map {hidden[0]}"))
            continue
        if not path.is_file():
            continue
        if path.name.startswith("."):
            selection.skipped.append((path, "verborgen bestand"))
        elif path.suffix.lower() in SUFFIXES:
            selection.files.append(path)
        else:
            selection.skipped.append((path, f"extensie {path.suffix or '(geen)'} niet ondersteund"))
