# SPDX-License-Identifier: EUPL-1.2
"""Write the factsheet in the format its file extension names."""

from pathlib import Path

from stuurhuis.errors import StuurhuisError
from stuurhuis.report.html import render
from stuurhuis.report.model import Rapport

FORMATEN: tuple[str, ...] = (".pdf", ".html", ".xlsx")


def formaat(out: Path) -> str:
    """The output format from ``out``'s extension, or a one-line Dutch error."""
    suffix = out.suffix.lower()
    if suffix not in FORMATEN:
        raise StuurhuisError(
            f"onbekende extensie {out.suffix or '(geen)'!r} van {out.name}: "
            f"kies uit {', '.join(FORMATEN)}"
        )
    return suffix


def schrijf(rapport: Rapport, out: Path) -> None:
    """Write ``rapport`` to ``out`` as PDF, HTML or XLSX (by extension)."""
    suffix = formaat(out)
    if not out.parent.is_dir():
        raise StuurhuisError(f"map {out.parent} bestaat niet")
    if suffix == ".xlsx":
        from stuurhuis.report.xlsx import schrijf_xlsx  # noqa: PLC0415  (XlsxWriter only here)

        schrijf_xlsx(rapport, out)
        return
    html = render(rapport)
    if suffix == ".html":
        out.write_text(html, encoding="utf-8")
        return
    from stuurhuis.report.pdf import schrijf_pdf  # noqa: PLC0415  (WeasyPrint is slow to import)

    schrijf_pdf(html, out)
