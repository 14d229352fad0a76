"""A provider's mock built from its spec alone: what a new provider (a spec and its registry entry) gets with no
code. From `specs/<key>.yaml` it takes
- the routes: every operation at its path under the first server's path, path parameters matching any segment;
- the security scheme: HTTP basic, HTTP bearer, an API key in a header (with its `x-auth-prefix`), or OAuth2
  client credentials with a token endpoint at the path of the scheme's `tokenUrl` (on the mock's origin);
  credentials `mock-<keyword>` (`mock-token`, `mock-client-id`, ...), overridden by `MOCK_<PREFIX>_<SUFFIX>`;
- the lifecycle of `x-async-status`: one fixture process per status value, the spec's example id answered as a
  process that has succeeded, processes created through `/_mock/processes` advancing at the store's pace;
- the answers: the success example with the status (and a `progress` pointer) set and the example's id
  replaced by the process's; every error status answered with that status's documented example (or a body
  built from its schema), a missing process with the spec's not-found answer (`not-found-answers` first);
- input checks: parameters against their schemas (400 where the operation declares one, else 404 as a
  router would), media types against `Accept` (406 where declared, else the first offered type) and
  `Content-Type` (415 where declared).

A provider whose real server does more than its spec says (other routes, documents assembled per status,
another token exchange) subclasses `SpecMock` in `scripts/mocks/providers/<key>.py` for just that."""

from __future__ import annotations

import base64
import json
import re
import secrets
import time
import uuid
from typing import Any, ClassVar
from urllib.parse import parse_qs, unquote_plus, urlsplit

from codegen.sdkfacts import Security, security
from providers import PROVIDERS
from specmodel import Operation, Parameter, Schema, errors, load
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .base import DEFAULT_CAPACITY, ProviderMock
from .lifecycle import Process
from .samples import example_body, put, replace_value, sample
from .wire import AnyIdRoute, media_type, negotiate, parse_int

FORM = "application/x-www-form-urlencoded"
TOKEN_LIFETIME = 299  # seconds: short, so a client's renewal is exercised in a long test
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}  # RFC 6749 section 5.1
FIXTURE_OFFSET = 1  # fixture n's id is built from n + this; created processes from n + CREATED_OFFSET
CREATED_OFFSET = 100_000


# The mock's credential per create_client keyword (the README's mock table); `mock-<keyword>` for others.
_DEFAULT_VALUES = {"username": "mock-user", "password": "mock-pass", "api_key": "mock-key", "token": "mock-token"}


def default_credentials(key: str) -> dict[str, str]:
    """`MOCK_<PREFIX>_<SUFFIX>` -> the mock's value for each credential of the spec's security scheme."""
    prefix = PROVIDERS[key].env_prefix
    return {
        f"MOCK_{prefix}_{c.env_suffix}": _DEFAULT_VALUES.get(c.name, "mock-" + c.name.replace("_", "-"))
        for c in security(load(key)).credentials
    }


