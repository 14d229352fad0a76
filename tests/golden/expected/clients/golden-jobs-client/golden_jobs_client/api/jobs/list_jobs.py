from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...types import UNSET, Unset

_OPERATION: _operations.Operation[Error | JobList] = _operations.operation(
    __name__, "get /jobs", [("200", "object", JobList.from_dict), ("401", "object", Error.from_dict)]
)


def _request(
    *, client: AuthenticatedClient | Client, owner: str, page: int | Unset = 0, x_trace_id: str | Unset = UNSET
) -> _operations.Request:
    """List one owner's jobs, a page at a time

    Args:
        owner (str):
        page (int | Unset):  Default: 0.
        x_trace_id (str | Unset):
    """

    _kwargs: dict[str, Any] = {}
    headers: dict[str, Any] = {}
    if not isinstance(x_trace_id, Unset):
        headers["X-Trace-Id"] = x_trace_id

    params: dict[str, Any] = {}

    params["owner"] = owner

    params["page"] = page

    _kwargs["headers"] = headers
    _kwargs["params"] = params
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Error | JobList")
