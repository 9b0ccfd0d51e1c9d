# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis ingest``: per-file counts, file-level refusals, idempotency, clean stdout."""

import csv
import io
from pathlib import Path

import pytest

from .bron import BSN, claim, write_claims, write_csv, write_world
from .cli import invoke, run, table_fingerprint


def counts(stdout: str) -> dict[str, dict[str, str]]:
    return {row["bestand"]: row for row in csv.DictReader(io.StringIO(stdout))}


def test_ingest_prints_read_loaded_quarantined_per_file_and_they_add_up(
    world: Path, warehouse_file: Path
) -> None:
    write_claims(world / "declaraties.csv", [claim("R1"), claim("R1"), claim("R2", begin="x")])
    code, stdout, _ = invoke("ingest", "--db", str(warehouse_file), "--format", "csv", str(world))
    assert code == 0
    rows = counts(stdout)  # stdout is clean CSV: the progress bar went to stderr
    assert set(rows) == {
        "aanbieders.csv", "producten.csv", "personen.csv", "toewijzingen.csv", "declaraties.csv"
    }  # fmt: skip
    for row in rows.values():
        assert int(row["aantal_gelezen"]) == int(row["aantal_geladen"]) + int(
            row["aantal_quarantaine"]
        )
    claims = rows["declaraties.csv"]
    assert (claims["aantal_gelezen"], claims["aantal_geladen"], claims["aantal_quarantaine"]) == (
        "3", "1", "2"
    )  # fmt: skip
    assert rows["personen.csv"]["aantal_geladen"] == "3"


def test_loading_the_same_files_again_changes_nothing(world: Path, warehouse_file: Path) -> None:
    write_claims(world / "declaraties.csv", [claim("R1"), claim("R2", bsn="123")])
    assert invoke("ingest", "--db", str(warehouse_file), str(world))[0] == 0
    before = table_fingerprint(warehouse_file)
    assert before["declaratie"][0] == 1
    assert before["quarantaine"][0] == 1
    # the same content under another name is the same delivery
    (world / "kopie-declaraties.csv").write_bytes((world / "declaraties.csv").read_bytes())
    code, stdout, _ = invoke("ingest", "--db", str(warehouse_file), "-f", "csv", str(world))
    assert code == 0
    assert {row["status"] for row in counts(stdout).values()} == {"al geladen"}
    assert table_fingerprint(warehouse_file) == before


def test_a_newer_delivery_replaces_rows_on_their_key(world: Path, warehouse_file: Path) -> None:
    write_claims(world / "declaraties.csv", [claim("R1"), claim("R2")])
    invoke("ingest", "--db", str(warehouse_file), str(world))
    write_claims(world / "declaraties.csv", [claim("R2", bedrag="250,00"), claim("R3")])
    invoke("ingest", "--db", str(warehouse_file), str(world / "declaraties.csv"))
    import duckdb  # noqa: PLC0415

    con = duckdb.connect(str(warehouse_file), read_only=True)
    rows = con.execute("SELECT referentie_nummer, bedrag_cent FROM declaratie ORDER BY 1")
    assert rows.fetchall() == [("R1", 30000), ("R2", 25000), ("R3", 30000)]
    con.close()


def test_the_claim_key_stays_unique_without_a_primary_key(
    world: Path, warehouse_file: Path
) -> None:
    """declaratie has no ART index: the loader alone keeps referentie_nummer unique."""
    write_claims(world / "declaraties.csv", [claim("R1"), claim("R2")])
    invoke("ingest", "--db", str(warehouse_file), str(world))
    write_claims(
        world / "declaraties.csv",
        [claim("R2", bedrag="250,00"), claim("R2", bedrag="260,00"), claim("R3")],
    )
    code, stdout, _ = invoke(
        "ingest", "--db", str(warehouse_file), "--format", "csv", str(world / "declaraties.csv")
    )
    assert code == 0
    assert counts(stdout)["declaraties.csv"]["aantal_quarantaine"] == "1"
    import duckdb  # noqa: PLC0415

    con = duckdb.connect(str(warehouse_file), read_only=True)
    rows = con.execute(
        "SELECT referentie_nummer, count(*), min(bedrag_cent) FROM declaratie GROUP BY 1 ORDER BY 1"
    ).fetchall()
    con.close()
    assert rows == [("R1", 1, 30000), ("R2", 1, 25000), ("R3", 1, 30000)]


