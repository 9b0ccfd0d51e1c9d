# SPDX-License-Identifier: EUPL-1.2
"""herindicatie: allocations ending soon, and open-ended ones never re-assessed."""

from datetime import date

from stuurhuis.codelijsten import codelijst
from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag, datum


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {
        "dagen": settings.signaal_herindicatie_dagen,
        "open_jaren": settings.signaal_herindicatie_open_jaren,
        "hulpmiddel_categorieen": sorted(codelijst("wmo_hulpmiddel_categorie")),
    }


def _aanleiding(f: Feiten) -> str:
    product = (
        f"toewijzing {f['toewijzing_nummer']} ({f['wet']}, categorie {f['product_categorie']})"
    )
    kosten = f"kosten laatste 12 maanden {bedrag(f['bedrag_op_spel_cent'])}"
    if f["reden"] == "einde_nadert":
        return f"{product} loopt af op {datum(f['einddatum'])} zonder vervolgtoewijzing; {kosten}"
    return (
        f"{product} loopt sinds {datum(f['ingangsdatum'])} zonder einddatum; laatste besluit "
        f"{datum(f['beslisdatum'])}, langer dan {aantal(f['drempel_jaren'])} jaar geleden; {kosten}"
    )


SOORT = Soort(
    naam="herindicatie",
    titel="Toewijzingen die aflopen of al lang niet zijn geherindiceerd",
    sql="herindicatie.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)
