# SPDX-License-Identifier: EUPL-1.2
"""Every indicator on the hand-made municipality of ``mini_gemeente.sql``, worked out by hand.

Year 2024 (1 Jan - 31 Dec). Arrangements active in 2024: T1 (P1, open), T2 (P1, 1 Mar),
T3 (P2, Feb-Jul, PGB), T4 (P3, 15 Jan-30 Jun), T5 (P3, from 1 Apr, cat 48), T6 (P6, Sep
2023-29 Feb, cat 47), T8 (P7, from 1 May). T7 (P7) ended 31 Oct 2023 and is not active.
"""

import duckdb
import polars as pl
import pytest

from stuurhuis.errors import StuurhuisError
from stuurhuis.indicators import catalogue, compute
from stuurhuis.periode import parse_periode

JAAR = [parse_periode("2024")]

# (waarde, teller, noemer) per indicator for 2024, gemeente level
EXPECTED_2024: dict[str, tuple[float | None, int, int | None]] = {
    # wmo persons P1, P2, P7 = 3 per 10,000 of 10,000 inhabitants
    "wmo_clienten_per_10000": (3.0, 3, 10000),
    # P3 (13 on 1 Jan) with cat 45; T5 is cat 48 and T6 is cat 47: 1 of 2,000
    "jeugdhulp_pct": (0.05, 1, 2000),
    # P3 with cat 48
    "jeugdbescherming_pct": (0.05, 1, 2000),
    # P6 (18 on 1 Jan) with cat 47, of 1,200 inhabitants 12-22
    "jeugdreclassering_pct": (100 / 1200, 1, 1200),
    # peildatum 31 Dec: U1 (P5) runs, U3 (P6) ended 31 Mar
    "bijstand_per_10000": (1.25, 1, 8000),
    # U2 runs until 31 Dec inclusive
    "reintegratie_per_10000": (10000 / 6000, 1, 6000),
    # household H3 has bijstand (P5); children P3 (14) and P4 (9) on 31 Dec
    "kinderen_uitkeringshuishouden_pct": (0.1, 2, 2000),
    # P1, P2, P3, P6, P7 by arrangement plus P5 by uitkering
    "clienten": (6.0, 6, None),
    # T1, T2, T3, T4, T5, T6, T8
    "arrangementen": (7.0, 7, None),
    # households H1, H3, H6 and P7 (no household: his own) of 5,000
    "huishoudens_voorziening_pct": (0.08, 4, 5000),
    # H1 (T1, T2, T3) and H3 (T4, T5) have 2+, H6 and P7 one each
    "huishoudens_meervoudig_pct": (50.0, 2, 4),
    # ended in 2024: T2 1 day, T3 182, T4 168 (17+29+31+30+31+30), T6 182 (30+31+30+31+31+29)
    "gemiddelde_duur_dagen": (533 / 4, 533, 4),
    # T3 is the only PGB of 7
    "pgb_aandeel_pct": (100 / 7, 1, 7),
    # new: P2 (wmo), P3 (jeugd), P7 (wmo, T7 ended 31 Oct); P1's T2 follows T1
    "instroom": (3.0, 3, None),
    # gone on 1 Jan 2025: P2 (T3) and P6 (T6); P1 and P3 still have open allocations
    "uitstroom": (2.0, 2, None),
    # P7 had T7 ending 31 Oct 2023, within 365 days before 1 Jan 2024
    "herinstroom": (1.0, 1, None),
    # D1 10000 + D2 10000 - D3 10000 + D4 8000 + D5 50000 + D7 12000; D6 rejected
    "uitgaven": (80000.0, 80000, None),
    # 80000 over P1, P3, P7
    "kosten_per_client": (80000 / 3, 80000, 3),
    # A1 has P1, P2, P7 (3); A2 has P1; A3 has P3, P6
    "aanbieders_klein": (2.0, 2, None),
    # T2 (wheelchair-type category 14) starts 1 Mar 2024
    "hulpmiddelen_verstrekt": (1.0, 1, None),
    # 2023: P1 (T1), P6 (T6), P7 (T7), P5 (U1) = 4; 2024: 6
    "clienten_groei_pct": (50.0, 6, 4),
    # 2023 has no claims: growth undefined
    "uitgaven_groei_pct": (None, 80000, 0),
}


