from typing import Any
from uuid import UUID

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error import Error

_OPERATION: _operations.Operation[Any | Error] = _operations.operation(
    __name__,
    "delete /jobs/{job_id}",
    [("204", "none", None), ("401", "object", Error.from_dict)],
    default=("object", Error.from_dict),
)


def _request(job_id: UUID, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Cancel one job

    Args:
        job_id (UUID):
    """

    return _OPERATION.request(client, path={"job_id": job_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Any | Error")
