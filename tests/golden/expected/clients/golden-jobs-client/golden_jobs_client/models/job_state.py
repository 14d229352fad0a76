from asyncstatus_core.open_enum import OpenStrEnum


class JobState(OpenStrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    FAILED = "failed"
    ON_HOLD = "on_hold"
    QUEUED = "queued"
    RUNNING = "running"
