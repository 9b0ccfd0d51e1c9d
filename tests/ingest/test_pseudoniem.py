# SPDX-License-Identifier: EUPL-1.2
"""The SQL elfproef and HMAC of the ingest agree with stdnum and the Python pseudonym."""

import duckdb
import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from stuurhuis.privacy import Pseudonymiser
from stuurhuis.privacy.bsn import bsn_digits_sql, is_valid_bsn, valid_bsn_expr, valid_bsn_sql
from stuurhuis.privacy.pseudonym import pseudonym_sql

from .bron import BSN

CON = duckdb.connect()
NINE = st.text(alphabet="0123456789", min_size=9, max_size=9)
ANY = st.one_of(NINE, st.text(alphabet="0123456789 .-x", max_size=12), st.sampled_from(BSN))
KEYS = st.binary(min_size=32, max_size=100)


@given(value=ANY)
@settings(max_examples=400, deadline=None)
def test_the_sql_elfproef_is_the_stdnum_elfproef(value: str) -> None:
    sql = f"SELECT {valid_bsn_sql(bsn_digits_sql('$v'))}"
    got = CON.execute(sql, {"v": value}).fetchone()
    digits = value.replace(" ", "").replace(".", "").replace("-", "")
    assert got == (len(digits) == 9 and is_valid_bsn(digits),)


@given(values=st.lists(ANY, max_size=20))
@settings(max_examples=200, deadline=None)
def test_the_column_elfproef_is_the_stdnum_elfproef(values: list[str]) -> None:
    got = pl.DataFrame({"bsn": values}, schema={"bsn": pl.String}).select(valid_bsn_expr("bsn"))
    # no cleaning: the message route takes the XSD's nine digits as they are
    assert got["bsn"].to_list() == [len(v) == 9 and v.isdigit() and is_valid_bsn(v) for v in values]


@given(value=ANY, key=KEYS, domain=st.sampled_from(["bsn", "huishouden"]))
@settings(max_examples=200, deadline=None)
def test_the_sql_pseudonym_is_the_python_pseudonym(value: str, key: bytes, domain: str) -> None:
    pseudonymiser = Pseudonymiser(key)
    sql = f"SELECT {pseudonym_sql('$v', domain=domain)}"
    got = CON.execute(sql, {"v": value, **pseudonymiser.sql_parameters()}).fetchone()
    assert got == (pseudonymiser.pseudonym(value, domain=domain),)


def test_a_known_pseudonym() -> None:
    # HMAC-SHA256(key 00..1f, "bsn:999990007"), first 24 hex digits, computed by hmac.
    pseudonymiser = Pseudonymiser(bytes(range(32)))
    assert pseudonymiser.pseudonym("999990007") == "1e525a212adaeb64380caeba"
