from typing import Any

from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse
from ...types import Unset

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
    method="get",
    path="/process-status",
)


def _request(
    *, client: AuthenticatedClient | Client, entity_id: str, event_type: str, page: int | Unset = 1
) -> _operations.Request:
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
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["entity-id"] = entity_id

    params["event-type"] = event_type

    params["page"] = page

    _kwargs["params"] = params
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatusResponse")
