from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.task import Task
from ...types import Response


def _get_kwargs(task_id: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_task")

    _params.check_path(_media.PATH_RULES["get_task"], task_id=task_id)

    _kwargs: dict[str, Any] = {"method": "get", "url": "/tasks/{task_id}".format(task_id=quote(str(task_id), safe=""))}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Task] = _operations.Operation(
    "get_task", _media, [(200, 200, "object", Task.from_dict)]
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Task | None:
    return _OPERATION.parse(client, response)


def sync_detailed(task_id: str, *, client: AuthenticatedClient | Client) -> Response[Task]:
    """Read one task

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Task]
    """

    kwargs = _get_kwargs(task_id=task_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(task_id: str, *, client: AuthenticatedClient | Client) -> Task | None:
    """Read one task

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Task
    """

    return sync_detailed(task_id=task_id, client=client).parsed


async def asyncio_detailed(task_id: str, *, client: AuthenticatedClient | Client) -> Response[Task]:
    """Read one task

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Task]
    """

    kwargs = _get_kwargs(task_id=task_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(task_id: str, *, client: AuthenticatedClient | Client) -> Task | None:
    """Read one task

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Task
    """

    return (await asyncio_detailed(task_id=task_id, client=client)).parsed
