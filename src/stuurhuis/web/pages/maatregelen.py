# SPDX-License-Identifier: EUPL-1.2
"""Maatregelen: the tables of the savings programme (latest snapshot in the warehouse),
the matrix of phase × urgency and the progress per measure."""

import polars as pl

from stuurhuis import charts
from stuurhuis.maatregelen import TITELS, WarehouseVolumes, tabel
from stuurhuis.maatregelen.historie import Snapshot, lees_snapshots
from stuurhuis.web.pages.base import ALLE_ROLLEN, Blok, Context, Pagina

UITLEG: dict[str, str] = {
    "potentieel": "Het geplande netto besparingspotentieel per jaar tegen de taakstelling.",
    "ingevuld": "Wat er van het potentieel daadwerkelijk is ingevuld.",
    "resterend": "Gepland min ingevuld: wat nog gerealiseerd moet worden.",
    "balans": "De meerjarenbalans: autonome ontwikkelingen, maatregelen en het saldo.",
    "risico": "Risico's en kansen met hun kans; verwachte waarde = bedrag × kans.",
    "matrix": "Aantal maatregelen per fase en urgentie, met hun netto potentieel.",
    "voortgang": "Per maatregel en jaar: taakstelling, gepland, ingevuld en wat er gedaan is.",
    "businesscase": "Business cases: volume × besparing per eenheid min kosten.",
}
PER: dict[str, str] = {"voortgang": "maatregel", "risico": "totaal"}


def laatste(ctx: Context) -> Snapshot | None:
    """The snapshot with the latest peildatum, if any was imported."""
    found = lees_snapshots(ctx.con)
    return found[-1] if found else None


def bouw(ctx: Context) -> list[Blok]:
    snapshot = laatste(ctx)
    if snapshot is None:
        return []
    programma = snapshot.programma
    volumes = WarehouseVolumes(ctx.con)
    tabellen = {
        naam: tabel(programma, naam, per=PER.get(naam, "totaal"), volumes=volumes)
        for naam in TITELS
    }
    stand = f"Stand {snapshot.peildatum:%d-%m-%Y} ({snapshot.label})."
    blokken = []
    for naam, df in tabellen.items():
        grafiek = None
        if naam == "potentieel":
            grafiek = _gepland_ingevuld(tabellen["potentieel"], tabellen["ingevuld"])
        elif naam == "matrix":
            grafiek = charts.matrix(
                df,
                titel=TITELS[naam],
                rij="fase",
                kolom="urgentie",
                waarde="aantal_maatregelen",
            )
        blokken.append(
            Blok(
                id=naam,
                titel=TITELS[naam],
                tabel=df,
                grafiek=grafiek,
                uitleg=f"{UITLEG.get(naam, '')} {stand}".strip(),
            )
        )
    return blokken


def _gepland_ingevuld(potentieel: pl.DataFrame, ingevuld: pl.DataFrame) -> dict[str, object]:
    """Planned and realised net savings per year side by side (the two tables stacked)."""
    rows = pl.concat(
        [
            potentieel.select("periode", "netto_cent", pl.lit("gepland").alias("reeks")),
            ingevuld.select("periode", "netto_cent", pl.lit("ingevuld").alias("reeks")),
        ]
    )
    return charts.staven(
        rows,
        titel="Netto besparing: gepland en ingevuld",
        eenheid="cent",
        categorie="periode",
        waarde="netto_cent",
        reeks="reeks",
        categorie_titel="jaar",
    )


PAGINA = Pagina(
    slug="maatregelen",
    titel="Maatregelen",
    rollen=ALLE_ROLLEN,
    bouw=bouw,
    filters=(),
    blokken=tuple(TITELS),
    omschrijving="Het besparingsprogramma: potentieel, invulling, balans, risico's en voortgang.",
)