REFUSALS = {
    "onleesbaar": (b"agb_code;naam\r\n98000001;\x81\x8d\x8f\x90\x9d\r\n", "onleesbaar bestand"),
    "onbekende soort": (b"kolom_a;kolom_b;kolom_c\r\n1;2;3\r\n", "onbekende bestandssoort"),
    "verplichte kolom": (
        b"uitkering_id;bsn;regeling;begindatum\r\nU1;999990007;bijstand;01-01-2024\r\n",
        "verplichte kolom 'bedrag_per_maand' ontbreekt",
    ),
    "onbekende kolom": (b"agb_code;naam;telefoon\r\n98000001;Een;0570\r\n", "onbekende kolom"),
    "leeg": (b"", "leeg bestand"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_a_bad_file_is_refused_in_one_line_and_the_others_still_load(
    case: str, world: Path, warehouse_file: Path
) -> None:
    content, message = REFUSALS[case]
    (world / "slecht.csv").write_bytes(content)
    code, stdout, stderr = invoke("ingest", "--db", str(warehouse_file), "-f", "csv", str(world))
    assert code == 1
    refused = [line for line in stderr.splitlines() if line.startswith("geweigerd:")]
    assert len(refused) == 1
    assert refused[0].startswith("geweigerd: slecht.csv: ")
    assert message in refused[0]
    assert "Traceback" not in stderr
    rows = counts(stdout)
    assert rows["slecht.csv"]["status"] == "geweigerd"
    assert rows["personen.csv"]["status"] == "geladen"


def test_the_real_command_refuses_without_a_traceback(tmp_path: Path) -> None:
    """Through ``main`` (a subprocess): a missing path and a refused file, one line each."""
    folder = tmp_path / "bron"
    write_world(folder)
    (folder / "slecht.csv").write_bytes(REFUSALS["onbekende soort"][0])
    db = tmp_path / "w.duckdb"
    missing = run("ingest", "--db", str(db), str(tmp_path / "bestaat-niet"))
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0
    assert "bestaat niet" in missing.stderr
    assert "Traceback" not in missing.stderr + missing.stdout
    refused = run("ingest", "--db", str(db), str(folder))
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr + refused.stdout
    assert [line for line in refused.stderr.splitlines() if "geweigerd" in line] == [
        "geweigerd: slecht.csv: onbekende bestandssoort (kopregel begint met kolom_a, kolom_b, "
        "kolom_c)"
    ]
    for bsn in BSN:
        assert bsn not in refused.stdout + refused.stderr


def test_status_on_a_missing_warehouse_is_one_line(tmp_path: Path) -> None:
    result = run("status", "--db", str(tmp_path / "nergens.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"fout: warehouse {tmp_path / 'nergens.duckdb'} bestaat niet: lees eerst bestanden in"
    )


def test_write_csv_helper_round_trips(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["a", "b"], [["1", "x;y"]])
    assert path.read_bytes() == b'a;b\r\n1;"x;y"\r\n'


def test_synth_progress_goes_to_stderr(tmp_path: Path) -> None:
    result = run(
        "synth", "--out", str(tmp_path / "g"), "--inhabitants", "2000", "--from", "2025",
        "--to", "2025",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = len(list((tmp_path / "g").rglob("*.*")))
    assert "━" not in result.stdout  # no bar on stdout
    assert " ".join(result.stdout.split()) == (
        f"{files} bestanden geschreven naar {tmp_path / 'g'} (seed 1, 2.000 inwoners)"
    )
