# SPDX-License-Identifier: EUPL-1.2
"""One unit (one municipality of about 100,000 inhabitants): every record, in batches.

The order: households, youth-care clients, Wmo clients (some in the same households),
Participatiewet clients (some in youth-care households), deaths and moves, allocations,
claim lines, provisions; then the planted cases and the dirty rows (``planted.py``).
Everything is drawn from one generator seeded with ``(seed, unit)``, so a unit is the same
whatever the size of the run around it.
"""

from dataclasses import dataclass, fields, replace
from datetime import date

import numpy as np
import numpy.typing as npt
import polars as pl

from stuurhuis.synth import declaraties as dec
from stuurhuis.synth.aanbieders import TAIL
from stuurhuis.synth.config import (
    JEUGD_CLIENTS,
    JEUGD_PGB_SHARE,
    UNIT_INHABITANTS,
    WMO_CLIENTS,
    WMO_PGB_SHARE,
    SynthConfig,
)
from stuurhuis.synth.episodes import Episodes, Mix, sample_ages, simulate
from stuurhuis.synth.frames import declaratie_frame, numbered, toewijzing_frame, uitkering_frame
from stuurhuis.synth.gebieden import gemeente_code, households_per_wijk, wijk_codes
from stuurhuis.synth.mixen import GROWTH, JEUGD, SECONDARY, WMO
from stuurhuis.synth.personen import NO_DAY, Households, Persons, bsn_strings
from stuurhuis.synth.tijd import IntArray, day_number, month_of, uniform, year_of
from stuurhuis.synth.toewijzingen import (
    END_DEATH,
    END_EARLY,
    END_MOVE,
    END_PLAN,
    Allocations,
    EpisodeRows,
    build,
)
from stuurhuis.synth.uitkeringen import (
    BIJZONDERE_BIJSTAND_PER_YEAR,
    REGELINGEN,
    Provisions,
    episodes,
    indexed,
    yearly_rows,
)

# Relative intensity per wijk (Deventer order). Seeds 000: begeleiding grows "met name" in
# Voorstad and Keizerslanden; bijstand concentrates in the older city wijken.
WIJK_INTENSITY = {
    "wmo": np.asarray([1.0, 1.3, 1.1, 1.1, 1.3, 1.0, 0.8, 0.9, 0.9]),
    "jeugd": np.asarray([0.6, 1.2, 1.2, 1.3, 1.3, 1.0, 0.9, 0.8, 0.7]),
    "participatie": np.asarray([1.2, 1.9, 1.5, 1.8, 1.7, 0.9, 0.6, 0.4, 0.35]),
}


@dataclass
class UnitData:
    """All records of one unit, typed, before planting and writing."""

    unit: int
    persons: Persons
    households: Households
    allocations: dict[str, Allocations]
    claims: dict[str, dec.Claims]
    provisions: Provisions


def subset_allocations(alloc: Allocations, index: IntArray) -> Allocations:
    """Allocations at ``index``."""
    values = {f.name: getattr(alloc, f.name)[index] for f in fields(alloc) if f.name != "wet"}
    return Allocations(wet=alloc.wet, **values)


def _pick_products(
    rng: np.random.Generator, mixes: tuple[Mix, ...], mix_index: IntArray
) -> npt.NDArray[np.str_]:
    out = np.empty(mix_index.shape[0], dtype="<U5")
    for i, mix in enumerate(mixes):
        mask = mix_index == i
        codes = np.asarray([c for c, _ in mix.producten])
        p = np.asarray([w for _, w in mix.producten])
        out[mask] = rng.choice(codes, size=int(mask.sum()), p=p / p.sum())
    return out


