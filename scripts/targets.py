"""Where the contract and SDK tests point: a provider's mock by default, its live API when the
documented environment variables are set (`<PREFIX>_BASE_URL` plus the credentials of its security
scheme, e.g. BOL_BASE_URL, BOL_CLIENT_ID, BOL_CLIENT_SECRET). Credentials are never printed."""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx
from codegen.sdkfacts import Security, security
from providers import PROVIDERS
from specmodel import Schema, load


@dataclass(frozen=True)
class Target:
    key: str
    base_url: str
    credentials: dict[str, str] = field(repr=False)  # create_client keyword -> value
    token_url: str | None = None  # bol: where client credentials are exchanged
    live: bool = False

    def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate one request (fetching a token first for OAuth2)."""
        sec = security(load(self.key))
        return auth_headers(sec, self.credentials, token_url=self.token_url)


def auth_headers(sec: Security, creds: dict[str, str], *, token_url: str | None) -> dict[str, str]:
    if sec.kind == "basic":
        raw = f"{creds['username']}:{creds['password']}".encode()
        return {"Authorization": "Basic " + base64.b64encode(raw).decode()}
    if sec.kind == "bearer":
        return {"Authorization": f"Bearer {creds['token']}"}
    if sec.kind == "header":
        prefix = f"{sec.prefix} " if sec.prefix else ""
        return {sec.header: prefix + creds["api_key"]}
    assert token_url is not None
    answer = httpx.post(
        token_url,
        auth=(creds["client_id"], creds["client_secret"]),
        data={"grant_type": "client_credentials"},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    if answer.status_code != 200:
        raise RuntimeError(f"token request to {token_url} answered {answer.status_code}")
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def live_variables(key: str) -> list[str]:
    """The environment variables that switch a provider's tests to its live API."""
    provider = PROVIDERS[key]
    sec = security(load(key))
    return [provider.base_url_env] + [f"{provider.env_prefix}_{c.env_suffix}" for c in sec.credentials]


def live_target(key: str) -> Target | None:
    """The live API when all of its variables are set, else None."""
    names = live_variables(key)
    if not all(os.environ.get(n) for n in names):
        return None
    provider = PROVIDERS[key]
    sec = security(load(key))
    creds = {c.name: os.environ[f"{provider.env_prefix}_{c.env_suffix}"] for c in sec.credentials}
    token_url = os.environ.get(f"{provider.env_prefix}_TOKEN_URL", sec.token_url) if sec.token_url else None
    return Target(key, os.environ[provider.base_url_env].rstrip("/"), creds, token_url, live=True)


def mock_credentials(key: str, defaults: dict[str, str]) -> dict[str, str]:
    """The mock's credentials (its MOCK_<PREFIX>_<SUFFIX> variables) as create_client keywords."""
    provider = PROVIDERS[key]
    sec = security(load(key))
    return {c.name: defaults[f"MOCK_{provider.env_prefix}_{c.env_suffix}"] for c in sec.credentials}


# --- what a live run may send, and ids that exist there ----------------------------------------------


@dataclass(frozen=True)
class LiveRate:
    """How fast a live run (contract tests, `make record`) may send requests to one provider."""

    rate: str  # schemathesis --rate-limit: "<requests>/<s|m|h>"
    basis: str  # why this rate: the provider's documented limit, or that it documents none

    @property
    def per_second(self) -> float:
        count, unit = self.rate.split("/")
        return int(count) / {"s": 1, "m": 60, "h": 3600}[unit]


