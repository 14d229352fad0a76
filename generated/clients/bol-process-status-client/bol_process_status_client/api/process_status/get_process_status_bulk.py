from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.bulk_process_status_request import BulkProcessStatusRequest
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse

_OPERATION: _operations.Operation[Problem | ProcessStatusResponse] = _operations.operation(
    __name__,
    "post /process-status",
    [("200", "object", ProcessStatusResponse.from_dict), ("400 401 403 406 415 429", "object", Problem.from_dict)],
)


def _request(*, client: AuthenticatedClient | Client, body: BulkProcessStatusRequest) -> _operations.Request:
    """Get the statuses of many asynchronous processes by process status ids

     Reads up to 1000 process statuses in one request (a POST only because the id list travels
    in the body; nothing is changed). Ids whose status has expired are silently left out of
    the answer rather than reported as errors, so a caller must treat a missing id as
    "expired, stop polling".

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        body (BulkProcessStatusRequest): The process status ids to read in one request.
    """

    _kwargs: dict[str, Any] = {}
    headers: dict[str, Any] = {}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"
    _kwargs["headers"] = headers
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatusResponse")
