"""bol.com Retailer API v10 shared process status, as strict as the live API (PROVIDERS.md): OAuth2
client-credentials tokens from POST /token that expire, the vendor media type demanded in `Accept` and
on request bodies, RFC 7807 problems, at most 1000 ids in bulk, 50 statuses a page, and statuses that
answer 404 once they finished longer ago than the retention.

POST /token takes what bol's login server takes: `grant_type=client_credentials` in the query string
(bol's authentication page shows that form, without a body) or in a form body, and the client's id and
secret in an HTTP Basic header or as the form fields `client_id` / `client_secret`.

Media types come from the spec: an answer carries the type the `Accept` header asks for among those the
operation declares (retailer or advertiser), compared case-insensitively and with `q` weights; `q=0`
refuses a type. bol demands its vendor type by name, so a wildcard alone is not acceptable (406)."""

from __future__ import annotations

import base64
import datetime
import http
import json
import secrets
import time
import uuid
from typing import Any, ClassVar
from urllib.parse import parse_qs, unquote_plus

from starlette.convertors import StringConvertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..base import ProviderMock
from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..wire import iso_utc, media_type, negotiate, parse_int

M = load_models("bol")
MEDIA = "application/vnd.retailer.v10+json"
FORM = "application/x-www-form-urlencoded"
PAGE_SIZE = 50
MAX_BULK = 1000
TOKEN_LIFETIME = 299  # seconds, as bol issues them


class _SubscriptionId(StringConvertor):
    """A subscription id: any path segment but `signature-keys`, which is its own path in bol's API."""

    regex = "(?!signature-keys$)[^/]+"


register_url_convertor("subscription", _SubscriptionId())


