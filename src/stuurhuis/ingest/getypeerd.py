# SPDX-License-Identifier: EUPL-1.2
"""Generate the generic typing steps of the staging SQL from a kind's column spec.

Two CTEs precede each kind's own staging file:

``schoon``    the raw text columns trimmed, empty text as NULL (``sh_schoon``), absent
              optional columns as NULL, plus ``regel``;
``getypeerd`` every column typed once by its :data:`~stuurhuis.ingest.kinds.ValueType`,
              BSN and household key replaced by their keyed pseudonyms (``persoon_id``,
              ``huishouden_id``) looked up in the pseudonym maps, ``fout`` = the first
              generic reason to quarantine the row (Dutch), and ``risico_cent`` = the
              amount at stake.

The pseudonym maps (:func:`pseudonym_maps`) hold one row per distinct value of a BSN or
household column: the elfproef and the HMAC (:mod:`stuurhuis.privacy`) are computed once
per person instead of once per line. They join on the raw value, so they and these CTEs
run only in the loader's separate in-memory staging database, never in the warehouse's.

Identifiers come from registered specs only, never from file contents (the CSV header is
matched against the spec before any SQL is built). Values are never inlined.
"""

from stuurhuis.ingest.kinds import ColumnSpec, KindSpec
from stuurhuis.privacy.bsn import bsn_digits_sql, valid_bsn_sql
from stuurhuis.privacy.pseudonym import pseudonym_sql

RAW_RELATION = "bron_ruw"
MASK = "'*********'"

PSEUDONYM_TARGET = {"bsn": "persoon_id", "huishouden": "huishouden_id"}
_MAP_PREFIX = "sh_pseudoniemen_"


def typing_ctes(spec: KindSpec, present: set[str]) -> str:
    """``schoon AS (...), getypeerd AS (...)`` for ``spec`` given the columns present."""
    return f"schoon AS (\n{_schoon(spec, present)}\n),\ngetypeerd AS (\n{_getypeerd(spec)}\n)"


def pseudonym_columns(spec: KindSpec) -> list[ColumnSpec]:
    """The columns of ``spec`` that are replaced by a pseudonym."""
    return [column for column in spec.columns if column.type in PSEUDONYM_TARGET]


def pseudonym_maps(spec: KindSpec, present: set[str], relation: str) -> list[str]:
    """Statements that build one map per pseudonymised column of ``spec``.

    Each map has a row per distinct trimmed value of the column in ``relation`` (SQL of
    the raw rows): ``waarde``, ``geldig`` (BSN: nine digits passing the elfproef) and
    ``pseudoniem``. They use the key pads of
    :meth:`~stuurhuis.privacy.pseudonym.Pseudonymiser.sql_parameters`.
    """
    statements = []
    for column in pseudonym_columns(spec):
        name = column.name
        if name in present:
            values = f"SELECT DISTINCT sh_schoon({name}) AS waarde FROM ({relation}) AS b"
        else:
            values = "SELECT CAST(NULL AS VARCHAR) AS waarde WHERE false"
        if column.type == "bsn":
            digits = bsn_digits_sql("waarde")
            valid = valid_bsn_sql("cijfers")
            pseudonym = pseudonym_sql("cijfers", domain="bsn")
            select = (
                f"SELECT waarde, {valid} AS geldig, "
                f"CASE WHEN {valid} THEN {pseudonym} END AS pseudoniem "
                f"FROM (SELECT waarde, {digits} AS cijfers FROM waarden WHERE waarde IS NOT NULL)"
            )
        else:
            pseudonym = pseudonym_sql("waarde", domain="huishouden")
            select = (
                f"SELECT waarde, true AS geldig, {pseudonym} AS pseudoniem "
                "FROM waarden WHERE waarde IS NOT NULL"
            )
        statements.append(
            f"CREATE OR REPLACE TEMP TABLE {_MAP_PREFIX}{name} AS\n"
            f"WITH waarden AS ({values})\n{select}"
        )
    return statements


def drop_pseudonym_maps(spec: KindSpec) -> list[str]:
    """Statements that drop the maps of :func:`pseudonym_maps`."""
    return [f"DROP TABLE IF EXISTS temp.{_MAP_PREFIX}{c.name}" for c in pseudonym_columns(spec)]


