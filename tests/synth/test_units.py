# SPDX-License-Identifier: EUPL-1.2
"""Small building blocks: money text, unit split, date ranges."""

import numpy as np
import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.synth.config import SynthConfig
from stuurhuis.synth.tijd import expand_ranges
from stuurhuis.synth.writers.csv import euro_text


@given(st.lists(st.integers(min_value=-(10**12), max_value=10**12), min_size=1, max_size=50))
def test_euro_text_round_trips(cents: list[int]) -> None:
    frame = pl.DataFrame({"c": cents}, schema={"c": pl.Int64})
    comma = frame.select(euro_text(pl.col("c"), ",", ".").alias("t"))["t"].to_list()
    point = frame.select(euro_text(pl.col("c"), ".", "").alias("t"))["t"].to_list()
    for value, dutch, plain in zip(cents, comma, point, strict=True):
        assert int(dutch.replace(".", "").replace(",", "")) == value
        assert round(float(plain) * 100) == value
        assert "," not in plain


def test_euro_text_examples() -> None:
    frame = pl.DataFrame({"c": [123456789, 5, None]}, schema={"c": pl.Int64})
    out = frame.select(euro_text(pl.col("c"), ",", ".").alias("t"))["t"].to_list()
    assert out == ["1.234.567,89", "0,05", None]


@given(st.integers(min_value=1_000, max_value=20_000_000))
def test_units_add_up_to_the_inhabitants(inhabitants: int) -> None:
    config = SynthConfig(inhabitants=inhabitants)
    sizes = [config.unit_inhabitants(u) for u in range(config.units)]
    assert sum(sizes) == inhabitants
    assert max(sizes) - min(sizes) <= 1


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(-3, 10)), max_size=30))
def test_expand_ranges(ranges: list[tuple[int, int]]) -> None:
    first = np.asarray([a for a, _ in ranges], dtype=np.int64)
    last = np.asarray([a + d for a, d in ranges], dtype=np.int64)
    owner, value = expand_ranges(first, last)
    expected = [(i, v) for i, (a, d) in enumerate(ranges) for v in range(a, a + d + 1)]
    assert list(zip(owner.tolist(), value.tolist(), strict=True)) == expected
