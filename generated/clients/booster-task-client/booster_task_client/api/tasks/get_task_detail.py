from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import params as _params
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.empty_task_detail_response import EmptyTaskDetailResponse
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    async_task_id: str,
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_task_detail")

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(
        _media.PATH_RULES["get_task_detail"],
        async_task_id=async_task_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks/{async_task_id}".format(
            async_task_id=quote(str(async_task_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task | None:
    if response.status_code == 200:
        try:
            response_200 = Task.from_dict(
                _answers.json_object(response, "get_task_detail", _media.TABULAR.get("get_task_detail"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:

            def _parse_response_400(data: object) -> EmptyTaskDetailResponse | ErrorResponse:
                try:
                    if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                        raise TypeError()
                    componentsschemas_get_task_detail_error_body_type_0 = ErrorResponse.from_dict(data)

                    return componentsschemas_get_task_detail_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_task_detail_error_body_type_1 = EmptyTaskDetailResponse.from_dict(data)

                return componentsschemas_get_task_detail_error_body_type_1

            response_400 = _parse_response_400(
                _answers.json_body(response, "get_task_detail", _media.TABULAR.get("get_task_detail"))
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_task_detail", _media.TABULAR.get("get_task_detail"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_task_detail", _media.TABULAR.get("get_task_detail"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 404:
        try:
            response_404 = EmptyTaskDetailResponse.from_dict(
                _answers.json_object(response, "get_task_detail", _media.TABULAR.get("get_task_detail"))
            )

            return response_404

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 500:
        try:

            def _parse_response_500(data: object) -> EmptyTaskDetailResponse | ErrorResponse:
                try:
                    if not (isinstance(data, dict) and {"responseStatus"} <= data.keys()):
                        raise TypeError()
                    componentsschemas_get_task_detail_error_body_type_0 = ErrorResponse.from_dict(data)

                    return componentsschemas_get_task_detail_error_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_task_detail_error_body_type_1 = EmptyTaskDetailResponse.from_dict(data)

                return componentsschemas_get_task_detail_error_body_type_1

            response_500 = _parse_response_500(
                _answers.json_body(response, "get_task_detail", _media.TABULAR.get("get_task_detail"))
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
) -> Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    async_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]:
    """Read one task of the authorized user

     ServiceStack service `GetTaskDetail`. Answers the task named by `asyncTaskId` as a
    `GetTaskDetailResponse`, which the service's DTOs declare as a subclass of `Task` without further
    properties, so the body is one `Task` object. Poll this operation to follow a task until its status
    is `COM` or `ERR`. The same answer is also served at `/tasks/{asyncTaskId}.csv` (and `.jsonl`),
    equivalent to `?format=csv` or the matching `Accept` header.

    Args:
        async_task_id (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        async_task_id=async_task_id,
        format_=format_,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_task_detail"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    async_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task | None:
    """Read one task of the authorized user

     ServiceStack service `GetTaskDetail`. Answers the task named by `asyncTaskId` as a
    `GetTaskDetailResponse`, which the service's DTOs declare as a subclass of `Task` without further
    properties, so the body is one `Task` object. Poll this operation to follow a task until its status
    is `COM` or `ERR`. The same answer is also served at `/tasks/{asyncTaskId}.csv` (and `.jsonl`),
    equivalent to `?format=csv` or the matching `Accept` header.

    Args:
        async_task_id (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task
    """

    return sync_detailed(
        async_task_id=async_task_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    async_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]:
    """Read one task of the authorized user

     ServiceStack service `GetTaskDetail`. Answers the task named by `asyncTaskId` as a
    `GetTaskDetailResponse`, which the service's DTOs declare as a subclass of `Task` without further
    properties, so the body is one `Task` object. Poll this operation to follow a task until its status
    is `COM` or `ERR`. The same answer is also served at `/tasks/{asyncTaskId}.csv` (and `.jsonl`),
    equivalent to `?format=csv` or the matching `Accept` header.

    Args:
        async_task_id (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        async_task_id=async_task_id,
        format_=format_,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_task_detail"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    async_task_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = UNSET,
) -> EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task | None:
    """Read one task of the authorized user

     ServiceStack service `GetTaskDetail`. Answers the task named by `asyncTaskId` as a
    `GetTaskDetailResponse`, which the service's DTOs declare as a subclass of `Task` without further
    properties, so the body is one `Task` object. Poll this operation to follow a task until its status
    is `COM` or `ERR`. The same answer is also served at `/tasks/{asyncTaskId}.csv` (and `.jsonl`),
    equivalent to `?format=csv` or the matching `Accept` header.

    Args:
        async_task_id (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        EmptyTaskDetailResponse | EmptyTaskDetailResponse | ErrorResponse | ErrorResponse | Task
    """

    return (
        await asyncio_detailed(
            async_task_id=async_task_id,
            client=client,
            format_=format_,
        )
    ).parsed
