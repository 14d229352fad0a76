"""myKaarma Manage API, beyond what its spec says (PROVIDERS.md; the rest is spec_mock.py): a second subscriber
that authenticates but lacks the API scope manage.async.process.read (403), process UUIDs, errors in the
errors[] / warnings[] / apiRequestId envelope with the status as `errorCode`, an unknown process answered 400
(the page documents no 404), and a process whose steps, times and task details follow its status."""

from __future__ import annotations

import datetime
import http
import json
import uuid
from typing import Any, ClassVar

from specmodel import Operation
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..spec_mock import SpecMock, basic_credentials
from ..wire import iso_utc

M = load_models("mykaarma")
SCOPE = "manage.async.process.read"
NOSCOPE = "MOCK_MYKAARMA_NOSCOPE_USERNAME"
SUBSCRIBER = {"name": "Mock DMS Integration", "uuid": "3d8f1a6c-9b2e-4c7d-8f5a-1e4b7c0d9a26"}
STEP_NAMES = (
    ("CREATE_DEALER_RECORD", "Create dealer record"),
    ("ASSIGN_PRODUCTS", "Assign products"),
    ("CONFIGURE_DEPARTMENTS", "Configure departments"),
    ("NOTIFY_DEALER", "Notify dealer"),
)
# Two kinds of task, alternating by process: (asyncTaskType, name, taskDetails, business, requesterUser).
TASKS = (
    (
        "CREATE_DEALER",
        "Create dealer Sunrise Honda",
        {"dealerName": "Sunrise Honda", "timeZone": "US/Pacific"},
        {"type": "DEALER", "uuid": "7a4c0e9d-2b6f-4d1a-9e3c-6f8b2a5d0c17", "name": "Sunrise Honda"},
        {"type": "EXTERNAL_USER", "name": "Jordan Reyes", "uuid": "2f9c6b1e-5d3a-4e8f-a0b7-9c4d1e6f3a85"},
    ),
    (
        "UPDATE_DEALER_PRODUCTS",
        "Update products for Lakeside Toyota",
        {"productUuids": ["a8d3f0c2-6e1b-4b9a-9d7c-2e5f8a1b4c60"]},
        {"type": "DEALER", "uuid": "4b1e8c5a-7f2d-4e9c-a6b3-0d5f2e8c1a79", "name": "Lakeside Toyota"},
        {"type": "ADMIN_USER", "name": "Priya Natarajan", "uuid": "8c2d5f0a-3e7b-4a1c-9f6d-b4e1a7c3d052"},
    ),
)


