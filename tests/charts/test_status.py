# SPDX-License-Identifier: EUPL-1.2
"""Status against a norm: hand-worked cases and the table version equal to the scalar one."""

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.charts import met_status, status


@pytest.mark.parametrize(
    ("waarde", "norm", "richting", "expected"),
    [
        (700.0, 705.0, "lager_is_beter", "op_koers"),
        (705.0, 705.0, "lager_is_beter", "op_koers"),
        (740.0, 705.0, "lager_is_beter", "let_op"),  # 35 over, 5 % of 705 = 35.25
        (741.0, 705.0, "lager_is_beter", "afwijking"),
        (19.0, 20.0, "hoger_is_beter", "let_op"),  # 1 short, 5 % of 20 = 1
        (18.9, 20.0, "hoger_is_beter", "afwijking"),
        (25.0, 20.0, "hoger_is_beter", "op_koers"),
        (None, 20.0, "hoger_is_beter", "geen_norm"),
        (25.0, None, "hoger_is_beter", "geen_norm"),
        (25.0, 20.0, None, "geen_norm"),
    ],
)
def test_status(
    waarde: float | None, norm: float | None, richting: str | None, expected: str
) -> None:
    assert status(waarde, norm, richting) == expected  # type: ignore[arg-type]


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.floats(-1e6, 1e6)),
            st.one_of(st.none(), st.floats(-1e6, 1e6)),
            st.sampled_from(["lager_is_beter", "hoger_is_beter", None]),
        ),
        max_size=20,
    )
)
def test_table_status_equals_scalar_status(
    rows: list[tuple[float | None, float | None, str | None]],
) -> None:
    df = pl.DataFrame(
        rows,
        schema={"waarde": pl.Float64, "streefwaarde": pl.Float64, "richting": pl.String},
        orient="row",
    )
    result = met_status(df)["status"].to_list()
    assert result == [status(w, n, r) for w, n, r in rows]  # type: ignore[arg-type]
