-- Schema 1 of a tracker store (SQLite). Applied once by _track_store.py inside one write transaction;
-- times are Unix seconds (wall clock: a store is shared by processes that each have their own monotonic clock).
-- `scope` is the package that tracks the row, so several providers can share one store.
CREATE TABLE asyncstatus_tracked (
    scope TEXT NOT NULL,
    id TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',       -- the status operation's other parameters, as JSON
    added_at REAL NOT NULL,
    deadline_at REAL,                        -- NULL: no per-process deadline
    ready_at REAL NOT NULL,                  -- unfinished: when it is next due, or when its lease lapses
    lease_owner TEXT,                        -- the worker holding the lease (NULL: none)
    attempt INTEGER NOT NULL DEFAULT 0,      -- the waiters' backoff step
    polls INTEGER NOT NULL DEFAULT 0,
    last_status TEXT,
    last_error TEXT,
    finished_at REAL,                        -- NOT NULL: the outcome below is written (exactly once)
    lifecycle TEXT,
    status TEXT,
    final TEXT,                              -- the final answer as JSON
    source TEXT,                             -- 'poll'; 'push' for an outcome pushed and confirmed by one read
    pushed_status TEXT,                      -- room for push: a pushed status awaiting its confirming read
    pushed_at REAL,
    acked_at REAL,
    PRIMARY KEY (scope, id)
);
-- Claiming reads only unfinished rows in due order: a partial index keeps it flat as finished rows pile up.
CREATE INDEX asyncstatus_tracked_due ON asyncstatus_tracked (scope, ready_at) WHERE finished_at IS NULL;
CREATE INDEX asyncstatus_tracked_undelivered ON asyncstatus_tracked (scope, finished_at)
    WHERE finished_at IS NOT NULL AND acked_at IS NULL;
CREATE INDEX asyncstatus_tracked_acked ON asyncstatus_tracked (scope, acked_at) WHERE acked_at IS NOT NULL;
-- One row per shared rate budget (a host and credential): its state as JSON, read and written under the lock.
CREATE TABLE asyncstatus_budget (
    name TEXT PRIMARY KEY,
    state TEXT NOT NULL
);
