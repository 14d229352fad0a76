from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscription_response import SubscriptionResponse
from ...types import Response


def _get_kwargs(subscription_id: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_push_notification_subscription")

    _params.check_path(_media.PATH_RULES["get_push_notification_subscription"], subscription_id=subscription_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/{subscription_id}".format(subscription_id=quote(str(subscription_id), safe="")),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | SubscriptionResponse] = _operations.Operation(
    "get_push_notification_subscription",
    _media,
    [
        (200, 200, "object", SubscriptionResponse.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (404, 404, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionResponse | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    subscription_id: str, *, client: AuthenticatedClient | Client
) -> Response[Problem | SubscriptionResponse]:
    """Get one push notification subscription

     One subscription by id, with `enabled` (false once bol has disabled it after failed
    deliveries, or when it was created disabled).

    bol's operation `get-push-notification-subscription` (S10).

    Args:
        subscription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Problem | SubscriptionResponse]
    """

    kwargs = _get_kwargs(subscription_id=subscription_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(subscription_id: str, *, client: AuthenticatedClient | Client) -> Problem | SubscriptionResponse | None:
    """Get one push notification subscription

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | SubscriptionResponse
    """

    return sync_detailed(subscription_id=subscription_id, client=client).parsed


async def asyncio_detailed(
    subscription_id: str, *, client: AuthenticatedClient | Client
) -> Response[Problem | SubscriptionResponse]:
    """Get one push notification subscription

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | SubscriptionResponse]
    """

    kwargs = _get_kwargs(subscription_id=subscription_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    subscription_id: str, *, client: AuthenticatedClient | Client
) -> Problem | SubscriptionResponse | None:
    """Get one push notification subscription

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | SubscriptionResponse
    """

    return (await asyncio_detailed(subscription_id=subscription_id, client=client)).parsed
