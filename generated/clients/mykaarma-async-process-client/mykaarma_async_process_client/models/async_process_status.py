from asyncstatus_core.open_enum import OpenStrEnum


class AsyncProcessStatus(OpenStrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_NEEDED = "NOT_NEEDED"
    NOT_STARTED = "NOT_STARTED"
