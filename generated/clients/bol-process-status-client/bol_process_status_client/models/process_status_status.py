from asyncstatus_core.open_enum import OpenStrEnum


class ProcessStatusStatus(OpenStrEnum):
    FAILURE = "FAILURE"
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
