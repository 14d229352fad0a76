"""Values the spec-built mock answers with: an instance of a schema (its own example first, else one built from
its type, enum, format and bounds), the spec's example body of a response, and JSON Pointer writes into a body.
Hand-written because a mock answers one deterministic, valid value, where data generators (hypothesis-jsonschema)
draw random ones."""

from __future__ import annotations

import copy
from typing import Any

from specmodel import Schema
from specmodel.view import Response

_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.invalid/",
    "email": "mock@example.invalid",
}
_DEPTH = 12  # a self-referencing schema stops here (its optional parts left out)


def sample(schema: Schema | None, depth: int = 0) -> Any:
    """One value `schema` accepts: its example, else its `const`, first `enum` value, or one built from its
    type (an object with its required properties, an array of `minItems` items, a string of its format)."""
    if schema is None:
        return {}
    if schema.examples:
        return copy.deepcopy(schema.examples[0])
    if "const" in schema:
        return copy.deepcopy(schema.get("const"))
    if schema.enum:
        return copy.deepcopy(schema.enum[0])
    if schema.all_of:
        merged: dict[str, Any] = {}
        for branch in schema.all_of:
            part = sample(branch, depth + 1)
            if isinstance(part, dict):
                merged.update(part)
        return merged | _object(schema, depth) if schema.properties else merged
    if schema.any_of or schema.one_of:
        return sample(next((v for v in schema.variants if v.types != ("null",)), schema.variants[0]), depth + 1)
    kind = schema.type or ("object" if schema.properties else None)
    if kind == "object":
        return _object(schema, depth)
    if kind == "array":
        count = int(schema.get("minItems", 0) or 0)
        return [sample(schema.items, depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "string":
        text = _FORMATS.get(schema.format or "", "mock")
        return text.ljust(int(schema.get("minLength", 0) or 0), "x")
    return None


def _object(schema: Schema, depth: int) -> dict[str, Any]:
    if depth > _DEPTH:
        return {}
    props = schema.properties
    return {name: sample(props.get(name), depth + 1) for name in schema.required}


def example_body(response: Response, media: str) -> Any:
    """The spec's first example of an answer in `media` (a deep copy), else a sample of its schema."""
    content = response.content.get(media)
    if content is None:
        return None
    if content.examples:
        return copy.deepcopy(next(iter(content.examples.values())))
    return sample(content.schema)


def put(body: Any, pointer: tuple[str, ...], value: Any) -> bool:
    """Write `value` at the JSON Pointer's parts in `body`; False where the pointer leads nowhere."""
    if not pointer:
        return False
    node = body
    for part in pointer[:-1]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    last = pointer[-1]
    if isinstance(node, dict):
        node[last] = value
        return True
    if isinstance(node, list) and last.isdigit() and int(last) < len(node):
        node[int(last)] = value
        return True
    return False


def replace_value(body: Any, old: Any, new: Any) -> Any:
    """`body` with every scalar equal to `old` (same type) replaced by `new`: the example's id becomes a process's."""
    if isinstance(body, dict):
        return {k: replace_value(v, old, new) for k, v in body.items()}
    if isinstance(body, list):
        return [replace_value(v, old, new) for v in body]
    if type(body) is type(old) and body == old:
        return new
    return body
