# SPDX-License-Identifier: EUPL-1.2
"""``stuurhuis synth``: writes the files, refuses bad input with one Dutch line."""

from pathlib import Path

from typer.testing import CliRunner

from stuurhuis.cli import app


def invoke(*args: str) -> tuple[int, str]:
    # With a single registered command Typer runs it without its name.
    prefix = ["synth"] if len(app.registered_commands) > 1 else []
    result = CliRunner().invoke(app, [*prefix, *args])
    return result.exit_code, " ".join(result.output.split())


def test_synth_writes_the_canonical_files(tmp_path: Path) -> None:
    code, output = invoke(
        "--out", str(tmp_path), "--inhabitants", "3000", "--from", "2024", "--to", "2025"
    )
    assert code == 0, output
    assert "3.000 inwoners" in output
    assert (tmp_path / "declaraties.csv").is_file()
    assert (tmp_path / "_verwachting" / "geplant.json").is_file()


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    code, _ = invoke("--out", str(tmp_path), "--format", "parquet")  # xml is a format now (issue 6)
    assert code != 0
    assert not (tmp_path / "declaraties.csv").exists()


def test_years_in_wrong_order_are_refused(tmp_path: Path) -> None:
    code, _ = invoke("--out", str(tmp_path), "--from", "2025", "--to", "2019")
    assert code != 0
