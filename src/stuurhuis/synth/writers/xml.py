# SPDX-License-Identifier: EUPL-1.2
"""The synthetic municipality as iWmo/iJw 3.2 messages (``stuurhuis synth --format xml``).

Allocations and claims travel as 315 (verzoek om toewijzing), 301 (toewijzing), 305/307
(start/stop) and 323 (declaratie) messages, one zip per month of dagtekening
(``berichten-jjjj-mm.zip``). Everything else is written as the canonical CSV files. What a
message cannot carry, or what the message route refuses by its business rules, stays in
the CSV files too, so both routes give the same warehouse:

- PGB allocations and their claims (PGB is paid through the SVB, not by message);
- claims without an allocation number, on an allocation that is not in a 301, outside the
  period of their allocation, and credits whose debit is not in an earlier (or the same)
  323;
- the dirty rows (they are quarantined on either route).

A 315 is written for allocations with a verwijzer (youth care); a Wmo melding is made at
the gemeente, not by message, so a Wmo allocation has no aanvraagdatum on the message
route.

Identifiers are re-numbered where the XSD is stricter than the synthetic ones
(ToewijzingNummer is an integer ≤ 999,999,999; DeclaratieNummer at most 12 letters and
digits), in the CSV files too: the mapping is written to
``_verwachting/berichtnummers.json``.
"""

import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import IO

import polars as pl

from stuurhuis.ingest.istandaarden.writer import (
    Client,
    Kop,
    Row,
    signed_cent,
    write_301,
    write_305_307,
    write_315,
    write_323,
)
from stuurhuis.synth.records import Batch, typed_columns
from stuurhuis.synth.writers.csv import CsvWriter

MAPPING = Path("_verwachting") / "berichtnummers.json"
_MESSAGE_KINDS = ("toewijzing", "declaratie")