def masked_raw_row(spec: KindSpec, present: set[str], alias: str = "b") -> str:
    """SQL expression: the raw row as ``kolom=waarde`` pairs, BSN and household masked."""
    parts = []
    for column in spec.columns:
        if column.name not in present:
            continue
        ref = f"{alias}.{column.name}"
        if column.type in PSEUDONYM_TARGET:
            value = f"CASE WHEN nullif(trim({ref}), '') IS NULL THEN '' ELSE {MASK} END"
        else:
            value = f"coalesce({ref}, '')"
        parts.append(f"'{column.name}=' || {value}")
    return "concat_ws('; ', " + ", ".join(parts) + ")"


def _schoon(spec: KindSpec, present: set[str]) -> str:
    columns = ["regel"]
    for column in spec.columns:
        if column.name in present:
            columns.append(f"sh_schoon({column.name}) AS {column.name}")
        else:
            columns.append(f"CAST(NULL AS VARCHAR) AS {column.name}")
    return "    SELECT " + ",\n        ".join(columns) + f"\n    FROM {RAW_RELATION}"


def _typed(column: ColumnSpec) -> str | None:
    """The typed value of a non-text column (as ``t_<name>``), or None for text."""
    name = column.name
    if column.type in PSEUDONYM_TARGET:
        return f"p_{name}.pseudoniem"
    if column.type == "datum":
        return f"sh_datum(s.{name})"
    if column.type == "euro":
        return f"sh_cent(s.{name})"
    if column.type == "geheel":
        return f"sh_geheel(s.{name})"
    return None


def _checks(spec: KindSpec) -> list[str]:
    checks = [
        f"WHEN {column.name} IS NULL THEN 'verplichte waarde ontbreekt: {column.name}'"
        for column in spec.columns
        if column.required
    ]
    for column in spec.columns:
        name = column.name
        if column.type == "bsn":
            checks.append(
                f"WHEN {name} IS NOT NULL AND NOT g_{name} THEN 'ongeldig BSN (elfproef) in {name}'"
            )
        elif column.type == "datum":
            checks.append(
                f"WHEN {name} IS NOT NULL AND t_{name} IS NULL "
                f"THEN 'onmogelijke datum in {name}: ' || {name}"
            )
        elif column.type == "euro":
            checks.append(
                f"WHEN {name} IS NOT NULL AND t_{name} IS NULL "
                f"THEN 'bedrag is geen getal in {name}: ' || {name}"
            )
        elif column.type == "geheel":
            checks.append(
                f"WHEN {name} IS NOT NULL AND t_{name} IS NULL "
                f"THEN 'geen geheel getal in {name}: ' || {name}"
            )
    return checks


def _getypeerd(spec: KindSpec) -> str:
    """Type every column once (inner select), then name the results and check them.

    The checks read the typed values (``t_<name>``) instead of parsing again, and the
    pseudonymised columns come from their maps by a join on the trimmed raw value.
    """
    inner = ["s.*"]
    joins = []
    for column in spec.columns:
        typed = _typed(column)
        if typed is not None:
            inner.append(f"{typed} AS t_{column.name}")
        if column.type in PSEUDONYM_TARGET:
            alias = f"p_{column.name}"
            inner.append(f"coalesce({alias}.geldig, false) AS g_{column.name}")
            joins.append(
                f"LEFT JOIN {_MAP_PREFIX}{column.name} AS {alias} "
                f"ON {alias}.waarde = s.{column.name}"
            )
    select = ["regel"]
    for column in spec.columns:
        name = column.name
        if column.type in PSEUDONYM_TARGET:
            select.append(f"t_{name} AS {PSEUDONYM_TARGET[column.type]}")
        elif _typed(column) is not None:
            select.append(f"t_{name} AS {name}")
        else:
            select.append(name)
    checks = _checks(spec)
    fout = (
        "CASE\n            " + "\n            ".join(checks) + "\n        END" if checks else "NULL"
    )
    select.append(f"{fout} AS fout")
    risico = f"t_{spec.amount_column}" if spec.amount_column else "CAST(NULL AS BIGINT)"
    select.append(f"{risico} AS risico_cent")
    return (
        "    SELECT "
        + ",\n        ".join(select)
        + "\n    FROM (\n        SELECT "
        + ", ".join(inner)
        + "\n        FROM schoon AS s\n        "
        + "\n        ".join(joins)
        + "\n    )"
    )
