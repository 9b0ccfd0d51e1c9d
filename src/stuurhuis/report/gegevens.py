# SPDX-License-Identifier: EUPL-1.2
"""The tidy tables the factsheet shows, each asked once from the computing layers.

Indicators are always asked with disclosure control (``openbaar=True``: primary and
secondary suppression by :mod:`stuurhuis.privacy.disclosure`); the report is published.
Text, charts, HTML tables and XLSX sheets are all drawn from these frames.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from stuurhuis import finance
from stuurhuis.charts import LABELS, met_status
from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.jaarprognose import standaard_peildatum
from stuurhuis.indicators import TOTAAL, catalogue, compute, kerncijfers
from stuurhuis.maatregelen import WarehouseVolumes, load, tabel
from stuurhuis.periode import Periode
from stuurhuis.toelichting import toelichtingen
from stuurhuis.warehouse import load_sql

KERN: tuple[str, ...] = kerncijfers("gemeente")
WIJK_KERN: tuple[str, ...] = kerncijfers("wijk")
MAATREGEL_TABELLEN: tuple[str, ...] = ("potentieel", "ingevuld", "resterend", "matrix")
TREND_LENGTE = 8


@dataclass(frozen=True)
class Gegevens:
    """Everything the report renders, for one period."""

    gemeente: str
    periode: Periode
    peildatum: date
    indicatoren: pl.DataFrame  # KERN, gemeente level, TREND_LENGTE quarters, with status
    wijken: pl.DataFrame  # WIJK_KERN per wijk with the gemeente value beside it
    prognose: pl.DataFrame  # year-end forecast, whole domain, at the peildatum
    prognose_vorige: pl.DataFrame  # the same at the previous quarter's end (same year)
    per_taakveld: pl.DataFrame
    toelichtingen: pl.DataFrame
    maatregelen: dict[str, pl.DataFrame]
    bronnen: pl.DataFrame
    onvolledig: str | None = None  # warning when the period's claims are not all in yet
    lopend: frozenset[str] = frozenset()  # trend quarters whose claims are not all in yet


def verzamel(
    con: duckdb.DuckDBPyConnection, periode: Periode, maatregelen: Path | None = None
) -> Gegevens:
    """Ask every table of the factsheet of ``periode`` (a quarter)."""
    if periode.grain != "kwartaal":
        raise StuurhuisError(f"het rapport is per kwartaal: geef bv. 2025-Q2, niet {periode}")
    programma = _maatregelen(con, maatregelen) if maatregelen is not None else {}
    laatste = _laatste_boeking(con)
    if periode.start > laatste:
        raise StuurhuisError(
            f"periode {periode} ligt na de laatste declaratie ({laatste:%d-%m-%Y})"
        )
    jaar = periode.eind.year
    peildatum = min(periode.eind, laatste)
    vorige = periode.vorige()
    per_wijk = wijktabel(con, periode)
    return Gegevens(
        gemeente=_gemeente(con),
        periode=periode,
        peildatum=peildatum,
        indicatoren=indicatoren(con, periode, per_wijk),
        wijken=wijken(per_wijk, con, periode),
        prognose=finance.prognose(con, jaar=jaar, peildatum=peildatum, by="totaal"),
        prognose_vorige=(
            finance.prognose(con, jaar=jaar, peildatum=vorige.eind, by="totaal")
            if vorige.eind.year == jaar
            else pl.DataFrame()
        ),
        per_taakveld=finance.prognose(con, jaar=jaar, peildatum=peildatum, by="taakveld"),
        toelichtingen=toelichtingen(con, periodes=[periode.code]),
        maatregelen=programma,
        bronnen=con.execute(load_sql(__package__, "bronnen.sql")).pl(),
        onvolledig=finance.onvolledig_tekst(con, periode, laatste),
        lopend=finance.onvolledige_periodes(con, reeks(periode), laatste),
    )


def reeks(periode: Periode, lengte: int = TREND_LENGTE) -> list[Periode]:
    """``lengte`` quarters ending with ``periode``, oldest first."""
    found = [periode]
    while len(found) < lengte:
        found.append(found[-1].vorige())
    return found[::-1]


def catalogus() -> pl.DataFrame:
    """Indicator id, naam, streefwaarde, richting and definitie from the catalogue."""
    return pl.DataFrame(
        [
            {
                "indicator": i.id,
                "naam": i.naam,
                "streefwaarde": i.streefwaarde,
                "richting": i.richting,
                "definitie": " ".join(i.definitie.split()),
                "bron": i.bron,
            }
            for i in catalogue()
        ],
        schema={
            "indicator": pl.String,
            "naam": pl.String,
            "streefwaarde": pl.Float64,
            "richting": pl.String,
            "definitie": pl.String,
            "bron": pl.String,
        },
    )


def wijktabel(con: duckdb.DuckDBPyConnection, periode: Periode) -> pl.DataFrame:
    """WIJK_KERN per wijk with the gemeente margin, over the trend quarters, as ONE
    disclosure-controlled table: both the wijk section and the indicator section take their
    figures from it, so a total hidden to protect a wijk is hidden everywhere."""
    return compute(con, periodes=reeks(periode), by=["wijk"], ids=WIJK_KERN, openbaar=True)


def indicatoren(
    con: duckdb.DuckDBPyConnection, periode: Periode, per_wijk: pl.DataFrame
) -> pl.DataFrame:
    """The key indicators over the last quarters, disclosure-controlled, with status; the
    WIJK_KERN values are the gemeente margin of ``per_wijk`` (see :func:`wijktabel`)."""
    overige = [i for i in KERN if i not in WIJK_KERN]
    df = pl.concat(
        [
            compute(con, periodes=reeks(periode), ids=overige, openbaar=True),
            per_wijk.filter(pl.col("wijk") == TOTAAL).drop("wijk"),
        ],
        how="vertical",
    )
    norms = catalogus().select("indicator", "naam", "streefwaarde", "richting")
    labelled = met_status(df.join(norms, on="indicator", how="left")).with_columns(
        pl.col("status").replace_strict(LABELS, default=None, return_dtype=pl.String)
    )
    volgorde = pl.col("indicator").replace_strict(
        {ident: k for k, ident in enumerate(KERN)}, return_dtype=pl.Int64
    )
    return labelled.sort(volgorde, "periode").select(
        "indicator", "naam", "periode", "waarde", "streefwaarde", "status", "eenheid", "onderdrukt"
    )


def wijken(
    per_wijk: pl.DataFrame, con: duckdb.DuckDBPyConnection, periode: Periode
) -> pl.DataFrame:
    """WIJK_KERN per wijk in ``periode`` (from :func:`wijktabel`) and the gemeente value."""
    df = per_wijk.filter(pl.col("periode") == periode.code)
    gemeente = df.filter(pl.col("wijk") == TOTAAL).select(
        "indicator", pl.col("waarde").alias("gemeente_waarde")
    )
    namen = con.execute(load_sql(__package__, "wijknamen.sql")).pl()
    rows = (
        df.filter(pl.col("wijk") != TOTAAL)
        .join(gemeente, on="indicator", how="left")
        .join(namen, on="wijk", how="left")
        .join(catalogus().select("indicator", "naam"), on="indicator", how="left")
    )
    return rows.select(
        "indicator", "naam", "wijk", "wijknaam", "waarde", "gemeente_waarde", "eenheid"
    ).sort("indicator", "wijk")


def _maatregelen(con: duckdb.DuckDBPyConnection, pad: Path) -> dict[str, pl.DataFrame]:
    if not pad.exists():
        raise StuurhuisError(f"maatregelenbestand {pad} bestaat niet")
    programma = load(pad)
    volumes = WarehouseVolumes(con)
    return {naam: tabel(programma, naam, volumes=volumes) for naam in MAATREGEL_TABELLEN}


def _laatste_boeking(con: duckdb.DuckDBPyConnection) -> date:
    try:
        return standaard_peildatum(con)
    except StuurhuisError as exc:
        raise StuurhuisError("het warehouse bevat geen declaraties: laad eerst gegevens") from exc


def _gemeente(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(load_sql(__package__, "gemeente.sql")).fetchone()
    return str(row[0]) if row else "de gemeente"
