"""Where a tracker keeps its processes: SQLite (the embedded default) or PostgreSQL, named by URL.

Part of asyncstatus-core, the runtime every generated package depends on (its SQL migrations beside it in `track_sql/`).
`open_store("sqlite:///path/to/track.db")` or `open_store("postgresql://user@host:5432/db")`; the schema is
created on first use, versioned in `asyncstatus_meta` and migrated forward one numbered `.sql` file at a time;
a store written by a newer schema than this package knows is refused (StoreError), never downgraded.

Claiming is the PostgreSQL queue pattern of procrastinate (`procrastinate/sql/migrations/
02.15.00_01_new_fetch_job_function.sql`: a candidate CTE `... FOR UPDATE SKIP LOCKED`, then one UPDATE)
and pgqueuer (a `picked` row with a heartbeat; a stalled one is taken again): due rows are leased in one
statement, the lease is a time in `ready_at`, and a worker that dies simply stops renewing it, so the row
becomes due again when the lease lapses. On SQLite the same UPDATE runs in a `BEGIN IMMEDIATE` transaction
(SQLite has one writer at a time, so no two workers can lease a row twice; WAL lets readers go on).
Neither library is used: both are job queues that run task functions from their own PostgreSQL-only
schema, while a tracker needs rows with their own due times, an outcome per row and a shared rate budget,
on SQLite first; the few statements they would save are below.

Outcomes are written with a guard (`lease_owner` is still this worker, `finished_at IS NULL`) in one
transaction per answer, so a process gets exactly one outcome even when a lease lapsed mid-request and
another worker took it over.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

from .errors import StoreError

__all__ = [
    "HISTORY",
    "PUSH_GATHER",
    "SCHEMA_VERSION",
    "Duration",
    "Finished",
    "PushState",
    "Rescheduled",
    "Row",
    "Store",
    "StoreError",
    "open_store",
    "shown_url",
]

T = TypeVar("T")
# The tracker's logger (the engine, its store, push): under the core's, silent until the program sets up logging.
TRACKER_LOGGER = "asyncstatus_core.tracker"
log = logging.getLogger(TRACKER_LOGGER)
ADD_BATCH = 1000  # ids per add transaction: short lock holds, and a failure loses at most one batch's work
CLOCK_RESYNC = 60.0  # seconds between readings of the database's clock (PostgreSQL)
SCHEMAS = ("sqlite", "postgresql", "postgres")
_MIGRATION = re.compile(r"^(\d{4})_[a-z0-9_]+\.(sqlite|postgres)\.sql$")
COLUMNS = (
    "id, params, added_at, deadline_at, ready_at, lease_owner, attempt, polls, last_status, last_error, "
    "finished_at, lifecycle, status, final, source, acked_at, kind, running_at, started_at, pushed_status, pushed_at"
)
# Seconds at most a pushed process waits for its confirming read: the pushes that arrive in that window are read
# together (one bulk request for up to 1000 of bol's), for a lag of about half of it.
PUSH_GATHER = 2.0
HISTORY = 500  # finished durations kept per provider and process type (the newest; a fit needs 20-200)


def shown_url(url: str) -> str:
    """`url` with any password replaced by `***` (for messages and logs)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable store URL>"
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _migrations(dialect: str) -> list[tuple[int, str]]:
    """The numbered migrations of a dialect, in order: (version, SQL)."""
    found: list[tuple[int, str]] = []
    for entry in resources.files(__package__ or "").joinpath("track_sql").iterdir():
        match = _MIGRATION.match(entry.name)
        if match and match.group(2) == dialect:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _statements(sql: str) -> list[str]:
    """A migration's statements: comments dropped, split on `;` (the migrations have no `;` in literals)."""
    text = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    return [s.strip() for s in text.split(";") if s.strip()]


SCHEMA_VERSION = max((v for v, _ in _migrations("sqlite")), default=0)


@dataclass(frozen=True)
class Row:
    """One tracked process as the store holds it."""

    id: str
    params: dict[str, Any]
    added_at: float
    deadline_at: float | None
    ready_at: float
    lease_owner: str | None
    attempt: int
    polls: int
    last_status: str | None
    last_error: str | None
    finished_at: float | None
    lifecycle: str | None
    status: str | None
    final: Any
    source: str | None
    acked_at: float | None
    kind: str | None = None  # the process's type, from its answers (None: not read yet, or no types)
    running_at: float | None = None  # when a read last found it unfinished (a poll bracket's low end)
    started_at: float | None = None  # when it started, by the provider's timestamp (None: `added_at` stands in)
    pushed_status: str | None = None  # a final status the provider pushed (the receiver), awaiting its confirming read
    pushed_at: float | None = None

    @classmethod
    def of(cls, values: Sequence[Any]) -> Row:
        v = list(values)
        v[1] = json.loads(v[1] or "{}")
        v[13] = json.loads(v[13]) if v[13] is not None else None
        return cls(*v)


def _in_outcome_order(found: Iterable[Sequence[Any]]) -> list[Row]:
    return sorted((Row.of(r) for r in found), key=lambda r: (r.finished_at or 0.0, r.id))


@dataclass(frozen=True)
class Finished:
    """The one outcome of a process, written only while `owner` still holds its lease."""

    id: str
    lifecycle: str
    status: str | None
    final: Any
    polls: int
    error: str | None = None
    source: str = "poll"
    kind: str | None = None
    started_at: float | None = None


@dataclass(frozen=True)
class Rescheduled:
    """A process that is not finished: due again at `ready_at`, its lease given up."""

    id: str
    ready_at: float
    attempt: int
    polls: int
    last_status: str | None
    last_error: str | None = None
    # A read that found it unfinished sets these (a failed read leaves them as they were): the bracket's low end,
    # and the type and start the answer gave.
    running_at: float | None = None
    kind: str | None = None
    started_at: float | None = None


@dataclass(frozen=True)
class Duration:
    """One finished process's duration for the history: `low`..`high` seconds (equal: the provider's timestamps)."""

    kind: str
    low: float
    high: float


