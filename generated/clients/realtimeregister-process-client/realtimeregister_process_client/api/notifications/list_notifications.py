from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification_list import NotificationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("list_notifications")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["q"] = q

    params["order"] = order

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(_media.PATH_RULES["list_notifications"], customer=customer)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/{customer}/notifications".format(customer=quote(str(customer), safe="")),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[ErrorResponse | NotificationList] = _operations.Operation(
    "list_notifications",
    _media,
    [
        (200, 200, "object", NotificationList.from_dict),
        (400, 400, "object", ErrorResponse.from_dict),
        (401, 401, "object", ErrorResponse.from_dict),
        (403, 403, "object", ErrorResponse.from_dict),
        (429, 429, "object", ErrorResponse.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotificationList | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | NotificationList]:
    """List notifications

     The customer's notifications, `limit` at a time from `offset`, in the provider's usual list
    envelope (`entities` and `pagination`; the PHP SDK's `AbstractCollection`, S10). `q` filters,
    e.g. `acknowledgeDate:null` for the unacknowledged ones (S11).

    Args:
        customer (str):
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        order (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | NotificationList]
    """

    kwargs = _get_kwargs(customer=customer, limit=limit, offset=offset, q=q, order=order, fields=fields)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | NotificationList | None:
    """List notifications

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        ErrorResponse | NotificationList
    """

    return sync_detailed(
        customer=customer, client=client, limit=limit, offset=offset, q=q, order=order, fields=fields
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | NotificationList]:
    """List notifications

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[ErrorResponse | NotificationList]
    """

    kwargs = _get_kwargs(customer=customer, limit=limit, offset=offset, q=q, order=order, fields=fields)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | NotificationList | None:
    """List notifications

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        ErrorResponse | NotificationList
    """

    return (
        await asyncio_detailed(
            customer=customer, client=client, limit=limit, offset=offset, q=q, order=order, fields=fields
        )
    ).parsed
