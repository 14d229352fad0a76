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
from ...models.notification_poll import NotificationPoll
from ...types import Response


def _get_kwargs(
    customer: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("poll_notification")

    _params.check_path(
        _media.PATH_RULES["poll_notification"],
        customer=customer,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/{customer}/notifications/poll".format(
            customer=quote(str(customer), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotificationPoll | None:
    if response.status_code == 200:
        try:
            response_200 = NotificationPoll.from_dict(
                _answers.json_object(response, "poll_notification", _media.TABULAR.get("poll_notification"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "poll_notification", _media.TABULAR.get("poll_notification"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "poll_notification", _media.TABULAR.get("poll_notification"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorResponse.from_dict(
                _answers.json_object(response, "poll_notification", _media.TABULAR.get("poll_notification"))
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
) -> Response[ErrorResponse | NotificationPoll]:
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
) -> Response[ErrorResponse | NotificationPoll]:
    """Poll the oldest unacknowledged notification

     The customer's notification queue: `count` unacknowledged notifications and the oldest of
    them. The same notification comes back until it is acknowledged with ackNotification, so a
    reader acknowledges only after it has stored what it needs. An empty queue answers
    `{"count": 0}` without `notification`.

    A notification names the process it reports on in `process` (an integer that this suite
    takes to be the `Process.id` of getProcess: an inference from the names and types in the
    official SDKs, not a documented fact).

    Sources: the official PHP SDK (`src/Api/NotificationsApi.php`, `src/Domain/NotificationPoll.php`
    and its test data, tests/corpus/realtimeregister/SOURCES.md S10) and the provider's published
    API skill spec (S11).

    Args:
        customer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | NotificationPoll]
    """

    kwargs = _get_kwargs(
        customer=customer,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("poll_notification"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | NotificationPoll | None:
    """Poll the oldest unacknowledged notification

     The customer's notification queue: `count` unacknowledged notifications and the oldest of
    them. The same notification comes back until it is acknowledged with ackNotification, so a
    reader acknowledges only after it has stored what it needs. An empty queue answers
    `{"count": 0}` without `notification`.

    A notification names the process it reports on in `process` (an integer that this suite
    takes to be the `Process.id` of getProcess: an inference from the names and types in the
    official SDKs, not a documented fact).

    Sources: the official PHP SDK (`src/Api/NotificationsApi.php`, `src/Domain/NotificationPoll.php`
    and its test data, tests/corpus/realtimeregister/SOURCES.md S10) and the provider's published
    API skill spec (S11).

    Args:
        customer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | NotificationPoll
    """

    return sync_detailed(
        customer=customer,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | NotificationPoll]:
    """Poll the oldest unacknowledged notification

     The customer's notification queue: `count` unacknowledged notifications and the oldest of
    them. The same notification comes back until it is acknowledged with ackNotification, so a
    reader acknowledges only after it has stored what it needs. An empty queue answers
    `{"count": 0}` without `notification`.

    A notification names the process it reports on in `process` (an integer that this suite
    takes to be the `Process.id` of getProcess: an inference from the names and types in the
    official SDKs, not a documented fact).

    Sources: the official PHP SDK (`src/Api/NotificationsApi.php`, `src/Domain/NotificationPoll.php`
    and its test data, tests/corpus/realtimeregister/SOURCES.md S10) and the provider's published
    API skill spec (S11).

    Args:
        customer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | NotificationPoll]
    """

    kwargs = _get_kwargs(
        customer=customer,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("poll_notification"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | NotificationPoll | None:
    """Poll the oldest unacknowledged notification

     The customer's notification queue: `count` unacknowledged notifications and the oldest of
    them. The same notification comes back until it is acknowledged with ackNotification, so a
    reader acknowledges only after it has stored what it needs. An empty queue answers
    `{"count": 0}` without `notification`.

    A notification names the process it reports on in `process` (an integer that this suite
    takes to be the `Process.id` of getProcess: an inference from the names and types in the
    official SDKs, not a documented fact).

    Sources: the official PHP SDK (`src/Api/NotificationsApi.php`, `src/Domain/NotificationPoll.php`
    and its test data, tests/corpus/realtimeregister/SOURCES.md S10) and the provider's published
    API skill spec (S11).

    Args:
        customer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | NotificationPoll
    """

    return (
        await asyncio_detailed(
            customer=customer,
            client=client,
        )
    ).parsed
