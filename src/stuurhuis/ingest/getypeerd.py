# SPDX-License-Identifier: EUPL-1.2
"""Generate the generic typing steps of the staging SQL from a kind's column spec.

Two CTEs precede each kind's own staging file:

``schoon``    the raw text columns trimmed, empty text as NULL, absent optional columns
              as NULL, plus ``regel``;
``getypeerd`` every column typed by its :data:`~stuurhuis.ingest.kinds.ValueType`, BSN
              and household key replaced by their pseudonyms (``persoon_id``,
              ``huishouden_id``) through the in-memory pseudonym tables, ``fout`` = the
              first generic reason to quarantine the row (Dutch), and ``risico_cent`` =
              the amount at stake.

Identifiers come from registered specs only, never from file contents (the CSV header is
matched against the spec before any SQL is built). Values are never inlined.
"""

from stuurhuis.ingest.kinds import ColumnSpec, KindSpec

RAW_RELATION = "bron_ruw"
BSN_TABLE = "pseudoniem_bsn"
HUISHOUDEN_TABLE = "pseudoniem_huishouden"
MASK = "'*********'"

PSEUDONYM_TARGET = {"bsn": "persoon_id", "huishouden": "huishouden_id"}
PSEUDONYM_TABLE = {"bsn": BSN_TABLE, "huishouden": HUISHOUDEN_TABLE}


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
    if column.type in PSEUDONYM_TARGET:
        return f"p_{name}.pseudoniem AS {PSEUDONYM_TARGET[column.type]}"
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
                f"WHEN s.{name} IS NOT NULL AND p_{name}.pseudoniem IS NULL "
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
    joins = [
        f"LEFT JOIN {PSEUDONYM_TABLE[column.type]} AS p_{column.name} "
        f"ON p_{column.name}.waarde = s.{column.name}"
        for column in spec.columns
        if column.type in PSEUDONYM_TARGET
    ]
    return (
        "    SELECT "
        + ",\n        ".join(select)
        + "\n    FROM schoon AS s"
        + "".join(f"\n    {join}" for join in joins)
    )
