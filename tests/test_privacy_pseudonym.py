# SPDX-License-Identifier: EUPL-1.2
import stat
from pathlib import Path

import pytest

from stuurhuis.privacy import Pseudonymiser, is_valid_bsn, load_key, mask_bsn
from stuurhuis.privacy.pseudonym import PseudonymKeyError
from stuurhuis.settings import Settings


@pytest.mark.parametrize(
    ("bsn", "valid"),
    [
        ("111222333", True),  # 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66 = 11*6
        ("123456782", True),  # 9+16+21+24+25+24+21+16-2 = 154 = 11*14
        ("123456789", False),
        ("11122233", False),  # eight digits: not padded
        ("", False),
        ("abcdefghi", False),
    ],
)
def test_elfproef(bsn: str, valid: bool) -> None:
    assert is_valid_bsn(bsn) is valid


def test_mask_keeps_nothing() -> None:
    assert "3" not in mask_bsn("111222333")


def test_pseudonym_is_keyed_and_stable() -> None:
    a, b = Pseudonymiser(b"a" * 32), Pseudonymiser(b"b" * 32)
    assert a.pseudonym("111222333") == a.pseudonym("111222333")
    assert a.pseudonym("111222333") != b.pseudonym("111222333")
    assert a.pseudonym("x", domain="huishouden") != a.pseudonym("x", domain="bsn")
    assert "111222333" not in a.pseudonym("111222333")


def test_key_file_created_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "key"
    key = load_key(Settings(key_file=path))
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key(Settings(key_file=path)) == key


def test_key_from_environment_wins(tmp_path: Path) -> None:
    settings = Settings(pseudonym_key="ab" * 32, key_file=tmp_path / "unused")
    assert load_key(settings) == bytes.fromhex("ab" * 32)
    assert not (tmp_path / "unused").exists()


def test_short_key_refused() -> None:
    with pytest.raises(PseudonymKeyError):
        load_key(Settings(pseudonym_key="abcd"))
