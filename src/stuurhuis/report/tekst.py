# SPDX-License-Identifier: EUPL-1.2
"""Plain-Dutch sentences that state numbers, each read from one row of a tidy table."""

from typing import Any

from stuurhuis.export import euro
from stuurhuis.report.opmaak import waarde

Rij = dict[str, Any]


def verandering(rij: Rij, vorige_periode: str) -> str:
    """``Unieke cliënten: 4.321 in 2025-Q2, 89 meer dan in 2025-Q1.``"""
    naam, eenheid = rij["naam"], rij["eenheid"]
    if rij["waarde"] is None:
        return f"{naam}: niet gepubliceerd in {rij['periode']} (te kleine aantallen)."
    nu = f"{naam}: {waarde(rij['waarde'], eenheid)} in {rij['periode']}"
    if rij["verschil"] is None:
        return nu + "."
    if waarde(abs(rij["verschil"]), eenheid) == waarde(0.0, eenheid):
        return f"{nu}, gelijk aan {vorige_periode}."  # equal as shown, not only exactly
    richting = "meer" if rij["verschil"] > 0 else "minder"
    if eenheid in ("procent", "per_10000", "cent", "cent_per_client", "dagen"):
        richting = "hoger" if rij["verschil"] > 0 else "lager"
    return f"{nu}, {waarde(abs(rij['verschil']), eenheid)} {richting} dan in {vorige_periode}."


def jaarresultaat(rij: Rij) -> str:
    """Expected year-end spending against the budget, with its band."""
    zin = (
        f"Verwachte uitgaven sociaal domein {rij['jaar']}: {euro(rij['prognose_cent'])} "
        f"(80%-band {euro(rij['ondergrens_cent'])} tot {euro(rij['bovengrens_cent'])}), "
        f"stand {rij['peildatum']:%d-%m-%Y}."
    )
    if rij["begroting_cent"] is None or rij["afwijking_cent"] is None:
        return zin + " Er is geen begroting voor dit jaar geladen."
    kant = "boven" if rij["afwijking_cent"] > 0 else "onder"
    return (
        f"{zin} De begroting is {euro(rij['begroting_cent'])}: naar verwachting "
        f"{euro(abs(rij['afwijking_cent']))} {kant} de begroting."
    )


def prognose_verschil(nu: Rij, vorig: Rij) -> str:
    """How the year-end forecast moved since the previous quarter's end."""
    delta = nu["prognose_cent"] - vorig["prognose_cent"]
    kant = "hoger" if delta > 0 else "lager"
    return (
        f"Op {vorig['peildatum']:%d-%m-%Y} was de verwachting {euro(vorig['prognose_cent'])}; "
        f"de prognose is nu {euro(abs(delta))} {kant}."
    )


def afwijking_taakveld(rij: Rij) -> str:
    """One taakveld's deviation with its volume, price and mix effects."""
    kant = "boven" if rij["afwijking_cent"] > 0 else "onder"
    return (
        f"Taakveld {rij['taakveld']}: {euro(abs(rij['afwijking_cent']))} {kant} de begroting; "
        f"volume {euro(rij['volume_effect_cent'])}, prijs {euro(rij['prijs_effect_cent'])}, "
        f"mix {euro(rij['mix_effect_cent'])}."
    )


def programma(gepland: Rij, ingevuld: Rij, resterend: Rij) -> str:
    """The savings programme over all years: planned, secured and remaining net."""
    return (
        f"Het besparingsprogramma is gepland op {euro(gepland['netto_cent'])} netto "
        f"(taakstelling {euro(gepland['taakstelling_cent'])}); daarvan is "
        f"{euro(ingevuld['netto_cent'])} ingevuld en resteert "
        f"{euro(resterend['netto_cent'])}."
    )


def wijk_uitersten(hoog: Rij, laag: Rij) -> str:
    """The wijken with the highest and lowest value against the gemeente."""
    eenheid = hoog["eenheid"]
    return (
        f"{hoog['naam']}: het hoogst in {hoog['wijknaam']} "
        f"({waarde(hoog['waarde'], eenheid)}), het laagst in {laag['wijknaam']} "
        f"({waarde(laag['waarde'], eenheid)}); de gemeente als geheel "
        f"{waarde(hoog['gemeente_waarde'], eenheid)}."
    )
