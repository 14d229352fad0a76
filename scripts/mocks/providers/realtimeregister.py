"""Realtime Register REST API v2, GET /v2/processes/{processId}, as strict as the live API (PROVIDERS.md):
`Authorization: ApiKey <key>` (401 AuthenticationError when missing or wrong), integer process ids (a
non-integer or out-of-range id is a 400 ValidationError, a non-positive one a 400
ConstraintViolationException), 400 ObjectDoesNotExist (with `objectType` and `identifier`) for an unknown
id as the errors page and both official SDKs have it (tests/corpus/realtimeregister), and `fields` answering only the
requested Process fields plus `id`, given comma-separated or as repeated parameters, combined (an unknown field
name is a 400 ValidationError). Errors are
`{type, message}`."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..base import ProviderMock
from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..wire import AnyIdRoute, parse_int

M = load_models("realtimeregister")
OPERATION = "getProcess"
PARAM = "processId"
INT64_MAX = 2**63 - 1
# Seeded fixtures: 46069001 + i, one per status value. 46069000, the spec's example id, is the process its
# example shows: a completed one (ProviderMock.documented_example).
FIXTURE_BASE = 46069001
PROCESS_BASE = 47000000  # processes created through /_mock/processes: 47000000 + n
CUSTOMER = "johndoe"
NOTIFICATION_ID = 1
ERROR_TYPES = {
    400: "ValidationError",
    401: "AuthenticationError",
    403: "AuthorizationError",
    404: "ObjectDoesNotExist",
    429: "TooManyRequests",
    500: "InternalSRSError",
    502: "ProviderConnectionError",
    503: "ProviderUnavailable",
}
FIELDS = frozenset(M.Process.model_fields)


@register
class RealtimeRegisterMock(ProviderMock):
    key = "realtimeregister"
    credentials: ClassVar[dict[str, str]] = {"MOCK_REALTIMEREGISTER_API_KEY": "mock-key"}

    def __init__(self, *, retention: float | None = None, capacity: int = 200_000) -> None:
        super().__init__(retention=retention, capacity=capacity)
        # The fixtures live outside the store, so /_mock/reset, eviction and retention never remove them.
        self.seeded: dict[str, Process] = {}
        for i, status in enumerate(self.lifecycle.all_values):
            pid = str(FIXTURE_BASE + i)
            self.seeded[pid] = Process(pid, status, 1, 0.0, reads=1, status=status, data=self._data(int(pid)))
        example = str(self.documented_example()[PARAM])
        done = self.lifecycle.terminal[0]  # the first succeeded value
        self.seeded[example] = Process(example, done, 1, 0.0, reads=1, status=done, data=self._data(int(example)))

    def new_id(self, n: int) -> str:
        return str(PROCESS_BASE + n)

    # --- errors and auth -----------------------------------------------------------------------
    def error(
        self,
        status: int,
        message: str,
        *,
        retry_after: int | None = None,
        error_type: str | None = None,
        violations: list[dict[str, str]] | None = None,
        object_type: str | None = None,
        identifier: str | None = None,
    ) -> Response:
        body = M.ErrorResponse(
            type=error_type or ERROR_TYPES.get(status, "InternalSRSError" if status >= 500 else "ValidationError"),
            message=message,
            violations=[M.ConstraintViolation(**v) for v in violations] if violations else None,
            objectType=object_type,
            identifier=identifier,
        )
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status, headers=headers)

    def throttle_message(self, retry_after: int) -> str:
        return "Too many requests"  # TooManyRequests' fixed message (tests/corpus/realtimeregister/SOURCES.md)

    def describe_credentials(self) -> str:
        return f"Authorization: ApiKey {self.creds['MOCK_REALTIMEREGISTER_API_KEY']}"

    def _refusal(self, request: Request) -> Response | None:
        expected = f"ApiKey {self.creds['MOCK_REALTIMEREGISTER_API_KEY']}"
        if request.headers.get("authorization") != expected:
            return self.error(401, "Authentication failed")
        return None

    # --- processes -----------------------------------------------------------------------------
    @staticmethod
    def _data(pid: int) -> dict[str, Any]:
        return {
            "created": datetime.datetime.now(datetime.UTC).replace(microsecond=0),
            "identifier": f"example-{pid}.com",
            "command": {"domainName": f"example-{pid}.com", "customer": CUSTOMER, "period": 12, "autoRenew": True},
        }

    def create_process(self, final_status: str, steps: int) -> dict[str, Any]:
        process = self.store.create(final_status, steps)
        process.data = self._data(int(process.id))
        return {PARAM: int(process.id)}

    def fixtures(self) -> list[dict[str, Any]]:
        out = [{"operation": OPERATION, "params": {PARAM: int(p.id)}, "status": p.status} for p in self.seeded.values()]
        # The notification operations (issue 23), served minimally until the spec-driven mocks serve them.
        status = self.lifecycle.terminal[0]
        one = {"customer": CUSTOMER, "notificationId": NOTIFICATION_ID}
        out += [
            {"operation": "pollNotification", "params": {"customer": CUSTOMER}, "status": status},
            {"operation": "getNotification", "params": one, "status": status},
            {"operation": "listNotifications", "params": {"customer": CUSTOMER}, "status": status},
            {"operation": "ackNotification", "params": one, "status": status},
        ]
        return out

    def _body(self, process: Process) -> dict[str, Any]:
        status = process.status
        created: datetime.datetime = process.data["created"]
        started = status not in ("NEW", "VALIDATED", "SCHEDULED", "INVALID")
        price = {"EUR": 1095}
        model = M.Process(
            id=int(process.id),
            user=f"{CUSTOMER}/jane",
            customer=CUSTOMER,
            status=M.ProcessStatus(status),
            createdDate=created,
            updatedDate=created + datetime.timedelta(seconds=max(process.reads, 1)),
            startedDate=created + datetime.timedelta(seconds=1) if started else None,
            type="domain",
            identifier=process.data["identifier"],
            action="create",
            reservation=price if status not in ("COMPLETED", "INVALID", "FAILED", "CANCELLED") else None,
            transaction=price if status == "COMPLETED" else None,
            refund=price if status in ("FAILED", "CANCELLED") else None,
            command=M.ProcessCommand(**process.data["command"]),
            resumeTypes=[M.ResumeType.RESEND, M.ResumeType.CANCEL] if status == "SUSPENDED" else None,
            error=M.ProcessErrorContent(type="ProcessError", message="The registry rejected the domain creation")
            if status in ("FAILED", "INVALID")
            else None,
            billables=[
                M.Billable(
                    product="domain_com",
                    action=M.BillableAction.CREATE,
                    quantity=1,
                    amount=1095,
                    providerName="verisign",
                )
            ]
            if status == "COMPLETED"
            else None,
        )
        # Fields that do not apply are left out, as the live API does (e.g. no startedDate before the start).
        body: dict[str, Any] = model.model_dump(mode="json", by_alias=True, exclude_none=True)
        return body

    # --- API -----------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        notifications = "/v2/customers/{customer}/notifications"
        return [
            AnyIdRoute("/v2/processes/{processId:path}", self.get_process, methods=["GET"]),
            Route(notifications + "/poll", self.poll_notification, methods=["GET"]),
            Route(notifications + "/{notificationId}/ack", self.ack_notification, methods=["POST"]),
            Route(notifications + "/{notificationId}", self.get_notification, methods=["GET"]),
            Route(notifications, self.list_notifications, methods=["GET"]),
        ]

    # --- notifications (issue 23): one fixed notification about the spec's example process ----------------
    def _notification(self) -> dict[str, Any]:
        # The official PHP SDK's test data (tests/corpus/realtimeregister SOURCES S10), naming a seeded process.
        return {
            "id": NOTIFICATION_ID,
            "fireDate": "2026-03-14T11:02:03Z",
            "message": "FAKE_MESSAGE",
            "customer": CUSTOMER,
            "process": int(self.documented_example()[PARAM]),
            "eventType": "FAKE_EVENT_TYPE",
            "notificationType": "FAKE_NOTIFICATION_TYPE",
            "isAsync": True,
        }

    def _customer_refusal(self, request: Request, *, status: int) -> Response | None:
        if (refusal := self._refusal(request)) is not None:
            return refusal
        if request.path_params["customer"] != CUSTOMER:
            if status == 403:
                return self.error(403, "The user does not have permission to execute this request")
            return self.error(400, "A referenced object does not exist", error_type="ObjectDoesNotExist")
        return None

    def _notification_id(self, request: Request) -> Response | None:
        raw = request.path_params["notificationId"]
        if parse_int(raw, minimum=-INT64_MAX - 1, maximum=INT64_MAX) != NOTIFICATION_ID:
            return self.error(400, "A referenced object does not exist", error_type="ObjectDoesNotExist")
        return None

    async def poll_notification(self, request: Request) -> Response:
        if (refusal := self._customer_refusal(request, status=403)) is not None:
            return refusal
        return JSONResponse({"count": 1, "notification": self._notification()})

    async def get_notification(self, request: Request) -> Response:
        if (refusal := self._customer_refusal(request, status=400) or self._notification_id(request)) is not None:
            return refusal
        return JSONResponse(self._notification())

    async def list_notifications(self, request: Request) -> Response:
        if (refusal := self._customer_refusal(request, status=400)) is not None:
            return refusal
        limit = parse_int(request.query_params.get("limit", "100"), minimum=1, maximum=1000)
        offset = parse_int(request.query_params.get("offset", "0"), minimum=0, maximum=2**31 - 1)
        if limit is None or offset is None:
            return self.error(400, "Invalid value for limit or offset")
        entities = [self._notification()][offset : offset + limit]
        return JSONResponse({"entities": entities, "pagination": {"total": 1, "offset": offset, "limit": limit}})

    async def ack_notification(self, request: Request) -> Response:
        if (refusal := self._customer_refusal(request, status=400) or self._notification_id(request)) is not None:
            return refusal
        return Response(status_code=200)  # acknowledged: no body (the PHP SDK's test)

    async def get_process(self, request: Request) -> Response:
        if (refusal := self._refusal(request)) is not None:
            return refusal
        raw = request.path_params["processId"]
        parsed = parse_int(raw, minimum=-INT64_MAX - 1, maximum=INT64_MAX)
        if parsed is None:
            shown = raw if len(raw) <= 40 else raw[:40] + "..."
            return self.error(400, f"Invalid value for processId: '{shown}' is not a valid integer")
        pid = parsed
        if pid <= 0:
            return self.error(
                400,
                "The request parameters did not meet validation",
                error_type="ConstraintViolationException",
                violations=[{"field": PARAM, "message": "must be greater than 0", "value": raw}],
            )
        requested: list[str] | None = None
        if "fields" in request.query_params:
            # Comma-separated (the docs) or repeated (`fields=status&fields=statusDetail`, the provider's own
            # TypeScript SDK): every value counts, as the server the SDK is written for must read them.
            values = request.query_params.getlist("fields")
            requested = [name for value in values for name in value.split(",") if name]
            unknown = [name for name in requested if name not in FIELDS]
            if unknown:
                return self.error(400, f"Unknown field: {unknown[0]}")
        key = str(pid)
        process = self.seeded.get(key) or self.store.read(key)
        if process is None:
            return self.error(
                400,
                f"Process '{key}' does not exist",
                error_type="ObjectDoesNotExist",
                object_type="Process",
                identifier=key,
            )
        body = self._body(process)
        if requested:
            wanted = {"id", *requested}
            selection = M.ProcessFields.model_validate({k: v for k, v in body.items() if k in wanted})
            body = selection.model_dump(mode="json", exclude_none=True)
        return JSONResponse(body)