def _end_reasons(
    rng: np.random.Generator, ep: Episodes, mixes: tuple[Mix, ...], peil: int
) -> IntArray:
    """Why each episode ends: death (old Wmo clients), move, early stop or as planned."""
    n = ep.size
    old_profile = np.asarray([m.leeftijd == "oud" for m in mixes])[ep.mix_index]
    age_end = ep.age + (ep.end - ep.start) / 365.25
    ended = ep.end <= peil
    death = ended & old_profile & (age_end >= 75) & (uniform(rng, n) < 0.45)
    move = ended & ~death & (uniform(rng, n) < 0.03)
    early = ended & ~death & ~move & (uniform(rng, n) < 0.15)
    reason = np.full(n, END_PLAN, dtype=np.int64)
    reason[early] = END_EARLY
    reason[move] = END_MOVE
    reason[death] = END_DEATH
    return reason


def _rows(
    rng: np.random.Generator,
    wet: str,
    ep: Episodes,
    mixes: tuple[Mix, ...],
    *,
    person: IntArray,
    reason: IntArray,
) -> EpisodeRows:
    """Primary episode rows plus secondary allocations next to them."""
    product = _pick_products(rng, mixes, ep.mix_index)
    is_open = uniform(rng, ep.size) < np.asarray([m.open_kans for m in mixes])[ep.mix_index]
    cats = np.asarray([m.categorie for m in mixes])[ep.mix_index]
    parts_index = [np.arange(ep.size)]
    parts_product = [product]
    for categorie, code, p in SECONDARY[wet]:
        chosen = np.flatnonzero((cats == categorie) & (uniform(rng, ep.size) < p))
        parts_index.append(chosen)
        parts_product.append(np.full(chosen.shape[0], code))
    index = np.concatenate(parts_index)
    order = np.argsort(index, kind="stable")
    index = index[order]
    delay = np.where(np.arange(index.shape[0]) < ep.size, 0, 0)
    return EpisodeRows(
        person=person[index],
        mix_index=ep.mix_index[index],
        product=np.concatenate(parts_product)[order],
        start=ep.start[index] + delay[order],
        end=ep.end[index],
        end_reason=reason[index],
        is_open=is_open[index],
    )


def _assign_tail(
    rng: np.random.Generator, alloc: Allocations, categories: set[str], tail: IntArray
) -> Allocations:
    """The long tail: each tail provider takes over one or two allocations."""
    candidates = np.flatnonzero(np.isin(alloc.categorie, list(categories)) & ~alloc.pgb)
    if candidates.shape[0] == 0:
        return alloc
    counts = 1 + (uniform(rng, tail.shape[0]) < 0.5).astype(np.int64)
    take = min(int(counts.sum()), candidates.shape[0])
    chosen = rng.choice(candidates, size=take, replace=False)
    provider = alloc.provider.copy()
    provider[chosen] = np.repeat(tail, counts)[:take]
    return replace(alloc, provider=provider)


