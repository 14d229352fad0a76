from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import params as _params
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    account_id: str,
    batch_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_batch")

    _params.check_path(
        _media.PATH_RULES["get_batch"],
        account_id=account_id,
        batch_id=batch_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/batches/{batch_id}".format(
            account_id=quote(str(account_id), safe=""),
            batch_id=quote(str(batch_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Batch | Problem | None:
    if response.status_code == 200:
        try:
            response_200 = Batch.from_dict(_answers.json_object(response, "get_batch", _media.TABULAR.get("get_batch")))

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 404:
        try:
            response_404 = Problem.from_dict(
                _answers.json_object(response, "get_batch", _media.TABULAR.get("get_batch"))
            )

            return response_404

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Batch | Problem]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    batch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Batch | Problem]:
    """Read one batch and its steps

    Args:
        account_id (str):
        batch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Batch | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        batch_id=batch_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_batch"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    batch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Batch | Problem | None:
    """Read one batch and its steps

    Args:
        account_id (str):
        batch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Batch | Problem
    """

    return sync_detailed(
        account_id=account_id,
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    batch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Batch | Problem]:
    """Read one batch and its steps

    Args:
        account_id (str):
        batch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Batch | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        batch_id=batch_id,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_batch"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    batch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Batch | Problem | None:
    """Read one batch and its steps

    Args:
        account_id (str):
        batch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Batch | Problem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            batch_id=batch_id,
            client=client,
        )
    ).parsed
