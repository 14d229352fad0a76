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
from ...types import Response


def _get_kwargs(
    process_status_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process_status")

    _params.check_path(
        _media.PATH_RULES["get_process_status"],
        process_status_id=process_status_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process-status/{process_status_id}".format(
            process_status_id=quote(str(process_status_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatus | None:
    if response.status_code == 200:
        try:
            response_200 = ProcessStatus.from_dict(
                _answers.json_object(response, "get_process_status", _media.TABULAR.get("get_process_status"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 401:
        try:
            response_401 = Problem.from_dict(
                _answers.json_object(response, "get_process_status", _media.TABULAR.get("get_process_status"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = Problem.from_dict(
                _answers.json_object(response, "get_process_status", _media.TABULAR.get("get_process_status"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 404:
        try:
            response_404 = Problem.from_dict(
                _answers.json_object(response, "get_process_status", _media.TABULAR.get("get_process_status"))
            )

            return response_404

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 406:
        try:
            response_406 = Problem.from_dict(
                _answers.json_object(response, "get_process_status", _media.TABULAR.get("get_process_status"))
            )

            return response_406

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = Problem.from_dict(
                _answers.json_object(response, "get_process_status", _media.TABULAR.get("get_process_status"))
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
    process_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | ProcessStatus]:
    """Get the status of an asynchronous process by process status id

     Returns one process status: what was requested (`eventType`, `entityId`,
    `description`), where it stands (`status`) and, after a failure, why (`errorMessage`).
    The id comes from the answer to the original PUT/POST/DELETE request.

    **Lifecycle.** `PENDING` means the request is still queued or being processed; `SUCCESS`,
    `FAILURE` and `TIMEOUT` are final. A `404` means the status is unknown or has expired
    (statuses are kept only for a limited time after they end): stop polling it.

    `401` (missing or invalid token), `403` (account not active) and `429` (rate limited,
    usually with `Retry-After`) are not in bol's own description of this operation; they apply
    to every bol call (picqer's recorded answers show all three). The 429 is
    documented on bol's rate-limit page; `Retry-After` in seconds comes from PROVIDERS.md and
    is what the picqer client waits on; the 401 for a missing, malformed or expired token is
    described on bol's Marketing Catalog API error page
    (https://api.bol.com/marketing/docs/catalog-api/errors.html) for the same gateway. Their
    bodies are modelled as the same `Problem` as bol's documented errors.

    Args:
        process_status_id (str):

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
        process_status_id=process_status_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process_status"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    process_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | ProcessStatus | None:
    """Get the status of an asynchronous process by process status id

     Returns one process status: what was requested (`eventType`, `entityId`,
    `description`), where it stands (`status`) and, after a failure, why (`errorMessage`).
    The id comes from the answer to the original PUT/POST/DELETE request.

    **Lifecycle.** `PENDING` means the request is still queued or being processed; `SUCCESS`,
    `FAILURE` and `TIMEOUT` are final. A `404` means the status is unknown or has expired
    (statuses are kept only for a limited time after they end): stop polling it.

    `401` (missing or invalid token), `403` (account not active) and `429` (rate limited,
    usually with `Retry-After`) are not in bol's own description of this operation; they apply
    to every bol call (picqer's recorded answers show all three). The 429 is
    documented on bol's rate-limit page; `Retry-After` in seconds comes from PROVIDERS.md and
    is what the picqer client waits on; the 401 for a missing, malformed or expired token is
    described on bol's Marketing Catalog API error page
    (https://api.bol.com/marketing/docs/catalog-api/errors.html) for the same gateway. Their
    bodies are modelled as the same `Problem` as bol's documented errors.

    Args:
        process_status_id (str):

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
        process_status_id=process_status_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    process_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | ProcessStatus]:
    """Get the status of an asynchronous process by process status id

     Returns one process status: what was requested (`eventType`, `entityId`,
    `description`), where it stands (`status`) and, after a failure, why (`errorMessage`).
    The id comes from the answer to the original PUT/POST/DELETE request.

    **Lifecycle.** `PENDING` means the request is still queued or being processed; `SUCCESS`,
    `FAILURE` and `TIMEOUT` are final. A `404` means the status is unknown or has expired
    (statuses are kept only for a limited time after they end): stop polling it.

    `401` (missing or invalid token), `403` (account not active) and `429` (rate limited,
    usually with `Retry-After`) are not in bol's own description of this operation; they apply
    to every bol call (picqer's recorded answers show all three). The 429 is
    documented on bol's rate-limit page; `Retry-After` in seconds comes from PROVIDERS.md and
    is what the picqer client waits on; the 401 for a missing, malformed or expired token is
    described on bol's Marketing Catalog API error page
    (https://api.bol.com/marketing/docs/catalog-api/errors.html) for the same gateway. Their
    bodies are modelled as the same `Problem` as bol's documented errors.

    Args:
        process_status_id (str):

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
        process_status_id=process_status_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process_status"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    process_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | ProcessStatus | None:
    """Get the status of an asynchronous process by process status id

     Returns one process status: what was requested (`eventType`, `entityId`,
    `description`), where it stands (`status`) and, after a failure, why (`errorMessage`).
    The id comes from the answer to the original PUT/POST/DELETE request.

    **Lifecycle.** `PENDING` means the request is still queued or being processed; `SUCCESS`,
    `FAILURE` and `TIMEOUT` are final. A `404` means the status is unknown or has expired
    (statuses are kept only for a limited time after they end): stop polling it.

    `401` (missing or invalid token), `403` (account not active) and `429` (rate limited,
    usually with `Retry-After`) are not in bol's own description of this operation; they apply
    to every bol call (picqer's recorded answers show all three). The 429 is
    documented on bol's rate-limit page; `Retry-After` in seconds comes from PROVIDERS.md and
    is what the picqer client waits on; the 401 for a missing, malformed or expired token is
    described on bol's Marketing Catalog API error page
    (https://api.bol.com/marketing/docs/catalog-api/errors.html) for the same gateway. Their
    bodies are modelled as the same `Problem` as bol's documented errors.

    Args:
        process_status_id (str):

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
            process_status_id=process_status_id,
            client=client,
        )
    ).parsed
