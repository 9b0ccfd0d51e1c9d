# SPDX-License-Identifier: EUPL-1.2
"""rechtmatigheid: claim lines without a valid basis, with the amount at stake."""

from collections.abc import Callable
from datetime import date

import polars as pl

from stuurhuis.settings import Settings
from stuurhuis.signals.soort import Feiten, Soort
from stuurhuis.signals.tekst import aantal, bedrag, datum


def _parameters(settings: Settings, _peildatum: date) -> dict[str, object]:
    return {
        "terugkijk_dagen": settings.signaal_terugkijk_dagen,
        "tarief_marge_cent": settings.signaal_tarief_marge_cent,
    }


def _regel(f: Feiten) -> str:
    return (
        f"declaratie {f['referentie_nummer']} ({datum(f['periode_begin'])} t/m "
        f"{datum(f['periode_eind'])}, {bedrag(f['gedeclareerd_cent'])})"
    )


def _onbekend_product(f: Feiten) -> str:
    return f"{_regel(f)} voor product {f['product_code']}, dat niet in de productcatalogus staat"


def _zonder_toewijzing(f: Feiten) -> str:
    return f"{_regel(f)} zonder geldige toewijzing (toewijzing {f['toewijzing_nummer'] or 'geen'})"


def _na_gebeurtenis(f: Feiten) -> str:
    wat = "overlijden" if f["reden"] == "na_overlijden" else "verhuizing uit de gemeente"
    return f"{_regel(f)} loopt door na {wat} op {datum(f['datum_gebeurtenis'])}"


def _buiten_periode(f: Feiten) -> str:
    eind = datum(f["toegewezen_eind"]) if f["toegewezen_eind"] else "open einde"
    return (
        f"{_regel(f)} valt buiten toewijzing {f['toewijzing_nummer']} "
        f"({datum(f['toegewezen_begin'])} t/m {eind})"
    )


def _dubbel(f: Feiten) -> str:
    return f"{_regel(f)} overlapt met eerdere declaratie {f['eerdere_referentie']}"


def _boven_tarief(f: Feiten) -> str:
    return (
        f"{_regel(f)} ligt boven {aantal(f['geleverd_volume'])} × catalogustarief "
        f"{bedrag(f['catalogus_tarief_cent'])}"
    )


def _boven_volume(f: Feiten) -> str:
    return (
        f"toewijzing {f['toewijzing_nummer']}: {aantal(f['geleverd_volume'], 2)} geleverd in "
        f"{datum(f['periode_begin'])} t/m {datum(f['periode_eind'])}, toegestaan "
        f"{aantal(f['toegestaan_volume'], 2)} (eenheid {f['eenheid']})"
    )


_FEIT: dict[str, Callable[[Feiten], str]] = {
    "onbekend_product": _onbekend_product,
    "zonder_toewijzing": _zonder_toewijzing,
    "na_overlijden": _na_gebeurtenis,
    "na_vertrek": _na_gebeurtenis,
    "buiten_periode": _buiten_periode,
    "dubbel": _dubbel,
    "boven_tarief": _boven_tarief,
    "boven_volume": _boven_volume,
}


def _aanleiding(f: Feiten) -> str:
    return f"{_FEIT[f['reden']](f)}; onrechtmatig {bedrag(f['bedrag_op_spel_cent'])}"


SOORT = Soort(
    naam="rechtmatigheid",
    titel="Declaraties zonder rechtmatige grondslag",
    sql="rechtmatigheid.sql",
    parameters=_parameters,
    aanleiding=_aanleiding,
)


def per_aanbieder(signalen: pl.DataFrame) -> pl.DataFrame:
    """Rechtmatigheid signals summed per provider and reason (no person in the output)."""
    return (
        signalen.filter(pl.col("soort") == SOORT.naam)
        .group_by("peildatum", "agb_code", "reden")
        .agg(
            pl.len().cast(pl.Int64).alias("aantal_signalen"),
            pl.col("bedrag_op_spel_cent").sum().alias("bedrag_op_spel_cent"),
        )
        .sort(["bedrag_op_spel_cent", "agb_code", "reden"], descending=[True, False, False])
    )
