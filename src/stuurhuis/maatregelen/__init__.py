# SPDX-License-Identifier: EUPL-1.2
"""The savings programme (``maatregelen.yaml`` or its XLSX template) and its tables.

Public surface::

    load(path) -> Programma                      # YAML or XLSX; all errors at once
    tabel(programma, naam, *, per="totaal", volumes=None) -> pl.DataFrame
    importeer(con, programma, peildatum, *, label=None, bestand=...) -> int
    snapshots(con) -> pl.DataFrame
    historie(con, naam, *, per, huidig, volumes) -> pl.DataFrame   # stacked per snapshot
    vergelijk(con, naam, *, per, kolom, huidig, volumes) -> pl.DataFrame  # side by side
    schrijf_template(out, programma=None)        # the XLSX template, empty or filled
    demo() -> Programma                          # the demo programme (package data)

Every amount in a table is integer eurocents (``*_cent``); see ``docs/maatregelen.md``.
"""

from stuurhuis.maatregelen.bedrag import EENHEDEN, Eenheid
from stuurhuis.maatregelen.fouten import MaatregelenError
from stuurhuis.maatregelen.historie import historie, importeer, snapshots, vergelijk
from stuurhuis.maatregelen.indeling import PERS, Per
from stuurhuis.maatregelen.laden import load, loads
from stuurhuis.maatregelen.model import Maatregel, Programma
from stuurhuis.maatregelen.schrijven import dump_yaml
from stuurhuis.maatregelen.tabel import TABELLEN, TITELS, Tabel, tabel
from stuurhuis.maatregelen.volume import VasteVolumes, VolumeBron, WarehouseVolumes
from stuurhuis.maatregelen.voorbeeld import DEMO_PAD, demo
from stuurhuis.maatregelen.xlsx import schrijf_template

__all__ = [
    "DEMO_PAD",
    "EENHEDEN",
    "PERS",
    "TABELLEN",
    "TITELS",
    "Eenheid",
    "Maatregel",
    "MaatregelenError",
    "Per",
    "Programma",
    "Tabel",
    "VasteVolumes",
    "VolumeBron",
    "WarehouseVolumes",
    "demo",
    "dump_yaml",
    "historie",
    "importeer",
    "load",
    "loads",
    "schrijf_template",
    "snapshots",
    "tabel",
    "vergelijk",
]
