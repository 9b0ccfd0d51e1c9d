# SPDX-License-Identifier: EUPL-1.2
"""Planted cases and dirty rows: what the rest of the product must find.

Planted (recorded in ``geplant.json`` with stable identifiers): claims after death or
move-out, outside the allocation period, above the allocated volume, at a tariff above the
catalogue, duplicates that are not corrections, claims without allocation, unknown product
codes, and one provider whose cost per client is far above its peers. Natural cases are
found in the data and listed too (late decisions, 17-year-olds in youth care, long-running
heavy Wmo cases, households with several laws, expiring and old open-ended allocations).

Dirty rows (well under 0.5 %) are extra copies of real rows with one defect, as text:
invalid BSN, impossible dates, end before start, non-numeric amounts.
"""

from datetime import date, timedelta

import numpy as np
import polars as pl

from stuurhuis.synth.aanbieders import EXPENSIVE, agb_codes
from stuurhuis.synth.bsn import invalid_bsn
from stuurhuis.synth.config import BESLISTERMIJN_DAGEN, UNIT_INHABITANTS, SynthConfig
from stuurhuis.synth.gebieden import gemeente_code
from stuurhuis.synth.records import Batch
from stuurhuis.synth.verwachting import VUIL_REDENEN, Verwachting
from stuurhuis.synth.writers.csv import STYLES, Style, to_text

# Cases per 100,000 inhabitants (at least two per unit).
PER_UNIT = {
    "declaratie_na_overlijden": 8,
    "declaratie_na_vertrek": 5,
    "declaratie_buiten_toewijzing": 10,
    "volume_boven_toewijzing": 10,
    "tarief_boven_catalogus": 10,
    "dubbele_declaratie": 10,
    "declaratie_zonder_toewijzing": 6,
    "onbekende_productcode": 6,
    "ongeldig_bsn": 12,
    "onmogelijke_datum": 10,
    "eind_voor_begin": 8,
    "niet_numeriek_bedrag": 10,
}
UNKNOWN_PRODUCT = "99Z99"
IDS = ["referentie_nummer", "toewijzing_nummer", "bsn", "agb_code"]


class Planter:
    """Plants the cases of one unit into its frames."""

    def __init__(self, config: SynthConfig, unit: int, verwachting: Verwachting) -> None:
        self.config = config
        self.unit = unit
        self.rng = np.random.default_rng([config.seed, unit, 7])
        self.scale = config.unit_inhabitants(unit) / UNIT_INHABITANTS
        self.peil = config.peildatum
        self.gm4 = gemeente_code(unit)[2:]
        self.verwachting = verwachting
        self.sequence = 0

    def count(self, kind: str) -> int:
        return max(2, round(PER_UNIT[kind] * self.scale))

    def new_references(self, n: int) -> pl.Series:
        start = self.sequence
        self.sequence += n
        return f"R{self.gm4}P" + pl.Series(np.arange(start, start + n)).cast(pl.Utf8).str.zfill(9)

    def pick(self, frame: pl.DataFrame, n: int) -> pl.DataFrame:
        """``n`` random rows of ``frame`` (fewer when it is smaller), in a stable order."""
        if frame.height == 0:
            return frame
        index = np.sort(self.rng.choice(frame.height, size=min(n, frame.height), replace=False))
        picked: pl.DataFrame = frame[index.tolist(), :]
        return picked

    def record(self, kind: str, rows: pl.DataFrame) -> None:
        self.verwachting.add_cases(kind, rows.select([c for c in IDS if c in rows.columns]))
        if kind in VUIL_REDENEN:
            self.verwachting.add_vuil(kind, "declaraties.csv", rows["referentie_nummer"].to_list())


def _genuine(claims: pl.DataFrame) -> pl.Expr:
    del claims
    return (
        (pl.col("debet_credit") == "D")
        & pl.col("vorig_referentie_nummer").is_null()
        & (pl.col("status") == "goedgekeurd")
    )


