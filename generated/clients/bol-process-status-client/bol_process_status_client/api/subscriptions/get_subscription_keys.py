from typing import Any

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.key_set_response import KeySetResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_subscription_keys")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/signature-keys",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KeySetResponse | Problem | None:
    if response.status_code == 200:
        try:
            response_200 = KeySetResponse.from_dict(
                _answers.json_object(response, "get_subscription_keys", _media.TABULAR.get("get_subscription_keys"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 401:
        try:
            response_401 = Problem.from_dict(
                _answers.json_object(response, "get_subscription_keys", _media.TABULAR.get("get_subscription_keys"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = Problem.from_dict(
                _answers.json_object(response, "get_subscription_keys", _media.TABULAR.get("get_subscription_keys"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 406:
        try:
            response_406 = Problem.from_dict(
                _answers.json_object(response, "get_subscription_keys", _media.TABULAR.get("get_subscription_keys"))
            )

            return response_406

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = Problem.from_dict(
                _answers.json_object(response, "get_subscription_keys", _media.TABULAR.get("get_subscription_keys"))
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
) -> Response[KeySetResponse | Problem]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[KeySetResponse | Problem]:
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
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_subscription_keys"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> KeySetResponse | Problem | None:
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
        KeySetResponse | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[KeySetResponse | Problem]:
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
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_subscription_keys"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> KeySetResponse | Problem | None:
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
        KeySetResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
