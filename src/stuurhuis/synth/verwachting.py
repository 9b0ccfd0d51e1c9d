# SPDX-License-Identifier: EUPL-1.2
"""The ground truth next to the files, in ``DIR/_verwachting/``.

``geplant.json`` lists every planted case by kind with stable identifiers, and the dirty
rows by reason; ``samenvatting.json`` holds the true totals per table (rows, clients,
amounts) so tests can check an ingest end to end. Both are accumulated batch by batch; only
totals and the (small) planted lists are kept in memory.
"""

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import polars as pl

from stuurhuis.synth.config import SynthConfig
from stuurhuis.synth.records import CONTRACT, Batch

FOLDER = "_verwachting"
# Natural (not planted) cases are listed in full for the first units only; beyond that
# they are counted, so the manifest stays small at national scale.
NATURAL_LIST_UNITS = 10

# Reasons of dirty rows and whether the ingest must quarantine them or load and flag them.
VUIL_REDENEN = {
    "ongeldig_bsn": "quarantaine",
    "onmogelijke_datum": "quarantaine",
    "eind_voor_begin": "quarantaine",
    "niet_numeriek_bedrag": "quarantaine",
    "onbekende_productcode": "gemarkeerd",
    "declaratie_zonder_toewijzing": "gemarkeerd",
    "volume_boven_toewijzing": "gemarkeerd",
}


class Verwachting:
    """Accumulates the manifest and the summary while the generator runs."""

    def __init__(self, config: SynthConfig) -> None:
        self.config = config
        self.cases: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.case_counts: Counter[str] = Counter()
        self.vuil: dict[str, dict[str, Any]] = {}
        self.rows: Counter[str] = Counter()
        self.vuil_rows: Counter[str] = Counter()
        self.sums: Counter[str] = Counter()
        self.clients: Counter[str] = Counter()
        self.notes: dict[str, Any] = {}

    # -- planted cases and dirty rows ---------------------------------------------------
    def add_cases(
        self, kind: str, entries: pl.DataFrame, *, natural: bool = False, unit: int = 0
    ) -> None:
        """Register cases of ``kind`` (a frame of identifier columns, all text)."""
        self.case_counts[kind] += entries.height
        if not natural or unit < NATURAL_LIST_UNITS:
            self.cases[kind].extend(entries.select(pl.all().cast(pl.Utf8)).to_dicts())

    def add_vuil(self, reden: str, bestand: str, referenties: list[str]) -> None:
        """Register dirty rows of ``reden`` in ``bestand`` (identified by their key)."""
        entry = self.vuil.setdefault(
            reden,
            {"behandeling": VUIL_REDENEN[reden], "aantal": 0, "per_bestand": {}, "sleutels": []},
        )
        entry["aantal"] += len(referenties)
        entry["per_bestand"][bestand] = entry["per_bestand"].get(bestand, 0) + len(referenties)
        entry["sleutels"].extend(referenties)

    # -- totals -------------------------------------------------------------------------
    def add_batch(self, batch: Batch) -> None:
        """Count the rows and sum the amounts of a batch as it is written."""
        kind = batch.kind
        self.rows[kind] += batch.rows.height
        if batch.vuil is not None:
            self.vuil_rows[kind] += batch.vuil.height
        summarise = _SUMMARIES.get(kind)
        if summarise is not None:
            for key, value in summarise(batch.rows).items():
                self.sums[f"{kind}.{key}"] += value

    def note(self, key: str, value: Any) -> None:
        self.notes[key] = value

    # -- output -------------------------------------------------------------------------
    def write(self, out_dir: Path) -> list[Path]:
        folder = out_dir / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {
            "seed": self.config.seed,
            "inwoners": self.config.inhabitants,
            "jaar_van": self.config.jaar_van,
            "jaar_tot": self.config.jaar_tot,
            "peildatum": self.config.peildatum.isoformat(),
            "gevallen": {k: self.cases[k] for k in sorted(self.cases)},
            "aantal_gevallen": dict(sorted(self.case_counts.items())),
            "vuil": {k: self.vuil[k] for k in sorted(self.vuil)},
        }
        summary: dict[str, Any] = {"peildatum": self.config.peildatum.isoformat(), "tabellen": {}}
        for kind, (bestand, _) in CONTRACT.items():
            if kind not in self.rows:
                continue
            vuil = self.vuil_rows[kind]
            quarantine = sum(
                v["per_bestand"].get(bestand, 0)
                for v in self.vuil.values()
                if v["behandeling"] == "quarantaine"
            )
            table: dict[str, Any] = {
                "bestand": bestand,
                "aantal_rijen": self.rows[kind] + vuil,
                "aantal_quarantaine": quarantine,
                "aantal_geladen": self.rows[kind] + vuil - quarantine,
            }
            prefix = f"{kind}."
            for key in sorted(k for k in self.sums if k.startswith(prefix)):
                table[key[len(prefix) :]] = self.sums[key]
            summary["tabellen"][kind] = table
        summary.update(dict(sorted(self.notes.items())))
        paths = [folder / "geplant.json", folder / "samenvatting.json"]
        for path, content in zip(paths, (manifest, summary), strict=True):
            path.write_text(
                json.dumps(content, ensure_ascii=False, separators=(",", ":")) + "\n",
                encoding="utf-8",
            )
        return paths


