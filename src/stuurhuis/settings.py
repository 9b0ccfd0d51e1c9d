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
    web_server_timing: bool = Field(
        default=False,
        description="Send `Server-Timing: app;dur=<ms>` on every response (for load tests; "
        "off by default, as response times can tell an outsider what is cached).",
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

    # Signals (issue 7): thresholds of the case-level signals, see docs/signals.md.
    signaal_stapeling_min_voorzieningen: int = Field(
        default=2, ge=2, description="Signal stapeling: concurrent arrangements per household."
    )
    signaal_stapeling_min_wetten: int = Field(
        default=2, ge=2, le=3, description="Signal stapeling: laws (Wmo/Jeugd/P-wet) at once."
    )
    signaal_wlz_min_maanden: int = Field(
        default=12, ge=1, description="Signal wlz_kandidaat: months of uninterrupted support."
    )
    signaal_wlz_min_uren_per_week: float = Field(
        default=10.0, gt=0, description="Signal wlz_kandidaat: hours of begeleiding per week."
    )
    signaal_wlz_besparing_per_jaar_cent: int = Field(
        default=6_000_000, ge=0, description="Signal wlz_kandidaat: yearly saving per client."
    )
    signaal_wlz_intensieve_producten: list[str] = Field(
        default_factory=list,
        description="Signal wlz_kandidaat: Wmo product codes that are intensive at any volume.",
    )
    signaal_herindicatie_dagen: int = Field(
        default=90, ge=1, description="Signal herindicatie: allocations ending within N days."
    )
    signaal_herindicatie_open_jaren: int = Field(
        default=3, ge=1, description="Signal herindicatie: open-ended, no decision for N years."
    )
    signaal_achttien_maanden: int = Field(
        default=12, ge=1, description="Signal achttien_min: turns 18 within N months."
    )
    signaal_termijn_wmo_dagen: int = Field(
        default=56, ge=1, description="Signal doorlooptijd: Wmo term (6 + 2 weeks)."
    )
    signaal_termijn_jeugd_dagen: int = Field(
        default=56, ge=1, description="Signal doorlooptijd: Jeugdwet term (8 weeks)."
    )
    signaal_terugkijk_dagen: int = Field(
        default=365, ge=1, description="Signals doorlooptijd/rechtmatigheid: look-back window."
    )
    signaal_tarief_marge_cent: int = Field(
        default=1, ge=0, description="Signal rechtmatigheid: tolerated excess over the tariff."
    )
    signaal_uitschieter_z: float = Field(
        default=3.5, gt=0, description="Signal uitschieter: robust z-score threshold."
    )
    signaal_uitschieter_ratio: float = Field(
        default=1.5, gt=1, description="Signal uitschieter: minimum ratio to the peer median."
    )
    signaal_uitschieter_min_clienten: int = Field(
        default=5, ge=1, description="Signal uitschieter: clients a provider needs to count."
    )
    signaal_uitschieter_min_aanbieders: int = Field(
        default=4, ge=3, description="Signal uitschieter: providers a product needs for peers."
    )
    meerjarig_indexatie_pct: float = Field(
        default=3.0, ge=-50, le=100, description="Meerjarenraming: yearly price/wage index (%)."
    )
    meerjarig_indexatie_per_jaar: dict[int, float] = Field(
        default_factory=dict,
        description='Meerjarenraming: index (%) for given years, JSON, e.g. {"2027": 4.1}.',
    )


@cache
def get_settings() -> Settings:
    """The settings of this process (read once)."""
    return Settings()
