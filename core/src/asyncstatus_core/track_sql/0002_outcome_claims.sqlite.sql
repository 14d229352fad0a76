-- Schema 2 (SQLite): consumers that share. An outcome handed out by `outcomes()` is claimed by its consumer
-- until `claimed_until` (Unix seconds); another consumer gets it only once the claim lapses (a consumer that died).
ALTER TABLE asyncstatus_tracked ADD COLUMN claimed_by TEXT;
ALTER TABLE asyncstatus_tracked ADD COLUMN claimed_until REAL;
