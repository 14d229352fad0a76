from typing import Any

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    owner: str,
    page: int | Unset = 0,
    x_trace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("list_jobs")
    if not isinstance(x_trace_id, Unset):
        headers["X-Trace-Id"] = x_trace_id

    params: dict[str, Any] = {}

    params["owner"] = owner

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobList | None:
    if response.status_code == 200:
        try:
            response_200 = JobList.from_dict(
                _answers.json_object(response, "list_jobs", _media.TABULAR.get("list_jobs"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(_answers.json_object(response, "list_jobs", _media.TABULAR.get("list_jobs")))

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | JobList]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    page: int | Unset = 0,
    x_trace_id: str | Unset = UNSET,
) -> Response[Error | JobList]:
    """List one owner's jobs, a page at a time

    Args:
        owner (str):
        page (int | Unset):  Default: 0.
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(
        owner=owner,
        page=page,
        x_trace_id=x_trace_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("list_jobs"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    page: int | Unset = 0,
    x_trace_id: str | Unset = UNSET,
) -> Error | JobList | None:
    """List one owner's jobs, a page at a time

    Args:
        owner (str):
        page (int | Unset):  Default: 0.
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Error | JobList
    """

    return sync_detailed(
        client=client,
        owner=owner,
        page=page,
        x_trace_id=x_trace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    page: int | Unset = 0,
    x_trace_id: str | Unset = UNSET,
) -> Response[Error | JobList]:
    """List one owner's jobs, a page at a time

    Args:
        owner (str):
        page (int | Unset):  Default: 0.
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(
        owner=owner,
        page=page,
        x_trace_id=x_trace_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("list_jobs"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    page: int | Unset = 0,
    x_trace_id: str | Unset = UNSET,
) -> Error | JobList | None:
    """List one owner's jobs, a page at a time

    Args:
        owner (str):
        page (int | Unset):  Default: 0.
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Error | JobList
    """

    return (
        await asyncio_detailed(
            client=client,
            owner=owner,
            page=page,
            x_trace_id=x_trace_id,
        )
    ).parsed
