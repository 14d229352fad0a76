"""`make lint` on the specs: every problem the spec model finds (YAML, OpenAPI 3.1 structure through
openapi-spec-validator, dangling `$ref`s, `x-async-status`, the registry), exactly as `make generate`
reports them, plus the rule only lint keeps: the operationIds and tags of the public
surface table stay as they are. Redocly's `recommended` ruleset runs beside it in `make lint`.

Each problem is printed as `file:line:column: what; what to do`, so an editor can jump to it; the exit
status is 1 when any spec has a problem.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import specmodel
from providers import registry_problems
from specmodel import Problem, Spec

# The public surface (docs/architecture.md): users' code depends on these names. A new provider is not listed
# here; its names are whatever its spec says, and `make diff-specs` guards them from then on.
SURFACE: dict[str, dict[str, tuple[str, ...]]] = {
    "mykaarma": {"async-processes": ("getAsyncProcess",)},
    "activeplatform": {"async-tasks": ("getAsyncTask",)},
    "realtimeregister": {
        "processes": ("getProcess",),
        "notifications": ("pollNotification", "getNotification", "listNotifications", "ackNotification"),
    },
    "bol": {
        "process-status": ("getProcessStatus", "getProcessStatusBulk", "getProcessStatusEntityId"),
        "subscriptions": (
            "getPushNotificationSubscriptions",
            "postPushNotificationSubscription",
            "getSubscriptionKeys",
            "postTestPushNotification",
            "getPushNotificationSubscription",
            "putPushNotificationSubscription",
            "deletePushNotificationSubscription",
        ),
    },
    "booster": {"tasks": ("getTasks", "getTaskDetail")},
}


def surface_problems(spec: Spec) -> list[Problem]:
    expected = SURFACE.get(spec.key)
    if expected is None:
        return []
    problems: list[Problem] = []

    def add(where: tuple[str | int, ...], what: str) -> None:
        line, col = spec.doc.line_col(where)
        problems.append(
            Problem(
                spec.shown,
                line,
                col,
                f"public-surface: {what}",
                "keep the released names (SURFACE in scripts/spectools/lint_specs.py)",
            )
        )

    promised = {op_id: tag for tag, op_ids in expected.items() for op_id in op_ids}
    for op_id, tag in promised.items():
        op = spec.operations.get(op_id)
        if op is None:
            add(("paths",), f"operation {op_id!r} is missing")
        elif op.tags != (tag,):
            add(op.where, f"{op_id} must be tagged exactly {tag!r}")
    for op_id in sorted(set(spec.operations) - set(promised)):
        add(spec.operations[op_id].where, f"operation {op_id!r} is not in the public surface table")
    return problems


def lint(path: Path) -> list[str]:
    problems = specmodel.check_file(path)
    spec, _ = specmodel.read(path)
    if spec is not None:
        problems += surface_problems(spec)
    return [str(p) for p in sorted(problems, key=lambda p: (p.line, p.column))]


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: lint_specs.py SPEC.yaml...", file=sys.stderr)
        return 2
    lines = [str(p) for p in registry_problems()]
    for name in argv:
        lines.extend(lint(Path(name).resolve()))
    for line in lines:
        print(line)
    print(f"{len(argv)} specs checked, {len(lines)} problems", file=sys.stderr)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
