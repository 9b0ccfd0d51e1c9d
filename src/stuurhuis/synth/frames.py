# SPDX-License-Identifier: EUPL-1.2
"""Typed polars frames (the batches' rows) from the generator's arrays."""

import numpy as np
import numpy.typing as npt
import polars as pl

from stuurhuis.synth.aanbieders import agb_codes
from stuurhuis.synth.catalogus import EENHEID, FREQUENTIE, product_index
from stuurhuis.synth.declaraties import Claims
from stuurhuis.synth.personen import NO_DAY, date_series
from stuurhuis.synth.tijd import IntArray, year_of
from stuurhuis.synth.toewijzingen import Allocations
from stuurhuis.synth.uitkeringen import Provisions


def _text(values: npt.NDArray[np.str_]) -> pl.Series:
    """Strings with ``""`` as null."""
    series = pl.Series(values.astype(str).tolist(), dtype=pl.Utf8)
    return pl.select(pl.when(series == "").then(None).otherwise(series)).to_series()


def numbered(prefix: str, sequence: IntArray, width: int) -> pl.Series:
    """``prefix`` + zero-padded running number."""
    return prefix + pl.Series(sequence).cast(pl.Utf8).str.zfill(width)


def toewijzing_frame(
    alloc: Allocations, nummer: pl.Series, bsn: pl.Series, unit: int
) -> pl.DataFrame:
    """toewijzingen rows for ``alloc``; ``bsn`` is per allocation."""
    agb = pl.Series(agb_codes(unit))[alloc.provider.tolist()]
    index = product_index(alloc.product)
    eenheid = EENHEID[index]
    frequentie = FREQUENTIE[index]
    product = np.where(alloc.aspecifiek, "", alloc.product)
    volume = pl.Series(np.where(alloc.pgb, -1, alloc.volume))
    return pl.DataFrame(
        {
            "toewijzing_nummer": nummer,
            "bsn": bsn,
            "agb_code": agb,
            "wet": pl.Series([alloc.wet] * alloc.size, dtype=pl.Utf8),
            "product_categorie": _text(alloc.categorie),
            "product_code": _text(product),
            "leveringsvorm": pl.Series(np.where(alloc.pgb, "PGB", "ZIN").tolist(), dtype=pl.Utf8),
            "verwijzer": _text(alloc.verwijzer),
            "ingangsdatum": date_series(alloc.start),
            "einddatum": date_series(alloc.end),
            "volume": pl.select(pl.when(volume < 0).then(None).otherwise(volume)).to_series(),
            "eenheid": _text(np.where(alloc.pgb, "", eenheid)),
            "frequentie": _text(np.where(alloc.pgb, "", frequentie)),
            "budget_cent": pl.select(
                pl.when(pl.lit(pl.Series(alloc.budget_cent)) < 0)
                .then(None)
                .otherwise(pl.lit(pl.Series(alloc.budget_cent)))
            ).to_series(),
            "aanvraagdatum": date_series(alloc.aanvraag),
            "beslisdatum": date_series(alloc.beslis),
            "reden_wijziging": _text(alloc.reden_wijziging),
            "reden_beeindiging": _text(alloc.reden_beeindiging),
        }
    )


def declaratie_frame(
    claims: Claims,
    alloc: Allocations,
    *,
    referentie: pl.Series,
    toewijzing_nummer: pl.Series,
    bsn: pl.Series,
    unit: int,
) -> pl.DataFrame:
    """declaraties rows; ``toewijzing_nummer`` and ``bsn`` are per allocation."""
    a = claims.allocation
    agb = pl.Series(agb_codes(unit))[alloc.provider[a].tolist()]
    dag = date_series(claims.dagtekening)
    previous = referentie.gather(np.maximum(claims.previous, 0).tolist())
    vorig = pl.select(
        pl.when(pl.lit(pl.Series(claims.previous)) < 0).then(None).otherwise(pl.lit(previous))
    ).to_series()
    eenheid = EENHEID[product_index(alloc.product[a])]
    frame = pl.DataFrame(
        {
            "referentie_nummer": referentie,
            "vorig_referentie_nummer": vorig,
            "declaratie_nummer": agb + "-" + dag.dt.strftime("%Y%m%d"),
            "dagtekening": dag,
            "toewijzing_nummer": toewijzing_nummer.gather(a.tolist()),
            "bsn": bsn.gather(a.tolist()),
            "agb_code": agb,
            "wet": pl.Series([alloc.wet] * claims.size, dtype=pl.Utf8),
            "product_categorie": pl.Series(alloc.categorie[a].tolist(), dtype=pl.Utf8),
            "product_code": pl.Series(alloc.product[a].tolist(), dtype=pl.Utf8),
            "begindatum": date_series(claims.begin),
            "einddatum": date_series(claims.end),
            "geleverd_volume": pl.Series(claims.volume, dtype=pl.Int64),
            "eenheid": pl.Series(eenheid.tolist(), dtype=pl.Utf8),
            "product_tarief_cent": pl.Series(claims.tarief_cent, dtype=pl.Int64),
            "ingediend_bedrag_cent": pl.Series(claims.bedrag_cent, dtype=pl.Int64),
            "debet_credit": pl.Series(np.where(claims.credit, "C", "D").tolist(), dtype=pl.Utf8),
            "status": pl.Series(claims.status.tolist(), dtype=pl.Utf8),
        }
    )
    return frame


def uitkering_frame(prov: Provisions, bsn: pl.Series, gemeente4: str) -> pl.DataFrame:
    """uitkeringen rows; ``bsn`` is per row."""
    year = pl.Series(year_of(prov.begin)).cast(pl.Utf8)
    return pl.DataFrame(
        {
            "uitkering_id": numbered(f"U{gemeente4}", prov.episode, 7) + "-" + year,
            "bsn": bsn,
            "regeling": pl.Series(prov.regeling.tolist(), dtype=pl.Utf8),
            "begindatum": date_series(prov.begin),
            "einddatum": date_series(prov.end),
            "bedrag_per_maand_cent": pl.Series(prov.bedrag_cent, dtype=pl.Int64),
        }
    )


__all__ = ["NO_DAY", "declaratie_frame", "numbered", "toewijzing_frame", "uitkering_frame"]
