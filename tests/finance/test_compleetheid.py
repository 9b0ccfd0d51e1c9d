# SPDX-License-Identifier: EUPL-1.2
"""The share of a period's expected claims already in, on the synthetic municipality."""

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from stuurhuis.finance import declaraties_binnen, onvolledige_periodes
from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.periode import containing, parse_periode


@pytest.fixture(scope="module")
def con(synth_warehouse: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(synth_warehouse), read_only=True)


def test_the_newest_periods_are_incomplete_and_old_ones_complete(
    con: duckdb.DuckDBPyConnection,
) -> None:
    peildatum = standaard_peildatum(con)
    laatste = containing(peildatum, "kwartaal")
    vorige = containing(laatste.start - timedelta(days=1), "kwartaal")
    oud = containing(peildatum.replace(year=peildatum.year - 2), "kwartaal")
    nu, ervoor, toen = (declaraties_binnen(con, p, peildatum) for p in (laatste, vorige, oud))
    assert nu is not None and ervoor is not None and toen is not None
    # claims arrive 0-6+ months late: the last quarter is clearly short, two years back not
    assert 0.3 < nu < 0.95
    assert nu < ervoor <= toen
    assert toen > 0.99


def test_a_month_is_less_complete_than_its_quarter(con: duckdb.DuckDBPyConnection) -> None:
    peildatum = standaard_peildatum(con)
    maand = declaraties_binnen(con, containing(peildatum, "maand"), peildatum)
    kwartaal = declaraties_binnen(con, containing(peildatum, "kwartaal"), peildatum)
    assert maand is not None and kwartaal is not None and maand < kwartaal


def test_a_period_after_the_peildatum_has_no_share(con: duckdb.DuckDBPyConnection) -> None:
    peildatum = standaard_peildatum(con)
    later = parse_periode(str(peildatum.year + 1))
    assert declaraties_binnen(con, later, peildatum) is None


def test_the_incomplete_periods_of_a_series_are_the_newest(
    con: duckdb.DuckDBPyConnection,
) -> None:
    peildatum = standaard_peildatum(con)
    kwartalen = [containing(peildatum, "kwartaal")]
    while len(kwartalen) < 8:
        kwartalen.append(containing(kwartalen[-1].start - timedelta(days=1), "kwartaal"))
    per_stuk = {p.code: declaraties_binnen(con, p, peildatum) for p in kwartalen}
    lopend = onvolledige_periodes(con, kwartalen, peildatum)
    assert lopend == {code for code, deel in per_stuk.items() if deel is not None and deel < 0.98}
    assert kwartalen[0].code in lopend and kwartalen[-1].code not in lopend
