# SPDX-License-Identifier: EUPL-1.2
"""Typed settings, read from ``STUURHUIS_*`` environment variables; the one registry.

Every field is documented in ``docs/settings.md``; a test fails when one is missing there.
"""

from functools import cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_key_file() -> Path:
    return Path.home() / ".config" / "stuurhuis" / "pseudoniem.key"


class Settings(BaseSettings):
    """Settings of one Stuurhuis installation."""

    model_config = SettingsConfigDict(env_prefix="STUURHUIS_", extra="forbid")

    db: Path = Field(default=Path("stuurhuis.duckdb"), description="Warehouse file.")
    pseudonym_key: str | None = Field(
        default=None,
        description="Key for the BSN pseudonym (hex, at least 32 bytes). Takes precedence "
        "over the key file. Never stored in the warehouse.",
    )
    key_file: Path = Field(
        default_factory=_default_key_file,
        description="File holding the pseudonym key; created on first use with mode 0600.",
    )
    drempel: int = Field(
        default=10, ge=1, description="Disclosure control: smallest count shown to bestuur."
    )
    afronden: bool = Field(
        default=False, description="Disclosure control: round published counts to multiples of 5."
    )
    xsd_dir: Path | None = Field(
        default=None,
        description="Folder with the official iWmo/iJw XSDs; when set, messages are validated.",
    )


@cache
def get_settings() -> Settings:
    """The settings of this process (read once)."""
    return Settings()
