"""What the SDK unit tests share: each provider's generated package and spec side by side, example
arguments for every operation, the spec's response examples, and recording mock transports."""

from __future__ import annotations

import base64
import importlib
import inspect
import json
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

import httpx
from codegen.sdkfacts import default_base_url, example_argument, request_headers, security, snake_case
from providers import KEYS, PROVIDERS, Provider
from specmodel import Operation, Schema, Spec, load

JSONISH = re.compile(r"^application/([\w.+-]+\+)?json$")
TEST_BASE_URL = "https://sdk-unit.invalid/base"
TOKEN_ANSWER = {"access_token": "access-token-from-fake-idp", "token_type": "Bearer", "expires_in": 299}


@dataclass(frozen=True)
class Sdk:
    """One provider: its names, its spec and its generated package."""

    key: str
    provider: Provider
    spec: Spec
    package: ModuleType

    def submodule(self, name: str) -> ModuleType:
        """A module of the package; a private name (`_polling`) is the core's module the package runs on."""
        if name.startswith("_") and name != "_media":
            return importlib.import_module(f"asyncstatus_core.{name[1:]}")
        return importlib.import_module(f"{self.provider.package}.{name}")

    def operation_module(self, operation_id: str) -> ModuleType:
        op = self.spec.operations[operation_id]
        return self.submodule(f"api.{snake_case(op.tags[0])}.{snake_case(operation_id)}")

    def model(self, name: str) -> type[Any]:
        cls: type[Any] = getattr(self.submodule("models"), name)
        return cls

    @property
    def credentials(self) -> dict[str, str]:
        """A distinctive value for each create_client credential, easy to spot in any output."""
        return {c.name: f"{c.name}-{self.key}-Sup3rS3cret-7f3a" for c in security(self.spec).credentials}

    @property
    def secrets(self) -> list[str]:
        return [self.credentials[c.name] for c in security(self.spec).credentials if c.secret]

    @property
    def secret_forms(self) -> list[str]:
        """The secrets, and the HTTP basic encoding of the credential pair where there is one."""
        values = list(self.credentials.values())
        pair = [base64.b64encode(f"{values[0]}:{values[1]}".encode()).decode()] if len(values) == 2 else []
        return self.secrets + pair

    @property
    def default_base_url(self) -> str:
        return default_base_url(self.spec)


@cache
def sdk(key: str) -> Sdk:
    provider = PROVIDERS[key]
    return Sdk(key, provider, load(key), importlib.import_module(provider.package))


@dataclass(frozen=True)
class OperationCase:
    """An operation of one SDK with the arguments its example call passes."""

    key: str
    operation_id: str

    @property
    def sdk(self) -> Sdk:
        return sdk(self.key)

    @property
    def op(self) -> Operation:
        return self.sdk.spec.operations[self.operation_id]

    @property
    def module(self) -> ModuleType:
        return self.sdk.operation_module(self.operation_id)

    @property
    def expected_headers(self) -> dict[str, str]:
        return request_headers(self.op)

    def request_body_example(self) -> Any:
        body = self.op.request_body
        for media in body.content.values() if body else ():
            for value in media.examples.values():
                return value
        raise AssertionError(f"{self.operation_id}: the request body has no example")

    def kwargs(self) -> dict[str, Any]:
        """Required path and query parameters from the spec's examples, and the body example."""
        hints = typing.get_type_hints(self.module.sync_detailed)
        names = inspect.signature(self.module.sync_detailed).parameters
        kwargs: dict[str, Any] = {}
        for parameter in self.op.required_inputs:
            name = snake_case(parameter.name)
            name = name if name in names else name + "_"
            kwargs[name] = _coerce(hints[name], example_argument(parameter))
        if self.op.request_body is not None:
            kwargs["body"] = _coerce(hints["body"], self.request_body_example())
        return kwargs

    def success(self) -> ResponseExample:
        return next(self.success_examples())

    def success_examples(self) -> Iterator[ResponseExample]:
        """The spec's examples of this operation's success answer, JSON ones."""
        return (e for e in response_examples() if e.case == self and e.status.startswith("2") and e.is_json)

    def __str__(self) -> str:
        return f"{self.key}-{self.operation_id}"


def _coerce(hint: Any, value: Any) -> Any:
    """Turn a JSON example into what the SDK function's annotation asks for (model, enum, plain)."""
    for candidate in typing.get_args(hint) or (hint,):
        if isinstance(candidate, type) and hasattr(candidate, "from_dict") and isinstance(value, dict):
            return candidate.from_dict(value)
        if isinstance(candidate, type) and issubclass(candidate, str) and candidate is not str:
            return candidate(value)
    return value


def operation_cases() -> list[OperationCase]:
    return [OperationCase(key, op_id) for key in KEYS for op_id in sorted(load(key).operations)]


