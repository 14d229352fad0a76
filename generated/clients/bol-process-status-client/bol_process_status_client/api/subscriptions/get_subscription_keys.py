from typing import Any

import httpx
from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.key_set_response import KeySetResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_subscription_keys")

    _kwargs: dict[str, Any] = {"method": "get", "url": "/subscriptions/signature-keys"}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[KeySetResponse | Problem] = _operations.Operation(
    "get_subscription_keys",
    _media,
    [
        (200, 200, "object", KeySetResponse.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KeySetResponse | Problem | None:
    return _OPERATION.parse(client, response)


def sync_detailed(*, client: AuthenticatedClient | Client) -> Response[KeySetResponse | Problem]:
    """Get the public keys that sign push notifications

     The RSA public keys bol signs webhook deliveries with. A delivery's signature header names
    the key in its `keyId`, which is a key's `id` here (bol: "Maps to the keyId value in the
    signature header of the push request"). Keys rotate without notice: fetch them again when
    a delivery names an unknown `keyId`, and do not keep them forever.

    bol's operation `get-subscription-keys` (S10). bol declares only the `200`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[KeySetResponse | Problem]
    """

    kwargs = _get_kwargs()
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(*, client: AuthenticatedClient | Client) -> KeySetResponse | Problem | None:
    """Get the public keys that sign push notifications

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        KeySetResponse | Problem
    """

    return sync_detailed(client=client).parsed


async def asyncio_detailed(*, client: AuthenticatedClient | Client) -> Response[KeySetResponse | Problem]:
    """Get the public keys that sign push notifications

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[KeySetResponse | Problem]
    """

    kwargs = _get_kwargs()
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(*, client: AuthenticatedClient | Client) -> KeySetResponse | Problem | None:
    """Get the public keys that sign push notifications

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        KeySetResponse | Problem
    """

    return (await asyncio_detailed(client=client)).parsed
