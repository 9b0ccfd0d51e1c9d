# SPDX-License-Identifier: EUPL-1.2
"""Dated snapshots of the programme in the warehouse, and tables compared across them.

:func:`importeer` stores a validated programme under a peildatum and label (re-importing
the same peildatum and label replaces it, in one transaction). :func:`historie` stacks a
table over all snapshots; :func:`vergelijk` puts one of its columns side by side, one
column per snapshot (and optionally the current file as ``nu``). Tables are recomputed
from each stored programme by the same functions as for a file: one computation per figure.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen.bedrag import IN_CENTEN
from stuurhuis.maatregelen.model import Maatregel, Programma
from stuurhuis.maatregelen.tabel import tabel
from stuurhuis.maatregelen.volume import VolumeBron
from stuurhuis.maatregelen.weergave import in_eenheid
from stuurhuis.warehouse import load_sql

HUIDIG = "nu"
SLEUTELS: dict[str, list[str]] = {
    "potentieel": ["indeling", "groep", "periode"],
    "ingevuld": ["indeling", "groep", "periode"],
    "resterend": ["indeling", "groep", "periode"],
    "balans": ["regel", "soort", "periode"],
    "risico": ["onderdeel", "indeling", "groep", "periode"],
    "matrix": ["fase", "urgentie"],
    "voortgang": ["indeling", "groep", "periode"],
    "businesscase": ["maatregel_id", "periode"],
}
STANDAARD_KOLOM: dict[str, str] = {
    "potentieel": "netto_cent",
    "ingevuld": "netto_cent",
    "resterend": "netto_cent",
    "balans": "bedrag_cent",
    "risico": "verwachte_waarde_cent",
    "matrix": "aantal_maatregelen",
    "voortgang": "ingevuld_netto_cent",
    "businesscase": "netto_effect_cent",
}


@dataclass(frozen=True)
class Snapshot:
    """A stored programme with the date it describes."""

    snapshot_id: int
    peildatum: date
    label: str
    programma: Programma

    @property
    def naam(self) -> str:
        """Column name in comparisons: ``2025-01-01 begin 2025``."""
        return f"{self.peildatum.isoformat()} {self.label}"


def importeer(
    con: duckdb.DuckDBPyConnection,
    programma: Programma,
    peildatum: date,
    *,
    label: str | None = None,
    bestand: str = "maatregelen.yaml",
) -> int:
    """Store ``programma`` as the snapshot of ``peildatum``; returns its snapshot id."""
    label = label or peildatum.isoformat()
    text = programma.model_dump_json()
    params = {"peildatum": peildatum, "label": label}
    con.execute("BEGIN TRANSACTION")
    try:
        for statement in _statements("snapshot_verwijderen.sql"):
            con.execute(statement, params)
        row = con.execute(
            load_sql(__package__, "sql/snapshot_toevoegen.sql"),
            {
                **params,
                "gemeente": programma.gemeente,
                "eenheid": programma.eenheid,
                "bestand": bestand,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "programma_json": text,
            },
        ).fetchone()
        assert row is not None  # noqa: S101 - INSERT … RETURNING returns the row
        snapshot_id = int(row[0])
        _insert_rows(con, snapshot_id, programma)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return snapshot_id


def snapshots(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every snapshot (id, peildatum, label, gemeente, eenheid, bestand, size, import time)."""
    return con.execute(load_sql(__package__, "sql/snapshots.sql")).pl()


def lees_snapshots(con: duckdb.DuckDBPyConnection) -> list[Snapshot]:
    """The stored programmes, oldest peildatum first."""
    rows = con.execute(load_sql(__package__, "sql/snapshot_programma.sql")).fetchall()
    return [
        Snapshot(
            int(sid),
            peildatum,
            label,
            Programma.model_validate_json(text, context={"eenheid": IN_CENTEN}),
        )
        for sid, peildatum, label, text in rows
    ]


def historie(
    con: duckdb.DuckDBPyConnection,
    naam: str,
    *,
    per: str = "totaal",
    huidig: Programma | None = None,
    volumes: VolumeBron | None = None,
) -> pl.DataFrame:
    """Table ``naam`` for every snapshot (and ``huidig`` as ``nu``), stacked long."""
    versions = [(s.naam, s.programma) for s in lees_snapshots(con)]
    if huidig is not None:
        versions.append((HUIDIG, huidig))
    if not versions:
        raise StuurhuisError("geen snapshots in het warehouse: importeer eerst met --importeer")
    frames = [
        tabel(p, naam, per=per, volumes=volumes).select(pl.lit(label).alias("snapshot"), pl.all())
        for label, p in versions
    ]
    return pl.concat(frames, how="diagonal_relaxed")


def vergelijk(
    con: duckdb.DuckDBPyConnection,
    naam: str,
    *,
    per: str = "totaal",
    kolom: str | None = None,
    huidig: Programma | None = None,
    volumes: VolumeBron | None = None,
    eenheid: str = "cent",
) -> pl.DataFrame:
    """One column of table ``naam`` side by side: one column per snapshot (and ``nu``).

    ``kolom`` defaults to the table's headline figure (e.g. ``netto_cent``); with
    ``eenheid`` euro or duizend_euro the amounts are shown in that unit.
    """
    kolom = kolom or STANDAARD_KOLOM.get(naam, "")
    long = historie(con, naam, per=per, huidig=huidig, volumes=volumes)
    if eenheid != "cent" and kolom.endswith("_cent"):
        long, kolom = in_eenheid(long, eenheid), kolom.removesuffix("_cent") + "_" + eenheid
    if kolom not in long.columns:
        raise StuurhuisError(
            f"onbekende kolom {kolom!r} voor tabel {naam}: kies uit {', '.join(long.columns)}"
        )
    keys = SLEUTELS[naam]
    return long.pivot(on="snapshot", index=keys, values=kolom, sort_columns=False)


def _statements(name: str) -> list[str]:
    text = load_sql(__package__, f"sql/{name}")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("--"))
    return [part.strip() for part in body.split(";") if part.strip()]


def _insert_rows(con: duckdb.DuckDBPyConnection, snapshot_id: int, programma: Programma) -> None:
    if programma.maatregelen:
        con.executemany(
            load_sql(__package__, "sql/maatregel_toevoegen.sql"),
            [_measure_row(snapshot_id, m) for m in programma.maatregelen],
        )
    amounts: list[tuple[int, str | None, str, int, int]] = [
        (snapshot_id, None, "taakstelling", year, cents)
        for year, cents in programma.taakstelling.items()
    ]
    for m in programma.maatregelen:
        for soort, values in (
            ("taakstelling", m.taakstelling),
            ("besparing", m.besparing),
            ("investering", m.investering),
            ("ingevuld_besparing", m.ingevuld.besparing),
            ("ingevuld_investering", m.ingevuld.investering),
        ):
            amounts += [(snapshot_id, m.id, soort, year, cents) for year, cents in values.items()]
    if amounts:
        con.executemany(load_sql(__package__, "sql/bedrag_toevoegen.sql"), amounts)


def _measure_row(snapshot_id: int, m: Maatregel) -> tuple[object, ...]:
    return (
        snapshot_id,
        m.id,
        m.naam,
        m.pakket,
        m.thema,
        m.categorie,
        m.wet,
        m.taakveld,
        m.fase,
        m.urgentie,
        m.termijn,
        m.kans,
    )
