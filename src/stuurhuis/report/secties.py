# SPDX-License-Identifier: EUPL-1.2
"""The sections of the factsheet, built from the tables in :class:`Gegevens`.

Only selection and layout happen here: every number comes from a :mod:`gegevens` table
and every sentence that states a number reads it from that table (:mod:`tekst`).
"""

import polars as pl

from stuurhuis import charts, finance
from stuurhuis.indicators import OP_DECLARATIES, trend_prognose, zonder_lopende
from stuurhuis.report import tekst
from stuurhuis.report.gegevens import KERN, WIJK_KERN, Gegevens
from stuurhuis.report.model import Blok, Sectie, Tabel
from stuurhuis.report.toelichting import bij

JAARPROGNOSE = finance.JAARRESULTAAT
TAAKVELD = (
    "taakveld",
    "begroting_cent",
    "gerealiseerd_cent",
    "prognose_cent",
    "ondergrens_cent",
    "bovengrens_cent",
    "afwijking_cent",
    "volume_effect_cent",
    "prijs_effect_cent",
    "mix_effect_cent",
)
GROOTSTE = 3  # taakvelden named in the finance text


def veranderingen(g: Gegevens) -> pl.DataFrame:
    """The key indicators now and one quarter earlier (both from ``g.indicatoren``)."""
    vorige = g.periode.vorige().code
    nu = g.indicatoren.filter(pl.col("periode") == g.periode.code)
    eerder = g.indicatoren.filter(pl.col("periode") == vorige).select(
        "indicator", pl.col("waarde").alias("vorige_waarde")
    )
    return (
        nu.join(eerder, on="indicator", how="left")
        .with_columns((pl.col("waarde") - pl.col("vorige_waarde")).alias("verschil"))
        .select(
            "indicator",
            "naam",
            "periode",
            "waarde",
            "vorige_waarde",
            "verschil",
            "streefwaarde",
            "status",
            "eenheid",
        )
        .sort(pl.col("indicator").replace_strict({k: i for i, k in enumerate(KERN)}))
    )


def jaarprognose(g: Gegevens) -> pl.DataFrame:
    """The year-end forecast now and at the previous quarter's end (oldest first)."""
    frames = [df.select(JAARPROGNOSE) for df in (g.prognose_vorige, g.prognose) if df.height]
    return pl.concat(frames)


def samenvatting(g: Gegevens) -> Sectie:
    tabel = veranderingen(g)
    vorige = g.periode.vorige().code
    prognose = jaarprognose(g)
    zinnen = [tekst.jaarresultaat(prognose.row(-1, named=True))]
    if prognose.height > 1:
        zinnen.append(
            tekst.prognose_verschil(prognose.row(-1, named=True), prognose.row(0, named=True))
        )
    if g.onvolledig:
        zinnen.append(g.onvolledig)
    return Sectie(
        id="samenvatting",
        titel="Samenvatting",
        inleiding=tuple(zinnen),
        blokken=(
            Blok(
                id="wat_veranderde",
                titel=f"Wat veranderde sinds {vorige}",
                tekst=tuple(tekst.verandering(r, vorige) for r in tabel.iter_rows(named=True)),
                tabel=Tabel(
                    "kerncijfers", "Kerncijfers", tabel, verborgen=("indicator", "periode")
                ),
                toelichtingen=bij(g.toelichtingen, "indicator", list(KERN)),
            ),
            Blok(
                id="jaarprognose",
                titel=f"Verwacht jaarresultaat {g.periode.eind.year}",
                tabel=Tabel("jaarprognose", "Jaarprognose", prognose, verborgen=("jaar",)),
            ),
        ),
    )


def indicatoren(g: Gegevens) -> Sectie:
    blokken = []
    for ident in KERN:
        rows = g.indicatoren.filter(pl.col("indicator") == ident)
        if rows.is_empty():
            continue
        eerste = rows.row(0, named=True)
        tabel = rows.select("periode", "waarde", "streefwaarde", "status", "eenheid")
        overslaan = g.lopend if eerste["eenheid"] in OP_DECLARATIES else frozenset()
        prognose = trend_prognose(tabel, overslaan=overslaan)
        uitleg = zonder_lopende(overslaan & set(tabel["periode"])).strip()
        blokken.append(
            Blok(
                id=f"indicator_{ident}",
                titel=eerste["naam"],
                tekst=(uitleg,) if uitleg else (),
                tabel=Tabel(f"trend_{ident}", eerste["naam"], tabel),
                grafiek=charts.trend(
                    tabel,
                    titel=eerste["naam"],
                    eenheid=eerste["eenheid"],
                    streefwaarde=eerste["streefwaarde"],
                    prognose=prognose,
                ),
                toelichtingen=bij(g.toelichtingen, "indicator", [ident]),
            )
        )
    return Sectie(
        id="indicatoren",
        titel="Kernindicatoren",
        inleiding=(
            "Het verloop over de laatste acht kwartalen, met de streefwaarde als stippellijn, "
            "de status ten opzichte van die streefwaarde en een prognose voor de komende twee "
            "kwartalen als de trend doorzet (lineaire trend, 80%-interval).",
            *((g.onvolledig,) if g.onvolledig else ()),
        ),
        blokken=tuple(blokken),
    )


