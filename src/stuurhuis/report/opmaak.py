# SPDX-License-Identifier: EUPL-1.2
"""Dutch display of the values in the report's tables (stuurhuis.export.nl)."""

from collections.abc import Callable
from datetime import date

from stuurhuis.export import euro, getal
from stuurhuis.export.nl import SUPPRESSED

KOPPEN: dict[str, str] = {
    "indicator": "Indicator",
    "naam": "Naam",
    "periode": "Periode",
    "waarde": "Waarde",
    "streefwaarde": "Streefwaarde",
    "status": "Status",
    "eenheid": "Eenheid",
    "onderdrukt": "Onderdrukt",
    "vorige_waarde": "Vorig kwartaal",
    "verschil": "Verschil",
    "wijk": "Wijk",
    "wijknaam": "Wijknaam",
    "gemeente_waarde": "Gemeente",
    "taakveld": "Taakveld",
    "begroting_cent": "Begroting",
    "gerealiseerd_cent": "Gerealiseerd",
    "prognose_cent": "Prognose",
    "ondergrens_cent": "Ondergrens",
    "bovengrens_cent": "Bovengrens",
    "afwijking_cent": "Afwijking",
    "volume_effect_cent": "Volume-effect",
    "prijs_effect_cent": "Prijseffect",
    "mix_effect_cent": "Mixeffect",
    "netto_cent": "Netto",
    "besparing_cent": "Besparing",
    "investering_cent": "Investering",
    "taakstelling_cent": "Taakstelling",
    "verschil_cent": "Verschil",
    "fase": "Fase",
    "urgentie": "Urgentie",
    "aantal_maatregelen": "Aantal maatregelen",
    "maatregelen": "Maatregelen",
}


def kop(kolom: str) -> str:
    """The Dutch column heading (the column name itself when not listed)."""
    return KOPPEN.get(kolom, kolom.removesuffix("_cent").replace("_", " ").capitalize())


_IN_EENHEID: dict[str, Callable[[float], str]] = {
    "cent": euro,
    "cent_per_client": euro,
    "procent": lambda v: getal(v, 1) + "%",
    "per_10000": lambda v: getal(v, 1),
    "dagen": lambda v: getal(v, 0) + " dagen",
}
WAARDE_KOLOMMEN = ("waarde", "streefwaarde", "vorige_waarde", "verschil", "gemeente_waarde")


def waarde(value: object, eenheid: str) -> str:
    """A value in its unit: ``€ 1.234``, ``12,3%``, ``45,6`` (per 10.000), ``1.234``."""
    if value is None:
        return SUPPRESSED
    if not isinstance(value, int | float):
        return str(value)
    if eenheid in _IN_EENHEID:
        return _IN_EENHEID[eenheid](value)
    return getal(value, 0) if float(value).is_integer() else getal(value, 1)


def cel(kolom: str, value: object, eenheid: str | None = None) -> str:
    """One table cell: money columns as euros, value columns in the row's unit."""
    if kolom.endswith("_cent") and isinstance(value, int | float):
        return euro(value)
    if kolom == "streefwaarde" and value is None:
        return "–"  # no target (a suppressed value is a point)
    if kolom in WAARDE_KOLOMMEN:
        return waarde(value, eenheid or "")
    if kolom == "jaar" and isinstance(value, int):
        return str(value)
    return _gewoon(value)


def _gewoon(value: object) -> str:
    if value is None:
        return SUPPRESSED
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, float):
        return getal(value, 2)
    if isinstance(value, int):
        return getal(value)
    return str(value)


def is_getal(kolom: str, value: object) -> bool:
    """Whether the cell is right-aligned (numbers and suppressed numbers)."""
    if kolom.endswith("_cent"):
        return True
    return isinstance(value, int | float) and not isinstance(value, bool)
