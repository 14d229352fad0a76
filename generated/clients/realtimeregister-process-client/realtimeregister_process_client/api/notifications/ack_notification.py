from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(customer: str, notification_id: int) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("ack_notification")

    _params.check_path(_media.PATH_RULES["ack_notification"], customer=customer, notification_id=notification_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/customers/{customer}/notifications/{notification_id}/ack".format(
            customer=quote(str(customer), safe=""), notification_id=quote(str(notification_id), safe="")
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Any | ErrorResponse] = _operations.Operation(
    "ack_notification",
    _media,
    [
        (200, 200, "none", None),
        (400, 400, "object", ErrorResponse.from_dict),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (429, 429, "object", ErrorResponse.from_dict),
    ],
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client
) -> Response[Any | ErrorResponse]:
    """Acknowledge a notification

     Marks the notification read, so that pollNotification moves on to the next one. Answers
    `200` with an empty body (the PHP SDK's test, S10; S11). An unknown id is an
    `ObjectDoesNotExist` error (S11), answered 400 like every such error here.

    Args:
        customer (str):
        notification_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(customer=customer, notification_id=notification_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(customer: str, notification_id: int, *, client: AuthenticatedClient | Client) -> Any | ErrorResponse | None:
    """Acknowledge a notification

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(customer=customer, notification_id=notification_id, client=client).parsed


async def asyncio_detailed(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client
) -> Response[Any | ErrorResponse]:
    """Acknowledge a notification

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(customer=customer, notification_id=notification_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    customer: str, notification_id: int, *, client: AuthenticatedClient | Client
) -> Any | ErrorResponse | None:
    """Acknowledge a notification

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Any | ErrorResponse
    """

    return (await asyncio_detailed(customer=customer, notification_id=notification_id, client=client)).parsed
