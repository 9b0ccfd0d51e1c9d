# SPDX-License-Identifier: EUPL-1.2
"""The web dashboard: FastAPI + Jinja2 + HTMX + Vega-Lite, login with roles, JSON API.

It only renders the tidy tables of the computing layers. Public surface:
:func:`create_app`; chart specs in :mod:`stuurhuis.web.charts` (also used by the report).
"""

from stuurhuis.web.app import WebConfigError, create_app

__all__ = ["WebConfigError", "create_app"]
