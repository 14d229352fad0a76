from uuid import UUID

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job

_OPERATION: _operations.Operation[Error | Job] = _operations.operation(
    __name__,
    "get /jobs/{job_id}",
    [("200", "object", Job.from_dict), ("400 401 404 500-599", "object", Error.from_dict)],
)


def _request(job_id: UUID, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Read one job

     One job, as JSON, CSV or JSON Lines.

    Args:
        job_id (UUID):
    """

    return _OPERATION.request(client, path={"job_id": job_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Error | Job")
