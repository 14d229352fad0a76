"""myKaarma Manage API, GET /manage/v2/async-processes/{asyncProcessesUuid}, as strict as the live API
(PROVIDERS.md): HTTP Basic with a ServiceSubscriber's username and password (401 when missing or wrong),
API scope manage.async.process.read (403 for a subscriber without it), an unknown process UUID answered
400 (the page documents no 404), and every body, success or error, wrapped in the errors[] / warnings[] /
apiRequestId envelope."""

from __future__ import annotations

import base64
import datetime
import http
import json
import uuid
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from ..base import ProviderMock
from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..wire import AnyIdRoute, iso_utc

M = load_models("mykaarma")
OPERATION = "getAsyncProcess"
PARAM = "asyncProcessesUuid"
SCOPE = "manage.async.process.read"
# Fixed namespace so that process UUIDs are stable between runs of the mock.
NAMESPACE = uuid.UUID("6b0c1f52-3a7e-4d8b-9c41-2e5f7a9d0b36")
SUBSCRIBER = {"name": "Mock DMS Integration", "uuid": "3d8f1a6c-9b2e-4c7d-8f5a-1e4b7c0d9a26"}
STEP_NAMES = (
    ("CREATE_DEALER_RECORD", "Create dealer record"),
    ("ASSIGN_PRODUCTS", "Assign products"),
    ("CONFIGURE_DEPARTMENTS", "Configure departments"),
    ("NOTIFY_DEALER", "Notify dealer"),
)


