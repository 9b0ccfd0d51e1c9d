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


HMAC_BLOCK = 64  # SHA-256 block size (RFC 2104)
SQL_INNER_PAD = "sh_hmac_ipad"
SQL_OUTER_PAD = "sh_hmac_opad"


def pseudonym_sql(value_sql: str, *, domain: str) -> str:
    """SQL expression: the pseudonym of the text ``value_sql``, same as :meth:`pseudonym`.

    HMAC-SHA256 spelled out with DuckDB's ``sha256`` (RFC 2104: H(K^opad || H(K^ipad || m)))
    so the ingest computes pseudonyms row by row inside DuckDB: no raw BSN goes into a
    join or aggregate (whose memory DuckDB may reuse for blocks of the warehouse file). The
    padded keys come as the query parameters of :meth:`Pseudonymiser.sql_parameters`;
    ``domain`` is a constant of the code, never input.
    """
    if not domain.isidentifier():
        raise ValueError(f"domain must be a name, got {domain!r}")
    inner = f"sha256(${SQL_INNER_PAD} || encode('{domain}:' || ({value_sql})))"
    return f"left(sha256(${SQL_OUTER_PAD} || unhex({inner})), {PSEUDONYM_HEX})"


class Pseudonymiser:
    """Turns identifiers into stable keyed pseudonyms; one instance per key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def sql_parameters(self) -> dict[str, bytes]:
        """The query parameters :func:`pseudonym_sql` needs: the key's inner and outer pads.

        Passed with the one statement that uses them; DuckDB does not store parameters.
        """
        block = hashlib.sha256(self._key).digest() if len(self._key) > HMAC_BLOCK else self._key
        block = block.ljust(HMAC_BLOCK, b"\0")
        return {
            SQL_INNER_PAD: bytes(byte ^ 0x36 for byte in block),
            SQL_OUTER_PAD: bytes(byte ^ 0x5C for byte in block),
        }

    def pseudonym(self, value: str, *, domain: str = "bsn") -> str:
        """Pseudonym of ``value``; ``domain`` separates BSNs from household keys."""
        message = f"{domain}:{value}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:PSEUDONYM_HEX]
