"""schemathesis checks that know `x-empty-body` (specs/README.md): a response the spec declares with content
that the provider also sends with no body and no Content-Type (booster's 401 without a session).
schemathesis has no way to hear that a body may be absent, so its `content_type_conformance` and
`response_schema_conformance` refuse such an answer; these pass it on to them otherwise.

Self-contained (schemathesis and the standard library only): the contract tests load this file into the
schemathesis CLI as its hooks (`SCHEMATHESIS_HOOKS`, tests/contract/cli.py), and the in-process runs
(schemathesis_support.py) import it."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance


def declares_empty_body(root: dict[str, Any], responses: dict[str, Any], status: int) -> bool:
    """Whether the response declared for `status` (exact, `4XX`, or `default`) has `x-empty-body: true`;
    `root` is the whole spec, for local `$ref`s."""
    node: Any = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    for _ in range(16):  # a chain of $refs, not a cycle
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            return False
        node = root
        for part in ref[2:].split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(node, dict) else None
    return isinstance(node, dict) and node.get("x-empty-body") is True


def _declared_empty(response: Any, case: Any) -> bool:
    if response.content:
        return False
    responses = case.operation.definition.raw.get("responses", {})
    return declares_empty_body(case.operation.schema.raw_schema, responses, response.status_code)


@schemathesis.check
def content_type_conformance_or_declared_empty(ctx: Any, response: Any, case: Any) -> bool | None:
    """`content_type_conformance`, except on an empty answer the spec declares with `x-empty-body`."""
    if _declared_empty(response, case):
        return None
    result: bool | None = content_type_conformance(ctx, response, case)
    return result


@schemathesis.check
def response_schema_conformance_or_declared_empty(ctx: Any, response: Any, case: Any) -> bool | None:
    """`response_schema_conformance`, except on an empty answer the spec declares with `x-empty-body`."""
    if _declared_empty(response, case):
        return None
    result: bool | None = response_schema_conformance(ctx, response, case)
    return result
