from asyncstatus_core.open_enum import OpenStrEnum


class BusinessType(OpenStrEnum):
    DEALER = "DEALER"
    PRODUCT = "PRODUCT"
