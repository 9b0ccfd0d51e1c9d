# SPDX-License-Identifier: EUPL-1.2
"""A small seeded generator of allocations and late claims whose true cost is known.

Clients arrive with a growing, seasonal rate; each gets one weekly allocation for a
geometric number of months; every month of care is claimed once, after a random lag
(0–8 months), sometimes credited and claimed again. The true cost of a service year is
the sum of every line for that year, including lines booked after any peildatum.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import duckdb
import numpy as np
import polars as pl

PRODUCTEN = (  # wet, categorie, code, taakveld, tarief_cent per uur, uren per week
    ("jeugd", "45", "45A01", "6.72a", 6_500, 3),
    ("jeugd", "54", "54B02", "6.72b", 9_800, 2),
    ("wmo", "02", "02A05", "6.71b", 5_900, 4),
)
LAG_KANS = np.array([0.08, 0.35, 0.25, 0.12, 0.08, 0.05, 0.03, 0.02, 0.02])


@dataclass(frozen=True)
class Gemeente:
    """What the generator wrote: true cost per (service year, taakveld)."""

    ware_kosten_cent: dict[tuple[int, str], int]


def _maand(start: date, offset: int) -> date:
    index = start.year * 12 + start.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def genereer(
    con: duckdb.DuckDBPyConnection,
    *,
    seed: int,
    van: int = 2021,
    tot: int = 2024,
    instroom_per_maand: float = 14.0,
    groei_per_maand: float = 0.01,
) -> Gemeente:
    """Fill product, toewijzing and declaratie of ``con``; return the true cost."""
    rng = np.random.default_rng(seed)
    start = date(van, 1, 1)
    months = (tot - van + 1) * 12
    products = pl.DataFrame(
        [
            (wet, code, jaar, cat, f"product {code}", "04", tarief * (1.03 ** (jaar - van)), tv, 0)
            for wet, cat, code, tv, tarief, _ in PRODUCTEN
            for jaar in range(van, tot + 2)
        ],
        schema=[
            "wet",
            "product_code",
            "jaar",
            "product_categorie",
            "naam",
            "eenheid",
            "tarief_cent",
            "taakveld",
            "ingest_id",
        ],
        orient="row",
    ).with_columns(pl.col("tarief_cent").round().cast(pl.Int64))
    allocations, claims = [], []
    truth: dict[tuple[int, str], int] = {}
    client = 0
    for m in range(-12, months):  # a year of run-in so the stock is not empty at start
        rate = (
            instroom_per_maand
            * (1 + groei_per_maand) ** m
            * (1 + 0.15 * np.cos(2 * np.pi * m / 12))
        )
        for _ in range(rng.poisson(max(rate, 0.1))):
            client += 1
            wet, cat, code, tv, tarief, uren = PRODUCTEN[rng.integers(len(PRODUCTEN))]
            duration = int(rng.geometric(1 / 9))
            begin = _maand(start, m)
            eind = _maand(start, m + duration) - timedelta(days=1)
            nummer = f"T{seed}-{client}"
            allocations.append(
                (
                    nummer,
                    f"P{client}",
                    "12345678",
                    wet,
                    cat,
                    code,
                    "ZIN",
                    begin,
                    eind,
                    uren,
                    "04",
                    "2",
                    None,
                    0,
                )
            )
            for k in range(duration):
                month = m + k
                if month < 0 or month >= months + 12:
                    continue
                service = _maand(start, month)
                year_tariff = round(tarief * 1.03 ** (service.year - van))
                hours = max(1, round(uren * 52 / 12 * rng.beta(8, 2)))
                amount = hours * year_tariff
                lag = int(rng.choice(len(LAG_KANS), p=LAG_KANS))
                booked = _maand(start, month + lag) + timedelta(days=int(rng.integers(0, 27)))
                ref = f"R{seed}-{client}-{k}"
                line = (
                    ref,
                    None,
                    nummer,
                    f"P{client}",
                    wet,
                    cat,
                    code,
                    service,
                    hours,
                    year_tariff,
                    amount,
                    "D",
                )
                claims.append((*line, booked))
                if rng.random() < 0.03:  # credited later and claimed again, netting to once
                    later = booked + timedelta(days=int(rng.integers(20, 90)))
                    claims.append(
                        (
                            f"{ref}C",
                            ref,
                            nummer,
                            f"P{client}",
                            wet,
                            cat,
                            code,
                            service,
                            hours,
                            year_tariff,
                            -amount,
                            "C",
                            later,
                        )
                    )
                    claims.append(
                        (
                            f"{ref}D",
                            ref,
                            nummer,
                            f"P{client}",
                            wet,
                            cat,
                            code,
                            service,
                            hours,
                            year_tariff,
                            amount,
                            "D",
                            later,
                        )
                    )
                if service.year >= van:
                    truth[(service.year, tv)] = truth.get((service.year, tv), 0) + amount
    _insert(con, products, allocations, claims)
    return Gemeente(truth)


def _insert(
    con: duckdb.DuckDBPyConnection,
    products: pl.DataFrame,
    allocations: list[tuple[object, ...]],
    claims: list[tuple[object, ...]],
) -> None:
    toewijzing = pl.DataFrame(
        allocations,
        schema=[
            "toewijzing_nummer",
            "persoon_id",
            "agb_code",
            "wet",
            "product_categorie",
            "product_code",
            "leveringsvorm",
            "ingangsdatum",
            "einddatum",
            "volume",
            "eenheid",
            "frequentie",
            "budget_cent",
            "ingest_id",
        ],
        orient="row",
    )
    declaratie = pl.DataFrame(
        claims,
        schema=[
            "referentie_nummer",
            "vorig_referentie_nummer",
            "toewijzing_nummer",
            "persoon_id",
            "wet",
            "product_categorie",
            "product_code",
            "begindatum",
            "geleverd_volume",
            "product_tarief_cent",
            "bedrag_cent",
            "debet_credit",
            "dagtekening",
        ],
        orient="row",
        infer_schema_length=None,
    )
    con.register("gen_product", products)
    con.register("gen_toewijzing", toewijzing)
    con.register("gen_declaratie", declaratie)
    con.execute("INSERT INTO product BY NAME SELECT * FROM gen_product")
    con.execute("INSERT INTO toewijzing BY NAME SELECT * FROM gen_toewijzing")
    con.execute(
        "INSERT INTO declaratie BY NAME SELECT *, '12345678' AS agb_code, "
        "CAST(last_day(begindatum) AS DATE) AS einddatum, '04' AS eenheid, 0 AS ingest_id "
        "FROM gen_declaratie"
    )
    for name in ("gen_product", "gen_toewijzing", "gen_declaratie"):
        con.unregister(name)
