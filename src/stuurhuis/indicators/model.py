# SPDX-License-Identifier: EUPL-1.2
"""The indicator definition: what an indicator counts, per what, and how it may be split."""

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from stuurhuis.errors import StuurhuisError

Breakdown = Literal[
    "wijk", "wet", "categorie", "aanbieder", "leeftijdsklasse", "leveringsvorm", "verwijzer"
]
BREAKDOWNS: tuple[Breakdown, ...] = (
    "wijk",
    "wet",
    "categorie",
    "aanbieder",
    "leeftijdsklasse",
    "leveringsvorm",
    "verwijzer",
)
Eenheid = Literal["aantal", "per_10000", "procent", "dagen", "cent", "cent_per_client"]
Telregel = Literal["periode", "peildatum"]
Richting = Literal["lager_is_beter", "hoger_is_beter"]
Aggregaat = Literal["uniek", "som", "aantal"]

TOTAAL = "totaal"  # breakdown value of a margin row (the total over that breakdown)
_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogusError(StuurhuisError):
    """An indicator definition file is invalid (a developer mistake, reported clearly)."""


@dataclass(frozen=True)
class Maat:
    """An aggregate over the fact rows of an indicator: ``count(DISTINCT kolom)``,
    ``sum(kolom)`` or ``count(*)``, optionally only over rows where ``filter`` is true.

    ``zonder`` lists breakdowns the measure ignores (a share's denominator is the whole).
    """

    aggregaat: Aggregaat
    kolom: str | None = None
    filter: str | None = None
    zonder: tuple[Breakdown, ...] = ()

    def sql(self) -> str:
        """The SQL aggregate expression (identifiers were checked on load)."""
        where = f" FILTER (WHERE {self.filter})" if self.filter else ""
        if self.aggregaat == "uniek":
            return f"count(DISTINCT {self.kolom}){where}"
        if self.aggregaat == "som":
            return f"coalesce(sum({self.kolom}){where}, 0)"
        return f"count(*){where}"


@dataclass(frozen=True)
class Bevolkingsnoemer:
    """Denominator from ``bevolking``: inhabitants aged [leeftijd_van, leeftijd_tot]."""

    leeftijd_van: int
    leeftijd_tot: int


@dataclass(frozen=True)
class Huishoudensnoemer:
    """Denominator from ``huishoudens``: all households."""


Noemer = Maat | Bevolkingsnoemer | Huishoudensnoemer


@dataclass(frozen=True)
class Indicator:
    """One indicator of the catalogue, as defined in ``defs/<id>.yaml`` (+ ``<id>.sql``)."""

    id: str
    naam: str
    definitie: str
    bron: str
    eenheid: Eenheid
    telregel: Telregel
    teller: str  # Dutch description of the numerator
    noemer: str | None  # Dutch description of the denominator (None: a plain count)
    uitsplitsingen: tuple[Breakdown, ...]
    additief: tuple[Breakdown, ...] = ()  # breakdowns over which teller (and noemer) add up
    streefwaarde: float | None = None
    richting: Richting | None = None
    factor: float = 1.0
    teller_maat: Maat = field(default_factory=lambda: Maat("aantal"))
    noemer_maat: Noemer | None = None
    basis: str | None = "persoon_id"  # unit behind a cell for disclosure; None: no persons
    verplicht: tuple[Breakdown, ...] = ()  # breakdowns always applied (shares)
    afgeleid_van: str | None = None  # growth indicators: the base indicator
    teller_is_aantal: bool = True  # numerator is a count (rounded when publishing)

    @property
    def is_additief(self) -> bool:
        """Whether the figure adds up from wijk to gemeente."""
        return "wijk" in self.additief

    @property
    def is_afgeleid(self) -> bool:
        return self.afgeleid_van is not None


def indicator_from_dict(data: dict[str, Any]) -> Indicator:
    """Build and validate an indicator from its parsed YAML definition."""
    try:
        ident = str(data["id"])
        teller = data["teller"]
        noemer = data.get("noemer")
        uitsplitsingen = tuple(data.get("uitsplitsingen", ()))
        indicator = Indicator(
            id=ident,
            naam=str(data["naam"]),
            definitie=" ".join(str(data["definitie"]).split()),
            bron=" ".join(str(data["bron"]).split()),
            eenheid=data["eenheid"],
            telregel=data["telregel"],
            teller=str(teller["omschrijving"]),
            noemer=str(noemer["omschrijving"]) if noemer else None,
            uitsplitsingen=uitsplitsingen,
            additief=tuple(data.get("additief", ())),
            streefwaarde=_optional_float(data.get("streefwaarde")),
            richting=data.get("richting"),
            factor=float(data.get("factor", 1)),
            teller_maat=_maat(teller) if "aggregaat" in teller else Maat("aantal"),
            noemer_maat=_noemer(noemer) if noemer else None,
            basis=data.get("basis", "persoon_id"),
            verplicht=tuple(data.get("verplicht", ())),
            afgeleid_van=data.get("afgeleid_van"),
            teller_is_aantal=bool(data.get("teller_is_aantal", True)),
        )
    except (KeyError, TypeError) as exc:
        raise CatalogusError(f"indicatordefinitie {data.get('id')!r} onvolledig: {exc}") from exc
    _check(indicator)
    return indicator


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _maat(spec: dict[str, Any]) -> Maat:
    return Maat(
        aggregaat=spec["aggregaat"],
        kolom=spec.get("kolom"),
        filter=spec.get("filter"),
        zonder=tuple(spec.get("zonder", ())),
    )


def _noemer(spec: dict[str, Any]) -> Noemer | None:
    if "bevolking" in spec:
        van, tot = spec["bevolking"]
        return Bevolkingsnoemer(int(van), int(tot))
    if spec.get("huishoudens"):
        return Huishoudensnoemer()
    return _maat(spec) if "aggregaat" in spec else None  # derived: description only


def _check(ind: Indicator) -> None:
    problems: list[str] = []
    if not _IDENT.match(ind.id):
        problems.append("id")
    if ind.eenheid not in ("aantal", "per_10000", "procent", "dagen", "cent", "cent_per_client"):
        problems.append(f"eenheid {ind.eenheid}")
    if ind.telregel not in ("periode", "peildatum"):
        problems.append(f"telregel {ind.telregel}")
    if ind.richting not in (None, "lager_is_beter", "hoger_is_beter"):
        problems.append(f"richting {ind.richting}")
    dims = (*ind.uitsplitsingen, *ind.additief, *ind.verplicht)
    problems += [f"uitsplitsing {d}" for d in dims if d not in BREAKDOWNS]
    problems += [f"additief {d}" for d in ind.additief if d not in ind.uitsplitsingen]
    problems += [f"verplicht {d}" for d in ind.verplicht if d not in ind.uitsplitsingen]
    maten = [ind.teller_maat] + ([ind.noemer_maat] if isinstance(ind.noemer_maat, Maat) else [])
    for maat in maten:
        if maat.aggregaat not in ("uniek", "som", "aantal"):
            problems.append(f"aggregaat {maat.aggregaat}")
        if maat.aggregaat != "aantal" and maat.kolom is None:
            problems.append("kolom ontbreekt")
        names = [n for n in (maat.kolom, maat.filter) if n is not None]
        problems += [f"kolom {n}" for n in names if not _IDENT.match(n)]
    if ind.basis is not None and not _IDENT.match(ind.basis):
        problems.append(f"basis {ind.basis}")
    if problems:
        raise CatalogusError(f"indicator {ind.id}: ongeldig: {', '.join(problems)}")
