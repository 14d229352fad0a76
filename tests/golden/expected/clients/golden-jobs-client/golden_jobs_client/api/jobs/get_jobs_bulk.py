from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...models.jobs_bulk_request import JobsBulkRequest
from ...types import Response


def _get_kwargs(*, body: JobsBulkRequest) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_jobs_bulk")

    _kwargs: dict[str, Any] = {"method": "post", "url": "/jobs"}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Error | JobList] = _operations.Operation(
    "get_jobs_bulk", _media, [(200, 200, "object", JobList.from_dict), (401, 401, "object", Error.from_dict)]
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobList | None:
    return _OPERATION.parse(client, response)


def sync_detailed(*, client: AuthenticatedClient | Client, body: JobsBulkRequest) -> Response[Error | JobList]:
    """Read many jobs at once

    Args:
        body (JobsBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(body=body)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(*, client: AuthenticatedClient | Client, body: JobsBulkRequest) -> Error | JobList | None:
    """Read many jobs at once

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Error | JobList
    """

    return sync_detailed(client=client, body=body).parsed


async def asyncio_detailed(*, client: AuthenticatedClient | Client, body: JobsBulkRequest) -> Response[Error | JobList]:
    """Read many jobs at once

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(body=body)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(*, client: AuthenticatedClient | Client, body: JobsBulkRequest) -> Error | JobList | None:
    """Read many jobs at once

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Error | JobList
    """

    return (await asyncio_detailed(client=client, body=body)).parsed
