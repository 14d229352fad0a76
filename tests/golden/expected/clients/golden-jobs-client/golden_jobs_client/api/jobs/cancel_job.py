from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(job_id: UUID) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("cancel_job")

    _params.check_path(_media.PATH_RULES["cancel_job"], job_id=job_id)

    _kwargs: dict[str, Any] = {"method": "delete", "url": "/jobs/{job_id}".format(job_id=quote(str(job_id), safe=""))}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Any | Error] = _operations.Operation(
    "cancel_job",
    _media,
    [(204, 204, "none", None), (401, 401, "object", Error.from_dict)],
    default=("object", Error.from_dict),
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    return cast(Any | Error, _OPERATION.parse(client, response))


def sync_detailed(job_id: UUID, *, client: AuthenticatedClient | Client) -> Response[Any | Error]:
    """Cancel one job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(job_id=job_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(job_id: UUID, *, client: AuthenticatedClient | Client) -> Any | Error | None:
    """Cancel one job

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Any | Error
    """

    return sync_detailed(job_id=job_id, client=client).parsed


async def asyncio_detailed(job_id: UUID, *, client: AuthenticatedClient | Client) -> Response[Any | Error]:
    """Cancel one job

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(job_id=job_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(job_id: UUID, *, client: AuthenticatedClient | Client) -> Any | Error | None:
    """Cancel one job

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Any | Error
    """

    return (await asyncio_detailed(job_id=job_id, client=client)).parsed
