# SPDX-License-Identifier: EUPL-1.2
"""The factsheet as PDF: WeasyPrint lays out the report's HTML with its print CSS."""

from pathlib import Path

import weasyprint


def schrijf_pdf(html: str, out: Path) -> None:
    """Write the HTML document as an A4 PDF (fonts from the system, no network)."""
    weasyprint.HTML(string=html, base_url=str(out.parent)).write_pdf(out)
