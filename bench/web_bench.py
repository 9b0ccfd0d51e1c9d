# SPDX-License-Identifier: EUPL-1.2
"""Issue 8: dashboard server time per page, 8 concurrent users for 60 s; target p95 <= 150 ms.

The demo municipality (seed 1, 100,000 inhabitants) is generated and ingested once (kept in
``--werkmap``), or ``--db FILE`` is copied. Users of every role are added and the demo
savings programme imported; the dashboard then runs in its own process (uvicorn, one
worker, as ``stuurhuis serve``) and 8 users, two per role, each open the pages their role
may see in random order for ``--seconden`` seconds, in a closed loop without think time.
The users are asyncio tasks in one process (one keep-alive connection each), so the load
generator takes as little of the shared cores as it can.

Printed per page: requests, errors, and p50/p95/p99 of two times: the *server time* the
app reports in its ``Server-Timing`` header (request in → response headers out; pages are
rendered in full by then) and the *round trip* the client sees over loopback (server time
plus waiting for a core, the HTTP layers and the transfer of 50–350 kB). Baselines in the
same run: (1) the *uncached* time of each page, its first request (the page cache keeps
built tables per warehouse state; this is the cost without it); (2) the trivial route
``/account`` in the same mix. Also printed: the CPU seconds of the server and of the load
generator during the run, and the load average. ``signalen`` and ``auditlog`` are never
cached as a whole (every view is audit-logged): Signalen keeps its computed signals per
warehouse state and checks and logs each view.

    uv run python bench/web_bench.py [--seconden 60] [--gebruikers 8] [--werkmap DIR] [--db FILE]
"""

import argparse
import asyncio
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np
import psutil  # type: ignore[import-untyped]

from stuurhuis.ingest import ingest_paths
from stuurhuis.privacy import Pseudonymiser
from stuurhuis.synth import SynthConfig, generate
from stuurhuis.warehouse import connect
from stuurhuis.web.auth import ROLES, add_user
from stuurhuis.web.demo import demo_maatregelen
from stuurhuis.web.pages import PAGINAS

DOEL_P95_MS = 150.0
BENCH_KEY = bytes(range(32))
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SERVER_TIMING = re.compile(r"\bapp;dur=([0-9.]+)")
BASELINE = "/account"
SERVER = """
import sys, uvicorn
from stuurhuis.web.app import create_app
uvicorn.run(create_app(sys.argv[1], secret=sys.argv[2]), host="127.0.0.1",
            port=int(sys.argv[3]), log_level="warning", access_log=False)
"""


def demo_warehouse(werkmap: Path) -> Path:
    """The default demo municipality ingested (built once per work folder)."""
    db = werkmap / "demo.duckdb"
    if db.exists():
        return db
    bron = werkmap / "bron"
    print("demogemeente genereren en inlezen ...", flush=True)
    generate(SynthConfig(), bron)
    con = connect(db)
    try:
        ingest_paths(con, [bron], Pseudonymiser(BENCH_KEY))
    finally:
        con.close()
    return db


def prepare(source: Path, target: Path) -> dict[str, str]:
    """Copy the warehouse, add one user per role, import the demo programme."""
    shutil.copyfile(source, target)
    con = connect(target)
    try:
        wijken = [
            str(r[0])
            for r in con.execute(
                "SELECT gebied_code FROM gebied WHERE soort = 'wijk' ORDER BY 1 LIMIT 2"
            ).fetchall()
        ]
        passwords: dict[str, str] = {
            rol: add_user(con, f"bench_{rol}", rol, wijken=wijken if rol == "regisseur" else [])
            for rol in ROLES
        }
        demo_maatregelen(con)
        aanbieder = con.execute("SELECT min(agb_code) FROM aanbieder").fetchone()
        passwords["_wijk"] = wijken[0]
        passwords["_aanbieder"] = str(aanbieder[0]) if aanbieder else "00000000"
    finally:
        con.close()
    return passwords


def paths_for(rol: str, wijk: str, aanbieder: str) -> list[str]:
    keys = {"wijk": wijk, "aanbieder": aanbieder}
    found = [
        f"/{p.slug}/{keys[p.slug]}" if p.detail else f"/{p.slug}"
        for p in PAGINAS
        if rol in p.rollen
    ]
    return [*found, BASELINE]


