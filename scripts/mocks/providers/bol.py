"""bol.com Retailer API v10 shared process status, beyond what its spec says (PROVIDERS.md; the OAuth2 token
endpoint, its expiring tokens and the rate-limit headers are spec_mock.py's): the vendor media type demanded
by name in `Accept` and on request bodies, RFC 7807 problems in the media type asked for, at most 1000 ids in
bulk, 50 statuses a page by entity, UUID-style ids for new processes, and statuses that answer 404 once they
finished longer ago than the retention (48 hours). The push subscriptions (issue 23) are the spec's operations,
served where bol serves them (`/retailer`, the path-level servers) and under the base URL (where an SDK given
the mock's URL sends them, asyncstatus_core.servers), with state: a change answers 202 with a process status
that succeeds on its next read, and the signature keys are the public half of a key pair the mock holds.

Media types come from the spec: an answer carries the type the `Accept` header asks for among those the
operation declares (retailer or advertiser), compared case-insensitively and with `q` weights; `q=0`
refuses a type. bol demands its vendor type by name, so a wildcard alone is not acceptable (406)."""

from __future__ import annotations

import base64
import dataclasses
import datetime
import http
import json
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from specmodel import Operation
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..base import AdminError
from ..lifecycle import Process
from ..models import load_models
from ..push_sender import BOL_RULES, PushFaults, Sender
from ..registry import register
from ..spec_mock import TOKEN_LIFETIME, SpecMock
from ..wire import AnyIdRoute, iso_utc, media_type, negotiate, parse_int

M = load_models("bol")
MEDIA = "application/vnd.retailer.v10+json"
PAGE_SIZE = 50
MAX_BULK = 1000
PUSHED_TYPES = frozenset({"SUCCESS", "FAILURE", "TIMEOUT"})  # a pushed event's `type` (no PENDING), PROVIDERS.md
STATUS_OPERATIONS = frozenset({"getProcessStatus", "getProcessStatusEntityId", "getProcessStatusBulk"})
# The subscription changes bol queues, by operation: the process's eventType (bol's demo answers, S10).
QUEUED_EVENTS = {
    "postPushNotificationSubscription": "CREATE_SUBSCRIPTION",
    "putPushNotificationSubscription": "UPDATE_SUBSCRIPTION",
    "deletePushNotificationSubscription": "DELETE_SUBSCRIPTION",
    "postTestPushNotification": "SEND_SUBSCRIPTION_TST_MSG",
}


