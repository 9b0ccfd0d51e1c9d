# SPDX-License-Identifier: EUPL-1.2
"""Business cases: net effect = volume × saving per unit − yearly cost; break-even volume.

The break-even volume is the smallest whole volume at which the saving covers the yearly
cost: ⌈kosten / besparing per eenheid⌉ (Meppel: ⌈€ 250.000 / € 8.500⌉ = 30 clients).
"""

from decimal import ROUND_HALF_EVEN, Decimal

import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen.indeling import TOTAAL
from stuurhuis.maatregelen.ledger import ledger_jaren
from stuurhuis.maatregelen.model import Maatregel, Programma
from stuurhuis.maatregelen.volume import VolumeBron

_SCHEMA = {
    "maatregel_id": pl.String,
    "naam": pl.String,
    "periode": pl.String,
    "bron": pl.String,
    "eenheid": pl.String,
    "volume": pl.Float64,
    "besparing_per_eenheid_cent": pl.Int64,
    "bruto_besparing_cent": pl.Int64,
    "kosten_cent": pl.Int64,
    "netto_effect_cent": pl.Int64,
    "break_even_volume": pl.Int64,
}


def break_even(kosten_cent: int, per_eenheid_cent: int) -> int | None:
    """Smallest whole volume whose saving covers the cost (None if a unit saves nothing)."""
    if per_eenheid_cent <= 0:
        return None
    return -(-kosten_cent // per_eenheid_cent)


def businesscase(programma: Programma, volumes: VolumeBron | None = None) -> pl.DataFrame:
    """One row per measure with an effectmodel × year with a volume, plus its total."""
    rows: list[tuple[object, ...]] = []
    for m in programma.maatregelen:
        if m.effectmodel is not None:
            rows += _rows(m, _volumes(m, programma, volumes))
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


def _volumes(m: Maatregel, programma: Programma, bron: VolumeBron | None) -> dict[int, float]:
    model = m.effectmodel
    assert model is not None  # noqa: S101 - checked by the caller
    if model.indicator is None:
        return dict(model.volume)
    if bron is None:
        raise StuurhuisError(
            f"maatregel {m.id}: volume komt uit indicator {model.indicator!r}; "
            "geef een warehouse op (--db)"
        )
    return bron.volumes(model.indicator, ledger_jaren(programma))


_Jaar = tuple[str, float, int, int]  # periode, volume, bruto, kosten


def _rows(m: Maatregel, volumes: dict[int, float]) -> list[tuple[object, ...]]:
    model = m.effectmodel
    assert model is not None  # noqa: S101 - checked by the caller
    bron = f"indicator {model.indicator}" if model.indicator else "bestand"
    per_unit, cost = model.besparing_per_eenheid, model.kosten_per_jaar
    years: list[_Jaar] = [
        (str(year), volume, _times(volume, per_unit), cost)
        for year, volume in sorted(volumes.items())
    ]
    if years:
        years.append(
            (
                TOTAAL,
                sum(y[1] for y in years),
                sum(y[2] for y in years),
                sum(y[3] for y in years),
            )
        )
    return [
        (
            m.id,
            m.naam,
            periode,
            bron,
            model.eenheid,
            volume,
            per_unit,
            bruto,
            kosten,
            bruto - kosten,
            break_even(kosten, per_unit),
        )
        for periode, volume, bruto, kosten in years
    ]


def _times(volume: float, cents: int) -> int:
    value = Decimal(repr(volume)) * cents
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
