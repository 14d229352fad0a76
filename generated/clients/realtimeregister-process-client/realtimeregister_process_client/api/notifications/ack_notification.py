from typing import Any, cast
from urllib.parse import quote

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import params as _params
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    customer: str,
    notification_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("ack_notification")

    _params.check_path(
        _media.PATH_RULES["ack_notification"],
        customer=customer,
        notification_id=notification_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/customers/{customer}/notifications/{notification_id}/ack".format(
            customer=quote(str(customer), safe=""),
            notification_id=quote(str(notification_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        try:
            response_200 = cast(Any, None)
            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(
                _answers.json_object(response, "ack_notification", _media.TABULAR.get("ack_notification"))
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "ack_notification", _media.TABULAR.get("ack_notification"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "ack_notification", _media.TABULAR.get("ack_notification"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorResponse.from_dict(
                _answers.json_object(response, "ack_notification", _media.TABULAR.get("ack_notification"))
            )

            return response_429

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
) -> Response[Any | ErrorResponse]:
    """Acknowledge a notification

     Marks the notification read, so that pollNotification moves on to the next one. Answers
    `200` with an empty body (the PHP SDK's test, S10; S11). An unknown id is an
    `ObjectDoesNotExist` error (S11), answered 400 like every such error here.

    Args:
        customer (str):
        notification_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer=customer,
        notification_id=notification_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("ack_notification"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Acknowledge a notification

     Marks the notification read, so that pollNotification moves on to the next one. Answers
    `200` with an empty body (the PHP SDK's test, S10; S11). An unknown id is an
    `ObjectDoesNotExist` error (S11), answered 400 like every such error here.

    Args:
        customer (str):
        notification_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        customer=customer,
        notification_id=notification_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Acknowledge a notification

     Marks the notification read, so that pollNotification moves on to the next one. Answers
    `200` with an empty body (the PHP SDK's test, S10; S11). An unknown id is an
    `ObjectDoesNotExist` error (S11), answered 400 like every such error here.

    Args:
        customer (str):
        notification_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer=customer,
        notification_id=notification_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("ack_notification"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    notification_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Acknowledge a notification

     Marks the notification read, so that pollNotification moves on to the next one. Answers
    `200` with an empty body (the PHP SDK's test, S10; S11). An unknown id is an
    `ObjectDoesNotExist` error (S11), answered 400 like every such error here.

    Args:
        customer (str):
        notification_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer=customer,
            notification_id=notification_id,
            client=client,
        )
    ).parsed
