# SPDX-License-Identifier: EUPL-1.2
"""Keyed pseudonyms (HMAC-SHA256) for BSNs and household keys.

The key lives outside the warehouse: in ``STUURHUIS_PSEUDONYM_KEY`` or in a key file
created on first use with mode 0600. Without the key a pseudonym cannot be linked back to
a BSN; the municipality's own case system, which holds the key, can.
"""

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from stuurhuis.errors import StuurhuisError
from stuurhuis.settings import Settings

KEY_BYTES = 32
PSEUDONYM_HEX = 24  # 96 bits: no collisions at national scale, short enough to read


class PseudonymKeyError(StuurhuisError):
    """The pseudonym key is missing, unreadable or too short."""


def load_key(settings: Settings) -> bytes:
    """The pseudonym key from the environment, else from the key file (created if absent)."""
    if settings.pseudonym_key:
        return _parse_key(settings.pseudonym_key, "STUURHUIS_PSEUDONYM_KEY")
    path = settings.key_file
    if not path.exists():
        _create_key_file(path)
    return _parse_key(path.read_text(encoding="ascii").strip(), str(path))


def _parse_key(text: str, source: str) -> bytes:
    try:
        key = bytes.fromhex(text)
    except ValueError as exc:
        raise PseudonymKeyError(
            f"pseudoniemsleutel in {source} is geen hexadecimale tekst"
        ) from exc
    if len(key) < KEY_BYTES:
        raise PseudonymKeyError(f"pseudoniemsleutel in {source} is korter dan {KEY_BYTES} bytes")
    return key


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(KEY_BYTES) + "\n")


class Pseudonymiser:
    """Turns identifiers into stable keyed pseudonyms; one instance per key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def pseudonym(self, value: str, *, domain: str = "bsn") -> str:
        """Pseudonym of ``value``; ``domain`` separates BSNs from household keys."""
        message = f"{domain}:{value}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:PSEUDONYM_HEX]
