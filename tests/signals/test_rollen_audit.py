# SPDX-License-Identifier: EUPL-1.2
"""Role rules of the signals and the audit trail they write."""

import json

import duckdb
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.errors import StuurhuisError
from stuurhuis.privacy import audit
from stuurhuis.privacy.gebruiker import Gebruiker, cli_gebruiker
from stuurhuis.signals import (
    SOORTEN,
    GeenToegangError,
    compute,
    in_wijken,
    kiesbare_wijken,
    log_inzage,
    samenvatting,
    signalen_voor,
    toegang,
    toegestane_wijken,
)
from stuurhuis.signals.rollen import _toegestane_wijken
from stuurhuis.web.auth.users import User

from .conftest import PEILDATUM, WIJK_A, WIJK_B, Bouwer
from .gemeente import plant_alle_soorten

ANALIST = Gebruiker("anna", "analist")
REGISSEUR_A = Gebruiker("rik", "regisseur", frozenset({WIJK_A}))


@pytest.fixture
def gemeente(bouwer: Bouwer) -> duckdb.DuckDBPyConnection:
    plant_alle_soorten(bouwer)
    return bouwer.con


def test_analist_sees_everything_and_is_logged(gemeente: duckdb.DuckDBPyConnection) -> None:
    rows = signalen_voor(gemeente, ANALIST, peildatum=PEILDATUM)

    assert rows.equals(compute(gemeente, peildatum=PEILDATUM))
    log = audit.entries(gemeente)
    assert log.height == 1
    entry = log.row(0, named=True)
    assert (entry["gebruiker"], entry["rol"], entry["actie"]) == (
        "anna",
        "analist",
        "signalen.bekijken",
    )
    assert entry["aantal_rijen"] == rows.height
    assert json.loads(entry["filter"]) == {
        "peildatum": "2024-06-30",
        "soorten": list(SOORTEN),
        "wijken": None,
    }
    assert entry["onderwerp"].startswith("stapeling,")


def test_regisseur_sees_only_own_wijken(gemeente: duckdb.DuckDBPyConnection) -> None:
    rows = signalen_voor(gemeente, REGISSEUR_A, peildatum=PEILDATUM, actie="signalen.export")

    alles = compute(gemeente, peildatum=PEILDATUM)
    assert rows.height > 0
    assert set(rows["wijk_code"]) == {WIJK_A}
    assert rows.equals(alles.filter(pl.col("wijk_code") == WIJK_A))
    assert "uitschieter" not in set(rows["soort"])  # provider rows have no wijk
    entry = audit.entries(gemeente).row(0, named=True)
    assert entry["actie"] == "signalen.export"
    assert json.loads(entry["filter"])["wijken"] == [WIJK_A]
    assert entry["aantal_rijen"] == rows.height


def test_regisseur_asking_for_another_wijk_is_refused_and_logged(
    gemeente: duckdb.DuckDBPyConnection,
) -> None:
    with pytest.raises(GeenToegangError, match=WIJK_B):
        signalen_voor(gemeente, REGISSEUR_A, wijken=[WIJK_A, WIJK_B], peildatum=PEILDATUM)

    entry = audit.entries(gemeente).row(0, named=True)
    assert entry["actie"] == "signalen.geweigerd"
    assert entry["aantal_rijen"] == 0


@pytest.mark.parametrize(
    "gebruiker",
    [
        Gebruiker("bert", "bestuur"),
        Gebruiker("bea", "beheerder"),
        Gebruiker("roos", "regisseur"),  # no wijken assigned
    ],
)
def test_roles_without_case_level_access(
    gemeente: duckdb.DuckDBPyConnection, gebruiker: Gebruiker
) -> None:
    with pytest.raises(GeenToegangError):
        signalen_voor(gemeente, gebruiker, peildatum=PEILDATUM)
    assert audit.entries(gemeente)["actie"].to_list() == ["signalen.geweigerd"]


def test_audit_entries_filter_by_user_and_action(warehouse: duckdb.DuckDBPyConnection) -> None:
    audit.log(warehouse, ANALIST, "signalen.bekijken", onderwerp="stapeling", aantal_rijen=3)
    audit.log(warehouse, REGISSEUR_A, "signalen.export", filter={"wijken": {WIJK_A}})
    audit.log(warehouse, ANALIST, "signalen.export")

    assert audit.entries(warehouse).height == 3
    assert audit.entries(warehouse, gebruiker="anna").height == 2
    assert audit.entries(warehouse, actie="signalen.export")["gebruiker"].to_list() == [
        "anna",
        "rik",
    ]
    assert audit.entries(warehouse, gebruiker="rik")["filter"].to_list() == [
        f'{{"wijken": ["{WIJK_A}"]}}'
    ]


def test_gebruiker_validates_role() -> None:
    with pytest.raises(StuurhuisError, match="onbekende rol"):
        Gebruiker("x", "admin")  # type: ignore[arg-type]
    assert cli_gebruiker().rol == "analist"
    assert cli_gebruiker().naam.startswith("os:")


_WIJKEN = st.frozensets(st.sampled_from(["WK000101", "WK000102", "WK000103", "WK000104"]))


