"""What every provider mock shares: the admin API under /_mock, fault injection (in the provider's error
shape, with a body of the caller's choosing, or replaying a corpus answer), a rate limit, request counting,
the process store, and the answers to requests no route serves (404, 405 with `Allow`, OPTIONS) in the
provider's own error shape. spec_mock.SpecMock supplies the rest from the spec (routes, credential check, error
bodies, fixtures); a provider's quirk module overrides what its real server does beyond it.

The admin API (not part of any spec; docs/mocks.md):
- `GET /_mock/fixtures`: `{"operation", "params", "status", "arguments"}` for every operation and status value
  (`params` by wire name, `arguments` as the SDK's keyword arguments);
- `POST /_mock/processes {"final_status", "duration", "type", "seed", "steps", "count"}`: a process that finishes
  `duration` seconds of process time after it was created (durations.py: seconds, or a distribution such as
  `"lognormal:median=60,sigma=0.5"`, drawn per process, with `seed` reproducibly), of the provider's process `type`
  where it has types; without a duration, the mock's default for the type (`--duration`), else on its `steps`-th
  read (3 by default: the per-read mode, also chosen by giving `steps`); with `count`, that many at once (all in
  `created`), up to the capacity (200,000 by default; 507 after);
- `GET /_mock/processes/{id}`: what the mock knows of a process: its status, reads, duration, type and when it
  was created and (will have) finished, as Unix times (the truth a bench measures detection lag against);
- `POST /_mock/faults {"status", "count", "retry_after", "body", "content_type", "corpus"}`: the next API
  requests get that answer, in order;
- `POST /_mock/ratelimit {"limit": 20, "window": 1.0}`: at most `limit` API requests per `window` seconds
  (a fixed window), the rest answered 429 in the provider's error shape with `Retry-After` and the
  provider's own rate-limit headers; `{"limit": null}` turns it off;
- `GET /_mock/stats`: `{"requests", "processes", "throttled", "speed"}`; `POST /_mock/reset`: all of it starts over
  (the rate limit off).
"API requests" are those outside /_mock and the untracked paths (bol's token endpoint)."""

from __future__ import annotations

import contextlib
import http
import json
import math
import os
import random
import re
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

from codegen.sdkfacts import example_argument, security, snake_case
from providers import PROVIDERS as DISTS
from specmodel import load
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .admin_guard import AdminGuard
from .durations import ANY_TYPE, Duration, DurationError, from_environment, parse_duration, parse_speed
from .lifecycle import Lifecycle, Process, ProcessStore, StoreFull

Handler = Callable[[Request], Awaitable[Response]]


# Where `{"corpus": name}` faults find tests/corpus/<key>/<name>.json; MOCK_CORPUS_DIR overrides it, and so
# does setting `corpus_dir` on a mock.
DEFAULT_CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "corpus"
_CORPUS_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# POST /_mock/processes {"count": n} creates up to this many at once; the stores hold DEFAULT_CAPACITY.
MAX_CREATE = 200_000
DEFAULT_CAPACITY = 200_000
MAX_FAULTS = 10_000  # queued answers of one fault; a test needs a handful
_FAULT_FIELDS = frozenset({"status", "count", "retry_after", "body", "content_type", "corpus"})
# Headers of a corpus answer that describe the original transfer, not the answer: recomputed on replay.
_TRANSFER_HEADERS = frozenset({"content-length", "transfer-encoding", "connection"})
_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


@dataclass
class Fault:
    status: int
    remaining: int
    retry_after: int | None
    body: bytes | None = None  # None: the provider's error body for `status`
    content_type: str | None = None  # overrides the Content-Type of the answer
    headers: dict[str, str] | None = None  # a corpus answer's headers, sent as they are
    corpus: str | None = None


class RateLimit:
    """At most `limit` API requests per `window` seconds, counted in a fixed window that opens at the first
    request after the previous one closed. A fixed window, not a sliding one, because that is what the
    `X-RateLimit-Limit/-Remaining/-Reset` triple describes: `Remaining` more requests until the window
    ends in `Reset` seconds, then `Limit` again. A client that obeys the headers never sees a 429, which a
    sliding log cannot promise with three integers. O(1) time and memory per request; requests answered
    429 do not use the budget. Run on the event loop without awaiting, so concurrent requests cannot
    interleave inside `admit`."""

    __slots__ = ("limit", "opened", "used", "window")

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.opened = -math.inf  # time.monotonic() when the current window opened
        self.used = 0

    def admit(self, now: float) -> bool:
        """Count a request at `now` (time.monotonic()); False if the window's budget is spent."""
        if now - self.opened >= self.window:
            self.opened, self.used = now, 0
        if self.used >= self.limit:
            return False
        self.used += 1
        return True

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    def reset_after(self, now: float) -> int:
        """Whole seconds until the window closes and the budget is full again, rounded up, at least 1 (an
        HTTP `Retry-After` is a non-negative integer; 0 would invite a retry into the same window)."""
        return max(1, math.ceil(self.opened + self.window - now - 1e-9))


