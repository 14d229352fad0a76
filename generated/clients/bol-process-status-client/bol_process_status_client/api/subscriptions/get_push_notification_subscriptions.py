from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscriptions_response import SubscriptionsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_push_notification_subscriptions")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/subscriptions"}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | SubscriptionsResponse] = _operations.Operation(
    "get_push_notification_subscriptions",
    _media,
    [
        (200, 200, "object", SubscriptionsResponse.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionsResponse | None:
    return _OPERATION.parse(client, response)


def sync_detailed(*, client: AuthenticatedClient | Client) -> Response[Problem | SubscriptionsResponse]:
    """List the retailer's push notification subscriptions

     Every event notification subscription of the retailer: which resources it carries
    (`PROCESS_STATUS`, ...), where they go (a webhook URL, a Pub/Sub topic or an SQS queue)
    and whether it is `enabled`. bol disables a webhook subscription by itself after its
    deliveries keep failing (10 attempts over 10 minutes; bol developer news "Failing
    notifications will be disabled", December 2023): `enabled: false` here is how a client
    notices.

    bol's operation `get-push-notification-subscriptions` (Retailer API v10,
    `src/OpenApi/retailer.json` of picqer/bol-retailer-php-client@279a71e; tests/corpus/bol/SOURCES.md
    S10).
    It lives under `/retailer`, not `/shared`: see the path's `servers`.
    `401`, `403`, `406`, `415` and `429` are bol-wide behaviour (see getProcessStatus), declared on
    every
    subscription operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Problem | SubscriptionsResponse]
    """

    kwargs = _get_kwargs()
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(*, client: AuthenticatedClient | Client) -> Problem | SubscriptionsResponse | None:
    """List the retailer's push notification subscriptions

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | SubscriptionsResponse
    """

    return sync_detailed(client=client).parsed


async def asyncio_detailed(*, client: AuthenticatedClient | Client) -> Response[Problem | SubscriptionsResponse]:
    """List the retailer's push notification subscriptions

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | SubscriptionsResponse]
    """

    kwargs = _get_kwargs()
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(*, client: AuthenticatedClient | Client) -> Problem | SubscriptionsResponse | None:
    """List the retailer's push notification subscriptions

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | SubscriptionsResponse
    """

    return (await asyncio_detailed(client=client)).parsed
