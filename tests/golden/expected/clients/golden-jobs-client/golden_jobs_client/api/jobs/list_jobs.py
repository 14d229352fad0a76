from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...types import UNSET, Response, Unset


def _get_kwargs(*, owner: str, page: int | Unset = 0, x_trace_id: str | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("list_jobs")
    if not isinstance(x_trace_id, Unset):
        headers["X-Trace-Id"] = x_trace_id

    params: dict[str, Any] = {}

    params["owner"] = owner

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get", "url": "/jobs", "params": params}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Error | JobList] = _operations.Operation(
    "list_jobs", _media, [(200, 200, "object", JobList.from_dict), (401, 401, "object", Error.from_dict)]
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobList | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, owner: str, page: int | Unset = 0, x_trace_id: str | Unset = UNSET
) -> Response[Error | JobList]:
    """List one owner's jobs, a page at a time

    Args:
        owner (str):
        page (int | Unset):  Default: 0.
        x_trace_id (str | Unset):

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

    kwargs = _get_kwargs(owner=owner, page=page, x_trace_id=x_trace_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    *, client: AuthenticatedClient | Client, owner: str, page: int | Unset = 0, x_trace_id: str | Unset = UNSET
) -> Error | JobList | None:
    """List one owner's jobs, a page at a time

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Error | JobList
    """

    return sync_detailed(client=client, owner=owner, page=page, x_trace_id=x_trace_id).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, owner: str, page: int | Unset = 0, x_trace_id: str | Unset = UNSET
) -> Response[Error | JobList]:
    """List one owner's jobs, a page at a time

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(owner=owner, page=page, x_trace_id=x_trace_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    *, client: AuthenticatedClient | Client, owner: str, page: int | Unset = 0, x_trace_id: str | Unset = UNSET
) -> Error | JobList | None:
    """List one owner's jobs, a page at a time

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Error | JobList
    """

    return (await asyncio_detailed(client=client, owner=owner, page=page, x_trace_id=x_trace_id)).parsed