class AdminError(Exception):
    """Malformed input to the admin API; answered 400 with the message."""


class ProviderMock(ABC):
    """One provider's fake API. Subclasses set `key` and implement the hooks below."""

    key: ClassVar[str]
    # Paths outside the spec's API (bol's token endpoint): neither counted nor faulted.
    untracked_paths: ClassVar[frozenset[str]] = frozenset()
    # Environment variables that override the default credentials, name -> default.
    credentials: ClassVar[dict[str, str]]
    # The field of a process's answer that says its kind (bol `eventType`), and the kinds it takes: () when the
    # provider has none, None when the field is an open string (any non-empty value).
    type_field: ClassVar[str | None] = None
    process_types: ClassVar[tuple[str, ...] | None] = ()

    def __init__(
        self,
        *,
        retention: float | None = None,
        capacity: int = DEFAULT_CAPACITY,
        speed: float | None = None,
        durations: dict[str, Duration] | None = None,
    ) -> None:
        self.spec = load(self.key)
        self.lifecycle = Lifecycle.from_spec(self.key)
        env_speed, env_durations = from_environment()
        self.speed = env_speed if speed is None else parse_speed(speed)
        self.durations = env_durations if durations is None else dict(durations)  # by process type
        self.rng = random.Random(0)  # durations drawn without a `seed`
        self.store = ProcessStore(
            self.lifecycle, capacity=capacity, retention=retention, new_id=self.new_id, speed=self.speed
        )
        # Timed processes finish at their time, read or not (their push or notification goes out then); the
        # thread runs only while one is waiting, and `close()` (the server's shutdown) stops it.
        self.store.start_finisher()
        self.faults: list[Fault] = []
        self.requests = 0
        self.throttled = 0  # 429s answered by the rate limit
        self.rate_limit: RateLimit | None = None
        self.clock: Callable[[], float] = time.monotonic  # the rate limit's clock (tests may set their own)
        self.creds = {name: os.environ.get(name, default) for name, default in self.credentials.items()}
        self.corpus_dir = Path(os.environ.get("MOCK_CORPUS_DIR") or DEFAULT_CORPUS_DIR)
        self._routes: list[tuple[str, Route]] = []

    # --- hooks --------------------------------------------------------------------------------
    @property
    def base_path(self) -> str:
        """The path of the spec's first server (bol: /shared), under which the API routes sit."""
        return urlsplit(self.spec.servers[0].url).path.rstrip("/")

    def new_id(self, n: int) -> str:
        return str(n)

    @abstractmethod
    def api_routes(self) -> list[BaseRoute]:
        """The routes of the spec's operations, relative to `base_path`."""

    def extra_routes(self) -> list[BaseRoute]:
        """Routes outside the API base path that count as API traffic (bol's token endpoint)."""
        return []

    @abstractmethod
    def error(self, status: int, message: str, *, retry_after: int | None = None) -> Response:
        """An error answer in the provider's own shape."""

    @abstractmethod
    def create_process(
        self, final_status: str, steps: int, *, duration: float | None = None, kind: str | None = None
    ) -> dict[str, Any]:
        """Create a process (`duration`: seconds of process time, None for `steps` reads; `kind`: its type where
        the provider has types); answer the spec parameters that read it."""

    def kind_for(self, n: int) -> str | None:
        """The type of the `n`-th created process when the request names none (None: the provider has none)."""
        return None

    @abstractmethod
    def fixtures(self) -> list[dict[str, Any]]:
        """`{"operation", "params", "status"}` for every operation and every status value."""

    def seed(self) -> None:  # noqa: B027 (optional hook: mocks that keep fixtures outside the store skip it)
        """Create the fixture processes in the store; called by the subclass's __init__ and again after a
        reset. The default does nothing, for mocks whose fixtures live outside the store."""

    def documented_example(self) -> dict[str, Any]:
        """The status operation's required parameters as the spec's examples give them: the ids of the package
        READMEs' examples and of the docs' quick start. Every mock answers them as a process that has
        succeeded (a fixture: never reset, evicted or retired), so those examples run on the mock as written."""
        op = self.spec.status_operation
        return {p.name: example_argument(p) for p in op.required_inputs} if op is not None else {}

    def _status_operation(self) -> str:
        op = self.spec.status_operation
        return op.operation_id if op is not None else ""

    def sdk_environment(self, origin: str) -> dict[str, str]:
        """The variables the SDK's `create_client_from_env` and CLI read, set to reach this mock at `origin`
        (`http://127.0.0.1:PORT`): its base URL and its default credentials (the first ones listed in
        `credentials`, in the order of the SDK's keywords)."""
        prefix = DISTS[self.key].env_prefix
        env = {f"{prefix}_BASE_URL": origin + self.base_path}
        for credential, value in zip(security(self.spec).credentials, self.creds.values(), strict=False):
            env[f"{prefix}_{credential.env_suffix}"] = value
        return env

    def describe_credentials(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self.creds.items())

    def not_found(self, request: Request) -> Response:
        """The answer to a path no route serves (a trailing slash, an encoded slash in an id, a typo)."""
        return self.error(404, f"No resource at {request.url.path}.")

    def not_allowed(self, request: Request, allowed: list[str]) -> Response:
        """The answer to a method the path does not serve; `_Traffic` adds the `Allow` header."""
        return self.error(405, f"{request.method} is not allowed on {request.url.path}; use {', '.join(allowed)}.")

    def fault_error(self, request: Request, status: int, message: str, retry_after: int | None) -> Response:
        """The provider's error body for an injected fault (bol picks the media type the request asked for)."""
        return self.error(status, message, retry_after=retry_after)

    def rate_limit_headers(self, limit: int, remaining: int, reset: int) -> dict[str, str]:
        """The provider's documented rate-limit headers, sent on every API answer while a rate limit is on:
        none by default (the 429 still carries `Retry-After`); bol overrides it."""
        return {}

    def throttle_message(self, retry_after: int) -> str:
        """The message of the rate limit's 429 in the provider's error body."""
        return f"Too many requests, retry in {retry_after} second{'s' if retry_after != 1 else ''}."

    def throttle_response(self, request: Request, limit: RateLimit, now: float) -> Response:
        """The 429 of the rate limit: the provider's error body, `Retry-After` and its rate-limit headers."""
        reset = limit.reset_after(now)
        response = self.fault_error(request, 429, self.throttle_message(reset), reset)
        response.headers["Retry-After"] = str(reset)
        response.headers.update(self.rate_limit_headers(limit.limit, 0, reset))
        return response

    # --- what the spec says ---------------------------------------------------------------------
    def www_authenticate(self) -> str | None:
        """The `WWW-Authenticate` challenge a 401 carries under the spec's security scheme (RFC 9110
        section 11.6.1): Basic for HTTP basic, Bearer for HTTP bearer and OAuth2 (RFC 6750), none for an
        API key, whose schemes define no challenge."""
        scheme = self.spec.security_schemes[self.spec.security[0]]
        kind, http_scheme = scheme.type, scheme.scheme
        if kind == "http" and http_scheme == "basic":
            return f'Basic realm="{self.key}", charset="UTF-8"'
        if (kind == "http" and http_scheme == "bearer") or kind == "oauth2":
            return f'Bearer realm="{self.key}"'
        return None

    def offered(self, operation_id: str, status: str = "200") -> list[str]:
        """The media types the spec declares for an operation's answer, in the spec's order."""
        response = self.spec.operations[operation_id].responses.get(status)
        return list(response.content) if response else []

    def declares(self, operation_id: str, status: int) -> bool:
        return str(status) in self.spec.operations[operation_id].responses

    def request_media(self, operation_id: str) -> list[str]:
        """The media types the spec accepts for an operation's request body (`x-alternative-media-types` too)."""
        body = self.spec.operations[operation_id].request_body
        if body is None:
            return []
        return [*body.content, *body.extensions.get("x-alternative-media-types", [])]

    def allowed_methods(self, path: str) -> list[str]:
        """The methods some route serves at `path` (with HEAD for GET, and OPTIONS), or [] if none does."""
        methods: set[str] = set()
        for prefix, route in self._routes:
            if prefix and not path.startswith(prefix + "/"):
                continue
            if route.path_regex.match(path[len(prefix) :]):
                methods |= route.methods or set(_METHOD_ORDER)
        if methods:
            methods.add("OPTIONS")
        return [m for m in _METHOD_ORDER if m in methods] + sorted(methods - set(_METHOD_ORDER))

    # --- admin API ----------------------------------------------------------------------------
    def admin_routes(self) -> list[BaseRoute]:
        return [
            Route("/fixtures", self._admin_fixtures, methods=["GET"]),
            Route("/processes", self._admin_processes, methods=["POST"]),
            Route("/processes/{process_id:path}", self._admin_process, methods=["GET"]),
            Route("/faults", self._admin_faults, methods=["POST"]),
            Route("/ratelimit", self._admin_ratelimit, methods=["POST"]),
            Route("/stats", self._admin_stats, methods=["GET"]),
            Route("/reset", self._admin_reset, methods=["POST"]),
        ]

    async def _json_object(self, request: Request) -> dict[str, Any]:
        try:
            body = json.loads(await request.body() or b"null")
        except (ValueError, RecursionError) as exc:
            raise AdminError(f"body is not JSON: {exc}") from None
        if not isinstance(body, dict):
            raise AdminError("body must be a JSON object")
        return body

    @staticmethod
    def _int(
        body: dict[str, Any], name: str, *, default: int | None = None, minimum: int = 0, maximum: int = 1_000_000
    ) -> int:
        value = body.get(name, default)
        if value is None:
            raise AdminError(f"`{name}` is required")
        if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
            raise AdminError(f"`{name}` must be an integer from {minimum} to {maximum}, got {value!r}")
        return value

    def sdk_arguments(self, operation_id: str, params: dict[str, Any]) -> dict[str, Any]:
        """`params` (wire names, as the spec names them) as the SDK's keyword arguments for the operation's
        path and query parameters (`asyncProcessesUuid` -> `async_processes_uuid`); body fields are left out."""
        op = self.spec.operations.get(operation_id)
        names = {p.name for p in op.parameters} if op is not None else set()
        return {snake_case(name): value for name, value in params.items() if name in names}

    async def _admin_fixtures(self, request: Request) -> Response:
        return JSONResponse(
            [{**f, "arguments": self.sdk_arguments(f["operation"], f["params"])} for f in self.fixtures()]
        )

    async def _admin_processes(self, request: Request) -> Response:
        try:
            body = await self._json_object(request)
            final = body.get("final_status")
            if final not in self.lifecycle.all_values:
                raise AdminError(f"`final_status` must be one of {list(self.lifecycle.all_values)}, got {final!r}")
            steps = self._int(body, "steps", default=3, minimum=1)
            count = self._int(body, "count", default=1, minimum=1, maximum=MAX_CREATE) if "count" in body else None
            kind = self._kind(body.get("type"))
            duration = self._duration(body, kind)
            seed = body.get("seed")
            if seed is not None and (not isinstance(seed, int | str) or isinstance(seed, bool)):
                raise AdminError(f"`seed` must be an integer or a string, got {seed!r}")
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        rng = random.Random(seed) if seed is not None else self.rng
        if count is not None and self.store.unpinned() + count > self.store.capacity:
            self.store.all()  # drop what is past retention first
        if count is not None and self.store.unpinned() + count > self.store.capacity:
            message = f"the mock holds {self.store.capacity} processes, its capacity; POST /_mock/reset first"
            return JSONResponse({"error": message}, status_code=507)
        try:
            created = []
            for _ in range(count or 1):
                own = kind if kind is not None else self.kind_for(len(self.store) + 1)
                spread = duration
                if spread is None and "steps" not in body:  # the mock's default for the type, else for any
                    spread = self.durations.get(own or ANY_TYPE) or self.durations.get(ANY_TYPE)
                seconds = spread.draw(rng) if spread is not None else None
                created.append(self.create_process(str(final), steps, duration=seconds, kind=own))
        except StoreFull as exc:
            return JSONResponse({"error": str(exc)}, status_code=507)
        arguments = self.sdk_arguments(self._status_operation(), created[0])
        if count is None:
            return JSONResponse({"params": created[0], "arguments": arguments}, status_code=201)
        # With `count`: all of them (in the order created), the first also as `params`.
        return JSONResponse({"params": created[0], "arguments": arguments, "created": created}, status_code=201)

    def _kind(self, value: object) -> str | None:
        if value is None:
            return None
        if not self.process_types and self.process_types is not None:
            raise AdminError(f"`type`: {self.key} processes have no type")
        if not isinstance(value, str) or not value.strip():
            raise AdminError(f"`type` must be a non-empty string, got {value!r}")
        if self.process_types is not None and value not in self.process_types:
            raise AdminError(f"`type` must be one of {list(self.process_types)}, got {value!r}")
        return value

    def _duration(self, body: dict[str, Any], kind: str | None) -> Duration | None:
        """The request's `duration` (None: not given); with `steps` too, a 400 (the two modes exclude each other)."""
        if body.get("duration") is None:
            return None
        if "steps" in body:
            raise AdminError("give `duration` (finished at a time) or `steps` (finished on a read), not both")
        try:
            return parse_duration(body["duration"], "`duration`")
        except DurationError as exc:
            raise AdminError(str(exc)) from None

    def describe_process(self, process: Process) -> dict[str, Any]:
        kind = process.data.get(self.type_field) if self.type_field else None
        now = self.store.clock()
        # a timed process's status now (no read counted); a per-read one's as its last read left it
        status = process.status if process.ends is None else self.store.progress(self.lifecycle, process, now, 0)
        return {
            "id": process.id,
            "status": status,
            "final_status": process.final_status,
            "reads": process.reads,
            "type": kind,
            "duration": process.duration,
            "steps": None if process.duration is not None else process.steps,
            "created_at": process.unix(process.created),
            "finishes_at": process.unix(process.ends),
            "finished_at": process.unix(process.finished_at),
            "speed": self.speed,
        }

    async def _admin_process(self, request: Request) -> Response:
        pid = str(request.path_params["process_id"])
        process = self.store.peek(pid) or self.store.peek(self.store_id(pid))
        if process is None:
            return JSONResponse({"error": f"no process {pid!r}"}, status_code=404)
        return JSONResponse(self.describe_process(process))

    def store_id(self, wire_id: str) -> str:
        """The store's key of a process id as a client passes it (booster: a hyphenated Guid)."""
        return wire_id

    async def _admin_faults(self, request: Request) -> Response:
        try:
            fault = self._fault(await self._json_object(request))
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self.faults.append(fault)
        answer: dict[str, Any] = {"status": fault.status, "count": fault.remaining, "retry_after": fault.retry_after}
        if fault.corpus is not None:
            answer["corpus"] = fault.corpus
        if fault.content_type is not None:
            answer["content_type"] = fault.content_type
        return JSONResponse(answer, status_code=201)

    def _fault(self, body: dict[str, Any]) -> Fault:
        unknown = sorted(set(body) - _FAULT_FIELDS)
        if unknown:
            raise AdminError(f"unknown field(s) {unknown}; a fault takes {sorted(_FAULT_FIELDS)}")
        count = self._int(body, "count", default=1, minimum=1, maximum=MAX_FAULTS)
        retry_after = self._int(body, "retry_after", maximum=86_400) if body.get("retry_after") is not None else None
        if "corpus" in body:
            clash = sorted({"status", "body", "content_type"} & set(body))
            if clash:
                raise AdminError(f"`corpus` replays a whole answer; drop {clash}")
            status, headers, content = self._corpus_answer(body["corpus"])
            return Fault(status, count, retry_after, content, None, headers, body["corpus"])
        status = self._int(body, "status")
        content_type = body.get("content_type")
        if content_type is not None and (
            not isinstance(content_type, str) or not content_type.strip() or _bad_header(content_type)
        ):
            raise AdminError(f"`content_type` must be a media type on one line, got {content_type!r}")
        if "body" not in body:
            if not 400 <= status <= 599:
                raise AdminError(f"`status` must be 400..599 for the provider's error body, got {status}")
            return Fault(status, count, retry_after, None, content_type)
        if not 200 <= status <= 599:
            raise AdminError(f"`status` must be 200..599, got {status}")
        raw = body["body"]
        if status in (204, 304) and raw != "":
            raise AdminError(f'a {status} answer has no body; use `"body": ""`')
        if isinstance(raw, str):
            content = raw.encode()
            default_type = "text/plain; charset=utf-8" if raw else None
        else:  # a JSON value, sent as JSON under the provider's error media type
            content = json.dumps(raw).encode()
            default_type = self.error(status, "").headers.get("content-type")
        return Fault(status, count, retry_after, content, content_type or default_type)

    def _corpus_answer(self, name: Any) -> tuple[int, dict[str, str], bytes]:
        """(status, headers, body) of tests/corpus/<key>/<name>.json (tests/corpus/README.md)."""
        folder = self.corpus_dir / self.key
        if not isinstance(name, str) or not _CORPUS_NAME.fullmatch(name) or ".." in name:
            raise AdminError(f"`corpus` must be a file name in {folder} without `.json`, got {name!r}")
        path = folder / f"{name}.json"
        if not path.is_file():
            known = sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
            raise AdminError(
                f"no corpus answer {name!r} for {self.key} ({path} does not exist); known: {', '.join(known) or 'none'}"
            )
        try:
            answer = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            raise AdminError(f"corpus answer {path} is not readable JSON: {exc}") from None
        if not isinstance(answer, dict):
            raise AdminError(f"corpus answer {path} is not a JSON object")
        status, headers = answer.get("status"), answer.get("headers", {})
        if not isinstance(status, int) or isinstance(status, bool) or not 200 <= status <= 599:
            raise AdminError(f"corpus answer {path}: `status` must be an integer 200..599, got {status!r}")
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and not _bad_header(k + v) for k, v in headers.items()
        ):
            raise AdminError(f"corpus answer {path}: `headers` must map header names to one-line strings")
        if ("body" in answer) == ("body_text" in answer):
            raise AdminError(f"corpus answer {path} must hold exactly one of `body` and `body_text`")
        if "body" in answer:
            content = json.dumps(answer["body"]).encode()
        elif isinstance(answer["body_text"], str):
            content = answer["body_text"].encode()
        else:
            raise AdminError(f"corpus answer {path}: `body_text` must be a string")
        kept = {k: v for k, v in headers.items() if k.lower() not in _TRANSFER_HEADERS}
        return status, kept, content

    def fault_response(self, request: Request, fault: Fault) -> Response:
        if fault.headers is not None:  # a corpus answer, as it was recorded
            response = Response(fault.body, status_code=fault.status, headers=fault.headers)
        elif fault.body is not None:
            # As a header, not `media_type`, which would append a charset to text types.
            headers = {"Content-Type": fault.content_type} if fault.content_type else None
            response = Response(fault.body, status_code=fault.status, headers=headers)
        else:
            message = _FAULT_MESSAGES.get(fault.status) or _phrase(fault.status)
            response = self.fault_error(request, fault.status, message, fault.retry_after)
            if fault.content_type is not None:
                response.headers["content-type"] = fault.content_type
        if fault.retry_after is not None:
            response.headers["Retry-After"] = str(fault.retry_after)
        return response

    async def _admin_ratelimit(self, request: Request) -> Response:
        try:
            body = await self._json_object(request)
            unknown = sorted(set(body) - {"limit", "window"})
            if unknown:
                raise AdminError(f"unknown field(s) {unknown}; a rate limit takes ['limit', 'window']")
            if "limit" not in body:
                raise AdminError("`limit` is required (null turns the rate limit off)")
            if body["limit"] is None:
                self.rate_limit = None
                return JSONResponse({"limit": None})
            limit = self._int(body, "limit", minimum=1)
            window = body.get("window", 1.0)
            if (
                not isinstance(window, int | float)
                or isinstance(window, bool)
                or not math.isfinite(window)
                or not 0 < window <= 86_400
            ):
                raise AdminError(f"`window` must be a number of seconds > 0 and <= 86400, got {window!r}")
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self.rate_limit = RateLimit(limit, float(window))
        return JSONResponse({"limit": limit, "window": float(window)})

    async def _admin_stats(self, request: Request) -> Response:
        return JSONResponse(
            {"requests": self.requests, "processes": len(self.store), "throttled": self.throttled, "speed": self.speed}
        )

    async def _admin_reset(self, request: Request) -> Response:
        self.store.clear()
        self.faults.clear()
        self.requests = 0
        self.throttled = 0
        self.rate_limit = None
        self.seed()
        return JSONResponse({"reset": True})

    # --- the app ------------------------------------------------------------------------------
    def close(self) -> None:
        """Stop the background work (the store's finisher): the server stopped."""
        self.store.stop_finisher()

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        yield
        self.close()

    def app(self) -> ASGIApp:
        api = self.api_routes()
        extra = self.extra_routes()
        self._routes = [(self.base_path, r) for r in api if isinstance(r, Route)]
        self._routes += [("", r) for r in extra if isinstance(r, Route)]
        # Local, JSON-only callers (admin_guard.py): no web page in a developer's browser can drive the mock.
        admin = AdminGuard(Router(routes=self.admin_routes()))
        routes: list[BaseRoute] = [Mount("/_mock", app=admin), *extra]
        if self.base_path:
            routes.append(Mount(self.base_path, routes=api))
        else:
            routes += api
        inner = Starlette(routes=routes, lifespan=self._lifespan)
        _no_slash_redirects(inner.router)
        return _Traffic(inner, self)


