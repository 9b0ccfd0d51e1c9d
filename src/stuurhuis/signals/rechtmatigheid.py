# SPDX-License-Identifier: EUPL-1.2
"""rechtmatigheid: claim lines without a valid basis, with the amount at stake."""

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


def _aanleiding(f: Feiten) -> str:
    regel = (
        f"declaratie {f['referentie_nummer']} ({datum(f['periode_begin'])} t/m "
        f"{datum(f['periode_eind'])}, {bedrag(f['gedeclareerd_cent'])})"
    )
    reden = f["reden"]
    op_spel = f"onrechtmatig {bedrag(f['bedrag_op_spel_cent'])}"
    if reden == "onbekend_product":
        return f"{regel} voor product {f['product_code']}, dat niet in de productcatalogus staat; {op_spel}"
    if reden == "zonder_toewijzing":
        nummer = f["toewijzing_nummer"] or "geen"
        return f"{regel} zonder geldige toewijzing (toewijzing {nummer}); {op_spel}"
    if reden in ("na_overlijden", "na_vertrek"):
        wat = "overlijden" if reden == "na_overlijden" else "verhuizing uit de gemeente"
        return f"{regel} loopt door na {wat} op {datum(f['datum_gebeurtenis'])}; {op_spel}"
    if reden == "buiten_periode":
        eind = datum(f["toegewezen_eind"]) if f["toegewezen_eind"] else "open einde"
        return (
            f"{regel} valt buiten toewijzing {f['toewijzing_nummer']} "
            f"({datum(f['toegewezen_begin'])} t/m {eind}); {op_spel}"
        )
    if reden == "dubbel":
        return f"{regel} overlapt met eerdere declaratie {f['eerdere_referentie']}; {op_spel}"
    if reden == "boven_tarief":
        return (
            f"{regel} ligt boven {aantal(f['geleverd_volume'])} × catalogustarief "
            f"{bedrag(f['catalogus_tarief_cent'])}; {op_spel}"
        )
    return (
        f"toewijzing {f['toewijzing_nummer']}: {aantal(f['geleverd_volume'], 2)} geleverd in "
        f"{datum(f['periode_begin'])} t/m {datum(f['periode_eind'])}, toegestaan "
        f"{aantal(f['toegestaan_volume'], 2)} (eenheid {f['eenheid']}); {op_spel}"
    )


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
