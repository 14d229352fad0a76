from typing import Any

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_tasks")

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[Task] | list[Task] | None:
    if response.status_code == 200:
        try:
            response_200 = list(
                map(Task.from_dict, _answers.json_body(response, "get_tasks", _media.TABULAR.get("get_tasks")))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_tasks", _media.TABULAR.get("get_tasks"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_tasks", _media.TABULAR.get("get_tasks"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 500:
        try:

            def _parse_response_500(data: object) -> ErrorResponse | list[Task]:
                try:
                    if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                        raise TypeError()
                    componentsschemas_get_task_error_body_type_0 = ErrorResponse.from_dict(data)

                    return componentsschemas_get_task_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_get_task_error_body_type_1 = list(map(Task.from_dict, data))

                return componentsschemas_get_task_error_body_type_1

            response_500 = _parse_response_500(
                _answers.json_body(response, "get_tasks", _media.TABULAR.get("get_tasks"))
            )

            return response_500

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]:
    """List the authorized user's tasks

     ServiceStack service `GetTask` (request DTO without properties). Answers every task of the
    authenticated user as a `GetTaskResponse`, a JSON array of `Task`. The same list is also served at
    `/tasks.csv` (and `/tasks.jsonl`), equivalent to `?format=csv` or the matching `Accept` header. No
    400 is documented: `GetTask` has no parameters to bind, and a `format` value that is not a
    registered format is ignored rather than rejected (ServiceStack source,
    `HttpRequestExtensions.GetQueryStringContentType`); an earlier revision of this document listed a
    400 for an unknown format, which the framework source contradicts.

    Args:
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_tasks"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[Task] | list[Task] | None:
    """List the authorized user's tasks

     ServiceStack service `GetTask` (request DTO without properties). Answers every task of the
    authenticated user as a `GetTaskResponse`, a JSON array of `Task`. The same list is also served at
    `/tasks.csv` (and `/tasks.jsonl`), equivalent to `?format=csv` or the matching `Accept` header. No
    400 is documented: `GetTask` has no parameters to bind, and a `format` value that is not a
    registered format is ignored rather than rejected (ServiceStack source,
    `HttpRequestExtensions.GetQueryStringContentType`); an earlier revision of this document listed a
    400 for an unknown format, which the framework source contradicts.

    Args:
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | ErrorResponse | list[Task] | list[Task]
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]:
    """List the authorized user's tasks

     ServiceStack service `GetTask` (request DTO without properties). Answers every task of the
    authenticated user as a `GetTaskResponse`, a JSON array of `Task`. The same list is also served at
    `/tasks.csv` (and `/tasks.jsonl`), equivalent to `?format=csv` or the matching `Accept` header. No
    400 is documented: `GetTask` has no parameters to bind, and a `format` value that is not a
    registered format is ignored rather than rejected (ServiceStack source,
    `HttpRequestExtensions.GetQueryStringContentType`); an earlier revision of this document listed a
    400 for an unknown format, which the framework source contradicts.

    Args:
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[Task] | list[Task]]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_tasks"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[Task] | list[Task] | None:
    """List the authorized user's tasks

     ServiceStack service `GetTask` (request DTO without properties). Answers every task of the
    authenticated user as a `GetTaskResponse`, a JSON array of `Task`. The same list is also served at
    `/tasks.csv` (and `/tasks.jsonl`), equivalent to `?format=csv` or the matching `Accept` header. No
    400 is documented: `GetTask` has no parameters to bind, and a `format` value that is not a
    registered format is ignored rather than rejected (ServiceStack source,
    `HttpRequestExtensions.GetQueryStringContentType`); an earlier revision of this document listed a
    400 for an unknown format, which the framework source contradicts.

    Args:
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | ErrorResponse | list[Task] | list[Task]
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
