# SPDX-License-Identifier: EUPL-1.2
"""Load one file into the warehouse in one transaction: typed rows, quarantine, log.

Per source (a CSV file scanned by DuckDB, or a reader's Arrow batch):

1. one SQL statement types and checks every row (generated typing steps + the kind's
   staging file; BSNs validated and pseudonymised row by row with the SQL of
   :mod:`stuurhuis.privacy`), marks in-file duplicate keys, and keeps the result in a
   temporary table that holds pseudonyms only, never a BSN;
2. the quarantined rows' raw text is rebuilt with the BSN masked;
3. good rows go to the target table (the newer row wins on an existing key), the others to
   ``quarantaine`` with line, reason, masked raw row and amount at stake.

The ``ingest_log`` row (with the file's sha256) is written in the same transaction, so a
file loads completely or not at all, and loading the same content again is a no-op.
"""

import hashlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa

from stuurhuis.ingest.csv_reader import (
    CsvReader,
    csv_error,
    read_layout,
    relation_sql,
    scan_sql,
)
from stuurhuis.ingest.encoding import utf8_path
from stuurhuis.ingest.errors import IngestError
from stuurhuis.ingest.getypeerd import (
    PSEUDONYM_TARGET,
    masked_raw_row,
    pseudonym_maps,
    typing_ctes,
)
from stuurhuis.ingest.kinds import KindSpec, get_kind
from stuurhuis.ingest.reader import LINE_COLUMN, RawBatch, Reader, Rejection
from stuurhuis.ingest.registry import pick_reader
from stuurhuis.privacy.pseudonym import Pseudonymiser
from stuurhuis.warehouse import load_sql

Status = Literal["geladen", "al geladen", "geweigerd"]
ARROW_VIEW = "bron_arrow"
STAGED = "ingest_gestaged"
STAGED_STREAM = "ingest_gestaged_stroom"
RAW_QUARANTINED = "ingest_ruw_quarantaine"
QUARANTINED_LINES = "ingest_quarantaine_regels"
INGEST_MEMORY_LIMIT = "1GB"  # DuckDB memory of the warehouse connection during a load
BATCH_ROWS = 122_880  # rows per Arrow batch from the staging to the warehouse database
_MACROS_LOADED = "_stuurhuis_macros"


@dataclass
class FileResult:
    """What happened to one file; ``gelezen = geladen + quarantaine`` always."""

    bestand: str
    soort: str = ""
    status: Status = "geladen"
    gelezen: int = 0
    geladen: int = 0
    quarantaine: int = 0
    gemarkeerd: int = 0
    melding: str = ""
    ingest_id: int | None = None


@dataclass
class _Source:
    """Rows of one kind to stage: a SQL relation of text columns plus ``regel``."""

    kind: KindSpec
    present: set[str]
    relation: str
    params: dict[str, Any]
    rejections: list[Rejection] = field(default_factory=list)
    scan: str = ""  # the rows without ``regel``, when cheaper to read (CSV); else relation

    def values_relation(self) -> str:
        """SQL of the rows for a scan that needs no line numbers."""
        return self.scan or self.relation


def file_sha256(path: Path) -> str:
    """sha256 of the file's bytes (the identity of a delivery in ``ingest_log``)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def load_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    pseudonymiser: Pseudonymiser,
    *,
    reader: Reader | None = None,
) -> FileResult:
    """Load ``path`` in one transaction; raise :class:`IngestError` to reject the file."""
    sha = file_sha256(path)
    earlier = con.execute(
        "SELECT bestand, bron_soort, beeindigd_op FROM ingest_log WHERE sha256 = ?", [sha]
    ).fetchone()
    if earlier:
        return FileResult(
            bestand=path.name,
            soort=str(earlier[1]),
            status="al geladen",
            melding=f"zelfde inhoud al geladen als {earlier[0]} op {earlier[2]:%d-%m-%Y %H:%M}",
        )
    reader = reader or pick_reader(path)
    bind = getattr(reader, "for_warehouse", None)
    if bind is not None:  # readers whose rules consult earlier loads (iWmo/iJw messages)
        reader = bind(con)
    started = datetime.now()
    result = FileResult(bestand=path.name)
    with _bounded_memory(con):
        return _load_in_transaction(
            con, path, reader, pseudonymiser, result, sha=sha, started=started
        )


@contextmanager
def _bounded_memory(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Cap DuckDB's memory for the load, so large files spill instead of growing RSS.

    What spills (to the warehouse's ``.tmp`` folder) is staged rows, keys and join state
    of the warehouse database: pseudonyms, never a raw BSN (those stay in the staging
    database, which does not spill). Afterwards the limit is DuckDB's default again
    (Stuurhuis sets no other limit).
    """
    con.execute(f"SET memory_limit = '{INGEST_MEMORY_LIMIT}'")
    try:
        yield
    finally:
        con.execute("RESET memory_limit")


