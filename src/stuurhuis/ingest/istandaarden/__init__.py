# SPDX-License-Identifier: EUPL-1.2
"""iWmo/iJw 3.2 messages: recognise, validate (XSD + business rules) and map to canonical rows.

Public surface: :class:`IstandaardenReader` (a :class:`~stuurhuis.ingest.reader.Reader`),
:class:`Context` (what the reader may ask the warehouse), :func:`warehouse_context`,
:func:`apply_declaratie_antwoorden`, and :data:`KINDS` (the canonical columns of the kinds
only messages deliver).
"""

from stuurhuis.ingest.istandaarden.context import Context, MemoryContext, warehouse_context
from stuurhuis.ingest.istandaarden.kinds import KINDS
from stuurhuis.ingest.istandaarden.reader import IstandaardenReader
from stuurhuis.ingest.istandaarden.status import apply_declaratie_antwoorden

__all__ = [
    "KINDS",
    "Context",
    "IstandaardenReader",
    "MemoryContext",
    "apply_declaratie_antwoorden",
    "warehouse_context",
]
