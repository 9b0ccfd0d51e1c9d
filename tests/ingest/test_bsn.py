# SPDX-License-Identifier: EUPL-1.2
"""No BSN survives the ingest: not in the warehouse file, its quarantine, nor the output.

The synthetic municipality (with its dirty rows: invalid BSNs among them) is ingested by
the real command; then every BSN of the input is looked for in the warehouse bytes, in
every text column of every table, and in what the commands printed.
"""

import csv
import hashlib
import hmac
import re
import stat
from pathlib import Path

import duckdb
import pytest

from stuurhuis.ingest.csv_reader import detect_delimiter

from .bron import BSN, write_world
from .cli import run

pytestmark = pytest.mark.slow
# A BSN as a token: nine digits not inside a longer code (claim numbers such as
# R0150W000010303 contain a reserved-range BSN as a substring, which is not a leak).
NINE_DIGITS = re.compile(rb"(?<![0-9A-Za-z])\d{9}(?![0-9A-Za-z])")
BSN_FILES = ("personen.csv", "toewijzingen.csv", "declaraties.csv", "uitkeringen.csv")


def input_bsns(folder: Path) -> set[str]:
    """Every value of every ``bsn`` column of the input, valid or not."""
    found: set[str] = set()
    for name in BSN_FILES:
        raw = (folder / name).read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        lines = text.splitlines()
        reader = csv.DictReader(lines, delimiter=detect_delimiter(lines[0]))
        found.update(row["bsn"].strip() for row in reader if row["bsn"] and row["bsn"].strip())
    return found


def leaked(bsns: set[str], content: bytes | str) -> set[str]:
    """The BSNs of ``bsns`` that occur in ``content`` as a nine-digit token."""
    data = content.encode() if isinstance(content, str) else content
    return {match.decode() for match in NINE_DIGITS.findall(data)} & bsns


def text_values(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every distinct value of every text column of every table in the warehouse."""
    columns = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "JOIN information_schema.tables USING (table_schema, table_name) "
        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND data_type = 'VARCHAR'"
    ).fetchall()
    values: set[str] = set()
    for table, column in columns:
        rows = con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall()
        values.update(str(row[0]) for row in rows if row[0] is not None)
    return values


@pytest.fixture(scope="module")
def ingested(synth_gemeente: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("bsn_grep")
    db = base / "warehouse" / "stuurhuis.duckdb"
    db.parent.mkdir()
    key_file = base / "sleutel" / "pseudoniem.key"
    env = {"STUURHUIS_KEY_FILE": str(key_file)}
    ingest = run("ingest", "--db", str(db), str(synth_gemeente), env=env)
    assert ingest.returncode == 0, ingest.stderr
    status = run("status", "--db", str(db), env=env)
    assert status.returncode == 0, status.stderr
    return {
        "db": db,
        "key_file": key_file,
        "output": ingest.stdout + ingest.stderr + status.stdout + status.stderr,
    }


def test_the_token_search_finds_a_bsn() -> None:
    assert leaked({"999990007"}, b"x;999990007;y") == {"999990007"}
    assert leaked({"000010303"}, b"R0150W000010303;W015000010303") == set()


def test_no_input_bsn_is_in_the_warehouse_its_quarantine_or_the_output(
    synth_gemeente: Path, ingested: dict[str, object]
) -> None:
    bsns = input_bsns(synth_gemeente)
    assert len(bsns) > 40_000  # every person, plus the invalid ones of the dirty rows
    db = ingested["db"]
    assert isinstance(db, Path)
    con = duckdb.connect(str(db), read_only=True)
    try:
        quarantined = con.execute("SELECT ruwe_regel FROM quarantaine").fetchall()
        assert any("bsn=*********" in row[0] for row in quarantined)
        assert con.execute(
            "SELECT count(*) FROM quarantaine WHERE reden LIKE 'ongeldig BSN%'"
        ).fetchone() > (0,)
        values = text_values(con)
    finally:
        con.close()
    assert not bsns & values
    assert not leaked(bsns, "\n".join(row[0] for row in quarantined))

    files = [path for path in db.parent.iterdir() if path.is_file()]
    for path in files:  # the warehouse and any WAL next to it
        assert not leaked(bsns, path.read_bytes()), path.name

    output = ingested["output"]
    assert isinstance(output, str)
    assert "declaraties.csv" in output
    assert not leaked(bsns, output)


def test_the_key_file_is_created_private_outside_the_warehouse(
    ingested: dict[str, object],
) -> None:
    key_file, db = ingested["key_file"], ingested["db"]
    assert isinstance(key_file, Path)
    assert isinstance(db, Path)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.parent != db.parent
    key = key_file.read_text(encoding="ascii").strip()
    assert len(bytes.fromhex(key)) == 32
    assert key.encode() not in db.read_bytes()


def test_a_key_from_the_environment_is_used_and_no_key_file_is_made(tmp_path: Path) -> None:
    world = write_world(tmp_path / "wereld")[0].parent
    db = tmp_path / "w.duckdb"
    key = "ab" * 32
    key_file = tmp_path / "sleutel.key"
    result = run(
        "ingest", "--db", str(db), str(world),
        env={"STUURHUIS_PSEUDONYM_KEY": key, "STUURHUIS_KEY_FILE": str(key_file)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not key_file.exists()
    expected = hmac.new(bytes.fromhex(key), f"bsn:{BSN[0]}".encode(), hashlib.sha256)
    con = duckdb.connect(str(db), read_only=True)
    ids = {row[0] for row in con.execute("SELECT persoon_id FROM persoon").fetchall()}
    con.close()
    assert expected.hexdigest()[:24] in ids
    assert len(ids) == 3
