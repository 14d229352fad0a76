-- Schema 2 (PostgreSQL): consumers that share. An outcome handed out by `outcomes()` is claimed by its consumer
-- until `claimed_until` (Unix seconds, the database's clock); another consumer gets it only once the claim lapses.
ALTER TABLE asyncstatus_tracked ADD COLUMN claimed_by TEXT;
ALTER TABLE asyncstatus_tracked ADD COLUMN claimed_until DOUBLE PRECISION;