def _load_in_transaction(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    reader: Reader,
    pseudonymiser: Pseudonymiser,
    result: FileResult,
    *,
    sha: str,
    started: datetime,
) -> FileResult:
    con.execute("BEGIN TRANSACTION")
    try:
        result.ingest_id = _next_ingest_id(con)
        kinds: list[str] = []
        with ExitStack() as stack:
            for source in _sources(reader, path, stack):
                if source.kind.name not in kinds:
                    kinds.append(source.kind.name)
                _load_source(con, source, pseudonymiser, result)
        result.soort = "+".join(kinds) or reader.name
        con.execute(
            "INSERT INTO ingest_log (ingest_id, bestand, bron_soort, sha256, gestart_op, "
            "beeindigd_op, aantal_gelezen, aantal_geladen, aantal_quarantaine) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                result.ingest_id,
                path.name,
                result.soort,
                sha,
                started,
                datetime.now(),
                result.gelezen,
                result.geladen,
                result.quarantaine,
            ],
        )
        if "declaratie" in kinds:  # only claim lines carry flags
            result.gemarkeerd = _flagged(con, result.ingest_id)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise csv_error(path, exc) from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        _unregister(con)
    return result


def _next_ingest_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT nextval('ingest_id_seq')").fetchone()
    return int(row[0]) if row else 0


def _ensure_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(load_sql(__package__, "macros.sql"))


def _sources(reader: Reader, path: Path, stack: ExitStack) -> Iterator[_Source]:
    if isinstance(reader, CsvReader):
        layout = read_layout(path)
        readable = stack.enter_context(utf8_path(path))
        yield _Source(
            kind=layout.kind,
            present=set(layout.columns),
            relation=relation_sql(layout),
            params={"pad": str(readable), "scheiding": layout.delimiter},
            scan=f"SELECT * FROM {scan_sql(layout)}",
        )
        return
    for batch in reader.read(path):
        yield _arrow_source(batch, path)


def _arrow_source(batch: RawBatch, path: Path) -> _Source:
    kind = get_kind(batch.kind)
    names = [name for name in batch.table.column_names if name != LINE_COLUMN]
    unknown = [name for name in names if name not in kind.column_names]
    if unknown:
        raise IngestError(f"{path.name}: onbekende kolom {unknown[0]!r} voor {kind.name}")
    missing = [name for name in kind.required_names if name not in names]
    if missing:
        raise IngestError(f"{path.name}: verplichte kolom {missing[0]!r} ontbreekt ({kind.name})")
    if LINE_COLUMN not in batch.table.column_names:
        raise IngestError(f"{path.name}: lezer levert geen regelnummers ({kind.name})")
    columns = [pa.compute.cast(batch.table[name], pa.string()) for name in names]
    regel = pa.compute.cast(batch.table[LINE_COLUMN], pa.int64())
    table = pa.table([regel, *columns], names=[LINE_COLUMN, *names])
    return _Source(
        kind=kind,
        present=set(names),
        relation=f"SELECT * FROM {ARROW_VIEW}",
        params={ARROW_VIEW: table},
        rejections=list(batch.rejections),
    )


def _register(con: duckdb.DuckDBPyConnection, source: _Source) -> dict[str, Any]:
    """Register the Arrow input (if any); return the SQL parameters of the relation."""
    params = dict(source.params)
    arrow = params.pop(ARROW_VIEW, None)
    if arrow is not None:
        con.register(ARROW_VIEW, arrow)
    return params


