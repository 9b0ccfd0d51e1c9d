# SPDX-License-Identifier: EUPL-1.2
"""Every file synth writes has exactly the columns of the contract in docs/sources.md."""

import re
from pathlib import Path

import pytest

from stuurhuis.synth.records import CONTRACT
from tests.conftest import REPO

ENCODINGS = {"aanbieders.csv": "cp1252", "producten.csv": "cp1252", "personen.csv": "utf-8-sig"}


def documented_columns() -> dict[str, list[str]]:
    """kind -> columns, parsed from the tables and inline lists of docs/sources.md."""
    text = (REPO / "docs" / "sources.md").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for section in re.split(r"^### ", text, flags=re.M)[1:]:
        kind = re.match(r"`(\w+)`", section)
        assert kind is not None
        cells = re.findall(r"^\| (`[^|]+) \|", section, flags=re.M)
        if cells:
            columns = [c for cell in cells for c in re.findall(r"`(\w+)`", cell)]
        else:
            paragraph = section.split("\n", 1)[1].split("\n\n")[0]
            columns = re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", paragraph))
        out[kind.group(1)] = columns
    return out


def test_contract_matches_docs() -> None:
    docs = documented_columns()
    for kind, (_, columns) in CONTRACT.items():
        assert list(columns) == docs[kind], kind


@pytest.mark.parametrize("kind", sorted(CONTRACT))
def test_file_header_is_the_contract(deventer: Path, kind: str) -> None:
    name, columns = CONTRACT[kind]
    raw = (deventer / name).read_bytes()
    header = raw.split(b"\n", 1)[0].decode(ENCODINGS.get(name, "utf-8"))
    separator = "," if name == "uitkeringen.csv" else ";"
    assert header.split(separator) == list(columns)


def test_cp1252_file_with_non_ascii_name(deventer: Path) -> None:
    raw = (deventer / "aanbieders.csv").read_bytes()
    assert "Zorggroep Één".encode("cp1252") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_personen_has_bom(deventer: Path) -> None:
    assert (deventer / "personen.csv").read_bytes().startswith(b"\xef\xbb\xbf")
