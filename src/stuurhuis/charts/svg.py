# SPDX-License-Identifier: EUPL-1.2
"""Render a spec to SVG without a browser (vl-convert), as the quarterly factsheet does."""

import vl_convert

from stuurhuis.charts.spec import VEGA_LITE_VERSIE, Spec


def naar_svg(spec: Spec) -> str:
    """The chart as an SVG document (the locale travels inside the spec)."""
    svg: str = vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSIE)
    return svg
