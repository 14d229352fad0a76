from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.async_task_document import AsyncTaskDocument
from ...models.json_api_error_document import JsonApiErrorDocument

_OPERATION: _operations.Operation[AsyncTaskDocument | JsonApiErrorDocument] = _operations.operation(
    __name__,
    "get /api/v3/resellers/{reseller_id}/async_tasks/{async_task_id}",
    [("200", "object", AsyncTaskDocument.from_dict), ("401 403 404 406 415", "object", JsonApiErrorDocument.from_dict)],
)


def _request(reseller_id: int, async_task_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
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
    """

    return _OPERATION.request(client, path={"reseller_id": reseller_id, "async_task_id": async_task_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(
    _request, "AsyncTaskDocument | JsonApiErrorDocument"
)
