# SPDX-License-Identifier: EUPL-1.2
"""Read SQL that lives in ``.sql`` files next to the code that runs it."""

from functools import cache
from importlib import resources


@cache
def load_sql(package: str, name: str) -> str:
    """Return the text of ``name`` (e.g. ``"staging/declaratie.sql"``) inside ``package``.

    Call as ``load_sql(__package__, "x.sql")`` from the module that runs it.
    """
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")
