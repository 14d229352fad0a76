from asyncstatus_core.open_enum import OpenStrEnum


class ProcessStatus(OpenStrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    INVALID = "INVALID"
    IN_DOUBT = "IN_DOUBT"
    NEW = "NEW"
    RUNNING = "RUNNING"
    SCHEDULED = "SCHEDULED"
    SUSPENDED = "SUSPENDED"
    VALIDATED = "VALIDATED"
