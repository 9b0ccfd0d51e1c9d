# SPDX-License-Identifier: EUPL-1.2
"""The methods and definitions annex: sources, peildatum, disclosure control, definitions."""

import polars as pl

from stuurhuis.report.gegevens import KERN, WIJK_KERN, Gegevens, catalogus
from stuurhuis.report.model import Blok, Sectie, Tabel
from stuurhuis.settings import get_settings


def definities() -> pl.DataFrame:
    """Definition and source of every indicator in the report (also the XLSX sheet)."""
    ids = list(dict.fromkeys([*KERN, *WIJK_KERN]))
    return (
        catalogus()
        .filter(pl.col("indicator").is_in(ids))
        .select("indicator", "naam", "definitie", "streefwaarde", "richting", "bron")
        .sort(pl.col("indicator").replace_strict({k: i for i, k in enumerate(ids)}))
    )


def onderdrukte_cellen(g: Gegevens) -> int:
    """How many indicator cells of the report are suppressed (primary or secondary)."""
    wijken = g.wijken["waarde"].null_count() if g.wijken.height else 0
    return int(g.indicatoren["onderdrukt"].sum()) + int(wijken)


def bijlage(g: Gegevens) -> Sectie:
    settings = get_settings()
    afronden = " Aantallen zijn afgerond op vijftallen." if settings.afronden else ""
    return Sectie(
        id="bijlage",
        titel="Bijlage: methoden en definities",
        inleiding=(
            f"Peildatum: {g.peildatum:%d-%m-%Y}. Alle cijfers komen uit het Stuurhuis-warehouse "
            "van de gemeente; de bestanden hieronder zijn de bronnen.",
            "Onthullingscontrole: een cel over minder dan "
            f"{settings.drempel} personen wordt niet gepubliceerd (primaire onderdrukking) en "
            "zo nodig ook andere cellen, zodat geen verborgen cel uit totalen terug te "
            "rekenen is (secundaire onderdrukking). Een onderdrukte cel staat als een punt "
            f"(.) in de tabellen. In dit rapport zijn {onderdrukte_cellen(g)} cellen "
            f"onderdrukt.{afronden}",
            "Jaarprognose: gerealiseerde declaraties, aangevuld met de verwachte nog te "
            "ontvangen declaraties (IBNR) en de verwachte rest van het jaar; de band is het "
            "80%-interval uit de terugtoets. De afwijking van de begroting is gesplitst in "
            "een volume-, prijs- en mixeffect die samen de afwijking zijn.",
        ),
        blokken=(
            Blok(id="bronnen", titel="Bronnen", tabel=Tabel("bronnen", "Bronnen", g.bronnen)),
            Blok(
                id="definities",
                titel="Definities",
                tabel=Tabel("definities", "Definities", definities()),
            ),
        ),
    )
