from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.process import Process
from ...models.process_fields import ProcessFields
from ...types import UNSET, Response, Unset


def _get_kwargs(process_id: int, *, fields: str | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process")

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(_media.PATH_RULES["get_process"], process_id=process_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/processes/{process_id}".format(process_id=quote(str(process_id), safe="")),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


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


_OPERATION: _operations.Operation[ErrorResponse | Process | ProcessFields] = _operations.Operation(
    "get_process",
    _media,
    [
        (200, 200, "json", _read_200),
        (400, 400, "object", ErrorResponse.from_dict),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (404, 404, "object", ErrorResponse.from_dict),
        (429, 429, "object", ErrorResponse.from_dict),
        (500, 500, "object", ErrorResponse.from_dict),
        (502, 502, "object", ErrorResponse.from_dict),
        (503, 503, "object", ErrorResponse.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Process | ProcessFields | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    process_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> Response[ErrorResponse | Process | ProcessFields]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | Process | ProcessFields]
    """

    kwargs = _get_kwargs(process_id=process_id, fields=fields)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    process_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> ErrorResponse | Process | ProcessFields | None:
    """Get a process

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        ErrorResponse | Process | ProcessFields
    """

    return sync_detailed(process_id=process_id, client=client, fields=fields).parsed


async def asyncio_detailed(
    process_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> Response[ErrorResponse | Process | ProcessFields]:
    """Get a process

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[ErrorResponse | Process | ProcessFields]
    """

    kwargs = _get_kwargs(process_id=process_id, fields=fields)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    process_id: int, *, client: AuthenticatedClient | Client, fields: str | Unset = UNSET
) -> ErrorResponse | Process | ProcessFields | None:
    """Get a process

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        ErrorResponse | Process | ProcessFields
    """

    return (await asyncio_detailed(process_id=process_id, client=client, fields=fields)).parsed