def _participatie(
    rng: np.random.Generator,
    config: SynthConfig,
    *,
    scale: float,
    persons: Persons,
    households: Households,
    jeugd_households: IntArray,
    peil: int,
) -> Provisions:
    first_year = config.jaar_van
    last_month = int(month_of(np.asarray([peil]))[0])
    weight = WIJK_INTENSITY["participatie"]
    parts: list[Provisions] = []
    bijstand_persons = np.zeros(0, dtype=np.int64)
    episode_counter = 0
    for regeling in REGELINGEN:
        start, end = episodes(rng, regeling, scale, first_year, last_month)
        n = start.shape[0]
        from_bijstand = (uniform(rng, n) < regeling.from_bijstand) & (bijstand_persons.shape[0] > 0)
        person = np.zeros(n, dtype=np.int64)
        if from_bijstand.any():
            person[from_bijstand] = rng.choice(bijstand_persons, size=int(from_bijstand.sum()))
        new = ~from_bijstand
        hh = households.sample(rng, int(new.sum()), weight)
        with_children = uniform(rng, hh.shape[0]) < 0.3
        if jeugd_households.shape[0] and with_children.any():
            hh[with_children] = rng.choice(jeugd_households, size=int(with_children.sum()))
        ages = sample_ages(rng, "werk", hh.shape[0])
        person[new] = persons.add(rng, hh, ages, start[new], 0.45)
        if regeling.naam == "bijstand":
            bijstand_persons = person.copy()
            couple = uniform(rng, n) < 0.2
            amount = np.where(
                couple, regeling.bedrag_2019_cent * 143 // 100, regeling.bedrag_2019_cent
            )
        else:
            amount = np.rint(regeling.bedrag_2019_cent * rng.lognormal(0, 0.15, n)).astype(np.int64)
        owner, begin, stop, bedrag = yearly_rows(
            start, end, amount.astype(np.int64), first_year, peil
        )
        parts.append(
            Provisions(
                regeling=np.full(owner.shape[0], regeling.naam),
                episode=owner + episode_counter,
                person=person[owner],
                begin=begin,
                end=stop,
                bedrag_cent=bedrag,
            )
        )
        episode_counter += n
    # bijzondere bijstand: one-off payments spread over the years
    window_start = day_number(date(first_year, 1, 1))
    n_years = config.jaar_tot - first_year + 1
    n = int(rng.poisson(BIJZONDERE_BIJSTAND_PER_YEAR * scale * n_years))
    day = window_start + (uniform(rng, n) * (peil - window_start + 1)).astype(np.int64)
    person = (
        rng.choice(bijstand_persons, size=n) if bijstand_persons.shape[0] else np.zeros(n, np.int64)
    )
    amount = np.rint(25_000 * rng.lognormal(0, 0.8, n)).astype(np.int64)
    parts.append(
        Provisions(
            regeling=np.full(n, "bijzondere_bijstand"),
            episode=np.arange(n, dtype=np.int64) + episode_counter,
            person=person,
            begin=day,
            end=day,
            bedrag_cent=indexed(amount, year_of(day)),
        )
    )
    return Provisions(
        regeling=np.concatenate([p.regeling for p in parts]),
        episode=np.concatenate([p.episode for p in parts]),
        person=np.concatenate([p.person for p in parts]),
        begin=np.concatenate([p.begin for p in parts]),
        end=np.concatenate([p.end for p in parts]),
        bedrag_cent=np.concatenate([p.bedrag_cent for p in parts]),
    )


def simulate_unit(config: SynthConfig, unit: int) -> UnitData:
    """Every record of unit ``unit`` (typed arrays; no planted cases yet)."""
    rng = np.random.default_rng([config.seed, unit])
    inhabitants = config.unit_inhabitants(unit)
    scale = inhabitants / UNIT_INHABITANTS
    years = range(config.jaar_van, config.jaar_tot + 1)
    peil = day_number(config.peildatum)
    window_start = day_number(date(config.jaar_van, 1, 1))
    last_month = int(month_of(np.asarray([peil]))[0])
    households = Households(households_per_wijk(inhabitants, years)[0], unit, wijk_codes(unit))
    persons = Persons()

    # Jeugd: a fifth of the clients share a household with an earlier client (siblings).
    jeugd = simulate(
        rng,
        JEUGD,
        target_first_year=JEUGD_CLIENTS * scale,
        growth=GROWTH["jeugd"],
        first_year=config.jaar_van,
        last_month=last_month,
    )
    hh_j = households.sample(rng, jeugd.size, WIJK_INTENSITY["jeugd"])
    sibling = np.flatnonzero(uniform(rng, jeugd.size) < 0.2)
    if jeugd.size:
        hh_j[sibling] = hh_j[rng.integers(0, jeugd.size, sibling.shape[0])]
    p_jeugd = persons.add(rng, hh_j, jeugd.age, jeugd.start, 0.58)

    # Wmo: some adults needing begeleiding live in a household with youth care.
    wmo = simulate(
        rng,
        WMO,
        target_first_year=WMO_CLIENTS * scale,
        growth=GROWTH["wmo"],
        first_year=config.jaar_van,
        last_month=last_month,
    )
    hh_w = households.sample(rng, wmo.size, WIJK_INTENSITY["wmo"])
    adult = np.asarray([m.leeftijd == "volw" for m in WMO])[wmo.mix_index] & (wmo.age < 60)
    parent = np.flatnonzero(adult & (uniform(rng, wmo.size) < 0.12))
    if jeugd.size:
        hh_w[parent] = rng.choice(hh_j, size=parent.shape[0])
    p_wmo = persons.add(rng, hh_w, wmo.age, wmo.start, 0.40)

    allocations: dict[str, Allocations] = {}
    for wet, ep, mixes, person, pgb_share in (
        ("jeugd", jeugd, JEUGD, p_jeugd, JEUGD_PGB_SHARE),
        ("wmo", wmo, WMO, p_wmo, WMO_PGB_SHARE),
    ):
        reason = _end_reasons(rng, ep, mixes, peil)
        persons.set_death(person[reason == END_DEATH], ep.end[reason == END_DEATH])
        persons.set_move(person[reason == END_MOVE], ep.end[reason == END_MOVE])
        rows = _rows(rng, wet, ep, mixes, person=person, reason=reason)
        alloc = build(rng, wet, rows, mixes, peil=peil, pgb_share=pgb_share)
        visible = ((alloc.end == NO_DAY) | (alloc.end >= window_start)) & (alloc.start <= peil)
        alloc = subset_allocations(alloc, np.flatnonzero(visible))
        half = len(TAIL) // 2
        tail = np.asarray(list(TAIL)[:half] if wet == "jeugd" else list(TAIL)[half:])
        alloc = _assign_tail(rng, alloc, {"45", "54"} if wet == "jeugd" else {"02", "07"}, tail)
        allocations[wet] = alloc

    claims: dict[str, dec.Claims] = {}
    for wet in ("jeugd", "wmo"):
        lines = dec.service_lines(rng, allocations[wet], window_start, peil)
        claims[wet] = dec.corrections(rng, lines)

    provisions = _participatie(
        rng,
        config,
        scale=scale,
        persons=persons,
        households=households,
        jeugd_households=hh_j,
        peil=peil,
    )
    return UnitData(unit, persons, households, allocations, claims, provisions)


