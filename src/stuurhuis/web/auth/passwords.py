# SPDX-License-Identifier: EUPL-1.2
"""Argon2id password hashes (argon2-cffi) and random passwords; there is no default one."""

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
_HASHER = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile
# A hash to verify against when the user does not exist, so timing does not reveal names.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    """The argon2id PHC string of ``password``."""
    return str(_HASHER.hash(password))


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; a missing user costs the same time as a wrong password."""
    try:
        return bool(_HASHER.verify(stored_hash or _DUMMY_HASH, password)) and bool(stored_hash)
    except (VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """A random password of 20 URL-safe characters (120 bits)."""
    return secrets.token_urlsafe(15)
