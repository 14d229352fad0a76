from asyncstatus_core.open_enum import OpenStrEnum


class TaskStatus(OpenStrEnum):
    DONE = "DONE"
    ERROR = "ERROR"
    NEW = "NEW"
