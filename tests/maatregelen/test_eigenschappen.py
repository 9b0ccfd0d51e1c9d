# SPDX-License-Identifier: EUPL-1.2
"""Property tests: the ledger's identities hold for any programme."""

from typing import Any

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from stuurhuis.maatregelen import PERS, Programma, dump_yaml, loads, tabel
from stuurhuis.maatregelen.bedrag import IN_CENTEN

YEARS = st.integers(min_value=2020, max_value=2026)
CENTS = st.integers(min_value=0, max_value=10**11)
AMOUNTS = st.dictionaries(YEARS, CENTS, max_size=4)


@st.composite
def maatregel(draw: st.DrawFn, index: int) -> dict[str, Any]:
    return {
        "id": f"M{index}",
        "naam": f"Maatregel {index}",
        "pakket": draw(st.sampled_from([None, "Wmo", "Jeugd", "Participatie"])),
        "thema": draw(st.sampled_from([None, "Toegang", "Maatwerk"])),
        "fase": draw(st.sampled_from([None, "onderzoeken", "uitwerken", "uitvoeren", "gestopt"])),
        "urgentie": draw(st.sampled_from([None, "urgent", "lange_termijn", "beperkt_effect"])),
        "kans": draw(st.floats(min_value=0, max_value=1)),
        "taakstelling": draw(AMOUNTS),
        "besparing": draw(AMOUNTS),
        "investering": draw(AMOUNTS),
        "ingevuld": {"besparing": draw(AMOUNTS), "investering": draw(AMOUNTS)},
    }


@st.composite
def programma(draw: st.DrawFn) -> Programma:
    n = draw(st.integers(min_value=1, max_value=6))
    raw = {
        "gemeente": "Eigenschapstad",
        "eenheid": draw(st.sampled_from(["euro", "duizend_euro"])),
        "taakstelling": draw(AMOUNTS),
        "maatregelen": [draw(maatregel(i)) for i in range(n)],
        "perspectief": [
            {
                "naam": "Autonoom",
                "soort": "autonoom",
                "bedragen": draw(st.dictionaries(YEARS, st.integers(-(10**10), 10**10))),
            },
            {"naam": "Dekking", "soort": "dekking", "bedragen": draw(AMOUNTS)},
        ],
    }
    return Programma.model_validate(raw, context={"eenheid": IN_CENTEN})


KEY = ["indeling", "groep", "periode"]
VALUES = ["besparing_cent", "investering_cent", "netto_cent"]


@settings(max_examples=60, deadline=None)
@given(programma(), st.sampled_from(PERS))
def test_remaining_plus_secured_is_planned(p: Programma, per: str) -> None:
    planned = tabel(p, "potentieel", per=per).select(*KEY, *VALUES)
    secured = tabel(p, "ingevuld", per=per).select(*KEY, *VALUES)
    remaining = tabel(p, "resterend", per=per).select(*KEY, *VALUES)
    assert planned.select(KEY).equals(secured.select(KEY))
    assert planned.select(KEY).equals(remaining.select(KEY))
    for col in VALUES:
        assert (remaining[col] + secured[col]).equals(planned[col])


@settings(max_examples=60, deadline=None)
@given(programma(), st.sampled_from(["pakket", "thema", "maatregel"]))
def test_totals_are_the_sum_of_their_parts(p: Programma, per: str) -> None:
    df = tabel(p, "potentieel", per=per)
    parts = df.filter(pl.col("indeling") == per).group_by("periode").agg(pl.col(VALUES).sum())
    total = df.filter(pl.col("indeling") == "totaal").select("periode", *VALUES)
    joined = total.join(parts, on="periode", suffix="_delen")
    assert joined.height == total.height
    for col in VALUES:
        assert joined[col].equals(joined[f"{col}_delen"], check_names=False)
    # and the all-years row is the sum of the years, per group
    years = (
        df.filter(pl.col("periode") != "totaal")
        .group_by("indeling", "groep")
        .agg(pl.col(VALUES).sum())
    )
    overall = df.filter(pl.col("periode") == "totaal").select("indeling", "groep", *VALUES)
    check = overall.join(years, on=["indeling", "groep"], suffix="_jaren")
    assert check.height == overall.height
    for col in VALUES:
        assert check[col].equals(check[f"{col}_jaren"], check_names=False)


@settings(max_examples=60, deadline=None)
@given(programma(), st.sampled_from(PERS))
def test_weighted_potential_never_exceeds_potential(p: Programma, per: str) -> None:
    df = tabel(p, "risico", per=per).filter(pl.col("onderdeel") == "maatregelen")
    assert (df["verwachte_waarde_cent"] <= df["bedrag_cent"]).all()


@settings(max_examples=40, deadline=None)
@given(programma())
def test_balance_saldo_is_shortfall_plus_effect_plus_cover(p: Programma) -> None:
    df = tabel(p, "balans")
    if df.is_empty():
        return
    by = df.group_by("periode", "soort").agg(pl.col("bedrag_cent").sum())
    for periode in df["periode"].unique():
        line = {s: v for _, s, v in by.filter(pl.col("periode") == periode).rows()}
        assert line["saldo"] == line["tekort"] + line["effect"] + line.get("dekking", 0)
        assert line["tekort"] == line["autonoom"]


@settings(max_examples=40, deadline=None)
@given(programma())
def test_yaml_round_trip_is_exact(p: Programma) -> None:
    assert loads(dump_yaml(p)) == p
