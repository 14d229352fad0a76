"""Richemont Booster2 Public API tasks (a ServiceStack service), as strict as the live API
(PROVIDERS.md): a bearer token, ServiceStack `responseStatus` error bodies, JSON by default and CSV or
JSON Lines on request (`Accept`, `?format=` or a `.csv`/`.jsonl` suffix on the path), a 400 for an
`asyncTaskId` that is not a Guid (ServiceStack binds the request DTO before its `[Authenticate]`
filter runs, so that 400 comes before the 401), a 401 without a usable token that is empty and carries
ServiceStack's challenge (the spec's `Unauthorized`, `x-empty-body`), and a 404 for an unknown task whose
body is the empty `GetTaskDetailResponse` (the service failed, not the framework: the spec's 404).

Besides the custom routes, ServiceStack's pre-defined routes for both request DTOs (the spec's
"Pre-defined routes"): `/api/{Request}` (JSON, or the format of a `.csv`/`.jsonl` extension) and
`/{json,csv,jsonl}/reply/{Request}`, GET and POST, the DTO name matched case-insensitively, its fields
read from the query string or from a JSON or form body; `?format=` overrides the route's format, `Accept`
does not. An unknown DTO name is ServiceStack's 405 `NotImplementedException`. These are what
ServiceStack's own clients (`@servicestack/client`, `servicestack` on PyPI) call for typed requests.

GET /tasks lists every task of the user (the seeded fixtures and the created ones) without advancing
them; GET /tasks/{asyncTaskId} reads one task (a task created with a duration is where its time says; one
without advances a step a read). `percentage` grows with the lifecycle: 0 at REQ, in between while INP (the
share of a timed task's duration gone), 100 at COM and ERR."""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from typing import Any
from urllib.parse import parse_qsl

from specmodel import Operation
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..spec_mock import SpecMock
from ..wire import negotiate

M = load_models("booster")
GUID = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
FORMATS = {"json": "application/json", "csv": "text/csv", "jsonl": "text/jsonl"}
SUFFIXES = (".jsonl", ".json", ".csv")  # longest first: ".json" is a prefix of ".jsonl"
COLUMNS: tuple[str, ...] = tuple(M.Task.model_fields)  # the DTO's property order
_ERROR_CODES = {
    400: "RequestBindingException",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "NotImplementedException",
    429: "TooManyRequests",
    500: "Exception",
    503: "ServiceUnavailable",
}
# ServiceStack's pre-defined routes (ServiceStack@1d95209 `PredefinedRoutesFeature`, `ApiHandlers.Generic`,
# `GenericHandler`): the request DTO's name, looked up lower-cased (`ServiceMetadata.GetOperationType`).
PREDEFINED = {"gettask": ("GetTask", "getTasks"), "gettaskdetail": ("GetTaskDetail", "getTaskDetail")}
REPLY_FORMATS = ("json", "csv", "jsonl")  # /{format}/reply/{Request} for the formats the spec describes
# The empty GetTaskDetailResponse: what the service answers when it fails (the spec's 404 and 500).
EMPTY_DETAIL = M.EmptyTaskDetailResponse.model_validate({"asyncTaskId": "0" * 32, "percentage": 0})
# The challenge of ServiceStack's `[Authenticate]` filter without a session: the first auth provider's name
# and realm (the spec's `Unauthorized`; tests/corpus/booster SOURCES.md S8). JWT is the spec's assumption.
CHALLENGE = 'jwt realm="/auth/jwt"'
TYPES = ("stock", "sellout", "crm")
BRANDS = ("CAR", "VCA", "IWC", "JLC", "PAN")
EXPORTS = "https://booster-exports.richemont.com"
SIGNED = "https://booster-exports.s3.eu-west-1.amazonaws.com"