def _unregister(con: duckdb.DuckDBPyConnection) -> None:
    for view in (STAGED_STREAM, RAW_QUARANTINED):
        with suppress(duckdb.Error):
            con.unregister(view)
    con.execute(f"DROP TABLE IF EXISTS temp.{STAGED}")


def _staging_sql(source: _Source) -> str:
    """The typed, checked rows of the source (run in the staging database)."""
    kind_sql = load_sql(source.kind.sql_package, source.kind.staging_sql)
    return f"""
WITH bron_ruw AS (
{source.relation}
),
{typing_ctes(source.kind, source.present)},
soort AS (
{kind_sql}
)
SELECT * FROM soort
"""


def _duplicates_sql(kind: KindSpec) -> str:
    """Mark in-file duplicate keys of the staged rows (in the warehouse database).

    A grouped lookup rather than a window over every row: the GROUP BY keeps only the
    few duplicated keys. Keys are pseudonyms or codes, never a raw BSN.
    """
    key = ", ".join(kind.key)
    key_text = ", ".join(KEY_LABEL.get(name, name) for name in kind.key)
    on_key = " AND ".join(f"d.{name} = {STAGED}.{name}" for name in kind.key)
    return f"""
UPDATE {STAGED}
SET reden = 'dubbele sleutel ({key_text}) in dit bestand, eerste op regel '
    || d.sleutel_eerste_regel
FROM (
    SELECT {key}, min(regel) AS sleutel_eerste_regel
    FROM {STAGED}
    WHERE reden IS NULL
    GROUP BY {key}
    HAVING count(*) > 1
) AS d
WHERE {on_key} AND {STAGED}.reden IS NULL AND {STAGED}.regel > d.sleutel_eerste_regel
"""


# Key columns named as the file names them (a pseudonym is keyed on the BSN column).
KEY_LABEL = {target: name for name, target in PSEUDONYM_TARGET.items()}
KEY_LABEL.update({"huishouden_id": "huishouden_nummer"})


def _target_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [str(row[0]) for row in rows]


def _has_primary_key(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? "
        "AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY'",
        [table],
    ).fetchone()
    return bool(row and row[0])


def _insert_good_rows(
    con: duckdb.DuckDBPyConnection, kind: KindSpec, ingest_id: int | None
) -> None:
    """Good staged rows into the kind's table; the newer row wins on an existing key.

    ``INSERT OR REPLACE`` checks every row for a conflict, which costs a third of the
    claims load; a plain ``INSERT`` is used when no staged key is in the table yet. A
    table without a primary key (``declaratie``: its ART index cost half the load) keeps
    its key unique here: the rows with a staged key are deleted, then the staged rows
    inserted, in the file's transaction.
    """
    columns = _target_columns(con, kind.table)
    data_columns = [name for name in columns if name != "ingest_id"]
    select = ", ".join(data_columns)
    on_key = " AND ".join(f"t.{name} = s.{name}" for name in kind.key)
    clash = con.execute(
        f"SELECT EXISTS (SELECT 1 FROM {STAGED} AS s JOIN {kind.table} AS t ON {on_key} "
        "WHERE s.reden IS NULL)"
    ).fetchone()
    verb = "INSERT"
    if clash and clash[0]:
        if _has_primary_key(con, kind.table):
            verb = "INSERT OR REPLACE"
        else:
            on_table_key = " AND ".join(f"{kind.table}.{name} = s.{name}" for name in kind.key)
            con.execute(
                f"DELETE FROM {kind.table} USING {STAGED} AS s "
                f"WHERE {on_table_key} AND s.reden IS NULL"
            )
    if "ingest_id" in columns:
        con.execute(
            f"{verb} INTO {kind.table} ({select}, ingest_id) "
            f"SELECT {select}, $ingest_id FROM {STAGED} WHERE reden IS NULL",
            {"ingest_id": ingest_id},
        )
    else:
        con.execute(
            f"{verb} INTO {kind.table} ({select}) SELECT {select} FROM {STAGED} WHERE reden IS NULL"
        )


