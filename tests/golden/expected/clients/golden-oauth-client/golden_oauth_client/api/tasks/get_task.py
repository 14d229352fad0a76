from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.task import Task

_OPERATION: _operations.Operation[Task] = _operations.operation(
    __name__, "get /tasks/{task_id}", [("200", "object", Task.from_dict)]
)


def _request(task_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Read one task

    Args:
        task_id (str):
    """

    return _OPERATION.request(client, path={"task_id": task_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Task")
