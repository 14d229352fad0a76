-- Schema 3 (PostgreSQL): schedules from history (issue 22). Per provider (`scope`) and process type (`kind`, '' when the
-- provider has none), the durations of the processes the tracker saw finish, shared by every worker: `low`..`high`
-- seconds (equal when the provider's timestamps say when; a poll bracket otherwise). Bounded: the store keeps the
-- newest few hundred per type (`Store.HISTORY`), older ones are deleted as new ones come.
CREATE TABLE asyncstatus_durations (
    scope TEXT NOT NULL,
    kind TEXT NOT NULL,
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    low DOUBLE PRECISION NOT NULL,
    high DOUBLE PRECISION NOT NULL,
    finished_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX asyncstatus_durations_kind ON asyncstatus_durations (scope, kind, seq);
-- The process's type (from the answer), when it was last found running (the bracket's low end), and when it
-- started by the provider's own timestamp (NULL: unknown; `added_at` stands in).
ALTER TABLE asyncstatus_tracked ADD COLUMN kind TEXT;
ALTER TABLE asyncstatus_tracked ADD COLUMN running_at DOUBLE PRECISION;
ALTER TABLE asyncstatus_tracked ADD COLUMN started_at DOUBLE PRECISION;
-- A bulk provider's shared tick: when its next round reads every pending id (one row per scope).
CREATE TABLE asyncstatus_ticks (
    scope TEXT PRIMARY KEY,
    tick_at DOUBLE PRECISION NOT NULL
);
