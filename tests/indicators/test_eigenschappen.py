# SPDX-License-Identifier: EUPL-1.2
"""Property tests on random small municipalities (hypothesis).

- For every indicator that is additive over wijk, the wijk cells sum to the gemeente cell
  (numerator and denominator), in every period.
- Adding an unrelated person (no provisions, or provisions only long before the periods)
  changes nothing, except that counting them in the population adds one to the population
  denominators of the age bands they fall in.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import duckdb
import polars as pl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from stuurhuis.indicators import TOTAAL, catalogue, compute
from stuurhuis.indicators.model import Bevolkingsnoemer, Maat
from stuurhuis.periode import parse_periode
from stuurhuis.warehouse import connect

PERIODES = [parse_periode(p) for p in ("2024", "2024-Q2", "2024-11")]
WIJKEN = ["WK000101", "WK000102", "WK000103"]
BANDEN = [(0, 999), (0, 17), (12, 22), (18, 999), (15, 64)]
TABELLEN = ("gebied", "bevolking", "huishoudens", "persoon", "aanbieder", "toewijzing")
TABELLEN += ("declaratie", "uitkering")
BEGIN = date(2022, 7, 1)
CATEGORIE = {"wmo": ["01", "02", "14"], "jeugd": ["45", "47", "48"]}


@dataclass(frozen=True)
class Persoon:
    wijk: str | None
    geboren: date
    huishouden: int | None


@dataclass(frozen=True)
class Toewijzing:
    persoon: int
    wet: str
    categorie: int
    aanbieder: int
    pgb: bool
    verwijzer: str | None
    start: int  # days after BEGIN
    duur: int | None
    bedrag: int


@dataclass(frozen=True)
class Uitkering:
    persoon: int
    regeling: str
    start: int
    duur: int | None


personen = st.builds(
    Persoon,
    st.sampled_from([*WIJKEN, None]),
    st.dates(date(1940, 1, 1), date(2023, 12, 31)),
    st.one_of(st.none(), st.integers(0, 4)),
)
toewijzingen = st.builds(
    Toewijzing,
    st.integers(0, 11),
    st.sampled_from(["wmo", "jeugd"]),
    st.integers(0, 2),
    st.integers(0, 2),
    st.booleans(),
    st.sampled_from([None, "01", "02", "04"]),
    st.integers(0, 900),
    st.one_of(st.none(), st.integers(0, 500)),
    st.integers(-5000, 50000),
)
uitkeringen = st.builds(
    Uitkering,
    st.integers(0, 11),
    st.sampled_from(["bijstand", "re_integratie"]),
    st.integers(0, 900),
    st.one_of(st.none(), st.integers(0, 500)),
)


@dataclass(frozen=True)
class Gemeente:
    personen: list[Persoon]
    toewijzingen: list[Toewijzing]
    uitkeringen: list[Uitkering]


gemeenten = st.builds(
    Gemeente,
    st.lists(personen, min_size=1, max_size=12),
    st.lists(toewijzingen, max_size=14),
    st.lists(uitkeringen, max_size=5),
)


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


def _laad(con: duckdb.DuckDBPyConnection, g: Gemeente, bevolking: dict[str, int]) -> None:
    for tabel in TABELLEN:
        con.execute(f"DELETE FROM {tabel}")
    con.executemany(
        "INSERT INTO gebied VALUES (?, 'wijk', ?, 'GM0001', NULL, NULL)", [[w, w] for w in WIJKEN]
    )
    rows = []
    for wijk in WIJKEN:
        for van, tot in BANDEN:
            rows.append([wijk, van, tot, bevolking.get(f"{wijk}:{van}-{tot}", 0) + 500])
    con.executemany("INSERT INTO bevolking VALUES (2024, ?, ?, ?, 'totaal', ?)", rows)
    con.executemany("INSERT INTO huishoudens VALUES (2024, ?, 300)", [[w] for w in WIJKEN])
    con.executemany(
        "INSERT INTO persoon VALUES (?, ?, ?, 'onbekend', ?, NULL, NULL, NULL, 1)",
        [
            [f"P{i}", None if p.huishouden is None else f"H{p.huishouden}", p.geboren, p.wijk]
            for i, p in enumerate(g.personen)
        ],
    )
    con.executemany(
        "INSERT INTO aanbieder VALUES (?, ?, 1)", [[f"1000000{i}", f"A{i}"] for i in range(3)]
    )
    n = len(g.personen)
    for i, t in enumerate(g.toewijzingen):
        start = BEGIN + timedelta(days=t.start)
        eind = None if t.duur is None else start + timedelta(days=t.duur)
        con.execute(
            "INSERT INTO toewijzing (toewijzing_nummer, persoon_id, agb_code, wet,"
            " product_categorie, leveringsvorm, verwijzer, ingangsdatum, einddatum, ingest_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            [
                f"T{i}",
                f"P{t.persoon % n}",
                f"1000000{t.aanbieder}",
                t.wet,
                CATEGORIE[t.wet][t.categorie],
                "PGB" if t.pgb else "ZIN",
                t.verwijzer,
                start,
                eind,
            ],
        )
        con.execute(
            "INSERT INTO declaratie (referentie_nummer, vorig_referentie_nummer, dagtekening,"
            " toewijzing_nummer, persoon_id, agb_code, wet, product_categorie, begindatum,"
            " einddatum, geleverd_volume, eenheid, bedrag_cent, debet_credit, status, ingest_id)"
            " VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1, '04', ?, 'D', 'ingediend', 1)",
            [
                f"D{i}",
                start,
                f"T{i}",
                f"P{t.persoon % n}",
                f"1000000{t.aanbieder}",
                t.wet,
                CATEGORIE[t.wet][t.categorie],
                start,
                start,
                t.bedrag,
            ],
        )
    for i, u in enumerate(g.uitkeringen):
        start = BEGIN + timedelta(days=u.start)
        eind = None if u.duur is None else start + timedelta(days=u.duur)
        con.execute(
            "INSERT INTO uitkering VALUES (?, ?, ?, ?, ?, 100000, 1)",
            [f"U{i}", f"P{u.persoon % n}", u.regeling, start, eind],
        )


def _cellen(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return compute(con, periodes=PERIODES, by=["wijk"], totalen=True)


ADDITIEF = [ind for ind in catalogue() if ind.is_additief]
SETTINGS = settings(
    max_examples=12,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@SETTINGS
@given(gemeenten)
def test_wijken_add_up_to_the_gemeente(con: duckdb.DuckDBPyConnection, g: Gemeente) -> None:
    _laad(con, g, {})
    df = _cellen(con)
    for ind in ADDITIEF:
        cells = df.filter(indicator=ind.id)
        if cells.height == 0:  # e.g. referrer shares without any jeugd allocation
            continue
        keys = ["periode", *(d for d in ind.verplicht if d != "wijk")]
        _adds_up(cells, keys, "teller", ind.id)
        noemer = ind.noemer_maat
        if noemer is not None:
            # a share's denominator ignores its ``zonder`` breakdowns: one per wijk
            zonder = noemer.zonder if isinstance(noemer, Maat) else ()
            per = [k for k in keys if k not in zonder]
            _adds_up(cells.unique([*per, "wijk"]), per, "noemer", ind.id)


def _adds_up(cells: pl.DataFrame, keys: list[str], column: str, ident: str) -> None:
    delen = cells.filter(pl.col("wijk") != TOTAAL).group_by(keys).agg(pl.col(column).sum())
    totaal = cells.filter(wijk=TOTAAL).select(*keys, pl.col(column).fill_null(0).alias("t"))
    joined = delen.join(totaal, on=keys, how="full", coalesce=True)
    assert (joined[column] == joined["t"]).all(), (ident, column, joined)


@SETTINGS
@given(
    gemeenten,
    st.sampled_from(WIJKEN),
    st.integers(0, 90),
    st.booleans(),
)
def test_an_unrelated_person_changes_only_population_denominators(
    con: duckdb.DuckDBPyConnection, g: Gemeente, wijk: str, leeftijd: int, oud_dossier: bool
) -> None:
    _laad(con, g, {})
    voor = _cellen(con)
    # the newcomer: own household, no provisions in or near the periods (optionally an
    # allocation and a benefit that ended in 2010), counted in the population of the wijk
    bevolking = {f"{wijk}:{van}-{tot}": 1 for van, tot in BANDEN if van <= leeftijd <= tot}
    _laad(con, g, bevolking)
    geboren = date(2024 - leeftijd, 1, 1)
    con.execute(
        "INSERT INTO persoon VALUES ('NIEUW', 'HNIEUW', ?, 'man', ?, NULL, NULL, NULL, 1)",
        [geboren, wijk],
    )
    if oud_dossier:
        con.execute(
            "INSERT INTO toewijzing (toewijzing_nummer, persoon_id, agb_code, wet,"
            " product_categorie, leveringsvorm, ingangsdatum, einddatum, ingest_id) VALUES"
            " ('TOUD', 'NIEUW', '10000000', 'wmo', '01', 'ZIN', DATE '2009-01-01',"
            " DATE '2010-06-30', 1)"
        )
        con.execute(
            "INSERT INTO uitkering VALUES ('UOUD', 'NIEUW', 'bijstand', DATE '2009-01-01',"
            " DATE '2010-06-30', 100000, 1)"
        )
    na = _cellen(con)
    keys = [c for c in voor.columns if c not in ("waarde", "teller", "noemer", "onderdrukt")]
    joined = voor.join(na, on=keys, how="full", coalesce=True, nulls_equal=True, suffix="_na")
    assert joined.height == voor.height == na.height
    assert (joined["teller"].eq_missing(joined["teller_na"])).all()
    for ind in catalogue():
        rows = joined.filter(indicator=ind.id)
        verschil = (rows["noemer_na"] - rows["noemer"]).fill_null(0).to_list()
        noemer = ind.noemer_maat
        if (
            isinstance(noemer, Bevolkingsnoemer)
            and noemer.leeftijd_van <= leeftijd <= noemer.leeftijd_tot
        ):
            verwacht = [1 if w in (wijk, TOTAAL) else 0 for w in rows["wijk"].to_list()]
            assert verschil == verwacht, ind.id
        else:
            assert set(verschil) <= {0}, ind.id
