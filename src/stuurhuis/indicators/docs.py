# SPDX-License-Identifier: EUPL-1.2
"""The catalogue section of ``docs/indicators.md``, generated from the definitions.

Regenerate with ``uv run python -m stuurhuis.indicators.docs docs/indicators.md``; a test
fails when the page and the catalogue differ.
"""

import sys
from pathlib import Path

from stuurhuis.indicators.catalogue import catalogue
from stuurhuis.indicators.model import Indicator

BEGIN = "<!-- catalogus:begin (gegenereerd, niet met de hand wijzigen) -->"
END = "<!-- catalogus:end -->"
_UNITS = {
    "aantal": "aantal",
    "per_10000": "per 10.000 inwoners",
    "procent": "%",
    "dagen": "dagen",
    "cent": "eurocent",
    "cent_per_client": "eurocent per cliënt",
}
_RICHTING = {"lager_is_beter": "lager is beter", "hoger_is_beter": "hoger is beter"}


def catalogus_markdown() -> str:
    """One section per indicator: definition and a table of its properties."""
    return "\n".join(_section(ind) for ind in catalogue())


def _section(ind: Indicator) -> str:
    telregel = (
        "peildatum (laatste dag van de periode)"
        if ind.telregel == "peildatum"
        else "in de periode (actief op ten minste één dag)"
    )
    rows = [
        ("bron", ind.bron),
        ("eenheid", _UNITS[ind.eenheid]),
        ("teller", ind.teller),
        ("noemer", ind.noemer or "–"),
        ("telregel", telregel),
        ("uitsplitsingen", ", ".join(["gemeente", *ind.uitsplitsingen])),
        ("optelbaar over", ", ".join(ind.additief) or "–"),
        ("streefwaarde", "–" if ind.streefwaarde is None else f"{ind.streefwaarde:g}"),
        ("richting", _RICHTING.get(ind.richting or "", "–")),
    ]
    if ind.afgeleid_van:
        rows.append(("afgeleid van", f"`{ind.afgeleid_van}`"))
    if ind.verplicht:
        rows.append(("altijd uitgesplitst naar", ", ".join(ind.verplicht)))
    table = "\n".join(f"| {key} | {value} |" for key, value in rows)
    return f"### `{ind.id}` — {ind.naam}\n\n{ind.definitie}\n\n| | |\n| --- | --- |\n{table}\n"


def update(path: Path) -> None:
    """Replace the generated section of ``path``."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{BEGIN}\n\n{catalogus_markdown()}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    update(Path(sys.argv[1]))