class SpecMock(ProviderMock):
    """The spec's operations, security scheme, lifecycle, examples and error answers (module docstring)."""

    # True where the real server routes an id holding a (decoded) slash to the operation, not to its 404: the
    # path's last parameter then takes the rest of the path.
    slash_in_last_parameter: ClassVar[bool] = False
    # The process ids' namespace for UUID ids, so that ids are stable between runs.
    namespace: ClassVar[uuid.UUID] = uuid.UUID("0f7a3c52-8e1d-4b6a-9c20-5d4e3f2a1b00")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """What a mock class takes from its spec once its `key` is set: the default credentials (where it names
        none of its own) and the token endpoint, outside the counted and faulted API traffic."""
        super().__init_subclass__(**kwargs)
        key = cls.__dict__.get("key")
        if key is None:
            return
        if "credentials" not in cls.__dict__:
            cls.credentials = default_credentials(key)
        sec = security(load(key))
        if sec.kind == "client_credentials":
            cls.untracked_paths = frozenset({urlsplit(sec.token_url).path or "/token"})

    def __init__(
        self,
        *,
        retention: float | None = None,
        capacity: int = DEFAULT_CAPACITY,
        token_lifetime: int = TOKEN_LIFETIME,
        **clock: Any,
    ) -> None:
        """`clock`: `speed` and `durations` (base.ProviderMock)."""
        self.sec: Security = security(load(self.key))
        self.tokens: dict[str, float] = {}  # OAuth2: token -> expiry (monotonic)
        self.token_lifetime = token_lifetime
        super().__init__(retention=retention, capacity=capacity, **clock)
        self.fixture_entries: list[dict[str, Any]] = []
        self._op_routes: list[tuple[Operation, Route]] = []
        self.seed()

    # --- the status operation and its ids --------------------------------------------------------
    @property
    def status_op(self) -> Operation:
        op = self.spec.status_operation
        if op is None:
            raise ValueError(f"specs/{self.key}.yaml has no operation with x-async-status: the mock has no lifecycle")
        return op

    @property
    def id_parameter(self) -> Parameter:
        """The parameter that names a process: the status operation's last required path parameter."""
        path = [p for p in self.status_op.required_inputs if p.location == "path"]
        return (path or list(self.status_op.required_inputs))[-1]

    def make_id(self, n: int) -> Any:
        """An id the id parameter's schema accepts, built from the spec's example id and `n` (never the
        example itself): an integer's `n`-th successor, a UUID from a fixed namespace, else the example with
        `-n` appended or its last characters replaced by `n`'s digits."""
        param = self.id_parameter
        example = param.example
        schema = param.schema
        candidates: list[Any] = []
        if isinstance(example, int) and not isinstance(example, bool):
            candidates.append(example + n)
        elif schema is not None and schema.format == "uuid":
            candidates.append(str(uuid.uuid5(self.namespace, f"{self.key}/{n}")))
        else:
            text, digits = str(example), str(n)
            candidates += [f"{text}-{n}", text[: max(len(text) - len(digits), 0)] + digits]
            candidates.append(str(uuid.uuid5(self.namespace, f"{self.key}/{n}")))
        for candidate in candidates:
            if schema is None or not errors(self.spec, schema, candidate):
                return candidate
        raise ValueError(
            f"specs/{self.key}.yaml: no id like the example {example!r} of {param.name!r} fits its schema; "
            f"write a quirk module scripts/mocks/providers/{self.key}.py with its own new_id"
        )

    def new_id(self, n: int) -> str:
        return str(self.make_id(CREATED_OFFSET + n))

    def params_for(self, operation: Operation, process_id: Any | None = None) -> dict[str, Any]:
        """The operation's required path and query parameters as the spec's examples give them, the id
        parameter set to `process_id`; for an operation with a JSON body, the example body's fields too."""
        params: dict[str, Any] = {p.name: p.example for p in operation.required_inputs if p.examples}
        if process_id is not None and operation is self.status_op:
            params[self.id_parameter.name] = process_id
        body = operation.request_body
        if body is not None:
            media = next(iter(body.content), None)
            value = body.content[media].examples if media else {}
            example = next(iter(value.values()), None) if value else None
            if example is None and media is not None:
                example = sample(body.content[media].schema)
            if isinstance(example, dict):
                params.update(example)
        return params

    # --- processes -----------------------------------------------------------------------------
    def seed(self) -> None:
        """One pinned process per status value, and the spec's example id as a process that has succeeded."""
        self.fixture_entries = []
        op = self.status_op
        for n, status in enumerate(self.lifecycle.all_values):
            pid = self.make_id(FIXTURE_OFFSET + n)
            process = self.store.create(status, 1, process_id=str(pid), pinned=True)
            self.store.advance(process)
            self.fixture_entries.append(
                {"operation": op.operation_id, "params": self.params_for(op, pid), "status": status}
            )
        example = self.id_parameter.example
        done = self.store.create(self.lifecycle.terminal[0], 1, process_id=str(example), pinned=True)
        self.store.advance(done)
        for other in self.spec.operations.values():
            if other is not op:
                self.fixture_entries += [
                    {"operation": other.operation_id, "params": self.params_for(other), "status": status}
                    for status in self.lifecycle.all_values
                ]

    def create_process(
        self, final_status: str, steps: int, *, duration: float | None = None, kind: str | None = None
    ) -> dict[str, Any]:
        data = {self.type_field: kind} if self.type_field and kind is not None else None
        process = self.store.create(final_status, steps, data, duration=duration)
        wire: Any = process.id
        if isinstance(self.id_parameter.example, int):
            wire = int(process.id)
        return {name: value for name, value in self.params_for(self.status_op, wire).items() if self._is_param(name)}

    def _is_param(self, name: str) -> bool:
        return any(p.name == name for p in self.status_op.parameters)

    def fixtures(self) -> list[dict[str, Any]]:
        return [dict(entry) for entry in self.fixture_entries]

    def process_body(self, process: Process, media: str) -> Any:
        """The success answer for `process`: the spec's example with the status (and progress) set and the
        example id replaced by the process's."""
        op, ext = self.status_op, self.status_op.async_status
        assert ext is not None
        success = op.success()
        body = example_body(success, media) if success is not None else {}
        example = self.id_parameter.example
        wire: Any = int(process.id) if isinstance(example, int) else process.id
        body = replace_value(body, example, wire)
        if isinstance(example, int):  # an integer id may be written as text in the body
            body = replace_value(body, str(example), process.id)
        put(body, ext.status, process.status)
        if isinstance(ext.progress, tuple):
            put(body, ext.progress, self._percent(process))
        return body

    def _percent(self, process: Process) -> int:
        if process.status in self.lifecycle.terminal:
            return 100
        if process.status in self.lifecycle.running:
            fraction = self.store.fraction(process)
            return 50 if fraction is None else max(1, min(99, round(100 * fraction)))
        return 0

    # --- errors --------------------------------------------------------------------------------
    def error(
        self, status: int, message: str, *, retry_after: int | None = None, operation: Operation | None = None
    ) -> Response:
        """The spec's documented answer for `status` (its example, else a body built from its schema), as
        `operation` documents it where it does; for a status the spec does not document, the body of its
        first documented error, under `status`."""
        response, media = self._documented(status, operation)
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        if response is None or media is None:
            return Response(status_code=status, headers=headers)
        body = example_body(response, media)
        return JSONResponse(body, status_code=status, media_type=media, headers=headers)

    def fault_error(self, request: Request, status: int, message: str, retry_after: int | None) -> Response:
        return self.error(status, message, retry_after=retry_after, operation=self.operation_at(request))

    def operation_at(self, request: Request) -> Operation | None:
        """The operation whose route serves the request's path and method, if any."""
        path = request.url.path[len(self.base_path) :] if request.url.path.startswith(self.base_path) else ""
        for op, route in self._op_routes:
            if route.path_regex.match(path) and request.method in (route.methods or ()):
                return op
        return None

    def _documented(self, status: int, operation: Operation | None = None) -> tuple[Any, str | None]:
        ops = [op for op in (operation, self.status_op, *self.spec.operations.values()) if op is not None]
        for op in ops:
            response = op.responses.get(str(status))
            if response is not None:
                if response.may_be_empty or not response.content:
                    return response, None
                return response, self._json_media(list(response.content))
        for op in ops:
            for code, response in sorted(op.responses.items()):
                if code[:1] in "45" and response.content:
                    return response, self._json_media(list(response.content))
        return None, None

    def www_authenticate(self) -> str | None:
        """The documented 401's `WWW-Authenticate` example where the spec gives one, else the scheme's."""
        for op in self.spec.operations.values():
            response = op.responses.get("401")
            header = response.headers.get("WWW-Authenticate") if response is not None else None
            if header is not None and header.schema is not None and header.schema.examples:
                return str(header.schema.examples[0])
        return super().www_authenticate()

    @staticmethod
    def _json_media(offered: list[str]) -> str:
        return next((m for m in offered if m.endswith("json")), offered[0])

    def not_found_answer(self, pid: str) -> Response:
        """What the spec says a missing process gets: the first `not-found-answers` entry (its status, the
        field set to its first value), else a 404 (a 400 where the operation documents no 404)."""
        ext = self.status_op.async_status
        assert ext is not None
        if not ext.not_found_answers:
            return self.refuse(self.status_op, 404, f"No process {pid}.")
        answer = ext.not_found_answers[0]
        response, media = self._documented(answer.status)
        if response is None or media is None:
            return self.error(answer.status, f"No process {pid}.")
        body = example_body(response, media)
        put(body, answer.field, answer.values[0])
        return JSONResponse(body, status_code=answer.status, media_type=media)

    def refuse(self, operation: Operation, status: int, message: str) -> Response:
        """A refused request: `status` where the operation documents it, else the closest it does (400, then
        404 as a router answers a path it cannot match)."""
        for code in (status, 400, 404):
            if str(code) in operation.responses:
                return self.error(code, message, operation=operation)
        return self.error(status, message, operation=operation)

    # --- credentials ---------------------------------------------------------------------------
    def cred(self, name: str) -> str:
        """The mock's value for one create_client keyword (`token`, `client_id`, ...)."""
        prefix = PROVIDERS[self.key].env_prefix
        suffix = next(c.env_suffix for c in self.sec.credentials if c.name == name)
        return self.creds[f"MOCK_{prefix}_{suffix}"]

    def authenticated(self, request: Request) -> bool:
        kind = self.sec.kind
        if kind == "header":
            prefix = f"{self.sec.prefix} " if self.sec.prefix else ""
            return request.headers.get(self.sec.header) == prefix + self.cred("api_key")
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if kind == "basic":
            return scheme.lower() == "basic" and basic_credentials(value) == (
                self.cred("username"),
                self.cred("password"),
            )
        if kind == "bearer":
            return scheme.lower() == "bearer" and value.strip() == self.cred("token")
        expiry = self.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
        return expiry is not None and expiry >= time.monotonic()

    def rate_limit_headers(self, limit: int, remaining: int, reset: int) -> dict[str, str]:
        """The rate-limit headers the spec declares on the status answer (`X-RateLimit-Limit`, `-Remaining`,
        `-Reset`, as it spells them), sent on every API answer while a rate limit is on: the window's budget,
        what is left of it, and the seconds until it is full again."""
        success = self.status_op.success()
        declared = {name.lower(): name for name in (success.headers if success is not None else {})}
        values = {"x-ratelimit-limit": limit, "x-ratelimit-remaining": remaining, "x-ratelimit-reset": reset}
        return {declared[name]: str(value) for name, value in values.items() if name in declared}

    def describe_credentials(self) -> str:
        kind = self.sec.kind
        if kind == "basic":
            return f"HTTP Basic {self.cred('username')}:{self.cred('password')}"
        if kind == "bearer":
            return f"Authorization: Bearer {self.cred('token')}"
        if kind == "header":
            return f"{self.sec.header}: " + (f"{self.sec.prefix} " if self.sec.prefix else "") + self.cred("api_key")
        return (
            f"client id {self.cred('client_id')!r}, secret {self.cred('client_secret')!r} "
            f"(token: POST {self.token_path} with HTTP basic, grant_type=client_credentials)"
        )

    def sdk_environment(self, origin: str) -> dict[str, str]:
        env = super().sdk_environment(origin)
        if self.sec.kind == "client_credentials":
            env[f"{PROVIDERS[self.key].env_prefix}_TOKEN_URL"] = origin + self.token_path
        return env

    # --- OAuth2 token endpoint -------------------------------------------------------------------
    @property
    def token_path(self) -> str:
        return urlsplit(self.sec.token_url).path or "/token"

    def extra_routes(self) -> list[BaseRoute]:
        if self.sec.kind != "client_credentials":
            return []
        return [Route(self.token_path, self.token, methods=["POST"])]

    async def token(self, request: Request) -> Response:
        """RFC 6749 section 4.4: `grant_type=client_credentials` (query or form body), the client's id and secret
        as HTTP Basic or as form fields; a bearer token that expires."""
        fields = {k: v[-1] for k, v in parse_qs(request.url.query).items()}
        if media_type(request.headers.get("content-type")) in ("", FORM):
            # Parsed here rather than with request.form(), which would need python-multipart.
            fields.update({k: v[-1] for k, v in parse_qs((await request.body()).decode("latin-1")).items()})
        if fields.get("grant_type") != "client_credentials":
            error = "unsupported_grant_type" if fields.get("grant_type") else "invalid_request"
            return JSONResponse({"error": error}, status_code=400, headers=_NO_STORE)
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        basic = basic_credentials(value) if scheme.lower() == "basic" else None
        client = basic or (fields.get("client_id", ""), fields.get("client_secret", ""))
        if client != (self.cred("client_id"), self.cred("client_secret")):
            headers = {**_NO_STORE, "WWW-Authenticate": f'Basic realm="{self.key}"'} if basic else _NO_STORE
            return JSONResponse({"error": "invalid_client"}, status_code=401, headers=headers)
        token = secrets.token_urlsafe(24)
        now = time.monotonic()
        self.tokens = {t: e for t, e in self.tokens.items() if e > now}
        self.tokens[token] = now + self.token_lifetime
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime}, headers=_NO_STORE
        )

    # --- the API -------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        routes: list[BaseRoute] = []
        self._op_routes = []
        for op in self.spec.operations.values():
            names: list[str] = []

            def slot(match: str, names: list[str] = names) -> str:
                names.append(match)
                return f"{{p{len(names) - 1}}}"  # Starlette's names are identifiers; the spec's may have `-`

            path = _PATH_PARAM.sub(lambda m: slot(m.group(1)), op.path)
            if self.slash_in_last_parameter and path.endswith("}"):
                path = path[:-1] + ":path}"
            route = AnyIdRoute(path, self._handler(op, tuple(names)), methods=[op.method.upper()])
            for slot_index, literal in self._sibling_literals(op.path):
                # A literal path beside this one (`/subscriptions/signature-keys` beside `/{subscription-id}`) is
                # its own route, as a provider's router has it: the parameter does not take that segment.
                group = f"(?P<p{slot_index}>"
                route.path_regex = re.compile(
                    route.path_regex.pattern.replace(group, f"{group}(?!{re.escape(literal)}$)"), re.DOTALL
                )
            self._op_routes.append((op, route))
            routes.append(route)
        return routes

    def _sibling_literals(self, path: str) -> list[tuple[int, str]]:
        """(the parameter's slot number, a literal) for each spec path that is `path` with that parameter
        segment written as a literal: the segments the parameter must not match."""
        segments = path.split("/")
        slots = [i for i, s in enumerate(segments) if _PATH_PARAM.fullmatch(s)]
        found: list[tuple[int, str]] = []
        for other in {op.path for op in self.spec.operations.values()}:
            others = other.split("/")
            if len(others) != len(segments):
                continue
            for number, i in enumerate(slots):
                same_elsewhere = all(a == b for j, (a, b) in enumerate(zip(segments, others, strict=True)) if j != i)
                if same_elsewhere and not _PATH_PARAM.fullmatch(others[i]):
                    found.append((number, others[i]))
        return found

    def _handler(self, op: Operation, names: tuple[str, ...]) -> Any:
        async def handle(request: Request) -> Response:
            path = {name: request.path_params[f"p{i}"] for i, name in enumerate(names)}
            return await self.answer(op, request, path)

        return handle

    async def answer(self, op: Operation, request: Request, path: dict[str, str]) -> Response:
        """One request to `op`, checked as the spec says (credentials, media types, parameters, body), then the
        process's answer (the status operation) or the spec's example (any other). Each step is a hook a quirk
        module may override: `refusal`, `invalid_parameter`, `not_found_answer`, `process_answer`."""
        refusal = self.refusal(op, request)
        if refusal is not None:
            return refusal
        success_code = next((code for code in sorted(op.responses) if code.startswith("2")), "200")
        offered = self.offered(op.operation_id, success_code) or ["application/json"]  # a 202's types too
        media = negotiate(request.headers.get("accept"), offered)
        if media is None:
            if "406" in op.responses:
                return self.error(406, f"Acceptable media types: {', '.join(offered)}.", operation=op)
            media = offered[0]
        accepted = self.request_media(op.operation_id)
        if accepted and media_type(request.headers.get("content-type")) not in {m.lower() for m in accepted}:
            return self.refuse(op, 415, f"The Content-Type must be {accepted[0]}.")
        values: dict[str, Any] = {}
        for param in op.parameters:
            if param.location not in ("path", "query"):
                continue
            raw = path.get(param.name) if param.location == "path" else request.query_params.get(param.name)
            if raw is None:
                if param.required:
                    return self.invalid_parameter(op, param, None)
                continue
            value = _typed(param.schema, raw)
            if value is None or (param.schema is not None and errors(self.spec, param.schema, value)):
                return self.invalid_parameter(op, param, raw)
            values[param.name] = value
        body: Any = None
        if op.request_body is not None:
            schema = next(iter(op.request_body.content.values())).schema
            try:
                body = json.loads(await request.body() or b"null")
            except (ValueError, RecursionError):
                return self.refuse(op, 400, "The request body is not JSON.")
            if (body is None and op.request_body.required) or (
                body is not None and schema is not None and errors(self.spec, schema, body)
            ):
                return self.refuse(op, 400, "The request body does not match its schema.")
        if op is self.status_op:
            pid = str(values.get(self.id_parameter.name, ""))
            process = self.store.read(pid)
            if process is None:
                return self.not_found_answer(pid)
            return self.process_answer(process, media, request)
        return self.operation_answer(op, request, values, body, media)

    def refusal(self, operation: Operation, request: Request) -> Response | None:
        """The answer instead of serving the request when its credentials are not the mock's (401)."""
        if not self.authenticated(request):
            return self.error(401, "Missing or invalid credentials.", operation=operation)
        return None

    def invalid_parameter(self, operation: Operation, param: Parameter, raw: str | None) -> Response:
        """A parameter missing (`raw` None) or one its schema refuses."""
        what = "is required" if raw is None else "has an invalid value"
        return self.refuse(operation, 400, f"{param.name} {what}.")

    def operation_answer(
        self, op: Operation, request: Request, values: dict[str, Any], body: Any, media: str
    ) -> Response:
        """Any other operation's answer, its input checked (`values`: the typed path and query parameters,
        `body`: the parsed JSON body): the spec's success example under its status, no body where the success
        answer has none. A quirk module overrides it for operations whose answers depend on state."""
        success = op.success()
        code = next((int(c) for c in sorted(op.responses) if c.startswith("2")), 200)
        if success is None or not success.content:
            return Response(status_code=code)
        response = self.render(example_body(success, media), media)
        response.status_code = code
        return response

    def process_answer(self, process: Process, media: str, request: Request) -> Response:
        """The status operation's answer for a process that exists."""
        return self.render(self.process_body(process, media), media)

    @staticmethod
    def render(body: Any, media: str) -> Response:
        if isinstance(body, str) and not media.endswith("json"):
            return Response(body, media_type=media)
        return Response(json.dumps(body), media_type=media)


