from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...types import Response


def _get_kwargs(subscription_id: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("post_test_push_notification")

    _params.check_path(_media.PATH_RULES["post_test_push_notification"], subscription_id=subscription_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions/test/{subscription_id}".format(subscription_id=quote(str(subscription_id), safe="")),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.Operation(
    "post_test_push_notification",
    _media,
    [
        (202, 202, "object", ProcessStatus.from_dict),
        (400, 400, "object", Problem.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatus | None:
    return _OPERATION.parse(client, response)


def sync_detailed(subscription_id: str, *, client: AuthenticatedClient | Client) -> Response[Problem | ProcessStatus]:
    """Send a test push notification to a subscription

     Asks bol to send a test notification to the subscription's destination; queued like every
    changing request (`202`, a process status with `eventType` `SEND_SUBSCRIPTION_TST_MSG` in
    bol's demo). The test event's body is not described by bol; a receiver should accept a
    correctly signed event of a resource it does not handle and ignore it.

    bol's operation `post-test-push-notification` (S10).

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
        Response[Problem | ProcessStatus]
    """

    kwargs = _get_kwargs(subscription_id=subscription_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(subscription_id: str, *, client: AuthenticatedClient | Client) -> Problem | ProcessStatus | None:
    """Send a test push notification to a subscription

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | ProcessStatus
    """

    return sync_detailed(subscription_id=subscription_id, client=client).parsed


async def asyncio_detailed(
    subscription_id: str, *, client: AuthenticatedClient | Client
) -> Response[Problem | ProcessStatus]:
    """Send a test push notification to a subscription

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | ProcessStatus]
    """

    kwargs = _get_kwargs(subscription_id=subscription_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(subscription_id: str, *, client: AuthenticatedClient | Client) -> Problem | ProcessStatus | None:
    """Send a test push notification to a subscription

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | ProcessStatus
    """

    return (await asyncio_detailed(subscription_id=subscription_id, client=client)).parsed
