from asyncstatus_core.open_enum import OpenStrEnum


class ResumeType(OpenStrEnum):
    CANCEL = "CANCEL"
    INTERNAL = "INTERNAL"
    MANUAL = "MANUAL"
    PROVIDER = "PROVIDER"
    RESEND = "RESEND"
    TIMER = "TIMER"