async def log_in(base: str, rol: str, password: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=300)
    token = CSRF.search((await client.get("/login")).text)
    if token is None:
        raise RuntimeError("no CSRF token on /login")
    response = await client.post(
        "/login",
        data={"gebruikersnaam": f"bench_{rol}", "wachtwoord": password, "csrf_token": token[1]},
    )
    if response.status_code != 303:
        raise RuntimeError(f"login {rol} failed: {response.status_code}")
    return client


def start_server(db: Path, code: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = dict(os.environ, STUURHUIS_WEB_SERVER_TIMING="1")
    if code is not None:  # serve the stuurhuis package of another checkout
        env["PYTHONPATH"] = os.pathsep.join([str(code / "src"), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(db), secrets.token_urlsafe(48), str(port)], env=env
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/login", timeout=2)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("dashboard did not start")


def page_name(path: str) -> str:
    slug = path.strip("/").split("/")[0]
    return f"{slug} (detail)" if path.count("/") > 1 else slug


def server_ms(response: httpx.Response) -> float | None:
    """The app's own time for this response, from its ``Server-Timing: app;dur=…``
    (None from a version of the dashboard that does not send it, see ``--code``)."""
    found = SERVER_TIMING.search(response.headers.get("server-timing", ""))
    return float(found[1]) if found else None


@dataclass
class Metingen:
    """Round-trip and server times (ms) and errors per page."""

    rondreis: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    server: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    fouten: dict[str, int] = field(default_factory=lambda: defaultdict(int))


async def warm_up(
    clients: dict[str, httpx.AsyncClient], paths: dict[str, list[str]]
) -> dict[str, float]:
    """First request of every page (per disclosure variant): the uncached build time."""
    cold: dict[str, float] = {}
    for rol in ("analist", "bestuur", "regisseur", "beheerder"):
        for path in paths[rol]:
            start = time.perf_counter()
            response = await clients[rol].get(path)
            response.raise_for_status()
            name = page_name(path)
            ms = server_ms(response)
            if ms is None:
                ms = (time.perf_counter() - start) * 1000
            cold[name] = max(cold.get(name, 0.0), ms)
    return cold


async def user_loop(
    client: httpx.AsyncClient, paths: list[str], until: float, seed: int, out: Metingen
) -> None:
    rng = random.Random(seed)
    while time.monotonic() < until:
        path = rng.choice(paths)
        name = page_name(path)
        start = time.perf_counter()
        try:
            response = await client.get(path)
            ok = response.status_code == 200
        except httpx.HTTPError:
            response, ok = None, False
        out.rondreis[name].append((time.perf_counter() - start) * 1000)
        if response is not None and ok:
            ms = server_ms(response)
            if ms is not None:
                out.server[name].append(ms)
        else:
            out.fouten[name] += 1


def nl(value: float, decimals: int = 1) -> str:
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconden", type=float, default=60.0)
    parser.add_argument("--gebruikers", type=int, default=8)
    parser.add_argument("--werkmap", type=Path, default=None)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument(
        "--code",
        type=Path,
        default=None,
        help="serve the dashboard from DIR/src (an earlier checkout, e.g. `git archive REV src"
        " | tar -x -C DIR`) to compare versions on the same machine and load; a version "
        "without Server-Timing is judged on the round trip",
    )
    args, _ = parser.parse_known_args()
    with tempfile.TemporaryDirectory() as tmp:
        werkmap = args.werkmap or Path(tmp)
        werkmap.mkdir(parents=True, exist_ok=True)
        source = args.db or demo_warehouse(werkmap)
        db = Path(tmp) / "web_bench.duckdb"
        info = prepare(source, db)
        proc, base = start_server(db, args.code)
        try:
            return asyncio.run(run(args, base, info, psutil.Process(proc.pid)))
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def cpu_s(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


async def run(
    args: argparse.Namespace, base: str, info: dict[str, str], server: psutil.Process
) -> int:
    paths: dict[str, list[str]] = {
        rol: paths_for(rol, info["_wijk"], info["_aanbieder"]) for rol in ROLES
    }
    clients: dict[str, httpx.AsyncClient] = {
        rol: await log_in(base, rol, info[rol]) for rol in ROLES
    }
    print("opwarmen (eerste, ongecachete aanvraag per pagina) ...", flush=True)
    cold = await warm_up(clients, paths)
    users = [ROLES[i % len(ROLES)] for i in range(args.gebruikers)]
    sessions = [await log_in(base, rol, info[rol]) for rol in users]
    out = Metingen()
    load_before = os.getloadavg()
    cpu_server, cpu_client = cpu_s(server), time.process_time()
    wall = time.perf_counter()
    until = time.monotonic() + args.seconden
    await asyncio.gather(
        *(
            user_loop(s, paths[rol], until, i, out)
            for i, (s, rol) in enumerate(zip(sessions, users, strict=True))
        )
    )
    wall = time.perf_counter() - wall
    cpu_server, cpu_client = cpu_s(server) - cpu_server, time.process_time() - cpu_client
    load_after = os.getloadavg()
    for client in [*clients.values(), *sessions]:
        await client.aclose()
    return report(
        args,
        out,
        cold,
        wall=wall,
        cpu=(cpu_server, cpu_client),
        load=(load_before[0], load_after[0]),
    )


def pct(values: list[float]) -> tuple[float, float, float]:
    if not values:
        return (float("nan"),) * 3
    p50, p95, p99 = np.percentile(np.array(values), [50, 95, 99])
    return float(p50), float(p95), float(p99)


def report(
    args: argparse.Namespace,
    out: Metingen,
    cold: dict[str, float],
    *,
    wall: float,
    cpu: tuple[float, float],
    load: tuple[float, float],
) -> int:
    total = sum(len(v) for v in out.rondreis.values())
    print(
        f"\n{args.gebruikers} gebruikers, {nl(wall, 0)} s, doel: servertijd p95 <= "
        f"{nl(DOEL_P95_MS, 0)} ms per pagina, geen fouten\n"
        f"load (1 min) {nl(load[0], 2)} -> {nl(load[1], 2)}; CPU-seconden server "
        f"{nl(cpu[0])} ({nl(cpu[0] / wall * 100, 0)}% van een core), load generator "
        f"{nl(cpu[1])} ({nl(cpu[1] / wall * 100, 0)}%); {nl(total / wall)} aanvragen/s, "
        f"server-CPU {nl(cpu[0] / max(total, 1) * 1000, 2)} ms per aanvraag"
    )
    print(
        f"{'':<20} {'':>6} {'':>5} {'servertijd ms':^26} {'rondreis ms':^26}\n"
        f"{'pagina':<20} {'n':>6} {'fout':>5} {'p50':>8} {'p95':>8} {'p99':>8} "
        f"{'p50':>8} {'p95':>8} {'p99':>8} {'ongecachet':>11}"
    )
    failing = []
    for name in sorted(out.rondreis, key=lambda n: (n == page_name(BASELINE), n)):
        s50, s95, s99 = pct(out.server[name])
        r50, r95, r99 = pct(out.rondreis[name])
        label = f"{name} (basis)" if name == page_name(BASELINE) else name
        baseline = nl(cold[name], 0) if name in cold else "-"
        print(
            f"{label:<20} {len(out.rondreis[name]):>6} {out.fouten[name]:>5} {nl(s50):>8} "
            f"{nl(s95):>8} {nl(s99):>8} {nl(r50):>8} {nl(r95):>8} {nl(r99):>8} {baseline:>11}"
        )
        geoordeeld = s95 if out.server[name] else r95  # no Server-Timing: the round trip
        if name != page_name(BASELINE) and (geoordeeld > DOEL_P95_MS or out.fouten[name]):
            failing.append(name)
    alle_s = [v for k, vs in out.server.items() if k != page_name(BASELINE) for v in vs]
    alle_r = [v for k, vs in out.rondreis.items() if k != page_name(BASELINE) for v in vs]
    s50, s95, s99 = pct(alle_s)
    r50, r95, r99 = pct(alle_r)
    fouten = sum(out.fouten.values())
    print(
        f"{'alle pagina s':<20} {len(alle_r):>6} {fouten:>5} {nl(s50):>8} {nl(s95):>8} "
        f"{nl(s99):>8} {nl(r50):>8} {nl(r95):>8} {nl(r99):>8}"
    )
    rondreis_boven = [
        n
        for n in out.rondreis
        if n != page_name(BASELINE) and pct(out.rondreis[n])[1] > DOEL_P95_MS
    ]
    if not any(out.server.values()):
        print("(deze versie stuurt geen Server-Timing: oordeel op de rondreis)")
    print(
        "oordeel servertijd: "
        + (
            "DOEL GEHAALD op elke pagina"
            if not failing
            else "boven het doel: " + ", ".join(failing)
        )
    )
    print(
        "rondreis (incl. wachten op een core en de load generator): p95 boven "
        f"{nl(DOEL_P95_MS, 0)} ms: " + (", ".join(sorted(rondreis_boven)) or "geen")
    )
    return 1 if fouten else 0


if __name__ == "__main__":
    raise SystemExit(main())
