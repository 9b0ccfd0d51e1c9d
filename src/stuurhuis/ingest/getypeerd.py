# SPDX-License-Identifier: EUPL-1.2
"""Generate the generic typing steps of the staging SQL from a kind's column spec.

Two CTEs precede each kind's own staging file:

``schoon``    the raw text columns trimmed, empty text as NULL, absent optional columns
              as NULL, plus ``regel``;
``getypeerd`` every column typed by its :data:`~stuurhuis.ingest.kinds.ValueType`, BSN
              and household key replaced by their keyed pseudonyms (``persoon_id``,
              ``huishouden_id``), computed row by row in SQL by
              :mod:`stuurhuis.privacy` (elfproef and HMAC), ``fout`` = the first generic
              reason to quarantine the row (Dutch), and ``risico_cent`` = the amount at
              stake. No raw BSN enters a join or an aggregate.

Identifiers come from registered specs only, never from file contents (the CSV header is
matched against the spec before any SQL is built). Values are never inlined.
"""

from stuurhuis.ingest.kinds import ColumnSpec, KindSpec
from stuurhuis.privacy.bsn import bsn_digits_sql, valid_bsn_sql
from stuurhuis.privacy.pseudonym import pseudonym_sql

RAW_RELATION = "bron_ruw"
MASK = "'*********'"

PSEUDONYM_TARGET = {"bsn": "persoon_id", "huishouden": "huishouden_id"}


def typing_ctes(spec: KindSpec, present: set[str]) -> str:
    """``schoon AS (...), getypeerd AS (...)`` for ``spec`` given the columns present."""
    return f"schoon AS (\n{_schoon(spec, present)}\n),\ngetypeerd AS (\n{_getypeerd(spec)}\n)"


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
            columns.append(f"nullif(trim({column.name}), '') AS {column.name}")
        else:
            columns.append(f"CAST(NULL AS VARCHAR) AS {column.name}")
    return "    SELECT " + ",\n        ".join(columns) + f"\n    FROM {RAW_RELATION}"


def _typed(column: ColumnSpec) -> str:
    name = column.name
    if column.type == "bsn":
        digits = bsn_digits_sql(f"s.{name}")
        return (
            f"CASE WHEN {valid_bsn_sql(digits)} THEN {pseudonym_sql(digits, domain='bsn')} "
            f"END AS {PSEUDONYM_TARGET['bsn']}"
        )
    if column.type == "huishouden":
        pseudonym = pseudonym_sql(f"s.{name}", domain="huishouden")
        return f"{pseudonym} AS {PSEUDONYM_TARGET['huishouden']}"
    if column.type == "datum":
        return f"sh_datum(s.{name}) AS {name}"
    if column.type == "euro":
        return f"sh_cent(s.{name}) AS {name}"
    if column.type == "geheel":
        return f"sh_geheel(s.{name}) AS {name}"
    return f"s.{name} AS {name}"


def _checks(spec: KindSpec) -> list[str]:
    checks = [
        f"WHEN s.{column.name} IS NULL THEN 'verplichte waarde ontbreekt: {column.name}'"
        for column in spec.columns
        if column.required
    ]
    for column in spec.columns:
        name = column.name
        if column.type == "bsn":
            checks.append(
                f"WHEN s.{name} IS NOT NULL AND NOT {valid_bsn_sql(bsn_digits_sql(f's.{name}'))} "
                f"THEN 'ongeldig BSN (elfproef) in {name}'"
            )
        elif column.type == "datum":
            checks.append(
                f"WHEN s.{name} IS NOT NULL AND sh_datum(s.{name}) IS NULL "
                f"THEN 'onmogelijke datum in {name}: ' || s.{name}"
            )
        elif column.type == "euro":
            checks.append(
                f"WHEN s.{name} IS NOT NULL AND sh_cent(s.{name}) IS NULL "
                f"THEN 'bedrag is geen getal in {name}: ' || s.{name}"
            )
        elif column.type == "geheel":
            checks.append(
                f"WHEN s.{name} IS NOT NULL AND sh_geheel(s.{name}) IS NULL "
                f"THEN 'geen geheel getal in {name}: ' || s.{name}"
            )
    return checks


def _getypeerd(spec: KindSpec) -> str:
    select = ["s.regel"] + [_typed(column) for column in spec.columns]
    checks = _checks(spec)
    fout = (
        "CASE\n            " + "\n            ".join(checks) + "\n        END" if checks else "NULL"
    )
    select.append(f"{fout} AS fout")
    risico = f"sh_cent(s.{spec.amount_column})" if spec.amount_column else "CAST(NULL AS BIGINT)"
    select.append(f"{risico} AS risico_cent")
    return "    SELECT " + ",\n        ".join(select) + "\n    FROM schoon AS s"
