from asyncstatus_core.open_enum import OpenStrEnum


class NotificationSubjectStatus(OpenStrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NEW = "NEW"
    OK = "OK"
    PENDING = "PENDING"
    PREMIUM_CHANGE = "PREMIUM-CHANGE"
    WARNING = "WARNING"
