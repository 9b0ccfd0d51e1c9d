# SPDX-License-Identifier: EUPL-1.2
"""On the synthetic municipality: every planted case is found, and the false alarms counted.

The ground truth is ``_verwachting/geplant.json`` (see docs/synth.md), with raw BSNs and
household numbers; they are pseudonymised here with the fixture's key. Per kind the test
takes the ground-truth cases that the signal's documented scope covers (the person still
lives in the municipality on the peildatum, Wmo hulpmiddelen left out, ...), requires every
one of them among the signals (recall 100 %), and reports the share of signals that match
no ground-truth case at all (the false-alarm share, bounded in ``MAX_VALS_ALARM``).

The look-back window covers the whole history, so claims and decisions from every year are
checked, and two thresholds are set to the ground truth's definitions: allocations ending
within 91 days, and "begeleiding complex" (02A03) as an intensive product.
"""

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from stuurhuis.codelijsten import codelijst
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.settings import Settings
from stuurhuis.signals import SOORTEN, compute
from stuurhuis.warehouse import connect
from tests.conftest import TEST_KEY

pytestmark = pytest.mark.slow

INSTELLINGEN = Settings(
    signaal_terugkijk_dagen=100 * 366,
    signaal_herindicatie_dagen=91,
    signaal_wlz_intensieve_producten=["02A03"],
)

# Upper bounds of the false-alarm share per kind on the default municipality (seed 1);
# docs/signals.md reports the measured shares and explains them.
MAX_VALS_ALARM = {
    "stapeling": 0.0,
    "wlz_kandidaat": 0.35,
    "herindicatie": 0.05,
    "achttien_min": 0.0,
    "doorlooptijd": 0.0,
    "rechtmatigheid": 0.0,
    "uitschieter": 0.7,
}

Gevallen = list[dict[str, str]]


@dataclass(frozen=True)
class Omgeving:
    """Everything a kind's check needs: the signals, the warehouse and the ground truth."""

    signalen: pl.DataFrame
    con: duckdb.DuckDBPyConnection
    geplant: dict[str, Any]
    peildatum: date
    pseudoniem: Pseudonymiser

    def gevallen(self, soort: str) -> Gevallen:
        cases: Gevallen = self.geplant["gevallen"][soort]
        assert cases, f"no ground truth for {soort}"
        return cases

    def rijen(self, soort: str, redenen: Iterable[str] | None = None) -> pl.DataFrame:
        rows = self.signalen.filter(pl.col("soort") == soort)
        return rows if redenen is None else rows.filter(pl.col("reden").is_in(list(redenen)))

    def persoon(self, case: dict[str, str]) -> str:
        return self.pseudoniem.pseudonym(case["bsn"])

    def huishouden(self, case: dict[str, str]) -> str:
        return self.pseudoniem.pseudonym(case["huishouden_nummer"], domain="huishouden")

    def ids(self, sql: str) -> set[str]:
        """The first column of a query on the warehouse (``$peildatum`` bound)."""
        return {
            str(row[0]) for row in self.con.execute(sql, {"peildatum": self.peildatum}).fetchall()
        }

    def weg(self) -> set[str]:
        """Persons who died or moved out on or before the peildatum."""
        return self.ids(
            "SELECT persoon_id FROM persoon"
            " WHERE overlijdensdatum <= $peildatum OR vertrekdatum <= $peildatum"
        )


@dataclass(frozen=True)
class Uitkomst:
    """Recall and false alarms of one kind (or one reason of a kind)."""

    naam: str
    verwacht: set[str]
    gevonden: set[str]
    aantal_signalen: int
    aantal_zonder_geval: int

    @property
    def gemist(self) -> set[str]:
        return self.verwacht - self.gevonden

    @property
    def vals_alarm(self) -> float:
        return self.aantal_zonder_geval / self.aantal_signalen if self.aantal_signalen else 0.0

    def regel(self) -> str:
        recall = 1 - len(self.gemist) / len(self.verwacht) if self.verwacht else 1.0
        return (
            f"{self.naam:<38} verwacht {len(self.verwacht):>5}  recall {recall:7.1%}  "
            f"signalen {self.aantal_signalen:>5}  vals alarm {self.vals_alarm:6.1%}"
        )


def uitkomst(
    naam: str, verwacht: set[str], alle_gevallen: set[str], sleutels: list[list[str]]
) -> Uitkomst:
    """``sleutels``: per signal row the ground-truth keys it stands for."""
    gevonden = {key for keys in sleutels for key in keys}
    zonder = sum(1 for keys in sleutels if not set(keys) & alle_gevallen)
    return Uitkomst(naam, verwacht, gevonden, len(sleutels), zonder)


