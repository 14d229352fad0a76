from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import params as _params
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscription_response import SubscriptionResponse
from ...types import Response


def _get_kwargs(
    subscription_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_push_notification_subscription")

    _params.check_path(
        _media.PATH_RULES["get_push_notification_subscription"],
        subscription_id=subscription_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/{subscription_id}".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionResponse | None:
    if response.status_code == 200:
        try:
            response_200 = SubscriptionResponse.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
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
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
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
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
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
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
                )
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 404:
        try:
            response_404 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
                )
            )

            return response_404

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 406:
        try:
            response_406 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
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
                    "get_push_notification_subscription",
                    _media.TABULAR.get("get_push_notification_subscription"),
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
) -> Response[Problem | SubscriptionResponse]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | SubscriptionResponse]:
    """Get one push notification subscription

     One subscription by id, with `enabled` (false once bol has disabled it after failed
    deliveries, or when it was created disabled).

    bol's operation `get-push-notification-subscription` (S10).

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
        Response[Problem | SubscriptionResponse]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_push_notification_subscription"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | SubscriptionResponse | None:
    """Get one push notification subscription

     One subscription by id, with `enabled` (false once bol has disabled it after failed
    deliveries, or when it was created disabled).

    bol's operation `get-push-notification-subscription` (S10).

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
        Problem | SubscriptionResponse
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | SubscriptionResponse]:
    """Get one push notification subscription

     One subscription by id, with `enabled` (false once bol has disabled it after failed
    deliveries, or when it was created disabled).

    bol's operation `get-push-notification-subscription` (S10).

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
        Response[Problem | SubscriptionResponse]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_push_notification_subscription"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | SubscriptionResponse | None:
    """Get one push notification subscription

     One subscription by id, with `enabled` (false once bol has disabled it after failed
    deliveries, or when it was created disabled).

    bol's operation `get-push-notification-subscription` (S10).

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
        Problem | SubscriptionResponse
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
        )
    ).parsed
