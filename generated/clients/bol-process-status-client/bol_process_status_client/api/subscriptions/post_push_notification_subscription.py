from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...models.subscription_request import SubscriptionRequest
from ...types import Response


def _get_kwargs(*, body: SubscriptionRequest) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("post_push_notification_subscription")

    _kwargs: dict[str, Any] = {"method": "post", "url": "/subscriptions"}

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.Operation(
    "post_push_notification_subscription",
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
    *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> Response[Problem | ProcessStatus]:
    """Create a push notification subscription

     Asks bol to create a subscription. Like every changing request it is queued: the answer is
    a `202` with a process status (`eventType` `CREATE_SUBSCRIPTION` in bol's demo), and the
    subscription exists once that process has succeeded; wait for it with the process-status
    waiter. A webhook `url` must use HTTPS (PROVIDERS.md, bol's subscription docs).

    bol's operation `post-push-notification-subscription` (S10). Retailer API v11 answers
    `204` and renames `url`; this is v10.

    Args:
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

    kwargs = _get_kwargs(body=body)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(*, client: AuthenticatedClient | Client, body: SubscriptionRequest) -> Problem | ProcessStatus | None:
    """Create a push notification subscription

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | ProcessStatus
    """

    return sync_detailed(client=client, body=body).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: SubscriptionRequest
) -> Response[Problem | ProcessStatus]:
    """Create a push notification subscription

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | ProcessStatus]
    """

    kwargs = _get_kwargs(body=body)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(*, client: AuthenticatedClient | Client, body: SubscriptionRequest) -> Problem | ProcessStatus | None:
    """Create a push notification subscription

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | ProcessStatus
    """

    return (await asyncio_detailed(client=client, body=body)).parsed
