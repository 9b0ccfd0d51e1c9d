# SPDX-License-Identifier: EUPL-1.2
"""Meerjarenraming: clients and cost per wet × categorie for the years after a base year.

Reads the clients per year (:file:`meerjarig_clienten.sql`) and inhabitants per age
class (:file:`meerjarig_bevolking.sql`), fits per group the inflow rate per age class
with its trend and the retention per episode year, projects them with
:mod:`stuurhuis.finance.meerjarig_model`, and prices the clients at the base year's
cost per client (the year-end forecast, so late claims are in) times the price/wage
index. A savings programme (:mod:`stuurhuis.maatregelen`) adds its planned net effect
per wet and year. See ``docs/finance.md``.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import duckdb
import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.jaarprognose import prognose, standaard_peildatum
from stuurhuis.finance.meerjarig_model import (
    DUURKLASSEN,
    gedempte_trend,
    groei_prognose,
    indexcijfers,
    projecteer,
)
from stuurhuis.maatregelen.model import Programma
from stuurhuis.privacy.disclosure import primair, rond_af
from stuurhuis.settings import get_settings
from stuurhuis.warehouse import load_sql

LEEFTIJDSKLASSEN = ("0-17", "18-64", "65-74", "75+")
RETENTION_TRANSITIONS = 3  # most recent year-to-year transitions pooled for r_d
MIN_HISTORY_YEARS = 3  # data years needed (one is the left-censored first year)
WETTEN = {"jeugd": "Jeugdwet", "wmo": "Wmo", "participatie": "Participatiewet", "overig": "Overig"}
UNITS = {"cent": (1, " (cent)"), "euro": (100, " (€)"), "duizend_euro": (100_000, " (× € 1.000)")}
SCHEMA: dict[str, type[pl.DataType]] = {
    "jaar": pl.Int32,
    "soort": pl.String,
    "wet": pl.String,
    "categorie": pl.String,
    "instroom": pl.Float64,
    "uitstroom": pl.Float64,
    "clienten": pl.Float64,
    "kosten_per_client_cent": pl.Int64,
    "indexcijfer": pl.Float64,
    "kosten_cent": pl.Int64,
}


def standaard_basisjaar(peildatum: date) -> int:
    """The last year whose clients are complete: the peildatum's year from December on."""
    return peildatum.year if peildatum.month == 12 else peildatum.year - 1


def leeftijdsklasse(leeftijd: pl.Expr, wet: pl.Expr) -> pl.Expr:
    """Age class of a client; unknown age: 0-17 for Jeugdwet, else 18-64."""
    return (
        pl.when(leeftijd.is_null())
        .then(pl.when(wet == "jeugd").then(pl.lit("0-17")).otherwise(pl.lit("18-64")))
        .when(leeftijd < 18)
        .then(pl.lit("0-17"))
        .when(leeftijd < 65)
        .then(pl.lit("18-64"))
        .when(leeftijd < 75)
        .then(pl.lit("65-74"))
        .otherwise(pl.lit("75+"))
    )


def meerjarenraming(
    con: duckdb.DuckDBPyConnection,
    *,
    basisjaar: int | None = None,
    jaren: int = 4,
    peildatum: date | None = None,
    programma: Programma | None = None,
) -> pl.DataFrame:
    """One row per year × wet × categorie: realised (two years up to the base year) and
    projected (``jaren`` years after it) inflow, outflow, clients and cost.

    ``soort`` is ``realisatie``, ``raming`` or ``maatregelen`` (the programme's planned
    net effect per wet, as a negative cost).
    """
    peil = peildatum or standaard_peildatum(con)
    basis = basisjaar if basisjaar is not None else standaard_basisjaar(peil)
    cur = con.cursor()
    row = cur.execute("SELECT year(min(begindatum)) FROM declaratie").fetchone()
    first = int(row[0]) if row and row[0] is not None else basis
    if basis - first + 1 < MIN_HISTORY_YEARS:
        raise StuurhuisError(
            f"te weinig historie voor een meerjarenraming: {first}-{basis},"
            f" nodig zijn {MIN_HISTORY_YEARS} jaren"
        )
    clients = cur.execute(
        load_sql(__package__, "meerjarig_clienten.sql"),
        {"peildatum": peil, "van": first, "tot": basis},
    ).pl()
    clients = clients.with_columns(
        leeftijdsklasse(pl.col("leeftijd"), pl.col("wet")).alias("leeftijdsklasse")
    )
    inhabitants = _inwoners(cur.execute(load_sql(__package__, "meerjarig_bevolking.sql")).pl())
    cur.close()
    future = list(range(basis + 1, basis + jaren + 1))
    population = {
        k: groei_prognose(v, list(range(first, future[-1] + 1))) for k, v in inhabitants.items()
    }
    settings = get_settings()
    index = indexcijfers(
        basis, future, settings.meerjarig_indexatie_per_jaar, settings.meerjarig_indexatie_pct
    )
    costs = _kosten(con, peil, (basis - 1, basis))
    kader = _Kader(first, basis, future, population, costs, index)
    rows: list[tuple[object, ...]] = []
    for (wet, categorie), group in clients.group_by("wet", "categorie"):
        rows.extend(_groep(str(wet), str(categorie), group, kader))
    if programma is not None:
        rows.extend(_maatregelen(programma, future))
    return pl.DataFrame(rows, schema=SCHEMA, orient="row").sort("wet", "categorie", "jaar")


