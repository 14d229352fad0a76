from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_status import ProcessStatus
from ...types import Response


def _get_kwargs(process_status_id: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process_status")

    _params.check_path(_media.PATH_RULES["get_process_status"], process_status_id=process_status_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process-status/{process_status_id}".format(process_status_id=quote(str(process_status_id), safe="")),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Problem | ProcessStatus] = _operations.Operation(
    "get_process_status",
    _media,
    [
        (200, 200, "object", ProcessStatus.from_dict),
        (401, 401, "object", Problem.from_dict),
        (403, 403, "object", Problem.from_dict),
        (404, 404, "object", Problem.from_dict),
        (406, 406, "object", Problem.from_dict),
        (429, 429, "object", Problem.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessStatus | None:
    return _OPERATION.parse(client, response)


def sync_detailed(process_status_id: str, *, client: AuthenticatedClient | Client) -> Response[Problem | ProcessStatus]:
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

    kwargs = _get_kwargs(process_status_id=process_status_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(process_status_id: str, *, client: AuthenticatedClient | Client) -> Problem | ProcessStatus | None:
    """Get the status of an asynchronous process by process status id

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Problem | ProcessStatus
    """

    return sync_detailed(process_status_id=process_status_id, client=client).parsed


async def asyncio_detailed(
    process_status_id: str, *, client: AuthenticatedClient | Client
) -> Response[Problem | ProcessStatus]:
    """Get the status of an asynchronous process by process status id

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Problem | ProcessStatus]
    """

    kwargs = _get_kwargs(process_status_id=process_status_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(process_status_id: str, *, client: AuthenticatedClient | Client) -> Problem | ProcessStatus | None:
    """Get the status of an asynchronous process by process status id

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Problem | ProcessStatus
    """

    return (await asyncio_detailed(process_status_id=process_status_id, client=client)).parsed
