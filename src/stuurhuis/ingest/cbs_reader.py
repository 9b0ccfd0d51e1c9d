# SPDX-License-Identifier: EUPL-1.2
"""CBS *Kerncijfers wijken en buurten* exports: gebieden, inhabitants, households, counts.

The export is one row per gebied (gemeente, wijk, buurt) per edition (``Peildatum``).
Column names carry a positional suffix that changes per edition (``WmoClienten_95`` in
one, ``WmoClienten_98`` in another), so columns are mapped by name without the suffix,
taking the first filled one. Keys are padded with spaces; ``.`` means suppressed/missing.

What is loaded (documented in ``docs/ingest.md``):

- ``gebied``: every code with soort, parent (buurt -> wijk -> gemeente, from the code) and
  the first and last edition in which it occurs;
- ``bevolking``: per edition the CBS age bands 0-14, 15-24, 25-44, 45-64, 65+ (geslacht
  ``totaal``) and the man/vrouw totals (0-999);
- ``huishoudens``: ``HuishoudensTotaal``;
- ``cbs_kerncijfer``: the published social-domain figures in :data:`KENMERKEN`, for
  comparison only.
"""

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from stuurhuis.ingest.encoding import read_first_line
from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.reader import LINE_COLUMN, RawBatch, Rejection

_SUFFIX = re.compile(r"_\d+$")
MISSING = {"", "."}
SOORTEN = {"gemeente": "gemeente", "wijk": "wijk", "buurt": "buurt"}
BANDEN = (
    ("k_0Tot15Jaar", 0, 14),
    ("k_15Tot25Jaar", 15, 24),
    ("k_25Tot45Jaar", 25, 44),
    ("k_45Tot65Jaar", 45, 64),
    ("k_65JaarOfOuder", 65, 999),
)
GESLACHT_TOTALEN = (("Mannen", "man"), ("Vrouwen", "vrouw"))
KENMERKEN = (
    "AantalInwoners",
    "HuishoudensTotaal",
    "WmoClienten",
    "WmoClientenRelatief",
    "JongerenMetJeugdzorgInNatura",
    "PercentageJongerenMetJeugdzorg",
    "PersonenPerSoortUitkeringBijstand",
    "PersonenPerSoortUitkeringAO",
    "PersonenPerSoortUitkeringWW",
    "PersonenPerSoortUitkeringAOW",
    "HuishOnderOfRondSociaalMinimum",
)
PERCENTAGES = ("PercentageJongerenMetJeugdzorg",)  # may have lost the decimal separator


def base_name(column: str) -> str:
    """``WmoClienten_95`` -> ``WmoClienten`` (the edition suffix removed)."""
    return _SUFFIX.sub("", column.strip().replace("\ufeff", ""))


def parent_code(code: str) -> str | None:
    """The parent of a CBS code: BU00340699 -> WK003406, WK003401 -> GM0034."""
    if code.startswith("BU") and len(code) == 10:
        return "WK" + code[2:8]
    if code.startswith("WK") and len(code) == 8:
        return "GM" + code[2:6]
    return None


@dataclass
class _Rows:
    columns: tuple[str, ...]
    values: dict[str, list[str | None]] = field(default_factory=dict)

    def add(self, regel: int, **row: str | None) -> None:
        self.values.setdefault(LINE_COLUMN, []).append(str(regel))
        for name in self.columns:
            self.values.setdefault(name, []).append(row.get(name))

    def table(self) -> pa.Table:
        regel = pa.array([int(v or 0) for v in self.values.get(LINE_COLUMN, [])], pa.int64())
        arrays = [pa.array(self.values.get(name, []), pa.string()) for name in self.columns]
        return pa.table([regel, *arrays], names=[LINE_COLUMN, *self.columns])


class CbsReader:
    """CBS Kerncijfers wijken en buurten (CSV as downloaded from StatLine)."""

    name = "cbs_kwb"

    def sniff(self, path: Path, head: bytes) -> bool:
        first = head.split(b"\n", 1)[0]
        return b"WijkenEnBuurten" in first and b"Codering" in first

    def rank(self, path: Path) -> int:
        return 9

    def read(self, path: Path) -> Iterator[RawBatch]:
        header_line = read_first_line(path)
        delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
        text = _read_text(path)
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        header = [base_name(name) for name in next(reader)]
        for needed in ("WijkenEnBuurten", "SoortRegio", "Peildatum"):
            if needed not in header:
                raise IngestError(f"{path.name}: CBS-kolom {needed!r} ontbreekt")
        records = [(number, row) for number, row in enumerate(reader, start=2) if row]
        yield from _batches(header, records)


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError(f"{path.name}: onleesbaar bestand (geen UTF-8 en geen cp1252)")


