from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import UNSET, Unset


def _read_200(data: Any) -> list[Task]:
    response_200 = list(map(Task.from_dict, data))

    return response_200


def _read_500(data: Any) -> ErrorResponse | list[Task]:
    def _parse_response_500(data: object) -> ErrorResponse | list[Task]:
        try:
            if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                raise TypeError()
            componentsschemas_get_task_error_body_type_0 = ErrorResponse.from_dict(data)

            return componentsschemas_get_task_error_body_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_get_task_error_body_type_1 = list(map(Task.from_dict, data))

        return componentsschemas_get_task_error_body_type_1

    response_500 = _parse_response_500(data)

    return response_500


_OPERATION: _operations.Operation[ErrorResponse | ErrorResponse | list[Task] | list[Task]] = _operations.operation(
    __name__,
    "get /tasks",
    [("200", "json", _read_200), ("401 403", "object", ErrorResponse.from_dict), ("500", "json", _read_500)],
)


def _request(*, client: AuthenticatedClient | Client, format_: str | Unset = UNSET) -> _operations.Request:
    """List the authorized user's tasks

     ServiceStack service `GetTask` (request DTO without properties). Answers every task of the
    authenticated user as a `GetTaskResponse`, a JSON array of `Task`. The same list is also served at
    `/tasks.csv` (and `/tasks.jsonl`), equivalent to `?format=csv` or the matching `Accept` header. No
    400 is documented: `GetTask` has no parameters to bind, and a `format` value that is not a
    registered format is ignored rather than rejected (ServiceStack source,
    `HttpRequestExtensions.GetQueryStringContentType`); an earlier revision of this document listed a
    400 for an unknown format, which the framework source contradicts.

    Args:
        format_ (str | Unset):
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    _kwargs["params"] = params
    return _OPERATION.request(client, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(
    _request, "ErrorResponse | ErrorResponse | list[Task] | list[Task]"
)
