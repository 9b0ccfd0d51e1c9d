# SPDX-License-Identifier: EUPL-1.2
"""Disclosure control on hand-made adversarial tables and random tables: the attacker of
``tests/privacy_aanvaller.py`` (its own LP) must not determine any suppressed cell, nor pin
a primary cell into a range narrower than the threshold."""

import subprocess
import sys
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stuurhuis.privacy.disclosure import Grootheid, onderdruk, primair, relatie, rond_af
from stuurhuis.privacy.disclosure import intervallen as disclosure_intervallen
from tests.privacy_aanvaller import Band, intervallen, lekken

DREMPEL = 10


def _rij(delen: Sequence[int]) -> tuple[list[int], list[tuple[int, list[int]]]]:
    """A one-way table: parts then the total as the last cell."""
    waarden = [*delen, sum(delen)]
    return waarden, [(len(delen), list(range(len(delen))))]


def _kruistabel(
    cellen: Sequence[Sequence[int]],
) -> tuple[list[int], list[tuple[int, list[int]]]]:
    """A two-way table with row, column and grand totals, as (values, margin structure)."""
    rijen, kolommen = len(cellen), len(cellen[0])
    index: dict[tuple[int, int], int] = {}
    waarden: list[int] = []
    for r in range(rijen + 1):
        for k in range(kolommen + 1):
            index[r, k] = len(waarden)
            if r < rijen and k < kolommen:
                waarden.append(cellen[r][k])
            elif r < rijen:
                waarden.append(sum(cellen[r]))
            elif k < kolommen:
                waarden.append(sum(rij[k] for rij in cellen))
            else:
                waarden.append(sum(map(sum, cellen)))
    structuur = []
    for r in range(rijen + 1):  # row margins
        structuur.append((index[r, kolommen], [index[r, k] for k in range(kolommen)]))
    for k in range(kolommen + 1):  # column margins
        structuur.append((index[rijen, k], [index[r, k] for r in range(rijen)]))
    return waarden, structuur


def _bescherm(
    waarden: list[int], structuur: list[tuple[int, list[int]]], drempel: int = DREMPEL
) -> list[bool]:
    grootheid = Grootheid(waarden, [relatie(t, d, waarden) for t, d in structuur])
    return onderdruk([grootheid], primair(waarden, drempel), drempel)


def _aanval(
    waarden: list[int],
    verborgen: list[bool],
    structuur: list[tuple[int, list[int]]],
    drempel: int = DREMPEL,
    *,
    gelijk: bool = True,
) -> list[str]:
    gepubliceerd = [None if h else float(v) for v, h in zip(waarden, verborgen, strict=True)]
    banden = [Band(t, tuple(d), gelijk) for t, d in structuur]
    return lekken([float(v) for v in waarden], gepubliceerd, banden, drempel)


@pytest.mark.parametrize(
    "delen",
    [
        [3, 20, 27],  # one small cell in a row: another cell must go too
        [3, 4, 43],  # two small cells summing to 7: not enough, a third must go
        [4, 6, 40],  # two small cells summing to exactly the threshold
        [4, 5],  # two small cells that are the whole total (itself small)
        [1, 0, 0, 50],  # zeros do not protect a small cell
        [9, 30],  # the other part is the total minus the small one
        [2, 2, 2, 2, 2, 100],  # many small cells together
    ],
)
def test_one_way_tables(delen: list[int]) -> None:
    waarden, structuur = _rij(delen)
    verborgen = _bescherm(waarden, structuur)
    assert all(verborgen[i] for i, v in enumerate(waarden) if 0 < v < DREMPEL)
    assert _aanval(waarden, verborgen, structuur) == []


def test_naive_suppression_is_caught_by_the_attacker() -> None:
    # the attacker is not toothless: primary suppression alone leaks every small cell
    waarden, structuur = _rij([3, 20, 27])
    assert _aanval(waarden, primair(waarden, DREMPEL), structuur) == ["cel 0 = 3 is bepaald"]
    waarden, structuur = _rij([3, 4, 43])
    naief = primair(waarden, DREMPEL)
    assert _aanval(waarden, naief, structuur) == [
        "cel 0 = 3 ligt in [0, 7]",
        "cel 1 = 4 ligt in [0, 7]",
    ]


@pytest.mark.parametrize(
    "cellen",
    [
        [[3, 20, 30], [15, 25, 12], [40, 11, 16]],  # one small inner cell
        [[3, 20], [25, 40]],  # 2x2: the whole rectangle must go
        [[3, 0, 30], [0, 25, 12], [40, 11, 0]],  # zeros around
        [[3, 4, 50], [20, 30, 40]],  # two small cells in one row
        [[5, 50], [5, 50], [50, 50]],  # two small cells in one column
        [[2, 3], [4, 1]],  # everything small
        [[1, 30, 30, 30], [30, 1, 30, 30], [30, 30, 1, 30]],  # a small diagonal
        # a fully hidden block pinned by the published margins around it (found by hypothesis)
        [[0, 0, 1], [0, 3, 8], [10, 0, 0]],
    ],
)
def test_two_way_tables_with_margins(cellen: list[list[int]]) -> None:
    waarden, structuur = _kruistabel(cellen)
    verborgen = _bescherm(waarden, structuur)
    assert _aanval(waarden, verborgen, structuur) == []


