"""Contains all the data models used in inputs/outputs"""

from .empty_task_detail_response import EmptyTaskDetailResponse
from .error_response import ErrorResponse
from .format_ import Format
from .response_error import ResponseError
from .response_error_meta import ResponseErrorMeta
from .response_status import ResponseStatus
from .response_status_meta import ResponseStatusMeta
from .task import Task
from .task_status import TaskStatus

__all__ = (
    "EmptyTaskDetailResponse",
    "ErrorResponse",
    "Format",
    "ResponseError",
    "ResponseErrorMeta",
    "ResponseStatus",
    "ResponseStatusMeta",
    "Task",
    "TaskStatus",
)
