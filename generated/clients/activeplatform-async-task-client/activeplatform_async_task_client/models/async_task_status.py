from asyncstatus_core.open_enum import OpenStrEnum


class AsyncTaskStatus(OpenStrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    RUNNING = "running"
