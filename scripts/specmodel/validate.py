"""JSON values against the spec's schemas (answers in the corpus, mocks' answers, examples).

openapi-spec-validator checks a spec's own structure, not values against its component schemas;
jsonschema does the latter once the spec is registered as a resource so that `#/components/...`
references resolve. This is what `referencing` is for, so `$ref`s are followed by it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .view import Schema, Spec

SPEC_URI = "urn:asyncstatus:spec"

# The draft's formats, and OpenAPI's integer widths, which JSON Schema's own checker does not know.
FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checkers = dict(jsonschema.Draft202012Validator.FORMAT_CHECKER.checkers)


@FORMATS.checks("int32")
def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")
def _int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def validator(spec: Spec, schema: Schema | Mapping[str, Any]) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for `schema`, with the spec's `$ref`s resolvable and `format`
    (date-time, uuid, int32...) checked."""
    node = schema.node if isinstance(schema, Schema) else schema
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(dict(spec.raw), default_specification=DRAFT202012)
    )
    wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SPEC_URI + "#x", **node}
    cls = jsonschema.Draft202012Validator
    return cls(_rebase_refs(wrapped), registry=registry, format_checker=FORMATS)


def _rebase_refs(node: Any) -> Any:
    # Relative refs ("#/components/...") must resolve against the spec, not the wrapper.
    if isinstance(node, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node


def errors(spec: Spec, schema: Schema | Mapping[str, Any], value: Any) -> list[str]:
    """Every way `value` breaks `schema`, as 'path: message' lines (empty when valid)."""
    found = sorted(validator(spec, schema).iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
    return ["/".join(map(str, e.absolute_path)) + ": " + e.message for e in found]
