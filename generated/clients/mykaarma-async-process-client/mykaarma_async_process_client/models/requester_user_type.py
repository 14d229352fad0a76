from asyncstatus_core.open_enum import OpenStrEnum


class RequesterUserType(OpenStrEnum):
    ADMIN_USER = "ADMIN_USER"
    EXTERNAL_USER = "EXTERNAL_USER"
    MYKAARMA_USER = "MYKAARMA_USER"
