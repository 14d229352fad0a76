from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.bulk_process_status_request import BulkProcessStatusRequest
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse
from ...types import Response


def _get_kwargs(*, body: BulkProcessStatusRequest) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process_status_bulk")

    _kwargs: dict[str, Any] = {"method": "post", "url": "/process-status"}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | ProcessStatusResponse] = _operations.Operation(
    "get_process_status_bulk",
    _media,
    [
        (200, 200, "object", ProcessStatusResponse.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (415, 415, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatusResponse | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, body: BulkProcessStatusRequest
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of many asynchronous processes by process status ids

     Reads up to 1000 process statuses in one request (a POST only because the id list travels
    in the body; nothing is changed). Ids whose status has expired are silently left out of
    the answer rather than reported as errors, so a caller must treat a missing id as
    "expired, stop polling".

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        body (BulkProcessStatusRequest): The process status ids to read in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Problem | ProcessStatusResponse]
    """

    kwargs = _get_kwargs(body=body)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    *, client: AuthenticatedClient | Client, body: BulkProcessStatusRequest
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of many asynchronous processes by process status ids

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | ProcessStatusResponse
    """

    return sync_detailed(client=client, body=body).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: BulkProcessStatusRequest
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of many asynchronous processes by process status ids

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | ProcessStatusResponse]
    """

    kwargs = _get_kwargs(body=body)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    *, client: AuthenticatedClient | Client, body: BulkProcessStatusRequest
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of many asynchronous processes by process status ids

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | ProcessStatusResponse
    """

    return (await asyncio_detailed(client=client, body=body)).parsed
