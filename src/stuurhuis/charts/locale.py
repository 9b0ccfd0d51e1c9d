# SPDX-License-Identifier: EUPL-1.2
"""The nl-NL number and time locale (d3-format / d3-time-format), written into every spec.

Putting the locale in the spec's ``config.locale`` makes a chart look the same in the
browser (vega-embed) and in the factsheet (vl-convert): decimal comma, thousands point,
``€`` before the amount, Dutch month names.
"""

from typing import Any

# d3-format's nl-NL.json
NUMBER: dict[str, Any] = {
    "decimal": ",",
    "thousands": ".",
    "grouping": [3],
    "currency": ["€\u00a0", ""],
}

# d3-time-format's nl-NL.json
TIME: dict[str, Any] = {
    "dateTime": "%a %e %B %Y %X",
    "date": "%d-%m-%Y",
    "time": "%H:%M:%S",
    "periods": ["AM", "PM"],
    "days": ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    "shortDays": ["zo", "ma", "di", "wo", "do", "vr", "za"],
    "months": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "shortMonths": [
        "jan",
        "feb",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ],
}