def unit_frames(
    data: UnitData, bsn_offset: int
) -> tuple[dict[str, pl.DataFrame], IntArray, pl.Series]:
    """Typed frames of the unit with BSNs attached.

    Only persons that appear in an allocation or provision get a BSN; they are numbered
    from ``bsn_offset`` on in local order. Returns the frames, the local indices of those
    persons and their BSNs.
    """
    used = np.zeros(data.persons.count, dtype=bool)
    for alloc in data.allocations.values():
        used[alloc.person] = True
    used[data.provisions.person] = True
    local_to_seq = np.cumsum(used) - 1 + bsn_offset
    bsn_all = bsn_strings(np.where(used, local_to_seq, 0))
    gm4 = gemeente_code(data.unit)[2:]
    frames: dict[str, pl.DataFrame] = {}
    toe_parts, dec_parts = [], []
    for wet in ("jeugd", "wmo"):
        alloc = data.allocations[wet]
        letter = wet[0].upper()
        nummer = numbered(f"{letter}{gm4}", np.arange(alloc.size, dtype=np.int64), 8)
        bsn = bsn_all.gather(alloc.person.tolist())
        toe_parts.append(toewijzing_frame(alloc, nummer, bsn, data.unit))
        claims = data.claims[wet]
        referentie = numbered(f"R{gm4}{letter}", np.arange(claims.size, dtype=np.int64), 9)
        dec_parts.append(
            declaratie_frame(
                claims,
                alloc,
                referentie=referentie,
                toewijzing_nummer=nummer,
                bsn=bsn,
                unit=data.unit,
            )
        )
    frames["toewijzing"] = pl.concat(toe_parts)
    frames["declaratie"] = pl.concat(dec_parts)
    frames["uitkering"] = uitkering_frame(
        data.provisions, bsn_all.gather(data.provisions.person.tolist()), gm4
    )
    used_index = np.flatnonzero(used).astype(np.int64)
    return frames, used_index, bsn_all.gather(used_index.tolist())


__all__ = ["UnitData", "simulate_unit", "subset_allocations", "unit_frames"]