def _euro(column: str) -> pl.Expr:
    """Integer cents as canonical euro text (``1250`` → ``"12.50"``)."""
    cents = pl.col(f"{column}_cent")
    return (
        pl.when(cents.is_null())
        .then(None)
        .otherwise(
            pl.when(cents < 0).then(pl.lit("-")).otherwise(pl.lit(""))
            + (cents.abs() // 100).cast(pl.Utf8)
            + "."
            + (cents.abs() % 100).cast(pl.Utf8).str.zfill(2)
        )
        .alias(column)
    )


def _as_text(frame: pl.DataFrame) -> pl.DataFrame:
    """A typed synth frame as canonical text rows (ISO dates, euro text)."""
    exprs = []
    for name, dtype in frame.schema.items():
        if name.endswith("_cent"):
            exprs.append(_euro(name.removesuffix("_cent")))
        elif dtype == pl.Date:
            exprs.append(pl.col(name).dt.strftime("%Y-%m-%d"))
        else:
            exprs.append(pl.col(name).cast(pl.Utf8))
    return frame.select(exprs)


@dataclass
class _Teller:
    """Message identifications: unique per sender, at most 12 characters."""

    last: int = 0

    def next(self) -> str:
        self.last += 1
        return str(self.last)


class XmlWriter:
    """Collects the allocations and claims and writes them as messages on close."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._csv = CsvWriter(out_dir)
        self._frames: dict[str, list[pl.DataFrame]] = {kind: [] for kind in _MESSAGE_KINDS}
        self._clients: list[pl.DataFrame] = []
        self._teller = _Teller()

    def write(self, batch: Batch) -> None:
        if batch.kind not in _MESSAGE_KINDS:
            self._csv.write(batch)
            if batch.kind == "persoon":
                self._clients.append(batch.rows.select("bsn", "geboortedatum", "geslacht"))
            return
        self._frames[batch.kind].append(batch.rows)
        if batch.vuil is not None and batch.vuil.height:
            self._csv.write(Batch(batch.kind, batch.rows.clear(), batch.vuil))

    def close(self) -> list[Path]:
        toewijzingen = _concat(self._frames["toewijzing"], "toewijzing")
        declaraties = _concat(self._frames["declaratie"], "declaratie")
        per_bericht, in_csv = _split_toewijzingen(toewijzingen)
        claims, claims_csv = _split_declaraties(declaraties, per_bericht)
        nummers = _nummers(per_bericht, declaraties)
        self._csv.write(Batch("toewijzing", in_csv))
        self._csv.write(Batch("declaratie", _renumber_claims(claims_csv, nummers)))
        paths = self._csv.close()
        paths += self._write_messages(_renumber(per_bericht, claims, nummers))
        mapping = self.out_dir / MAPPING
        mapping.parent.mkdir(parents=True, exist_ok=True)
        mapping.write_text(json.dumps(nummers, indent=1, sort_keys=True) + "\n", "utf-8")
        return [*paths, mapping]

    def _write_messages(self, frames: tuple[pl.DataFrame, pl.DataFrame]) -> list[Path]:
        toewijzingen, declaraties = (_as_text(frame) for frame in frames)
        clients = _client_lookup(self._clients)
        berichten = sorted(
            [
                *self._toewijzing_berichten(toewijzingen, clients),
                *self._declaratie_berichten(declaraties),
            ],
            key=lambda bericht: (bericht.maand, bericht.sort_key),
        )
        paths = []
        for maand, groep in groupby(berichten, key=lambda bericht: bericht.maand):
            path = self.out_dir / f"berichten-{maand}.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
                for bericht in groep:
                    with archive.open(bericht.naam, "w") as member:
                        bericht.write(member)
            paths.append(path)
        return paths

    def _toewijzing_berichten(
        self, toewijzingen: pl.DataFrame, clients: dict[str, Client]
    ) -> Iterator["_Bericht"]:
        for row in toewijzingen.iter_rows(named=True):
            client = clients.get(row["bsn"]) or Client(row["bsn"], "1900-01-01", "onbekend")
            gemeente = row["gemeente"]
            agb = row["agb_code"]
            if row["verwijzer"]:  # a 315 needs a verwijzer; a Wmo melding is made at the gemeente
                yield self._bericht("315", row, agb, gemeente, row["aanvraagdatum"], client, [row])
            yield self._bericht("301", row, gemeente, agb, row["beslisdatum"], client, [row])
            start = {
                **row,
                "toewijzing_ingangsdatum": row["ingangsdatum"],
                "begindatum": row["ingangsdatum"],
            }
            dag = max(row["ingangsdatum"], row["beslisdatum"])
            yield self._bericht("305", row, agb, gemeente, dag, client, [start])
            if row["reden_beeindiging"] and row["einddatum"]:
                stop = {**start, "status_aanlevering": "1"}
                yield self._bericht("307", row, agb, gemeente, row["einddatum"], client, [stop])

    def _bericht(  # noqa: PLR0917 (one message's header fields)
        self,
        nummer: str,
        row: Row,
        afzender: str,
        ontvanger: str,
        dagtekening: str,
        client: Client,
        rows: list[Row],
    ) -> "_Bericht":
        kop = Kop(str(row["wet"]), nummer, afzender, ontvanger, self._teller.next(), dagtekening)
        return _Bericht(kop, client=client, rows=rows)

    def _declaratie_berichten(self, declaraties: pl.DataFrame) -> Iterator["_Bericht"]:
        ordered = declaraties.sort(
            "declaratie_nummer", "bsn", "debet_credit", descending=[False, False, True]
        )
        for (nummer,), lines in ordered.group_by("declaratie_nummer", maintain_order=True):
            rows = lines.to_dicts()
            first = rows[0]
            kop = Kop(
                str(first["wet"]),
                "323",
                str(first["agb_code"]),
                str(first["gemeente"]),
                self._teller.next(),
                str(first["dagtekening"]),
            )
            periode = (min(r["begindatum"] for r in rows), max(r["einddatum"] for r in rows))
            yield _Bericht(kop, rows=rows, declaratie=(str(nummer), periode))


@dataclass
class _Bericht:
    kop: Kop
    client: Client | None = None
    rows: Sequence[Row] | None = None
    declaratie: tuple[str, tuple[str, str]] | None = None

    @property
    def maand(self) -> str:
        return self.kop.dagtekening[:7]

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.kop.dagtekening, int(self.kop.identificatie))

    @property
    def naam(self) -> str:
        return f"{self.kop.prefix}-{self.kop.afzender}-{self.kop.identificatie}.xml"

    def write(self, target: IO[bytes]) -> None:
        rows = self.rows or []
        if self.declaratie is not None:
            nummer, periode = self.declaratie
            write_323(
                target,
                self.kop,
                declaratie_nummer=nummer,
                periode=periode,
                prestaties=rows,
                totaal_cent=sum(signed_cent(row) for row in rows),
            )
            return
        assert self.client is not None  # noqa: S101 - every other message has a client
        if self.kop.nummer == "301":
            write_301(target, self.kop, self.client, rows)
        elif self.kop.nummer == "315":
            write_315(target, self.kop, self.client, rows)
        else:
            write_305_307(target, self.kop, self.client, rows)


def _concat(frames: list[pl.DataFrame], kind: str) -> pl.DataFrame:
    if not frames:
        return pl.DataFrame(schema=dict.fromkeys(typed_columns(kind), pl.Utf8))
    return pl.concat(frames, how="vertical_relaxed")


def _split_toewijzingen(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """ZIN allocations travel as messages; PGB ones stay in the CSV file."""
    zin = pl.col("leveringsvorm") == "ZIN"
    return frame.filter(zin), frame.filter(~zin)


def _split_declaraties(
    claims: pl.DataFrame, toewijzingen: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The claims a 323 carries and the rest (see the module docstring)."""
    periods = toewijzingen.select(
        "toewijzing_nummer",
        pl.col("ingangsdatum").alias("_ingang"),
        pl.col("einddatum").alias("_einde"),
    )
    joined = claims.with_row_index("_rij").join(periods, on="toewijzing_nummer", how="left")
    inside = (
        pl.col("_ingang").is_not_null()
        & (pl.col("begindatum") >= pl.col("_ingang"))
        & (pl.col("_einde").is_null() | (pl.col("einddatum") <= pl.col("_einde")))
    )
    joined = joined.with_columns(_ok=inside.fill_null(False))
    debits = joined.filter(pl.col("_ok") & (pl.col("debet_credit") == "D")).select(
        "agb_code",
        pl.col("referentie_nummer").alias("vorig_referentie_nummer"),
        pl.col("dagtekening").alias("_debet_dag"),
    )
    joined = joined.join(debits, on=["agb_code", "vorig_referentie_nummer"], how="left")
    credit_ok = pl.col("_debet_dag").is_not_null() & (pl.col("_debet_dag") <= pl.col("dagtekening"))
    ok = pl.col("_ok") & ((pl.col("debet_credit") == "D") | credit_ok)
    joined = joined.with_columns(_ok=ok.fill_null(False)).sort("_rij")
    columns = claims.columns
    return joined.filter("_ok").select(columns), joined.filter(~pl.col("_ok")).select(columns)


def _nummers(toewijzingen: pl.DataFrame, claims: pl.DataFrame) -> dict[str, dict[str, str]]:
    """Synthetic → message identifier, numbered in sorted order (deterministic); claims
    kept in the CSV file are renumbered too, so every link still holds."""
    toewijzing = sorted(toewijzingen["toewijzing_nummer"].to_list())
    declaratie = sorted(set(claims["declaratie_nummer"].to_list()))
    return {
        "toewijzing_nummer": {nr: str(i) for i, nr in enumerate(toewijzing, start=1)},
        "declaratie_nummer": {nr: str(i) for i, nr in enumerate(declaratie, start=1)},
    }


def _renumber(
    toewijzingen: pl.DataFrame, claims: pl.DataFrame, nummers: dict[str, dict[str, str]]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    gemeente = pl.col("toewijzing_nummer").str.slice(1, 4).alias("gemeente")  # letter + gm4
    toewijzing = pl.col("toewijzing_nummer").replace_strict(nummers["toewijzing_nummer"])
    declaratie = pl.col("declaratie_nummer").replace_strict(nummers["declaratie_nummer"])
    return (
        toewijzingen.with_columns(
            gemeente, toewijzing, referentie_aanbieder=pl.lit("V") + toewijzing
        ),
        claims.with_columns(gemeente, toewijzing, declaratie),
    )


def _renumber_claims(claims: pl.DataFrame, nummers: dict[str, dict[str, str]]) -> pl.DataFrame:
    """Claims kept in the CSV file, pointing at the allocation's message number."""
    return claims.with_columns(
        pl.col("toewijzing_nummer").replace(nummers["toewijzing_nummer"]),
        pl.col("declaratie_nummer").replace(nummers["declaratie_nummer"]),
    )


def _client_lookup(frames: list[pl.DataFrame]) -> dict[str, Client]:
    if not frames:
        return {}
    persons = pl.concat(frames).unique("bsn", keep="last")
    return {
        bsn: Client(bsn, geboren.isoformat() if isinstance(geboren, date) else str(geboren), sex)
        for bsn, geboren, sex in persons.iter_rows()
    }


__all__ = ["MAPPING", "XmlWriter"]