def _claim_in_month_after(
    planter: Planter, templates: pl.DataFrame, after: str, kind: str
) -> pl.DataFrame:
    """New claim lines for the month after the date column ``after`` of ``templates``."""
    begin = pl.col(after).dt.offset_by("1mo").dt.month_start()
    lines = templates.with_columns(
        begindatum=begin,
        einddatum=begin.dt.month_end(),
        dagtekening=begin.dt.month_end() + timedelta(days=25),
    ).filter(pl.col("dagtekening") <= planter.peil)
    lines = planter.pick(lines, planter.count(kind))
    lines = lines.with_columns(
        referentie_nummer=planter.new_references(lines.height),
        declaratie_nummer=pl.col("agb_code") + "-" + pl.col("dagtekening").dt.strftime("%Y%m%d"),
    ).drop(after)
    planter.record(kind, lines)
    return lines


def _last_lines(claims: pl.DataFrame, keys: pl.DataFrame) -> pl.DataFrame:
    """The last genuine line of every allocation of the persons or allocations in ``keys``
    (templates for planted lines)."""
    return (
        claims.join(keys, on=keys.columns, how="semi")
        .filter(_genuine(claims) & (pl.col("eenheid") != "82"))
        .sort("toewijzing_nummer", "begindatum")
        .group_by("toewijzing_nummer", maintain_order=True)
        .last()
    )


def plant_claims(
    planter: Planter, frames: dict[str, pl.DataFrame], persons: pl.DataFrame
) -> pl.DataFrame:
    """The claim lines with every planted claim case applied."""
    claims = frames["declaratie"]
    columns = claims.columns
    added = []
    for kind, column in (
        ("declaratie_na_overlijden", "overlijdensdatum"),
        ("declaratie_na_vertrek", "vertrekdatum"),
    ):
        who = persons.filter(pl.col(column).is_not_null()).select("bsn", column)
        templates = (
            _last_lines(claims, who.select("bsn"))
            .join(who, on="bsn")
            .filter(pl.col(column) <= pl.col("einddatum") + timedelta(days=5))
        )
        added.append(_claim_in_month_after(planter, templates, column, kind).select(columns))
    planned_end = (
        frames["toewijzing"]
        .filter(pl.col("einddatum").is_not_null() & pl.col("reden_beeindiging").is_in(["19", "31"]))
        .select("toewijzing_nummer", pl.col("einddatum").alias("toewijzing_eind"))
    )
    templates = _last_lines(claims, planned_end.select("toewijzing_nummer")).join(
        planned_end, on="toewijzing_nummer"
    )
    added.append(
        _claim_in_month_after(
            planter, templates, "toewijzing_eind", "declaratie_buiten_toewijzing"
        ).select(columns)
    )
    # duplicates that are not corrections: the same line again, a month later, new number
    dup = planter.pick(
        claims.filter(
            _genuine(claims) & (pl.col("dagtekening") <= planter.peil - timedelta(days=40))
        ),
        planter.count("dubbele_declaratie"),
    )
    dup = dup.with_columns(
        referentie_nummer=planter.new_references(dup.height),
        dagtekening=pl.col("dagtekening") + timedelta(days=30),
    ).with_columns(
        declaratie_nummer=pl.col("agb_code") + "-" + pl.col("dagtekening").dt.strftime("%Y%m%d")
    )
    planter.record("dubbele_declaratie", dup)
    added.append(dup.select(columns))
    # without allocation: a claim on an allocation number that does not exist (half empty)
    orphan = planter.pick(
        claims.filter(_genuine(claims)), planter.count("declaratie_zonder_toewijzing")
    )
    empty = pl.Series(np.arange(orphan.height) % 2 == 0)
    orphan = orphan.with_columns(
        referentie_nummer=planter.new_references(orphan.height),
        toewijzing_nummer=pl.when(pl.lit(empty))
        .then(None)
        .otherwise("Z" + pl.col("toewijzing_nummer").str.slice(1)),
    )
    planter.record("declaratie_zonder_toewijzing", orphan)
    added.append(orphan.select(columns))
    claims = pl.concat([claims, *added])
    return _modify_in_place(planter, claims)