def _inwoners(df: pl.DataFrame) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {k: {} for k in LEEFTIJDSKLASSEN}
    for jaar, klasse, inwoners in df.iter_rows():
        out[str(klasse)][int(jaar)] = float(inwoners)
    return out


def _kosten(
    con: duckdb.DuckDBPyConnection, peil: date, years: tuple[int, ...]
) -> dict[tuple[str, str, int], int]:
    """Year-end cost (realised + IBNR) per wet × categorie of ``years``."""
    out: dict[tuple[str, str, int], int] = {}
    for jaar in years:
        table = prognose(con, jaar=jaar, peildatum=peil, by="categorie")
        for row in table.iter_rows(named=True):
            if row["prognose_cent"] is not None:
                out[(row["wet"], row["categorie"], jaar)] = int(row["prognose_cent"])
    return out


@dataclass(frozen=True)
class _Kader:
    """What every group's projection shares."""

    first: int  # first data year (its inflow and durations are left-censored)
    basis: int
    future: list[int]
    population: dict[str, dict[int, float]]
    costs: dict[tuple[str, str, int], int]
    index: dict[int, float]


def _groep(
    wet: str, categorie: str, group: pl.DataFrame, kader: _Kader
) -> list[tuple[object, ...]]:
    per_year = group.group_by("jaar").agg(
        pl.len().alias("clienten"),
        (pl.col("duur") == 1).sum().alias("instroom"),
        (~pl.col("blijft")).sum().alias("uitstroom_volgend_jaar"),
    )
    counts = {int(r[0]): r for r in per_year.iter_rows()}
    rows: list[tuple[object, ...]] = []
    for jaar in (kader.basis - 1, kader.basis):
        _, n, inflow, _ = counts.get(jaar, (jaar, 0, 0, 0))
        previous = counts.get(jaar - 1)
        cost = kader.costs.get((wet, categorie, jaar))
        rows.append(
            (
                jaar,
                "realisatie",
                wet,
                categorie,
                float(inflow) if jaar > kader.first else None,
                float(previous[3]) if previous is not None else None,
                float(n),
                round(cost / n) if cost is not None and n else None,
                1.0,
                cost,
            )
        )
    projected = projecteer(
        _stand(group, kader.basis),
        _behoud(group, kader.first, kader.basis),
        _instroom(group, kader),
    )
    base_cost = kader.costs.get((wet, categorie, kader.basis))
    n_base = counts.get(kader.basis, (kader.basis, 0, 0, 0))[1]
    per_client = base_cost / n_base if base_cost is not None and n_base else None
    for jaar, step in zip(kader.future, projected, strict=True):
        price = None if per_client is None else per_client * kader.index[jaar]
        rows.append(
            (
                jaar,
                "raming",
                wet,
                categorie,
                round(step.instroom, 1),
                round(step.uitstroom, 1),
                round(step.clienten, 1),
                None if price is None else round(price),
                round(kader.index[jaar], 4),
                None if price is None else round(price * step.clienten),
            )
        )
    return rows


def _stand(group: pl.DataFrame, basis: int) -> dict[int, float]:
    rows = group.filter(pl.col("jaar") == basis).group_by("duur").len()
    return {int(d): float(n) for d, n in rows.iter_rows()}


def _behoud(group: pl.DataFrame, first: int, basis: int) -> dict[int, float]:
    """Share of clients in episode year d still in care next year, last transitions pooled.

    Only years whose episode years are fully observed (two years after the first data
    year) count; without such years, every year before the base year.
    """
    start = max(first + 2, basis - RETENTION_TRANSITIONS)
    window = group.filter(pl.col("jaar").is_between(start, basis - 1))
    if window.height == 0:
        window = group.filter(pl.col("jaar") < basis)
    rows = window.group_by("duur").agg(pl.col("blijft").mean())
    rates = {int(d): float(r) for d, r in rows.iter_rows()}
    fallback = float(window["blijft"].mean() or 0.0) if window.height else 0.0  # type: ignore[arg-type]
    return {d: rates.get(d, fallback) for d in DUURKLASSEN}


def _instroom(group: pl.DataFrame, kader: _Kader) -> list[float]:
    """Projected inflow per future year: Σ over age classes of rate trend × inhabitants."""
    first, basis, future = kader.first, kader.basis, kader.future
    new = group.filter((pl.col("duur") == 1) & (pl.col("jaar") > first))
    counts: dict[str, dict[int, int]] = defaultdict(dict)
    for klasse, jaar, n in new.group_by("leeftijdsklasse", "jaar").len().iter_rows():
        counts[str(klasse)][int(jaar)] = int(n)
    total = [0.0] * len(future)
    for klasse in LEEFTIJDSKLASSEN:
        pop = kader.population.get(klasse, {})
        history = [
            counts[klasse].get(y, 0) / pop[y] for y in range(first + 1, basis + 1) if pop.get(y)
        ]
        if not history and not counts[klasse]:
            continue
        for i, rate in enumerate(gedempte_trend(history, len(future))):
            total[i] += rate * pop.get(future[i], 0.0)
    return total


