# SPDX-License-Identifier: EUPL-1.2
"""Write a :class:`Programma` back in file form: amounts in its ``eenheid``, defaults left out."""

from typing import Any

import yaml

from stuurhuis.maatregelen.bedrag import uit_cent
from stuurhuis.maatregelen.model import Effectmodel, Maatregel, Programma

_AMOUNT_FIELDS = ("taakstelling", "besparing", "investering")


def naar_raw(programma: Programma) -> dict[str, Any]:
    """The programme as plain data, amounts in ``programma.eenheid`` (reads back equal)."""
    e = programma.eenheid
    raw: dict[str, Any] = {"gemeente": programma.gemeente, "eenheid": e}
    if programma.taakstelling:
        raw["taakstelling"] = _amounts(programma.taakstelling, e)
    raw["maatregelen"] = [_maatregel(m, e) for m in programma.maatregelen]
    if programma.perspectief:
        raw["perspectief"] = [
            {"naam": r.naam, "soort": r.soort, "bedragen": _amounts(r.bedragen, e)}
            for r in programma.perspectief
        ]
    if programma.risicos:
        raw["risicos"] = [
            {
                "naam": r.naam,
                "bedrag": uit_cent(r.bedrag, e),
                "kans": r.kans,
                **({"toelichting": r.toelichting} if r.toelichting else {}),
            }
            for r in programma.risicos
        ]
    return raw


def dump_yaml(programma: Programma) -> str:
    """The programme as ``maatregelen.yaml`` text."""
    return yaml.safe_dump(naar_raw(programma), allow_unicode=True, sort_keys=False, width=100)


def _maatregel(m: Maatregel, eenheid: str) -> dict[str, Any]:
    data: dict[str, Any] = m.model_dump(
        exclude={*_AMOUNT_FIELDS, "ingevuld", "effectmodel"}, exclude_defaults=True
    )
    data["id"], data["naam"] = m.id, m.naam
    for name in _AMOUNT_FIELDS:
        amounts: dict[int, int] = getattr(m, name)
        if amounts:
            data[name] = _amounts(amounts, eenheid)
    ingevuld = {
        name: _amounts(getattr(m.ingevuld, name), eenheid)
        for name in ("besparing", "investering")
        if getattr(m.ingevuld, name)
    }
    if ingevuld:
        data["ingevuld"] = ingevuld
    if m.effectmodel is not None:
        data["effectmodel"] = _effectmodel(m.effectmodel, eenheid)
    return data


def _effectmodel(model: Effectmodel, eenheid: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kosten_per_jaar": uit_cent(model.kosten_per_jaar, eenheid),
        "besparing_per_eenheid": uit_cent(model.besparing_per_eenheid, eenheid),
        "eenheid": model.eenheid,
    }
    if model.volume:
        data["volume"] = dict(model.volume)
    if model.indicator:
        data["indicator"] = model.indicator
    return data


def _amounts(amounts: dict[int, int], eenheid: str) -> dict[int, int | float]:
    return {year: uit_cent(cents, eenheid) for year, cents in sorted(amounts.items())}
