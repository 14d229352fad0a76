from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(*, entity_id: str, event_type: str, page: int | Unset = 1) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process_status_entity_id")

    params: dict[str, Any] = {}

    params["entity-id"] = entity_id

    params["event-type"] = event_type

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get", "url": "/process-status", "params": params}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | ProcessStatusResponse] = _operations.Operation(
    "get_process_status_entity_id",
    _media,
    [
        (200, 200, "object", ProcessStatusResponse.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatusResponse | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, entity_id: str, event_type: str, page: int | Unset = 1
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of one entity's processes by entity id and event type

     Lists, newest first, the process statuses recorded for one entity and one kind of event,
    50 per page. An entity id alone is not unique across event types, so both are required.
    Statuses that have expired are no longer listed.

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        entity_id (str):
        event_type (str):
        page (int | Unset):  Default: 1.

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

    kwargs = _get_kwargs(entity_id=entity_id, event_type=event_type, page=page)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    *, client: AuthenticatedClient | Client, entity_id: str, event_type: str, page: int | Unset = 1
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of one entity's processes by entity id and event type

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | ProcessStatusResponse
    """

    return sync_detailed(client=client, entity_id=entity_id, event_type=event_type, page=page).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, entity_id: str, event_type: str, page: int | Unset = 1
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of one entity's processes by entity id and event type

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | ProcessStatusResponse]
    """

    kwargs = _get_kwargs(entity_id=entity_id, event_type=event_type, page=page)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    *, client: AuthenticatedClient | Client, entity_id: str, event_type: str, page: int | Unset = 1
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of one entity's processes by entity id and event type

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | ProcessStatusResponse
    """

    return (await asyncio_detailed(client=client, entity_id=entity_id, event_type=event_type, page=page)).parsed
