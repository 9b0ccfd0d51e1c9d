# SPDX-License-Identifier: EUPL-1.2
"""The care mix per law: categories, shares, durations, ages, allocation habits.

Shares and durations are assumptions shaped by the seeds (Deventer: growth in individuele
begeleiding, 400 beschermd-wonen arrangements for the region, hulpmiddelen part of the 705
per 10,000; youth care mostly ambulant with jeugdbescherming and jeugdreclassering) and
documented in ``docs/synth.md``.
"""

from stuurhuis.synth.episodes import Mix

WMO: tuple[Mix, ...] = (
    Mix("01", 0.34, 30, "oud", 0.55, (("01A01", 0.7), ("01A02", 0.3)), 24),
    Mix("02", 0.21, 14, "volw", 0.10, (("02A01", 0.45), ("02A02", 0.40), ("02A03", 0.15)), 12),
    Mix("03", 0.03, 6, "oud", 0.0, (("03A01", 1.0),), 12),
    Mix("04", 0.02, 1.5, "oud", 0.0, (("04A01", 1.0),), 12),
    Mix("06", 0.03, 6, "volw", 0.0, (("06A01", 1.0),), 12),
    Mix("07", 0.09, 20, "volw", 0.10, (("07A01", 0.7), ("07A02", 0.3)), 24),
    Mix("11", 0.05, 2, "oud", 0.0, (("11A01", 1.0),), 12),
    Mix("12", 0.06, 2, "oud", 0.0, (("12A01", 1.0),), 12),
    Mix("13", 0.04, 2, "oud", 0.0, (("13A01", 1.0),), 12),
    Mix("14", 0.04, 2, "oud", 0.0, (("14A01", 1.0),), 12),
    Mix("15", 0.06, 36, "bw", 0.40, (("15A01", 0.75), ("15A02", 0.25)), 36),
    Mix("16", 0.03, 4, "bw", 0.0, (("16A01", 1.0),), 12),
)

JEUGD: tuple[Mix, ...] = (
    Mix("45", 0.42, 9, "jeugd", 0.0, (("45A01", 0.6), ("45A02", 0.4)), 12),
    Mix("54", 0.21, 8, "jeugd_ouder", 0.0, (("54A01", 0.5), ("54A02", 0.5)), 12),
    Mix("41", 0.05, 12, "jeugd_jong", 0.0, (("41A01", 1.0),), 12),
    Mix("40", 0.03, 12, "jeugd", 0.0, (("40A01", 1.0),), 12),
    Mix("43", 0.03, 14, "jeugd_ouder", 0.0, (("43A01", 1.0),), 12),
    Mix("44", 0.06, 30, "jeugd", 0.30, (("44A01", 0.75), ("44A02", 0.25)), 24),
    Mix("46", 0.02, 1, "jeugd_ouder", 0.0, (("46A01", 1.0),), 12),
    Mix("47", 0.04, 9, "jr", 0.0, (("47A01", 1.0),), 12),
    Mix("48", 0.09, 18, "jeugd", 0.0, (("48A01", 1.0),), 12),
)

# A second allocation next to the primary one: (primary category, product, probability).
SECONDARY: dict[str, tuple[tuple[str, str, float], ...]] = {
    "wmo": (
        ("02", "07A01", 0.15),
        ("07", "08A01", 0.35),
        ("01", "14A01", 0.08),
        ("01", "03A01", 0.05),
    ),
    "jeugd": (("41", "42A01", 0.5), ("45", "40A01", 0.04)),
}

GROWTH = {"wmo": 1.03, "jeugd": 1.02}  # unique clients per year; Wmo: abonnementstarief 2019
PGB_CATEGORIES = {"wmo": {"01", "02", "07"}, "jeugd": {"40", "41", "44", "45", "54"}}
JUSTICE_CATEGORIES = {"47", "48"}

__all__ = ["GROWTH", "JEUGD", "JUSTICE_CATEGORIES", "PGB_CATEGORIES", "SECONDARY", "WMO"]
