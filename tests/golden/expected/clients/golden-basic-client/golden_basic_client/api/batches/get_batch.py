from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(account_id: str, batch_id: int) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_batch")

    _params.check_path(_media.PATH_RULES["get_batch"], account_id=account_id, batch_id=batch_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/batches/{batch_id}".format(
            account_id=quote(str(account_id), safe=""), batch_id=quote(str(batch_id), safe="")
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Batch | Problem] = _operations.Operation(
    "get_batch", _media, [(200, 200, "object", Batch.from_dict), (404, 404, "object", Problem.from_dict)]
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Batch | Problem | None:
    return _OPERATION.parse(client, response)


def sync_detailed(account_id: str, batch_id: int, *, client: AuthenticatedClient | Client) -> Response[Batch | Problem]:
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

    kwargs = _get_kwargs(account_id=account_id, batch_id=batch_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(account_id: str, batch_id: int, *, client: AuthenticatedClient | Client) -> Batch | Problem | None:
    """Read one batch and its steps

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Batch | Problem
    """

    return sync_detailed(account_id=account_id, batch_id=batch_id, client=client).parsed


async def asyncio_detailed(
    account_id: str, batch_id: int, *, client: AuthenticatedClient | Client
) -> Response[Batch | Problem]:
    """Read one batch and its steps

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Batch | Problem]
    """

    kwargs = _get_kwargs(account_id=account_id, batch_id=batch_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(account_id: str, batch_id: int, *, client: AuthenticatedClient | Client) -> Batch | Problem | None:
    """Read one batch and its steps

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Batch | Problem
    """

    return (await asyncio_detailed(account_id=account_id, batch_id=batch_id, client=client)).parsed
