# SPDX-License-Identifier: EUPL-1.2
"""The published tables of the seeds, rebuilt from measures files. Every expected number
below is printed in the seed named in the test (amounts in euro unless said otherwise)."""

import polars as pl

from stuurhuis.maatregelen import Programma, tabel

from .conftest import euro_per_periode

YEARS = ["2023", "2024", "2025", "2026", "2027", "2028"]


def _row(values: list[int]) -> dict[str, int]:
    return dict(zip(YEARS, values, strict=True))


def _years(df: pl.DataFrame, kolom: str, **kwargs: str) -> dict[str, int]:
    found = euro_per_periode(df, kolom, **kwargs)
    found.pop("totaal")
    return found


# seeds/002 Hengelo Beleidsbegroting 2025: "De oorspronkelijke financiële opgave"
def test_hengelo_original_plan(hengelo: Programma) -> None:
    df = tabel(hengelo, "potentieel")
    assert _years(df, "besparing_cent") == _row(
        [1_287_750, 4_113_500, 8_283_500, 11_980_000, 11_980_000, 11_980_000]
    )
    assert _years(df, "investering_cent") == _row(
        [-315_000, -3_178_400, -4_205_800, -5_086_000, -5_086_000, -5_086_000]
    )
    assert _years(df, "netto_cent") == _row(
        [972_750, 935_100, 4_077_700, 6_894_000, 6_894_000, 6_894_000]
    )
    # the net potential was booked as the taakstelling: no gap in the original plan
    assert set(_years(df, "verschil_taakstelling_cent").values()) == {0}


# seeds/002: "De reeds ingevulde besparingen en reeds doorgevoerde investeringen"
def test_hengelo_secured(hengelo: Programma) -> None:
    df = tabel(hengelo, "ingevuld")
    assert _years(df, "besparing_cent") == _row(
        [1_287_750, 4_113_500, 7_417_000, 11_113_500, 11_113_500, 11_113_500]
    )
    assert _years(df, "investering_cent") == _row(
        [-315_000, -3_178_400, -3_824_800, -4_315_869, -4_314_869, -4_314_869]
    )
    assert _years(df, "netto_cent") == _row(
        [972_750, 935_100, 3_592_200, 6_797_631, 6_798_631, 6_798_631]
    )


# seeds/002: "Dat maakt de stand van het besparingspotentieel begin 2025 als volgt"
def test_hengelo_remaining_at_start_of_2025(hengelo: Programma) -> None:
    df = tabel(hengelo, "resterend")
    assert _years(df, "besparing_cent") == _row([0, 0, 866_500, 866_500, 866_500, 866_500])
    assert _years(df, "investering_cent") == _row([0, 0, -381_000, -770_131, -771_131, -771_131])
    assert _years(df, "netto_cent") == _row([0, 0, 485_500, 96_369, 95_369, 95_369])


# seeds/000 Deventer: "Financieel effect Transformatie Sociaal Domein (bedragen x € 1.000)"
def test_deventer_effect_per_theme(deventer: Programma) -> None:
    df = tabel(deventer, "potentieel", per="thema")
    thousands = {
        "Preventie": [-175, -200, -200, -200, -200],
        "Toegang": [100, 300, 450, 500, 650],
        "Maatwerk": [100, 200, 300, 500, 600],
        "Monitoring": [-25, -50, -50, -50, -50],
    }
    years = ["2018", "2019", "2020", "2021", "2022"]
    for thema, values in thousands.items():
        found = _years(df, "netto_cent", groep=thema, indeling="thema")
        assert found == {y: v * 1000 for y, v in zip(years, values, strict=True)}, thema
    total = _years(df, "netto_cent")
    assert total == {y: v * 1000 for y, v in zip(years, [0, 250, 500, 750, 1000], strict=True)}


