# SPDX-License-Identifier: EUPL-1.2
"""achttien_min: youths in jeugdhulp who turn 18 within a year and need a plan."""

from datetime import date

from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag, datum


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {"maanden": settings.signaal_achttien_maanden}


def _aanleiding(f: Feiten) -> str:
    loopt = (
        "jeugdhulp loopt door na de 18e verjaardag"
        if f["reden"] == "loopt_door_na_18"
        else "jeugdhulp eindigt voor de 18e verjaardag"
    )
    return (
        f"wordt 18 op {datum(f['wordt_18_op'])}; {aantal(f['aantal_toewijzingen'])} lopende "
        f"jeugdhulptoewijzing(en) (categorie {f['product_categorieen']}), {loopt}; "
        f"jeugdhulp laatste 12 maanden {bedrag(f['kosten_12m_cent'])}"
    )


SOORT = Soort(
    naam="achttien_min",
    titel="Jongeren in jeugdhulp die binnen een jaar 18 worden",
    sql="achttien_min.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)
