"""Structural lint of the specs: openapi-spec-validator (OpenAPI 3.1 schema) plus this project's own
rules (operationIds and tags of ARCHITECTURE.md, a well-formed `x-async-status`). Redocly's
`recommended` ruleset runs beside it in `make lint`.

Each problem is printed as `file:line:column: rule: message` so an editor can jump to it; the exit
status is 1 when any spec has a problem.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator
from spectools import ROOT, SpecError

# ARCHITECTURE.md's public surface table: users' code depends on these names.
SURFACE: dict[str, dict[str, tuple[str, ...]]] = {
    "mykaarma": {"async-processes": ("getAsyncProcess",)},
    "activeplatform": {"async-tasks": ("getAsyncTask",)},
    "realtimeregister": {"processes": ("getProcess",)},
    "bol": {"process-status": ("getProcessStatus", "getProcessStatusBulk", "getProcessStatusEntityId")},
    "booster": {"tasks": ("getTasks", "getTaskDetail")},
}
LIFECYCLE_LISTS = ("pending", "running", "succeeded", "failed", "cancelled", "needs-action")
LIFECYCLE_KEYS = {"status", *LIFECYCLE_LISTS, "progress", "not-found", "not-found-answers", "interval", "bulk"}


class Located:
    """Maps a path inside the document to its line and column in the YAML text."""

    def __init__(self, text: str) -> None:
        root = yaml.compose(text)
        if root is None:
            raise SpecError("the document is empty")
        self.root: yaml.Node = root

    def line_col(self, path: Sequence[Any]) -> tuple[int, int]:
        node = self.root
        for part in path:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if k.value == str(part)]
                if not match:
                    break
                node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
            else:
                break
        return node.start_mark.line + 1, node.start_mark.column + 1


def project_rules(key: str, spec: dict[str, Any]) -> Iterator[tuple[list[Any], str, str]]:
    """(path, rule, message) for each breach of this project's conventions."""
    expected = SURFACE.get(key)
    found: dict[str, tuple[str, list[Any]]] = {}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "responses" in op:
                where = ["paths", path, method]
                found[op.get("operationId", "")] = (",".join(op.get("tags", [])), where)
                yield from lifecycle_rules(spec, op, where)
    if expected is not None:
        for tag, op_ids in expected.items():
            for op_id in op_ids:
                if op_id not in found:
                    yield ["paths"], "public-surface", f"operation {op_id!r} (ARCHITECTURE.md) is missing"
                elif found[op_id][0] != tag:
                    yield found[op_id][1], "public-surface", f"{op_id} must be tagged exactly {tag!r}"
        extra = set(found) - {o for ops in expected.values() for o in ops}
        for op_id in sorted(extra):
            yield found[op_id][1], "public-surface", f"operation {op_id!r} is not in ARCHITECTURE.md's table"


def lifecycle_rules(spec: dict[str, Any], op: dict[str, Any], where: list[Any]) -> Iterator[tuple[list[Any], str, str]]:
    ext = op.get("x-async-status")
    if ext is None:
        return
    at = [*where, "x-async-status"]
    if not isinstance(ext, dict):
        yield at, "x-async-status", "must be a mapping"
        return
    for unknown in sorted(set(ext) - LIFECYCLE_KEYS):
        yield [*at, unknown], "x-async-status", f"unknown key {unknown!r}"
    if not isinstance(ext.get("status"), str) or not ext["status"].startswith("/"):
        yield at, "x-async-status", "`status` must be a JSON Pointer into the 200 body"
    if ext.get("not-found", "error") not in ("error", "expired"):
        yield [*at, "not-found"], "x-async-status", "`not-found` must be `error` or `expired`"
    yield from not_found_answer_rules(op, ext.get("not-found-answers", []), [*at, "not-found-answers"])
    seen: dict[str, str] = {}
    for name in LIFECYCLE_LISTS:
        values = ext.get(name, [])
        if not isinstance(values, list):
            yield [*at, name], "x-async-status", f"`{name}` must be a list"
            continue
        for value in values:
            if value in seen:
                yield [*at, name], "x-async-status", f"{value!r} is both {seen[value]} and {name}"
            seen[value] = name
    if not any(ext.get(n) for n in ("succeeded", "failed")):
        yield at, "x-async-status", "no terminal values: a waiter could never stop"


def not_found_answer_rules(op: dict[str, Any], rules: Any, at: list[Any]) -> Iterator[tuple[list[Any], str, str]]:
    """`not-found-answers`: [{status, field (a JSON Pointer into the error body), values}], each status declared."""
    if not isinstance(rules, list):
        yield at, "x-async-status", "`not-found-answers` must be a list"
        return
    for index, rule in enumerate(rules):
        here = [*at, index]
        if not isinstance(rule, dict) or set(rule) != {"status", "field", "values"}:
            yield here, "x-async-status", "a not-found answer needs exactly `status`, `field` and `values`"
            continue
        if str(rule["status"]) not in op.get("responses", {}):
            yield [*here, "status"], "x-async-status", f"status {rule['status']} is not a declared response"
        if not isinstance(rule["field"], str) or not rule["field"].startswith("/"):
            yield [*here, "field"], "x-async-status", "`field` must be a JSON Pointer into the error body"
        if not isinstance(rule["values"], list) or not rule["values"]:
            yield [*here, "values"], "x-async-status", "`values` must be a non-empty list"


def lint(path: Path) -> list[str]:
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        text = path.read_text(encoding="utf-8")
        spec = yaml.safe_load(text)
    except OSError as exc:
        return [f"{shown}: cannot read: {exc.strerror}"]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        loc = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        return [f"{shown}:{loc}: yaml-syntax: {exc.problem}"]
    if not isinstance(spec, dict):
        return [f"{shown}:1:1: openapi-structure: the document must be a mapping"]
    located = Located(text)
    problems: list[str] = []
    for error in OpenAPIV31SpecValidator(spec).iter_errors():
        parts = list(error.absolute_path)
        line, col = located.line_col(parts)
        pointer = "/".join(map(str, parts)) or "(root)"
        problems.append(f"{shown}:{line}:{col}: openapi-3.1-schema: at {pointer}: {error.message}")
    for parts, rule, message in project_rules(path.stem, spec):
        line, col = located.line_col(parts)
        problems.append(f"{shown}:{line}:{col}: {rule}: {message}")
    return problems


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: lint_specs.py SPEC.yaml...", file=sys.stderr)
        return 2
    problems: list[str] = []
    for name in argv:
        try:
            problems.extend(lint(Path(name).resolve()))
        except SpecError as exc:
            problems.append(str(exc))
    for line in problems:
        print(line)
    print(f"{len(argv)} specs checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
