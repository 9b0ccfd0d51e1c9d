# SPDX-License-Identifier: EUPL-1.2
"""One entry point for every table of the programme, by name."""

from collections.abc import Callable
from typing import Literal, get_args

import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.maatregelen.balans import balans
from stuurhuis.maatregelen.businesscase import businesscase
from stuurhuis.maatregelen.indeling import Per, check_per
from stuurhuis.maatregelen.ledger import ingevuld, potentieel, resterend
from stuurhuis.maatregelen.matrix import matrix
from stuurhuis.maatregelen.model import Programma
from stuurhuis.maatregelen.risico import risico
from stuurhuis.maatregelen.volume import VolumeBron
from stuurhuis.maatregelen.voortgang import voortgang

Tabel = Literal[
    "potentieel", "ingevuld", "resterend", "balans", "risico", "matrix", "voortgang",
    "businesscase",
]  # fmt: skip
TABELLEN: tuple[str, ...] = get_args(Tabel)
TITELS: dict[str, str] = {
    "potentieel": "Besparingspotentieel (gepland)",
    "ingevuld": "Ingevuld besparingspotentieel",
    "resterend": "Resterend besparingspotentieel (gepland − ingevuld)",
    "balans": "Meerjarenbalans sociaal domein",
    "risico": "Risico's en kansgewogen potentieel",
    "matrix": "Maatregelen naar fase en urgentie",
    "voortgang": "Voortgang per maatregel",
    "businesscase": "Business cases",
}
_BY_PER: dict[str, Callable[[Programma, Per], pl.DataFrame]] = {
    "potentieel": potentieel,
    "ingevuld": ingevuld,
    "resterend": resterend,
    "risico": risico,
    "voortgang": voortgang,
}


def tabel(
    programma: Programma,
    naam: str,
    *,
    per: str = "totaal",
    volumes: VolumeBron | None = None,
) -> pl.DataFrame:
    """The table ``naam`` (see :data:`TABELLEN`) of ``programma``, amounts in cents.

    ``per`` (totaal, pakket, thema, maatregel) applies to the tables with a breakdown;
    ``volumes`` feeds business cases whose volume comes from an indicator.
    """
    breakdown = check_per(per)
    if naam in _BY_PER:
        return _BY_PER[naam](programma, breakdown)
    if naam == "balans":
        return balans(programma)
    if naam == "matrix":
        return matrix(programma)
    if naam == "businesscase":
        return businesscase(programma, volumes)
    raise StuurhuisError(f"onbekende tabel {naam!r}: kies uit {', '.join(TABELLEN)}")
