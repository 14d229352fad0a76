from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse
from ...types import Unset

_OPERATION: _operations.Operation[Problem | ProcessStatusResponse] = _operations.operation(
    __name__,
    "get /process-status",
    [("200", "object", ProcessStatusResponse.from_dict), ("400 401 403 406 429", "object", Problem.from_dict)],
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
