from typing import Any

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status_response import ProcessStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity_id: str,
    event_type: str,
    page: int | Unset = 1,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process_status_entity_id")

    params: dict[str, Any] = {}

    params["entity-id"] = entity_id

    params["event-type"] = event_type

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process-status",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatusResponse | None:
    if response.status_code == 200:
        try:
            response_200 = ProcessStatusResponse.from_dict(
                _answers.json_object(
                    response, "get_process_status_entity_id", _media.TABULAR.get("get_process_status_entity_id")
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
                    response, "get_process_status_entity_id", _media.TABULAR.get("get_process_status_entity_id")
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
                    response, "get_process_status_entity_id", _media.TABULAR.get("get_process_status_entity_id")
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
                    response, "get_process_status_entity_id", _media.TABULAR.get("get_process_status_entity_id")
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
                    response, "get_process_status_entity_id", _media.TABULAR.get("get_process_status_entity_id")
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
                    response, "get_process_status_entity_id", _media.TABULAR.get("get_process_status_entity_id")
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
    entity_id: str,
    event_type: str,
    page: int | Unset = 1,
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of one entity's processes by entity id and event type

     Lists, newest first, the process statuses recorded for one entity and one kind of event,
    50 per page. An entity id alone is not unique across event types, so both are required.
    Statuses that have expired are no longer listed.

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        entity_id (str):
        event_type (str):
        page (int | Unset):  Default: 1.

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
        entity_id=entity_id,
        event_type=event_type,
        page=page,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process_status_entity_id"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    entity_id: str,
    event_type: str,
    page: int | Unset = 1,
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of one entity's processes by entity id and event type

     Lists, newest first, the process statuses recorded for one entity and one kind of event,
    50 per page. An entity id alone is not unique across event types, so both are required.
    Statuses that have expired are no longer listed.

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        entity_id (str):
        event_type (str):
        page (int | Unset):  Default: 1.

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
        entity_id=entity_id,
        event_type=event_type,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_id: str,
    event_type: str,
    page: int | Unset = 1,
) -> Response[Problem | ProcessStatusResponse]:
    """Get the statuses of one entity's processes by entity id and event type

     Lists, newest first, the process statuses recorded for one entity and one kind of event,
    50 per page. An entity id alone is not unique across event types, so both are required.
    Statuses that have expired are no longer listed.

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        entity_id (str):
        event_type (str):
        page (int | Unset):  Default: 1.

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
        entity_id=entity_id,
        event_type=event_type,
        page=page,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process_status_entity_id"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    entity_id: str,
    event_type: str,
    page: int | Unset = 1,
) -> Problem | ProcessStatusResponse | None:
    """Get the statuses of one entity's processes by entity id and event type

     Lists, newest first, the process statuses recorded for one entity and one kind of event,
    50 per page. An entity id alone is not unique across event types, so both are required.
    Statuses that have expired are no longer listed.

    `401`, `403` and `429` are bol-wide behaviour (see getProcessStatus), not part of bol's own
    description of this operation.

    Args:
        entity_id (str):
        event_type (str):
        page (int | Unset):  Default: 1.

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
            entity_id=entity_id,
            event_type=event_type,
            page=page,
        )
    ).parsed
