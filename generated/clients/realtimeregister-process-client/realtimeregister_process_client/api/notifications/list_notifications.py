from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import params as _params
from asyncstatus_core import servers as _servers

from ... import _media, errors
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

    _params.check_path(
        _media.PATH_RULES["list_notifications"],
        customer=customer,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/{customer}/notifications".format(
            customer=quote(str(customer), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotificationList | None:
    if response.status_code == 200:
        try:
            response_200 = NotificationList.from_dict(
                _answers.json_object(response, "list_notifications", _media.TABULAR.get("list_notifications"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(
                _answers.json_object(response, "list_notifications", _media.TABULAR.get("list_notifications"))
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "list_notifications", _media.TABULAR.get("list_notifications"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "list_notifications", _media.TABULAR.get("list_notifications"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorResponse.from_dict(
                _answers.json_object(response, "list_notifications", _media.TABULAR.get("list_notifications"))
            )

            return response_429

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | NotificationList]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    kwargs = _get_kwargs(
        customer=customer,
        limit=limit,
        offset=offset,
        q=q,
        order=order,
        fields=fields,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("list_notifications"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


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
        ErrorResponse | NotificationList
    """

    return sync_detailed(
        customer=customer,
        client=client,
        limit=limit,
        offset=offset,
        q=q,
        order=order,
        fields=fields,
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

    kwargs = _get_kwargs(
        customer=customer,
        limit=limit,
        offset=offset,
        q=q,
        order=order,
        fields=fields,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("list_notifications"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


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
        ErrorResponse | NotificationList
    """

    return (
        await asyncio_detailed(
            customer=customer,
            client=client,
            limit=limit,
            offset=offset,
            q=q,
            order=order,
            fields=fields,
        )
    ).parsed
