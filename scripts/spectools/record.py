"""`make record PROVIDER=<key> [IDS="..."]`: call a provider's operations and write each answer, scrubbed
(scripts/spectools/scrub.py), into tests/corpus/<key>/recorded/ in the corpus format (tests/corpus/README.md).

Calls: the status operation for each id given and for one id that does not exist; bol also its bulk
operation (all of those ids at once) and its entity-id operation (for the entity and event type of
each status found, and for an entity that does not exist); booster also its task list. Requests go
one at a time at the provider's live rate (scripts/targets.py LIVE_RATES).

The target is the live API from the provider's variables (docs/contract-tests.md), or --base-url with
--credential name=value (a mock: `make mock`), or --mock (this script starts the provider's mock in-process
and records its fixtures). Ids come from --ids, else the provider's
known-id variable (BOL_KNOWN_IDS, ...), else bol's demo ids when BOL_BASE_URL is the demo.

Plain httpx rather than the SDK: the corpus keeps the raw answer (status, headers, bytes) exactly as
sent, which the SDK's models would normalise, and one loop over the spec serves all five providers."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from codegen.sdkfacts import request_headers, security
from providers import PROVIDERS
from specmodel import ROOT, Schema, Spec, errors, load
from targets import (
    LIVE_RATES,
    Target,
    known_values,
    known_values_of,
    live_target,
    live_variables,
    typed_value,
)

from spectools.scrub import Scrubber

sys.path.insert(0, str(ROOT / "tests"))  # the corpus loader and the mocks live beside the tests

from corpus.answers import RECORDED_SOURCE, CorpusAnswer, spec_problems

DROPPED_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"}
MISSING_CANDIDATES: tuple[str | int, ...] = ("00000000-0000-0000-0000-000000000000", 999999999999, "999999999999")


@dataclass
class Call:
    operation_id: str
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    what: str = ""  # for the note: what the call asks for


class RecordError(Exception):
    """Bad input to the recorder; the message says which option or variable."""


def status_operation(spec: Spec) -> str:
    op = spec.status_operation
    if op is None:
        raise RecordError(f"{spec.shown}: no operation carries x-async-status, so there is nothing to record")
    return op.operation_id


def missing_id(spec: Spec, schema: Schema | None) -> str | int:
    """An id that fits the parameter's schema but does not exist (the nil UUID or a huge number)."""
    for candidate in MISSING_CANDIDATES:
        if schema is None or not errors(spec, schema, candidate):
            return candidate
    raise RecordError(f"{spec.locate(schema.where if schema else ())}: no id that does not exist fits this schema")


def plan(key: str, ids: list[str], context: dict[str, str]) -> Iterator[Call]:
    """The calls for `ids` plus one id that does not exist; `context` gives the other path parameters."""
    spec = load(key)
    status_op = status_operation(spec)
    op = spec.operations[status_op]
    params = {p.name: p for p in op.parameters if p.location == "path"}
    unknown = sorted(set(context) - set(params))
    if unknown:
        raise RecordError(f"{key}: {status_op} has no path parameters {unknown}")
    others = {name: typed_value(params[name].schema, context[name]) for name in context}
    id_names = [name for name in params if name not in others]
    if len(id_names) != 1:
        raise RecordError(f"{key}: give the path parameters {sorted(set(params) - set(others))} with --param")
    id_name = id_names[0]
    id_schema = params[id_name].schema
    absent = missing_id(spec, id_schema)
    for raw in ids:
        yield Call(status_op, {**others, id_name: typed_value(id_schema, raw)}, what=f"{id_name} {raw}")
    yield Call(status_op, {**others, id_name: absent}, what=f"{id_name} {absent}, which does not exist")
    bulk = op.async_status.bulk if op.async_status else None
    if bulk:  # bol: the same ids in one request
        queries = [{"processStatusId": str(i)} for i in [*ids, absent]]
        yield Call(bulk, body={"processStatusQueries": queries}, what=f"{len(queries)} ids, one that does not exist")
    for op_id, other in spec.operations.items():
        required = [p for p in other.parameters if p.required]
        if op_id not in (status_op, bulk) and not required and other.request_body is None:
            yield Call(op_id, what="no parameters")


