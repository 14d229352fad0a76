"""Stores for the tracker tests: a SQLite file per test, and a real PostgreSQL server.

PostgreSQL: `$ASYNCSTATUS_TEST_POSTGRES` (a URL, e.g. CI's `postgres` service) when set; otherwise a
throwaway cluster started from the server programs `pg_config --bindir` names (initdb, pg_ctl), as the
`postgres` user when running as root (the server refuses root), on a free port and a socket in its own
folder, stopped after the session. Without PostgreSQL the tests skip with how to get one, except under
`CI=true`, where that is a failure.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from providers import use_generated_clients

use_generated_clients()

HOW_TO = (
    "no PostgreSQL server programs found (pg_config --bindir): install PostgreSQL (Debian: apt-get install "
    "postgresql) or set ASYNCSTATUS_TEST_POSTGRES=postgresql://user@host:port/db"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _bindir() -> Path | None:
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        return None
    found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
    folder = Path(found)
    return folder if (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL database for the session (`postgres` on a throwaway cluster)."""
    given = os.environ.get("ASYNCSTATUS_TEST_POSTGRES")
    if given:
        yield given
        return
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail(HOW_TO)
        pytest.skip(HOW_TO)
    folder = Path(tempfile.mkdtemp(prefix="asyncstatus-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        postgres = pwd.getpwnam("postgres")
        os.chown(folder, postgres.pw_uid, postgres.pw_gid)
    port = _free_port()
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    subprocess.run(
        _as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", user]),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log")]
    subprocess.run(_as_postgres([*ctl, "-o", options, "-w", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://{user}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([*ctl, "-m", "immediate", "stop"]), check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh database on the session's server for one test."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    base, _, _ = postgres_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'track.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
