"""The typed, immutable view of one spec that every tool reads: servers, security, operations with
their parameters, bodies, responses and headers, component schemas, and the `x-async-status`
lifecycle. Built once by `build()`, which follows every `$ref` through `Document.follow` (so a
dangling one is a located problem, not a KeyError later) and records what it cannot use.

Modelled on openapi-python-client's parser: the document is read into typed objects once; the
generator's templates, the mocks, lint, docs and the tests only read those objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

from .document import Document, Problem, SpecProblems, Where

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LIFECYCLE_LISTS = ("pending", "running", "succeeded", "failed", "cancelled", "needs-action")


def _frozen(items: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(items))


@dataclass(frozen=True, eq=False)
class Schema:
    """A JSON Schema node with its `$ref` followed. `node` is the schema as written (nested `$ref`s
    kept, for JSON Schema validation); `name` the component it came from, when it came through a
    `$ref` to `#/components/schemas/<name>`; `where` its place in the document."""

    node: Mapping[str, Any]
    where: Where
    name: str | None
    doc: Document = field(repr=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.node.get(key, default)

    def __contains__(self, key: str) -> bool:
        return key in self.node

    @property
    def types(self) -> tuple[str, ...]:
        declared = self.node.get("type")
        if declared is None:
            return ()
        return tuple(declared) if isinstance(declared, list) else (str(declared),)

    @property
    def type(self) -> str | None:
        """The one non-null JSON type, if the schema declares one."""
        found = [t for t in self.types if t != "null"]
        return found[0] if len(found) == 1 else None

    @property
    def nullable(self) -> bool:
        return "null" in self.types or any(s.types == ("null",) for s in self.any_of + self.one_of)

    @property
    def format(self) -> str | None:
        value = self.node.get("format")
        return str(value) if value is not None else None

    @property
    def enum(self) -> tuple[Any, ...] | None:
        value = self.node.get("enum")
        return tuple(value) if isinstance(value, list) else None

    @property
    def examples(self) -> tuple[Any, ...]:
        value = self.node.get("examples")
        found = list(value) if isinstance(value, list) else []
        if "example" in self.node:
            found.append(self.node["example"])
        return tuple(found)

    @property
    def required(self) -> tuple[str, ...]:
        value = self.node.get("required")
        return tuple(str(v) for v in value) if isinstance(value, list) else ()

    @property
    def description(self) -> str:
        return str(self.node.get("description", ""))

    def _child(self, node: Any, where: Where) -> Schema:
        target, at, name = self.doc.follow(node, where)
        if not isinstance(target, dict):  # checked at load: only a schema that is not an object lands here
            target = {}
        return Schema(target, at, name, self.doc)

    @property
    def properties(self) -> Mapping[str, Schema]:
        props = self.node.get("properties")
        if not isinstance(props, dict):
            return _frozen({})
        return _frozen({str(k): self._child(v, (*self.where, "properties", k)) for k, v in props.items()})

    @property
    def items(self) -> Schema | None:
        items = self.node.get("items")
        return self._child(items, (*self.where, "items")) if isinstance(items, dict) else None

    @property
    def additional_properties(self) -> Schema | None:
        """The schema of the properties not listed, when `additionalProperties` is one (not a boolean)."""
        extra = self.node.get("additionalProperties")
        return self._child(extra, (*self.where, "additionalProperties")) if isinstance(extra, dict) else None

    def _list(self, key: str) -> tuple[Schema, ...]:
        value = self.node.get(key)
        if not isinstance(value, list):
            return ()
        return tuple(self._child(v, (*self.where, key, i)) for i, v in enumerate(value))

    @property
    def any_of(self) -> tuple[Schema, ...]:
        return self._list("anyOf")

    @property
    def one_of(self) -> tuple[Schema, ...]:
        return self._list("oneOf")

    @property
    def all_of(self) -> tuple[Schema, ...]:
        return self._list("allOf")

    @property
    def variants(self) -> tuple[Schema, ...]:
        """The alternatives of an `anyOf`/`oneOf`, or the schema itself."""
        return self.any_of or self.one_of or (self,)

    def property(self, name: str) -> Schema | None:
        """A property by name, looked up through `allOf`/`anyOf`/`oneOf` branches as well."""
        own = self.properties.get(name)
        if own is not None:
            return own
        for branch in self.all_of + self.any_of + self.one_of:
            found = branch.property(name)
            if found is not None:
                return found
        return None

    def at_pointer(self, parts: tuple[str, ...]) -> Schema | None:
        """The schema a JSON Pointer into a value of this schema lands on (through properties, array
        items and composition branches); None when no branch has it."""
        node: Schema | None = self
        for part in parts:
            if node is None:
                return None
            if node.type == "array" and node.items is not None and part.isdigit():
                node = node.items
                continue
            node = node.property(part)
        return node


@dataclass(frozen=True)
class MediaType:
    media_type: str
    schema: Schema | None
    examples: Mapping[str, Any]  # name -> value (`example` is listed as "example")
    where: Where


@dataclass(frozen=True)
class Header:
    name: str
    required: bool
    schema: Schema | None
    description: str
    where: Where
    examples: tuple[Any, ...] = ()  # the header's own `example` (or `examples` values), as written


@dataclass(frozen=True)
class Response:
    status: str
    description: str
    headers: Mapping[str, Header]
    content: Mapping[str, MediaType]
    extensions: Mapping[str, Any]  # x-* keys, as written
    where: Where

    @property
    def has_body(self) -> bool:
        return bool(self.content)

    @property
    def may_be_empty(self) -> bool:
        """`x-empty-body: true`: the answer may also come with no body (specs/README.md)."""
        return self.extensions.get("x-empty-body") is True


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Schema | None
    description: str
    examples: tuple[Any, ...]  # the parameter's own example(s), then its schema's, then its default
    style: str | None
    explode: bool | None
    extensions: Mapping[str, Any]  # x-* keys (bol's x-page-size)
    where: Where

    @property
    def example(self) -> Any:
        """A realistic value (first of `examples`); only call when `examples` is non-empty."""
        return self.examples[0]


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: Mapping[str, MediaType]
    extensions: Mapping[str, Any]  # x-* keys (bol's x-alternative-media-types)
    where: Where


@dataclass(frozen=True)
class NotFoundAnswer:
    """An answer other than 404 that means "no such process" (`x-async-status.not-found-answers`)."""

    status: int
    field: tuple[str, ...]  # JSON Pointer parts into the error body
    values: tuple[str, ...]


@dataclass(frozen=True)
class AsyncStatus:
    """`x-async-status` of the status operation (specs/README.md), checked against its answer."""

    operation_id: str
    status: tuple[str, ...]  # JSON Pointer parts to the status in the success body
    lifecycle: Mapping[str, tuple[str, ...]]  # pending/running/succeeded/failed/cancelled/needs-action -> values
    progress: str | tuple[str, ...] | None  # "steps", a JSON Pointer's parts, or None
    not_found: str  # error | expired
    not_found_answers: tuple[NotFoundAnswer, ...]
    interval: float | None
    bulk: str | None  # operationId of the bulk status operation
    where: Where
    # JSON Pointer parts: the process's type, and when it started and finished by the provider's clock (None: the
    # answer does not say). The tracker keeps its history of durations per type, exact where both times are given.
    type: tuple[str, ...] | None = None
    started: tuple[str, ...] | None = None
    finished: tuple[str, ...] | None = None

    def values(self) -> dict[str, str]:
        """status value -> lifecycle list name."""
        return {value: name for name in LIFECYCLE_LISTS for value in self.lifecycle.get(name, ())}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...]
    summary: str
    description: str
    parameters: tuple[Parameter, ...]  # the path item's and the operation's own, merged
    request_body: RequestBody | None
    responses: Mapping[str, Response]
    required_headers: Mapping[str, str]  # x-required-headers
    async_status: AsyncStatus | None
    extensions: Mapping[str, Any]  # every x-* key of the operation, as written
    docs_url: str  # externalDocs.url
    where: Where
    # path-level (or operation-level) `servers`, same order as the spec's: bol's /retailer operations
    servers: tuple[str, ...] = ()

    def response_schema(self, status: str, media_type: str) -> Schema:
        """The schema of one declared answer; KeyError when the operation does not declare it."""
        schema = self.responses[status].content[media_type].schema
        if schema is None:
            raise KeyError(f"{self.operation_id} {status} {media_type} has no schema")
        return schema

    def parameter(self, name: str, location: str | None = None) -> Parameter:
        for p in self.parameters:
            if p.name == name and (location is None or p.location == location):
                return p
        raise KeyError(f"{self.operation_id} has no parameter {name!r}")

    def response_for(self, status: int) -> Response | None:
        """The response declared for a status: exact, else its class (`4XX`), else `default`."""
        r = self.responses
        return r.get(str(status)) or r.get(f"{str(status)[0]}XX") or r.get("default")

    def success(self) -> Response | None:
        """The first 2xx response, in status order."""
        for status in sorted(self.responses):
            if status.startswith("2"):
                return self.responses[status]
        return None

    @property
    def required_inputs(self) -> tuple[Parameter, ...]:
        """Required path and query parameters: what a caller must give."""
        return tuple(p for p in self.parameters if p.required and p.location in ("path", "query"))


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    type: str  # http | apiKey | oauth2 | openIdConnect | mutualTLS
    scheme: str  # http: basic | bearer
    location: str  # apiKey: header | query | cookie
    header: str  # apiKey: the header's name
    token_url: str  # oauth2 client credentials
    description: str
    extensions: Mapping[str, Any]
    where: Where
    flows: Mapping[str, Any] = field(default_factory=dict)  # oauth2: flow name -> the flow, as written


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    variables: Mapping[str, str]  # name -> default
    variable_descriptions: Mapping[str, str] = field(default_factory=dict)  # name -> description

    @property
    def default_url(self) -> str:
        url = self.url
        for name, value in self.variables.items():
            url = url.replace("{" + name + "}", value)
        return url.rstrip("/")


@dataclass(frozen=True)
class Example:
    where: str
    schema: Schema
    value: Any


@dataclass(frozen=True, eq=False)
class Spec:
    key: str
    path: Path
    shown: str
    raw: Mapping[str, Any] = field(repr=False)  # the parsed document, for JSON Schema validation
    title: str
    version: str
    description: str
    contact: Mapping[str, str]
    docs_url: str
    servers: tuple[Server, ...]
    security_schemes: Mapping[str, SecurityScheme]
    security: tuple[str, ...]  # names of the globally applied schemes
    operations: Mapping[str, Operation]
    schemas: Mapping[str, Schema]
    tags: Mapping[str, str]  # declared tag -> description
    doc: Document = field(repr=False)

    @property
    def openapi(self) -> str:
        """The OpenAPI version the document declares (`openapi`)."""
        return str(self.raw.get("openapi", ""))

    @property
    def status_operation(self) -> Operation | None:
        """The operation carrying `x-async-status`, if any."""
        for op in self.operations.values():
            if op.async_status is not None:
                return op
        return None

    @property
    def async_status(self) -> AsyncStatus | None:
        op = self.status_operation
        return op.async_status if op else None

    def fail(self, where: Where, what: str, todo: str = "") -> NoReturn:
        """Stop with one located problem (for facts the generator cannot use)."""
        line, col = self.doc.line_col(where)
        raise SpecProblems([Problem(self.shown, line, col, what, todo)])

    def schema(self, name: str) -> Schema:
        return self.schemas[name]

    def locate(self, where: Where) -> str:
        line, col = self.doc.line_col(where)
        return f"{self.shown}:{line}:{col}"

    def examples(self) -> Iterator[Example]:
        """Every example with the schema it illustrates: media-type examples of parameters, request
        bodies and responses, and schema-level `example`/`examples` of the component schemas."""
        for op in self.operations.values():
            base = f"paths/{op.path}/{op.method}"
            for p in op.parameters:
                if p.schema is not None:
                    raw = self.doc.at(p.where) if p.where else {}
                    yield from _param_examples(f"{base}/parameters/{p.name}", p, raw)
            if op.request_body is not None:
                for mt, media in op.request_body.content.items():
                    yield from _media_examples(f"{base}/requestBody/{mt}", media)
            for status, response in op.responses.items():
                for mt, media in response.content.items():
                    yield from _media_examples(f"{base}/responses/{status}/{mt}", media)
        for name, schema in self.schemas.items():
            yield from _schema_examples(f"components/schemas/{name}", schema.node, schema)


def _param_examples(where: str, p: Parameter, raw: Mapping[str, Any]) -> Iterator[Example]:
    assert p.schema is not None
    if "example" in raw:
        yield Example(f"{where}/example", p.schema, raw["example"])
    for name, ex in (raw.get("examples") or {}).items():
        target, _, _ = p.schema.doc.follow(ex, (*p.where, "examples", name))
        if isinstance(target, dict) and "value" in target:
            yield Example(f"{where}/examples/{name}", p.schema, target["value"])


def _media_examples(where: str, media: MediaType) -> Iterator[Example]:
    if media.schema is None:
        return
    for name, value in media.examples.items():
        yield Example(f"{where}/{name}" if name == "example" else f"{where}/examples/{name}", media.schema, value)


def _schema_examples(where: str, node: Any, owner: Schema) -> Iterator[Example]:
    if not isinstance(node, dict):
        return
    here = Schema(node, owner.where, None, owner.doc)
    if "example" in node:
        yield Example(f"{where}/example", here, node["example"])
    for i, value in enumerate(node["examples"] if isinstance(node.get("examples"), list) else []):
        yield Example(f"{where}/examples/{i}", here, value)
    for key in ("properties", "patternProperties", "$defs"):
        for name, sub in (node.get(key) or {}).items():
            yield from _schema_examples(f"{where}/{key}/{name}", sub, owner)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield from _schema_examples(f"{where}/{key}", node[key], owner)
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _schema_examples(f"{where}/{key}/{i}", sub, owner)
