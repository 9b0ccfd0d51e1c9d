# SPDX-License-Identifier: EUPL-1.2
"""CSRF tokens: one random token per session, required on every state-changing request."""

import hmac
import secrets
from collections.abc import MutableMapping
from typing import Any

SESSION_KEY = "csrf"
FORM_FIELD = "csrf_token"
HEADER = "x-csrf-token"


def token(session: MutableMapping[str, Any]) -> str:
    """The session's CSRF token, created on first use."""
    value = session.get(SESSION_KEY)
    if not isinstance(value, str):
        value = secrets.token_urlsafe(32)
        session[SESSION_KEY] = value
    return value


def is_valid(session: MutableMapping[str, Any], supplied: str | None) -> bool:
    """Whether ``supplied`` equals the session's token (constant-time)."""
    expected = session.get(SESSION_KEY)
    if not isinstance(expected, str) or not supplied:
        return False
    return hmac.compare_digest(expected.encode(), supplied.encode())
