from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.report import Report
from ...types import Response


def _get_kwargs(report_id: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_report")

    _params.check_path(_media.PATH_RULES["get_report"], report_id=report_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/{report_id}".format(report_id=quote(str(report_id), safe="")),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[Report] = _operations.Operation(
    "get_report", _media, [(200, 200, "object", Report.from_dict)]
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Report | None:
    return _OPERATION.parse(client, response)


def sync_detailed(report_id: str, *, client: AuthenticatedClient | Client) -> Response[Report]:
    """Read one report

    Args:
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[Report]
    """

    kwargs = _get_kwargs(report_id=report_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(report_id: str, *, client: AuthenticatedClient | Client) -> Report | None:
    """Read one report

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        Report
    """

    return sync_detailed(report_id=report_id, client=client).parsed


async def asyncio_detailed(report_id: str, *, client: AuthenticatedClient | Client) -> Response[Report]:
    """Read one report

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[Report]
    """

    kwargs = _get_kwargs(report_id=report_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(report_id: str, *, client: AuthenticatedClient | Client) -> Report | None:
    """Read one report

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        Report
    """

    return (await asyncio_detailed(report_id=report_id, client=client)).parsed
