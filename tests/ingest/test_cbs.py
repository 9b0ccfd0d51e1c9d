# SPDX-License-Identifier: EUPL-1.2
"""The real CBS *Kerncijfers wijken en buurten* export of Almere (8 editions, 2018-2025).

Every expected value below was read from the file by hand (the line of the gebied and
edition, the column named); see the comments.
"""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.warehouse import connect

CBS_FILE = "reference/cbs/kerncijfers_wijken_buurten_almere_2018_2025.csv"


@pytest.fixture(scope="module")
def almere(shared_dir: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(":memory:")
    report = ingest_paths(con, [shared_dir / CBS_FILE], Pseudonymiser(bytes(range(32))))
    [result] = report.results
    assert result.status == "geladen", result.melding
    assert result.gelezen == result.geladen + result.quarantaine
    yield con
    con.close()


def test_gebieden_with_unpadded_codes_and_parents(almere: duckdb.DuckDBPyConnection) -> None:
    # 1,536 data lines hold 363 distinct WijkenEnBuurten codes (padded to 10 characters).
    assert almere.execute("SELECT count(*) FROM gebied").fetchone() == (363,)
    assert almere.execute(
        "SELECT count(*) FROM gebied WHERE gebied_code <> trim(gebied_code)"
    ).fetchone() == (0,)
    rows = almere.execute(
        "SELECT gebied_code, soort, naam, ouder_code, jaar_van, jaar_tot FROM gebied "
        "WHERE gebied_code IN ('GM0034', 'WK003401', 'BU00340101') ORDER BY soort"
    ).fetchall()
    assert rows == [
        ("BU00340101", "buurt", "BU00340101", "WK003401", 2018, 2025),
        ("GM0034", "gemeente", "Almere", None, 2018, 2025),
        ("WK003401", "wijk", "WK003401", "GM0034", 2018, 2025),
    ]
    soorten = almere.execute(
        "SELECT soort, count(*) FROM gebied GROUP BY soort ORDER BY soort"
    ).fetchall()
    assert dict(soorten)["gemeente"] == 1


@pytest.mark.parametrize(
    ("jaar", "code", "expected"),
    [
        # 1-1-2025 GM0034: k_0Tot15Jaar_8 … k_65JaarOfOuder_12, Mannen_6, Vrouwen_7
        (2025, "GM0034", [41399, 28014, 67600, 60051, 32510, 113738, 115836]),
        # 1-1-2018 GM0034
        (2018, "GM0034", [38921, 26492, 56407, 60104, 22066, 101181, 102809]),
        # 1-1-2022 WK003401 (the wijk was redrawn in 2022: 23,530 inhabitants in 2021)
        (2022, "WK003401", [175, 150, 410, 305, 585, 770, 865]),
        # 1-1-2021 BU00340101
        (2021, "BU00340101", [155, 150, 400, 315, 565, 740, 845]),
    ],
)
def test_inhabitants_by_age_band_and_sex(
    almere: duckdb.DuckDBPyConnection, jaar: int, code: str, expected: list[int]
) -> None:
    rows = almere.execute(
        "SELECT leeftijd_van, leeftijd_tot, geslacht, aantal_inwoners FROM bevolking "
        "WHERE jaar = ? AND gebied_code = ?",
        [jaar, code],
    ).fetchall()
    got = {(row[0], row[1], row[2]): row[3] for row in rows}
    keys = [
        (0, 14, "totaal"), (15, 24, "totaal"), (25, 44, "totaal"), (45, 64, "totaal"),
        (65, 999, "totaal"), (0, 999, "man"), (0, 999, "vrouw"),
    ]  # fmt: skip
    assert got == dict(zip(keys, expected, strict=True))


def test_households_from_either_edition_column(almere: duckdb.DuckDBPyConnection) -> None:
    # HuishoudensTotaal_29 holds 2023-2025, HuishoudensTotaal_28 holds 2018-2022.
    rows = almere.execute(
        "SELECT jaar, aantal_huishoudens FROM huishoudens WHERE gebied_code = 'GM0034' "
        "ORDER BY jaar"
    ).fetchall()
    assert rows == [
        (2018, 85489), (2019, 87390), (2020, 89319), (2021, 90426), (2022, 92438),
        (2023, 94739), (2024, 96667), (2025, 98394),
    ]  # fmt: skip
    buurt = almere.execute(
        "SELECT jaar, aantal_huishoudens FROM huishoudens WHERE gebied_code = 'BU00340101' "
        "AND jaar IN (2018, 2022, 2025) ORDER BY jaar"
    ).fetchall()
    assert buurt == [(2018, 900), (2022, 330), (2025, 380)]


def test_columns_are_matched_by_prefix_and_dot_is_missing(
    almere: duckdb.DuckDBPyConnection,
) -> None:
    # The WmoClienten column has suffix 86 in 2018, 89 in 2019-2022, 98 in 2023 and 93 in
    # 2024; no edition column is filled in 2025.
    rows = almere.execute(
        "SELECT jaar, waarde FROM cbs_kerncijfer WHERE gebied_code = 'GM0034' "
        "AND kenmerk = 'WmoClienten' ORDER BY jaar"
    ).fetchall()
    assert rows[:6] == [
        (2018, 10820.0), (2019, 11440.0), (2020, 11980.0), (2021, 12045.0),
        (2022, 11940.0), (2023, 9375.0),
    ]  # fmt: skip
    assert rows[6] == (2024, 9515.0)
    assert rows[7:] in ([], [(2025, None)])
    # MeestVoorkomendePostcode is "." for GM0034 in 2025: never a number in the warehouse
    assert almere.execute(
        "SELECT count(*) FROM cbs_kerncijfer WHERE waarde IS NOT NULL AND isnan(waarde)"
    ).fetchone() == (0,)