def feit(rows: pl.DataFrame, naam: str) -> list[list[str]]:
    """A fact of every row, split where it lists several values (``"a, b"``)."""
    return [
        [value for value in str(json.loads(f)[naam] or "").split(", ") if value]
        for f in rows["feiten"]
    ]


def kolom(rows: pl.DataFrame, naam: str) -> list[list[str]]:
    return [[str(value)] for value in rows[naam]]


# -- the checks, one per kind ----------------------------------------------------------


def check_stapeling(o: Omgeving) -> list[Uitkomst]:
    wetten = {o.huishouden(c) for c in o.gevallen("huishouden_meerdere_wetten")}
    voorzieningen = {o.huishouden(c) for c in o.gevallen("huishouden_meerdere_voorzieningen")}
    alle = o.rijen("stapeling")
    meerdere_wetten = o.rijen("stapeling", ["meerdere_wetten"])
    return [
        uitkomst(
            "stapeling",
            wetten | voorzieningen,
            wetten | voorzieningen,
            kolom(alle, "huishouden_id"),
        ),
        uitkomst(
            "stapeling/meerdere_wetten", wetten, wetten, kolom(meerdere_wetten, "huishouden_id")
        ),
    ]


def check_wlz_kandidaat(o: Omgeving) -> list[Uitkomst]:
    cases = {o.persoon(c) for c in o.gevallen("langdurig_zware_wmo")}
    minderjarig = o.ids(
        "SELECT persoon_id FROM persoon"
        " WHERE CAST(geboortedatum + INTERVAL 18 YEAR AS DATE) > $peildatum"
    )
    verwacht = cases - o.weg() - minderjarig
    rows = o.rijen("wlz_kandidaat")
    return [uitkomst("wlz_kandidaat", verwacht, cases, kolom(rows, "persoon_id"))]


def check_herindicatie(o: Omgeving) -> list[Uitkomst]:
    hulpmiddel = sorted(codelijst("wmo_hulpmiddel_categorie"))
    buiten_scope = o.ids(
        "SELECT t.toewijzing_nummer FROM toewijzing AS t"
        " JOIN persoon AS pe USING (persoon_id)"
        " WHERE (t.wet = 'wmo' AND t.product_categorie IN ("
        + ", ".join(f"'{code}'" for code in hulpmiddel)
        + ")) OR pe.overlijdensdatum <= $peildatum OR pe.vertrekdatum <= $peildatum"
        " OR t.ingangsdatum > $peildatum OR t.beslisdatum > $peildatum"
    )
    # a later allocation for the same person, law and category continues the first
    voortgezet = o.ids(
        "SELECT t.toewijzing_nummer FROM toewijzing AS t JOIN toewijzing AS v"
        " ON v.persoon_id = t.persoon_id AND v.wet = t.wet"
        " AND v.product_categorie = t.product_categorie"
        " AND v.toewijzing_nummer <> t.toewijzing_nummer AND v.ingangsdatum > t.ingangsdatum"
        " AND (v.einddatum IS NULL OR v.einddatum > t.einddatum)"
        " AND v.beslisdatum <= $peildatum"
    )
    # open-ended, but a decision for the same person, law and category in the last 3 years
    herbeoordeeld = o.ids(
        "SELECT t.toewijzing_nummer FROM toewijzing AS t JOIN toewijzing AS v"
        " ON v.persoon_id = t.persoon_id AND v.wet = t.wet"
        " AND v.product_categorie = t.product_categorie"
        " WHERE coalesce(v.beslisdatum, v.ingangsdatum)"
        " > CAST($peildatum - INTERVAL 3 YEAR AS DATE)"
        " AND coalesce(v.beslisdatum, v.ingangsdatum) <= $peildatum"
    )
    verloopt = {c["toewijzing_nummer"] for c in o.gevallen("toewijzing_verloopt_binnenkort")}
    oud = {c["toewijzing_nummer"] for c in o.gevallen("open_toewijzing_oud")}
    einde = o.rijen("herindicatie", ["einde_nadert"])
    open_einde = o.rijen("herindicatie", ["open_einde"])
    return [
        uitkomst(
            "herindicatie/einde_nadert",
            verloopt - buiten_scope - voortgezet,
            verloopt,
            feit(einde, "toewijzing_nummer"),
        ),
        uitkomst(
            "herindicatie/open_einde",
            oud - buiten_scope - herbeoordeeld,
            oud,
            feit(open_einde, "toewijzing_nummer"),
        ),
    ]


