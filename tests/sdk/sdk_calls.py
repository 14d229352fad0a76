"""Call any operation of a generated SDK by operationId with spec wire-name parameters, the way the
fixtures of a mock name them."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from codegen.sdkfacts import snake_case
from providers import PROVIDERS
from specmodel import load


def operation_module(key: str, operation_id: str) -> ModuleType:
    op = load(key).operations[operation_id]
    package = PROVIDERS[key].package
    return importlib.import_module(f"{package}.api.{snake_case(op.tags[0])}.{snake_case(operation_id)}")


def call_kwargs(key: str, operation_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """SDK keyword arguments for wire-named params; a request body's fields become `body`."""
    spec = load(key)
    op = spec.operations[operation_id]
    names = {p.name for p in op.parameters}
    kwargs: dict[str, Any] = {snake_case(k): v for k, v in params.items() if k in names}
    rest = {k: v for k, v in params.items() if k not in names}
    if op.request_body is not None:
        package = importlib.import_module(f"{PROVIDERS[key].package}.models")
        schema = next(iter(op.request_body.content.values())).schema
        assert schema is not None and schema.name is not None
        model = getattr(package, schema.name)
        kwargs["body"] = model.from_dict(rest)
    elif rest:
        raise ValueError(f"{operation_id}: unknown parameters {sorted(rest)}")
    return kwargs


def status_values(key: str, operation_id: str, body: Any) -> list[str]:
    """The status values in an answer: the x-async-status field of each process it holds."""
    spec = load(key)
    ext = spec.async_status
    assert ext is not None
    parts = list(ext.status)

    def dig(node: Any) -> Any:
        for part in parts:
            node = node[part]
        return node

    if isinstance(body, list):
        return [dig(item) for item in body]
    if isinstance(body, dict) and len(body) == 1 and isinstance(next(iter(body.values())), list):
        return [dig(item) for item in next(iter(body.values()))]  # bol's {"processStatuses": [...]}
    return [dig(body)]