def _declaratie_sums(rows: pl.DataFrame) -> dict[str, int]:
    signed = (
        pl.when(pl.col("debet_credit") == "C")
        .then(-pl.col("ingediend_bedrag_cent"))
        .otherwise(pl.col("ingediend_bedrag_cent"))
    )
    out: dict[str, int] = {}
    per = rows.group_by("wet", "debet_credit").agg(
        pl.len().alias("n"), signed.sum().alias("bedrag")
    )
    for wet, dc, n, bedrag in per.iter_rows():
        out[f"aantal_{dc}_{wet}"] = int(n)
        out[f"bedrag_cent_{wet}"] = out.get(f"bedrag_cent_{wet}", 0) + int(bedrag)
    out["bedrag_cent"] = int(rows.select(signed.sum()).item() or 0)
    return out


def _toewijzing_sums(rows: pl.DataFrame) -> dict[str, int]:
    out: dict[str, int] = {}
    per = rows.group_by("wet", "leveringsvorm").agg(
        pl.len().alias("n"), pl.col("bsn").n_unique().alias("clients")
    )
    for wet, vorm, n, clients in per.iter_rows():
        out[f"aantal_{wet}_{vorm}"] = int(n)
        out[f"clienten_{wet}_{vorm}"] = int(clients)
    for wet, clients in rows.group_by("wet").agg(pl.col("bsn").n_unique()).iter_rows():
        out[f"clienten_{wet}"] = int(clients)
    return out


def _uitkering_sums(rows: pl.DataFrame) -> dict[str, int]:
    out: dict[str, int] = {"bedrag_per_maand_cent": int(rows["bedrag_per_maand_cent"].sum() or 0)}
    for regeling, clients in rows.group_by("regeling").agg(pl.col("bsn").n_unique()).iter_rows():
        out[f"clienten_{regeling}"] = int(clients)
    return out


def _begroting_sums(rows: pl.DataFrame) -> dict[str, int]:
    return {
        "primitief_cent": int(rows["primitief_cent"].sum() or 0),
        "gewijzigd_cent": int(rows["gewijzigd_cent"].sum() or 0),
    }


def _bevolking_sums(rows: pl.DataFrame) -> dict[str, int]:
    return {
        f"inwoners_{j}": int(n)
        for j, n in rows.group_by("jaar").agg(pl.col("aantal_inwoners").sum()).iter_rows()
    }


def _huishoudens_sums(rows: pl.DataFrame) -> dict[str, int]:
    return {
        f"huishoudens_{j}": int(n)
        for j, n in rows.group_by("jaar").agg(pl.col("aantal_huishoudens").sum()).iter_rows()
    }


_SUMMARIES = {
    "declaratie": _declaratie_sums,
    "toewijzing": _toewijzing_sums,
    "uitkering": _uitkering_sums,
    "begroting": _begroting_sums,
    "bevolking": _bevolking_sums,
    "huishoudens": _huishoudens_sums,
}

__all__ = ["FOLDER", "VUIL_REDENEN", "Verwachting"]
