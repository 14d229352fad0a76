from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...models.subscription_request import SubscriptionRequest
from ...types import Response


def _get_kwargs(subscription_id: str, *, body: SubscriptionRequest) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("put_push_notification_subscription")

    _params.check_path(_media.PATH_RULES["put_push_notification_subscription"], subscription_id=subscription_id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscriptions/{subscription_id}".format(subscription_id=quote(str(subscription_id), safe="")),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.Operation(
    "put_push_notification_subscription",
    _media,
    [
        (202, 202, "object", ProcessStatus.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (415, 415, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatus | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    subscription_id: str, *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> Response[Problem | ProcessStatus]:
    """Update a push notification subscription (also how to re-enable one)

     Replaces the subscription's resources, destination and `enabled` flag; queued (`202`, a
    process status with `eventType` `UPDATE_SUBSCRIPTION` in bol's demo). Sending the
    subscription back with `enabled: true` re-enables one bol has disabled (bol developer news
    "Failing notifications will be disabled", December 2023).

    bol's operation `put-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
        body (SubscriptionRequest): A subscription to create or the full new state of one to
            update (bol's
            `SubscriptionRequest`, S10).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Problem | ProcessStatus]
    """

    kwargs = _get_kwargs(subscription_id=subscription_id, body=body)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    subscription_id: str, *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> Problem | ProcessStatus | None:
    """Update a push notification subscription (also how to re-enable one)

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | ProcessStatus
    """

    return sync_detailed(subscription_id=subscription_id, client=client, body=body).parsed


async def asyncio_detailed(
    subscription_id: str, *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> Response[Problem | ProcessStatus]:
    """Update a push notification subscription (also how to re-enable one)

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | ProcessStatus]
    """

    kwargs = _get_kwargs(subscription_id=subscription_id, body=body)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    subscription_id: str, *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> Problem | ProcessStatus | None:
    """Update a push notification subscription (also how to re-enable one)

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | ProcessStatus
    """

    return (await asyncio_detailed(subscription_id=subscription_id, client=client, body=body)).parsed