def _row(df: pl.DataFrame, ident: str, **where: str) -> dict[str, object]:
    found = df.filter(pl.col("indicator") == ident)
    for column, value in where.items():
        found = found.filter(pl.col(column) == value)
    assert found.height == 1, f"{ident} {where}: {found.height} rows"
    return found.row(0, named=True)


def test_every_indicator_is_worked_out_by_hand() -> None:
    ids = {ind.id for ind in catalogue()} - {"verwijzer_aandeel_pct"}
    assert ids == set(EXPECTED_2024)


@pytest.mark.parametrize("ident", sorted(EXPECTED_2024))
def test_gemeente_2024(mini: duckdb.DuckDBPyConnection, ident: str) -> None:
    df = compute(mini, periodes=JAAR, ids=[ident])
    row = _row(df, ident)
    waarde, teller, noemer = EXPECTED_2024[ident]
    assert row["teller"] == teller
    assert row["noemer"] == noemer
    if waarde is None:
        assert row["waarde"] is None
    else:
        assert row["waarde"] == pytest.approx(waarde)
    assert row["periode"] == "2024"
    assert row["grain"] == "jaar"
    assert row["onderdrukt"] is False


def test_verwijzer_shares(mini: duckdb.DuckDBPyConnection) -> None:
    # jeugd in 2024: P3 via huisarts (02) and GI (04), P6 via rechter (08): 2 youths
    df = compute(mini, periodes=JAAR, ids=["verwijzer_aandeel_pct"])
    assert sorted(df["verwijzer"].to_list()) == ["02", "04", "08"]
    assert df["noemer"].to_list() == [2, 2, 2]
    assert df["waarde"].to_list() == pytest.approx([50.0, 50.0, 50.0])


def test_per_wijk(mini: duckdb.DuckDBPyConnection) -> None:
    df = compute(mini, periodes=JAAR, by=["wijk"], ids=["wmo_clienten_per_10000"])
    noord = _row(df, "wmo_clienten_per_10000", wijk="WK999901")
    zuid = _row(df, "wmo_clienten_per_10000", wijk="WK999902")
    onbekend = _row(df, "wmo_clienten_per_10000", wijk="onbekend")
    # Noord: P1, P2 of 6,000; Zuid: nobody of 4,000 (a zero row, not a missing one)
    assert (noord["teller"], noord["noemer"]) == (2, 6000)
    assert noord["waarde"] == pytest.approx(2 / 6000 * 10000)
    assert (zuid["teller"], zuid["noemer"], zuid["waarde"]) == (0, 4000, 0.0)
    # P7 has no wijk: counted, so wijken add up, but without a denominator
    assert (onbekend["teller"], onbekend["noemer"], onbekend["waarde"]) == (1, None, None)


def test_per_wet_is_not_additive(mini: duckdb.DuckDBPyConnection) -> None:
    df = compute(mini, periodes=JAAR, by=["wet"], ids=["clienten", "instroom"])
    clienten = {r["wet"]: r["teller"] for r in df.filter(indicator="clienten").to_dicts()}
    # P6 has jeugdreclassering and bijstand: once per wet, once in the total of 6
    assert clienten == {"wmo": 3, "jeugd": 2, "participatie": 2}
    instroom = {r["wet"]: r["teller"] for r in df.filter(indicator="instroom").to_dicts()}
    assert instroom == {"wmo": 2, "jeugd": 1}


