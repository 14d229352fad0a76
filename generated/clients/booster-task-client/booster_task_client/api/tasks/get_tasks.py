from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(*, format_: str | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_tasks")

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get", "url": "/tasks", "params": params}

    _kwargs["headers"] = headers
    return _kwargs


def _read_200(data: Any) -> list[Task]:
    response_200 = list(map(Task.from_dict, data))

    return response_200


def _read_500(data: Any) -> ErrorResponse | list[Task]:
    def _parse_response_500(data: object) -> ErrorResponse | list[Task]:
        try:
            if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                raise TypeError()
            componentsschemas_get_task_error_body_type_0 = ErrorResponse.from_dict(data)

            return componentsschemas_get_task_error_body_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_get_task_error_body_type_1 = list(map(Task.from_dict, data))

        return componentsschemas_get_task_error_body_type_1

    response_500 = _parse_response_500(data)

    return response_500


_OPERATION: _operations.Operation[ErrorResponse | ErrorResponse | list[Task] | list[Task]] = _operations.Operation(
    "get_tasks",
    _media,
    [
        (200, 200, "json", _read_200),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (500, 500, "json", _read_500),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[Task] | list[Task] | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]:
    """List the authorized user's tasks

     ServiceStack service `GetTask` (request DTO without properties). Answers every task of the
    authenticated user as a `GetTaskResponse`, a JSON array of `Task`. The same list is also served at
    `/tasks.csv` (and `/tasks.jsonl`), equivalent to `?format=csv` or the matching `Accept` header. No
    400 is documented: `GetTask` has no parameters to bind, and a `format` value that is not a
    registered format is ignored rather than rejected (ServiceStack source,
    `HttpRequestExtensions.GetQueryStringContentType`); an earlier revision of this document listed a
    400 for an unknown format, which the framework source contradicts.

    Args:
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]
    """

    kwargs = _get_kwargs(format_=format_)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> ErrorResponse | ErrorResponse | list[Task] | list[Task] | None:
    """List the authorized user's tasks

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        ErrorResponse | ErrorResponse | list[Task] | list[Task]
    """

    return sync_detailed(client=client, format_=format_).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]:
    """List the authorized user's tasks

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]
    """

    kwargs = _get_kwargs(format_=format_)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    *, client: AuthenticatedClient | Client, format_: str | Unset = UNSET
) -> ErrorResponse | ErrorResponse | list[Task] | list[Task] | None:
    """List the authorized user's tasks

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        ErrorResponse | ErrorResponse | list[Task] | list[Task]
    """

    return (await asyncio_detailed(client=client, format_=format_)).parsed
