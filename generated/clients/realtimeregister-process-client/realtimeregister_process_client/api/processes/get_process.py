from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.process import Process
from ...models.process_fields import ProcessFields
from ...types import UNSET, Unset


def _read_200(data: Any) -> Process | ProcessFields:
    def _parse_response_200(data: object) -> Process | ProcessFields:
        try:
            if not (
                isinstance(data, dict)
                and {"action", "command", "createdDate", "customer", "id", "status", "type", "user"} <= data.keys()
            ):
                raise TypeError()
            response_200_type_0 = Process.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        response_200_type_1 = ProcessFields.from_dict(data)

        return response_200_type_1

    response_200 = _parse_response_200(data)

    return response_200


_OPERATION: _operations.Operation[ErrorResponse | Process | ProcessFields] = _operations.operation(
    __name__,
    "get /v2/processes/{process_id}",
    [("200", "json", _read_200), ("400 401 403 404 429 500 502 503", "object", ErrorResponse.from_dict)],
)


def _request(
    process_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> _operations.Request:
    """Get a process

     Returns one process of the authenticated customer, identified by the numeric id that the
    mutating call answered with.

    Polling: `status` tells where the process stands. `NEW`, `VALIDATED` and `SCHEDULED` have
    not started yet; `RUNNING` is in progress. `IN_DOUBT` means the outcome at the registry
    (provider) is not known yet, typically after a timeout in the provider's answer; Realtime
    Register settles it afterwards (by checking with the provider, or by hand), so the process
    is treated as still running and a poller keeps polling rather than calling it failed.
    `COMPLETED` is the successful end; `INVALID` (the command was rejected before it ran) and
    `FAILED` are unsuccessful ends; `CANCELLED` ends a process that was cancelled.
    `SUSPENDED` waits for the caller: `resumeTypes` lists how it can be continued.

    A process that does not exist (or belongs to another customer) is an error, not a record
    that expired. Realtime Register answers it with **400** and an `ObjectDoesNotExist` body
    (its "Generic errors" page, https://dm.realtimeregister.com/docs/api/errors, and the
    official SDKs: see the 400 answer); `x-async-status.not-found-answers` tells the waiters
    to treat that answer like a 404.

    Args:
        process_id (int):
        fields (str | Unset):
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    _kwargs["params"] = params
    return _OPERATION.request(client, path={"process_id": process_id}, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(
    _request, "ErrorResponse | Process | ProcessFields"
)
