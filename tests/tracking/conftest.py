"""Stores for the tracker tests: a SQLite file per test, and a real PostgreSQL server.

PostgreSQL: `$ASYNCSTATUS_TEST_POSTGRES` (a URL, e.g. CI's `postgres` service) when set; otherwise a
throwaway cluster started from the server programs `pg_config --bindir` names (initdb, pg_ctl), as the
`postgres` user when running as root (the server refuses root), on a free port and a socket in its own
folder, stopped after the session. Without PostgreSQL the tests skip with how to get one, except under
`CI=true`, where that is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from providers import use_generated_clients
from tracking.pg_cluster import HOW_TO, bindir, cluster

use_generated_clients()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL database for the session (`postgres` on a throwaway cluster)."""
    given = os.environ.get("ASYNCSTATUS_TEST_POSTGRES")
    if given:
        yield given
        return
    programs = bindir()
    if programs is None:
        if os.environ.get("CI") == "true":
            pytest.fail(HOW_TO)
        pytest.skip(HOW_TO)
    with cluster(programs) as url:
        yield url


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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a full-size run of a minute or more; RUN_SLOW=1 runs it")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="full-size chaos run (minutes): set RUN_SLOW=1")
    for item in items:
        if "slow" in item.keywords and item.path.is_relative_to(os.path.dirname(__file__)):
            item.add_marker(skip)
