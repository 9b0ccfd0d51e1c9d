# SPDX-License-Identifier: EUPL-1.2
"""Write tidy tables as an aligned table, CSV, JSON, XLSX or Parquet.

One place renders tables for the CLI; web and report use :mod:`stuurhuis.export.nl` for
Dutch number formatting and :func:`write_xlsx` for downloads.
"""

from stuurhuis.export.nl import euro, getal, procent
from stuurhuis.export.tables import FORMATS, Format, write_table, write_xlsx

__all__ = ["FORMATS", "Format", "euro", "getal", "procent", "write_table", "write_xlsx"]