def _maatregelen(programma: Programma, future: list[int]) -> list[tuple[object, ...]]:
    """The programme's planned net effect (saving − investment) per wet, as negative cost."""
    effect: dict[tuple[str, int], int] = defaultdict(int)
    for m in programma.maatregelen:
        for jaar in future:
            effect[(m.wet, jaar)] += m.besparing.get(jaar, 0) - m.investering.get(jaar, 0)
    return [
        (jaar, "maatregelen", wet, "effect maatregelen", None, None, None, None, None, -amount)
        for (wet, jaar), amount in sorted(effect.items())
    ]


def meerjarentabel(raming: pl.DataFrame, *, eenheid: str = "euro") -> pl.DataFrame:
    """The raming as a multi-year table: one row per post, one column per year.

    Posts per wet: clients, inflow, outflow (whole numbers) and cost; then the total cost,
    the programme's effect and the total after it when present. Cost in ``eenheid``
    (``cent``, ``euro`` or ``duizend_euro``), rounded to whole units.
    """
    if eenheid not in UNITS:
        raise StuurhuisError(f"onbekende eenheid {eenheid!r}: kies uit {', '.join(UNITS)}")
    years = sorted(raming["jaar"].unique().to_list())
    divisor, unit = UNITS[eenheid]
    money = pl.col("kosten_cent") / divisor
    posts: list[tuple[str, dict[int, float | None]]] = []
    care = raming.filter(pl.col("soort") != "maatregelen")
    for wet in [w for w in WETTEN if w in set(care["wet"])]:
        rows = care.filter(pl.col("wet") == wet)
        sums = rows.group_by("jaar").agg(
            pl.col("clienten").sum(),
            pl.col("instroom").sum(),
            pl.col("uitstroom").sum(),
            money.sum().alias("kosten"),
        )
        values = {int(r["jaar"]): r for r in sums.iter_rows(named=True)}
        name = WETTEN[wet]
        for label, column in (
            ("cliënten", "clienten"),
            ("instroom", "instroom"),
            ("uitstroom", "uitstroom"),
            ("lasten" + unit, "kosten"),
        ):
            posts.append(
                (f"{name}: {label}", {y: values[y][column] if y in values else None for y in years})
            )
    total = _per_jaar(care, money)
    posts.append(("Totaal lasten" + unit, total))
    effects = raming.filter(pl.col("soort") == "maatregelen")
    if effects.height:
        effect = _per_jaar(effects, money)
        posts.append(("Effect maatregelen" + unit, effect))
        posts.append(
            (
                "Totaal lasten na maatregelen" + unit,
                {y: (total.get(y) or 0) + (effect.get(y) or 0) for y in years},
            )
        )
    schema = {"post": pl.String} | {str(y): pl.Int64 for y in years}
    data = [
        (post, *[None if values.get(y) is None else round(values[y] or 0) for y in years])
        for post, values in posts
    ]
    return pl.DataFrame(data, schema=schema, orient="row")


COUNT_POSTS = ("cliënten", "instroom", "uitstroom")


def beveilig_meerjarentabel(
    table: pl.DataFrame, drempel: int, *, afronden: bool = False
) -> pl.DataFrame:
    """The multi-year table for publication: every client count of a wet suppressed (null)
    when one of them is about 1 .. ``drempel``-1 persons; with ``afronden`` the counts are
    rounded to fives.

    The counts of a wet are tied by ``clients[t] = clients[t-1] - outflow + inflow``, so
    one sensitive cell hides the wet's whole count block; amounts are not about persons
    and stay.
    """
    years = [c for c in table.columns if c != "post"]
    rows = []
    sensitive_wets = set()
    for row in table.iter_rows(named=True):
        wet, _, label = str(row["post"]).partition(": ")
        if label in COUNT_POSTS and any(primair([row[y] for y in years], drempel)):
            sensitive_wets.add(wet)
    for row in table.iter_rows(named=True):
        wet, _, label = str(row["post"]).partition(": ")
        if label in COUNT_POSTS:
            hide = wet in sensitive_wets
            rows.append(
                {"post": row["post"]}
                | {y: None if hide else _rond(row[y], afronden) for y in years}
            )
        else:
            rows.append(row)
    return pl.DataFrame(rows, schema=table.schema)


def _rond(value: int | None, afronden: bool) -> int | None:
    return rond_af(value) if afronden and value is not None else value


def _per_jaar(df: pl.DataFrame, money: pl.Expr) -> dict[int, float | None]:
    sums = df.group_by("jaar").agg(money.sum().alias("kosten"))
    return {int(j): float(k) for j, k in sums.iter_rows()}