def _modify_in_place(planter: Planter, claims: pl.DataFrame) -> pl.DataFrame:
    """Volume above allocation, tariff above catalogue, unknown product: change real lines."""
    claims = claims.with_row_index("_rij")
    hours = claims.filter(
        _genuine(claims)
        & (pl.col("eenheid") == "04")
        & pl.col("toewijzing_nummer").str.starts_with("Z").not_()
        & pl.col("toewijzing_nummer").is_not_null()
        & pl.col("referentie_nummer").str.contains("P").not_()
    )
    chosen = planter.pick(
        hours,
        sum(
            planter.count(k)
            for k in ("volume_boven_toewijzing", "tarief_boven_catalogus", "onbekende_productcode")
        ),
    )
    n_vol = planter.count("volume_boven_toewijzing")
    n_tar = planter.count("tarief_boven_catalogus")
    kinds = ["volume_boven_toewijzing"] * n_vol + ["tarief_boven_catalogus"] * n_tar
    kinds += ["onbekende_productcode"] * (chosen.height - len(kinds))
    chosen = chosen.with_columns(soort=pl.Series(kinds[: chosen.height], dtype=pl.Utf8))
    chosen = chosen.with_columns(
        geleverd_volume=pl.when(pl.col("soort") == "volume_boven_toewijzing")
        .then(pl.col("geleverd_volume") * 2 + 3)
        .otherwise(pl.col("geleverd_volume")),
        product_tarief_cent=pl.when(pl.col("soort") == "tarief_boven_catalogus")
        .then((pl.col("product_tarief_cent") * 1.18).round().cast(pl.Int64))
        .otherwise(pl.col("product_tarief_cent")),
        product_code=pl.when(pl.col("soort") == "onbekende_productcode")
        .then(pl.lit(UNKNOWN_PRODUCT))
        .otherwise(pl.col("product_code")),
    ).with_columns(ingediend_bedrag_cent=pl.col("geleverd_volume") * pl.col("product_tarief_cent"))
    for kind in ("volume_boven_toewijzing", "tarief_boven_catalogus", "onbekende_productcode"):
        planter.record(kind, chosen.filter(pl.col("soort") == kind))
    rows = chosen["_rij"].cast(pl.Int64).to_list()
    changed = ("geleverd_volume", "product_tarief_cent", "product_code", "ingediend_bedrag_cent")
    claims = claims.with_columns(claims[c].scatter(rows, chosen[c]) for c in changed)
    return claims.drop("_rij")


def dirty_claims(planter: Planter, claims: pl.DataFrame) -> pl.DataFrame:
    """Text copies of real claim lines, each with one defect the ingest must reject."""
    style = STYLES.get("declaratie", Style())
    parts = []
    for reason in ("ongeldig_bsn", "onmogelijke_datum", "eind_voor_begin", "niet_numeriek_bedrag"):
        rows = planter.pick(claims.filter(_genuine(claims)), planter.count(reason))
        rows = rows.with_columns(referentie_nummer=planter.new_references(rows.height))
        text = to_text(Batch("declaratie", rows), style)
        n = text.height
        if reason == "ongeldig_bsn":
            bad = invalid_bsn(np.arange(n, dtype=np.int64) + planter.unit * 7)
            text = text.with_columns(bsn=pl.Series(bad).cast(pl.Utf8).str.zfill(9))
        elif reason == "onmogelijke_datum":
            impossible = ["31-02-", "00-13-", "32-01-", "29-02-"]
            year = rows["begindatum"].dt.year().cast(pl.Utf8)
            pick = pl.Series([impossible[i % 4] for i in range(n)])
            column = "begindatum" if planter.unit % 2 == 0 else "dagtekening"
            fixed_year = pl.Series(["2023" if p == "29-02-" else "" for p in pick])
            text = text.with_columns(
                pl.Series(
                    column,
                    (
                        pick
                        + pl.select(
                            pl.when(fixed_year == "").then(year).otherwise(fixed_year)
                        ).to_series()
                    ),
                )
            )
        elif reason == "eind_voor_begin":
            end = (rows["begindatum"] - timedelta(days=3)).dt.strftime(style.date_format)
            text = text.with_columns(pl.Series("einddatum", end))
        else:
            garbage = ["n.v.t.", "12,34,56", "€ 1.2x", "#WAARDE!", "onbekend"]
            text = text.with_columns(
                pl.Series("ingediend_bedrag", [garbage[i % 5] for i in range(n)])
            )
        planter.verwachting.add_vuil(reason, "declaraties.csv", text["referentie_nummer"].to_list())
        parts.append(text)
    return pl.concat(parts)


