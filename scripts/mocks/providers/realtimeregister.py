"""Realtime Register REST API v2, beyond what its spec says (PROVIDERS.md; the rest is spec_mock.py): errors
`{type, message}` typed by cause (an id that is not an integer is a ValidationError, a non-positive one a
ConstraintViolationException naming the field, an unknown one ObjectDoesNotExist with `objectType` and
`identifier`, as the errors page and both official SDKs have it: tests/corpus/realtimeregister); `fields`
answering only the requested Process fields plus `id`, comma-separated or repeated (the official TypeScript
SDK's form), combined, an unknown name a ValidationError; and a Process whose fields follow its status.

Notifications (issue 23): a finished process adds one to the customer's queue (poll shows the oldest and the
count, ack removes it, get and list read it); the spec's example notification stays readable and acknowledgeable
for the fixtures, outside the queue. `POST /_mock/push` `{"deliver": true, "url": ..., "key": ...}` also posts
each new notification to `url`, HMAC-SHA256 signed with `key` (Base64, header `Signature`). `POST /_mock/notify`
`{"process": id, "subjectStatus": ...}` queues (and posts) a notification about a step on the way, with a
`subjectStatus` of the spec's `NotificationSubjectStatus`: the provider sends more than final ones."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import itertools
import json
from typing import Any, ClassVar

from specmodel import Operation, Parameter
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..base import AdminError
from ..lifecycle import QUEUED, Process
from ..models import load_models
from ..push_sender import REALTIMEREGISTER_RULES, PushFaults, Sender
from ..registry import register
from ..samples import example_body
from ..spec_mock import SpecMock
from ..wire import parse_int

M = load_models("realtimeregister")
PARAM = "processId"
CUSTOMER = "johndoe"
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
UNACKNOWLEDGED = "acknowledgeDate:null"  # the one `q` of listNotifications the spec documents (S11)


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@register
class RealtimeRegisterMock(SpecMock):
    key = "realtimeregister"
    credentials: ClassVar[dict[str, str]] = {"MOCK_REALTIMEREGISTER_API_KEY": "mock-key"}
    type_field = "type"
    process_types = None  # an open string (domain, contact, ...)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.queue: dict[int, dict[str, Any]] = {}  # unacknowledged notifications by id, oldest first
        self.acknowledged: dict[int, dict[str, Any]] = {}  # the others, with their acknowledgeDate (for get and list)
        self._ids = itertools.count(1000)
        self.push_url: str | None = None
        self.push_key = b""
        # Deliveries keep the mock's clock (`--speed`, MOCK_SPEED).
        self.sender = Sender(REALTIMEREGISTER_RULES, self._signature_headers, lambda _: None, speed=self.speed)
        self.store.on_finish = self._finished

    # --- notifications (issue 23) ------------------------------------------------------------------
    def _finished(self, process: Process) -> None:
        self._notify(int(process.id), "COMPLETED" if process.status == "COMPLETED" else "FAILED")

    def _notify(self, process: int, subject_status: str) -> None:
        example = self.spec.operations["getNotification"].success()
        template = example_body(example, "application/json") if example is not None else {}
        notification = {**template, "id": next(self._ids), "fireDate": _now(), "process": process}
        notification["subjectStatus"] = subject_status
        for unset in ("readDate", "acknowledgeDate", "deliveryDate"):
            notification.pop(unset, None)
        self.queue[notification["id"]] = notification
        if self.push_url is not None:
            self.sender.send(self.push_url, CUSTOMER, json.dumps(notification).encode())

    def _signature_headers(self, body: bytes) -> dict[str, str]:
        digest = hmac.new(self.push_key, body, hashlib.sha256).digest()
        return {"Content-Type": "application/json", "Signature": base64.b64encode(digest).decode()}

    def operation_answer(
        self, op: Operation, request: Request, values: dict[str, Any], body: Any, media: str
    ) -> Response:
        op_id, nid = op.operation_id, values.get("notificationId")
        params = self.spec.operations["getNotification"].parameters
        if op_id == "pollNotification":
            oldest = next(iter(self.queue.values()), None)
            return JSONResponse({"count": len(self.queue), **({"notification": oldest} if oldest else {})})
        if op_id == "listNotifications":
            return self._list(values)
        if nid in self.queue:
            if op_id == "ackNotification":
                acknowledged = self.queue.pop(nid)
                acknowledged["acknowledgeDate"] = _now()
                self.acknowledged[nid] = acknowledged
                return Response(status_code=200)
            return JSONResponse(self.queue[nid])
        if nid in self.acknowledged and op_id == "getNotification":
            return JSONResponse(self.acknowledged[nid])
        if nid != next(p.example for p in params if p.name == "notificationId"):
            message = f"Notification '{nid}' does not exist"
            return self.error(
                400, message, error_type="ObjectDoesNotExist", object_type="Notification", identifier=str(nid)
            )
        return super().operation_answer(op, request, values, body, media)

    def _list(self, values: dict[str, Any]) -> Response:
        """A page of the notifications; `q` as the spec documents it (`acknowledgeDate:null`: the unacknowledged
        ones), none: all of them. Another filter is refused: the mock does not know how the provider reads it."""
        query = str(values.get("q") or "").strip()
        if query == UNACKNOWLEDGED:
            chosen = list(self.queue.values())
        elif not query:
            chosen = sorted([*self.queue.values(), *self.acknowledged.values()], key=lambda n: int(n["id"]))
        else:
            return self.error(400, f"Invalid value for q: the mock reads only '{UNACKNOWLEDGED}' (the spec's form)")
        limit, offset = int(values.get("limit", 100)), int(values.get("offset", 0))
        return JSONResponse(
            {
                "entities": chosen[offset : offset + limit],
                "pagination": {"total": len(chosen), "offset": offset, "limit": limit},
            }
        )

    def admin_routes(self) -> list[BaseRoute]:
        return [
            *super().admin_routes(),
            Route("/push", self._admin_push, methods=["POST"]),
            Route("/notify", self._admin_notify, methods=["POST"]),
        ]

    async def _admin_notify(self, request: Request) -> Response:
        """`{"process": 123, "subjectStatus": "PENDING"}`: a notification about that process, queued (and posted)."""
        allowed = [member.value for member in M.NotificationSubjectStatus]
        try:
            body = await self._json_object(request)
            process, status = body.get("process"), body.get("subjectStatus")
            if isinstance(process, bool) or not isinstance(process, int) or process < 1:
                raise AdminError("`process` must be a positive integer")
            if status not in allowed:
                raise AdminError(f"`subjectStatus` must be one of {', '.join(allowed)}")
        except (AdminError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self._notify(process, str(status))
        return JSONResponse({"queued": len(self.queue)})

    async def _admin_push(self, request: Request) -> Response:
        """`{"deliver": true, "url": ..., "key": ...}`: post new notifications there too (false: stop); the other
        fields are the next deliveries' faults, as bol's."""
        try:
            body = await self._json_object(request)
            deliver, url, key = body.pop("deliver", False), body.pop("url", None), body.pop("key", None)
            if not isinstance(deliver, bool) or (deliver and (not isinstance(url, str) or not isinstance(key, str))):
                raise AdminError("`deliver` must be true (with `url` and `key` strings) or false")
            faults = PushFaults.parse(body)
        except (AdminError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self.push_url, self.push_key = (url, str(key).encode()) if deliver else (None, b"")
        self.sender.faults = faults
        return JSONResponse({"deliver": deliver, **faults.shown()})

    def error(
        self,
        status: int,
        message: str,
        *,
        retry_after: int | None = None,
        operation: Operation | None = None,
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

    def refusal(self, operation: Operation, request: Request) -> Response | None:
        return None if self.authenticated(request) else self.error(401, "Authentication failed")

    def invalid_parameter(self, operation: Operation, param: Parameter, raw: str | None) -> Response:
        parsed = parse_int(raw or "", minimum=-(2**63), maximum=2**63 - 1) if param.name == PARAM else None
        if parsed is not None:  # an integer the schema refuses: not positive
            violation = {"field": PARAM, "message": "must be greater than 0", "value": raw or ""}
            return self.error(
                400,
                "The request parameters did not meet validation",
                error_type="ConstraintViolationException",
                violations=[violation],
            )
        shown = raw if raw is None or len(raw) <= 40 else raw[:40] + "..."
        return self.error(400, f"Invalid value for {param.name}: '{shown}' is not a valid integer")

    def not_found_answer(self, pid: str) -> Response:
        message = f"Process '{pid}' does not exist"
        return self.error(400, message, error_type="ObjectDoesNotExist", object_type="Process", identifier=pid)

    def process_answer(self, process: Process, media: str, request: Request) -> Response:
        body = self._body(process)
        if "fields" in request.query_params:
            # Comma-separated (the docs) or repeated (`fields=status&fields=statusDetail`, the provider's own
            # TypeScript SDK): every value counts, as the server the SDK is written for must read them.
            values = request.query_params.getlist("fields")
            requested = [name for value in values for name in value.split(",") if name]
            unknown = [name for name in requested if name not in FIELDS]
            if unknown:
                return self.error(400, f"Unknown field: {unknown[0]}")
            if requested:
                wanted = {"id", *requested}
                selection = M.ProcessFields.model_validate({k: v for k, v in body.items() if k in wanted})
                body = selection.model_dump(mode="json", exclude_none=True)
        return JSONResponse(body)

    def _body(self, process: Process) -> dict[str, Any]:
        status, pid = process.status, int(process.id)
        started = status not in ("NEW", "VALIDATED", "SCHEDULED", "INVALID")
        if process.ends is not None:  # a timed process: its dates on the mock's clock
            created = datetime.datetime.fromtimestamp(process.born, datetime.UTC)
            span = process.ends - process.created
            now = self.store.clock() - process.created
            updated = created + datetime.timedelta(seconds=min(now, span))
            began = created + datetime.timedelta(seconds=QUEUED * span)
        else:  # a per-read one: a second a read
            created = process.data.setdefault("created", datetime.datetime.now(datetime.UTC).replace(microsecond=0))
            updated = created + datetime.timedelta(seconds=max(process.reads, 1))
            began = created + datetime.timedelta(seconds=1)
        price = {"EUR": 1095}
        model = M.Process(
            id=pid,
            user=f"{CUSTOMER}/jane",
            customer=CUSTOMER,
            status=M.ProcessStatus(status),
            createdDate=created,
            updatedDate=updated,
            startedDate=began if started else None,
            type=process.data.get("type", "domain"),
            identifier=f"example-{pid}.com",
            action="create",
            reservation=price if status not in ("COMPLETED", "INVALID", "FAILED", "CANCELLED") else None,
            transaction=price if status == "COMPLETED" else None,
            refund=price if status in ("FAILED", "CANCELLED") else None,
            command=M.ProcessCommand(domainName=f"example-{pid}.com", customer=CUSTOMER, period=12, autoRenew=True),
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
