# SPDX-License-Identifier: EUPL-1.2
"""Financiën: budget vs realisation vs year-end forecast per taakveld and wet, the
cumulative spending curve with its band, and the volume/price/mix decomposition."""

import polars as pl

from stuurhuis import charts, finance
from stuurhuis.finance.groepering import wet_van_taakveld
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina
from stuurhuis.web.pages.financiele_basis import jaar_en_peildatum
from stuurhuis.web.pages.gedeeld import heeft_data

BEDRAGEN = (
    "begroting_cent",
    "gerealiseerd_cent",
    "ibnr_cent",
    "verwacht_rest_cent",
    "prognose_cent",
    "ondergrens_cent",
    "bovengrens_cent",
    "afwijking_cent",
)
EFFECTEN = ("volume_effect_cent", "prijs_effect_cent", "mix_effect_cent", "afwijking_cent")
CURVE = (
    "maand",
    "gerealiseerd_cent",
    "verwacht_cent",
    "cumulatief_gerealiseerd_cent",
    "cumulatief_prognose_cent",
    "cumulatief_ondergrens_cent",
    "cumulatief_bovengrens_cent",
    "begroting_cumulatief_cent",
)


def bouw(ctx: Context) -> list[Blok]:
    if not heeft_data(ctx):
        return []
    jaar, peildatum = jaar_en_peildatum(ctx.con, ctx.filters.periode)
    per_taakveld = finance.prognose(ctx.con, jaar=jaar, peildatum=peildatum, by="taakveld")
    per_wet = finance.prognose(ctx.con, jaar=jaar, peildatum=peildatum, by="wet")
    wet = ctx.filters.wet
    if wet:
        per_taakveld = per_taakveld.filter(
            pl.col("taakveld").is_in(_taakvelden(per_taakveld["taakveld"].to_list(), wet))
        )
        per_wet = per_wet.filter(pl.col("wet") == wet)
    curve = finance.cumulatief(
        ctx.con, jaar=jaar, peildatum=peildatum, by="wet" if wet else "totaal"
    )
    if wet:
        curve = curve.filter(pl.col("wet") == wet)
    stand = f"Jaar {jaar}, stand op {peildatum:%d-%m-%Y}."
    return [
        Blok(
            id="per_taakveld",
            titel=f"Begroting, realisatie en prognose per taakveld {jaar}",
            tabel=per_taakveld.select("taakveld", *BEDRAGEN),
            grafiek=charts.begroting_realisatie(
                per_taakveld, titel=f"Per taakveld {jaar}", groep="taakveld"
            ),
            uitleg=stand + " Prognose = gerealiseerd + nog te verwachten declaraties (IBNR) "
            "+ verwachte rest van het jaar; de band is het 80%-interval.",
            onderwerpen=tuple(("taakveld", t) for t in per_taakveld["taakveld"].to_list()),
        ),
        Blok(
            id="per_wet",
            titel=f"Begroting, realisatie en prognose per wet {jaar}",
            tabel=per_wet.select("wet", *BEDRAGEN),
            grafiek=charts.begroting_realisatie(per_wet, titel=f"Per wet {jaar}", groep="wet"),
            uitleg=stand,
        ),
        Blok(
            id="cumulatief",
            titel=f"Cumulatieve uitgaven {jaar}",
            tabel=curve.select(CURVE),
            grafiek=charts.cumulatief(
                curve, titel=f"Cumulatieve uitgaven {jaar}", peildatum=peildatum
            ),
            uitleg=stand + " Gerealiseerd tot de peildatum, daarna de verwachte lijn met "
            "band; de begroting in twaalfden ter vergelijking.",
        ),
        Blok(
            id="decompositie",
            titel=f"Afwijking van de begroting: volume, prijs en mix {jaar}",
            tabel=per_taakveld.select("taakveld", *EFFECTEN),
            grafiek=charts.decompositie(
                per_taakveld, titel=f"Volume-, prijs- en mixeffect {jaar}", groep="taakveld"
            ),
            uitleg="De afwijking van de prognose ten opzichte van de begroting, gesplitst in "
            "meer of minder cliënten (volume), hogere of lagere prijzen en een andere mix "
            "van producten.",
            onderwerpen=tuple(("taakveld", t) for t in per_taakveld["taakveld"].to_list()),
        ),
    ]


def _taakvelden(taakvelden: list[str], wet: str) -> list[str]:
    """The taakvelden that belong to ``wet`` (as finance groups them)."""
    return [t for t in taakvelden if wet_van_taakveld(t) == wet]


PAGINA = Pagina(
    slug="financien",
    titel="Financiën",
    rollen=ALLE_ROLLEN,
    bouw=bouw,
    filters=("periode", "wet"),
    blokken=("per_taakveld", "per_wet", "cumulatief", "decompositie"),
    omschrijving="Begroting, realisatie en jaarprognose van het sociaal domein.",
)
