from typing import Any

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscriptions_response import SubscriptionsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_push_notification_subscriptions")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionsResponse | None:
    if response.status_code == 200:
        try:
            response_200 = SubscriptionsResponse.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscriptions",
                    _media.TABULAR.get("get_push_notification_subscriptions"),
                )
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscriptions",
                    _media.TABULAR.get("get_push_notification_subscriptions"),
                )
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscriptions",
                    _media.TABULAR.get("get_push_notification_subscriptions"),
                )
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscriptions",
                    _media.TABULAR.get("get_push_notification_subscriptions"),
                )
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 406:
        try:
            response_406 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscriptions",
                    _media.TABULAR.get("get_push_notification_subscriptions"),
                )
            )

            return response_406

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscriptions",
                    _media.TABULAR.get("get_push_notification_subscriptions"),
                )
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
) -> Response[Problem | SubscriptionsResponse]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | SubscriptionsResponse]:
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
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_push_notification_subscriptions"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Problem | SubscriptionsResponse | None:
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
        Problem | SubscriptionsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | SubscriptionsResponse]:
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
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_push_notification_subscriptions"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Problem | SubscriptionsResponse | None:
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
        Problem | SubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
