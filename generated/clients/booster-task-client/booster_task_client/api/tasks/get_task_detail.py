from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.empty_task_detail_response import EmptyTaskDetailResponse
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import UNSET, Unset


def _read_400(data: Any) -> EmptyTaskDetailResponse | ErrorResponse:
    def _parse_response_400(data: object) -> EmptyTaskDetailResponse | ErrorResponse:
        try:
            if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                raise TypeError()
            componentsschemas_get_task_detail_error_body_type_0 = ErrorResponse.from_dict(data)

            return componentsschemas_get_task_detail_error_body_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_get_task_detail_error_body_type_1 = EmptyTaskDetailResponse.from_dict(data)

        return componentsschemas_get_task_detail_error_body_type_1

    response_400 = _parse_response_400(data)

    return response_400


def _read_500(data: Any) -> EmptyTaskDetailResponse | ErrorResponse:
    def _parse_response_500(data: object) -> EmptyTaskDetailResponse | ErrorResponse:
        try:
            if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                raise TypeError()
            componentsschemas_get_task_detail_error_body_type_0 = ErrorResponse.from_dict(data)

            return componentsschemas_get_task_detail_error_body_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_get_task_detail_error_body_type_1 = EmptyTaskDetailResponse.from_dict(data)

        return componentsschemas_get_task_detail_error_body_type_1

    response_500 = _parse_response_500(data)

    return response_500


_OPERATION: _operations.Operation[
    EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task
] = _operations.operation(
    __name__,
    "get /tasks/{async_task_id}",
    [
        ("200", "object", Task.from_dict),
        ("400", "json", _read_400),
        ("401 403", "object", ErrorResponse.from_dict),
        ("404", "object", EmptyTaskDetailResponse.from_dict),
        ("500", "json", _read_500),
    ],
)


def _request(
    async_task_id: str, *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> _operations.Request:
    """Read one task of the authorized user

     ServiceStack service `GetTaskDetail`. Answers the task named by `asyncTaskId` as a
    `GetTaskDetailResponse`, which the service's DTOs declare as a subclass of `Task` without further
    properties, so the body is one `Task` object. Poll this operation to follow a task until its status
    is `COM` or `ERR`. The same answer is also served at `/tasks/{asyncTaskId}.csv` (and `.jsonl`),
    equivalent to `?format=csv` or the matching `Accept` header.

    Args:
        async_task_id (str):
        format_ (str | Unset):
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    _kwargs["params"] = params
    return _OPERATION.request(client, path={"async_task_id": async_task_id}, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(
    _request, "EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task"
)
