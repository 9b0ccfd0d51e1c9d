# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis report``: formats by extension and one-line Dutch errors."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from stuurhuis.cli import app
from stuurhuis.maatregelen import DEMO_PAD

runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["report", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        from stuurhuis.errors import StuurhuisError  # noqa: PLC0415

        assert isinstance(result.exception, StuurhuisError), result.exception
        return 2, str(result.exception)
    return result.exit_code, result.output


def test_html_with_the_savings_programme(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kwartaal.html"
    code, output = _run(
        "--db", str(report_db), "--period", "2025-Q2", "--out", str(out),
        "--maatregelen", str(DEMO_PAD),
    )  # fmt: skip
    assert code == 0, output
    assert "geschreven naar" in output
    html = out.read_text(encoding="utf-8")
    assert 'id="maatregelen"' in html
    assert "Kwartaalrapportage sociaal domein" in html


def test_without_the_programme_there_is_no_savings_section(report_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kwartaal.xlsx"
    code, output = _run("--db", str(report_db), "--period", "2025-Q1", "--out", str(out))
    assert code == 0, output
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("periode", "uit", "melding"),
    [
        ("2025-Q5", "r.pdf", "onbekende periode"),
        ("2025", "r.pdf", "per kwartaal"),
        ("2031-Q1", "r.pdf", "na de laatste declaratie"),
        ("2025-Q2", "r.docx", "onbekende extensie"),
        ("2025-Q2", "r", "onbekende extensie"),
    ],
)
def test_bad_input_gives_one_dutch_line(
    report_db: Path, tmp_path: Path, periode: str, uit: str, melding: str
) -> None:
    code, output = _run("--db", str(report_db), "--period", periode, "--out", str(tmp_path / uit))
    assert code == 2
    assert melding in output
    assert "Traceback" not in output
    assert len(output.strip().splitlines()) == 1


def test_missing_warehouse_and_programme(report_db: Path, tmp_path: Path) -> None:
    code, output = _run(
        "--db", str(tmp_path / "geen.duckdb"), "--period", "2025-Q2",
        "--out", str(tmp_path / "r.pdf"),
    )  # fmt: skip
    assert code == 2
    assert "bestaat niet" in output
    assert not (tmp_path / "geen.duckdb").exists()
    code, output = _run(
        "--db", str(report_db), "--period", "2025-Q2", "--out", str(tmp_path / "r.html"),
        "--maatregelen", str(tmp_path / "geen.yaml"),
    )  # fmt: skip
    assert code == 2
    assert "maatregelenbestand" in output