@register
class BolMock(ProviderMock):
    key = "bol"
    untracked_paths: ClassVar[frozenset[str]] = frozenset({"/token"})
    credentials: ClassVar[dict[str, str]] = {
        "MOCK_BOL_CLIENT_ID": "mock-client-id",
        "MOCK_BOL_CLIENT_SECRET": "mock-client-secret",
    }

    def __init__(
        self, *, retention: float | None = 48 * 3600, capacity: int = 200_000, token_lifetime: int = TOKEN_LIFETIME
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

    def sdk_environment(self, origin: str) -> dict[str, str]:
        return {**super().sdk_environment(origin), "BOL_TOKEN_URL": f"{origin}/token"}

    def describe_credentials(self) -> str:
        return (
            f"client id {self.creds['MOCK_BOL_CLIENT_ID']!r}, secret {self.creds['MOCK_BOL_CLIENT_SECRET']!r} "
            "(token: POST /token with HTTP basic, grant_type=client_credentials)"
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

    def rate_limit_headers(self, limit: int, remaining: int, reset: int) -> dict[str, str]:
        """bol's headers, on every answer (picqer's recorded 200s: `X-RateLimit-Limit: 10`,
        `X-RateLimit-Remaining: 9`, `X-RateLimit-Reset: 1`; bol's rate-limit pages): the window's budget,
        what is left of it, and the seconds until it is full again (the spec's seconds form of `Reset`)."""
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset),
        }

    def _serve(self, request: Request, operation: str) -> str | Response:
        """The media type to answer `operation` in, or the answer bol gives instead of serving it."""
        offered = self.offered(operation) or self.offered(operation, "202")  # 202: bol's queued changes
        media = negotiate(request.headers.get("accept"), offered, wildcards=False)
        error_media = media or self._error_media(request)
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        expiry = self.tokens.get(token) if scheme.lower() == "bearer" else None
        if expiry is None or expiry < time.monotonic():
            return self.error(401, "Missing, invalid or expired access token.", media=error_media)
        if media is None:
            return self.error(406, f"The Accept header must be {MEDIA}.", media=error_media)
        accepted = self.request_media(operation)
        if accepted and media_type(request.headers.get("content-type")) not in {m.lower() for m in accepted}:
            return self.error(415, f"The Content-Type header must be {accepted[0]}.", media=error_media)
        return media

    # --- token endpoint ------------------------------------------------------------------------
    def extra_routes(self) -> list[BaseRoute]:
        return [Route("/token", self.token, methods=["POST"]), *self.subscription_routes("/retailer")]

    async def token(self, request: Request) -> Response:
        fields = {k: v[-1] for k, v in parse_qs(request.url.query).items()}
        content_type = media_type(request.headers.get("content-type"))
        if content_type in ("", FORM):
            # Parsed here rather than with request.form(), which would need python-multipart.
            body = (await request.body()).decode("latin-1")
            fields.update({k: v[-1] for k, v in parse_qs(body).items()})
        if fields.get("grant_type") != "client_credentials":
            error = "unsupported_grant_type" if fields.get("grant_type") else "invalid_request"
            return JSONResponse({"error": error}, status_code=400, headers=_NO_STORE)
        basic = self._basic_credentials(request)
        client = basic or (fields.get("client_id", ""), fields.get("client_secret", ""))
        if client != (self.creds["MOCK_BOL_CLIENT_ID"], self.creds["MOCK_BOL_CLIENT_SECRET"]):
            headers = {**_NO_STORE, "WWW-Authenticate": 'Basic realm="bol"'} if basic else _NO_STORE
            return JSONResponse(
                {"error": "invalid_client", "error_description": "Bad client credentials"},
                status_code=401,
                headers=headers,
            )
        token = secrets.token_urlsafe(24)
        now = time.monotonic()
        self.tokens = {t: e for t, e in self.tokens.items() if e > now}
        self.tokens[token] = now + self.token_lifetime
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime, "scope": "RETAILER"},
            headers=_NO_STORE,
        )

    @staticmethod
    def _basic_credentials(request: Request) -> tuple[str, str] | None:
        """(client id, secret) from an HTTP Basic header, form-decoded as RFC 6749 section 2.3.1 asks."""
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except ValueError:  # binascii.Error, a non-ASCII header, UnicodeDecodeError
            return ("", "")
        client_id, _, secret = decoded.partition(":")
        return unquote_plus(client_id), unquote_plus(secret)

    # --- processes -----------------------------------------------------------------------------
    def create_process(self, final_status: str, steps: int) -> dict[str, Any]:
        """A new process under a UUID-style id, the form bol's live API issues for new processes
        (tests/corpus/bol SOURCES.md S9); the seeded fixtures keep the demo's digits."""
        entity = str(900000000 + len(self.store) + 1)
        process = self.store.create(
            final_status,
            steps,
            {"entityId": entity, "eventType": "CREATE_SHIPMENT", "created": time.time()},
            process_id=_uuid7(),
        )
        return {"process-status-id": process.id}

    def seed(self) -> None:
        # Push subscriptions (issue 23), served minimally until the spec-driven mocks serve them: bol's demo one.
        self.subscriptions: dict[str, dict[str, Any]] = {
            "1234": {
                "id": "1234",
                "resources": ["PROCESS_STATUS"],
                "url": "https://www.example.com/push",
                "subscriptionType": "WEBHOOK",
                "enabled": True,
            },
            "1235": {  # the one the delete fixture removes
                "id": "1235",
                "resources": ["PROCESS_STATUS"],
                "url": "https://www.example.com/push-old",
                "subscriptionType": "WEBHOOK",
                "enabled": False,
            },
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
        return [
            Route("/process-status/{process_status_id}", self.get_one, methods=["GET"]),
            Route("/process-status", self.get_by_entity, methods=["GET"]),
            Route("/process-status", self.get_bulk, methods=["POST"]),
            *self.subscription_routes(),
        ]

    def subscription_routes(self, prefix: str = "") -> list[BaseRoute]:
        """bol serves these under /retailer (the spec's path-level servers): the mock serves them there too, and
        under its base URL, as an SDK given the mock's URL sends them (asyncstatus_core.servers)."""
        return [
            Route(prefix + "/subscriptions", self.list_subscriptions, methods=["GET"]),
            Route(prefix + "/subscriptions", self.create_subscription, methods=["POST"]),
            Route(prefix + "/subscriptions/signature-keys", self.signature_keys, methods=["GET"]),
            Route(
                prefix + "/subscriptions/test/{subscription_id:subscription}", self.test_subscription, methods=["POST"]
            ),
            Route(prefix + "/subscriptions/{subscription_id:subscription}", self.get_subscription, methods=["GET"]),
            Route(prefix + "/subscriptions/{subscription_id:subscription}", self.update_subscription, methods=["PUT"]),
            Route(
                prefix + "/subscriptions/{subscription_id:subscription}", self.delete_subscription, methods=["DELETE"]
            ),
        ]

    # --- subscriptions (issue 23): minimal; no deliveries yet --------------------------------------
    def _queued(self, event: str, entity: str | None, media: str) -> Response:
        """A change queued as a process that succeeds on its next read (bol's 202 answer)."""
        process = self.store.create(
            "SUCCESS", 1, {"entityId": entity, "eventType": event, "created": time.time()}, process_id=_uuid7()
        )
        return JSONResponse(
            self._model(process).model_dump(mode="json", exclude_none=True), status_code=202, media_type=media
        )

    async def _subscription_body(self, request: Request, media: str) -> dict[str, Any] | Response:
        try:
            body = json.loads(await request.body())
        except (ValueError, RecursionError):
            return self.error(400, "The request body is not valid JSON.", media=media)
        try:
            checked = M.SubscriptionRequest.model_validate(body)
        except ValueError:
            violations = [{"name": "url", "reason": "Request contains invalid value(s)."}]
            return self.error(400, "Validation error", violations=violations, media=media)
        dumped: dict[str, Any] = checked.model_dump(mode="json", exclude_none=True)
        return dumped

    def _known(self, request: Request, media: str, *, missing: int = 400) -> str | Response:
        sid = str(request.path_params["subscription_id"])
        if sid not in self.subscriptions:
            return self.error(missing, f"Subscription {sid} does not exist.", media=media)
        return sid

    async def list_subscriptions(self, request: Request) -> Response:
        media = self._serve(request, "getPushNotificationSubscriptions")
        if isinstance(media, Response):
            return media
        listed = list(self.subscriptions.values())
        return JSONResponse({"subscriptions": listed} if listed else {}, media_type=media)

    async def create_subscription(self, request: Request) -> Response:
        media = self._serve(request, "postPushNotificationSubscription")
        if isinstance(media, Response):
            return media
        body = await self._subscription_body(request, media)
        if isinstance(body, Response):
            return body
        sid = str(1234 + len(self.subscriptions))
        self.subscriptions[sid] = {"id": sid, "enabled": True, **body}
        return self._queued("CREATE_SUBSCRIPTION", sid, media)

    async def signature_keys(self, request: Request) -> Response:
        media = self._serve(request, "getSubscriptionKeys")
        if isinstance(media, Response):
            return media
        return JSONResponse(
            {"signatureKeys": [{"id": "0", "type": "RSA", "publicKey": _public_key()}]}, media_type=media
        )

    async def test_subscription(self, request: Request) -> Response:
        media = self._serve(request, "postTestPushNotification")
        if isinstance(media, Response):
            return media
        sid = self._known(request, media)
        return sid if isinstance(sid, Response) else self._queued("SEND_SUBSCRIPTION_TST_MSG", None, media)

    async def get_subscription(self, request: Request) -> Response:
        media = self._serve(request, "getPushNotificationSubscription")
        if isinstance(media, Response):
            return media
        sid = self._known(request, media, missing=404)
        return sid if isinstance(sid, Response) else JSONResponse(self.subscriptions[sid], media_type=media)

    async def update_subscription(self, request: Request) -> Response:
        media = self._serve(request, "putPushNotificationSubscription")
        if isinstance(media, Response):
            return media
        sid = self._known(request, media)
        if isinstance(sid, Response):
            return sid
        body = await self._subscription_body(request, media)
        if isinstance(body, Response):
            return body
        self.subscriptions[sid] = {"id": sid, "enabled": True, **body}
        return self._queued("UPDATE_SUBSCRIPTION", sid, media)

    async def delete_subscription(self, request: Request) -> Response:
        media = self._serve(request, "deletePushNotificationSubscription")
        if isinstance(media, Response):
            return media
        sid = self._known(request, media)
        if isinstance(sid, Response):
            return sid
        del self.subscriptions[sid]
        return self._queued("DELETE_SUBSCRIPTION", None, media)

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


_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}  # RFC 6749 section 5.1


def _uuid7() -> str:
    """A time-ordered UUID, version 7 (RFC 9562 section 5.7: 48 bits of Unix milliseconds, the version, 74
    random bits, the variant), like bol's `01a0453c-0303-73cd-9b90-d84c8e1babe9`. By hand because the
    standard library's uuid has no version 7 before Python 3.14."""
    millis = time.time_ns() // 1_000_000 & (1 << 48) - 1
    rand = secrets.randbits(74)
    value = millis << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | rand & (1 << 62) - 1
    return str(uuid.UUID(int=value))


_KEY: list[str] = []


def _public_key() -> str:
    """The mock's signing key (made once per process): the Base64 DER SubjectPublicKeyInfo bol lists. The mock
    does not sign deliveries yet (issue 23 item 5)."""
    if not _KEY:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        _KEY.append(base64.b64encode(der).decode())
    return _KEY[0]