def entity_calls(answers: list[tuple[Call, httpx.Response]], entities: list[tuple[str, ...]]) -> Iterator[Call]:
    """bol: the entity-id operation for each entity and event type seen in a status, and one unknown."""
    seen = list(entities)
    for _, response in answers:
        try:
            body = response.json()
        except ValueError:
            continue
        if isinstance(body, dict) and body.get("entityId") and body.get("eventType"):
            pair = (str(body["entityId"]), str(body["eventType"]))
            seen += [] if pair in seen else [pair]
    for entity, event in seen:
        yield Call("getProcessStatusEntityId", query={"entity-id": entity, "event-type": event}, what="an entity")
    event = seen[0][1] if seen else "CREATE_SHIPMENT"
    yield Call(
        "getProcessStatusEntityId",
        query={"entity-id": "999999999999", "event-type": event},
        what="an entity that does not exist",
    )


def send(client: httpx.Client, key: str, call: Call, auth: dict[str, str]) -> httpx.Response:
    op = load(key).operations[call.operation_id]
    path = op.path
    for name, value in call.path.items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    headers = {**request_headers(op), **auth}
    if call.body is not None and op.request_body is not None:
        content_type = next(iter(op.request_body.content))
        headers["Content-Type"] = content_type
        return client.request(op.method.upper(), path, params=call.query, headers=headers, json=call.body)
    return client.request(op.method.upper(), path, params=call.query, headers=headers)


def corpus_file(key: str, call: Call, response: httpx.Response, scrubber: Scrubber, base_url: str) -> dict[str, Any]:
    """The answer in the corpus format, scrubbed; `conforms` computed against the spec."""
    headers: dict[str, str] = {}
    for name, value in response.headers.multi_items():  # each Set-Cookie scrubbed on its own, then joined
        if name.lower() not in DROPPED_HEADERS:
            scrubbed = scrubber.headers({name: value})[name]
            headers[name] = f"{headers[name]}, {scrubbed}" if name in headers else scrubbed
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    data: dict[str, Any] = {"status": response.status_code, "headers": headers}
    try:
        text = response.content.decode("utf-8")
    except UnicodeDecodeError:
        text = response.content.decode("utf-8", errors="replace")
    body: Any = None
    is_json = False
    if media.endswith("json") and text.strip():
        with suppress(json.JSONDecodeError):
            body, is_json = json.loads(text), True
    if is_json:
        data["body"] = scrubber.value(body)
    else:
        data["body_text"] = scrubber.body_text(text, media)
    answer = CorpusAnswer(
        key=key,
        path=Path(f"{call.operation_id}--{response.status_code}-recorded.json"),
        operation_id=call.operation_id,
        status=response.status_code,
        headers=headers,
        content=(json.dumps(data["body"], ensure_ascii=False) if is_json else data["body_text"]).encode(),
        body=data.get("body"),
        is_json=is_json,
        conforms=True,
        sources=(RECORDED_SOURCE,),
        note="",
    )
    problems = spec_problems(answer)
    data["conforms"] = not problems
    data["sources"] = [RECORDED_SOURCE]
    note = f"Recorded by make record from {base_url} on {time.strftime('%Y-%m-%d')}: {call.what}."
    data["note"] = note + (f" Off-contract: {problems[0]}" if problems else "")
    request = {"path": call.path, "query": call.query} | ({"body": call.body} if call.body is not None else {})
    data["request"] = scrubber.value({k: v for k, v in request.items() if v})
    return data


def write(out: Path, operation_id: str, status: int, data: dict[str, Any]) -> Path:
    """<operationId>--<status>-recorded-<n>.json with the next free n: earlier recordings are kept."""
    out.mkdir(parents=True, exist_ok=True)
    n = 1
    while (path := out / f"{operation_id}--{status}-recorded-{n}.json").exists():
        n += 1
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def record(
    target: Target, ids: list[str], out: Path, *, context: dict[str, str] | None = None, pause: float | None = None
) -> list[Path]:
    """Record the answers of `target` for `ids` into `out`; answers the files written."""
    key = target.key
    if not ids:
        raise RecordError(f"{key}: no ids to record; give IDS or set {primary_variable(key)}")
    pause = 1 / LIVE_RATES[key].per_second if pause is None else pause
    auth = target.auth_headers()
    scrubber = Scrubber([*target.credentials.values(), *(v.split(" ", 1)[-1] for v in auth.values())])
    values, _ = known_values(key, target.base_url)
    written: list[Path] = []
    answers: list[tuple[Call, httpx.Response]] = []
    with httpx.Client(base_url=target.base_url, timeout=30) as client:

        def run(call: Call) -> None:
            response = send(client, key, call, auth)
            answers.append((call, response))
            data = corpus_file(key, call, response, scrubber, target.base_url)
            written.append(write(out, call.operation_id, response.status_code, data))
            time.sleep(pause)

        for call in plan(key, ids, context or {}):
            run(call)
        if "getProcessStatusEntityId" in load(key).operations:
            for call in entity_calls(answers, values.get("BOL_KNOWN_ENTITIES", [])):
                run(call)
    return written