@register
class MyKaarmaMock(ProviderMock):
    key = "mykaarma"
    credentials: ClassVar[dict[str, str]] = {
        "MOCK_MYKAARMA_USERNAME": "mock-user",
        "MOCK_MYKAARMA_PASSWORD": "mock-pass",
        # Authenticates with the same password but lacks the API scope: answered 403.
        "MOCK_MYKAARMA_NOSCOPE_USERNAME": "mock-noscope-user",
    }

    def __init__(self, *, retention: float | None = None, capacity: int = 200_000) -> None:
        super().__init__(retention=retention, capacity=capacity)
        # The fixtures live outside the store, so /_mock/reset, eviction and retention never remove them.
        self.seeded: dict[str, Process] = {}
        for i, status in enumerate(self.lifecycle.all_values):
            pid = str(uuid.uuid5(NAMESPACE, f"fixture-{status}"))
            process = Process(pid, status, 1, 0.0, reads=1, status=status, data=self._data(i))
            self.seeded[pid] = process
        [example] = self.documented_example().values()
        done = self.lifecycle.terminal[0]  # the first succeeded value
        self.seeded[example] = Process(example, done, 1, 0.0, reads=1, status=done, data=self._data(len(self.seeded)))

    def new_id(self, n: int) -> str:
        return str(uuid.uuid5(NAMESPACE, f"process-{n}"))

    # --- errors and auth -----------------------------------------------------------------------
    def error(self, status: int, message: str, *, retry_after: int | None = None) -> Response:
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
        user, password = self.creds["MOCK_MYKAARMA_USERNAME"], self.creds["MOCK_MYKAARMA_PASSWORD"]
        noscope = self.creds["MOCK_MYKAARMA_NOSCOPE_USERNAME"]
        return f"HTTP Basic {user}:{password} (scope {SCOPE}); {noscope}:{password} lacks the scope (403)"

    def _refusal(self, request: Request) -> Response | None:
        """401 for missing or wrong Basic credentials, 403 for a subscriber without the scope."""
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        user = password = None
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
            except ValueError:  # binascii.Error, a non-ASCII header, UnicodeDecodeError
                decoded = ""
            if ":" in decoded:
                user, _, password = decoded.partition(":")
        if password != self.creds["MOCK_MYKAARMA_PASSWORD"] or user not in (
            self.creds["MOCK_MYKAARMA_USERNAME"],
            self.creds["MOCK_MYKAARMA_NOSCOPE_USERNAME"],
        ):
            return self.error(401, "Invalid service subscriber credentials")
        if user != self.creds["MOCK_MYKAARMA_USERNAME"]:
            return self.error(403, f"Service subscriber lacks scope {SCOPE}")
        return None

    # --- processes -----------------------------------------------------------------------------
    @staticmethod
    def _data(n: int) -> dict[str, Any]:
        created = datetime.datetime.now(datetime.UTC)
        if n % 2:
            return {
                "asyncTaskType": "UPDATE_DEALER_PRODUCTS",
                "name": "Update products for Lakeside Toyota",
                "taskDetails": json.dumps({"productUuids": ["a8d3f0c2-6e1b-4b9a-9d7c-2e5f8a1b4c60"]}),
                "business": {
                    "type": "DEALER",
                    "uuid": "4b1e8c5a-7f2d-4e9c-a6b3-0d5f2e8c1a79",
                    "name": "Lakeside Toyota",
                },
                "requesterUser": {
                    "type": "ADMIN_USER",
                    "name": "Priya Natarajan",
                    "uuid": "8c2d5f0a-3e7b-4a1c-9f6d-b4e1a7c3d052",
                },
                "created": created,
            }
        return {
            "asyncTaskType": "CREATE_DEALER",
            "name": "Create dealer Sunrise Honda",
            "taskDetails": json.dumps({"dealerName": "Sunrise Honda", "timeZone": "US/Pacific"}),
            "business": {"type": "DEALER", "uuid": "7a4c0e9d-2b6f-4d1a-9e3c-6f8b2a5d0c17", "name": "Sunrise Honda"},
            "requesterUser": {
                "type": "EXTERNAL_USER",
                "name": "Jordan Reyes",
                "uuid": "2f9c6b1e-5d3a-4e8f-a0b7-9c4d1e6f3a85",
            },
            "created": created,
        }

    def create_process(self, final_status: str, steps: int) -> dict[str, Any]:
        process = self.store.create(final_status, steps, self._data(len(self.store)))
        return {PARAM: process.id}

    def fixtures(self) -> list[dict[str, Any]]:
        return [{"operation": OPERATION, "params": {PARAM: p.id}, "status": p.status} for p in self.seeded.values()]

    def _step_statuses(self, process: Process) -> list[str]:
        """The per-step statuses that agree with the process status (`progress: steps`)."""
        n = max(process.steps, 1)
        status = process.status
        if status == "NOT_STARTED":
            return ["NOT_STARTED"] * n
        if status == "IN_PROGRESS":
            done = min(max(process.reads - 1, 0), n - 1)
            return ["COMPLETED"] * done + ["IN_PROGRESS"] + ["NOT_STARTED"] * (n - done - 1)
        if status == "FAILED":
            return ["COMPLETED"] * (n - 1) + ["FAILED"]
        return [status] * n  # COMPLETED, NOT_NEEDED

    def _body(self, process: Process) -> dict[str, Any]:
        created: datetime.datetime = process.data["created"]
        tick = datetime.timedelta(seconds=2)
        steps = []
        for i, step_status in enumerate(self._step_statuses(process)):
            key, name = STEP_NAMES[i % len(STEP_NAMES)]
            started = step_status not in ("NOT_STARTED",)
            ended = step_status in ("COMPLETED", "FAILED", "NOT_NEEDED")
            steps.append(
                M.AsyncProcessStep(
                    uuid=str(uuid.uuid5(NAMESPACE, f"{process.id}/step-{i + 1}")),
                    order=i + 1,
                    key=key,
                    detail={"COMPLETED": f"{name} done", "FAILED": f"{name} failed", "NOT_NEEDED": "Nothing to do"}.get(
                        step_status
                    ),
                    name=name,
                    startTime=iso_utc(created + tick * i) if started else None,
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
            asyncTaskType=M.AsyncTaskType(process.data["asyncTaskType"]),
            name=process.data["name"],
            startTime=None if process.status == "NOT_STARTED" else iso_utc(created),
            endTime=iso_utc(created + tick * len(steps)) if finished else None,
            taskDetails=process.data["taskDetails"],
            steps=steps,
            serviceSubscriber=M.ServiceSubscriber(**SUBSCRIBER),
            business=M.Business(**process.data["business"]),
            requesterUser=M.RequesterUser(**process.data["requesterUser"]),
        )
        # myKaarma sends nulls for times and details that do not exist yet (as the reference page's example).
        body: dict[str, Any] = model.model_dump(mode="json", by_alias=True)
        return body

    # --- API -----------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        return [
            AnyIdRoute("/manage/v2/async-processes/{asyncProcessesUuid:path}", self.get_async_process, methods=["GET"])
        ]

    async def get_async_process(self, request: Request) -> Response:
        if (refusal := self._refusal(request)) is not None:
            return refusal
        pid = request.path_params["asyncProcessesUuid"]
        process = self.seeded.get(pid) or self.store.read(pid)
        if process is None:
            return self.error(400, f"No async process found for uuid '{pid}'")
        return JSONResponse(self._body(process))