def test_two_way_naive_rectangle_is_caught() -> None:
    # hiding only one other cell per margin still leaks in two dimensions
    waarden, structuur = _kruistabel([[3, 20, 30], [15, 25, 12], [40, 11, 16]])
    verborgen = [False] * len(waarden)
    verborgen[0] = verborgen[1] = True  # row 0: 3 and 20; column 0 still has 3 alone
    assert _aanval(waarden, verborgen, structuur)


cel = st.one_of(st.integers(0, 3), st.integers(0, 12), st.integers(10, 60))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(1, 4).flatmap(
        lambda k: st.lists(st.lists(cel, min_size=k, max_size=k), min_size=1, max_size=4)
    )
)
def test_random_two_way_tables_resist_the_attacker(cellen: list[list[int]]) -> None:
    waarden, structuur = _kruistabel(cellen)
    verborgen = _bescherm(waarden, structuur)
    assert all(verborgen[i] for i, v in enumerate(waarden) if 0 < v < DREMPEL)
    assert _aanval(waarden, verborgen, structuur) == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(cel, min_size=1, max_size=6),
    st.integers(0, 100),
    st.integers(3, 15),
)
def test_random_distinct_counts_resist_the_attacker(
    delen: list[int], keuze: int, drempel: int
) -> None:
    # distinct persons over a breakdown where one person can be in several parts: the
    # total lies between the largest part and the sum
    laag, hoog = max(delen), sum(delen)
    totaal = laag + (hoog - laag) * keuze // 100
    waarden = [*delen, totaal]
    structuur = [(len(delen), list(range(len(delen))))]
    verborgen = _bescherm(waarden, structuur, drempel)
    gelijk = totaal == hoog
    assert _aanval(waarden, verborgen, structuur, drempel, gelijk=gelijk) == []


def test_intervals_of_the_attacker_by_hand() -> None:
    # 3 + x + y = 20, x, y hidden: both in [0, 17]
    gepubliceerd: list[float | None] = [3.0, None, None, 20.0]
    assert intervallen(gepubliceerd, [Band(3, (0, 1, 2))]) == {1: (0.0, 17.0), 2: (0.0, 17.0)}
    # the total hidden too: unbounded above
    gepubliceerd = [3.0, None, 5.0, None]
    found = intervallen(gepubliceerd, [Band(3, (0, 1, 2))])
    assert found[1] == (0.0, float("inf"))


def test_threshold_is_configurable() -> None:
    waarden, structuur = _rij([12, 30, 40])
    assert not any(_bescherm(waarden, structuur, drempel=10))
    verborgen = _bescherm(waarden, structuur, drempel=15)
    assert verborgen[0]
    assert _aanval(waarden, verborgen, structuur, drempel=15) == []


@pytest.mark.parametrize(
    ("waarde", "afgerond"), [(0, 0), (2, 0), (3, 5), (7, 5), (8, 10), (12, 10), (13, 15)]
)
def test_rounding_to_fives(waarde: int, afgerond: int) -> None:
    assert rond_af(waarde) == afgerond


@given(st.integers(0, 10**6))
def test_rounding_is_within_half_a_base(waarde: int) -> None:
    afgerond = rond_af(waarde)
    assert afgerond % 5 == 0
    assert abs(afgerond - waarde) <= 2


def test_the_audit_prints_nothing_on_stdout() -> None:
    """The LP solver's banner must not end up in piped CLI output (``--format json``)."""
    code = (
        "from stuurhuis.privacy.disclosure import Relatie, intervallen\n"
        "print(intervallen([10, 3, 7], [False, True, True], [Relatie(0, (1, 2))]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out == "{1: (0.0, 10.0), 2: (0.0, 10.0)}\n"


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda k: st.lists(st.lists(cel, min_size=k, max_size=k), min_size=1, max_size=4)
    ),
    st.data(),
)
def test_engine_intervals_equal_the_independent_attacker(
    cellen: list[list[int]], data: st.DataObject
) -> None:
    """The engine solves per connected group of hidden cells with HiGHS; the independent
    attacker solves one programme with scipy: they must find the same intervals."""
    waarden, structuur = _kruistabel(cellen)
    verborgen = data.draw(st.lists(st.booleans(), min_size=len(waarden), max_size=len(waarden)))
    relaties = [relatie(t, d, waarden) for t, d in structuur]
    engine = disclosure_intervallen(waarden, verborgen, relaties)
    gepubliceerd = [None if h else float(v) for v, h in zip(waarden, verborgen, strict=True)]
    banden = [Band(r.totaal, r.delen, r.is_gelijk) for r in relaties]
    attacker = intervallen(gepubliceerd, banden)
    assert engine.keys() == attacker.keys()
    for cell, (low, high) in engine.items():
        assert low == pytest.approx(attacker[cell][0], abs=1e-6)
        assert high == pytest.approx(attacker[cell][1], abs=1e-6)