def primary_variable(key: str) -> str:
    return next(k.variable for k in known_values_of(key) if k.primary)


def context_from_env(key: str, base_url: str, given: dict[str, str]) -> dict[str, str]:
    """Path parameters besides the id (ActivePlatform's reseller_id) from --param or their variable."""
    values, _ = known_values(key, base_url)
    context = dict(given)
    for known in known_values_of(key):
        if known.primary or known.variable not in values:
            continue
        for piece, names in zip(values[known.variable][0], known.parts, strict=True):
            for name in names:
                location, _, param = name.partition(".")
                if location == "path":
                    context.setdefault(param, piece)
    return context


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("provider", choices=sorted(PROVIDERS))
    parser.add_argument("--ids", default="", help="comma-separated ids of the status operation")
    parser.add_argument("--out", type=Path, help="where the files go (default tests/corpus/<key>/recorded)")
    parser.add_argument("--base-url", help="record from this server (a mock) instead of the live variables")
    parser.add_argument("--token-url", help="bol: where client credentials are exchanged (with --base-url)")
    parser.add_argument("--credential", action="append", default=[], help="name=value, create_client keywords")
    parser.add_argument("--param", action="append", default=[], help="name=value for other path parameters")
    parser.add_argument("--mock", action="store_true", help="start the provider's mock and record its fixtures")
    args = parser.parse_args(argv)
    key: str = args.provider
    out = args.out or ROOT / "tests" / "corpus" / key / "recorded"
    given = dict(pair.split("=", 1) for pair in args.param)
    ids = [i.strip() for i in args.ids.split(",") if i.strip()]
    with ExitStack() as stack:
        pause: float | None = None
        if args.mock:
            from mocks.server import serve  # the mocks are test code, loaded only when asked for
            from targets import mock_credentials

            running = stack.enter_context(serve(key))
            creds = mock_credentials(key, running.mock.creds)
            target = Target(key, running.base_url, creds, running.origin + "/token")
            fixtures = running.admin().get("/fixtures").json()
            ids = ids or fixture_ids(key, fixtures)
            given = {**fixture_context(key, fixtures), **given}
            pause = 0.0
        elif args.base_url:
            creds = dict(pair.split("=", 1) for pair in args.credential)
            names = [c.name for c in security(load(key)).credentials]
            if sorted(creds) != sorted(names):
                parser.error(f"{key}: give --credential for each of {names}")
            target = Target(key, args.base_url.rstrip("/"), creds, args.token_url or args.base_url + "/token")
        else:
            live = live_target(key)
            if live is None:
                parser.error(f"{key}: set {', '.join(live_variables(key))}, or give --base-url or --mock")
            target = live
        if not ids:
            values, _ = known_values(key, target.base_url)
            ids = [item[0] for item in values.get(primary_variable(key), [])]
        try:
            files = record(target, ids, out, context=context_from_env(key, target.base_url, given), pause=pause)
        except RecordError as error:
            parser.error(str(error))
    for path in files:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    print(f"{key}: {len(files)} answers recorded into {out}", file=sys.stderr)
    return 0


def fixture_ids(key: str, fixtures: list[dict[str, Any]]) -> list[str]:
    """The mock's ids of the status operation (what a user's IDS would be on the live API)."""
    spec = load(key)
    op_id = status_operation(spec)
    ids: list[str] = []
    for fixture in fixtures:
        if fixture["operation"] == op_id:
            for name, value in fixture["params"].items():
                if name not in fixture_context(key, fixtures) and str(value) not in ids:
                    ids.append(str(value))
    return ids


def fixture_context(key: str, fixtures: list[dict[str, Any]]) -> dict[str, str]:
    """The mock's other path parameters (ActivePlatform's reseller_id), from its known-value bindings."""
    context: dict[str, str] = {}
    for known in known_values_of(key):
        if known.primary:
            continue
        for names in known.parts:
            location, _, param = names[0].partition(".")
            for fixture in fixtures:
                if location == "path" and param in fixture["params"]:
                    context.setdefault(param, str(fixture["params"][param]))
    return context


if __name__ == "__main__":
    raise SystemExit(main())
