from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.api_response import ApiResponse
from ...models.async_process_response import AsyncProcessResponse
from ...types import Response


def _get_kwargs(async_processes_uuid: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_async_process")

    _params.check_path(_media.PATH_RULES["get_async_process"], async_processes_uuid=async_processes_uuid)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/manage/v2/async-processes/{async_processes_uuid}".format(
            async_processes_uuid=quote(str(async_processes_uuid), safe="")
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[ApiResponse | AsyncProcessResponse] = _operations.Operation(
    "get_async_process",
    _media,
    [
        (200, 200, "object", AsyncProcessResponse.from_dict),
        (400, 400, "object", ApiResponse.from_dict),
        (401, 401, "object", ApiResponse.from_dict),
        (403, 403, "object", ApiResponse.from_dict),
        (500, 500, "object", ApiResponse.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponse | AsyncProcessResponse | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    async_processes_uuid: str, *, client: AuthenticatedClient | Client
) -> Response[ApiResponse | AsyncProcessResponse]:
    """Get details for async process

     Returns the current state of one async process: its overall `status`, the kind of task
    (`asyncTaskType`), start and end times, and the ordered list of `steps` with each step's
    own status, together with the service subscriber, business and user it concerns.

    **Authorization.** HTTP Basic with a ServiceSubscriber's username and password. The
    subscriber needs API scope `manage.async.process.read` at `ServiceSubscriberScope`
    level (also given in `x-api-scope`); a subscriber without that scope is answered `403`.

    **Path.** The reference page titles the endpoint `GET /v2/async-processes/:asyncProcessesUuid`,
    while its own request samples call `/manage/v2/async-processes/:asyncProcessesUuid`.
    The Manage API is served under `/manage` on `https://api.mykaarma.com` (PROVIDERS.md; the
    other Manage guides, e.g. https://docs.mykaarma.com/our-products/admin/manage/dealer/how-to-get-
    dealer-information,
    use `https://api.mykaarma.com/manage/v2/...` too), so this spec uses the full
    `/manage/v2/...` path.

    **Not found.** The page documents no `404`; an unknown UUID is reported as an error
    answer (one of the documented error codes carrying `errors[]`), so a poller must stop
    with an error rather than keep waiting. A third-party client that probes myKaarma's
    Order v2 API with an all-zero UUID records a `400` naming the missing record for an
    unknown id (tests/corpus/mykaarma/SOURCES.md, S6), so `400` is where an unknown
    process lands.

    **Answers outside this contract.** `api.mykaarma.com` is an AWS load balancer in front
    of Spring Boot services (myKaarma's own health-check script, SOURCES.md S5), and myKaarma
    runs Kong (its published Kong plugins, S10). A client therefore also meets answers this
    contract does not declare, because the page documents none of them: Spring Boot's
    default error JSON (`{"timestamp","status","error","path"}`) for a framework-level 401,
    404 or 500; an empty `401` with `WWW-Authenticate: Basic`; the load balancer's HTML
    `502`/`503`/`504`; Kong's `429` `{"message": "API rate limit exceeded"}` without
    `Retry-After`; and an HTTP `200` HTML login page on routes the account cannot use (S6).
    The SDKs treat all of these by their status code and do not parse them as a process.

    Args:
        async_processes_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ApiResponse | AsyncProcessResponse]
    """

    kwargs = _get_kwargs(async_processes_uuid=async_processes_uuid)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    async_processes_uuid: str, *, client: AuthenticatedClient | Client
) -> ApiResponse | AsyncProcessResponse | None:
    """Get details for async process

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        ApiResponse | AsyncProcessResponse
    """

    return sync_detailed(async_processes_uuid=async_processes_uuid, client=client).parsed


async def asyncio_detailed(
    async_processes_uuid: str, *, client: AuthenticatedClient | Client
) -> Response[ApiResponse | AsyncProcessResponse]:
    """Get details for async process

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[ApiResponse | AsyncProcessResponse]
    """

    kwargs = _get_kwargs(async_processes_uuid=async_processes_uuid)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    async_processes_uuid: str, *, client: AuthenticatedClient | Client
) -> ApiResponse | AsyncProcessResponse | None:
    """Get details for async process

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        ApiResponse | AsyncProcessResponse
    """

    return (await asyncio_detailed(async_processes_uuid=async_processes_uuid, client=client)).parsed
