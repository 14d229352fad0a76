from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import operations as _operations
from asyncstatus_core import params as _params

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.async_task_document import AsyncTaskDocument
from ...models.json_api_error_document import JsonApiErrorDocument
from ...types import Response


def _get_kwargs(reseller_id: int, async_task_id: str) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_async_task")

    _params.check_path(_media.PATH_RULES["get_async_task"], reseller_id=reseller_id, async_task_id=async_task_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/resellers/{reseller_id}/async_tasks/{async_task_id}".format(
            reseller_id=quote(str(reseller_id), safe=""), async_task_id=quote(str(async_task_id), safe="")
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_OPERATION: _operations.Operation[AsyncTaskDocument | JsonApiErrorDocument] = _operations.Operation(
    "get_async_task",
    _media,
    [
        (200, 200, "object", AsyncTaskDocument.from_dict),
        (401, 401, "object", JsonApiErrorDocument.from_dict),
        (403, 403, "object", JsonApiErrorDocument.from_dict),
        (404, 404, "object", JsonApiErrorDocument.from_dict),
        (406, 406, "object", JsonApiErrorDocument.from_dict),
        (415, 415, "object", JsonApiErrorDocument.from_dict),
    ],
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncTaskDocument | JsonApiErrorDocument | None:
    return _OPERATION.parse(client, response)


def sync_detailed(
    reseller_id: int, async_task_id: str, *, client: AuthenticatedClient | Client
) -> Response[AsyncTaskDocument | JsonApiErrorDocument]:
    """Get async task

     Returns the current state of one asynchronous task that belongs to the given reseller (the
    manager's own reseller or one of its downstream resellers). Such a task validates the values
    of a plan's additional attributes on the service side while a new subscription is ordered.

    Content negotiation: the documentation lists `Content-Type: application/vnd.api+json` and
    `Accept: application/vnd.api+json` as required request headers. `Accept` is expressed here by
    the media type of every response. The server also demands the `Content-Type` header on this
    GET even though the request has no body; OpenAPI cannot attach a content type to a bodiless
    request, so it is stated here and in `x-required-headers`, from which the generated SDK
    sends the header on every request.

    Lifecycle: `pending` (created) -> `running` (validation under way) -> `completed` (finished;
    `results.valid` tells whether the attributes are valid) or `failed` (platform-side error,
    described by `failure_message`). A `completed` task whose `results.valid` is `false` is a
    successfully finished validation that rejected some attributes, not a failed task.
    `results` is `null` until the task is `completed`.

    **Answers outside this contract.** ActivePlatform is a Ruby on Rails application
    (tests/corpus/activeplatform/SOURCES.md S4) installed per customer, usually behind a
    reverse proxy. The reference documents no error statuses, so a client also meets answers
    this contract does not declare: Rails' static HTML pages for an unrouted path (`404`) or an
    unhandled exception (`500`), a proxy's HTML `502`/`504`, a `429` without `Retry-After`, and
    empty bodies. The SDKs treat them by status code and never parse them as a task.

    Args:
        reseller_id (int): ID of the manager's own reseller or of one of its downstream resellers.
        async_task_id (str): ID of the asynchronous task: decimal digits (the argument table's
            integer) or a hyphenated UUID (the request example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[AsyncTaskDocument | JsonApiErrorDocument]
    """

    kwargs = _get_kwargs(reseller_id=reseller_id, async_task_id=async_task_id)
    return _OPERATION.send(client, kwargs, _parse_response)


def sync(
    reseller_id: int, async_task_id: str, *, client: AuthenticatedClient | Client
) -> AsyncTaskDocument | JsonApiErrorDocument | None:
    """Get async task

    The parsed body of `sync_detailed` (the same arguments, errors and description).

    Returns:
        AsyncTaskDocument | JsonApiErrorDocument
    """

    return sync_detailed(reseller_id=reseller_id, async_task_id=async_task_id, client=client).parsed


async def asyncio_detailed(
    reseller_id: int, async_task_id: str, *, client: AuthenticatedClient | Client
) -> Response[AsyncTaskDocument | JsonApiErrorDocument]:
    """Get async task

    `sync_detailed` on asyncio (the same arguments, errors and description).

    Returns:
        Response[AsyncTaskDocument | JsonApiErrorDocument]
    """

    kwargs = _get_kwargs(reseller_id=reseller_id, async_task_id=async_task_id)
    return await _OPERATION.async_send(client, kwargs, _parse_response)


async def asyncio(
    reseller_id: int, async_task_id: str, *, client: AuthenticatedClient | Client
) -> AsyncTaskDocument | JsonApiErrorDocument | None:
    """Get async task

    `sync` on asyncio: the parsed body of `asyncio_detailed`.

    Returns:
        AsyncTaskDocument | JsonApiErrorDocument
    """

    return (await asyncio_detailed(reseller_id=reseller_id, async_task_id=async_task_id, client=client)).parsed
