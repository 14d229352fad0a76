"""bol.com Retailer API v10 shared process status, as strict as the live API (PROVIDERS.md): OAuth2
client-credentials tokens from POST /token that expire, the vendor media type demanded in `Accept` and
on request bodies, RFC 7807 problems, at most 1000 ids in bulk, 50 statuses a page, and statuses that
answer 404 once they finished longer ago than the retention."""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import secrets
import time
from typing import Any, ClassVar
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..base import ProviderMock
from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..wire import iso_utc

M = load_models("bol")
MEDIA = "application/vnd.retailer.v10+json"
ACCEPTED = (MEDIA, "application/vnd.advertiser.v10+json")
PAGE_SIZE = 50
MAX_BULK = 1000
TOKEN_LIFETIME = 299  # seconds, as bol issues them


@register
class BolMock(ProviderMock):
    key = "bol"
    untracked_paths: ClassVar[frozenset[str]] = frozenset({"/token"})
    credentials: ClassVar[dict[str, str]] = {
        "MOCK_BOL_CLIENT_ID": "mock-client-id",
        "MOCK_BOL_CLIENT_SECRET": "mock-client-secret",
    }

    def __init__(
        self, *, retention: float | None = 48 * 3600, capacity: int = 10_000, token_lifetime: int = TOKEN_LIFETIME
    ) -> None:
        super().__init__(retention=retention, capacity=capacity)
        self.token_lifetime = token_lifetime
        self.tokens: dict[str, float] = {}  # token -> expiry (monotonic)
        self.seed()

    # --- errors and auth -----------------------------------------------------------------------
    def error(
        self,
        status: int,
        message: str,
        *,
        retry_after: int | None = None,
        violations: list[dict[str, str]] | None = None,
    ) -> Response:
        titles = {
            400: "Bad Request",
            401: "Unauthorized",
            404: "Not Found",
            406: "Not Acceptable",
            415: "Unsupported Media Type",
            429: "Too Many Requests",
            500: "Internal Server Error",
            503: "Service Unavailable",
        }
        problem = M.Problem(
            type="https://api.bol.com/problems",
            title=titles.get(status, "Error"),
            status=status,
            detail=message,
            host="mock",
            instance="https://api.bol.com/shared/process-status",
            violations=[M.Violation(**v) for v in violations] if violations else None,
        )
        headers = {"Retry-After": str(retry_after if retry_after is not None else 1)} if status == 429 else {}
        return JSONResponse(
            problem.model_dump(mode="json", exclude_none=True), status_code=status, media_type=MEDIA, headers=headers
        )

    def describe_credentials(self) -> str:
        return (
            f"client id {self.creds['MOCK_BOL_CLIENT_ID']!r}, secret {self.creds['MOCK_BOL_CLIENT_SECRET']!r} "
            "(token: POST /token with HTTP basic, grant_type=client_credentials)"
        )

    def _refusal(self, request: Request, *, body: bool = False) -> Response | None:
        """The answer bol gives instead of serving the request, or None to serve it."""
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        expiry = self.tokens.get(token) if scheme.lower() == "bearer" else None
        if expiry is None or expiry < time.monotonic():
            return self.error(401, "Missing, invalid or expired access token.")
        accept = request.headers.get("accept", "")
        if not any(media in accept for media in ACCEPTED):
            return self.error(406, f"The Accept header must be {MEDIA}.")
        if body:
            content_type = request.headers.get("content-type", "").split(";")[0].strip()
            if content_type not in ACCEPTED:
                return self.error(415, f"The Content-Type header must be {MEDIA}.")
        return None

    # --- token endpoint ------------------------------------------------------------------------
    def extra_routes(self) -> list[BaseRoute]:
        return [Route("/token", self.token, methods=["POST"])]

    async def token(self, request: Request) -> Response:
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        try:
            client_id, _, secret = (
                base64.b64decode(encoded).decode().partition(":") if scheme.lower() == "basic" else ("", "", "")
            )
        except (binascii.Error, UnicodeDecodeError):
            client_id, secret = "", ""
        # Parsed here rather than with request.form(), which would need python-multipart.
        form = {k: v[-1] for k, v in parse_qs((await request.body()).decode("latin-1")).items()}
        if form.get("grant_type") != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        if (client_id, secret) != (self.creds["MOCK_BOL_CLIENT_ID"], self.creds["MOCK_BOL_CLIENT_SECRET"]):
            return JSONResponse(
                {"error": "invalid_client", "error_description": "Bad client credentials"}, status_code=401
            )
        token = secrets.token_urlsafe(24)
        now = time.monotonic()
        self.tokens = {t: e for t, e in self.tokens.items() if e > now}
        self.tokens[token] = now + self.token_lifetime
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime, "scope": "RETAILER"}
        )

    # --- processes -----------------------------------------------------------------------------
    def create_process(self, final_status: str, steps: int) -> dict[str, Any]:
        entity = str(900000000 + len(self.store) + 1)
        process = self.store.create(
            final_status, steps, {"entityId": entity, "eventType": "CREATE_SHIPMENT", "created": time.time()}
        )
        return {"process-status-id": process.id}

    def seed(self) -> None:
        self.fixture_ids: dict[str, str] = {}
        for status in self.lifecycle.all_values:
            process = self.store.create(
                status, 1, {"entityId": "987654321", "eventType": "CREATE_SHIPMENT", "created": time.time()}
            )
            self.store.advance(process)
            self.fixture_ids[status] = process.id
            process.finished_at = None if status not in self.lifecycle.terminal else process.finished_at

    def fixtures(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for status, pid in self.fixture_ids.items():
            out.append({"operation": "getProcessStatus", "params": {"process-status-id": pid}, "status": status})
            out.append(
                {
                    "operation": "getProcessStatusBulk",
                    "params": {"processStatusQueries": [{"processStatusId": pid}]},
                    "status": status,
                }
            )
            out.append(
                {
                    "operation": "getProcessStatusEntityId",
                    "params": {"entity-id": "987654321", "event-type": "CREATE_SHIPMENT", "page": 1},
                    "status": status,
                }
            )
        return out

    def _model(self, process: Process) -> Any:
        base = "https://api.bol.com/shared/process-status/"
        return M.ProcessStatus(
            processStatusId=process.id,
            entityId=process.data["entityId"],
            eventType=process.data["eventType"],
            description=f"Mock process {process.id} for entity {process.data['entityId']}.",
            status=M.ProcessStatusStatus(process.status),
            errorMessage="The mock was asked to fail this process."
            if process.status in ("FAILURE", "TIMEOUT")
            else None,
            createTimestamp=iso_utc(datetime.datetime.fromtimestamp(process.data["created"], tz=datetime.UTC)),
            links=[M.Link(rel="self", href=base + process.id, method="GET")],
        )

    def _json(self, model: Any) -> Response:
        return JSONResponse(model.model_dump(mode="json", exclude_none=True), media_type=MEDIA)

    # --- API -----------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        return [
            Route("/process-status/{process_status_id}", self.get_one, methods=["GET"]),
            Route("/process-status", self.get_by_entity, methods=["GET"]),
            Route("/process-status", self.get_bulk, methods=["POST"]),
        ]

    async def get_one(self, request: Request) -> Response:
        if (refusal := self._refusal(request)) is not None:
            return refusal
        pid = request.path_params["process_status_id"]
        process = self.store.read(pid)
        if process is None:
            return self.error(404, f"Process status with id {pid} was not found.")
        return self._json(self._model(process))

    async def get_by_entity(self, request: Request) -> Response:
        if (refusal := self._refusal(request)) is not None:
            return refusal
        violations = [
            {"name": name, "reason": "Request contains invalid value(s): a value is required."}
            for name in ("entity-id", "event-type")
            if not request.query_params.get(name)
        ]
        raw_page = request.query_params.get("page", "1")
        if not raw_page.isdigit() or not 1 <= int(raw_page) <= 2**31 - 1:
            violations.append({"name": "page", "reason": "Must be a whole number of at least 1."})
        if violations:
            return self.error(400, "Validation error", violations=violations)
        entity, event, page = request.query_params["entity-id"], request.query_params["event-type"], int(raw_page)
        matches = [
            p for p in reversed(self.store.all()) if p.data["entityId"] == entity and p.data["eventType"] == event
        ]
        chunk = matches[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return self._json(M.ProcessStatusResponse(processStatuses=[self._model(p) for p in chunk]))

    async def get_bulk(self, request: Request) -> Response:
        if (refusal := self._refusal(request, body=True)) is not None:
            return refusal
        try:
            body = json.loads(await request.body())
        except ValueError:
            return self.error(400, "The request body is not valid JSON.")
        queries = body.get("processStatusQueries") if isinstance(body, dict) else None
        if not isinstance(queries, list) or not 1 <= len(queries) <= MAX_BULK:
            reason = f"Must hold between 1 and {MAX_BULK} process status queries."
            return self.error(400, "Validation error", violations=[{"name": "processStatusQueries", "reason": reason}])
        ids: list[str] = []
        for i, query in enumerate(queries):
            pid = query.get("processStatusId") if isinstance(query, dict) else None
            if not isinstance(pid, str):
                name = f"processStatusQueries[{i}].processStatusId"
                return self.error(400, "Validation error", violations=[{"name": name, "reason": "Must be a string."}])
            ids.append(pid)
        found = [p for pid in ids if (p := self.store.read(pid)) is not None]
        return self._json(M.ProcessStatusResponse(processStatuses=[self._model(p) for p in found]))
