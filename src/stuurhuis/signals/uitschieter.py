# SPDX-License-Identifier: EUPL-1.2
"""uitschieter: providers far above their peers in cost per client or duration."""

from datetime import date

from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {
        "min_clienten": settings.signaal_uitschieter_min_clienten,
        "min_aanbieders": settings.signaal_uitschieter_min_aanbieders,
        "ratio": settings.signaal_uitschieter_ratio,
        "z": settings.signaal_uitschieter_z,
    }


def _aanleiding(f: Feiten) -> str:
    if f["reden"] == "kosten_per_client":
        waarde = f"kosten per cliënt {bedrag(f['waarde'])} tegen mediaan {bedrag(f['mediaan'])}"
    else:
        waarde = (
            f"gemiddelde duur {aantal(f['waarde'])} dagen tegen mediaan "
            f"{aantal(f['mediaan'])} dagen"
        )
    z = aantal(f["robuuste_z"], 1) if f["robuuste_z"] is not None else "n.v.t. (MAD 0)"
    return (
        f"product {f['product_code']} ({f['wet']}): {waarde} "
        f"({aantal(f['verhouding'], 2)} × mediaan, robuuste z {z}) over "
        f"{aantal(f['aantal_clienten'])} cliënten en {aantal(f['aantal_aanbieders'])} "
        f"aanbieders; boven mediaan {bedrag(f['bedrag_op_spel_cent'])}"
    )


SOORT = Soort(
    naam="uitschieter",
    titel="Aanbieders ver boven hun vergelijkbare aanbieders",
    sql="uitschieter.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)