def _staging_connection() -> duckdb.DuckDBPyConnection:
    """A separate in-memory DuckDB database for the raw rows of one file.

    The raw text (BSNs included) is scanned, typed, checked and pseudonymised here, so no
    raw BSN ever enters a table, hash table or buffer of the warehouse's database, whose
    blocks DuckDB writes to the file. Spilling to disk is off: the staging query streams
    and only the small pseudonym maps are kept.
    """
    stage = duckdb.connect(":memory:", config={"temp_directory": ""})
    stage.execute("SET enable_progress_bar = false")
    # The pseudonym maps are small and the file is large: the map must be the build side
    # of the join. DuckDB's estimate for a CSV scan under a window is far too low, and it
    # would build a hash table of the whole file (1.4 GB RSS for 3 M claim lines).
    stage.execute("SET disabled_optimizers = 'build_side_probe_side'")
    _ensure_macros(stage)
    return stage


def _load_source(
    con: duckdb.DuckDBPyConnection,
    source: _Source,
    pseudonymiser: Pseudonymiser,
    result: FileResult,
) -> None:
    stage = _staging_connection()
    try:
        params = _register(stage, source)
        for statement in pseudonym_maps(source.kind, source.present, source.values_relation()):
            stage.execute(statement, {**params, **pseudonymiser.sql_parameters()})
        staged = stage.execute(_staging_sql(source), params).to_arrow_reader(BATCH_ROWS)
        con.register(STAGED_STREAM, staged)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {STAGED} AS SELECT * FROM {STAGED_STREAM}")
        con.unregister(STAGED_STREAM)
        con.execute(_duplicates_sql(source.kind))
        counts = con.execute(f"SELECT count(*), count(reden) FROM {STAGED}").fetchone() or (0, 0)
        read, quarantined = int(counts[0]), int(counts[1])

        _insert_good_rows(con, source.kind, result.ingest_id)
        if quarantined:
            _quarantine(con, stage, source, params, result)
    finally:
        stage.close()
    if source.rejections:
        con.executemany(
            "INSERT INTO quarantaine (ingest_id, bestand, regel, reden, ruwe_regel, bedrag_cent)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                [result.ingest_id, result.bestand, r.regel, r.reden, r.ruwe_regel, r.bedrag_cent]
                for r in source.rejections
            ],
        )
    result.gelezen += read + len(source.rejections)
    result.geladen += read - quarantined
    result.quarantaine += quarantined + len(source.rejections)


def _quarantine(
    con: duckdb.DuckDBPyConnection,
    stage: duckdb.DuckDBPyConnection,
    source: _Source,
    params: dict[str, Any],
    result: FileResult,
) -> None:
    """Quarantined rows with their raw text, BSN masked.

    The masked text is made in the staging database for the quarantined line numbers
    (an ``IN`` list: only numbers are hashed) and joined to the staged rows here.
    """
    lines = con.execute(f"SELECT regel FROM {STAGED} WHERE reden IS NOT NULL").to_arrow_table()
    stage.register(QUARANTINED_LINES, lines)
    masked = stage.execute(
        f"""
WITH bron_ruw AS (
{source.relation}
)
SELECT b.regel, {masked_raw_row(source.kind, source.present)} AS ruwe_regel
FROM bron_ruw AS b
WHERE b.regel IN (SELECT regel FROM {QUARANTINED_LINES})
""",
        params,
    ).to_arrow_table()
    con.register(RAW_QUARANTINED, masked)
    try:
        con.execute(
            f"""
INSERT INTO quarantaine (ingest_id, bestand, regel, reden, ruwe_regel, bedrag_cent)
SELECT $ingest_id, $bestand, s.regel, s.reden, r.ruwe_regel, s.risico_cent
FROM {STAGED} AS s
JOIN {RAW_QUARANTINED} AS r ON r.regel = s.regel
ORDER BY s.regel
""",
            {"ingest_id": result.ingest_id, "bestand": result.bestand},
        )
    finally:
        con.unregister(RAW_QUARANTINED)


def _flagged(con: duckdb.DuckDBPyConnection, ingest_id: int) -> int:
    row = con.execute(
        "SELECT count(*) FROM declaratie_controle WHERE ingest_id = ? AND is_gemarkeerd",
        [ingest_id],
    ).fetchone()
    return int(row[0]) if row else 0
