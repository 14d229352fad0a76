from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.api_response import ApiResponse
from ...models.async_process_response import AsyncProcessResponse

_OPERATION: _operations.Operation[ApiResponse | AsyncProcessResponse] = _operations.operation(
    __name__,
    "get /manage/v2/async-processes/{async_processes_uuid}",
    [("200", "object", AsyncProcessResponse.from_dict), ("400 401 403 500", "object", ApiResponse.from_dict)],
)


def _request(async_processes_uuid: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
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
    """

    return _OPERATION.request(client, path={"async_processes_uuid": async_processes_uuid})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "ApiResponse | AsyncProcessResponse")
