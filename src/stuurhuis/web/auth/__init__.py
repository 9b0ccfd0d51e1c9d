# SPDX-License-Identifier: EUPL-1.2
"""Users, roles, passwords, login rate limiting and CSRF tokens of the dashboard."""

from stuurhuis.web.auth.passwords import generate_password, hash_password, verify_password
from stuurhuis.web.auth.users import (
    ROLES,
    Rol,
    User,
    UserError,
    add_user,
    authenticate,
    get_user,
    list_users,
    remove_user,
    set_password,
    set_wijken,
)

__all__ = [
    "ROLES",
    "Rol",
    "User",
    "UserError",
    "add_user",
    "authenticate",
    "generate_password",
    "get_user",
    "hash_password",
    "list_users",
    "remove_user",
    "set_password",
    "set_wijken",
    "verify_password",
]