@given(
    rol=st.sampled_from(["bestuur", "analist", "regisseur", "beheerder"]),
    toegewezen=_WIJKEN,
    gevraagd=st.none() | _WIJKEN.map(sorted),
)
def test_wijk_filter_never_widens_access(
    rol: str, toegewezen: frozenset[str], gevraagd: list[str] | None
) -> None:
    gebruiker = Gebruiker("h", rol, toegewezen)  # type: ignore[arg-type]
    try:
        toegestaan = _toegestane_wijken(gebruiker, gevraagd)
    except GeenToegangError:
        assert rol in ("bestuur", "beheerder") or (
            rol == "regisseur" and (not toegewezen or not set(gevraagd or ()) <= toegewezen)
        )
        return
    assert rol in ("analist", "regisseur")
    if rol == "regisseur":
        assert toegestaan is not None
        assert set(toegestaan) <= toegewezen
    if gevraagd is not None:
        assert set(toegestaan or ()) <= set(gevraagd)


def _gebieden(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "INSERT INTO gebied VALUES ('GM0999', 'gemeente', 'Proefstad', NULL, NULL, NULL),"
        f" ('{WIJK_A}', 'wijk', 'Centrum', 'GM0999', NULL, NULL),"
        f" ('{WIJK_B}', 'wijk', 'Noord', 'GM0999', NULL, NULL)"
    )


def test_the_dashboard_user_is_accepted_as_is(gemeente: duckdb.DuckDBPyConnection) -> None:
    """The Signalen page hands its logged-in user (wijken as a tuple) straight in."""
    user = User(naam="rik", rol="regisseur", wijken=(WIJK_B,))

    bekeken = signalen_voor(gemeente, user, kinds=["stapeling"], peildatum=PEILDATUM)
    export = signalen_voor(
        gemeente, user, kinds=["stapeling"], peildatum=PEILDATUM, actie="signalen.export"
    )

    assert bekeken.equals(export) and bekeken.height == 1
    assert set(bekeken["wijk_code"]) == {WIJK_B}
    log = audit.entries(gemeente)
    assert log["actie"].to_list() == ["signalen.export", "signalen.bekijken"]
    assert log["gebruiker"].to_list() == ["rik", "rik"]
    assert all(json.loads(f)["wijken"] == [WIJK_B] for f in log["filter"])
    assert log["onderwerp"].to_list() == ["stapeling", "stapeling"]


@pytest.mark.parametrize(
    ("gebruiker", "wijken"),
    [(ANALIST, None), (ANALIST, [WIJK_B]), (REGISSEUR_A, None), (REGISSEUR_A, [WIJK_A])],
)
def test_cached_signals_filtered_and_logged_equal_signalen_voor(
    gemeente: duckdb.DuckDBPyConnection, gebruiker: Gebruiker, wijken: list[str] | None
) -> None:
    """The dashboard's three steps on a table computed once give the rows and the audit
    record of :func:`signalen_voor`, view after view."""
    alles = compute(gemeente, peildatum=PEILDATUM)
    direct = signalen_voor(gemeente, gebruiker, wijken=wijken, peildatum=PEILDATUM)

    for _ in range(2):
        toegestaan = toegang(gemeente, gebruiker, wijken=wijken, peildatum=PEILDATUM)
        rows = in_wijken(alles, toegestaan)
        log_inzage(gemeente, gebruiker, rows, wijken=toegestaan, peildatum=PEILDATUM)
        assert rows.equals(direct)

    log = audit.entries(gemeente)
    assert log.height == 3
    assert log.select("gebruiker", "actie", "onderwerp", "filter", "aantal_rijen").n_unique() == 1
    assert log["aantal_rijen"][0] == direct.height


def test_refused_in_three_steps_is_logged_like_signalen_voor(
    gemeente: duckdb.DuckDBPyConnection,
) -> None:
    with pytest.raises(GeenToegangError):
        signalen_voor(gemeente, REGISSEUR_A, wijken=[WIJK_B], peildatum=PEILDATUM)
    with pytest.raises(GeenToegangError):
        toegang(gemeente, REGISSEUR_A, wijken=[WIJK_B], peildatum=PEILDATUM)

    log = audit.entries(gemeente)
    assert log["actie"].to_list() == ["signalen.geweigerd"] * 2
    assert log["filter"].n_unique() == 1


def test_wijken_a_user_may_pick(gemeente: duckdb.DuckDBPyConnection) -> None:
    _gebieden(gemeente)
    assert kiesbare_wijken(gemeente, ANALIST)["wijk_code"].to_list() == [WIJK_A, WIJK_B]
    assert kiesbare_wijken(gemeente, REGISSEUR_A).rows() == [(WIJK_A, "Centrum")]
    assert toegestane_wijken(ANALIST) is None
    assert toegestane_wijken(REGISSEUR_A) == [WIJK_A]
    with pytest.raises(GeenToegangError):
        kiesbare_wijken(gemeente, Gebruiker("bert", "bestuur"))


def test_summary_has_no_persons_and_adds_up(gemeente: duckdb.DuckDBPyConnection) -> None:
    rows = signalen_voor(gemeente, ANALIST, peildatum=PEILDATUM)

    overzicht = samenvatting(rows)

    assert overzicht["soort"].unique(maintain_order=True).to_list() == list(SOORTEN)
    assert overzicht["aantal_signalen"].sum() == rows.height
    assert overzicht["bedrag_op_spel_cent"].sum() == rows["bedrag_op_spel_cent"].sum()
    assert not {"persoon_id", "huishouden_id", "feiten"} & set(overzicht.columns)
    assert overzicht.filter(pl.col("soort") == "wlz_kandidaat")["titel"].to_list() == [
        SOORTEN["wlz_kandidaat"].titel
    ]
