# SPDX-License-Identifier: EUPL-1.2
"""Assemble the SQL of one indicator for one set of breakdowns.

The query is: the requested periods, the shared fact CTEs (``sql/feiten/``, reading the
tables :class:`~stuurhuis.indicators.feiten.Feiten` built for the call), the
indicator's own fact query (``defs/<id>.sql``) as ``feit``, then generic steps that
aggregate teller, basis and noemer per period x breakdown and complete the grid with
zeroes. Only identifiers from the catalogue and the breakdown whitelist are spliced in;
every value is a bound parameter.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from stuurhuis.indicators.catalogue import fact_sql
from stuurhuis.indicators.model import (
    Bevolkingsnoemer,
    Breakdown,
    Huishoudensnoemer,
    Indicator,
    Maat,
)
from stuurhuis.periode import Periode
from stuurhuis.warehouse import load_sql


@dataclass(frozen=True)
class Query:
    sql: str
    params: dict[str, Any]


def build_query(
    ind: Indicator,
    by: Sequence[Breakdown],
    periodes: dict[str, list[Any]],
    feiten: str,
    *,
    basis: bool = True,
) -> Query:
    """The query giving ``periode, <by...>, teller, basis, noemer`` for ``ind``.

    ``feiten`` holds the CTEs ``periodes`` and the facts the indicator reads
    (:meth:`Feiten.ctes`), ``periodes`` the parameter they take (:func:`period_codes`).
    Inside the query a period is its number; the outer select gives its code. ``basis``
    (the count of units behind a cell, for disclosure control) is only counted when asked;
    otherwise it is 0.
    """
    params: dict[str, Any] = dict(periodes)
    ctes = [feiten, f"feit AS (\n{fact_sql(ind)}\n)"]
    ctes.append(_teller_cte(ind, by, basis=basis))
    ctes.append(_domain_cte(by))
    ctes.append(_grid_cte(by))
    noemer = ind.noemer_maat
    if isinstance(noemer, Bevolkingsnoemer):
        ctes.append(fragment("bevolking_noemer.sql"))
        params["leeftijd_van"] = noemer.leeftijd_van
        params["leeftijd_tot"] = noemer.leeftijd_tot
        ctes.append(_area_noemer_cte(by))
    elif isinstance(noemer, Huishoudensnoemer):
        ctes.append(fragment("huishoudens_noemer.sql"))
        ctes.append(_area_noemer_cte(by))
    elif isinstance(noemer, Maat):
        ctes.append(_fact_noemer_cte(noemer, by))
    keys = ", ".join(["periode", *by])
    select = ["r.*", "coalesce(t.teller, 0) AS teller", "coalesce(t.basis, 0) AS basis"]
    joins = [f"LEFT JOIN teller AS t USING ({keys})"]
    if noemer is None:
        select.append("CAST(NULL AS BIGINT) AS noemer")
    else:
        noemer_keys = ", ".join(["periode", *_noemer_by(noemer, by)])
        fill = "coalesce(n.noemer, 0)" if isinstance(noemer, Maat) else "n.noemer"
        select.append(f"CAST({fill} AS BIGINT) AS noemer")
        joins.append(f"LEFT JOIN noemer AS n USING ({noemer_keys})")
    body = f"SELECT {', '.join(select)}\nFROM raster AS r\n" + "\n".join(joins)
    outer = (
        "SELECT p.periode_code AS periode, c.* EXCLUDE (periode)\n"
        f"FROM (\n{body}\n) AS c\nINNER JOIN periodes AS p ON p.periode = c.periode"
    )
    return Query("WITH\n" + ",\n\n".join(ctes) + "\n\n" + outer, params)


def fragment(name: str) -> str:
    """A CTE fragment from ``sql/`` without its licence line."""
    lines = load_sql(__package__, f"sql/{name}").splitlines()
    return "\n".join(line for line in lines if not line.startswith("-- SPDX"))


def period_params(wanted: Sequence[Periode]) -> dict[str, list[Any]]:
    """The four parallel list parameters of ``sql/periodes.sql``."""
    unique = sorted(set(wanted))
    return {
        "periode": [p.code for p in unique],
        "grain": [p.grain for p in unique],
        "begin": [p.start for p in unique],
        "eind": [p.eind for p in unique],
    }


def _group(by: Sequence[str]) -> str:
    return ", ".join(["periode", *by])


def _teller_cte(ind: Indicator, by: Sequence[Breakdown], *, basis: bool) -> str:
    maat = ind.teller_maat
    where = f" FILTER (WHERE {maat.filter})" if maat.filter else ""
    units = f"count(DISTINCT {ind.basis}){where}" if ind.basis and basis else "CAST(NULL AS BIGINT)"
    return (
        f"teller AS (\n    SELECT {_group(by)}, {maat.sql()} AS teller, {units} AS basis\n"
        f"    FROM feit\n    GROUP BY {_group(by)}\n)"
    )


def _domain_cte(by: Sequence[Breakdown]) -> str:
    """All breakdown values (combinations) seen in any period, so empty cells show 0."""
    if not by:
        return "domein AS (SELECT 1 AS een)"
    cols = ", ".join(by)
    sql = f"domein AS (\n    SELECT DISTINCT {cols} FROM feit"
    if list(by) == ["wijk"]:
        sql += (
            "\n    UNION SELECT gebied_code FROM gebied WHERE soort = 'wijk'"
            "\n    UNION SELECT gebied_code FROM bevolking WHERE gebied_code LIKE 'WK%'"
        )
    return sql + "\n)"


def _grid_cte(by: Sequence[Breakdown]) -> str:
    cols = "".join(f", d.{col}" for col in by)
    return (
        f"raster AS (\n    SELECT p.periode{cols}\n    FROM periodes AS p CROSS JOIN domein AS d\n)"
    )


def _noemer_by(noemer: object, by: Sequence[Breakdown]) -> list[Breakdown]:
    if isinstance(noemer, Maat):
        return [col for col in by if col not in noemer.zonder]
    return ["wijk"] if "wijk" in by else []


def _fact_noemer_cte(maat: Maat, by: Sequence[Breakdown]) -> str:
    group = _group(_noemer_by(maat, by))
    return (
        f"noemer AS (\n    SELECT {group}, {maat.sql()} AS noemer\n"
        f"    FROM feit\n    GROUP BY {group}\n)"
    )


def _area_noemer_cte(by: Sequence[Breakdown]) -> str:
    if "wijk" in by:
        return "noemer AS (SELECT periode, wijk, noemer FROM noemer_bron WHERE wijk IS NOT NULL)"
    return "noemer AS (SELECT periode, noemer FROM noemer_bron WHERE wijk IS NULL)"
