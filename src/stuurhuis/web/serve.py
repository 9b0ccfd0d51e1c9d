# SPDX-License-Identifier: EUPL-1.2
"""Run the dashboard with uvicorn on one address."""

import ipaddress
import logging
from pathlib import Path

import uvicorn

from stuurhuis.web.app import create_app

log = logging.getLogger("stuurhuis.web")


def serve(
    db: Path, *, host: str = "127.0.0.1", port: int = 8000, secret: str | None = None
) -> None:
    """Serve the dashboard on ``host:port`` until interrupted."""
    app = create_app(db, secret=secret)
    if not _is_loopback(host):
        log.warning(
            "dashboard luistert op %s: zet er een TLS-proxy voor (STUURHUIS_WEB_HTTPS)", host
        )
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