def financien(g: Gegevens) -> Sectie:
    df = g.per_taakveld.filter(
        pl.col("begroting_cent").is_not_null() | (pl.col("prognose_cent") != 0)
    ).sort("taakveld")
    grootste = (
        df.filter(pl.col("afwijking_cent").is_not_null())
        .sort(pl.col("afwijking_cent").abs(), descending=True)
        .head(GROOTSTE)
    )
    jaar = g.periode.eind.year
    taakvelden = df["taakveld"].to_list()
    return Sectie(
        id="financien",
        titel="Financiën per taakveld",
        inleiding=(
            f"Begroting, realisatie en jaarprognose {jaar} per Iv3-taakveld, stand "
            f"{g.peildatum:%d-%m-%Y}. Prognose = gerealiseerd + nog te verwachten declaraties "
            "+ verwachte rest van het jaar; de band is het 80%-interval.",
        ),
        blokken=(
            Blok(
                id="per_taakveld",
                titel=f"Begroting, realisatie en prognose {jaar}",
                tabel=Tabel(
                    "per_taakveld",
                    "Financiën per taakveld",
                    df.select(TAAKVELD),
                    verborgen=("ondergrens_cent", "bovengrens_cent"),
                ),
                grafiek=charts.begroting_realisatie(
                    df, titel=f"Per taakveld {jaar}", groep="taakveld"
                ),
                toelichtingen=bij(g.toelichtingen, "taakveld", taakvelden),
            ),
            Blok(
                id="decompositie",
                titel="Verklaring van de afwijking: volume, prijs en mix",
                tekst=tuple(tekst.afwijking_taakveld(r) for r in grootste.iter_rows(named=True)),
                grafiek=charts.decompositie(
                    df, titel=f"Volume-, prijs- en mixeffect {jaar}", groep="taakveld"
                ),
            ),
        ),
    )


def maatregelen(g: Gegevens) -> Sectie | None:
    if not g.maatregelen:
        return None
    t = {naam: df.drop("indeling", "groep", strict=False) for naam, df in g.maatregelen.items()}
    totaal = {naam: t[naam].filter(pl.col("periode") == "totaal") for naam in t if naam != "matrix"}
    zinnen: tuple[str, ...] = ()
    if all(df.height for df in totaal.values()):
        zinnen = (
            tekst.programma(
                totaal["potentieel"].row(0, named=True),
                totaal["ingevuld"].row(0, named=True),
                totaal["resterend"].row(0, named=True),
            ),
        )
    gepland_ingevuld = pl.concat(
        [
            t["potentieel"].select("periode", "netto_cent", pl.lit("gepland").alias("reeks")),
            t["ingevuld"].select("periode", "netto_cent", pl.lit("ingevuld").alias("reeks")),
        ]
    ).filter(pl.col("periode") != "totaal")
    titels = {
        "potentieel": "Potentieel (gepland)",
        "ingevuld": "Ingevuld",
        "resterend": "Resterend",
    }
    blokken = [
        Blok(
            id=naam,
            titel=titel,
            tabel=Tabel(f"maatregelen_{naam}", titel, t[naam]),
            grafiek=(
                charts.staven(
                    gepland_ingevuld,
                    titel="Netto besparing: gepland en ingevuld",
                    eenheid="cent",
                    categorie="periode",
                    waarde="netto_cent",
                    reeks="reeks",
                    categorie_titel="jaar",
                )
                if naam == "potentieel"
                else None
            ),
        )
        for naam, titel in titels.items()
    ]
    blokken.append(
        Blok(
            id="matrix",
            titel="Maatregelen naar fase en urgentie",
            tabel=Tabel("maatregelen_matrix", "Matrix fase × urgentie", t["matrix"]),
            grafiek=charts.matrix(
                t["matrix"],
                titel="Maatregelen naar fase en urgentie",
                rij="fase",
                kolom="urgentie",
                waarde="aantal_maatregelen",
            ),
        )
    )
    return Sectie(
        id="maatregelen",
        titel="Besparingsprogramma",
        inleiding=zinnen,
        blokken=tuple(blokken),
    )


def wijken(g: Gegevens) -> Sectie:
    blokken = []
    for ident in WIJK_KERN:
        rows = g.wijken.filter(pl.col("indicator") == ident)
        if rows.is_empty():
            continue
        bekend = rows.filter(pl.col("waarde").is_not_null()).sort("waarde")
        eerste = rows.row(0, named=True)
        zinnen = (
            (tekst.wijk_uitersten(bekend.row(-1, named=True), bekend.row(0, named=True)),)
            if bekend.height
            else ()
        )
        gemeente = rows["gemeente_waarde"].drop_nulls()
        tabel = rows.select("wijk", "wijknaam", "waarde", "gemeente_waarde", "eenheid")
        blokken.append(
            Blok(
                id=f"wijken_{ident}",
                titel=eerste["naam"],
                tekst=zinnen,
                tabel=Tabel(f"wijken_{ident}", f"Wijken: {eerste['naam']}", tabel),
                grafiek=charts.vergelijking(
                    rows.with_columns(pl.coalesce("wijknaam", "wijk").alias("wijk_label")),
                    titel=eerste["naam"],
                    eenheid=eerste["eenheid"],
                    categorie="wijk_label",
                    referentie=float(gemeente[0]) if gemeente.len() else None,
                ),
                toelichtingen=bij(g.toelichtingen, "indicator", [ident]),
            )
        )
    return Sectie(
        id="wijken",
        titel="Wijken",
        inleiding=(f"Per wijk tegen de gemeente als geheel, {g.periode}.",),
        blokken=tuple(blokken),
    )