def test_quarters(mini: duckdb.DuckDBPyConnection) -> None:
    q = [parse_periode(p) for p in ("2024-Q1", "2024-Q2")]
    df = compute(
        mini,
        periodes=q,
        ids=["kinderen_uitkeringshuishouden_pct", "instroom", "uitgaven", "bijstand_per_10000"],
    )
    # peildatum 31 Mar: H3 (U1) and H6 (U3) have bijstand; only H3 has children 0-17
    assert _row(df, "kinderen_uitkeringshuishouden_pct", periode="2024-Q1")["teller"] == 2
    # on 31 Mar both P5 and P6 (19) have bijstand; on 30 Jun only P5
    assert _row(df, "bijstand_per_10000", periode="2024-Q1")["teller"] == 2
    assert _row(df, "bijstand_per_10000", periode="2024-Q2")["teller"] == 1
    # Q1: P2 (1 Feb) and P3 (15 Jan); Q2: P7 (1 May); P3's T5 (1 Apr) follows T4
    assert _row(df, "instroom", periode="2024-Q1")["teller"] == 2
    assert _row(df, "instroom", periode="2024-Q2")["teller"] == 1
    # by service month: Q1 = 10000 + 10000 - 10000 + 8000 + 50000; Q2 = 12000
    assert _row(df, "uitgaven", periode="2024-Q1")["teller"] == 68000
    assert _row(df, "uitgaven", periode="2024-Q2")["teller"] == 12000


def test_months_and_half_years(mini: duckdb.DuckDBPyConnection) -> None:
    periods = [parse_periode(p) for p in ("2024-03", "2024-H2")]
    df = compute(mini, periodes=periods, ids=["hulpmiddelen_verstrekt", "arrangementen"])
    assert _row(df, "hulpmiddelen_verstrekt", periode="2024-03")["teller"] == 1
    assert _row(df, "hulpmiddelen_verstrekt", periode="2024-H2")["teller"] == 0
    # March: T1, T2, T3, T4; H2: T1, T3 (until 31 Jul), T5, T8
    assert _row(df, "arrangementen", periode="2024-03")["teller"] == 4
    assert _row(df, "arrangementen", periode="2024-H2")["teller"] == 4


def test_default_periods_span_the_extract(mini: duckdb.DuckDBPyConnection) -> None:
    df = compute(mini, grains=["jaar"], ids=["clienten"])
    # the extract starts at the first claim or benefit (U1, January 2023), not at T7 (2022),
    # which is in it because it still ran then; it ends at the last claim (May 2024)
    assert df["periode"].to_list() == ["2023", "2024"]
    # without claims and benefits the allocations span the data: from T7's start
    mini.execute("DELETE FROM declaratie; DELETE FROM uitkering")
    df = compute(mini, grains=["jaar"], ids=["clienten"])
    assert df["periode"].to_list() == ["2022", "2023", "2024"]


def test_unknown_breakdown_and_unsupported_breakdown(mini: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(StuurhuisError, match="onbekende uitsplitsing"):
        compute(mini, periodes=JAAR, by=["postcode"])
    with pytest.raises(StuurhuisError, match="kan niet naar aanbieder"):
        compute(mini, periodes=JAAR, by=["aanbieder"], ids=["bijstand_per_10000"])
    with pytest.raises(StuurhuisError, match="onbekende indicator"):
        compute(mini, periodes=JAAR, ids=["bestaat_niet"])


def test_without_ids_only_indicators_that_allow_the_breakdown(
    mini: duckdb.DuckDBPyConnection,
) -> None:
    df = compute(mini, periodes=JAAR, by=["verwijzer"])
    assert "bijstand_per_10000" not in df["indicator"].to_list()
    assert "verwijzer_aandeel_pct" in df["indicator"].to_list()
    assert df.columns[:4] == ["indicator", "periode", "grain", "verwijzer"]


def test_margins(mini: duckdb.DuckDBPyConnection) -> None:
    df = compute(mini, periodes=JAAR, by=["wijk"], ids=["clienten"], totalen=True)
    totaal = _row(df, "clienten", wijk="totaal")
    assert totaal["teller"] == 6
    assert df.filter(pl.col("wijk") != "totaal")["teller"].sum() == 6
