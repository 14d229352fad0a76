"""`Store.record_pushes` on SQLite and PostgreSQL: one transaction, idempotent, first push wins, nothing for a
finished or untracked process."""

from __future__ import annotations

import threading

from asyncstatus_core.track_store import Finished, open_store

SCOPE = "push-tests"


def pushed_status(url: str, ids: list[str]) -> dict[str, str | None]:
    store = open_store(url)
    try:
        with store.transaction() as cur:
            sql = store._sql("SELECT id, pushed_status FROM asyncstatus_tracked WHERE scope = ?")
            rows = cur.execute(sql, (SCOPE,)).fetchall()
    finally:
        store.close()
    return {r[0]: r[1] for r in rows if r[0] in ids}


def test_pushes_are_recorded_once_and_never_after_the_end(store_url: str) -> None:
    store = open_store(store_url)
    store.add(SCOPE, [("a", {}), ("b", {}), ("c", {})], deadline_at=None)
    assert [r.id for r in store.claim(SCOPE, "w", limit=10, lease=60) if r.id == "c"] == ["c"]
    store.settle(SCOPE, "w", [Finished("c", "succeeded", "SUCCESS", {"status": "SUCCESS"}, 1)], [])
    assert store.record_pushes(SCOPE, [("a", "SUCCESS"), ("b", "FAILURE"), ("c", "FAILURE"), ("zz", "SUCCESS")]) == [
        "a",
        "b",
    ]
    assert store.record_pushes(SCOPE, [("a", "TIMEOUT"), ("b", "FAILURE")]) == []  # duplicates, reordered
    store.close()
    assert pushed_status(store_url, ["a", "b", "c"]) == {"a": "SUCCESS", "b": "FAILURE", "c": None}


def test_concurrent_deliveries_of_one_event_record_it_once(store_url: str) -> None:
    setup = open_store(store_url)
    setup.add(SCOPE, [("x", {})], deadline_at=None)
    setup.close()
    changed: list[list[str]] = []

    def deliver() -> None:
        store = open_store(store_url)
        try:
            changed.append(store.record_pushes(SCOPE, [("x", "SUCCESS")]))
        finally:
            store.close()

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(changed, key=len) == [[]] * 5 + [["x"]]


def test_a_push_is_stamped_with_the_stores_clock(store_url: str) -> None:
    """`pushed_at` comes from `Store.now()` (the database's clock on PostgreSQL), as every other stamp does, not
    from this machine's: a worker whose clock is off stamps the push at the store's time."""
    store = open_store(store_url)
    store._wall = lambda: 1_000_000.0  # this machine's clock, far off (what Store(clock=...) sets)
    try:
        store.add(SCOPE, [("t", {})], deadline_at=None)
        assert store.record_pushes(SCOPE, [("t", "SUCCESS")]) == ["t"]
        with store.transaction() as cur:
            sql = store._sql("SELECT pushed_at FROM asyncstatus_tracked WHERE scope = ? AND id = ?")
            (pushed_at,) = cur.execute(sql, (SCOPE, "t")).fetchone()
        assert float(pushed_at) == store.now()
    finally:
        store.close()
