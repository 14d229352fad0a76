"""An example consumer of every generated SDK, type-checked with `mypy --strict` by `make lint`
(scripts/buildtools/typecheck_generated.py): if a template change loosens or breaks the types users see, this
file stops type-checking. Not collected by pytest (no test_ prefix); the behaviour is tested in
tests/sdk_unit/."""

from __future__ import annotations

import uuid

import activeplatform_async_task_client as ap
import bol_process_status_client as bol
import booster_task_client as booster
import mykaarma_async_process_client as mk
import realtimeregister_process_client as rr
from activeplatform_async_task_client.api.async_tasks import get_async_task
from activeplatform_async_task_client.models import AsyncTaskDocument
from bol_process_status_client.api.process_status import (
    get_process_status,
    get_process_status_bulk,
    get_process_status_entity_id,
)
from bol_process_status_client.models import (
    BulkProcessStatusRequest,
    Problem,
    ProcessStatus,
    ProcessStatusId,
    ProcessStatusStatus,
)
from booster_task_client.api.tasks import get_task_detail, get_tasks
from booster_task_client.models import Task
from mykaarma_async_process_client.api.async_processes import get_async_process
from mykaarma_async_process_client.models import AsyncProcessResponse
from realtimeregister_process_client.api.processes import get_process
from realtimeregister_process_client.models import Process


def bol_status(client: bol.Client, process_status_id: str) -> ProcessStatusStatus | None:
    response = get_process_status.sync_detailed(process_status_id, client=client)
    parsed: ProcessStatus | Problem | None = response.parsed
    if isinstance(parsed, ProcessStatus):
        return parsed.status
    return None


def bol_bulk(client: bol.Client, ids: list[str]) -> int:
    body = BulkProcessStatusRequest(process_status_queries=[ProcessStatusId(process_status_id=i) for i in ids])
    answer = get_process_status_bulk.sync(client=client, body=body)
    by_entity = get_process_status_entity_id.sync(client=client, entity_id="987654321", event_type="CREATE_SHIPMENT")
    return len(getattr(answer, "process_statuses", [])) + len(getattr(by_entity, "process_statuses", []))


def everything() -> list[object]:
    results: list[object] = []
    with bol.create_client(client_id="id", client_secret="secret") as bol_client:
        results.append(bol_status(bol_client, "1"))
        results.append(bol_bulk(bol_client, ["1", "2"]))
    mk_client = mk.create_client(username="user", password="pass")
    mk_answer = get_async_process.sync(async_processes_uuid="uuid", client=mk_client)
    if isinstance(mk_answer, AsyncProcessResponse):
        results.append(mk_answer.status)
    ap_client = ap.create_client(api_key="token", base_url="https://cp.example.net")
    # The task id is a string (digits or a UUID) since the spec dropped its integer/UUID anyOf (issue 10).
    ap_answer = get_async_task.sync(1, str(uuid.uuid4()), client=ap_client)
    if isinstance(ap_answer, AsyncTaskDocument):
        results.append(ap_answer.data.attributes.status)
    rr_answer = get_process.sync(42, client=rr.create_client(api_key="key"))
    if isinstance(rr_answer, Process):
        results.append(rr_answer.status)
    plain = booster.Client(base_url="https://dev-api-booster.richemont.com", headers={"X-Trace": "1"})
    tasks = get_tasks.sync(client=plain)
    if isinstance(tasks, list):
        results.extend(t.status for t in tasks if isinstance(t, Task))
    detail = get_task_detail.sync("3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c", client=booster.create_client(token="t"))
    results.append(detail)
    results.append((mk.__version__, ap.DEFAULT_BASE_URL, rr.AuthenticatedClient, booster.__version__))
    return results


def wait_for_everything(bol_client: bol.Client) -> list[object]:
    """The waiters as users call them: typed results, typed errors."""
    from bol_process_status_client.waiters import Lifecycle, lifecycle, wait_until_done_many
    from realtimeregister_process_client import waiters as rr_waiters

    finished: dict[str, ProcessStatus] = wait_until_done_many(
        client=bol_client, process_status_ids=["1", "2"], timeout=60
    )
    done = [pid for pid, status in finished.items() if lifecycle(status) is Lifecycle.SUCCEEDED]
    try:
        process = rr_waiters.wait_until_done(client=rr.create_client(api_key="key"), process_id=7, timeout=30)
    except rr_waiters.WaitTimeout as error:  # each package has its own; all are TimeoutError
        return [done, error.last]
    return [done, rr_waiters.lifecycle(process), rr_waiters.progress(process)]