def _typed(schema: Schema | None, raw: str) -> Any:
    """A parameter's text as its schema's JSON type (None: not that type): what validation then checks."""
    kinds = {v.type for v in schema.variants} if schema is not None else {"string"}
    if kinds & {"integer"} and parse_int(raw, minimum=-(2**63), maximum=2**63 - 1) is not None:
        return parse_int(raw, minimum=-(2**63), maximum=2**63 - 1)
    if "number" in kinds:
        try:
            return float(raw)
        except ValueError:
            pass
    if "boolean" in kinds and raw in ("true", "false"):
        return raw == "true"
    if "string" in kinds or None in kinds:
        return raw
    return None


def basic_credentials(encoded: str) -> tuple[str, str] | None:
    """(user, password) of an HTTP Basic credential, form-decoded as RFC 6749 section 2.3.1 asks; None if malformed."""
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except ValueError:  # binascii.Error, a non-ASCII header, UnicodeDecodeError
        return None
    if ":" not in decoded:
        return None
    user, _, password = decoded.partition(":")
    return unquote_plus(user), unquote_plus(password)


_PATH_PARAM = re.compile(r"\{([^}]+)\}")


def spec_mock(key: str) -> type[SpecMock]:
    """The spec-built mock class of a provider that has no quirk module."""
    name = "".join(part.title() for part in key.replace("-", "_").split("_")) + "SpecMock"
    return type(name, (SpecMock,), {"key": key})
