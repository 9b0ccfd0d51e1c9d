# SPDX-License-Identifier: EUPL-1.2
"""wlz_kandidaat: adults with long-running intensive Wmo support that fits the Wlz."""

from datetime import date

from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag, datum


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {
        "min_maanden": settings.signaal_wlz_min_maanden,
        "min_uren_per_week": settings.signaal_wlz_min_uren_per_week,
        "besparing_per_jaar_cent": settings.signaal_wlz_besparing_per_jaar_cent,
        "intensieve_producten": sorted(settings.signaal_wlz_intensieve_producten),
    }


def _aanleiding(f: Feiten) -> str:
    if f["reden"] == "beschermd_wonen":
        zorg = "beschermd wonen"
    elif f["uren_per_week"] is None:
        zorg = "intensieve begeleiding (product met zware zorg, uren onbekend)"
    else:
        zorg = f"begeleiding {aantal(f['uren_per_week'], 1)} uur per week"
        if f["is_intensief_product"]:
            zorg += " (product met zware zorg)"
    return (
        f"{zorg} sinds {datum(f['sinds'])} ({aantal(f['aantal_maanden'])} maanden), "
        f"Wmo-kosten laatste 12 maanden {bedrag(f['kosten_12m_cent'])}; "
        f"geschatte besparing bij Wlz {bedrag(f['bedrag_op_spel_cent'])} per jaar"
    )


SOORT = Soort(
    naam="wlz_kandidaat",
    titel="Volwassenen met langdurige intensieve Wmo-zorg die bij de Wlz passen",
    sql="wlz_kandidaat.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)