def dirty_allocations(planter: Planter, allocations: pl.DataFrame) -> pl.DataFrame:
    """Text allocations with an invalid BSN or an end before the start."""
    style = STYLES.get("toewijzing", Style())
    rows = planter.pick(allocations.filter(pl.col("einddatum").is_not_null()), 4)
    rows = rows.with_columns(toewijzing_nummer="Q" + pl.col("toewijzing_nummer").str.slice(1))
    text = to_text(Batch("toewijzing", rows), style)
    half = text.height // 2
    bad = (
        pl.Series(invalid_bsn(np.arange(half, dtype=np.int64) + 500 + planter.unit))
        .cast(pl.Utf8)
        .str.zfill(9)
    )
    ends = (rows["ingangsdatum"] - timedelta(days=30)).dt.strftime(style.date_format)
    text = text.with_columns(
        bsn=pl.concat([bad, text["bsn"].slice(half)]),
        einddatum=pl.concat([text["einddatum"].slice(0, half), ends.slice(half)]),
    )
    planter.verwachting.add_vuil(
        "ongeldig_bsn", "toewijzingen.csv", text["toewijzing_nummer"].head(half).to_list()
    )
    planter.verwachting.add_vuil(
        "eind_voor_begin", "toewijzingen.csv", text["toewijzing_nummer"].slice(half).to_list()
    )
    return text


def dirty_persons(planter: Planter, persons: pl.DataFrame) -> pl.DataFrame:
    """Two person rows with a BSN that fails the elfproef."""
    style = STYLES.get("persoon", Style())
    rows = planter.pick(persons, 2)
    text = to_text(Batch("persoon", rows), style)
    bad = (
        pl.Series(invalid_bsn(np.arange(text.height, dtype=np.int64) + 300 + planter.unit))
        .cast(pl.Utf8)
        .str.zfill(9)
    )
    text = text.with_columns(bsn=bad)
    planter.verwachting.add_vuil("ongeldig_bsn", "personen.csv", bad.to_list())
    return text


def natural_cases(planter: Planter, frames: dict[str, pl.DataFrame], persons: pl.DataFrame) -> None:
    """Cases that arise from the simulation itself, found and listed."""
    peil = planter.peil
    toe = frames["toewijzing"]
    add = planter.verwachting.add_cases
    unit = planter.unit
    late = toe.filter(
        ((pl.col("beslisdatum") - pl.col("aanvraagdatum")).dt.total_days() > BESLISTERMIJN_DAGEN)
        & (pl.col("beslisdatum") <= peil)  # a decision after the extract date is not known yet
    )
    add(
        "beslistermijn_overschreden",
        late.select("toewijzing_nummer", "bsn"),
        natural=True,
        unit=unit,
    )
    active = toe.filter(
        (pl.col("ingangsdatum") <= peil)
        & (pl.col("einddatum").is_null() | (pl.col("einddatum") >= peil))
    )
    age = (pl.lit(peil.year) - pl.col("geboortedatum").dt.year()) - (
        (pl.col("geboortedatum").dt.month() * 100 + pl.col("geboortedatum").dt.day())
        > peil.month * 100 + peil.day
    ).cast(pl.Int32)
    seventeen = persons.filter(age == 17).select("bsn")
    jeugd17 = (
        active.filter(pl.col("wet") == "jeugd")
        .join(seventeen, on="bsn")
        .select("bsn", "toewijzing_nummer")
    )
    add(
        "zeventienjarige_in_jeugdhulp",
        jeugd17.unique("bsn", keep="first").sort("bsn"),
        natural=True,
        unit=unit,
    )
    heavy = toe.filter(
        (pl.col("wet") == "wmo")
        & ((pl.col("product_categorie") == "15") | (pl.col("product_code") == "02A03"))
    )
    since = heavy.group_by("bsn").agg(pl.col("ingangsdatum").min().alias("sinds"))
    long_heavy = (
        heavy.join(active.select("toewijzing_nummer"), on="toewijzing_nummer")
        .join(since, on="bsn")
        .filter(pl.col("sinds") <= peil - timedelta(days=365))
        .unique("bsn", keep="first")
        .sort("bsn")
        .select("bsn", "toewijzing_nummer", "agb_code")
    )
    add("langdurig_zware_wmo", long_heavy, natural=True, unit=unit)
    soon = toe.filter(
        pl.col("einddatum").is_between(peil + timedelta(days=1), peil + timedelta(days=91))
    )
    add(
        "toewijzing_verloopt_binnenkort",
        soon.select("toewijzing_nummer", "bsn"),
        natural=True,
        unit=unit,
    )
    old_open = toe.filter(
        pl.col("einddatum").is_null()
        & (pl.col("ingangsdatum") < date(peil.year - 3, peil.month, 1))
    )
    add("open_toewijzing_oud", old_open.select("toewijzing_nummer", "bsn"), natural=True, unit=unit)
    recent = (
        frames["declaratie"]
        .filter(pl.col("begindatum") >= peil - timedelta(days=183))
        .select("toewijzing_nummer")
        .unique()
    )
    stale = toe.filter(pl.col("einddatum").is_null() & (pl.col("leveringsvorm") == "ZIN")).join(
        recent, on="toewijzing_nummer", how="anti"
    )
    add(
        "open_toewijzing_zonder_declaraties",
        stale.select("toewijzing_nummer", "bsn"),
        natural=True,
        unit=unit,
    )
    _multi_law(planter, frames, persons)


