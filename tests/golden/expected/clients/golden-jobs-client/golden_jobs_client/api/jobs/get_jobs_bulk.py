from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...models.jobs_bulk_request import JobsBulkRequest

_OPERATION: _operations.Operation[Error | JobList] = _operations.operation(
    __name__, "post /jobs", [("200", "object", JobList.from_dict), ("401", "object", Error.from_dict)]
)


def _request(*, client: AuthenticatedClient | Client, body: JobsBulkRequest) -> _operations.Request:
    """Read many jobs at once

    Args:
        body (JobsBulkRequest):
    """

    _kwargs: dict[str, Any] = {}
    headers: dict[str, Any] = {}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Error | JobList")