def _no_slash_redirects(router: Router) -> None:
    """A trailing slash is a path of its own, as it is to the providers: no redirect to the other form.
    And a path with a line break in it (`%0A` in an id) is routed like any other: Starlette's `.*` in a
    Mount's pattern does not match one, which would end in its plain-text 404."""
    router.redirect_slashes = False
    for route in router.routes:
        if isinstance(route, Route | Mount):
            route.path_regex = re.compile(route.path_regex.pattern, re.DOTALL)
        if isinstance(route, Mount) and isinstance(route.app, Router):
            _no_slash_redirects(route.app)


def _bad_header(text: str) -> bool:
    return any(c in text for c in "\r\n\0")


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase + "."
    except ValueError:
        return "Error."


class _Traffic:
    """In front of the routes: counts API requests (everything outside /_mock but the untracked paths),
    applies the rate limit first (it stands for the provider's gateway, in front of everything else: a
    throttled request leaves the faults queued) and puts the provider's rate-limit headers on every other
    answer while it is on (corpus replays excepted), answers injected faults next, answers in the
    provider's error shape what no route serves (unknown path: 404; unknown method: 405 with `Allow`;
    OPTIONS: 204 with `Allow`), and puts the security scheme's `WWW-Authenticate` challenge on 401s that
    lack one (corpus replays excepted)."""

    def __init__(self, app: ASGIApp, mock: ProviderMock) -> None:
        self.app = app
        self.mock = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or path.startswith("/_mock"):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        if path not in self.mock.untracked_paths:
            self.mock.requests += 1
            recorded = send  # corpus replays go out as they were recorded
            limit = self.mock.rate_limit
            if limit is not None:
                now = self.mock.clock()
                if not limit.admit(now):
                    self.mock.throttled += 1
                    await self.mock.throttle_response(request, limit, now)(scope, receive, send)
                    return
                headers = self.mock.rate_limit_headers(limit.limit, limit.remaining, limit.reset_after(now))
                if headers:
                    send = _AddHeaders(send, headers)
            send = _Challenge(send, self.mock.www_authenticate())
            faults = self.mock.faults
            if faults:
                fault = faults[0]
                fault.remaining -= 1
                if fault.remaining <= 0:
                    faults.pop(0)
                response = self.mock.fault_response(request, fault)
                await response(scope, receive, recorded if fault.headers is not None else send)
                return
        allowed = self.mock.allowed_methods(path)
        if not allowed:
            response = self.mock.not_found(request)
        elif request.method == "OPTIONS":
            response = Response(status_code=204, headers={"Allow": ", ".join(allowed)})
        elif request.method not in allowed:
            response = self.mock.not_allowed(request, allowed)
            response.headers["Allow"] = ", ".join(allowed)
        else:
            await self.app(scope, receive, send)
            return
        await response(scope, receive, send)


class _AddHeaders:
    """An ASGI `send` that appends headers to the answer (the provider's rate-limit headers, which no route
    sets itself)."""

    def __init__(self, send: Send, headers: dict[str, str]) -> None:
        self.send = send
        self.raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", ()), *self.raw]
        await self.send(message)


class _Challenge:
    """An ASGI `send` that adds `WWW-Authenticate` to a 401 answer without one."""

    def __init__(self, send: Send, challenge: str | None) -> None:
        self.send = send
        self.challenge = challenge

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start" and message["status"] == 401 and self.challenge:
            headers = MutableHeaders(scope=message)
            if "www-authenticate" not in headers:
                headers.append("WWW-Authenticate", self.challenge)
        await self.send(message)


_FAULT_MESSAGES = {
    429: "Too many requests, retry later.",
    500: "Internal server error.",
    503: "Service temporarily unavailable.",
}
