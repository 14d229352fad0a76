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
from ...models.notification import Notification
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer: str,
    notification_id: int,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_notification")

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(
        _media.PATH_RULES["get_notification"],
        customer=customer,
        notification_id=notification_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/{customer}/notifications/{notification_id}".format(
            customer=quote(str(customer), safe=""),
            notification_id=quote(str(notification_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Notification | None:
    if response.status_code == 200:
        try:
            response_200 = Notification.from_dict(
                _answers.json_object(response, "get_notification", _media.TABULAR.get("get_notification"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_notification", _media.TABULAR.get("get_notification"))
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_notification", _media.TABULAR.get("get_notification"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_notification", _media.TABULAR.get("get_notification"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_notification", _media.TABULAR.get("get_notification"))
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
) -> Response[ErrorResponse | Notification]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | Notification]:
    """Get one notification

     One notification by id. The provider's skill spec (S11) summarises the answer as "`type`,
    `data`, `createdDate`", which matches no other source; this spec follows the official PHP
    SDK's `Notification` (S10), which its tests exercise.

    Args:
        customer (str):
        notification_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | Notification]
    """

    kwargs = _get_kwargs(
        customer=customer,
        notification_id=notification_id,
        fields=fields,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_notification"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ErrorResponse | Notification | None:
    """Get one notification

     One notification by id. The provider's skill spec (S11) summarises the answer as "`type`,
    `data`, `createdDate`", which matches no other source; this spec follows the official PHP
    SDK's `Notification` (S10), which its tests exercise.

    Args:
        customer (str):
        notification_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | Notification
    """

    return sync_detailed(
        customer=customer,
        notification_id=notification_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | Notification]:
    """Get one notification

     One notification by id. The provider's skill spec (S11) summarises the answer as "`type`,
    `data`, `createdDate`", which matches no other source; this spec follows the official PHP
    SDK's `Notification` (S10), which its tests exercise.

    Args:
        customer (str):
        notification_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | Notification]
    """

    kwargs = _get_kwargs(
        customer=customer,
        notification_id=notification_id,
        fields=fields,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_notification"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ErrorResponse | Notification | None:
    """Get one notification

     One notification by id. The provider's skill spec (S11) summarises the answer as "`type`,
    `data`, `createdDate`", which matches no other source; this spec follows the official PHP
    SDK's `Notification` (S10), which its tests exercise.

    Args:
        customer (str):
        notification_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | Notification
    """

    return (
        await asyncio_detailed(
            customer=customer,
            notification_id=notification_id,
            client=client,
            fields=fields,
        )
    ).parsed