# Seeded at start-up, one finished task per status: the spec's example ids where it has them. The
# params alternate between the hyphenated and the 32-hex Guid forms, which the service both accepts.
_SEED: tuple[tuple[str, str, str, str, str], ...] = (
    # status, asyncTaskId as passed, type, brand, requestDate
    ("REQ", "0d6f2e14-7c3b-4a59-9e21-b5c4d3e2f1a0", "crm", "IWC", "2024-06-21T15:30:00Z"),
    ("INP", "9c4e1a770b524f3ea6d17e8f90a1b2c3", "sellout", "VCA", "2024-06-21T14:05:12Z"),
    ("COM", "3f2b8c1e-9a4d-4e6f-8b7c-2d1e0f9a8b7c", "stock", "CAR", "2024-06-20T08:43:55Z"),
    ("ERR", "5a1d3c7e9b2f4e6a8c0d1e2f3a4b5c6d", "crm", "JLC", "2024-06-22T09:12:40Z"),
)


def _canonical(raw: str) -> str | None:
    """A Guid as ServiceStack.Text writes it (32 lower-case hex digits), or None if `raw` is not one."""
    return raw.replace("-", "").lower() if GUID.fullmatch(raw) else None


@register
class BoosterMock(SpecMock):
    key = "booster"

    def new_id(self, n: int) -> str:
        return uuid.uuid4().hex

    # --- errors and auth -----------------------------------------------------------------------
    def error(
        self,
        status: int,
        message: str,
        *,
        retry_after: int | None = None,
        operation: Operation | None = None,
        error_code: str | None = None,
        field_errors: list[dict[str, str]] | None = None,
    ) -> Response:
        body = M.ErrorResponse.model_validate(
            {
                "responseStatus": {
                    "errorCode": error_code or _ERROR_CODES.get(status, "Exception"),
                    "message": message,
                    "errors": field_errors or [],
                }
            }
        )
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return JSONResponse(
            body.model_dump(mode="json", by_alias=True, exclude_none=True), status_code=status, headers=headers
        )

    def fault_error(self, request: Request, status: int, message: str, retry_after: int | None) -> Response:
        """An injected 404 is what the service answers for a missing task: its empty response DTO (S7)."""
        if status == 404:
            return self._empty_detail(404)
        return self.error(status, message, retry_after=retry_after)

    @staticmethod
    def _empty_detail(status: int) -> Response:
        return JSONResponse(EMPTY_DETAIL.model_dump(mode="json", by_alias=True, exclude_none=True), status_code=status)

    def www_authenticate(self) -> str | None:
        return CHALLENGE

    def _unauthenticated(self, request: Request) -> Response | None:
        """No session without the mock's bearer token: ServiceStack's `[Authenticate]` filter then ends the
        answer with status 401, its challenge and no body at all (S8), not an `ErrorResponse`."""
        if not self.authenticated(request):
            return Response(status_code=401, headers={"WWW-Authenticate": CHALLENGE})
        return None

    def _format(self, request: Request, suffix: str | None) -> str:
        """The answer's media type: the path suffix, else `?format=`, else `Accept`, else JSON. A `format`
        that is not a registered one is ignored, as ServiceStack ignores it (the spec's Format parameter);
        a repeated one reaches ServiceStack joined by commas, which is no registered format either."""
        values = request.query_params.getlist("format")
        if suffix is not None:
            return FORMATS[suffix]
        if len(values) == 1 and values[0] in FORMATS:
            return FORMATS[values[0]]
        return self._negotiate(request.headers.get("accept", ""))

    def _negotiate(self, accept: str) -> str:
        """The media type `Accept` prefers among the spec's (RFC 9110: case-insensitive, `q` weights, the
        most specific range wins, `q=0` refuses). When none is acceptable ServiceStack answers in its
        default format, JSON, rather than 406 (the spec declares no 406)."""
        offered = self.offered("getTasks")
        return negotiate(accept, offered) or FORMATS["json"]

    # --- processes -----------------------------------------------------------------------------
    def seed(self) -> None:
        self.fixture_entries: list[dict[str, Any]] = []
        for status, wire_id, kind, brand, requested in _SEED:
            pid = _canonical(wire_id)
            assert pid is not None
            process = self.store.create(
                status,
                1,
                {"type": kind, "brand": brand, "requestDate": requested, "total": 1250},
                process_id=pid,
                pinned=True,
            )
            self.store.advance(process)
            self.fixture_entries.append(
                {"operation": "getTaskDetail", "params": {"asyncTaskId": wire_id}, "status": status}
            )
        # The list holds a task in every status (reading the list does not advance them).
        for status in self.lifecycle.all_values:
            self.fixture_entries.append({"operation": "getTasks", "params": {}, "status": status})

    type_field = "type"
    process_types = TYPES

    def kind_for(self, n: int) -> str | None:
        return TYPES[n % len(TYPES)]

    def store_id(self, wire_id: str) -> str:
        return _canonical(wire_id) or wire_id

    def create_process(
        self, final_status: str, steps: int, *, duration: float | None = None, kind: str | None = None
    ) -> dict[str, Any]:
        n = len(self.store) + 1
        process = self.store.create(
            final_status,
            steps,
            {
                "type": kind or TYPES[n % len(TYPES)],
                "brand": BRANDS[n % len(BRANDS)],
                "requestDate": "2024-07-01T10:00:00Z",
                "total": 100 * n,
            },
            duration=duration,
        )
        return {"asyncTaskId": str(uuid.UUID(hex=process.id))}

    def _percentage(self, process: Process) -> int:
        if process.status in self.lifecycle.terminal:
            return 100
        if process.status in self.lifecycle.running:
            fraction = self.store.fraction(process)
            if fraction is not None:  # a timed task: the share of its duration gone
                return max(1, min(99, round(100 * fraction)))
            if process.steps <= 2:
                return 50
            return max(1, min(99, round(100 * (process.reads - 1) / (process.steps - 1))))
        return 0

    def _task(self, process: Process) -> Any:
        data = process.data
        total = int(data["total"])
        fields: dict[str, Any] = {
            "asyncTaskId": process.id,
            "type": data["type"],
            "requestDate": data["requestDate"],
            "status": process.status,
            "percentage": self._percentage(process),
            "brand": data["brand"],
        }
        if process.status in self.lifecycle.running:
            done = total * fields["percentage"] // 100
            fields.update(totalResults=total, totalSucceeded=done, totalFailed=0)
        elif process.status in self.lifecycle.terminal:
            failed = process.status != "COM"
            fields.update(totalResults=total, totalSucceeded=0 if failed else total, totalFailed=total if failed else 0)
            if not failed:
                path = f"{data['type']}/{data['brand']}/{process.id}.csv"
                fields.update(
                    downloadUrl=f"{EXPORTS}/{path}",
                    signedDownloadUrl=f"{SIGNED}/{path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600",
                )
        return M.Task.model_validate(fields)

    # --- rendering -----------------------------------------------------------------------------
    @staticmethod
    def _render(tasks: list[Any], media: str, *, single: bool) -> Response:
        dumped = [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tasks]
        if media == FORMATS["csv"]:
            out = io.StringIO()
            writer = csv.writer(out)  # RFC 4180: CRLF rows, minimal quoting with doubled quotes
            writer.writerow(COLUMNS)
            for row in dumped:
                writer.writerow(["" if row.get(c) is None else row[c] for c in COLUMNS])
            return Response(out.getvalue(), media_type=media)
        if media == FORMATS["jsonl"]:
            text = "".join(json.dumps(row, separators=(",", ":")) + "\n" for row in dumped)
            return Response(text, media_type=media)
        return JSONResponse(dumped[0] if single else dumped)

    # --- API -----------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        both = ["GET", "POST"]
        return [
            Route("/tasks", self.get_tasks, methods=["GET"]),
            Route("/tasks.{suffix:str}", self.get_tasks, methods=["GET"]),
            Route("/tasks/{asyncTaskId}", self.get_task_detail, methods=["GET"]),
            Route("/api/{request}", self.predefined, methods=both),
            *(Route(f"/{fmt}/reply/{{request}}", self.predefined, methods=both) for fmt in REPLY_FORMATS),
        ]

    def not_found(self, request: Request) -> Response:
        return self.error(404, f"Handler for Request not found: {request.method} {request.url.path}")

    def not_allowed(self, request: Request, allowed: list[str]) -> Response:
        return self.error(405, f"Could not find method named {request.method.title()}(GetTask) or Any(GetTask)")

    async def get_tasks(self, request: Request) -> Response:
        suffix = request.path_params.get("suffix")
        if suffix is not None and f".{suffix}" not in SUFFIXES:
            return self.not_found(request)
        return self._tasks(request, self._format(request, suffix))

    async def get_task_detail(self, request: Request) -> Response:
        raw: str = request.path_params["asyncTaskId"]
        suffix = None
        for candidate in SUFFIXES:
            if raw.endswith(candidate):
                raw, suffix = raw[: -len(candidate)], candidate[1:]
                break
        return self._task_detail(request, raw, self._format(request, suffix))

    async def predefined(self, request: Request) -> Response:
        """`/api/{Request}` and `/{format}/reply/{Request}`: the request DTO named in the path, bound from the
        query string (and, on POST, a JSON or form body first, the query filling what the body left unset, as
        `GenericHandler.CreateRequestAsync` does), then the same service as the custom route."""
        name: str = request.path_params["request"]
        route_format = request.url.path.split("/")[1]
        if route_format == "api":  # `ApiHandlers.Generic`: an extension picks the format
            name, dot, ext = name.partition(".")
            if dot and ext not in FORMATS:
                return self.not_found(request)
            route_format = ext or "json"
        found = PREDEFINED.get(name.lower())
        if found is None:  # `AssertOperationExists`; NotImplementedException is ServiceStack's 405
            return self.error(
                405, "The operation does not exist for this service", error_code="NotImplementedException"
            )
        dto, operation = found
        formats = request.query_params.getlist("format")  # `GetQueryStringContentType` wins over the route
        media = FORMATS[formats[0]] if len(formats) == 1 and formats[0] in FORMATS else FORMATS[route_format]
        fields = await self._dto_fields(request)
        if fields is None:
            return self.error(400, f"Unable to bind to request '{dto}'", error_code="SerializationException")
        if operation == "getTasks":
            return self._tasks(request, media)
        raw = next((v for k, v in fields.items() if k.lower() == "asynctaskid"), None)
        if raw is None:  # an unset Guid is Guid.Empty, which names no task
            raw = "0" * 32
        if not isinstance(raw, str):
            return self._binding_error(repr(raw))
        return self._task_detail(request, raw, media)

    @staticmethod
    async def _dto_fields(request: Request) -> dict[str, Any] | None:
        """The request DTO's fields as sent (None: a body that cannot be bound)."""
        fields: dict[str, Any] = {}
        if request.method == "POST":
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            raw = await request.body()
            if media == "application/x-www-form-urlencoded":  # parse_qsl: Starlette's form() needs python-multipart
                fields.update(parse_qsl(raw.decode("utf-8", errors="replace"), keep_blank_values=False))
            else:
                if raw.strip():
                    try:
                        body = json.loads(raw)
                    except (ValueError, RecursionError):
                        return None
                    if not isinstance(body, dict):
                        return None
                    fields.update(body)
        bound = {k.lower() for k in fields}  # DTO members are matched case-insensitively
        for key, value in request.query_params.items():
            if value and key.lower() not in bound:
                fields[key] = value
        return fields

    def _binding_error(self, value: str) -> Response:
        return self.error(
            400,
            "Unable to bind request",
            error_code="RequestBindingException",
            field_errors=[
                {
                    "errorCode": "SerializationException",
                    "fieldName": "asyncTaskId",
                    "message": f"{value} is an Invalid value for 'asyncTaskId'",
                }
            ],
        )

    def _tasks(self, request: Request, media: str) -> Response:
        refusal = self._unauthenticated(request)
        if refusal is not None:
            return refusal
        tasks = [self._task(p) for p in self.store.all()]
        return self._render(tasks, media, single=False)

    def _task_detail(self, request: Request, raw: str, media: str) -> Response:
        pid = _canonical(raw)
        if pid is None:
            return self._binding_error(repr(raw))
        refusal = self._unauthenticated(request)
        if refusal is not None:
            return refusal
        process = self.store.read(pid)
        if process is None:  # HttpError.NotFound thrown by the service: its empty response DTO (S7)
            return self._empty_detail(404)
        return self._render([self._task(process)], media, single=True)
