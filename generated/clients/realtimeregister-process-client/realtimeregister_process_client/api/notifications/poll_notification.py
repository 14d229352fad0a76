from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification_poll import NotificationPoll
from ...types import Response


def _get_kwargs(customer: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("poll_notification")

    _params.check_path(_media.PATH_RULES["poll_notification"], customer=customer)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/{customer}/notifications/poll".format(customer=quote(str(customer), safe="")),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[ErrorResponse | NotificationPoll] = _operations.Operation(
    "poll_notification",
    _media,
    [
        (200, 200, "object", NotificationPoll.from_dict),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (429, 429, "object", ErrorResponse.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotificationPoll | None:
    return _OPERATION.parse(client, response)


def sync_detailed(customer: str, *, client: AuthenticatedClient | Client) -> Response[ErrorResponse | NotificationPoll]:
    """Poll the oldest unacknowledged notification

     The customer's notification queue: `count` unacknowledged notifications and the oldest of
    them. The same notification comes back until it is acknowledged with ackNotification, so a
    reader acknowledges only after it has stored what it needs. An empty queue answers
    `{"count": 0}` without `notification`.

    A notification names the process it reports on in `process` (an integer that this suite
    takes to be the `Process.id` of getProcess: an inference from the names and types in the
    official SDKs, not a documented fact).

    Sources: the official PHP SDK (`src/Api/NotificationsApi.php`, `src/Domain/NotificationPoll.php`
    and its test data, tests/corpus/realtimeregister/SOURCES.md S10) and the provider's published
    API skill spec (S11).

    Args:
        customer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | NotificationPoll]
    """

    kwargs = _get_kwargs(customer=customer)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(customer: str, *, client: AuthenticatedClient | Client) -> ErrorResponse | NotificationPoll | None:
    """Poll the oldest unacknowledged notification

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        ErrorResponse | NotificationPoll
    """

    return sync_detailed(customer=customer, client=client).parsed


async def asyncio_detailed(
    customer: str, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | NotificationPoll]:
    """Poll the oldest unacknowledged notification

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[ErrorResponse | NotificationPoll]
    """

    kwargs = _get_kwargs(customer=customer)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(customer: str, *, client: AuthenticatedClient | Client) -> ErrorResponse | NotificationPoll | None:
    """Poll the oldest unacknowledged notification

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        ErrorResponse | NotificationPoll
    """

    return (await asyncio_detailed(customer=customer, client=client)).parsed
