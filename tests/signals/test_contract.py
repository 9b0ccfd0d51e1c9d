# SPDX-License-Identifier: EUPL-1.2
"""The contract every signal kind honours: one interface, one row shape, no BSN."""

import json
import re
from datetime import date
from importlib import resources

import duckdb
import polars as pl
import pytest

from stuurhuis.errors import StuurhuisError
from stuurhuis.settings import Settings
from stuurhuis.signals import SCHEMA, SOORTEN, compute, standaard_peildatum
from tests.conftest import REPO

from .conftest import PEILDATUM, Bouwer
from .gemeente import plant_alle_soorten

_PARAMETER = re.compile(r"\$([a-z_]+)")
_NEGEN_CIJFERS = re.compile(r"(?<!\d)\d{9}(?!\d)")


@pytest.fixture
def signalen(bouwer: Bouwer) -> pl.DataFrame:
    plant_alle_soorten(bouwer)
    return compute(bouwer.con, peildatum=PEILDATUM)


@pytest.mark.parametrize("naam", list(SOORTEN))
def test_kind_is_registered_under_its_module_and_sql(naam: str) -> None:
    soort = SOORTEN[naam]
    assert soort.sql == f"{naam}.sql"
    assert soort.titel and soort.titel[0].isupper()
    sql = resources.files("stuurhuis.signals").joinpath(soort.sql).read_text(encoding="utf-8")
    assert sql.startswith("-- SPDX-License-Identifier: EUPL-1.2")
    bound = {"peildatum", *soort.parameters(Settings(), PEILDATUM)}
    assert set(_PARAMETER.findall(sql)) == bound


@pytest.mark.parametrize("naam", list(SOORTEN))
def test_kind_on_an_empty_warehouse(warehouse: duckdb.DuckDBPyConnection, naam: str) -> None:
    rows = compute(warehouse, kinds=[naam], peildatum=PEILDATUM)
    assert rows.is_empty()
    assert rows.schema == pl.Schema(SCHEMA)


@pytest.mark.parametrize("naam", list(SOORTEN))
def test_kind_row_contract(signalen: pl.DataFrame, naam: str) -> None:
    rows = signalen.filter(pl.col("soort") == naam)
    assert rows.height >= 1, f"{naam} did not fire in the planted municipality"
    for row in rows.to_dicts():
        assert row["peildatum"] == PEILDATUM
        assert row["reden"]
        assert row["persoon_id"] or row["huishouden_id"] or row["agb_code"]
        assert row["bedrag_op_spel_cent"] is not None and row["bedrag_op_spel_cent"] >= 0
        assert row["sinds"] is not None and row["sinds"] <= PEILDATUM
        assert row["aanleiding"] and "None" not in row["aanleiding"]
        assert isinstance(json.loads(row["feiten"]), dict)
        text = " ".join(str(value) for value in row.values())
        assert not _NEGEN_CIJFERS.search(text), "a nine-digit number (BSN?) in a signal"


def test_schema_is_the_tidy_row(signalen: pl.DataFrame) -> None:
    assert signalen.schema == pl.Schema(SCHEMA)
    assert set(signalen["soort"]) == set(SOORTEN)


def test_every_kind_and_reason_is_documented(signalen: pl.DataFrame) -> None:
    text = (REPO / "docs" / "signals.md").read_text(encoding="utf-8")
    for naam in SOORTEN:
        assert f"`{naam}`" in text, naam
    for reden in signalen["reden"].unique():
        assert f"`{reden}`" in text, reden


def test_unknown_kind_is_a_user_error(warehouse: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(StuurhuisError, match="onbekende signaalsoort"):
        compute(warehouse, kinds=["stapling"], peildatum=PEILDATUM)


def test_default_peildatum_is_the_latest_claim_or_request(bouwer: Bouwer) -> None:
    assert standaard_peildatum(bouwer.con) == date.today()  # empty warehouse
    client = bouwer.persoon()
    t = bouwer.toewijzing(client, aanvraag=date(2024, 5, 2), besluit=date(2024, 9, 9))
    assert standaard_peildatum(bouwer.con) == date(2024, 5, 2)  # a decision dated later is not
    bouwer.declaratie(client, t, dagtekening=date(2024, 6, 3))
    assert standaard_peildatum(bouwer.con) == date(2024, 6, 3)
