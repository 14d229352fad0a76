from uuid import UUID

from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job

_OPERATION: _operations.Operation[Error | Job] = _operations.Operation(
    "get_job",
    _media,
    [
        (200, 200, "object", Job.from_dict),
        (400, 400, "object", Error.from_dict),
        (401, 401, "object", Error.from_dict),
        (404, 404, "object", Error.from_dict),
        (500, 599, "object", Error.from_dict),
    ],
    method="get",
    path="/jobs/{job_id}",
)


def _request(job_id: UUID, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Read one job

     One job, as JSON, CSV or JSON Lines.

    Args:
        job_id (UUID):
    """

    return _OPERATION.request(client, path={"job_id": job_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Error | Job")
