# SPDX-License-Identifier: EUPL-1.2
"""The PDF rendered to PNG pages with pdftoppm: page count, A4, and charts that are drawn.

Every chart has a caption ``Figuur N. …`` that tells its page. Its bars, lines and cells
are coloured; text, rules and headings are grey or black. A page with a chart has
many coloured pixels, the annex (tables only) none.
"""

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.report.conftest import Uitvoer

DPI = 60
MIN_PIXELS = 150  # coloured pixels of the thinnest chart (one line) at 60 dpi


def chart_pixels(png: Path) -> int:
    """Coloured (not grey) pixels: the bars, lines and cells of a chart."""
    rgb = np.asarray(Image.open(png).convert("RGB"), dtype=np.int32)
    return int((rgb.max(axis=2) - rgb.min(axis=2) > 50).sum())


def pagina_teksten(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


@pytest.fixture(scope="module")
def paginas(uitvoer: Uitvoer, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("pdf_png")
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", str(uitvoer.pdf), str(out / "p")], check=True
    )
    return sorted(out.glob("p-*.png"))


def test_page_count_and_a4(uitvoer: Uitvoer, paginas: list[Path]) -> None:
    info = subprocess.run(
        ["pdfinfo", str(uitvoer.pdf)], check=True, capture_output=True, text=True
    ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == len(paginas)
    # every section starts on a new page; charts and tables fill a few pages each
    assert len(uitvoer.rapport.secties) <= pages <= 40
    assert "595.276 x 841.89 pts (A4)" in info


def test_pages_are_numbered(uitvoer: Uitvoer) -> None:
    teksten = pagina_teksten(uitvoer.pdf)
    n = len([t for t in teksten if t.strip()])
    assert f"pagina 1 van {n}" in teksten[0]
    assert f"pagina {n} van {n}" in teksten[n - 1]


def test_every_chart_page_has_drawn_charts(uitvoer: Uitvoer, paginas: list[Path]) -> None:
    teksten = pagina_teksten(uitvoer.pdf)
    aantal = sum(b.grafiek is not None for s in uitvoer.rapport.secties for b in s.blokken)
    with_chart = {
        i for n in range(1, aantal + 1) for i, t in enumerate(teksten) if f"Figuur {n}. " in t
    }
    found = {n for n in range(1, aantal + 1) if any(f"Figuur {n}. " in t for t in teksten)}
    assert found == set(range(1, aantal + 1)), "a figure caption is missing from the PDF"
    for i in with_chart:
        assert chart_pixels(paginas[i]) >= MIN_PIXELS, f"page {i + 1} has an empty chart"


def test_a_page_without_charts_has_no_chart_pixels(uitvoer: Uitvoer, paginas: list[Path]) -> None:
    teksten = pagina_teksten(uitvoer.pdf)
    bijlage = [i for i, t in enumerate(teksten) if "Bijlage: methoden en definities" in t]
    assert bijlage
    for i in range(bijlage[-1], len(paginas)):  # bijlage[0] is the contents on page 1
        assert chart_pixels(paginas[i]) < MIN_PIXELS / 3