@register
class MyKaarmaMock(SpecMock):
    key = "mykaarma"
    slash_in_last_parameter = True  # its router hands `a%2Fb` to the operation, which answers 400
    # A fixed namespace, so that process UUIDs are stable between runs of the mock.
    namespace: ClassVar[uuid.UUID] = uuid.UUID("6b0c1f52-3a7e-4d8b-9c41-2e5f7a9d0b36")
    credentials: ClassVar[dict[str, str]] = {
        "MOCK_MYKAARMA_USERNAME": "mock-user",
        "MOCK_MYKAARMA_PASSWORD": "mock-pass",
        NOSCOPE: "mock-noscope-user",  # the same password, without the API scope: answered 403
    }

    type_field = "asyncTaskType"
    process_types = tuple(task[0] for task in TASKS)

    def kind_for(self, n: int) -> str | None:
        return TASKS[n % len(TASKS)][0]

    def make_id(self, n: int) -> Any:
        return str(uuid.uuid5(self.namespace, f"process-{n}"))

    def error(
        self, status: int, message: str, *, retry_after: int | None = None, operation: Operation | None = None
    ) -> Response:
        try:
            title = http.HTTPStatus(status).phrase
        except ValueError:
            title = "Error"
        body = M.ApiResponse(
            errors=[M.ApiError(errorCode=status, errorTitle=title, errorMessage=message)],
            warnings=[],
            apiRequestId=str(uuid.uuid4()),
        )
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status, headers=headers)

    def describe_credentials(self) -> str:
        return f"{super().describe_credentials()} (scope {SCOPE}); {self.creds[NOSCOPE]} lacks the scope (403)"

    def refusal(self, operation: Operation, request: Request) -> Response | None:
        """401 for missing or wrong Basic credentials, 403 for the subscriber without the scope."""
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        given = basic_credentials(value) if scheme.lower() == "basic" else None
        if given == (self.creds[NOSCOPE], self.cred("password")):
            return self.error(403, f"Service subscriber lacks scope {SCOPE}")
        if not self.authenticated(request):
            return self.error(401, "Invalid service subscriber credentials")
        return None

    def not_found_answer(self, pid: str) -> Response:
        return self.error(400, f"No async process found for uuid '{pid}'")

    def process_answer(self, process: Process, media: str, request: Request) -> Response:
        return JSONResponse(self._body(process))

    def _step_statuses(self, process: Process) -> list[str]:
        """The per-step statuses that agree with the process status (`progress: steps`): a timed process has
        its four steps in equal shares of its duration, a per-read one a step a read."""
        fraction = self.store.fraction(process)
        n = len(STEP_NAMES) if fraction is not None else max(process.steps, 1)
        status = process.status
        if status == "NOT_STARTED":
            return ["NOT_STARTED"] * n
        if status == "IN_PROGRESS":
            moved = int(fraction * n) if fraction is not None else process.reads - 1
            done = min(max(moved, 0), n - 1)
            return ["COMPLETED"] * done + ["IN_PROGRESS"] + ["NOT_STARTED"] * (n - done - 1)
        if status == "FAILED":
            return ["COMPLETED"] * (n - 1) + ["FAILED"]
        return [status] * n  # COMPLETED, NOT_NEEDED

    def _created(self, process: Process) -> datetime.datetime:
        """When a timed process was created (its steps' and end times follow); a per-read one: its first read."""
        if process.ends is None:
            return datetime.datetime.now(datetime.UTC)
        return datetime.datetime.fromtimestamp(process.born, datetime.UTC)

    def _body(self, process: Process) -> dict[str, Any]:
        created: datetime.datetime = process.data.setdefault("created", self._created(process))
        kind = process.data.get(self.type_field or "")
        by_kind = {task[0]: task for task in TASKS}
        task = by_kind[kind] if kind in by_kind else TASKS[int(uuid.UUID(process.id)) % len(TASKS)]
        task_type, name, details, business, requester = task
        tick = datetime.timedelta(seconds=2)  # a per-read process's steps: 2 s each
        if process.ends is not None:  # a timed one's: equal shares of its duration, on the mock's clock
            tick = datetime.timedelta(seconds=(process.ends - process.created) / len(STEP_NAMES))
        steps = []
        for i, step_status in enumerate(self._step_statuses(process)):
            key, step = STEP_NAMES[i % len(STEP_NAMES)]
            ended = step_status in ("COMPLETED", "FAILED", "NOT_NEEDED")
            detail = {"COMPLETED": f"{step} done", "FAILED": f"{step} failed", "NOT_NEEDED": "Nothing to do"}
            steps.append(
                M.AsyncProcessStep(
                    uuid=str(uuid.uuid5(self.namespace, f"{process.id}/step-{i + 1}")),
                    order=i + 1,
                    key=key,
                    detail=detail.get(step_status),
                    name=step,
                    startTime=iso_utc(created + tick * i) if step_status != "NOT_STARTED" else None,
                    endTime=iso_utc(created + tick * (i + 1)) if ended else None,
                    status=M.AsyncProcessStatus(step_status),
                )
            )
        finished = process.status in self.lifecycle.terminal
        model = M.AsyncProcessResponse(
            errors=[],
            warnings=[],
            apiRequestId=str(uuid.uuid4()),
            uuid=process.id,
            status=M.AsyncProcessStatus(process.status),
            asyncTaskType=M.AsyncTaskType(task_type),
            name=name,
            startTime=None if process.status == "NOT_STARTED" else iso_utc(created),
            endTime=iso_utc(created + tick * len(steps)) if finished else None,
            taskDetails=json.dumps(details),
            steps=steps,
            serviceSubscriber=M.ServiceSubscriber(**SUBSCRIBER),
            business=M.Business(**business),
            requesterUser=M.RequesterUser(**requester),
        )
        # myKaarma sends nulls for times and details that do not exist yet (as the reference page's example).
        body: dict[str, Any] = model.model_dump(mode="json", by_alias=True)
        return body
