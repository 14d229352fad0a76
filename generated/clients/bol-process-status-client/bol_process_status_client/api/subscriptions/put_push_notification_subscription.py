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
from ...models.process_status import ProcessStatus
from ...models.subscription_request import SubscriptionRequest
from ...types import Response


def _get_kwargs(
    subscription_id: str,
    *,
    body: SubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("put_push_notification_subscription")

    _params.check_path(
        _media.PATH_RULES["put_push_notification_subscription"],
        subscription_id=subscription_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscriptions/{subscription_id}".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatus | None:
    if response.status_code == 202:
        try:
            response_202 = ProcessStatus.from_dict(
                _answers.json_object(
                    response,
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
                )
            )

            return response_202

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
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
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
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
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
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
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
                )
            )

            return response_406

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 415:
        try:
            response_415 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
                )
            )

            return response_415

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = Problem.from_dict(
                _answers.json_object(
                    response,
                    "put_push_notification_subscription",
                    _media.TABULAR.get("put_push_notification_subscription"),
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
) -> Response[Problem | ProcessStatus]:
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
    body: SubscriptionRequest,
) -> Response[Problem | ProcessStatus]:
    """Update a push notification subscription (also how to re-enable one)

     Replaces the subscription's resources, destination and `enabled` flag; queued (`202`, a
    process status with `eventType` `UPDATE_SUBSCRIPTION` in bol's demo). Sending the
    subscription back with `enabled: true` re-enables one bol has disabled (bol developer news
    "Failing notifications will be disabled", December 2023).

    bol's operation `put-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
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

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("put_push_notification_subscription"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionRequest,
) -> Problem | ProcessStatus | None:
    """Update a push notification subscription (also how to re-enable one)

     Replaces the subscription's resources, destination and `enabled` flag; queued (`202`, a
    process status with `eventType` `UPDATE_SUBSCRIPTION` in bol's demo). Sending the
    subscription back with `enabled: true` re-enables one bol has disabled (bol developer news
    "Failing notifications will be disabled", December 2023).

    bol's operation `put-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
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
        Problem | ProcessStatus
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionRequest,
) -> Response[Problem | ProcessStatus]:
    """Update a push notification subscription (also how to re-enable one)

     Replaces the subscription's resources, destination and `enabled` flag; queued (`202`, a
    process status with `eventType` `UPDATE_SUBSCRIPTION` in bol's demo). Sending the
    subscription back with `enabled: true` re-enables one bol has disabled (bol developer news
    "Failing notifications will be disabled", December 2023).

    bol's operation `put-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
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

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("put_push_notification_subscription"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionRequest,
) -> Problem | ProcessStatus | None:
    """Update a push notification subscription (also how to re-enable one)

     Replaces the subscription's resources, destination and `enabled` flag; queued (`202`, a
    process status with `eventType` `UPDATE_SUBSCRIPTION` in bol's demo). Sending the
    subscription back with `enabled: true` re-enables one bol has disabled (bol developer news
    "Failing notifications will be disabled", December 2023).

    bol's operation `put-push-notification-subscription` (S10).

    Args:
        subscription_id (str):
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
        Problem | ProcessStatus
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            body=body,
        )
    ).parsed
