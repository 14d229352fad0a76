"""The tracker's store on SQLite and on a real PostgreSQL: URLs and their errors, the schema's versions,
idempotent adds, leases that lapse and are taken over, one outcome per process, acknowledgement and
retention. The store module is the one copied into every package (bol's is used here)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from asyncstatus_core.track_store import (
    SCHEMA_VERSION,
    Finished,
    Rescheduled,
    StoreError,
    open_store,
    shown_url,
)

SCOPE = "tests"


def test_an_unknown_scheme_says_which_schemes_work() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("mysql://root:hunter2@db/track")
    message = str(caught.value)
    assert "unknown scheme 'mysql'" in message
    assert "sqlite:///" in message and "postgresql://" in message
    assert "hunter2" not in message and "root:***@db" in message


def test_sqlite_url_forms(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="three slashes"):
        open_store("sqlite://track.db")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path}/no/such/folder/track.db")
    store = open_store(f"sqlite:///{tmp_path / 'track.db'}")
    assert store.schema_version() == SCHEMA_VERSION
    store.close()
    assert (tmp_path / "track.db").exists()


def test_an_unreachable_database_is_named_without_its_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://tracker:s3cret-pw@127.0.0.1:1/track")
    message = str(caught.value)
    assert "cannot connect" in message and "postgresql://tracker:***@127.0.0.1:1/track" in message
    assert "s3cret-pw" not in message


def test_shown_url_hides_only_the_password() -> None:
    assert shown_url("postgresql://u:p@h:5432/d") == "postgresql://u:***@h:5432/d"
    assert shown_url("postgresql://u@h/d") == "postgresql://u@h/d"
    assert shown_url("sqlite:///x.db") == "sqlite:///x.db"


def test_a_store_written_by_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'track.db'}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "track.db") as db:
        db.execute("UPDATE asyncstatus_meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert f"schema {SCHEMA_VERSION + 1}" in str(caught.value) and "upgrade the package" in str(caught.value)


def test_reopening_keeps_what_was_added(store_url: str) -> None:
    store = open_store(store_url)
    assert store.add(SCOPE, [("a", {}), ("b", {"x": "1"})], deadline_at=None) == 2
    store.close()
    again = open_store(store_url)  # migrate() again: nothing to do, nothing lost
    assert again.schema_version() == SCHEMA_VERSION
    assert again.counts(SCOPE)["pending"] == 2
    assert [r.params for r in again.get(SCOPE, ["b"])] == [{"x": "1"}]
    again.close()


def test_adding_an_id_twice_tracks_it_once(store_url: str) -> None:
    store = open_store(store_url)
    assert store.add(SCOPE, [("1", {}), ("2", {})], deadline_at=None) == 2
    assert store.add(SCOPE, [("2", {}), ("3", {})], deadline_at=None) == 1
    assert store.add("other-package", [("1", {})], deadline_at=None) == 1  # scopes are apart
    assert store.counts(SCOPE)["pending"] == 3
    store.close()


def test_a_lease_keeps_others_off_until_it_lapses(store_url: str) -> None:
    store = open_store(store_url)
    store.add(SCOPE, [(str(i), {}) for i in range(10)], deadline_at=None)
    first = store.claim(SCOPE, "worker-a", limit=6, lease=0.5)
    second = store.claim(SCOPE, "worker-b", limit=10, lease=0.5)
    assert len(first) == 6 and len(second) == 4
    assert not {r.id for r in first} & {r.id for r in second}
    assert store.claim(SCOPE, "worker-c", limit=10, lease=0.5) == []
    assert store.counts(SCOPE)["leased"] == 10
    time.sleep(0.6)  # both workers "died": their leases lapse
    taken = store.claim(SCOPE, "worker-c", limit=100, lease=30)
    assert sorted(r.id for r in taken) == sorted(str(i) for i in range(10))
    store.close()


def test_only_the_lease_holder_writes_the_outcome(store_url: str) -> None:
    store = open_store(store_url)
    store.add(SCOPE, [("p", {})], deadline_at=None)
    (row,) = store.claim(SCOPE, "slow", limit=1, lease=0.2)
    time.sleep(0.3)
    (again,) = store.claim(SCOPE, "fast", limit=1, lease=30)
    assert again.id == row.id
    done = Finished("p", "succeeded", "SUCCESS", {"status": "SUCCESS"}, 1)
    assert store.settle(SCOPE, "fast", [done], []) == ["p"]
    # The worker whose lease lapsed comes back with its answer: nothing is written twice.
    assert store.settle(SCOPE, "slow", [Finished("p", "failed", "FAILURE", None, 1)], []) == []
    assert store.settle(SCOPE, "fast", [done], []) == []
    (outcome,) = store.outcomes(SCOPE)
    assert (outcome.lifecycle, outcome.status, outcome.final) == ("succeeded", "SUCCESS", {"status": "SUCCESS"})
    store.close()


def test_rescheduled_processes_come_due_again(store_url: str) -> None:
    store = open_store(store_url)
    store.add(SCOPE, [("p", {})], deadline_at=None)
    assert len(store.claim(SCOPE, "w", limit=1, lease=30)) == 1
    store.settle(SCOPE, "w", [], [Rescheduled("p", time.time() + 0.3, 1, 1, "PENDING")])
    assert store.claim(SCOPE, "w", limit=1, lease=30) == []
    due = store.next_due(SCOPE)
    assert due is not None and due > time.time()
    time.sleep(0.35)
    (again,) = store.claim(SCOPE, "w", limit=1, lease=30)
    assert (again.attempt, again.polls, again.last_status) == (1, 1, "PENDING")
    store.close()


def test_outcomes_until_acknowledged_then_retention(store_url: str) -> None:
    store = open_store(store_url)
    store.add(SCOPE, [("a", {}), ("b", {})], deadline_at=None)
    store.claim(SCOPE, "w", limit=2, lease=30)
    store.settle(SCOPE, "w", [Finished("a", "succeeded", "S", None, 2), Finished("b", "failed", "F", None, 3)], [])
    assert [r.id for r in store.outcomes(SCOPE)] == ["a", "b"]
    assert [r.id for r in store.outcomes(SCOPE)] == ["a", "b"]  # again: at least once until acknowledged
    assert store.ack(SCOPE, ["a"], retention=3600) == 1
    assert [r.id for r in store.outcomes(SCOPE)] == ["b"]
    counts = store.counts(SCOPE)
    assert (counts["finished"], counts["acknowledged"], counts["lifecycles"]) == (1, 1, {"failed": 1, "succeeded": 1})
    store.ack(SCOPE, ["b"], retention=0)  # no retention: both are removed
    time.sleep(0.01)
    store.purge(SCOPE, before=time.time())
    assert store.get(SCOPE, ["a", "b"]) == []
    store.close()


def test_concurrent_claims_never_lease_a_row_twice(store_url: str) -> None:
    setup = open_store(store_url)
    setup.add(SCOPE, [(str(i), {}) for i in range(2000)], deadline_at=None)
    setup.close()
    claimed: dict[str, list[str]] = {}

    def worker(name: str) -> None:
        store = open_store(store_url)
        mine: list[str] = []
        while rows := store.claim(SCOPE, name, limit=50, lease=60):
            mine.extend(r.id for r in rows)
        claimed[name] = mine
        store.close()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [i for ids in claimed.values() for i in ids]
    assert len(every) == 2000 and len(set(every)) == 2000
