# SPDX-License-Identifier: EUPL-1.2
"""The indicator catalogue: one ``defs/<id>.yaml`` (+ ``defs/<id>.sql``) per indicator.

Adding an indicator means adding those two files; nothing here lists indicators by name.
"""

from functools import cache
from importlib import resources
from typing import Literal

import yaml

from stuurhuis.errors import StuurhuisError
from stuurhuis.indicators.model import CatalogusError, Indicator, indicator_from_dict

DEFS = "defs"
KERNCIJFERS = "kerncijfers.yaml"
Niveau = Literal["gemeente", "wijk"]


@cache
def _load() -> tuple[Indicator, ...]:
    folder = resources.files(__package__).joinpath(DEFS)
    found: list[Indicator] = []
    sql_names = {entry.name for entry in folder.iterdir() if entry.name.endswith(".sql")}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        indicator = indicator_from_dict(yaml.safe_load(entry.read_text(encoding="utf-8")))
        if entry.name != f"{indicator.id}.yaml":
            raise CatalogusError(f"{entry.name}: id {indicator.id} komt niet overeen")
        if not indicator.is_afgeleid and f"{indicator.id}.sql" not in sql_names:
            raise CatalogusError(f"indicator {indicator.id}: {indicator.id}.sql ontbreekt")
        found.append(indicator)
    ids = {ind.id for ind in found}
    for ind in found:
        if ind.afgeleid_van is not None and ind.afgeleid_van not in ids:
            raise CatalogusError(f"indicator {ind.id}: onbekende basis {ind.afgeleid_van}")
    return tuple(found)


def catalogue() -> list[Indicator]:
    """All indicators, ordered by id."""
    return list(_load())


def indicator(ident: str) -> Indicator:
    """The indicator with id ``ident``, or a one-line error naming the known ids."""
    for ind in _load():
        if ind.id == ident:
            return ind
    known = ", ".join(ind.id for ind in _load())
    raise StuurhuisError(f"onbekende indicator {ident!r}: kies uit {known}")


def fact_sql(ind: Indicator) -> str:
    """The fact query of ``ind`` (its ``defs/<id>.sql``)."""
    path = resources.files(__package__).joinpath(DEFS, f"{ind.id}.sql")
    return path.read_text(encoding="utf-8")


@cache
def kerncijfers(niveau: Niveau = "gemeente") -> tuple[str, ...]:
    """The ids of the key indicators shown at ``niveau``, in display order
    (``kerncijfers.yaml``: one list for the gemeente views, one for the wijk views)."""
    text = resources.files(__package__).joinpath(KERNCIJFERS).read_text(encoding="utf-8")
    lists = yaml.safe_load(text)
    ids = tuple(lists[niveau])
    known = {ind.id for ind in _load()}
    unknown = [ident for ident in ids if ident not in known]
    if unknown or len(set(ids)) != len(ids):
        raise CatalogusError(f"{KERNCIJFERS} ({niveau}): onbekend of dubbel: {unknown or ids}")
    return ids
