# SPDX-License-Identifier: EUPL-1.2
"""Row-level outcomes: quarantined (cannot be interpreted) versus loaded and flagged."""

from pathlib import Path

import duckdb

from stuurhuis.ingest import ingest_paths
from stuurhuis.ingest.loader import FileResult
from stuurhuis.privacy import Pseudonymiser

from .bron import BAD_BSN, BSN, claim, write_claims


def load(con: duckdb.DuckDBPyConnection, path: Path, pseudonymiser: Pseudonymiser) -> FileResult:
    report = ingest_paths(con, [path], pseudonymiser)
    [result] = report.results
    return result


def quarantaine(con: duckdb.DuckDBPyConnection) -> dict[int, tuple[str, str, str, int | None]]:
    rows = con.execute(
        "SELECT regel, bestand, reden, ruwe_regel, bedrag_cent FROM quarantaine ORDER BY regel"
    ).fetchall()
    return {int(row[0]): (row[1], row[2], row[3], row[4]) for row in rows}


def test_each_defect_lands_in_quarantine_with_line_reason_and_masked_row(
    loaded: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    path = write_claims(
        tmp_path / "declaraties.csv",
        [
            claim("R1"),  # line 2: good
            claim("R2", bsn=BAD_BSN),  # 3
            claim("R3", begin="30-02-2024"),  # 4
            claim("R4", begin="15-03-2024", eind="14-03-2024"),  # 5
            claim("R5", bedrag="twaalf euro"),  # 6
            claim("R1", bedrag="12,50"),  # 7: duplicate of line 2
            claim("R6", bedrag="1.234,56"),  # 8: good
        ],
    )
    result = load(loaded, path, pseudonymiser)
    assert (result.gelezen, result.geladen, result.quarantaine) == (7, 2, 5)

    rows = quarantaine(loaded)
    assert sorted(rows) == [3, 4, 5, 6, 7]
    assert {row[0] for row in rows.values()} == {"declaraties.csv"}
    assert rows[3][1] == "ongeldig BSN (elfproef) in bsn"
    assert rows[4][1] == "onmogelijke datum in begindatum: 30-02-2024"
    assert rows[5][1] == "einddatum ligt voor begindatum"
    assert rows[6][1] == "bedrag is geen getal in ingediend_bedrag: twaalf euro"
    assert rows[7][1] == ("dubbele sleutel (referentie_nummer) in dit bestand, eerste op regel 2")
    # the amount at stake, in cents, where the row had a readable one
    assert [rows[line][3] for line in (3, 4, 5, 6, 7)] == [30000, 30000, 30000, None, 1250]
    for _, _, raw, _ in rows.values():
        assert "bsn=*********" in raw
        assert BAD_BSN not in raw
        assert BSN[0] not in raw
    assert "referentie_nummer=R5" in rows[6][2]
    assert "ingediend_bedrag=twaalf euro" in rows[6][2]

    loaded_rows = loaded.execute(
        "SELECT referentie_nummer, bedrag_cent FROM declaratie ORDER BY 1"
    ).fetchall()
    assert loaded_rows == [("R1", 30000), ("R6", 123456)]


def test_a_person_with_an_invalid_bsn_is_quarantined_masked(
    warehouse: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    from .bron import write_csv  # noqa: PLC0415

    path = write_csv(
        tmp_path / "personen.csv",
        ["bsn", "huishouden_nummer", "geboortedatum", "geslacht", "wijk_code"],
        [
            [BAD_BSN, "H9", "01-01-1990", "man", "WK015001"],
            [BSN[0], "H9", "01-01-1990", "man", "WK015001"],
        ],
    )
    result = load(warehouse, path, pseudonymiser)
    assert (result.gelezen, result.geladen, result.quarantaine) == (2, 1, 1)
    [(bestand, reden, raw, bedrag)] = quarantaine(warehouse).values()
    assert (bestand, reden, bedrag) == ("personen.csv", "ongeldig BSN (elfproef) in bsn", None)
    assert raw.startswith("bsn=*********; huishouden_nummer=*********; geboortedatum=01-01-1990")


def test_flagged_claims_are_loaded_and_count_in_the_totals(
    loaded: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    path = write_claims(
        tmp_path / "declaraties.csv",
        [
            claim("R1"),  # 5 of 10 hours in March: fine
            # unknown product code (April: the months do not add up on T1)
            claim("R2", product="02X99", begin="01-04-2024", eind="30-04-2024"),
            claim("R3", toewijzing="T404"),  # no such allocation
            # T1 belongs to another client
            claim("R4", bsn=BSN[1], begin="01-06-2024", eind="30-06-2024"),
            # 15 hours in May on an allocation of 10 a month
            claim("R5", begin="01-05-2024", eind="31-05-2024", volume="15", bedrag="900,00"),
        ],
    )
    result = load(loaded, path, pseudonymiser)
    assert (result.gelezen, result.geladen, result.quarantaine) == (5, 5, 0)
    assert result.gemarkeerd == 4
    flags = loaded.execute(
        "SELECT referentie_nummer, is_onbekend_product, is_zonder_toewijzing, is_boven_volume "
        "FROM declaratie_controle ORDER BY 1"
    ).fetchall()
    assert flags == [
        ("R1", False, False, False),
        ("R2", True, False, False),
        ("R3", False, True, False),
        ("R4", False, True, False),
        ("R5", False, False, True),
    ]
    total = loaded.execute("SELECT sum(bedrag_cent) FROM declaratie").fetchone()
    assert total == (4 * 30000 + 90000,)


def test_a_credit_line_is_stored_negative(
    loaded: duckdb.DuckDBPyConnection, pseudonymiser: Pseudonymiser, tmp_path: Path
) -> None:
    path = write_claims(tmp_path / "declaraties.csv", [claim("R1"), claim("R1C", debet_credit="C")])
    load(loaded, path, pseudonymiser)
    assert loaded.execute("SELECT sum(bedrag_cent) FROM declaratie").fetchone() == (0,)