def answered_operation_cases() -> list[OperationCase]:
    """The operations whose success answer has a JSON body to parse (not Realtime Register's ackNotification, a
    bare 200: the corpus test reads that one, tests/corpus/test_sdk_handles_corpus.py)."""
    return [case for case in operation_cases() if any(case.success_examples())]


def status_operation_case(key: str) -> OperationCase:
    """The provider's status operation (the one with `x-async-status`), the one every package README shows."""
    return next(case for case in operation_cases() if case.key == key and case.op.async_status is not None)


@dataclass(frozen=True)
class ResponseExample:
    """One example of one documented response of an operation."""

    case: OperationCase
    status: str
    media_type: str
    name: str
    value: Any
    schema: Schema = field(repr=False, compare=False)

    @property
    def is_json(self) -> bool:
        return bool(JSONISH.match(self.media_type))

    @property
    def chosen_schema(self) -> Schema:
        """The schema this example is an instance of: of alternatives (`anyOf`: Realtime Register's full
        Process or a `fields` selection, booster's ServiceStack error or empty response DTO) the first
        whose type fits and whose required keys the example has, as the SDK chooses."""
        alternatives = self.schema.any_of
        if not alternatives:
            return self.schema
        for alternative in alternatives:
            if alternative.type == "array" and isinstance(self.value, list):
                return alternative
            if isinstance(self.value, dict) and set(alternative.required) <= set(self.value):
                return alternative
        return alternatives[-1]

    @property
    def model_name(self) -> str:
        """The component a JSON answer parses into (the item's, for a list answer)."""
        schema: Schema | None = self.chosen_schema
        if schema is not None and schema.type == "array":
            schema = schema.items
        return (schema.name if schema is not None else None) or ""

    @property
    def is_list(self) -> bool:
        return self.chosen_schema.type == "array"

    def answer(self, value: Any = None) -> httpx.Response:
        body = self.value if value is None else value
        content = body.encode() if isinstance(body, str) and not self.is_json else json.dumps(body).encode()
        return httpx.Response(int(self.status), content=content, headers={"Content-Type": self.media_type})

    def __str__(self) -> str:
        return f"{self.case}-{self.status}-{self.media_type.split('/')[-1]}-{self.name}"


@cache
def response_examples() -> tuple[ResponseExample, ...]:
    found: list[ResponseExample] = []
    for case in operation_cases():
        for status, response in sorted(case.op.responses.items()):
            for media_type, media in response.content.items():
                for name, value in media.examples.items():
                    if media.schema is not None:
                        found.append(ResponseExample(case, status, media_type, name, value, media.schema))
    return tuple(found)


def json_response_examples() -> list[ResponseExample]:
    return [e for e in response_examples() if e.is_json]


class Recorder:
    """A mock transport that records every request and answers with `respond`."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._respond = respond
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        # A snapshot: auth flows re-send the same Request object with new headers.
        self.requests.append(
            httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.content)
        )
        return self._respond(request)

    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not is_token_request(r)]

    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if is_token_request(r)]


def is_token_request(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.endswith("/token")


def answering(example: ResponseExample, body: Any = None, token: dict[str, Any] | None = None) -> Recorder:
    """A recorder answering every API call with `example` (or `body` in its place, with the example's
    status and media type) and every token request with a token."""

    def respond(request: httpx.Request) -> httpx.Response:
        if is_token_request(request):
            return httpx.Response(200, json=token or TOKEN_ANSWER)
        return example.answer(body)

    return Recorder(respond)


def walk(value: Any) -> Iterator[Any]:
    """Every value inside a parsed model tree (generated models, lists, dicts): a model's stored fields, which
    never raise (an absent required field is the MISSING marker)."""
    yield value
    fields = getattr(type(value), "_FIELDS_", None)  # generated models (asyncstatus_core.model)
    if fields is not None:
        value._load_every_field_()  # models convert a field when it is read: convert them all
        for name in fields:
            yield from walk(getattr(value, "_" + name))
        yield from walk(getattr(value, "additional_properties", {}))
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from walk(item)


def to_wire(parsed: Any) -> Any:
    """What the SDK writes back for a parsed answer (lists element-wise)."""
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


def provider_not_found(op: Operation, content: bytes) -> bool:
    """Whether a 404 with this body reads as the provider's "no such process" (issue 20): no body (some providers
    send their 404 bare), or a JSON object holding every member the spec's documented 404 body requires. Any
    other 404 body (an HTML page, a framework's JSON, or any body where the spec documents none) is the server's
    "no such route"."""
    if not content.strip():
        return True
    response = op.responses.get("404")
    schemas = [m.schema for m in response.content.values() if m.schema is not None] if response else []
    if not schemas:
        return False
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):
        return False
    return isinstance(body, dict) and all(member in body for schema in schemas for member in schema.required)
