# SPDX-License-Identifier: EUPL-1.2
"""Kinds of source rows: pluggable specs that say what a canonical file holds.

A kind is a :class:`KindSpec`: its columns with their value type, which are required,
the key of the target table, the target table and the staging SQL file that maps the
typed columns onto the table. Adding a kind (wt-iwmo adds the iWmo/iJw message kinds) is
``register_kind(KindSpec(...))`` plus one ``.sql`` file; the loader does the rest.
"""

from dataclasses import dataclass, field
from typing import Literal

from stuurhuis.errors import StuurhuisError

ValueType = Literal["tekst", "code", "bsn", "huishouden", "datum", "euro", "geheel"]
"""How a text column is typed in the generic typing step.

``bsn`` and ``huishouden`` are pseudonymised (``persoon_id`` / ``huishouden_id``) and
masked in quarantine; ``euro`` becomes integer cents; ``datum`` accepts ISO and
dd-mm-jjjj; ``code`` is text with surrounding spaces removed (as is ``tekst``).
"""


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a kind, as named in the canonical file (snake_case)."""

    name: str
    type: ValueType = "tekst"
    required: bool = False


@dataclass(frozen=True)
class KindSpec:
    """What the loader needs to type, validate and load rows of one kind."""

    name: str
    columns: tuple[ColumnSpec, ...]
    table: str
    key: tuple[str, ...]  # target-table columns; duplicates in one file are quarantined
    staging_sql: str  # file name in ``sql_package``: SELECT ... FROM getypeerd
    sql_package: str = "stuurhuis.ingest.staging"
    load_rank: int = 50  # reference data first (low), then allocations, claims, ...
    amount_column: str | None = None  # euro column whose cents are "at stake" in quarantine
    recognisable: bool = True  # False: only produced by a reader, never sniffed from a header
    description: str = ""
    aliases: dict[str, str] = field(default_factory=dict)  # header alias -> column name

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def required_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns if column.required)

    def column(self, name: str) -> ColumnSpec:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


class UnknownKindError(StuurhuisError):
    """A batch names a kind that no spec registers (a reader bug, not a user error)."""


_KINDS: dict[str, KindSpec] = {}


def register_kind(spec: KindSpec) -> KindSpec:
    """Register ``spec``; registering the same name again replaces it."""
    _KINDS[spec.name] = spec
    return spec


def get_kind(name: str) -> KindSpec:
    """The spec of kind ``name``."""
    _ensure_builtin()
    try:
        return _KINDS[name]
    except KeyError:
        raise UnknownKindError(f"onbekende bronsoort {name!r}") from None


def all_kinds() -> list[KindSpec]:
    """Every registered kind, in load order."""
    _ensure_builtin()
    return sorted(_KINDS.values(), key=lambda spec: (spec.load_rank, spec.name))


def _ensure_builtin() -> None:
    # The canonical kinds register themselves on import; importing here avoids a cycle.
    from stuurhuis.ingest import canonical  # noqa: F401, PLC0415
