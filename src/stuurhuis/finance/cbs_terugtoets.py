# SPDX-License-Identifier: EUPL-1.2
"""Backtest of the multi-year client forecast on a real CBS series (Kerncijfers wijken
en buurten, gemeente row of each edition).

Per series (young people with jeugdzorg, Wmo clients, bijstand) and every origin with
at least three years of history, the next 1–4 years are forecast by

* ``model``: the meerjarenraming's inflow logic at the level CBS publishes — clients per
  inhabitant of the relevant age group, projected with the damped trend, times the
  inhabitants projected at their own recent growth (both from data up to the origin);
* ``laatste_waarde``: the last value (naive);
* ``drift``: the last value plus the mean yearly change so far (random walk with drift),

and compared with the published value.
"""

from pathlib import Path

import polars as pl

from stuurhuis.errors import StuurhuisError
from stuurhuis.finance.meerjarig_model import gedempte_trend, groei_prognose
from stuurhuis.ingest.cbs_reader import base_name

MIN_ORIGIN_YEARS = 3
MAX_HORIZON = 4
# series -> (CBS figure, CBS age bands of the population it is a share of)
REEKSEN: dict[str, tuple[str, tuple[str, ...]]] = {
    "jeugdzorg": ("JongerenMetJeugdzorgInNatura", ("k_0Tot15Jaar", "k_15Tot25Jaar")),
    "wmo": ("WmoClienten", ("AantalInwoners",)),
    "bijstand": (
        "PersonenPerSoortUitkeringBijstand",
        ("k_15Tot25Jaar", "k_25Tot45Jaar", "k_45Tot65Jaar"),
    ),
}
METHODEN = ("model", "laatste_waarde", "drift")


def lees_cbs_gemeente(path: Path) -> pl.DataFrame:
    """One row per edition year of the gemeente: the figures of :data:`REEKSEN` (null
    where suppressed or not published)."""
    try:
        raw = pl.read_csv(path, separator=";", infer_schema=False, encoding="utf8-lossy")
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise StuurhuisError(f"{path.name}: geen leesbaar CBS-kerncijferbestand") from exc
    raw = raw.rename({c: c.replace("\ufeff", "") for c in raw.columns})
    if "SoortRegio_2" not in raw.columns and not any(
        base_name(c) == "SoortRegio" for c in raw.columns
    ):
        raise StuurhuisError(
            f"{path.name}: geen CBS-kerncijferbestand (kolom SoortRegio ontbreekt)"
        )
    by_base: dict[str, list[str]] = {}
    for column in raw.columns:
        by_base.setdefault(base_name(column), []).append(column)
    wanted = {f for f, bands in REEKSEN.values() for f in (f, *bands)}
    missing = sorted(w for w in wanted if w not in by_base)
    if missing:
        raise StuurhuisError(f"{path.name}: kolom {missing[0]} ontbreekt")

    def first_filled(name: str) -> pl.Expr:
        cleaned = [
            pl.col(c).str.strip_chars().replace({".": None, "": None}) for c in by_base[name]
        ]
        return pl.coalesce(cleaned).cast(pl.Float64, strict=False).alias(name)

    soort = first_filled_text(by_base["SoortRegio"])
    gemeente = raw.filter(soort == "Gemeente")
    if gemeente.height == 0:
        raise StuurhuisError(f"{path.name}: geen gemeenteregel gevonden")
    return (
        gemeente.select(
            first_filled_text(by_base["Peildatum"]).str.slice(-4).cast(pl.Int32).alias("jaar"),
            *[first_filled(name) for name in sorted(wanted)],
        )
        .unique("jaar", keep="first")
        .sort("jaar")
    )


def first_filled_text(columns: list[str]) -> pl.Expr:
    return pl.coalesce([pl.col(c).str.strip_chars() for c in columns])


def cbs_terugtoets(path: Path) -> pl.DataFrame:
    """One row per series × origin × horizon × method: forecast, actual, relative error."""
    data = lees_cbs_gemeente(path)
    rows: list[tuple[object, ...]] = []
    for reeks, (figure, bands) in REEKSEN.items():
        series = data.select(
            "jaar", pl.col(figure).alias("y"), pl.sum_horizontal(bands).alias("inwoners")
        ).filter(pl.col("y").is_not_null())
        rows.extend(_toets(reeks, series))
    schema = {
        "reeks": pl.String,
        "methode": pl.String,
        "peiljaar": pl.Int32,
        "horizon": pl.Int32,
        "jaar": pl.Int32,
        "prognose": pl.Float64,
        "werkelijk": pl.Float64,
    }
    table = pl.DataFrame(rows, schema=schema, orient="row")
    return table.with_columns((pl.col("prognose") / pl.col("werkelijk") - 1).alias("fout"))


def _toets(reeks: str, series: pl.DataFrame) -> list[tuple[object, ...]]:
    years = series["jaar"].to_list()
    values = dict(zip(years, series["y"].to_list(), strict=True))
    inhabitants = dict(zip(years, series["inwoners"].to_list(), strict=True))
    rows: list[tuple[object, ...]] = []
    for i, origin in enumerate(years):
        if i + 1 < MIN_ORIGIN_YEARS:
            continue
        past = years[: i + 1]
        targets = [y for y in years if origin < y <= origin + MAX_HORIZON]
        for target in targets:
            h = target - origin
            for methode in METHODEN:
                forecast = voorspel(methode, past, values, inhabitants, target)
                rows.append((reeks, methode, origin, h, target, forecast, values[target]))
    return rows


def voorspel(
    methode: str,
    past: list[int],
    values: dict[int, float],
    inhabitants: dict[int, float],
    target: int,
) -> float:
    """The forecast of ``target`` by ``methode`` from the years ``past``."""
    origin, first = past[-1], past[0]
    last = values[origin]
    if methode == "laatste_waarde":
        return last
    if methode == "drift":
        return last + (target - origin) * (last - values[first]) / (origin - first)
    rates = [values[y] / inhabitants[y] for y in past if inhabitants.get(y)]
    rate = gedempte_trend(rates, target - origin)[-1]
    population = groei_prognose({y: inhabitants[y] for y in past}, [target])[target]
    return rate * population


def cbs_samenvatting(detail: pl.DataFrame) -> pl.DataFrame:
    """Mean absolute % error per series × horizon, one column per method."""
    summary = detail.group_by("reeks", "horizon", "methode").agg(
        (pl.col("fout").abs().mean() * 100).round(1).alias("mape_pct"), pl.len().alias("n")
    )
    wide = summary.pivot("methode", index=["reeks", "horizon"], values="mape_pct")
    counts = summary.group_by("reeks", "horizon").agg(pl.col("n").max().alias("aantal_toetsen"))
    return (
        wide.join(counts, on=["reeks", "horizon"])
        .rename({m: f"mape_{m}_pct" for m in METHODEN})
        .select("reeks", "horizon", "aantal_toetsen", *[f"mape_{m}_pct" for m in METHODEN])
        .sort("reeks", "horizon")
    )
