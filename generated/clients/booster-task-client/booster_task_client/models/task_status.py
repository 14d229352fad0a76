from asyncstatus_core.open_enum import OpenStrEnum


class TaskStatus(OpenStrEnum):
    COM = "COM"
    ERR = "ERR"
    INP = "INP"
    REQ = "REQ"
