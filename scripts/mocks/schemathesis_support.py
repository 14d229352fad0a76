"""schemathesis in-process against a mock app: the contract checks in positive and negative modes,
plus each fixture's parameters fixed so that success answers (which random ids rarely reach) are
checked too. Shared by the per-provider mock tests; tests/contract runs the CLI over real sockets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import schemathesis
from codegen.sdkfacts import security
from hypothesis import HealthCheck, given, seed, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import ignored_auth, negative_data_rejection, status_code_conformance
from specmodel import load, spec_path
from starlette.types import ASGIApp

from .schemathesis_checks import (
    content_type_conformance_or_declared_empty,
    response_schema_conformance_or_declared_empty,
)


def empty_body_declared(key: str, operation_id: str, status: int) -> bool:
    """Whether the spec's response for `status` has `x-empty-body: true` (specs/README.md): the provider
    also sends it with no body and no Content-Type (booster's 401 without a session)."""
    response = load(key).operations[operation_id].response_for(status)
    return response is not None and response.may_be_empty


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance_or_declared_empty,
    response_schema_conformance_or_declared_empty,
    negative_data_rejection,
    ignored_auth,
]


SEED = 20261122


def auth_config(key: str, credentials: dict[str, str]) -> SchemathesisConfig:
    """Credentials through schemathesis' auth config rather than `headers=`, so negative cases that
    drop the security header really go without it and `ignored_auth` knows the auth is explicit.
    `credentials` are create_client keywords (scripts/targets.py); OAuth2 takes a fetched `token`."""
    spec = load(key)
    name = spec.security[0]
    sec = security(spec)
    if sec.kind == "basic":
        scheme = {"username": credentials["username"], "password": credentials["password"]}
    elif sec.kind == "header":
        scheme = {"api_key": (f"{sec.prefix} " if sec.prefix else "") + credentials["api_key"]}
    else:
        scheme = {"bearer": credentials["token"]}
    return SchemathesisConfig.from_dict({"auth": {"openapi": {name: scheme}}})


def run(
    key: str,
    app: ASGIApp,
    credentials: dict[str, str],
    fixtures: Iterable[dict[str, Any]],
    *,
    headers: dict[str, str] | None = None,
    fixture_headers: Iterable[dict[str, str] | None] = (None,),
    examples: int = 50,
) -> set[int]:
    """Run every check; answers the status codes seen. Fails (raises) on the first violation."""
    schema = schemathesis.openapi.from_path(spec_path(key), config=auth_config(key, credentials))
    schema.app = app
    statuses: set[int] = set()

    def fuzz(strategy: Any, count: int, extra: dict[str, str] | None) -> None:
        @seed(SEED)
        @settings(max_examples=count, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def check(case: Case[Any]) -> None:
            statuses.add(
                case.call_and_validate(headers={**(headers or {}), **(extra or {})}, checks=CHECKS).status_code
            )

        check()

    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        fuzz(schema.as_strategy(generation_mode=mode), examples, None)
    spec = load(key)
    for fixture in fixtures:
        op = spec.operations[fixture["operation"]]
        where = {p.name: p.location for p in op.parameters}
        params = fixture["params"]
        path = {k: v for k, v in params.items() if where.get(k) == "path"}
        query = {k: v for k, v in params.items() if where.get(k) == "query"}
        rest = {k: v for k, v in params.items() if k not in where}
        operation = schema.find_operation_by_id(fixture["operation"])
        if rest:
            strategy = operation.as_strategy(path_parameters=path or None, query=query or None, body=rest)
        else:
            strategy = operation.as_strategy(path_parameters=path or None, query=query or None)
        for extra in fixture_headers:
            fuzz(strategy, 3, extra)
    return statuses
