from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus

_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.operation(
    __name__,
    "get /process-status/{process_status_id}",
    [("200", "object", ProcessStatus.from_dict), ("401 403 404 406 429", "object", Problem.from_dict)],
)


def _request(process_status_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Get the status of an asynchronous process by process status id

     Returns one process status: what was requested (`eventType`, `entityId`,
    `description`), where it stands (`status`) and, after a failure, why (`errorMessage`).
    The id comes from the answer to the original PUT/POST/DELETE request.

    **Lifecycle.** `PENDING` means the request is still queued or being processed; `SUCCESS`,
    `FAILURE` and `TIMEOUT` are final. A `404` means the status is unknown or has expired
    (statuses are kept only for a limited time after they end): stop polling it.

    `401` (missing or invalid token), `403` (account not active) and `429` (rate limited,
    usually with `Retry-After`) are not in bol's own description of this operation; they apply
    to every bol call (picqer's recorded answers show all three). The 429 is
    documented on bol's rate-limit page; `Retry-After` in seconds comes from PROVIDERS.md and
    is what the picqer client waits on; the 401 for a missing, malformed or expired token is
    described on bol's Marketing Catalog API error page
    (https://api.bol.com/marketing/docs/catalog-api/errors.html) for the same gateway. Their
    bodies are modelled as the same `Problem` as bol's documented errors.

    Args:
        process_status_id (str):
    """

    return _OPERATION.request(client, path={"process_status_id": process_status_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Problem | ProcessStatus")
