from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job


def _read_200(data: Any) -> list[Job]:
    response_200 = list(map(Job.from_dict, data))

    return response_200


_OPERATION: _operations.Operation[Error | list[Job]] = _operations.operation(
    __name__, "get /jobs/export", [("200", "json", _read_200), ("401 403", "object", Error.from_dict)]
)


def _request(*, client: AuthenticatedClient | Client, owner: str) -> _operations.Request:
    """Every job of an owner, as a list

    Args:
        owner (str):
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["owner"] = owner

    _kwargs["params"] = params
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Error | list[Job]")
