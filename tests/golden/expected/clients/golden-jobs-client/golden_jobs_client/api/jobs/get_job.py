from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job
from ...types import Response


def _get_kwargs(job_id: UUID) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_job")

    _params.check_path(_media.PATH_RULES["get_job"], job_id=job_id)

    _kwargs: dict[str, Any] = {"method": "get", "url": "/jobs/{job_id}".format(job_id=quote(str(job_id), safe=""))}

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Error | Job] = _operations.Operation(
    "get_job",
    _media,
    [
        (200, 200, "object", Job.from_dict),
        (400, 400, "object", Error.from_dict),
        (401, 401, "object", Error.from_dict),
        (404, 404, "object", Error.from_dict),
        (500, 599, "object", Error.from_dict),
    ],
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Job | None:
    return _OPERATION.parse(client, response)


def sync_detailed(job_id: UUID, *, client: AuthenticatedClient | Client) -> Response[Error | Job]:
    """Read one job

     One job, as JSON, CSV or JSON Lines.

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
        Response[Error | Job]
    """

    kwargs = _get_kwargs(job_id=job_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(job_id: UUID, *, client: AuthenticatedClient | Client) -> Error | Job | None:
    """Read one job

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Error | Job
    """

    return sync_detailed(job_id=job_id, client=client).parsed


async def asyncio_detailed(job_id: UUID, *, client: AuthenticatedClient | Client) -> Response[Error | Job]:
    """Read one job

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(job_id=job_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(job_id: UUID, *, client: AuthenticatedClient | Client) -> Error | Job | None:
    """Read one job

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Error | Job
    """

    return (await asyncio_detailed(job_id=job_id, client=client)).parsed
