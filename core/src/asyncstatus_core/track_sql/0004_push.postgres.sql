-- Schema 4 (PostgreSQL): push joined with polling (issue 23). Per provider (`scope`): when the last pushed status
-- arrived and how many arrived (written with the pushes, in their transaction), the due time of the current
-- confirming read (pushes arriving together are read together: one bulk request), and when a tracker found push
-- stopped (NULL: not stopped), for every worker and `track status` to see.
CREATE TABLE asyncstatus_push (
    scope TEXT PRIMARY KEY,
    last_push_at DOUBLE PRECISION,
    pushes BIGINT NOT NULL DEFAULT 0,
    confirm_at DOUBLE PRECISION,
    stopped_at DOUBLE PRECISION
);
-- The unfinished rows that were pushed: a settled batch finds those pushed while it was being read.
CREATE INDEX asyncstatus_tracked_pushed ON asyncstatus_tracked (scope, pushed_at)
    WHERE finished_at IS NULL AND pushed_at IS NOT NULL;