def live_rate(key: str) -> LiveRate:
    """Below the provider's documented limit: a fifth of the budget the spec's rate-limit headers announce
    (the examples of `X-RateLimit-Limit` per `X-RateLimit-Reset` seconds on the status operation's success
    answer), at most two a second; where the spec documents none, one request a second (about one polling
    client), so a nightly run never looks like a burst."""
    spec = load(key)
    op = spec.status_operation
    success = op.success() if op is not None else None
    headers = {name.lower(): header for name, header in success.headers.items()} if success is not None else {}

    def example(name: str) -> int | None:
        header = headers.get(name)
        found = (header.examples or (header.schema.examples if header.schema is not None else ())) if header else ()
        return found[0] if found and isinstance(found[0], int) and found[0] > 0 else None

    limit, window = example("x-ratelimit-limit"), example("x-ratelimit-reset") or 1
    if limit is None:
        return LiveRate("1/s", f"no limit documented in specs/{key}.yaml: one request a second")
    per_second = min(2, max(1, limit // window // 5))
    return LiveRate(
        f"{per_second}/s",
        f"specs/{key}.yaml documents X-RateLimit-Limit: {limit} per X-RateLimit-Reset: {window} s: a fifth of it",
    )


LIVE_RATES: dict[str, LiveRate] = {key: live_rate(key) for key in PROVIDERS}


@dataclass(frozen=True)
class KnownValues:
    """Values that exist on the live API, read from one environment variable as a comma-separated list.

    Each item is split at ':' into `len(parts)` pieces; piece i is bound to the schemathesis parameter
    keys in parts[i] ("path.<name>", "query.<name>", "body.<json path>"), so every generated request
    for those parameters uses a value that exists and its success answer is checked."""

    variable: str
    parts: tuple[tuple[str, ...], ...]
    primary: bool = False  # the status operation's id: what `make record IDS=...` gives
    demo: str = ""  # bol's demo environment answers these fixed values; used when the base URL is the demo

    def split(self, raw: str) -> list[tuple[str, ...]]:
        items = [item.strip() for item in raw.split(",") if item.strip()]
        pieces = [tuple(p.strip() for p in item.split(":")) if len(self.parts) > 1 else (item,) for item in items]
        for item, piece in zip(items, pieces, strict=True):
            if len(piece) != len(self.parts) or not all(piece):
                raise ValueError(f"{self.variable}: {item!r} must have {len(self.parts)} ':'-separated parts")
        return pieces


# The variables users already set for the five providers (docs/contract-tests.md), kept by
# name; a provider not listed here gets them from its spec (known_values_of).
# bol's demo environment (https://api.bol.com/shared-demo) answers fixed statuses for process status ids
# 1..4 (tests/corpus/bol/SOURCES.md S3) and entity 555551 for CREATE_SHIPMENT (specs/bol.yaml examples).
BOL_DEMO_PATH = "/shared-demo"
KNOWN_VALUES: dict[str, tuple[KnownValues, ...]] = {
    "mykaarma": (KnownValues("MYKAARMA_KNOWN_IDS", (("path.asyncProcessesUuid",),), primary=True),),
    "activeplatform": (
        KnownValues("ACTIVEPLATFORM_KNOWN_IDS", (("path.async_task_id",),), primary=True),
        KnownValues("ACTIVEPLATFORM_RESELLER_ID", (("path.reseller_id",),)),
    ),
    "realtimeregister": (KnownValues("REALTIMEREGISTER_KNOWN_IDS", (("path.processId",),), primary=True),),
    "bol": (
        KnownValues(
            "BOL_KNOWN_IDS",
            (("path.process-status-id", "body.processStatusQueries[*].processStatusId"),),
            primary=True,
            demo="1,2,3,4",
        ),
        KnownValues("BOL_KNOWN_ENTITIES", (("query.entity-id",), ("query.event-type",)), demo="555551:CREATE_SHIPMENT"),
    ),
    "booster": (KnownValues("BOOSTER_KNOWN_IDS", (("path.asyncTaskId",),), primary=True),),
}


def known_values_of(key: str) -> tuple[KnownValues, ...]:
    """The variables that name values existing on the live API: the table above, else from the spec, one
    `<PREFIX>_KNOWN_IDS` for the status operation's id parameter (primary) and `<PREFIX>_KNOWN_<NAME>` for each
    other required path or query parameter of its operations."""
    if key in KNOWN_VALUES:
        return KNOWN_VALUES[key]
    spec, prefix = load(key), PROVIDERS[key].env_prefix
    op = spec.status_operation
    ids = [p for p in op.required_inputs if p.location == "path"] if op is not None else []
    primary = ids[-1] if ids else None
    found: list[KnownValues] = []
    if primary is not None:
        found.append(KnownValues(f"{prefix}_KNOWN_IDS", ((f"path.{primary.name}",),), primary=True))
    others = {
        f"{p.location}.{p.name}": p.name
        for o in spec.operations.values()
        for p in o.required_inputs
        if primary is None or p.name != primary.name
    }
    for where, name in others.items():
        variable = f"{prefix}_KNOWN_{''.join(c if c.isalnum() else '_' for c in name).upper()}"
        found.append(KnownValues(variable, ((where,),)))
    return tuple(found)


def is_bol_demo(base_url: str) -> bool:
    return httpx.URL(base_url).path.rstrip("/").endswith(BOL_DEMO_PATH)


def known_values(
    key: str, base_url: str, env: Mapping[str, str] | None = None
) -> tuple[dict[str, list[tuple[str, ...]]], list[str]]:
    """The known values per variable (from `env`, else the demo's fixed ones), and the variables missing."""
    env = os.environ if env is None else env
    found: dict[str, list[tuple[str, ...]]] = {}
    missing: list[str] = []
    for known in known_values_of(key):
        raw = env.get(known.variable, "") or (known.demo if known.demo and is_bol_demo(base_url) else "")
        values = known.split(raw)
        if values:
            found[known.variable] = values
        else:
            missing.append(known.variable)
    return found, missing


def bindings(key: str, values: dict[str, list[tuple[str, ...]]]) -> dict[str, list[str | int]]:
    """Parameter key -> the values that exist, typed as the spec's parameter (an integer stays an integer)."""
    spec = load(key)
    schemas = {f"{p.location}.{p.name}": p.schema for op in spec.operations.values() for p in op.parameters}
    bound: dict[str, list[str | int]] = {}
    for known in known_values_of(key):
        for item in values.get(known.variable, []):
            for piece, names in zip(item, known.parts, strict=True):
                for name in names:
                    typed = typed_value(schemas.get(name), piece)
                    if typed not in bound.setdefault(name, []):
                        bound[name].append(typed)
    return bound


def typed_value(schema: Schema | None, raw: str) -> str | int:
    """`raw` as an int where the parameter's schema is (or may be) an integer and `raw` is all digits."""
    options = schema.variants if schema is not None else ()
    if raw.isdigit() and any(o.type == "integer" for o in options):
        return int(raw)
    return raw