# seeds/000: "Verwachte resultaten Sociaal Domein (bedragen x € 1.000)"
def test_deventer_balance_with_saldo_zero(deventer: Programma) -> None:
    df = tabel(deventer, "balans").filter(pl.col("periode") != "totaal")

    def line(soort: str) -> list[int]:
        cents = df.filter(pl.col("soort") == soort).sort("periode")["bedrag_cent"].to_list()
        assert all(c % 100_000 == 0 for c in cents)
        return [c // 100_000 for c in cents]

    assert line("tekort") == [-1310, -1740, -2277, -2472, -2472]
    assert line("effect") == [0, 250, 500, 750, 1000]
    assert line("dekking") == [1310, 1490, 1777, 1722, 1472]
    assert line("saldo") == [0, 0, 0, 0, 0]
    regels = df.filter(pl.col("periode") == "2018")["regel"].to_list()
    assert regels[0] == "WMO nieuwe taken"
    assert regels[-4:] == ["Totaal tekort", "Effect maatregelen", "VJN 2018", "Saldo"]


# seeds/000 footnote 2: "€2.6 miljoen tegen een kans van optreden 70% (= netto 1.820.000)"
def test_deventer_risk(deventer: Programma) -> None:
    df = tabel(deventer, "risico").filter(pl.col("onderdeel") == "risicoregister")
    risk = df.filter(pl.col("groep") == "Jeugd en Wmo").row(0, named=True)
    assert risk["bedrag_cent"] == 2_600_000_00
    assert risk["kans"] == 0.7
    assert risk["verwachte_waarde_cent"] == 1_820_000_00


# seeds/003 Meppel bijlage 1: POH costs ≈ € 250k a year, € 8,500 per client not referred,
# "Vanaf 30 cliënten die niet naar zwaardere zorg gaan, wordt een besparing bereikt."
def test_meppel_business_case_poh(meppel: Programma) -> None:
    df = tabel(meppel, "businesscase")
    poh = df.filter((pl.col("maatregel_id") == "U1") & (pl.col("periode") == "2018")).row(
        0, named=True
    )
    assert poh["besparing_per_eenheid_cent"] == 8_500_00
    assert poh["kosten_cent"] == 250_000_00
    assert poh["break_even_volume"] == 30
    # 274 clients a year (137 in the first half of 2018): 274 × 8,500 − 250,000
    assert poh["volume"] == 274
    assert poh["netto_effect_cent"] == (274 * 8_500 - 250_000) * 100


# seeds/003: "Gemiddeld levert de overgang Wmo / Wlz op jaarbasis een besparing van
# € 60.000 per inwoner op."
def test_meppel_business_case_wlz(meppel: Programma) -> None:
    df = tabel(meppel, "businesscase")
    wlz = df.filter((pl.col("maatregel_id") == "W1") & (pl.col("periode") == "2019")).row(
        0, named=True
    )
    assert wlz["besparing_per_eenheid_cent"] == 60_000_00
    assert wlz["netto_effect_cent"] == 10 * 60_000_00
    assert wlz["break_even_volume"] == 0


# seeds/003 schema 4.4: the measures per fase × urgentie
def test_meppel_matrix(meppel: Programma) -> None:
    df = tabel(meppel, "matrix")
    counts = {(f, u): n for f, u, n in df.select("fase", "urgentie", "aantal_maatregelen").rows()}
    assert counts == {
        ("uitvoeren", "urgent"): 2,
        ("uitvoeren", "lange_termijn"): 3,
        ("uitvoeren", "beperkt_effect"): 3,
        ("uitwerken", "urgent"): 3,
        ("uitwerken", "lange_termijn"): 2,
        ("uitwerken", "beperkt_effect"): 3,
        ("onderzoeken", "urgent"): 6,
        ("onderzoeken", "lange_termijn"): 0,
        ("onderzoeken", "beperkt_effect"): 3,
    }
    cell = df.filter((pl.col("fase") == "uitwerken") & (pl.col("urgentie") == "urgent"))
    assert cell["maatregelen"][0] == "Wmo → Wlz; Passend onderwijs; Beleidsregels aanscherpen"


# seeds/004 Hengelo progress letter: "Taakstelling oplopend van € 1.000.000 in 2019 tot
# € 4.500.000 (2022)" for pakket 1; the per-measure targets add up to that.
def test_hengelo_progress_letter(hengelo_voortgang: Programma) -> None:
    df = tabel(hengelo_voortgang, "voortgang", per="pakket").filter(pl.col("periode") == "2022")
    pakket = {
        g: t
        for i, g, t in df.select("indeling", "groep", "taakstelling_cent").rows()
        if i == "pakket"
    }
    assert pakket["1 Bijsturing zorg en ondersteuning"] == 4_500_000_00
    # pakket 2 lists 300+500+200+300+200+350+130 thousand (the letter rounds to 2.0 mln)
    assert pakket["2 Aanvullende maatregelen"] == 1_980_000_00
    assert pakket["4 Inzet op extra middelen"] == 2_000_000_00
    measure = df.filter(pl.col("maatregel_id") == "4.1.1").row(0, named=True)
    assert measure["taakstelling_cent"] == 1_500_000_00
    assert measure["effect"].startswith("Berekend en verwacht effect is 7 ton")
    # "Collectieve zorgverzekering … In 2018 is daarvan 144.000 gerealiseerd."
    all_years = tabel(hengelo_voortgang, "voortgang").filter(
        (pl.col("maatregel_id") == "5.5") & (pl.col("periode") == "2018")
    )
    assert all_years["ingevuld_netto_cent"][0] == 144_000_00
