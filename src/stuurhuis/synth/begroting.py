# SPDX-License-Identifier: EUPL-1.2
"""The budget (begroting): per year x taakveld x begrotingspost, primitive and amended.

The budget is set against the true cost of the year (every claim line for services in that
year, whenever it arrives, plus PGB budgets and provisions). Like the seeds describe, most
years overrun: the primitive budget is the true cost divided by ``1 + overrun``; the
amended budget closes part of the gap during the year. Amounts are rounded to whole
thousands of euros, as budgets are.
"""

from collections import Counter

import numpy as np
import polars as pl

from stuurhuis.synth.catalogus import PRODUCTS, SPLIT_YEAR, taakveld
from stuurhuis.synth.config import SynthConfig
from stuurhuis.synth.records import Batch

# Budget line per (wet, product category); PGB gets its own line.
POST = {
    "01": "Hulp bij het huishouden",
    "02": "Begeleiding",
    "03": "Begeleiding",
    "04": "Begeleiding",
    "06": "Begeleiding",
    "08": "Begeleiding",
    "07": "Dagbesteding",
    "11": "Hulpmiddelen en woonvoorzieningen",
    "12": "Hulpmiddelen en woonvoorzieningen",
    "13": "Hulpmiddelen en woonvoorzieningen",
    "14": "Hulpmiddelen en woonvoorzieningen",
    "15": "Beschermd wonen",
    "16": "Maatschappelijke opvang",
    "40": "Jeugdhulp ambulant",
    "45": "Jeugdhulp ambulant",
    "54": "Jeugd-ggz",
    "41": "Dagbehandeling en vervoer",
    "42": "Dagbehandeling en vervoer",
    "43": "Jeugdhulp met verblijf",
    "44": "Jeugdhulp met verblijf",
    "46": "Crisisopvang jeugd",
    "47": "Jeugdreclassering",
    "48": "Jeugdbescherming",
}
REGELING_POST = {
    "bijstand": ("6.3", "Bijstandsuitkeringen (BUIG)"),
    "ioaw": ("6.3", "IOAW/IOAZ"),
    "loonkostensubsidie": ("6.3", "Loonkostensubsidie (BUIG)"),
    "bijzondere_bijstand": ("6.3", "Bijzondere bijstand"),
    "schuldhulp": ("6.3", "Schuldhulpverlening"),
    "bewindvoering": ("6.3", "Beschermingsbewind"),
    "re_integratie": ("6.5", "Re-integratie"),
    "beschut_werk": ("6.4", "Beschut werk"),
}
# True cost / primitive budget - 1, per year offset from the first year: most years overrun.
OVERRUN = (0.045, 0.07, 0.02, -0.015, 0.085, 0.06, 0.05)


