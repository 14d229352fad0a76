from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.empty_task_detail_response import EmptyTaskDetailResponse
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(async_task_id: str, *, format_: str | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_task_detail")

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(_media.PATH_RULES["get_task_detail"], async_task_id=async_task_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks/{async_task_id}".format(async_task_id=quote(str(async_task_id), safe="")),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


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
] = _operations.Operation(
    "get_task_detail",
    _media,
    [
        (200, 200, "object", Task.from_dict),
        (400, 400, "json", _read_400),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (404, 404, "object", EmptyTaskDetailResponse.from_dict),
        (500, 500, "json", _read_500),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    async_task_id: str, *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]:
    """Read one task of the authorized user

     ServiceStack service `GetTaskDetail`. Answers the task named by `asyncTaskId` as a
    `GetTaskDetailResponse`, which the service's DTOs declare as a subclass of `Task` without further
    properties, so the body is one `Task` object. Poll this operation to follow a task until its status
    is `COM` or `ERR`. The same answer is also served at `/tasks/{asyncTaskId}.csv` (and `.jsonl`),
    equivalent to `?format=csv` or the matching `Accept` header.

    Args:
        async_task_id (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]
    """

    kwargs = _get_kwargs(async_task_id=async_task_id, format_=format_)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    async_task_id: str, *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task | None:
    """Read one task of the authorized user

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task
    """

    return sync_detailed(async_task_id=async_task_id, client=client, format_=format_).parsed


async def asyncio_detailed(
    async_task_id: str, *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]:
    """Read one task of the authorized user

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]
    """

    kwargs = _get_kwargs(async_task_id=async_task_id, format_=format_)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    async_task_id: str, *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task | None:
    """Read one task of the authorized user

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task
    """

    return (await asyncio_detailed(async_task_id=async_task_id, client=client, format_=format_)).parsed