def check_achttien_min(o: Omgeving) -> list[Uitkomst]:
    cases = {o.persoon(c) for c in o.gevallen("zeventienjarige_in_jeugdhulp")}
    rows = o.rijen("achttien_min")
    return [uitkomst("achttien_min", cases - o.weg(), cases, kolom(rows, "persoon_id"))]


def check_doorlooptijd(o: Omgeving) -> list[Uitkomst]:
    cases = o.gevallen("beslistermijn_overschreden")
    weg = o.weg()
    alle = {c["toewijzing_nummer"] for c in cases}
    verwacht = {c["toewijzing_nummer"] for c in cases if o.persoon(c) not in weg}
    rows = o.rijen("doorlooptijd", ["termijn_overschreden", "wachtlijst_termijn_overschreden"])
    return [uitkomst("doorlooptijd", verwacht, alle, feit(rows, "toewijzingen"))]


RECHTMATIGHEID = {
    "onbekende_productcode": "onbekend_product",
    "declaratie_zonder_toewijzing": "zonder_toewijzing",
    "declaratie_na_overlijden": "na_overlijden",
    "declaratie_na_vertrek": "na_vertrek",
    "declaratie_buiten_toewijzing": "buiten_periode",
    "dubbele_declaratie": "dubbel",
    "tarief_boven_catalogus": "boven_tarief",
    "volume_boven_toewijzing": "boven_volume",
}


def check_rechtmatigheid(o: Omgeving) -> list[Uitkomst]:
    alle = {c["referentie_nummer"] for soort in RECHTMATIGHEID for c in o.gevallen(soort)}
    uitkomsten = [
        uitkomst(
            f"rechtmatigheid/{reden}",
            {c["referentie_nummer"] for c in o.gevallen(soort)},
            alle,
            feit(o.rijen("rechtmatigheid", [reden]), "referentie_nummer"),
        )
        for soort, reden in RECHTMATIGHEID.items()
    ]
    rows = o.rijen("rechtmatigheid")
    return [uitkomst("rechtmatigheid", alle, alle, feit(rows, "referentie_nummer")), *uitkomsten]


def check_uitschieter(o: Omgeving) -> list[Uitkomst]:
    dure = {c["agb_code"] for c in o.gevallen("dure_aanbieder")}
    rows = o.rijen("uitschieter")
    return [uitkomst("uitschieter", dure, dure, kolom(rows, "agb_code"))]


CHECKS: dict[str, Callable[[Omgeving], list[Uitkomst]]] = {
    "stapeling": check_stapeling,
    "wlz_kandidaat": check_wlz_kandidaat,
    "herindicatie": check_herindicatie,
    "achttien_min": check_achttien_min,
    "doorlooptijd": check_doorlooptijd,
    "rechtmatigheid": check_rechtmatigheid,
    "uitschieter": check_uitschieter,
}


@pytest.fixture(scope="module")
def omgeving(synth_gemeente: Path, synth_warehouse: Path) -> Any:
    geplant = json.loads((synth_gemeente / "_verwachting" / "geplant.json").read_text("utf-8"))
    peildatum = date.fromisoformat(geplant["peildatum"])
    con = connect(synth_warehouse, read_only=True)
    try:
        signalen = compute(con, peildatum=peildatum, settings=INSTELLINGEN)
        yield Omgeving(signalen, con, geplant, peildatum, Pseudonymiser(TEST_KEY))
    finally:
        con.close()


def test_every_kind_is_checked() -> None:
    assert set(CHECKS) == set(SOORTEN) == set(MAX_VALS_ALARM)


@pytest.mark.parametrize("soort", list(CHECKS))
def test_every_planted_case_is_found(
    omgeving: Omgeving, soort: str, capsys: pytest.CaptureFixture[str]
) -> None:
    uitkomsten = CHECKS[soort](omgeving)
    with capsys.disabled():  # the report, shown in every run
        sys.stdout.write("\n" + "\n".join(u.regel() for u in uitkomsten) + "\n")
    for u in uitkomsten:
        assert u.verwacht, f"{u.naam}: no case in scope"
        missed = sorted(u.gemist)
        assert not missed, f"{u.naam}: {len(missed)} planted cases missed, e.g. {missed[:3]}"
        assert u.vals_alarm <= MAX_VALS_ALARM[soort], u.regel()
