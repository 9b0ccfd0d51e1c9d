# SPDX-License-Identifier: EUPL-1.2
"""doorlooptijd: decisions past the legal term, and the current waiting list."""

from datetime import date

from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag, datum

_WET = {"wmo": "Wmo", "jeugd": "Jeugdwet"}


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {
        "termijn_wmo_dagen": settings.signaal_termijn_wmo_dagen,
        "termijn_jeugd_dagen": settings.signaal_termijn_jeugd_dagen,
        "terugkijk_dagen": settings.signaal_terugkijk_dagen,
    }


def _aanleiding(f: Feiten) -> str:
    aanvraag = (
        f"{_WET.get(str(f['wet']), f['wet'])}-aanvraag van {datum(f['aanvraagdatum'])} "
        f"(categorie {f['product_categorieen']})"
    )
    termijn = f"wettelijke termijn {aantal(f['termijn_dagen'])} dagen"
    if f["reden"] == "termijn_overschreden":
        return (
            f"{aanvraag} besloten op {datum(f['beslisdatum'])} na "
            f"{aantal(f['doorlooptijd_dagen'])} dagen; {termijn}; "
            f"maximaal dwangsomrisico {bedrag(f['bedrag_op_spel_cent'])}"
        )
    wacht = f"{aanvraag} wacht al {aantal(f['doorlooptijd_dagen'])} dagen op een besluit"
    if f["reden"] == "wachtlijst":
        return f"{wacht}; {termijn}"
    return f"{wacht}; {termijn} verstreken; dwangsomrisico {bedrag(f['bedrag_op_spel_cent'])}"


SOORT = Soort(
    naam="doorlooptijd",
    titel="Aanvragen buiten de wettelijke termijn en de wachtlijst",
    sql="doorlooptijd.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)
