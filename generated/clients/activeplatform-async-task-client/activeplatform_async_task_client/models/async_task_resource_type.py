from asyncstatus_core.open_enum import OpenStrEnum


class AsyncTaskResourceType(OpenStrEnum):
    ASYNC_TASKS = "async_tasks"
