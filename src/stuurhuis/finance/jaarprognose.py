# SPDX-License-Identifier: EUPL-1.2
"""Year-end forecast per group as of a peildatum, with band and budget variance."""

from dataclasses import dataclass
from datetime import date

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.begroting import begroting
from stuurhuis.finance.decompositie import ontleed
from stuurhuis.finance.groepering import KOLOMMEN, Indeling, check_indeling, met_groep
from stuurhuis.finance.grondslag import Grondslag, groepen, laad
from stuurhuis.finance.methode import Reeks, groeifactoren, prognose_reeks, ultimates

HISTORY_YEARS = 4  # years of history read before the forecast year


@dataclass(frozen=True)
class Venster:
    """Where the forecast year and the peildatum sit in a series."""

    origin: int
    first: int
    last: int


def venster(reeks: Reeks, jaar: int, peildatum: date) -> Venster:
    """Month indices of the peil month and of January and December of ``jaar``."""
    return Venster(
        reeks.index(peildatum.replace(day=1)),
        reeks.index(date(jaar, 1, 1)),
        reeks.index(date(jaar, 12, 1)),
    )


def standaard_peildatum(con: duckdb.DuckDBPyConnection) -> date:
    """The newest booking date in the warehouse (today's view of the data)."""
    row = con.cursor().execute("SELECT max(dagtekening) FROM declaratie").fetchone()
    if row is None or row[0] is None:
        raise StuurhuisError("geen declaraties in het warehouse: geef --as-of of laad eerst data")
    found: date = row[0]
    return found


def laad_jaar(con: duckdb.DuckDBPyConnection, jaar: int, peildatum: date) -> Grondslag:
    """The data a forecast of ``jaar`` on ``peildatum`` needs."""
    tot = max(date(jaar, 12, 1), peildatum.replace(day=1))
    return laad(con, peildatum=peildatum, van=date(jaar - HISTORY_YEARS, 1, 1), tot=tot)


def prognose(
    con: duckdb.DuckDBPyConnection,
    *,
    jaar: int,
    peildatum: date | None = None,
    by: str = "taakveld",
) -> pl.DataFrame:
    """Year-end forecast of ``jaar`` per group as known on ``peildatum``.

    One row per group with ``begroting_cent``, ``gerealiseerd_cent`` (claims booked),
    ``ibnr_cent`` (late claims still to come for past months), ``verwacht_rest_cent``
    (remaining months), ``prognose_cent``, the 80 % band ``ondergrens_cent`` /
    ``bovengrens_cent``, ``afwijking_cent`` (prognose − begroting) and its split into
    ``volume_effect_cent``, ``prijs_effect_cent`` and ``mix_effect_cent``.
    """
    indeling = check_indeling(by)
    peil = peildatum or standaard_peildatum(con)
    grondslag = laad_jaar(con, jaar, peil)
    rows = [
        _rij(grondslag, indeling, key, reeks, jaar)
        for key, reeks in groepen(grondslag, indeling).items()
    ]
    keys = list(KOLOMMEN[indeling])
    schema = dict.fromkeys(keys, pl.String) | _SCHEMA
    forecast = pl.DataFrame(rows, schema=schema, orient="row")
    budget = begroting(con, jaar=jaar, by=indeling)
    table = forecast.join(budget, on=keys, how="full", coalesce=True)
    table = _met_afwijking(table, grondslag, indeling, jaar)
    return _kolommen(table, keys, jaar, peil)


_SCHEMA: dict[str, type[pl.DataType]] = {
    "gerealiseerd_cent": pl.Int64,
    "ibnr_cent": pl.Int64,
    "verwacht_rest_cent": pl.Int64,
    "prognose_cent": pl.Int64,
    "ondergrens_cent": pl.Int64,
    "bovengrens_cent": pl.Int64,
    "aantal_voorzieningmaanden": pl.Float64,
    "aantal_toetsen": pl.Int64,
}


def _rij(
    grondslag: Grondslag, by: Indeling, key: tuple[str, ...], reeks: Reeks, jaar: int
) -> tuple[object, ...]:
    plaats = venster(reeks, jaar, grondslag.peildatum)
    uitkomst = prognose_reeks(reeks, plaats.origin, plaats.first, plaats.last)
    return (
        *key,
        round(uitkomst.gerealiseerd),
        round(uitkomst.ibnr),
        round(uitkomst.rest),
        round(uitkomst.prognose),
        round(uitkomst.ondergrens),
        round(uitkomst.bovengrens),
        volume_prognose(reeks, plaats),
        uitkomst.aantal_toetsen,
    )


def volume_prognose(reeks: Reeks, plaats: Venster) -> float:
    """Allocation-months of the year: realised up to the peil month, then projected."""
    past_last = min(plaats.last, plaats.origin)
    realised = float(reeks.volume[max(plaats.first, 0) : past_last + 1].sum())
    horizon = plaats.last - plaats.origin
    if horizon <= 0:
        return realised
    growth = groeifactoren(reeks.volume, plaats.origin, horizon)
    skip = max(plaats.first - plaats.origin - 1, 0)
    return realised + float(reeks.volume[plaats.origin] * growth[skip:].sum())


