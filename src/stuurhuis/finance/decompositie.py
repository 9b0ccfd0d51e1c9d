# SPDX-License-Identifier: EUPL-1.2
"""Variance against budget split into volume, prijs and mix effects.

The budget carries an amount, not a volume, so it is read as *last year's price and mix
times a budgeted volume*: ``N_B = B / P_ref``, with ``P_ref`` last year's cost per
allocation-month. With ``N`` the forecast allocation-months, ``s_c`` this year's share
of categorie ``c``, ``p_c`` last year's cost per allocation-month of ``c``,
``P_mix = Σ s_c p_c`` and ``P = F / N``::

    volume = (N − N_B) · P_ref        more or fewer allocation-months than budgeted
    mix    = N · (P_mix − P_ref)      shift between cheaper and dearer categories
    prijs  = N · (P − P_mix)          cost per allocation-month within categories

and ``volume + mix + prijs = F − B``. The price effect is computed as the remainder
``(F − B) − volume − mix`` so the sum holds up to one rounding of the largest term (the
forecast table rounds volume and mix to cents and takes prijs as the integer remainder,
so there the three add up to the cent).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Effecten:
    """The three effects in cents; they add up to forecast − budget."""

    volume: float
    prijs: float
    mix: float


def ontleed(
    *,
    begroting: float,
    prognose: float,
    volume: float,
    ref_kosten: dict[str, float],
    ref_volume: dict[str, float],
    aandeel: dict[str, float],
) -> Effecten | None:
    """The effects, or None when last year or this year's volume gives no price."""
    total_cost = sum(ref_kosten.values())
    total_volume = sum(ref_volume.values())
    if total_volume <= 0 or volume <= 0 or total_cost <= 0:
        return None
    price_ref = total_cost / total_volume
    shares = sum(aandeel.values())
    if shares <= 0:
        return None
    price_mix = sum(
        share / shares * _price(c, ref_kosten, ref_volume, price_ref)
        for c, share in aandeel.items()
    )
    volume_effect = volume * price_ref - begroting  # (N − B / P_ref) · P_ref
    mix_effect = volume * (price_mix - price_ref)
    return Effecten(
        volume=volume_effect,
        prijs=(prognose - begroting) - volume_effect - mix_effect,
        mix=mix_effect,
    )


def _price(
    categorie: str, kosten: dict[str, float], volume: dict[str, float], fallback: float
) -> float:
    """Last year's cost per allocation-month of ``categorie`` (new ones: the average)."""
    months = volume.get(categorie, 0.0)
    return kosten.get(categorie, 0.0) / months if months > 0 else fallback
