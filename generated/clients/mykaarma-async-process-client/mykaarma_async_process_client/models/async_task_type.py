from asyncstatus_core.open_enum import OpenStrEnum


class AsyncTaskType(OpenStrEnum):
    CREATE_DEALER = "CREATE_DEALER"
    UPDATE_DEALER_PRODUCTS = "UPDATE_DEALER_PRODUCTS"
