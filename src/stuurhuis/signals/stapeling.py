# SPDX-License-Identifier: EUPL-1.2
"""stapeling: one household, several arrangements or several laws at once."""

from datetime import date

from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag, datum


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {
        "min_voorzieningen": settings.signaal_stapeling_min_voorzieningen,
        "min_wetten": settings.signaal_stapeling_min_wetten,
    }


def _aanleiding(f: Feiten) -> str:
    return (
        f"{aantal(f['aantal_voorzieningen'])} lopende voorzieningen uit "
        f"{aantal(f['aantal_wetten'])} wet(ten) ({f['wetten']}) voor "
        f"{aantal(f['aantal_personen'])} persoon/personen, "
        f"samen {bedrag(f['kosten_per_jaar_cent'])} per jaar; sinds {datum(f['sinds'])}"
    )


SOORT = Soort(
    naam="stapeling",
    titel="Huishoudens met meerdere voorzieningen of wetten tegelijk",
    sql="stapeling.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)
