# SPDX-License-Identifier: EUPL-1.2
"""The one interface every signal kind implements, and the shape of a signal row.

A kind is a ``.sql`` file plus a small :class:`Soort` record: the parameters it binds
(thresholds from the settings and the peildatum) and the Dutch sentence that explains a
row. The SQL returns the :data:`BASIS` columns; every further column is a trigger fact and
ends up, by name and in the SQL's column order, in the ``feiten`` JSON of the row (every
key present, ``null`` when a fact does not apply).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import polars as pl

from stuurhuis.settings import Settings
from stuurhuis.warehouse import load_sql

Feiten = Mapping[str, Any]

# Columns every kind's SQL returns, with their types.
BASIS: dict[str, pl.DataType] = {
    "reden": pl.String(),
    "persoon_id": pl.String(),
    "huishouden_id": pl.String(),
    "wijk_code": pl.String(),
    "agb_code": pl.String(),
    "bedrag_op_spel_cent": pl.Int64(),
    "sinds": pl.Date(),
}

# The columns of a signal row, in output order.
SCHEMA: dict[str, pl.DataType] = {
    "peildatum": pl.Date(),
    "soort": pl.String(),
    "reden": pl.String(),
    "wijk_code": pl.String(),
    "huishouden_id": pl.String(),
    "persoon_id": pl.String(),
    "agb_code": pl.String(),
    "sinds": pl.Date(),
    "bedrag_op_spel_cent": pl.Int64(),
    "aanleiding": pl.String(),
    "feiten": pl.String(),
}


@dataclass(frozen=True)
class Soort:
    """One kind of signal.

    ``parameters`` maps the settings and peildatum to the values the SQL binds (by name,
    ``$naam``); ``aanleiding`` turns a row (base columns plus facts) into one Dutch line.
    """

    naam: str
    titel: str
    sql: str
    parameters: Callable[[Settings, date], dict[str, object]]
    aanleiding: Callable[[Feiten], str]

    def bereken(
        self, con: duckdb.DuckDBPyConnection, settings: Settings, peildatum: date
    ) -> pl.DataFrame:
        """The signals of this kind on ``peildatum``, in :data:`SCHEMA`."""
        params = {"peildatum": peildatum, **self.parameters(settings, peildatum)}
        raw = con.execute(load_sql(__package__, self.sql), params).pl()
        return _to_rows(self, raw, peildatum)


def _to_rows(soort: Soort, raw: pl.DataFrame, peildatum: date) -> pl.DataFrame:
    missing = [name for name in BASIS if name not in raw.columns]
    if missing:
        raise RuntimeError(f"{soort.sql} lacks base columns {missing}")
    facts = [name for name in raw.columns if name not in BASIS]
    feiten = pl.struct(facts).struct.json_encode() if facts else pl.lit("{}")
    frame = raw.select(
        *[pl.col(name).cast(dtype) for name, dtype in BASIS.items()],
        pl.lit(peildatum, dtype=pl.Date()).alias("peildatum"),
        pl.lit(soort.naam).alias("soort"),
        pl.Series("aanleiding", [soort.aanleiding(r) for r in raw.iter_rows(named=True)]),
        feiten.cast(pl.String()).alias("feiten"),
    )
    return frame.select(list(SCHEMA))


def leeg() -> pl.DataFrame:
    """An empty signal table with the right columns and types."""
    return pl.DataFrame(schema=SCHEMA)
