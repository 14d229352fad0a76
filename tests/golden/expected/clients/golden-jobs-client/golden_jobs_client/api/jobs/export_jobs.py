from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job
from ...types import UNSET, Response


def _get_kwargs(*, owner: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("export_jobs")

    params: dict[str, Any] = {}

    params["owner"] = owner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get", "url": "/jobs/export", "params": params}

    _kwargs["headers"] = headers
    return _kwargs


def _read_200(data: Any) -> list[Job]:
    response_200 = list(map(Job.from_dict, data))

    return response_200


_OPERATION: _operations.Operation[Error | list[Job]] = _operations.Operation(
    "export_jobs",
    _media,
    [(200, 200, "json", _read_200), (401, 401, "object", Error.from_dict), (403, 403, "object", Error.from_dict)],
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Job] | None:
    return _OPERATION.parse(client, response)


def sync_detailed(*, client: AuthenticatedClient | Client, owner: str) -> Response[Error | list[Job]]:
    """Every job of an owner, as a list

    Args:
        owner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Error | list[Job]]
    """

    kwargs = _get_kwargs(owner=owner)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(*, client: AuthenticatedClient | Client, owner: str) -> Error | list[Job] | None:
    """Every job of an owner, as a list

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Error | list[Job]
    """

    return sync_detailed(client=client, owner=owner).parsed


async def asyncio_detailed(*, client: AuthenticatedClient | Client, owner: str) -> Response[Error | list[Job]]:
    """Every job of an owner, as a list

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Error | list[Job]]
    """

    kwargs = _get_kwargs(owner=owner)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(*, client: AuthenticatedClient | Client, owner: str) -> Error | list[Job] | None:
    """Every job of an owner, as a list

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Error | list[Job]
    """

    return (await asyncio_detailed(client=client, owner=owner)).parsed
