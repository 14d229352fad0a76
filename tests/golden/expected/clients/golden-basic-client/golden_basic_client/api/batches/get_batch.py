from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.problem import Problem

_OPERATION: _operations.Operation[Batch | Problem] = _operations.operation(
    __name__,
    "get /accounts/{account_id}/batches/{batch_id}",
    [("200", "object", Batch.from_dict), ("404", "object", Problem.from_dict)],
)


def _request(account_id: str, batch_id: int, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Read one batch and its steps

    Args:
        account_id (str):
        batch_id (int):
    """

    return _OPERATION.request(client, path={"account_id": account_id, "batch_id": batch_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Batch | Problem")
