# SPDX-License-Identifier: EUPL-1.2
"""Typed settings, read from ``STUURHUIS_*`` environment variables; the one registry.

Every field is documented in ``docs/settings.md``; a test fails when one is missing there.
"""

from functools import cache
from pathlib import Path

from pydantic import Field, SecretStr
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
    web_secret: SecretStr | None = Field(
        default=None,
        description="Secret that signs the dashboard's session cookies (at least 32 "
        "characters). Required by `stuurhuis serve`; only `stuurhuis demo` makes a random one.",
    )
    web_https: bool = Field(
        default=False,
        description="Send the session cookie only over HTTPS (set behind a TLS proxy).",
    )
    web_sessie_minuten: int = Field(
        default=480, ge=5, description="A dashboard session ends this many minutes after login."
    )
    login_max_pogingen: int = Field(
        default=5,
        ge=1,
        description="Failed logins per user name or IP address before logins are refused.",
    )
    login_blokkeer_minuten: int = Field(
        default=15, ge=1, description="Window (minutes) over which failed logins are counted."
    )


@cache
def get_settings() -> Settings:
    """The settings of this process (read once)."""
    return Settings()
