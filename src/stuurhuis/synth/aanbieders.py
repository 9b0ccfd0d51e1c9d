# SPDX-License-Identifier: EUPL-1.2
"""The providers of one unit: a few large ones, a middle group, and a long tail.

Seeds (000_*): 115 providers active, new providers "hebben maar 1 of 2 cliënten". Each pool
below serves a group of product categories; within a pool the large providers get a fixed
weight and the middle group a Zipf-like one. The 40 tail providers are assigned to single
clients afterwards (see ``gemeente.py``).
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from stuurhuis.synth.records import Batch

N_PROVIDERS = 115
TAIL = range(75, 115)
EXPENSIVE = 21  # a begeleiding provider whose cost per client is far above its peers

_LARGE_NAMES = {
    0: "Zorggroep Één",
    1: "Thuishulp IJsselland",
    2: "Sallandse Begeleiding",
    3: "Dagbesteding De Worp",
    4: "Hulpmiddelencentrum Oost",
    5: "Beschermd Wonen Midden-IJssel",
    6: "Stichting Het Anker Wonen",
    7: "Opvang De Brink",
    8: "Jeugdbescherming Overijssel-Oost",
    9: "Jeugd-ggz Salland",
    10: "Jeugdhulp Deventer e.o.",
    11: "Residentiële Jeugdzorg Veluwezoom",
    12: "Crisis- en Gezinshuizen Oost",
    13: "Regiotaxi Salland",
    73: "Jeugdreclassering Oost-Nederland",
    72: "Revalidatietechniek Smit",
}
_MID_PREFIX = (
    "Zorgcoöperatie",
    "Stichting",
    "Begeleiding",
    "Thuiszorg",
    "Zorgboerderij",
    "Ambulante hulp",
    "Praktijk",
)
_MID_WORD = (
    "De Schalkhaar",
    "Keizersland",
    "Het Rode Dorp",
    "Zandweerd",
    "Colmschate",
    "De Hoven",
    "Bathmen",
    "Platvoet",
    "Rivierenhof",
    "De Vijfhoek",
    "Noordenbergkwartier",
    "Sint Joris",
)
_TAIL_NAMES = (
    "Öztürk",
    "Çelik",
    "Van den Bërg",
    "Janssen",
    "de Vries",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Yilmaz",
    "Kaya",
    "Dekker",
    "Brouwer",
    "Hendriks",
    "Vermeulen",
    "Peeters",
    "Müller",
    "Dijkstra",
)


@dataclass(frozen=True)
class Pool:
    """Who serves a group of categories: fixed large shares plus a Zipf middle group."""

    large: tuple[tuple[int, float], ...]
    middle: tuple[int, ...] = ()
    middle_share: float = 0.0


POOLS: dict[str, Pool] = {
    "huishouden": Pool(((0, 0.30), (1, 0.25)), tuple(range(14, 30)), 0.45),
    "begeleiding": Pool(((0, 0.15), (2, 0.25)), tuple(range(14, 50)), 0.60),
    "dagbesteding": Pool(((3, 0.35),), tuple(range(30, 50)), 0.65),
    "vervoer": Pool(((13, 1.0),)),
    "hulpmiddel": Pool(((4, 0.85), (72, 0.15))),
    "beschermd_wonen": Pool(((5, 0.5), (6, 0.3)), tuple(range(40, 45)), 0.2),
    "opvang": Pool(((7, 1.0),)),
    "justitieel": Pool(((8, 0.75), (73, 0.25))),
    "jeugd_ambulant": Pool(((10, 0.25), (11, 0.05)), tuple(range(50, 72)), 0.70),
    "jeugd_ggz": Pool(((9, 0.40),), (*range(55, 72), 74), 0.60),
    "jeugd_verblijf": Pool(((11, 0.45), (12, 0.25)), tuple(range(60, 66)), 0.30),
    "jeugd_crisis": Pool(((12, 1.0),)),
}

CATEGORY_POOL: dict[str, str] = {
    "01": "huishouden",
    "02": "begeleiding",
    "03": "begeleiding",
    "04": "begeleiding",
    "06": "begeleiding",
    "07": "dagbesteding",
    "08": "vervoer",
    "11": "hulpmiddel",
    "12": "hulpmiddel",
    "13": "hulpmiddel",
    "14": "hulpmiddel",
    "15": "beschermd_wonen",
    "16": "opvang",
    "40": "jeugd_ambulant",
    "41": "jeugd_ambulant",
    "42": "vervoer",
    "43": "jeugd_verblijf",
    "44": "jeugd_verblijf",
    "45": "jeugd_ambulant",
    "46": "jeugd_crisis",
    "47": "justitieel",
    "48": "justitieel",
    "54": "jeugd_ggz",
}


def _pool_probabilities(pool: Pool) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    ids = [i for i, _ in pool.large] + list(pool.middle)
    weights = [w for _, w in pool.large]
    if pool.middle:
        zipf = 1.0 / (np.arange(len(pool.middle)) + 1.0) ** 0.9
        weights += list(pool.middle_share * zipf / zipf.sum())
    p = np.asarray(weights, dtype=np.float64)
    return np.asarray(ids, dtype=np.int64), p / p.sum()


def choose_providers(
    rng: np.random.Generator, categorie: npt.NDArray[np.str_]
) -> npt.NDArray[np.int64]:
    """A provider index (0..114) for each allocation, by the pool of its category."""
    out = np.zeros(categorie.shape[0], dtype=np.int64)
    pool_of = np.asarray([CATEGORY_POOL[c] for c in categorie.tolist()])
    for name in sorted(POOLS):
        mask = pool_of == name
        if mask.any():
            ids, p = _pool_probabilities(POOLS[name])
            out[mask] = rng.choice(ids, size=int(mask.sum()), p=p)
    return out


def agb_codes(unit: int) -> list[str]:
    """The 8-digit AGB codes of the providers of ``unit`` (``98`` + unit + index)."""
    return [f"98{unit % 1000:03d}{k:03d}" for k in range(N_PROVIDERS)]


def provider_name(k: int) -> str:
    """Display name of provider ``k`` (deterministic)."""
    if k in _LARGE_NAMES:
        return _LARGE_NAMES[k]
    if k in TAIL:
        surname = _TAIL_NAMES[k % len(_TAIL_NAMES)]
        return f"{'Zorg op maat' if k % 2 else 'Praktijk'} {surname}"
    return f"{_MID_PREFIX[k % len(_MID_PREFIX)]} {_MID_WORD[k % len(_MID_WORD)]}"


def provider_batch(unit: int) -> Batch:
    """The providers of ``unit``."""
    frame = pl.DataFrame(
        {"agb_code": agb_codes(unit), "naam": [provider_name(k) for k in range(N_PROVIDERS)]}
    )
    return Batch("aanbieder", frame)


__all__ = [
    "EXPENSIVE",
    "N_PROVIDERS",
    "TAIL",
    "agb_codes",
    "choose_providers",
    "provider_batch",
]