@register
class BolMock(SpecMock):
    key = "bol"

    type_field = "eventType"
    process_types = None  # an open string in the spec

    def __init__(
        self,
        *,
        retention: float | None = 48 * 3600,
        capacity: int = 200_000,
        token_lifetime: int = TOKEN_LIFETIME,
        **clock: Any,
    ) -> None:
        self._signing: SigningKey | None = None
        super().__init__(retention=retention, capacity=capacity, token_lifetime=token_lifetime, **clock)
        # Push (issue 23): off until a test turns it on (POST /_mock/push), so that the demo subscriptions'
        # example.com URLs are never posted to. Deliveries keep the mock's clock (`--speed`, MOCK_SPEED).
        self.pushing = False
        self.sender = Sender(BOL_RULES, self._signature_headers, self._give_up, speed=self.speed)
        self.store.on_finish = self._finished

    # --- errors and auth -----------------------------------------------------------------------
    def error(
        self,
        status: int,
        message: str,
        *,
        retry_after: int | None = None,
        operation: Operation | None = None,
        violations: list[dict[str, str]] | None = None,
        media: str = MEDIA,
    ) -> Response:
        try:
            title = http.HTTPStatus(status).phrase
        except ValueError:
            title = "Error"
        problem = M.Problem(
            type="https://api.bol.com/problems",
            title=title,
            status=status,
            detail=message,
            host="mock",
            instance="https://api.bol.com/shared/process-status",
            violations=[M.Violation(**v) for v in violations] if violations else None,
        )
        headers = {"Retry-After": str(retry_after if retry_after is not None else 1)} if status == 429 else {}
        return JSONResponse(
            problem.model_dump(mode="json", exclude_none=True), status_code=status, media_type=media, headers=headers
        )

    def _error_media(self, request: Request) -> str:
        """The media type of an error answer: the one asked for among the Problem's, else the retailer type."""
        offered = self.offered("getProcessStatus", "404") or [MEDIA]
        return negotiate(request.headers.get("accept"), offered, wildcards=False) or offered[0]

    def not_found(self, request: Request) -> Response:
        return self.error(404, f"No resource at {request.url.path}.", media=self._error_media(request))

    def not_allowed(self, request: Request, allowed: list[str]) -> Response:
        message = f"Request method '{request.method}' is not supported; use {', '.join(allowed)}."
        return self.error(405, message, media=self._error_media(request))

    def fault_error(self, request: Request, status: int, message: str, retry_after: int | None) -> Response:
        return self.error(status, message, retry_after=retry_after, media=self._error_media(request))

    def _serve(self, request: Request, operation: str) -> str | Response:
        """The media type to answer `operation` in, or the answer bol gives instead of serving it."""
        media = negotiate(request.headers.get("accept"), self.offered(operation), wildcards=False)
        error_media = media or self._error_media(request)
        if not self.authenticated(request):
            return self.error(401, "Missing, invalid or expired access token.", media=error_media)
        if media is None:
            return self.error(406, f"The Accept header must be {MEDIA}.", media=error_media)
        accepted = self.request_media(operation)
        if accepted and media_type(request.headers.get("content-type")) not in {m.lower() for m in accepted}:
            return self.error(415, f"The Content-Type header must be {accepted[0]}.", media=error_media)
        return media

    # --- processes -----------------------------------------------------------------------------
    def new_id(self, n: int) -> str:
        return str(n)  # the fixtures' ids: the demo's digits (1, 2, ...); created processes get UUIDs

    def create_process(
        self, final_status: str, steps: int, *, duration: float | None = None, kind: str | None = None
    ) -> dict[str, Any]:
        """A new process under a UUID-style id, the form bol's live API issues for new processes
        (tests/corpus/bol SOURCES.md S9); the seeded fixtures keep the demo's digits."""
        entity = str(900000000 + len(self.store) + 1)
        process = self.store.create(
            final_status,
            steps,
            {"entityId": entity, "eventType": kind or "CREATE_SHIPMENT", "created": time.time()},
            process_id=_uuid7(),
            duration=duration,
        )
        return {"process-status-id": process.id}

    def seed(self) -> None:
        # bol's demo subscription (the spec's example id) and one the delete fixture removes.
        self.subscriptions: dict[str, dict[str, Any]] = {
            sid: {
                "id": sid,
                "resources": ["PROCESS_STATUS"],
                "url": f"https://www.example.com/push-{sid}",
                "subscriptionType": "WEBHOOK",
                "enabled": sid == "1234",
            }
            for sid in ("1234", "1235")
        }
        self.fixture_ids: dict[str, str] = {}
        for status in self.lifecycle.all_values:
            process = self.store.create(
                status,
                1,
                {"entityId": "987654321", "eventType": "CREATE_SHIPMENT", "created": time.time()},
                pinned=True,
            )
            self.store.advance(process)
            self.fixture_ids[status] = process.id
            process.finished_at = None if status not in self.lifecycle.terminal else process.finished_at
        # The spec's example id: its succeeded example (ProviderMock.documented_example), pinned like the rest.
        example = str(self.documented_example()["process-status-id"])
        done = self.store.create(
            self.lifecycle.terminal[0],
            1,
            {"entityId": "987654321", "eventType": "CONFIRM_SHIPMENT", "created": time.time()},
            process_id=example,
            pinned=True,
        )
        self.store.advance(done)

    def fixtures(self) -> list[dict[str, Any]]:
        status = self.lifecycle.terminal[0]
        body = {"resources": ["PROCESS_STATUS"], "url": "https://www.example.com/push", "subscriptionType": "WEBHOOK"}
        one = {"subscription-id": "1234"}
        out: list[dict[str, Any]] = [
            {"operation": "getPushNotificationSubscriptions", "params": {}, "status": status},
            {"operation": "postPushNotificationSubscription", "params": body, "status": status},
            {"operation": "getSubscriptionKeys", "params": {}, "status": status},
            {"operation": "postTestPushNotification", "params": one, "status": status},
            {"operation": "getPushNotificationSubscription", "params": one, "status": status},
            {"operation": "putPushNotificationSubscription", "params": {**one, **body}, "status": status},
            {
                "operation": "deletePushNotificationSubscription",
                "params": {"subscription-id": "1235"},
                "status": status,
            },
        ]
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

    def _json(self, model: Any, media: str) -> Response:
        return JSONResponse(model.model_dump(mode="json", exclude_none=True), media_type=media)

    # --- API -----------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        spec_routes = super().api_routes()  # the subscription operations, as the spec describes them
        subscription_routes = [r for (op, r) in self._op_routes if op.operation_id not in STATUS_OPERATIONS]
        assert len(spec_routes) == len(self._op_routes)
        return [
            Route("/process-status/{process_status_id}", self.get_one, methods=["GET"]),
            Route("/process-status", self.get_by_entity, methods=["GET"]),
            Route("/process-status", self.get_bulk, methods=["POST"]),
            *subscription_routes,
        ]

    def extra_routes(self) -> list[BaseRoute]:
        """The token endpoint, and the operations with their own servers where bol serves them (`/retailer`)."""
        own = [
            AnyIdRoute(urlsplit(op.servers[0]).path.rstrip("/") + route.path, route.endpoint, methods=route.methods)
            for op, route in self._op_routes
            if op.servers
        ]
        return [*super().extra_routes(), *own]

    # --- subscriptions (issue 23) ----------------------------------------------------------------
    def operation_answer(
        self, op: Operation, request: Request, values: dict[str, Any], body: Any, media: str
    ) -> Response:
        op_id = op.operation_id
        sid = str(values.get("subscription-id", ""))
        if op_id == "getSubscriptionKeys":
            return JSONResponse({"signatureKeys": [self.signing.listed()]}, media_type=media)
        if op_id == "getPushNotificationSubscriptions":
            listed = list(self.subscriptions.values())
            return JSONResponse({"subscriptions": listed} if listed else {}, media_type=media)  # bol omits []
        if sid and sid not in self.subscriptions and op_id != "postPushNotificationSubscription":
            return self.refuse(op, 404, f"Subscription {sid} does not exist.")
        if op_id == "getPushNotificationSubscription":
            return JSONResponse(self.subscriptions[sid], media_type=media)
        if op_id == "postPushNotificationSubscription":
            sid = str(max((int(s) for s in self.subscriptions if s.isdigit()), default=1233) + 1)
        if op_id in ("postPushNotificationSubscription", "putPushNotificationSubscription"):
            self.subscriptions[sid] = {"id": sid, "enabled": True, **body}
        elif op_id == "deletePushNotificationSubscription":
            del self.subscriptions[sid]
        event = QUEUED_EVENTS.get(op_id)
        if event is None:
            return super().operation_answer(op, request, values, body, media)
        entity = sid if op_id != "postTestPushNotification" else None
        process = self.store.create(
            "SUCCESS", 1, {"entityId": entity, "eventType": event, "created": time.time()}, process_id=_uuid7()
        )
        dumped = self._model(process).model_dump(mode="json", exclude_none=True)
        return JSONResponse(dumped, status_code=202, media_type=media)

    # --- push deliveries (issue 23 item 5) ---------------------------------------------------------
    def _finished(self, process: Process) -> None:
        """A finished process's PROCESS_STATUS event (bol's docs' shape, S12) to every enabled webhook."""
        if not self.pushing or process.status not in PUSHED_TYPES:
            return
        event = {"resource": "PROCESS_STATUS", "type": process.status, "resourceId": process.id}
        stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        body = json.dumps({"retailerId": 1234567, "timestamp": stamp, "event": event}).encode()
        for sid, sub in list(self.subscriptions.items()):
            wanted = sub.get("subscriptionType") == "WEBHOOK" and "PROCESS_STATUS" in sub.get("resources", [])
            if wanted and sub.get("enabled", True) and not _documentation_host(str(sub["url"])):
                self.sender.send(str(sub["url"]), sid, body)

    def _signature_headers(self, body: bytes) -> dict[str, str]:
        key = self.signing
        return {
            "Content-Type": "application/json",
            "Signature": f'keyId={key.key_id}, algorithm="rsa-sha256", signature={key.sign(body)}',
        }

    def _give_up(self, sid: str) -> None:
        """bol disables a subscription whose deliveries failed every retry."""
        if sid in self.subscriptions:
            self.subscriptions[sid]["enabled"] = False

    def admin_routes(self) -> list[BaseRoute]:
        return [
            *super().admin_routes(),
            Route("/push", self._admin_push, methods=["POST"]),
            Route("/push/deliveries", self._admin_deliveries, methods=["GET"]),
            Route("/push/rotate", self._admin_rotate, methods=["POST"]),
            Route("/push/finish", self._admin_finish, methods=["POST"]),
            Route("/push/disable", self._admin_disable, methods=["POST"]),
        ]

    async def _admin_push(self, request: Request) -> Response:
        """`{"deliver": true}` turns deliveries on (false: off); the other fields are the next deliveries'
        faults: `drop`, `duplicate`, `reorder`, `tamper` (counts), `delay` (seconds on the mock's clock),
        `drop_rate` and `duplicate_rate` (a share of every delivery, drawn with `seed`)."""
        try:
            body = await self._json_object(request)
            deliver = body.pop("deliver", self.pushing)
            if not isinstance(deliver, bool):
                raise AdminError(f"`deliver` must be true or false, got {deliver!r}")
            faults = PushFaults.parse(body)
        except (AdminError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self.pushing = deliver
        self.sender.faults = faults
        return JSONResponse({"deliver": deliver, **faults.shown()})

    async def _admin_deliveries(self, request: Request) -> Response:
        return JSONResponse([dataclasses.asdict(d) for d in self.sender.log])

    async def _admin_rotate(self, request: Request) -> Response:
        """A new signing key under the next id; the old one is no longer listed (bol rotates without notice)."""
        self._signing = SigningKey.generate(str(int(self.signing.key_id) + 1))
        return JSONResponse({"keyId": self._signing.key_id})

    async def _admin_finish(self, request: Request) -> Response:
        """`{"ids": [...]}`: those processes reach their final status now (as if read to the end), and so push."""
        try:
            ids = (await self._json_object(request)).get("ids")
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise AdminError("`ids` must be a list of process status ids")
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        unknown = [pid for pid in ids if self.store.peek(pid) is None]
        if unknown:
            return JSONResponse({"error": f"unknown process {unknown[0]!r}"}, status_code=404)
        for pid in ids:
            process = self.store.peek(pid)
            while process is not None and process.finished_at is None and process.reads < process.steps:
                self.store.advance(process)
        return JSONResponse({"finished": ids})

    async def _admin_disable(self, request: Request) -> Response:
        """`{"subscription": id}`: disabled as bol does after failed deliveries."""
        try:
            sid = (await self._json_object(request)).get("subscription")
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        if str(sid) not in self.subscriptions:
            return JSONResponse({"error": f"unknown subscription {sid!r}"}, status_code=404)
        self._give_up(str(sid))
        return JSONResponse({"disabled": str(sid)})

    @property
    def signing(self) -> SigningKey:
        """The key pair bol's deliveries are signed with (made on first use: a 2048-bit RSA key takes a while)."""
        if self._signing is None:
            self._signing = SigningKey.generate("0")
        return self._signing

    async def get_one(self, request: Request) -> Response:
        media = self._serve(request, "getProcessStatus")
        if isinstance(media, Response):
            return media
        pid = request.path_params["process_status_id"]
        process = self.store.read(pid)
        if process is None:
            return self.error(404, f"Process status with id {pid} was not found.", media=media)
        return self._json(self._model(process), media)

    async def get_by_entity(self, request: Request) -> Response:
        media = self._serve(request, "getProcessStatusEntityId")
        if isinstance(media, Response):
            return media
        violations = [
            {"name": name, "reason": "Request contains invalid value(s): a value is required."}
            for name in ("entity-id", "event-type")
            if not request.query_params.get(name)
        ]
        page = parse_int(request.query_params.get("page", "1"), minimum=1, maximum=2**31 - 1)
        if page is None:
            violations.append({"name": "page", "reason": "Must be a whole number of at least 1."})
        if violations or page is None:
            return self.error(400, "Validation error", violations=violations, media=media)
        entity, event = request.query_params["entity-id"], request.query_params["event-type"]
        matches = [
            p for p in reversed(self.store.all()) if p.data["entityId"] == entity and p.data["eventType"] == event
        ]
        chunk = matches[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return self._json(M.ProcessStatusResponse(processStatuses=[self._model(p) for p in chunk]), media)

    async def get_bulk(self, request: Request) -> Response:
        media = self._serve(request, "getProcessStatusBulk")
        if isinstance(media, Response):
            return media
        try:
            body = json.loads(await request.body())
        except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than the parser goes
            return self.error(400, "The request body is not valid JSON.", media=media)
        queries = body.get("processStatusQueries") if isinstance(body, dict) else None
        if not isinstance(queries, list) or not 1 <= len(queries) <= MAX_BULK:
            reason = f"Must hold between 1 and {MAX_BULK} process status queries."
            violations = [{"name": "processStatusQueries", "reason": reason}]
            return self.error(400, "Validation error", violations=violations, media=media)
        ids: list[str] = []
        for i, query in enumerate(queries):
            pid = query.get("processStatusId") if isinstance(query, dict) else None
            if not isinstance(pid, str):
                violations = [{"name": f"processStatusQueries[{i}].processStatusId", "reason": "Must be a string."}]
                return self.error(400, "Validation error", violations=violations, media=media)
            ids.append(pid)
        # An id asked for twice is looked up (and advanced) once, and answered once.
        found = [p for pid in dict.fromkeys(ids) if (p := self.store.read(pid)) is not None]
        return self._json(M.ProcessStatusResponse(processStatuses=[self._model(p) for p in found]), media)


def _documentation_host(url: str) -> bool:
    """example.com and its kin (RFC 2606), the demo subscriptions' and the docs' URLs: never posted to."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == name or host.endswith("." + name) for name in ("example.com", "example.net", "example.org"))


def _uuid7() -> str:
    """A time-ordered UUID, version 7 (RFC 9562 section 5.7: 48 bits of Unix milliseconds, the version, 74
    random bits, the variant), like bol's `01a0453c-0303-73cd-9b90-d84c8e1babe9`. By hand because the
    standard library's uuid has no version 7 before Python 3.14."""
    millis = time.time_ns() // 1_000_000 & (1 << 48) - 1
    rand = secrets.randbits(74)
    value = millis << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | rand & (1 << 62) - 1
    return str(uuid.UUID(int=value))


@dataclass(frozen=True)
class SigningKey:
    """One RSA key pair of the mock's, as bol lists a key: `id` (the signature header's keyId) and the Base64
    DER SubjectPublicKeyInfo."""

    key_id: str
    private: Any  # cryptography's RSAPrivateKey (imported late: only the push operations need cryptography)

    @classmethod
    def generate(cls, key_id: str) -> SigningKey:
        from cryptography.hazmat.primitives.asymmetric import rsa

        return cls(key_id, rsa.generate_private_key(public_exponent=65537, key_size=2048))

    def listed(self) -> dict[str, str]:
        from cryptography.hazmat.primitives import serialization

        der = self.private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return {"id": self.key_id, "type": "RSA", "publicKey": base64.b64encode(der).decode()}

    def sign(self, body: bytes) -> str:
        """RSA PKCS#1 v1.5 with SHA-256 over the raw body, Base64: what bol's signature header carries."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        return base64.b64encode(self.private.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()
