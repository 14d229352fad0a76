from typing import Any

from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.bulk_process_status_request import BulkProcessStatusRequest
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse

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
    method="post",
    path="/process-status",
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