def _pick(header: list[str], row: list[str]) -> dict[str, str | None]:
    """Per base name the first filled value; ``.`` and empty count as missing."""
    picked: dict[str, str | None] = {}
    for name, raw in zip(header, row, strict=False):
        value = raw.strip()
        if picked.get(name) is None:
            picked[name] = None if value in MISSING else value
    return picked


def _year(peildatum: str | None) -> str | None:
    if not peildatum:
        return None
    match = re.search(r"(\d{4})", peildatum)
    return match.group(1) if match else None


def _tenths(header: list[str], records: list[tuple[int, list[str]]]) -> set[str]:
    """Percentage columns that lost their decimal separator (values > 100, no separator)."""
    lost = set()
    for kenmerk in PERCENTAGES:
        values = [_pick(header, row).get(kenmerk) for _, row in records]
        filled = [v for v in values if v]
        if filled and all(v.isdigit() for v in filled) and any(int(v) > 100 for v in filled):
            lost.add(kenmerk)
    return lost


def _batches(header: list[str], records: list[tuple[int, list[str]]]) -> Iterator[RawBatch]:
    gebieden: dict[str, dict[str, str | None]] = {}
    bevolking = _Rows(
        ("jaar", "gebied_code", "leeftijd_van", "leeftijd_tot", "geslacht", "aantal_inwoners")
    )
    huishoudens = _Rows(("jaar", "gebied_code", "aantal_huishoudens"))
    kerncijfers = _Rows(("jaar", "gebied_code", "kenmerk", "waarde"))
    rejections: list[Rejection] = []
    tenths = _tenths(header, records)
    for regel, row in records:
        values = _pick(header, row)
        code = values.get("WijkenEnBuurten") or values.get("Codering")
        soort = SOORTEN.get((values.get("SoortRegio") or "").lower())
        jaar = _year(values.get("Peildatum"))
        if not code or not soort or not jaar:
            rejections.append(
                Rejection(
                    regel,
                    "CBS-regel zonder code, soort of peildatum",
                    f"WijkenEnBuurten={code}; SoortRegio={soort}",
                )
            )
            continue
        _add_gebied(gebieden, code=code, soort=soort, values=values, jaar=jaar, regel=regel)
        for kolom, van, tot in BANDEN:
            if values.get(kolom) is not None:
                bevolking.add(
                    regel,
                    jaar=jaar,
                    gebied_code=code,
                    leeftijd_van=str(van),
                    leeftijd_tot=str(tot),
                    geslacht="totaal",
                    aantal_inwoners=values[kolom],
                )
        for kolom, geslacht in GESLACHT_TOTALEN:
            if values.get(kolom) is not None:
                bevolking.add(
                    regel,
                    jaar=jaar,
                    gebied_code=code,
                    leeftijd_van="0",
                    leeftijd_tot="999",
                    geslacht=geslacht,
                    aantal_inwoners=values[kolom],
                )
        if values.get("HuishoudensTotaal") is not None:
            huishoudens.add(
                regel, jaar=jaar, gebied_code=code, aantal_huishoudens=values["HuishoudensTotaal"]
            )
        for kenmerk in KENMERKEN:
            if kenmerk in header:
                kerncijfers.add(
                    regel,
                    jaar=jaar,
                    gebied_code=code,
                    kenmerk=kenmerk,
                    waarde=_waarde(values.get(kenmerk), kenmerk in tenths),
                )
    gebied = _Rows(("gebied_code", "soort", "naam", "ouder_code", "jaar_van", "jaar_tot"))
    for code, item in gebieden.items():
        gebied.add(int(item.pop("regel") or 0), gebied_code=code, **item)
    yield RawBatch("gebied", gebied.table(), rejections)
    yield RawBatch("bevolking", bevolking.table())
    yield RawBatch("huishoudens", huishoudens.table())
    yield RawBatch("cbs_kerncijfer", kerncijfers.table())


def _waarde(value: str | None, in_tenths: bool) -> str | None:
    if value is None:
        return None
    value = value.replace(",", ".")
    if in_tenths:
        return str(int(value) / 10)
    return value


def _add_gebied(
    gebieden: dict[str, dict[str, str | None]],
    *,
    code: str,
    soort: str,
    values: dict[str, str | None],
    jaar: str,
    regel: int,
) -> None:
    naam = values.get("Gemeentenaam") if soort == "gemeente" else None
    item = gebieden.get(code)
    if item is None:
        gebieden[code] = {
            "soort": soort,
            "naam": naam or code,
            "ouder_code": parent_code(code),
            "jaar_van": jaar,
            "jaar_tot": jaar,
            "regel": str(regel),
        }
        return
    item["jaar_van"] = min(item["jaar_van"] or jaar, jaar)
    item["jaar_tot"] = max(item["jaar_tot"] or jaar, jaar)
