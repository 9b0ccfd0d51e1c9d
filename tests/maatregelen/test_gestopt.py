# SPDX-License-Identifier: EUPL-1.2
"""A stopped measure: what it secured stays, the rest of its plan is written off."""

import polars as pl

from stuurhuis.maatregelen import loads, tabel

PROGRAMMA = """
gemeente: Stopstad
eenheid: euro
maatregelen:
  - id: A
    naam: Loopt
    fase: uitvoeren
    taakstelling: {2025: 100}
    besparing: {2025: 100}
    ingevuld: {besparing: {2025: 40}}
  - id: B
    naam: Gestopt
    fase: gestopt
    taakstelling: {2025: 200}
    besparing: {2025: 200}
    investering: {2025: 50}
    ingevuld: {besparing: {2025: 30}, investering: {2025: 10}}
"""


def _cents(name: str, column: str, maatregel: str) -> int:
    df = tabel(loads(PROGRAMMA), name, per="maatregel")
    row = df.filter(
        (pl.col("indeling") == "maatregel")
        & (pl.col("groep").str.contains(maatregel))
        & (pl.col("periode") == "2025")
    )
    assert row.height == 1, row
    return int(row[column][0])


def test_stopped_measure_is_planned_at_what_it_secured() -> None:
    assert _cents("potentieel", "besparing_cent", "Gestopt") == 30_00
    assert _cents("potentieel", "investering_cent", "Gestopt") == -10_00
    assert _cents("potentieel", "netto_cent", "Gestopt") == 20_00
    # its taakstelling stays, so the gap is 20 - 200 euro
    assert _cents("potentieel", "verschil_taakstelling_cent", "Gestopt") == -180_00
    assert _cents("resterend", "netto_cent", "Gestopt") == 0


def test_running_measure_is_unchanged() -> None:
    assert _cents("potentieel", "netto_cent", "Loopt") == 100_00
    assert _cents("resterend", "netto_cent", "Loopt") == 60_00
