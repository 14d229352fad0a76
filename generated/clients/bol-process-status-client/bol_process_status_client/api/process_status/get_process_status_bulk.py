from typing import Any

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_process_status_request import BulkProcessStatusRequest
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BulkProcessStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process_status_bulk")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/process-status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.retailer.v10+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatusResponse | None:
    if response.status_code == 200:
        try:
            response_200 = ProcessStatusResponse.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = Problem.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = Problem.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = Problem.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 406:
        try:
            response_406 = Problem.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
            )

            return response_406

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 415:
        try:
            response_415 = Problem.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
            )

            return response_415

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = Problem.from_dict(
                _answers.json_object(response, "get_process_status_bulk", _media.TABULAR.get("get_process_status_bulk"))
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
) -> Response[Problem | ProcessStatusResponse]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkProcessStatusRequest,
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of many asynchronous processes by process status ids

     Reads up to 1000 process statuses in one request (a POST only because the id list travels
    in the body; nothing is changed). Ids whose status has expired are silently left out of
    the answer rather than reported as errors, so a caller must treat a missing id as
    "expired, stop polling".

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        body (BulkProcessStatusRequest): The process status ids to read in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Problem | ProcessStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process_status_bulk"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkProcessStatusRequest,
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of many asynchronous processes by process status ids

     Reads up to 1000 process statuses in one request (a POST only because the id list travels
    in the body; nothing is changed). Ids whose status has expired are silently left out of
    the answer rather than reported as errors, so a caller must treat a missing id as
    "expired, stop polling".

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        body (BulkProcessStatusRequest): The process status ids to read in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Problem | ProcessStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkProcessStatusRequest,
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of many asynchronous processes by process status ids

     Reads up to 1000 process statuses in one request (a POST only because the id list travels
    in the body; nothing is changed). Ids whose status has expired are silently left out of
    the answer rather than reported as errors, so a caller must treat a missing id as
    "expired, stop polling".

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        body (BulkProcessStatusRequest): The process status ids to read in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Problem | ProcessStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process_status_bulk"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkProcessStatusRequest,
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of many asynchronous processes by process status ids

     Reads up to 1000 process statuses in one request (a POST only because the id list travels
    in the body; nothing is changed). Ids whose status has expired are silently left out of
    the answer rather than reported as errors, so a caller must treat a missing id as
    "expired, stop polling".

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        body (BulkProcessStatusRequest): The process status ids to read in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Problem | ProcessStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
