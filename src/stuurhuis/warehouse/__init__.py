# SPDX-License-Identifier: EUPL-1.2
"""The DuckDB warehouse: one file, numbered migrations, the core tables.

Public surface: :func:`connect`, :func:`schema_version`, :func:`load_sql`.
"""

from stuurhuis.warehouse.connection import connect, schema_version
from stuurhuis.warehouse.sqlfiles import load_sql

__all__ = ["connect", "load_sql", "schema_version"]
