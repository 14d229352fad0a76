"""Load the provider specs and validate JSON values against their schemas.

Shared by the spec tests, the generator and the mocks, so that "what the spec says" is read
one way everywhere. Hand-written because openapi-spec-validator checks a spec's own structure,
not values against the spec's component schemas; jsonschema does the latter once the spec is
registered as a resource so that `#/components/...` references resolve.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
PROVIDERS: tuple[str, ...] = ("mykaarma", "activeplatform", "realtimeregister", "bol", "booster")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecError(Exception):
    """A spec file that cannot be read; the message names the file and the place."""


def spec_path(key: str) -> Path:
    return SPECS_DIR / f"{key}.yaml"


@cache
def load_spec(key: str) -> dict[str, Any]:
    """The parsed spec of a provider; a YAML error is reported with file, line and column."""
    path = spec_path(key)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise SpecError(f"{where}: invalid YAML: {exc.problem}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path}: the top level must be a mapping, got {type(data).__name__}")
    return data


SPEC_URI = "urn:asyncstatus:spec"


def validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for `schema`, with the spec's `$ref`s resolvable and
    `format` (date-time, uuid, int32...) checked."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SPEC_URI + "#x", **schema}
    # Relative refs ("#/components/...") must resolve against the spec, not the wrapper.
    wrapped = _rebase_refs(wrapped)
    cls = jsonschema.Draft202012Validator
    return cls(wrapped, registry=registry, format_checker=cls.FORMAT_CHECKER)


def _rebase_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node


def errors(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    """Every way `value` breaks `schema`, as 'path: message' lines (empty when valid)."""
    found = sorted(validator(spec, schema).iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
    return ["/".join(map(str, e.absolute_path)) + ": " + e.message for e in found]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (repeatedly) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(f"only local references are supported, got {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    def parameters(self, spec: dict[str, Any]) -> list[dict[str, Any]]:
        params = [resolve(spec, p) for p in self.path_item.get("parameters", [])]
        own = [resolve(spec, p) for p in self.node.get("parameters", [])]
        names = {(p["name"], p["in"]) for p in own}
        return [p for p in params if (p["name"], p["in"]) not in names] + own


def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    """The spec's operations by operationId."""
    found: dict[str, Operation] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = Operation(op["operationId"], method, path, op, item)
    return found


def response_schema(spec: dict[str, Any], operation_id: str, status: str, media_type: str) -> dict[str, Any]:
    op = operations(spec)[operation_id]
    response = resolve(spec, op.node["responses"][status])
    schema: dict[str, Any] = response["content"][media_type]["schema"]
    return schema


@dataclass(frozen=True)
class Example:
    where: str
    schema: dict[str, Any]
    value: Any


def examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every example in the spec with the schema it illustrates: media-type `example`/`examples`
    (responses, request bodies, parameters) and schema-level `examples`/`example`."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            base = f"paths/{path}/{method}"
            for p in item.get("parameters", []) + op.get("parameters", []):
                p = resolve(spec, p)
                yield from _media_examples(spec, f"{base}/parameters/{p['name']}", p)
            if "requestBody" in op:
                body = resolve(spec, op["requestBody"])
                for mt, media in body.get("content", {}).items():
                    yield from _media_examples(spec, f"{base}/requestBody/{mt}", media)
            for status, resp in op.get("responses", {}).items():
                resp = resolve(spec, resp)
                for mt, media in resp.get("content", {}).items():
                    yield from _media_examples(spec, f"{base}/responses/{status}/{mt}", media)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        yield from _schema_examples(f"components/schemas/{name}", schema)


def _media_examples(spec: dict[str, Any], where: str, media: dict[str, Any]) -> Iterator[Example]:
    schema = media.get("schema")
    if schema is None:
        return
    if "example" in media:
        yield Example(f"{where}/example", schema, media["example"])
    for name, ex in media.get("examples", {}).items():
        ex = resolve(spec, ex)
        if "value" in ex:
            yield Example(f"{where}/examples/{name}", schema, ex["value"])


def _schema_examples(where: str, schema: Any) -> Iterator[Example]:
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield Example(f"{where}/example", schema, schema["example"])
    for i, value in enumerate(schema.get("examples", []) if isinstance(schema.get("examples"), list) else []):
        yield Example(f"{where}/examples/{i}", schema, value)
    for key in ("properties", "patternProperties", "$defs"):
        for name, sub in schema.get(key, {}).items():
            yield from _schema_examples(f"{where}/{key}/{name}", sub)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield from _schema_examples(f"{where}/{key}", schema[key])
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(schema.get(key, [])):
            yield from _schema_examples(f"{where}/{key}/{i}", sub)