class _Connection(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...


class Store(ABC):
    """The operations a tracker needs, on one connection (thread-safe by a lock; one per worker process)."""

    dialect: str
    url: str  # as shown: without the password

    def __init__(self, url: str, *, clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self._lock = threading.RLock()
        self._wall = clock  # this machine's clock (a test gives a skewed one)
        self._offset = 0.0  # the database's clock minus this machine's (PostgreSQL; SQLite is local: 0)

    def now(self) -> float:
        """The store's time in Unix seconds: leases, due times, budget grants and outcomes are stamped with
        it, so that workers on machines whose clocks differ agree (PostgreSQL: the database's clock)."""
        return self._wall() + self._offset

    # --- dialect hooks (SqliteStore, PostgresStore) --------------------------------------------------------
    @abstractmethod
    def transaction(self) -> AbstractContextManager[_Connection]: ...

    def _sql(self, sql: str) -> str:
        return sql

    @abstractmethod
    def _executemany(self, cur: Any, sql: str, rows: Sequence[Sequence[Any]]) -> int: ...

    @abstractmethod
    def _claim_sql(self) -> str: ...

    def _lock_budget_sql(self) -> str:
        return "SELECT state FROM asyncstatus_budget WHERE name = ?"

    @abstractmethod
    def close(self) -> None: ...

    # --- schema -------------------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Create or upgrade the schema; StoreError for a store a newer package wrote."""
        migrations = _migrations(self.dialect)
        known = max((v for v, _ in migrations), default=0)
        with self.transaction() as cur:
            # The lock first: two first uses of a new database at once raced in CREATE TABLE IF NOT EXISTS
            # (PostgreSQL: a duplicate key in pg_type) and one of them failed.
            self._lock_schema(cur)
            cur.execute("CREATE TABLE IF NOT EXISTS asyncstatus_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            found = cur.execute(self._sql("SELECT value FROM asyncstatus_meta WHERE key = ?"), ("schema",)).fetchone()
            current = int(found[0]) if found else 0
            if current > known:
                raise StoreError(
                    f"store {self.url} was written by tracker schema {current}; this package knows up to {known}: "
                    "upgrade the package (stores are migrated forward only)"
                )
            for version, sql in migrations:
                if version > current:
                    for statement in _statements(sql):
                        cur.execute(statement)
            if known > current:
                cur.execute(self._sql("DELETE FROM asyncstatus_meta WHERE key = ?"), ("schema",))
                cur.execute(
                    self._sql("INSERT INTO asyncstatus_meta (key, value) VALUES (?, ?)"), ("schema", str(known))
                )

    def _lock_schema(self, cur: _Connection) -> None:  # noqa: B027 - a hook only PostgreSQL needs
        """Serialise migrations between processes (SQLite: BEGIN IMMEDIATE already does)."""

    def schema_version(self) -> int:
        with self.transaction() as cur:
            found = cur.execute(self._sql("SELECT value FROM asyncstatus_meta WHERE key = ?"), ("schema",)).fetchone()
        return int(found[0]) if found else 0

    # --- tracking -----------------------------------------------------------------------------------------
    def add(self, scope: str, items: Iterable[tuple[str, dict[str, Any]]], *, deadline_at: float | None) -> int:
        """Track these ids (once each: an id already tracked is left as it is); how many were new. Ids are
        inserted sorted, `ADD_BATCH` a transaction: two adds of overlapping ids lock their rows in the same
        order, so they cannot deadlock (PostgreSQL detected one and failed an add when the orders differed)."""
        now = self.now()
        rows = sorted(
            ((scope, i, json.dumps(p, sort_keys=True), now, deadline_at, scope, now, now) for i, p in items),
            key=lambda r: r[1],
        )
        # A bulk provider's new ids are first read on its pending tick (the next round), not each on its own.
        sql = (
            "INSERT INTO asyncstatus_tracked (scope, id, params, added_at, deadline_at, ready_at) "
            "VALUES (?, ?, ?, ?, ?, "
            "COALESCE((SELECT tick_at FROM asyncstatus_ticks WHERE scope = ? AND tick_at > ?), ?)) "
            "ON CONFLICT (scope, id) DO NOTHING"
        )
        added = 0
        for start in range(0, len(rows), ADD_BATCH):
            batch = rows[start : start + ADD_BATCH]

            def insert(cur: _Connection, batch: list[tuple[Any, ...]] = batch) -> int:
                return self._executemany(cur, sql, batch)

            try:
                added += self.retrying(insert)
            except StoreError as error:
                done = f"; {start} of {len(rows)} ids were added before it (adding again is safe)" if start else ""
                raise StoreError(f"{error}{done}", transient=error.transient) from None
        return added

    def retrying(self, work: Callable[[_Connection], T], *, tries: int = 5) -> T:
        """`work` in a transaction, again after a short backoff when the store fails transiently (a lock
        timeout, a lost connection): for the short commands (`add`), which have no loop of their own."""
        for attempt in range(tries):
            try:
                with self.transaction() as cur:
                    return work(cur)
            except StoreError as error:
                if not error.transient or attempt == tries - 1:
                    raise
                log.warning("%s; trying again", error)
                time.sleep(min(0.2 * 2**attempt, 5.0))
        raise AssertionError("unreachable")  # pragma: no cover

    def claim(self, scope: str, owner: str, *, limit: int, lease: float) -> list[Row]:
        """Lease up to `limit` due processes (oldest due first) for `lease` seconds."""
        now = self.now()
        with self.transaction() as cur:
            found = cur.execute(self._sql(self._claim_sql()), (owner, now + lease, scope, now, limit)).fetchall()
        return sorted((Row.of(r) for r in found), key=lambda r: r.ready_at)

    def extend(self, scope: str, owner: str, ids: Sequence[str], *, lease: float) -> None:
        """Renew the leases this worker still holds (a long rate-limited batch)."""
        until = self.now() + lease
        sql = (
            "UPDATE asyncstatus_tracked SET ready_at = ?"
            " WHERE scope = ? AND id = ? AND lease_owner = ? AND finished_at IS NULL"
        )
        with self.transaction() as cur:
            self._executemany(cur, sql, [(until, scope, i, owner) for i in ids])

    def settle(
        self, scope: str, owner: str, finished: Sequence[Finished], rescheduled: Sequence[Rescheduled]
    ) -> list[str]:
        """Write one answer's results in one transaction; the ids whose outcome this call wrote (a lease that
        lapsed and went to another worker writes nothing)."""
        now = self.now()
        written: list[str] = []
        finish_sql = self._sql(
            "UPDATE asyncstatus_tracked SET finished_at = ?, lifecycle = ?, status = ?, final = ?, polls = ?, "
            "last_status = ?, last_error = ?, source = ?, kind = COALESCE(?, kind), "
            "started_at = COALESCE(?, started_at), lease_owner = NULL "
            "WHERE scope = ? AND id = ? AND lease_owner = ? AND finished_at IS NULL"
        )
        again_sql = (
            "UPDATE asyncstatus_tracked SET ready_at = ?, attempt = ?, polls = ?, last_status = ?, last_error = ?, "
            "running_at = COALESCE(?, running_at), kind = COALESCE(?, kind), started_at = COALESCE(?, started_at), "
            "lease_owner = NULL WHERE scope = ? AND id = ? AND lease_owner = ? AND finished_at IS NULL"
        )
        with self.transaction() as cur:
            for f in finished:
                final = json.dumps(f.final, sort_keys=True, default=str) if f.final is not None else None
                values = (now, f.lifecycle, f.status, final, f.polls, f.status, f.error, f.source, f.kind)
                values_where = (*values, f.started_at, scope, f.id, owner)
                if cur.execute(finish_sql, values_where).rowcount == 1:
                    written.append(f.id)
            if rescheduled:
                rows = [_again(scope, owner, r) for r in rescheduled]
                self._executemany(cur, again_sql, rows)
        return written

    def release(self, scope: str, owner: str, ids: Sequence[str]) -> None:
        """Give leases back at once (a worker stopping on an error it cannot poll past)."""
        sql = (
            "UPDATE asyncstatus_tracked SET lease_owner = NULL, ready_at = ?"
            " WHERE scope = ? AND id = ? AND lease_owner = ?"
        )
        now = self.now()
        with self.transaction() as cur:
            self._executemany(cur, sql, [(now, scope, i, owner) for i in ids])

    def release_owner(self, scope: str, owner: str) -> int:
        """Give back every lease `owner` holds (a worker back from a store outage, whose batch was lost)."""
        sql = (
            "UPDATE asyncstatus_tracked SET lease_owner = NULL, ready_at = ? "
            "WHERE scope = ? AND lease_owner = ? AND finished_at IS NULL"
        )
        with self.transaction() as cur:
            return int(cur.execute(self._sql(sql), (self.now(), scope, owner)).rowcount)

    def next_due(self, scope: str) -> float | None:
        """When the next unfinished process is due (leased ones: when their lease lapses); None: none left."""
        with self.transaction() as cur:
            found = cur.execute(
                self._sql("SELECT MIN(ready_at) FROM asyncstatus_tracked WHERE scope = ? AND finished_at IS NULL"),
                (scope,),
            ).fetchone()
        return None if found is None or found[0] is None else float(found[0])

    def outcomes(
        self, scope: str, *, limit: int | None = None, consumer: str | None = None, claim: float = 60.0
    ) -> list[Row]:
        """Finished processes not yet acknowledged, oldest outcome first. With `consumer`, they are claimed
        for it for `claim` seconds: another consumer is not given them until the claim lapses (a consumer
        that died), while this one gets them again until it acknowledges them."""
        if consumer is None:
            sql = (
                f"SELECT {COLUMNS} FROM asyncstatus_tracked WHERE scope = ? AND finished_at IS NOT NULL "
                "AND acked_at IS NULL ORDER BY finished_at, id"
            )
            params: tuple[Any, ...] = (scope,)
            if limit is not None:
                sql += " LIMIT ?"
                params = (scope, limit)
            with self.transaction() as cur:
                return [Row.of(r) for r in cur.execute(self._sql(sql), params).fetchall()]
        now = self.now()
        with self.transaction() as cur:
            found = self._claim_outcomes(cur, scope, consumer, now, now + claim, None, limit)
        return _in_outcome_order(found)

    def take_outcomes(self, scope: str, consumer: str, emit: Callable[[list[Row]], None]) -> int:
        """Claim and acknowledge the unclaimed outcomes in one transaction, calling `emit` with them before it
        commits (`track outcomes --ack`): what `emit` printed is acknowledged, and if it fails or the commit
        fails nothing is. Two consumers at once get disjoint outcomes."""
        now = self.now()
        with self.transaction() as cur:
            rows = _in_outcome_order(self._claim_outcomes(cur, scope, consumer, now, now, now, None))
            emit(rows)
        return len(rows)

    def _claim_outcomes(
        self,
        cur: _Connection,
        scope: str,
        consumer: str,
        now: float,
        until: float,
        acked: float | None,
        limit: int | None,
    ) -> list[Any]:
        sql = (
            "UPDATE asyncstatus_tracked SET claimed_by = ?, claimed_until = ?, acked_at = ? WHERE rowid IN ("
            "SELECT rowid FROM asyncstatus_tracked WHERE scope = ? AND finished_at IS NOT NULL AND acked_at IS NULL "
            "AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until <= ?) ORDER BY finished_at, id LIMIT ?) "
            f"RETURNING {COLUMNS}"
        )
        return list(
            cur.execute(sql, (consumer, until, acked, scope, consumer, now, -1 if limit is None else limit)).fetchall()
        )

    def get(self, scope: str, ids: Sequence[str]) -> list[Row]:
        sql = f"SELECT {COLUMNS} FROM asyncstatus_tracked WHERE scope = ? AND id = ?"
        with self.transaction() as cur:
            return [Row.of(r) for i in ids for r in cur.execute(self._sql(sql), (scope, i)).fetchall()]

    def ack(self, scope: str, ids: Sequence[str], *, retention: float) -> int:
        """Acknowledge outcomes (kept `retention` seconds more, then removed); how many were acknowledged."""
        now = self.now()
        sql = (
            "UPDATE asyncstatus_tracked SET acked_at = ?"
            " WHERE scope = ? AND id = ? AND finished_at IS NOT NULL AND acked_at IS NULL"
        )
        with self.transaction() as cur:
            done = self._executemany(cur, sql, [(now, scope, i) for i in ids])
        self.purge(scope, before=now - retention)
        return done

    def purge(self, scope: str, *, before: float) -> int:
        with self.transaction() as cur:
            sql = "DELETE FROM asyncstatus_tracked WHERE scope = ? AND acked_at IS NOT NULL AND acked_at < ?"
            return int(cur.execute(self._sql(sql), (scope, before)).rowcount)

    def counts(self, scope: str) -> dict[str, Any]:
        """Processes by state, by lifecycle of the finished, the oldest unfinished, throughput in the last minute."""
        now = self.now()
        sql = (
            "SELECT CASE WHEN finished_at IS NULL AND lease_owner IS NOT NULL AND ready_at > ? THEN 'leased' "
            "WHEN finished_at IS NULL THEN 'pending' WHEN acked_at IS NULL THEN 'finished' ELSE 'acknowledged' END, "
            "lifecycle, COUNT(*), MIN(added_at), SUM(CASE WHEN finished_at >= ? THEN 1 ELSE 0 END) "
            "FROM asyncstatus_tracked WHERE scope = ? GROUP BY 1, 2"
        )
        states = {"pending": 0, "leased": 0, "finished": 0, "acknowledged": 0}
        lifecycles: dict[str, int] = {}
        oldest: float | None = None
        recent = 0
        with self.transaction() as cur:
            for state, lifecycle, count, first, last_minute in cur.execute(self._sql(sql), (now, now - 60.0, scope)):
                states[state] += int(count)
                recent += int(last_minute or 0)
                if lifecycle is not None:
                    lifecycles[lifecycle] = lifecycles.get(lifecycle, 0) + int(count)
                if state in ("pending", "leased") and first is not None:
                    oldest = first if oldest is None else min(oldest, first)
        push = self.push_state(scope)
        return {
            **states,
            **({"push": push.to_json(now)} if push is not None else {}),
            "unfinished": states["pending"] + states["leased"],
            "lifecycles": dict(sorted(lifecycles.items())),
            "oldest_unfinished_age": None if oldest is None else round(now - oldest, 3),
            "finished_per_second": round(recent / 60.0, 3),
        }

    # --- history and the bulk tick (issue 22) ---------------------------------------------------------------
    def record(self, scope: str, durations: Sequence[Duration], *, keep: int = HISTORY) -> None:
        """Add finished processes' durations to the history, keeping the newest `keep` per type."""
        if not durations:
            return
        now = self.now()
        sql = "INSERT INTO asyncstatus_durations (scope, kind, low, high, finished_at) VALUES (?, ?, ?, ?, ?)"
        trim = self._sql(
            "DELETE FROM asyncstatus_durations WHERE scope = ? AND kind = ? AND seq <= (SELECT seq FROM "
            "asyncstatus_durations WHERE scope = ? AND kind = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)"
        )
        with self.transaction() as cur:
            self._executemany(cur, sql, [(scope, d.kind, d.low, d.high, now) for d in durations])
            for kind in sorted({d.kind for d in durations}):
                cur.execute(trim, (scope, kind, scope, kind, keep))

    def history(self, scope: str, *, limit: int = HISTORY) -> dict[str, list[tuple[float, float]]]:
        """The newest `limit` durations per type, `(low, high)` seconds, oldest first."""
        return {
            kind: [(low, high) for low, high, _ in seen] for kind, seen in self.durations(scope, limit=limit).items()
        }

    def durations(self, scope: str, *, limit: int = HISTORY) -> dict[str, list[tuple[float, float, float]]]:
        """The newest `limit` durations per type, `(low, high, recorded at)` (seconds; store time), oldest first."""
        sql = "SELECT kind, low, high, finished_at FROM asyncstatus_durations WHERE scope = ? ORDER BY seq DESC"
        found: dict[str, list[tuple[float, float, float]]] = {}
        with self.transaction() as cur:
            for kind, low, high, at in cur.execute(self._sql(sql), (scope,)).fetchall():
                seen = found.setdefault(kind, [])
                if len(seen) < limit:
                    seen.append((float(low), float(high), float(at)))
        return {kind: seen[::-1] for kind, seen in found.items()}

    def pending(self, scope: str) -> list[tuple[str, str | None, float, float | None]]:
        """The unfinished processes as `(id, kind, started, last found running)`: the bulk tick's groups."""
        sql = (
            "SELECT id, kind, COALESCE(started_at, added_at), running_at FROM asyncstatus_tracked "
            "WHERE scope = ? AND finished_at IS NULL"
        )
        with self.transaction() as cur:
            found = cur.execute(self._sql(sql), (scope,)).fetchall()
        return [(i, k, float(s), None if r is None else float(r)) for i, k, s, r in found]

    def gather(self, scope: str, until: float, *, stale: float) -> float:
        """Start a bulk provider's rounds afresh (none yet, or none since `stale`): the next round at `until`, and
        the ids due now that were never read wait for it, so that ids added meanwhile join the same request (a
        pushed one excepted: its confirming read is due with the other pushes')."""
        sql = self._sql(
            "INSERT INTO asyncstatus_ticks (scope, tick_at) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE "
            "SET tick_at = excluded.tick_at WHERE asyncstatus_ticks.tick_at <= ?"
        )
        defer = self._sql(
            "UPDATE asyncstatus_tracked SET ready_at = ? WHERE scope = ? AND finished_at IS NULL "
            "AND lease_owner IS NULL AND polls = 0 AND ready_at < ? AND pushed_status IS NULL"
        )
        with self.transaction() as cur:
            cur.execute(sql, (scope, until, stale))
            found = cur.execute(self._sql("SELECT tick_at FROM asyncstatus_ticks WHERE scope = ?"), (scope,)).fetchone()
            tick = float(found[0])
            cur.execute(defer, (tick, scope, tick))
        return tick

    def tick(self, scope: str) -> float | None:
        """When the provider's next bulk round is due (None: it never had one)."""
        with self.transaction() as cur:
            found = cur.execute(self._sql("SELECT tick_at FROM asyncstatus_ticks WHERE scope = ?"), (scope,)).fetchone()
        return None if found is None else float(found[0])

    def set_tick(self, scope: str, at: float, *, unless_after: float) -> float:
        """Set the next bulk round to `at` unless one is already due after `unless_after` (another answer of the
        same round set it): the round's tick, as it now is. Every worker's answers of one round share it."""
        sql = self._sql(
            "INSERT INTO asyncstatus_ticks (scope, tick_at) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE "
            "SET tick_at = excluded.tick_at WHERE asyncstatus_ticks.tick_at <= ?"
        )
        with self.transaction() as cur:
            cur.execute(sql, (scope, at, unless_after))
            found = cur.execute(self._sql("SELECT tick_at FROM asyncstatus_ticks WHERE scope = ?"), (scope,)).fetchone()
        return float(found[0])

    # --- the shared rate budget ---------------------------------------------------------------------------
    def update_budget(self, name: str, change: Callable[[dict[str, Any] | None], tuple[dict[str, Any], T]]) -> T:
        """Read a budget's state, `change` it and write it back, under a lock every worker on the store
        respects (PostgreSQL: the row's FOR UPDATE lock; SQLite: the write transaction)."""
        with self.transaction() as cur:
            cur.execute(
                self._sql("INSERT INTO asyncstatus_budget (name, state) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
                (name, "null"),
            )
            found = cur.execute(self._sql(self._lock_budget_sql()), (name,)).fetchone()
            state, result = change(json.loads(found[0]) if found else None)
            cur.execute(self._sql("UPDATE asyncstatus_budget SET state = ? WHERE name = ?"), (json.dumps(state), name))
        return result

    # --- push (issue 23): added last, the store's other methods unchanged ---------------------------------
    def record_pushes(self, scope: str, pushes: Sequence[tuple[str, str]], *, gather: float = PUSH_GATHER) -> list[str]:
        """Record pushed final statuses `(id, status)` in one transaction; the ids whose row this call changed.
        Idempotent: an id already pushed, already finished or not tracked changes nothing (the first push wins,
        so a duplicate or a late, reordered delivery is a no-op). A pushed row becomes due for its confirming read
        (the tracker's work: `track_push.py`) at the scope's confirm time, at most `gather` seconds from now and
        shared by the pushes that arrive meanwhile, so that they are read together (bol: one bulk request); a row
        leased by a worker keeps its lease (that worker settles it, and finds the push then). The scope's
        `last_push_at` and push count are written in the same transaction (push liveness). Stamps are the
        store's clock, like every other."""
        now = self.now()
        window = self._sql(
            "INSERT INTO asyncstatus_push (scope, last_push_at, pushes, confirm_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (scope) DO UPDATE SET last_push_at = excluded.last_push_at, "
            "pushes = asyncstatus_push.pushes + excluded.pushes, confirm_at = CASE WHEN "
            "asyncstatus_push.confirm_at > ? THEN asyncstatus_push.confirm_at ELSE excluded.confirm_at END"
        )
        sql = self._sql(
            "UPDATE asyncstatus_tracked SET pushed_status = ?, pushed_at = ?, ready_at = CASE "
            "WHEN lease_owner IS NOT NULL AND ready_at > ? THEN ready_at WHEN ready_at < ? THEN ready_at ELSE ? END "
            "WHERE scope = ? AND id = ? AND finished_at IS NULL AND pushed_status IS NULL"
        )
        changed: list[str] = []
        with self.transaction() as cur:
            cur.execute(window, (scope, now, len(pushes), now + max(0.0, gather), now))
            confirm = self._confirm_at(cur, scope, now)
            for process_id, status in pushes:
                if cur.execute(sql, (status, now, now, confirm, confirm, scope, process_id)).rowcount == 1:
                    changed.append(process_id)
        return changed

    def _confirm_at(self, cur: _Connection, scope: str, now: float) -> float:
        found = cur.execute(self._sql("SELECT confirm_at FROM asyncstatus_push WHERE scope = ?"), (scope,)).fetchone()
        return now if found is None or found[0] is None else max(now, float(found[0]))

    def confirm_pushed_since(self, scope: str, since: float) -> int:
        """Rows pushed since `since` (while a worker's read of them was in flight, so that its answer may predate
        the end) that were settled for a later read: due for their confirming read with the other pushes."""
        sql = self._sql(
            "UPDATE asyncstatus_tracked SET ready_at = ? WHERE scope = ? AND finished_at IS NULL "
            "AND pushed_at IS NOT NULL AND pushed_at >= ? AND lease_owner IS NULL AND ready_at > ?"
        )
        with self.transaction() as cur:
            confirm = self._confirm_at(cur, scope, self.now())
            return int(cur.execute(sql, (confirm, scope, since, confirm)).rowcount)

    def push_state(self, scope: str) -> PushState | None:
        """What the store knows of the scope's pushes (None: push never used for it)."""
        sql = "SELECT last_push_at, pushes, stopped_at FROM asyncstatus_push WHERE scope = ?"
        with self.transaction() as cur:
            found = cur.execute(self._sql(sql), (scope,)).fetchone()
        if found is None:
            return None
        last, count, stopped = found
        return PushState(None if last is None else float(last), int(count), None if stopped is None else float(stopped))

    def expect_pushes(self, scope: str) -> None:
        """Note that push is on for the scope (a tracker with a push sweep), before any push arrives."""
        sql = "INSERT INTO asyncstatus_push (scope, pushes) VALUES (?, 0) ON CONFLICT (scope) DO NOTHING"
        with self.transaction() as cur:
            cur.execute(self._sql(sql), (scope,))

    def push_stopped(self, scope: str) -> bool:
        """Mark push stopped (True: this call did, so its caller says so; another worker may have already). The
        processes waiting on the sweep are due now, and the bulk tick with them: polling takes over at once."""
        now = self.now()
        with self.transaction() as cur:
            sql = "UPDATE asyncstatus_push SET stopped_at = ? WHERE scope = ? AND stopped_at IS NULL"
            if cur.execute(self._sql(sql), (now, scope)).rowcount != 1:
                return False
            cur.execute(
                self._sql(
                    "UPDATE asyncstatus_tracked SET ready_at = ? WHERE scope = ? AND finished_at IS NULL "
                    "AND lease_owner IS NULL AND ready_at > ?"
                ),
                (now, scope, now),
            )
            cur.execute(self._sql("UPDATE asyncstatus_ticks SET tick_at = ? WHERE scope = ?"), (now, scope))
        return True

    def sweep_now(self, scope: str) -> int:
        """The processes waiting for the push sweep are due now (the bulk tick with them): a probe read."""
        now = self.now()
        with self.transaction() as cur:
            due = cur.execute(
                self._sql(
                    "UPDATE asyncstatus_tracked SET ready_at = ? WHERE scope = ? AND finished_at IS NULL "
                    "AND lease_owner IS NULL AND pushed_status IS NULL AND ready_at > ?"
                ),
                (now, scope, now),
            ).rowcount
            cur.execute(self._sql("UPDATE asyncstatus_ticks SET tick_at = ? WHERE scope = ?"), (now, scope))
        return int(due)

    def push_resumed(self, scope: str) -> bool:
        """Clear the stop when a push arrived after it (True: this call did)."""
        sql = (
            "UPDATE asyncstatus_push SET stopped_at = NULL WHERE scope = ? AND stopped_at IS NOT NULL "
            "AND last_push_at > stopped_at"
        )
        with self.transaction() as cur:
            return int(cur.execute(self._sql(sql), (scope,)).rowcount) == 1


@dataclass(frozen=True)
class PushState:
    """A scope's pushes as the store keeps them: when the last arrived (None: none yet), how many deliveries were
    recorded, and when a tracker found push stopped (None: it is not)."""

    last_push_at: float | None
    pushes: int
    stopped_at: float | None

    def to_json(self, now: float) -> dict[str, Any]:
        return {
            "state": "stopped" if self.stopped_at is not None else "on",
            "last_push_at": self.last_push_at,
            "last_push_age": None if self.last_push_at is None else round(now - self.last_push_at, 3),
            "pushes": self.pushes,
            "stopped_at": self.stopped_at,
        }


def _again(scope: str, owner: str, r: Rescheduled) -> tuple[Any, ...]:
    """The parameters of `settle`'s statement for a rescheduled row: the SET columns, then the WHERE's."""
    return (
        r.ready_at,
        r.attempt,
        r.polls,
        r.last_status,
        r.last_error,
        r.running_at,
        r.kind,
        r.started_at,
        scope,
        r.id,
        owner,
    )


_SQLITE_CLAIM = (
    f"UPDATE asyncstatus_tracked SET lease_owner = ?, ready_at = ? WHERE rowid IN ("
    "SELECT rowid FROM asyncstatus_tracked WHERE scope = ? AND finished_at IS NULL AND ready_at <= ? "
    f"ORDER BY ready_at LIMIT ?) RETURNING {COLUMNS}"
)


class SqliteStore(Store):
    """One SQLite file in WAL mode: several worker processes on one machine, one writer at a time."""

    dialect = "sqlite"
    BUSY_WAIT = 15.0  # seconds a statement waits for another process's write lock before it is a (transient) error

    def __init__(self, url: str, path: str) -> None:
        super().__init__(url)
        self.path = path
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError(f"store {url}: the folder {Path(path).parent} does not exist")
        try:
            self._db = sqlite3.connect(path, timeout=self.BUSY_WAIT, isolation_level=None, check_same_thread=False)
            self._wal()
            # FULL: a transaction that returned is on disk (`add` is durable when it returns).
            self._db.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error as error:
            raise self._error(error, "cannot open the SQLite file: ") from None

    def _wal(self) -> None:
        """WAL mode. Switching a new file to it takes an exclusive lock that SQLite's busy wait does not cover:
        processes opening a new store at once get "database is locked" at once, so it is tried again."""
        for _ in range(50):
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error):
                    raise
                time.sleep(0.1)
        self._db.execute("PRAGMA journal_mode=WAL")

    def _error(self, error: sqlite3.Error, doing: str = "") -> StoreError:
        """A SQLite error as a StoreError that says what to do (the message of sqlite3 says only what)."""
        text = str(error)
        where = f"store {self.url}: {doing}{text}"
        folder = Path(self.path).parent
        if "full" in text:  # SQLITE_FULL: the disk (or a size limit) is full
            return StoreError(f"{where}: free space on the disk holding {folder}; nothing was written", transient=True)
        if "readonly" in text or "read-only" in text:
            return StoreError(
                f"{where}: the store file or its folder {folder} (which holds its -wal and -shm files) is not "
                "writable by this user; give write permission or use another --store"
            )
        if "locked" in text or "busy" in text:
            return StoreError(
                f"{where}: another process held the store's write lock for over {self.BUSY_WAIT:g}s; it is "
                "tried again (a worker waits; run a command again once the other process is done)",
                transient=True,
            )
        if "disk I/O" in text or "unable to open" in text:
            return StoreError(f"{where}: check the disk and the permissions of {folder}", transient=True)
        return StoreError(where)

    def _rollback(self) -> None:
        # The failed statement may have ended the transaction already (a full disk): a ROLLBACK then raises
        # "cannot rollback - no transaction is active", which must not hide the real error.
        if self._db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[_Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._error(error) from None
            try:
                yield self._db
            except sqlite3.Error as error:
                self._rollback()
                raise self._error(error) from None
            except BaseException:
                self._rollback()
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                self._rollback()
                raise self._error(error) from None

    def _executemany(self, cur: Any, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        return int(cur.executemany(sql, rows).rowcount) if rows else 0

    def _claim_sql(self) -> str:
        return _SQLITE_CLAIM

    def close(self) -> None:
        with self._lock:
            self._db.close()


_T_COLUMNS = ", ".join("t." + c for c in COLUMNS.split(", "))
_PG_CLAIM = (
    "WITH due AS (SELECT scope, id FROM asyncstatus_tracked WHERE scope = %s AND finished_at IS NULL "
    "AND ready_at <= %s ORDER BY ready_at LIMIT %s FOR UPDATE SKIP LOCKED) "
    "UPDATE asyncstatus_tracked AS t SET lease_owner = %s, ready_at = %s FROM due "
    f"WHERE t.scope = due.scope AND t.id = due.id RETURNING {', '.join('t.' + c for c in COLUMNS.split(', '))}"
)


class PostgresStore(Store):
    """A PostgreSQL database: any number of workers on any number of machines (psycopg 3, the `postgres` extra)."""

    dialect = "postgres"

    # Session bounds (procrastinate's and pgqueuer's advice): a lock held by a stalled worker fails the
    # others' statements after `lock_timeout` (a transient StoreError they back off from) instead of hanging
    # them, and the stalled worker's own session is ended after `idle_in_transaction_session_timeout`, which
    # releases its locks. Options given in the URL come after these and win.
    SESSION = "-c lock_timeout=10s -c statement_timeout=60s -c idle_in_transaction_session_timeout=30s"

    def __init__(self, url: str, dsn: str) -> None:
        super().__init__(url)
        try:
            import psycopg
            from psycopg.conninfo import conninfo_to_dict
        except ImportError:
            raise StoreError(
                f"store {url}: PostgreSQL stores need psycopg 3; install the package's `postgres` extra "
                '(pip install "<distribution>[postgres]")'
            ) from None
        self._psycopg = psycopg
        self._dsn = dsn
        self._password = urlsplit(dsn).password
        try:
            given = str(conninfo_to_dict(dsn).get("options") or "")
        except psycopg.Error as error:
            raise StoreError(f"store {url}: not a PostgreSQL URL: {self._clean(error)}") from None
        self._options = f"{self.SESSION} {given}".strip()
        self._db: Any = None
        self._synced = -CLOCK_RESYNC
        self._connect()

    def _clean(self, error: BaseException) -> str:
        reason = " ".join(str(error).split())
        return reason.replace(self._password, "***") if self._password else reason

    def _connect(self) -> None:
        """(Re)connect: a lost connection, a restarted server or a terminated backend is reconnected on the
        next statement. Hand-written rather than psycopg_pool's: a worker uses one connection under its lock,
        and the pool's background reconnection would hide which errors are transient from the worker's loop."""
        psycopg = self._psycopg
        if self._db is not None:
            with contextlib.suppress(psycopg.Error):
                self._db.close()
            self._db = None
        try:
            self._db = psycopg.connect(self._dsn, autocommit=True, connect_timeout=10, options=self._options)
        except psycopg.Error as error:
            reason = self._clean(error)
            refused = any(
                word in reason for word in ("authentication failed", "does not exist", "no pg_hba.conf", "permission")
            )
            raise StoreError(f"store {self.url}: cannot connect: {reason}", transient=not refused) from None
        try:
            self._sync_clock()
        except psycopg.Error as error:  # terminated again at once (a restart still under way)
            raise self._error(error) from None

    def _sync_clock(self) -> None:
        """Read the database's clock (`clock_timestamp()`) and keep this machine's offset from it: every time
        the store stamps is then the database's time (to within half a round trip), read without a query."""
        before = self._wall()
        found = self._db.execute("SELECT extract(epoch FROM clock_timestamp())::float8").fetchone()
        after = self._wall()
        offset = float(found[0]) - (before + after) / 2
        if abs(offset) > 1.0 and abs(offset - self._offset) > 0.5:
            log.warning(
                "store %s: this machine's clock differs from the database's by %+.1fs; the database's is used",
                self.url,
                -offset,
            )
        self._offset = offset
        self._synced = after

    @contextmanager
    def transaction(self) -> Iterator[_Connection]:
        psycopg = self._psycopg
        with self._lock:
            if self._db is None or self._db.closed or self._db.broken:
                self._connect()
            elif self._wall() - self._synced > CLOCK_RESYNC:
                try:
                    self._sync_clock()
                except psycopg.Error as error:
                    raise self._error(error) from None
            stack = contextlib.ExitStack()
            try:
                stack.enter_context(self._db.transaction())
            except psycopg.Error as error:
                if not (self._db.closed or self._db.broken):
                    raise self._error(error) from None
                # The connection was lost while idle (a terminated backend, a restart): nothing of this
                # transaction was sent yet, so reconnecting and beginning again is safe.
                log.warning("store %s: connection lost (%s); reconnecting", self.url, self._clean(error))
                self._connect()
                try:
                    stack.enter_context(self._db.transaction())
                except psycopg.Error as again:
                    raise self._error(again) from None
            try:
                with stack:  # commits, or rolls back on an error
                    yield self._db.cursor()
            except psycopg.Error as error:
                raise self._error(error) from None

    def _error(self, error: BaseException) -> StoreError:
        errors = self._psycopg.errors
        text = f"store {self.url}: {self._clean(error)}"
        lost = self._db is None or self._db.closed or self._db.broken
        if isinstance(error, errors.DiskFull):
            return StoreError(f"{text}: free space on the database server's disk", transient=True)
        if isinstance(error, errors.ReadOnlySqlTransaction):
            return StoreError(f"{text}: the database is read-only (a standby?); use the primary's URL")
        if isinstance(error, errors.InsufficientPrivilege):
            return StoreError(f"{text}: grant this user the tracker's tables (or use the user that created them)")
        transient = lost or isinstance(error, (self._psycopg.OperationalError, errors.IdleInTransactionSessionTimeout))
        return StoreError(text + ("; reconnecting" if lost else ""), transient=transient)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _executemany(self, cur: Any, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        if not rows:
            return 0
        cur.executemany(self._sql(sql), rows)
        return int(cur.rowcount)

    def _claim_sql(self) -> str:
        return _PG_CLAIM

    def claim(self, scope: str, owner: str, *, limit: int, lease: float) -> list[Row]:
        now = self.now()
        with self.transaction() as cur:
            # Claims of one scope take turns (a transaction lock, released at commit; a claim is a few ms):
            # two concurrent SKIP LOCKED scans interleave and would each lease half of the same bulk
            # request's ids, costing a request more. SKIP LOCKED still steps over rows being settled.
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ("asyncstatus claim " + scope,))
            found = cur.execute(_PG_CLAIM, (scope, now, limit, owner, now + lease)).fetchall()
        return sorted((Row.of(r) for r in found), key=lambda r: r.ready_at)

    # Set-based writes: one statement over arrays (`unnest`) instead of a statement per row, which over a
    # network round trip each made settling a 1000-id bulk answer take seconds.
    def settle(
        self, scope: str, owner: str, finished: Sequence[Finished], rescheduled: Sequence[Rescheduled]
    ) -> list[str]:
        now = self.now()
        written: list[str] = []
        with self.transaction() as cur:
            if finished:
                finals = [
                    json.dumps(f.final, sort_keys=True, default=str) if f.final is not None else None for f in finished
                ]
                found = cur.execute(
                    "UPDATE asyncstatus_tracked AS t SET finished_at = %s, lifecycle = v.lifecycle, status = v.status, "
                    "final = v.final, polls = v.polls, last_status = v.status, last_error = v.error, "
                    "source = v.source, kind = COALESCE(v.kind, t.kind), "
                    "started_at = COALESCE(v.started_at, t.started_at), lease_owner = NULL "
                    "FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::bigint[], %s::text[], %s::text[], "
                    "%s::text[], %s::float8[]) "
                    "AS v(id, lifecycle, status, final, polls, error, source, kind, started_at) "
                    "WHERE t.scope = %s AND t.id = v.id AND t.lease_owner = %s AND t.finished_at IS NULL "
                    "RETURNING t.id",
                    (
                        now,
                        [f.id for f in finished],
                        [f.lifecycle for f in finished],
                        [f.status for f in finished],
                        finals,
                        [f.polls for f in finished],
                        [f.error for f in finished],
                        [f.source for f in finished],
                        [f.kind for f in finished],
                        [f.started_at for f in finished],
                        scope,
                        owner,
                    ),
                ).fetchall()
                done = {r[0] for r in found}
                written = [f.id for f in finished if f.id in done]
            if rescheduled:
                cur.execute(
                    "UPDATE asyncstatus_tracked AS t SET ready_at = v.ready_at, attempt = v.attempt, polls = v.polls, "
                    "last_status = v.status, last_error = v.error, running_at = COALESCE(v.running_at, t.running_at), "
                    "kind = COALESCE(v.kind, t.kind), started_at = COALESCE(v.started_at, t.started_at), "
                    "lease_owner = NULL FROM unnest(%s::text[], %s::float8[], %s::bigint[], %s::bigint[], %s::text[], "
                    "%s::text[], %s::float8[], %s::text[], %s::float8[]) "
                    "AS v(id, ready_at, attempt, polls, status, error, running_at, kind, started_at) "
                    "WHERE t.scope = %s AND t.id = v.id AND t.lease_owner = %s AND t.finished_at IS NULL",
                    (
                        [r.id for r in rescheduled],
                        [r.ready_at for r in rescheduled],
                        [r.attempt for r in rescheduled],
                        [r.polls for r in rescheduled],
                        [r.last_status for r in rescheduled],
                        [r.last_error for r in rescheduled],
                        [r.running_at for r in rescheduled],
                        [r.kind for r in rescheduled],
                        [r.started_at for r in rescheduled],
                        scope,
                        owner,
                    ),
                )
        return written

    def extend(self, scope: str, owner: str, ids: Sequence[str], *, lease: float) -> None:
        with self.transaction() as cur:
            cur.execute(
                "UPDATE asyncstatus_tracked SET ready_at = %s WHERE scope = %s AND id = ANY(%s) "
                "AND lease_owner = %s AND finished_at IS NULL",
                (self.now() + lease, scope, list(ids), owner),
            )

    def release(self, scope: str, owner: str, ids: Sequence[str]) -> None:
        with self.transaction() as cur:
            cur.execute(
                "UPDATE asyncstatus_tracked SET lease_owner = NULL, ready_at = %s WHERE scope = %s AND id = ANY(%s) "
                "AND lease_owner = %s",
                (self.now(), scope, list(ids), owner),
            )

    def ack(self, scope: str, ids: Sequence[str], *, retention: float) -> int:
        now = self.now()
        with self.transaction() as cur:
            done = cur.execute(
                "UPDATE asyncstatus_tracked SET acked_at = %s WHERE scope = %s AND id = ANY(%s) "
                "AND finished_at IS NOT NULL AND acked_at IS NULL",
                (now, scope, list(ids)),
            ).rowcount
        self.purge(scope, before=now - retention)
        return int(done)

    def get(self, scope: str, ids: Sequence[str]) -> list[Row]:
        sql = f"SELECT {COLUMNS} FROM asyncstatus_tracked WHERE scope = %s AND id = ANY(%s)"
        with self.transaction() as cur:
            return [Row.of(r) for r in cur.execute(sql, (scope, list(ids))).fetchall()]

    def _claim_outcomes(
        self,
        cur: _Connection,
        scope: str,
        consumer: str,
        now: float,
        until: float,
        acked: float | None,
        limit: int | None,
    ) -> list[Any]:
        # SKIP LOCKED: a second consumer at once passes over the outcomes the first is claiming.
        sql = (
            "WITH free AS (SELECT scope, id FROM asyncstatus_tracked WHERE scope = %s AND finished_at IS NOT NULL "
            "AND acked_at IS NULL AND (claimed_by IS NULL OR claimed_by = %s OR claimed_until <= %s) "
            "ORDER BY finished_at, id LIMIT %s FOR UPDATE SKIP LOCKED) "
            "UPDATE asyncstatus_tracked AS t SET claimed_by = %s, claimed_until = %s, acked_at = %s FROM free "
            f"WHERE t.scope = free.scope AND t.id = free.id RETURNING {_T_COLUMNS}"
        )
        return list(cur.execute(sql, (scope, consumer, now, limit, consumer, until, acked)).fetchall())

    def _lock_schema(self, cur: _Connection) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(7245015)")  # any constant: "the tracker schema"

    def _lock_budget_sql(self) -> str:
        return "SELECT state FROM asyncstatus_budget WHERE name = ? FOR UPDATE"

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()


def open_store(url: str) -> Store:
    """The store at `url` (`sqlite:///relative.db`, `sqlite:////absolute/track.db`, `postgresql://...`),
    its schema created or migrated forward. StoreError for anything it cannot use."""
    shown = shown_url(url)
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    store: Store
    if scheme == "sqlite":
        rest = url.split(":", 1)[1]
        if not rest.startswith("//") or rest[2:3] not in ("/", ""):
            raise StoreError(f"store {shown}: a SQLite store is sqlite:///path/to/track.db (three slashes)")
        path = unquote(rest[3:])
        if not path:
            raise StoreError(f"store {shown}: no file path after sqlite:///")
        store = SqliteStore(shown, path)
    elif scheme in ("postgresql", "postgres"):
        store = PostgresStore(shown, url)
    else:
        raise StoreError(
            f"store {shown}: unknown scheme {scheme or '(none)'!r}; use sqlite:///path/to/track.db "
            "or postgresql://user@host:port/db"
        )
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store
