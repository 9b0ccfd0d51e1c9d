# SPDX-License-Identifier: EUPL-1.2
"""Allocations (toewijzingen) from care episodes: beschikking terms, products, providers.

An episode is split into consecutive allocations of the category's term (herindicatie);
an open-ended allocation covers the whole episode. When the episode ends before the planned
end, the last allocation is shortened with a reason (death, move, early stop). Some of
the open-ended allocations whose care ended are never closed: stale allocations.
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from stuurhuis.synth.aanbieders import EXPENSIVE, choose_providers
from stuurhuis.synth.catalogus import (
    CATEGORIE,
    EENMALIG,
    FREQUENTIE,
    TARIEF_2019,
    VOLUME_MAX,
    VOLUME_MIN,
    product_index,
)
from stuurhuis.synth.config import BESLISTERMIJN_DAGEN
from stuurhuis.synth.episodes import Mix
from stuurhuis.synth.mixen import JUSTICE_CATEGORIES, PGB_CATEGORIES
from stuurhuis.synth.personen import NO_DAY
from stuurhuis.synth.tijd import IntArray, uniform

StrArray = npt.NDArray[np.str_]
BoolArray = npt.NDArray[np.bool_]

END_DEATH, END_MOVE, END_PLAN, END_EARLY = 1, 2, 3, 4
STALE_SHARE = 0.08  # open-ended allocations never closed after the care ended
_REDEN_EINDE = {
    "wmo": {END_DEATH: "02", END_MOVE: "31", END_PLAN: "19", END_EARLY: "21"},
    "jeugd": {END_DEATH: "02", END_MOVE: "35", END_PLAN: "31", END_EARLY: "32"},
}
_REDEN_WIJZIGING = {END_DEATH: "02", END_MOVE: "07", END_EARLY: "05"}


@dataclass(frozen=True)
class Allocations:
    """Allocations of one law in one unit, as parallel arrays."""

    wet: str
    person: IntArray
    categorie: StrArray
    product: StrArray  # always set; ``aspecifiek`` tells whether the file leaves it empty
    aspecifiek: BoolArray
    provider: IntArray
    pgb: BoolArray
    verwijzer: StrArray
    start: IntArray
    end: IntArray  # NO_DAY: open-ended
    service_end: IntArray  # last day of actual care (may be after the peildatum)
    volume: IntArray
    budget_cent: IntArray  # NO_DAY-free: -1 when none
    aanvraag: IntArray
    beslis: IntArray
    reden_wijziging: StrArray
    reden_beeindiging: StrArray
    eenmalig: BoolArray

    @property
    def size(self) -> int:
        return int(self.person.shape[0])


@dataclass(frozen=True)
class EpisodeRows:
    """What the allocation builder needs per episode row (primary or secondary)."""

    person: IntArray
    mix_index: IntArray
    product: StrArray
    start: IntArray
    end: IntArray
    end_reason: IntArray
    is_open: BoolArray


def _segments(
    rows: EpisodeRows, mixes: tuple[Mix, ...], peil: int
) -> tuple[IntArray, IntArray, IntArray]:
    """(row index, segment start, planned segment end or NO_DAY) of every allocation."""
    term = np.asarray([round(m.termijn_maanden * 30.44) for m in mixes])[rows.mix_index]
    eenmalig = EENMALIG[product_index(rows.product)]
    covered = np.minimum(rows.end, peil) - rows.start + 1
    n_seg = np.where(rows.is_open | eenmalig, 1, np.maximum(1, -(-covered // term)))
    owner = np.repeat(np.arange(rows.start.shape[0]), n_seg)
    k = np.arange(owner.shape[0]) - np.repeat(np.cumsum(n_seg) - n_seg, n_seg)
    seg_start = rows.start[owner] + k * term[owner]
    planned = seg_start + term[owner] - 1
    planned = np.where(eenmalig[owner], rows.start[owner] + 90, planned)
    planned = np.where(rows.is_open[owner], NO_DAY, planned)
    return owner, seg_start, planned


def _decision_dates(
    rng: np.random.Generator, start: IntArray, first: BoolArray
) -> tuple[IntArray, IntArray, BoolArray]:
    """aanvraagdatum and beslisdatum; about 7 % exceed the legal term of 8 weeks."""
    n = start.shape[0]
    late = uniform(rng, n) < np.where(first, 0.07, 0.04)
    normal = np.minimum(rng.gamma(4.0, 8.0, n), BESLISTERMIJN_DAGEN - 1)
    overdue = BESLISTERMIJN_DAGEN + 1 + rng.gamma(2.0, 18.0, n)
    days = np.where(late, overdue, normal).astype(np.int64)
    beslis = np.where(first, start - (uniform(rng, n) * 14).astype(np.int64), start - 10)
    aanvraag = np.where(first, beslis - days, start - 45 - (uniform(rng, n) * 30).astype(np.int64))
    beslis = np.where(first, beslis, aanvraag + days)
    return aanvraag, beslis, late


def _verwijzer(rng: np.random.Generator, categorie: StrArray) -> StrArray:
    """COD327 code per jeugd allocation: justice via GI or court, the rest mostly huisarts."""
    n = categorie.shape[0]
    regular = rng.choice(
        np.asarray(["02", "01", "05", "03", "06", "04"]),
        size=n,
        p=[0.68, 0.14, 0.07, 0.06, 0.03, 0.02],
    )
    justice = rng.choice(np.asarray(["04", "08"]), size=n, p=[0.7, 0.3])
    crisis = rng.choice(np.asarray(["01", "03"]), size=n, p=[0.7, 0.3])
    out = np.where(np.isin(categorie, list(JUSTICE_CATEGORIES)), justice, regular)
    return np.asarray(np.where(categorie == "46", crisis, out), dtype=np.str_)


def build(
    rng: np.random.Generator,
    wet: str,
    rows: EpisodeRows,
    mixes: tuple[Mix, ...],
    *,
    peil: int,
    pgb_share: float,
) -> Allocations:
    """Allocations for the episode rows of law ``wet``."""
    owner, start, planned = _segments(rows, mixes, peil)
    n = owner.shape[0]
    product = rows.product[owner]
    index = product_index(product)
    categorie = CATEGORIE[index]
    eenmalig = EENMALIG[index]
    episode_end = rows.end[owner]
    is_last = np.append(owner[1:] != owner[:-1], True)
    ends_early = is_last & (planned != NO_DAY) & (episode_end < planned) & ~eenmalig
    ended = episode_end <= peil
    stale = rows.is_open[owner] & ended & (uniform(rng, n) < STALE_SHARE)
    end = np.where(ends_early, episode_end, planned)
    end = np.where(rows.is_open[owner] & ended & ~stale, episode_end, end)
    service_end = np.where(
        eenmalig, start, np.minimum(episode_end, np.where(end == NO_DAY, episode_end, end))
    )
    reason = rows.end_reason[owner]
    closes = is_last & ended & (end != NO_DAY) & ~eenmalig
    codes = _REDEN_EINDE[wet]
    reden_einde = np.where(closes, np.vectorize(lambda r: codes.get(int(r), ""))(reason), "")
    wijziging = np.where(
        ends_early, np.vectorize(lambda r: _REDEN_WIJZIGING.get(int(r), ""))(reason), ""
    )

    low = VOLUME_MIN[index]
    high = VOLUME_MAX[index]
    volume = low + (uniform(rng, n) * (high - low + 1)).astype(np.int64)
    provider = choose_providers(rng, categorie)
    volume = np.where(provider == EXPENSIVE, np.ceil(volume * 2.4).astype(np.int64), volume)

    eligible = np.isin(categorie, list(PGB_CATEGORIES[wet]))
    p_pgb = min(0.9, pgb_share / max(float(eligible.mean()), 1e-9))
    first_of_person = np.append(True, rows.person[owner][1:] != rows.person[owner][:-1])
    pgb_person = uniform(rng, rows.person.shape[0]) < p_pgb
    pgb = eligible & pgb_person[owner]
    del first_of_person
    tarief = TARIEF_2019[index]
    per_year = np.where(FREQUENTIE[index] == "2", volume * 52, volume * 12)
    budget = np.where(pgb, (per_year * tarief * 0.85).astype(np.int64) // 100 * 100, -1)

    first_segment = np.append(True, owner[1:] != owner[:-1])
    aanvraag, beslis, _ = _decision_dates(rng, start, first_segment)
    verwijzer = _verwijzer(rng, categorie) if wet == "jeugd" else np.full(n, "")
    aspecifiek = (wet == "jeugd") & (categorie == "45") & ~pgb & (uniform(rng, n) < 0.1)
    return Allocations(
        wet=wet,
        person=rows.person[owner],
        categorie=categorie,
        product=product,
        aspecifiek=aspecifiek,
        provider=provider,
        pgb=pgb,
        verwijzer=verwijzer,
        start=start,
        end=end,
        service_end=service_end,
        volume=volume,
        budget_cent=budget,
        aanvraag=aanvraag,
        beslis=beslis,
        reden_wijziging=wijziging,
        reden_beeindiging=reden_einde,
        eenmalig=eenmalig,
    )


__all__ = ["END_DEATH", "END_EARLY", "END_MOVE", "END_PLAN", "Allocations", "EpisodeRows", "build"]