class BudgetLedger:
    """Accumulates the true cost per (jaar, taakveld, wet, post) over the units."""

    def __init__(self, config: SynthConfig) -> None:
        self.config = config
        self.cost: Counter[tuple[int, str, str, str]] = Counter()

    def add_unit(self, frames: dict[str, pl.DataFrame], taakveld: pl.DataFrame) -> None:
        """Add the true cost of one unit (claims before the peildatum cut)."""
        years = (self.config.jaar_van, self.config.jaar_tot)
        claims = (
            frames["declaratie"]
            .with_columns(
                jaar=pl.col("begindatum").dt.year().cast(pl.Int32),
                bedrag=pl.when(pl.col("debet_credit") == "C")
                .then(-pl.col("ingediend_bedrag_cent"))
                .otherwise(pl.col("ingediend_bedrag_cent")),
                pgb=pl.lit(value=False),
            )
            .select("jaar", "wet", "product_code", "product_categorie", "pgb", "bedrag")
        )
        pgb = self._pgb_cost(frames["toewijzing"])
        for frame in (claims, pgb):
            grouped = (
                frame.filter(pl.col("jaar").is_between(*years))
                .join(taakveld, on=["product_code", "jaar"], how="left")
                .group_by("jaar", "taakveld", "wet", "product_categorie", "pgb")
                .agg(pl.col("bedrag").sum())
            )
            for jaar, tv, wet, cat, is_pgb, bedrag in grouped.iter_rows():
                post = POST[cat] + (" (pgb)" if is_pgb else "")
                self.cost[(jaar, tv, wet, post)] += int(bedrag)
        for jaar, regeling, bedrag in self._provision_cost(frames["uitkering"]).iter_rows():
            if years[0] <= jaar <= years[1]:
                tv, post = REGELING_POST[regeling]
                self.cost[(jaar, tv, "participatie", post)] += int(bedrag)

    def _pgb_cost(self, toewijzing: pl.DataFrame) -> pl.DataFrame:
        """PGB budget per year, pro rata the days the allocation runs in that year."""
        peil = self.config.peildatum
        rows = toewijzing.filter(pl.col("leveringsvorm") == "PGB").with_columns(
            eind=pl.coalesce(pl.col("einddatum"), pl.lit(peil)),
            jaar=pl.int_ranges(
                pl.col("ingangsdatum").dt.year(),
                pl.coalesce(pl.col("einddatum"), pl.lit(peil)).dt.year() + 1,
            ),
        )
        rows = rows.explode("jaar").with_columns(pl.col("jaar").cast(pl.Int32))
        jan1 = pl.date(pl.col("jaar"), 1, 1)
        dec31 = pl.date(pl.col("jaar"), 12, 31)
        days = (
            pl.min_horizontal(pl.col("eind"), dec31)
            - pl.max_horizontal(pl.col("ingangsdatum"), jan1)
        ).dt.total_days() + 1
        return rows.select(
            "jaar",
            "wet",
            "product_code",
            "product_categorie",
            pl.lit(value=True).alias("pgb"),
            (pl.col("budget_cent") * days / 365).round().cast(pl.Int64).alias("bedrag"),
        )

    def _provision_cost(self, uitkering: pl.DataFrame) -> pl.DataFrame:
        peil = self.config.peildatum
        eind = pl.coalesce(pl.col("einddatum"), pl.lit(peil))
        months = ((eind - pl.col("begindatum")).dt.total_days() + 1) / 30.44
        one_off = pl.col("begindatum") == pl.col("einddatum")
        bedrag = (
            pl.when(one_off)
            .then(pl.col("bedrag_per_maand_cent"))
            .otherwise((pl.col("bedrag_per_maand_cent") * months).round())
        )
        return (
            uitkering.with_columns(
                jaar=pl.col("begindatum").dt.year().cast(pl.Int32), bedrag=bedrag.cast(pl.Int64)
            )
            .group_by("jaar", "regeling")
            .agg(pl.col("bedrag").sum())
            .sort("jaar", "regeling")
        )

    def batch(self) -> Batch:
        """The begroting rows (deterministic order)."""
        rng = np.random.default_rng([self.config.seed, 99_999])
        rows = []
        for (jaar, tv, wet, post), cost in sorted(self.cost.items()):
            overrun = OVERRUN[(jaar - self.config.jaar_van) % len(OVERRUN)]
            overrun += {"jeugd": 0.03, "wmo": 0.01}.get(wet, 0.0) + rng.normal(0, 0.02)
            primitief = _thousands(cost / (1 + overrun))
            gewijzigd = _thousands(primitief + 0.6 * (cost - primitief))
            rows.append((jaar, tv, post, wet, primitief, gewijzigd))
        frame = pl.DataFrame(
            rows,
            schema={
                "jaar": pl.Int32,
                "taakveld": pl.Utf8,
                "begrotingspost": pl.Utf8,
                "wet": pl.Utf8,
                "primitief_cent": pl.Int64,
                "gewijzigd_cent": pl.Int64,
            },
            orient="row",
        )
        return Batch("begroting", frame)

    def true_cost(self) -> dict[str, int]:
        """True cost per year and wet (for samenvatting.json)."""
        out: Counter[str] = Counter()
        for (jaar, _, wet, _), cost in self.cost.items():
            out[f"{jaar}_{wet}"] += cost
        return dict(sorted(out.items()))


def _thousands(cents: float) -> int:
    return round(cents / 100_000) * 100_000


def taakveld_table(first_year: int, last_year: int) -> pl.DataFrame:
    """(product_code, jaar) -> taakveld for joining claims."""
    return pl.DataFrame(
        [
            (p.code, jaar, taakveld(p, jaar))
            for p in PRODUCTS
            for jaar in range(first_year, last_year + 1)
        ],
        schema={"product_code": pl.Utf8, "jaar": pl.Int32, "taakveld": pl.Utf8},
        orient="row",
    )


__all__ = ["SPLIT_YEAR", "BudgetLedger", "taakveld_table"]