def _met_afwijking(
    table: pl.DataFrame, grondslag: Grondslag, by: Indeling, jaar: int
) -> pl.DataFrame:
    """Add ``afwijking_cent`` and the volume/prijs/mix effects per group."""
    keys = list(KOLOMMEN[by])
    kosten = met_groep(grondslag.kosten, by)
    volume = met_groep(grondslag.verplichting, by)
    reeksen = groepen(grondslag, by)
    effects: list[tuple[int | None, int | None, int | None]] = []
    for row in table.iter_rows(named=True):
        key = tuple(row[k] for k in keys)
        reeks = reeksen.get(key)
        result = None
        if (
            reeks is not None
            and row["begroting_cent"] is not None
            and row["prognose_cent"] is not None
        ):
            result = ontleed(
                begroting=row["begroting_cent"],
                prognose=row["prognose_cent"],
                volume=row["aantal_voorzieningmaanden"] or 0.0,
                ref_kosten=_ref_kosten(
                    kosten, keys, key, reeks=reeks, jaar=jaar, peil=grondslag.peildatum
                ),
                ref_volume=_per_categorie(volume, keys, key, jaar - 1, None),
                aandeel=_per_categorie(volume, keys, key, jaar, grondslag.peildatum),
            )
        if result is None:
            effects.append((None, None, None))
        else:  # prijs as the integer remainder: the three add up to the cent
            vol, mix = round(result.volume), round(result.mix)
            effects.append((vol, row["prognose_cent"] - row["begroting_cent"] - vol - mix, mix))
    return table.with_columns(
        (pl.col("prognose_cent") - pl.col("begroting_cent")).alias("afwijking_cent"),
        pl.Series("volume_effect_cent", [e[0] for e in effects], pl.Int64),
        pl.Series("prijs_effect_cent", [e[1] for e in effects], pl.Int64),
        pl.Series("mix_effect_cent", [e[2] for e in effects], pl.Int64),
    )


def _in_groep(df: pl.DataFrame, keys: list[str], key: tuple[str, ...]) -> pl.DataFrame:
    for column, value in zip(keys, key, strict=True):
        df = df.filter(pl.col(column) == value)
    return df


def _per_categorie(
    volume: pl.DataFrame, keys: list[str], key: tuple[str, ...], jaar: int, tot: date | None
) -> dict[str, float]:
    """Allocation-months per categorie in ``jaar`` (up to ``tot`` when given)."""
    rows = _in_groep(volume, keys, key).filter(pl.col("maand").dt.year() == jaar)
    if tot is not None:
        rows = rows.filter(pl.col("maand") <= tot)
    sums = rows.group_by("wet", "categorie").agg(pl.col("aantal_voorzieningmaanden").sum())
    return {f"{w}/{c}": float(v) for w, c, v in sums.iter_rows()}


def _ref_kosten(
    kosten: pl.DataFrame,
    keys: list[str],
    key: tuple[str, ...],
    *,
    reeks: Reeks,
    jaar: int,
    peil: date,
) -> dict[str, float]:
    """Last year's cost per categorie, scaled up by the group's IBNR for that year."""
    rows = _in_groep(kosten, keys, key).filter(pl.col("dienstmaand").dt.year() == jaar - 1)
    sums = rows.group_by("wet", "categorie").agg(pl.col("bedrag_cent").sum())
    origin = reeks.index(peil.replace(day=1))
    first, last = reeks.index(date(jaar - 1, 1, 1)), min(reeks.index(date(jaar - 1, 12, 1)), origin)
    if first < 0 or last < first:
        return {}
    ultimate = ultimates(reeks, origin)[first : last + 1].sum()
    booked = sum(float(v) for v in sums["bedrag_cent"])
    scale = float(ultimate) / booked if booked > 0 else 1.0
    return {f"{w}/{c}": float(v) * scale for w, c, v in sums.iter_rows()}


def _kolommen(table: pl.DataFrame, keys: list[str], jaar: int, peil: date) -> pl.DataFrame:
    return table.select(
        pl.lit(jaar, pl.Int32).alias("jaar"),
        pl.lit(peil, pl.Date).alias("peildatum"),
        *keys,
        *[pl.col(c).cast(pl.Int64) for c in MONEY],
        pl.col("aantal_voorzieningmaanden").round(1),
        pl.col("aantal_toetsen").fill_null(0),
    ).sort(keys)


# The year-end result at a glance: the columns the dashboard and the factsheet summarise.
JAARRESULTAAT = (
    "jaar",
    "peildatum",
    "begroting_cent",
    "gerealiseerd_cent",
    "prognose_cent",
    "ondergrens_cent",
    "bovengrens_cent",
    "afwijking_cent",
)

MONEY = (
    "begroting_primitief_cent",
    "begroting_cent",
    "gerealiseerd_cent",
    "ibnr_cent",
    "verwacht_rest_cent",
    "prognose_cent",
    "ondergrens_cent",
    "bovengrens_cent",
    "afwijking_cent",
    "volume_effect_cent",
    "prijs_effect_cent",
    "mix_effect_cent",
)