def _multi_law(planter: Planter, frames: dict[str, pl.DataFrame], persons: pl.DataFrame) -> None:
    """Households with several provisions at once on the peildatum: from two or more laws
    (``huishouden_meerdere_wetten``) and two or more arrangements of any law
    (``huishouden_meerdere_voorzieningen``). A provision counts when it is decided and
    running on the peildatum, for a person who still lives in the municipality."""
    peil = planter.peil
    running = pl.col("einddatum").is_null() | (pl.col("einddatum") >= peil)
    toe = (
        frames["toewijzing"]
        .filter((pl.col("ingangsdatum") <= peil) & (pl.col("beslisdatum") <= peil) & running)
        .select("bsn", "wet")
    )
    uit = (
        frames["uitkering"]
        .filter((pl.col("begindatum") <= peil) & running)
        .select("bsn", pl.lit("participatie").alias("wet"))
    )
    present = persons.filter(
        (pl.col("overlijdensdatum").is_null() | (pl.col("overlijdensdatum") > peil))
        & (pl.col("vertrekdatum").is_null() | (pl.col("vertrekdatum") > peil))
    )
    households = (
        pl.concat([toe, uit])
        .join(present.select("bsn", "huishouden_nummer"), on="bsn")
        .group_by("huishouden_nummer")
        .agg(
            pl.len().alias("aantal_voorzieningen"),
            pl.col("wet").n_unique().alias("aantal_wetten"),
            pl.col("wet").unique().sort().str.join("+").alias("wetten"),
        )
        .sort("huishouden_nummer")
    )
    for kind, enough in (
        ("huishouden_meerdere_wetten", pl.col("aantal_wetten") >= 2),
        ("huishouden_meerdere_voorzieningen", pl.col("aantal_voorzieningen") >= 2),
    ):
        planter.verwachting.add_cases(
            kind,
            households.filter(enough).select("huishouden_nummer", "wetten"),
            natural=True,
            unit=planter.unit,
        )


def plant(
    config: SynthConfig,
    unit: int,
    frames: dict[str, pl.DataFrame],
    persons: pl.DataFrame,
    verwachting: Verwachting,
) -> list[Batch]:
    """The unit's person, allocation, claim and provision batches with everything planted."""
    planter = Planter(config, unit, verwachting)
    expensive = pl.DataFrame({"agb_code": [agb_codes(unit)[EXPENSIVE]]})
    verwachting.add_cases("dure_aanbieder", expensive)
    natural_cases(planter, frames, persons)
    claims = plant_claims(planter, frames, persons)
    vuil_claims = dirty_claims(planter, claims)
    claims = claims.sort("dagtekening", maintain_order=True)
    return [
        Batch("persoon", persons, dirty_persons(planter, persons)),
        Batch("toewijzing", frames["toewijzing"], dirty_allocations(planter, frames["toewijzing"])),
        Batch("declaratie", claims, vuil_claims),
        Batch("uitkering", frames["uitkering"]),
    ]


__all__ = ["PER_UNIT", "UNKNOWN_PRODUCT", "plant"]
