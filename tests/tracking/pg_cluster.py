"""A throwaway PostgreSQL cluster for the tracker's tests and `make bench`: initdb and pg_ctl from
`pg_config --bindir`, as the `postgres` user when running as root (the server refuses root), on a free
port with its socket in its own folder; stopped and removed on the way out."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOW_TO = (
    "no PostgreSQL server programs found (pg_config --bindir): install PostgreSQL (Debian: apt-get install "
    "postgresql) or set ASYNCSTATUS_TEST_POSTGRES=postgresql://user@host:port/db"
)


# pg_ctl for each cluster this process started, by URL: the chaos tests restart and stop the server.
_CONTROL: dict[str, list[str]] = {}


def pg_ctl(url: str, *action: str) -> None:
    """Run `pg_ctl <action>` (`restart -m immediate`, `stop -m fast`, `start`) on the cluster serving `url`
    (a database on it); KeyError when the server was not started here (`$ASYNCSTATUS_TEST_POSTGRES`)."""
    base = url.rsplit("/", 1)[0]
    subprocess.run(_as_postgres([*_CONTROL[base], *action]), check=True, capture_output=True)


def controlled(url: str) -> bool:
    return url.rsplit("/", 1)[0] in _CONTROL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def bindir() -> Path | None:
    """Where initdb and pg_ctl are, or None when PostgreSQL is not installed."""
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        return None
    found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
    folder = Path(found)
    return folder if (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def cluster(programs: Path) -> Iterator[str]:
    """A running server; yields the URL of its `postgres` database."""
    folder = Path(tempfile.mkdtemp(prefix="asyncstatus-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    try:
        subprocess.run(
            _as_postgres([str(programs / "initdb"), "-D", str(data), "-A", "trust", "-U", user]),
            check=True,
            capture_output=True,
        )
        ctl = [str(programs / "pg_ctl"), "-D", str(data), "-l", str(folder / "log")]
        # Several pytest-xdist workers start a cluster each at the same moment: a port found free can be taken
        # by another before the server binds it, so a failed start is tried again on a new port.
        for attempt in range(3):
            # fsync off: a throwaway server; durability across power loss is not what the tests measure.
            options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            started = subprocess.run(_as_postgres([*ctl, "-o", options, "-w", "start"]), capture_output=True)
            if started.returncode == 0:
                break
            if attempt == 2:
                started.check_returncode()
            port = _free_port()
        url = f"postgresql://{user}@127.0.0.1:{port}/postgres"
        _CONTROL[url.rsplit("/", 1)[0]] = [*ctl, "-o", options, "-w"]
        try:
            yield url
        finally:
            _CONTROL.pop(url.rsplit("/", 1)[0], None)
            subprocess.run(_as_postgres([*ctl, "-m", "immediate", "stop"]), check=False, capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
