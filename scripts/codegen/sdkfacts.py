"""What an SDK needs to know about its spec beyond what openapi-python-client reads: the media-type
headers of each operation, how to authenticate, the default base URL, example arguments, and the
facts of the waiters, CLI and csv modules. Read from the spec model (specmodel), once, for the
generator's extra modules, the tests and the mocks. The model has checked every fact used here at
load, so nothing below fails on a spec that loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from specmodel import Operation, Parameter, Schema, Spec
from specmodel.checks import JSONISH, array_property, success_schema

_JSONISH = JSONISH


def snake_case(name: str) -> str:
    """The module name openapi-python-client gives an operationId."""
    from openapi_python_client.strings import snake_case as _snake

    return str(_snake(name))


def success_media_types(op: Operation) -> list[str]:
    response = op.success()
    return list(response.content) if response else []


def request_headers(op: Operation) -> dict[str, str]:
    """Headers every call of the operation sends: `Accept` with the first media type of its success
    response (the JSON one where it offers several), and any `x-required-headers` the provider demands."""
    headers: dict[str, str] = {}
    media = success_media_types(op)
    jsonish = [m for m in media if JSONISH.match(m)]
    if jsonish or media:
        headers["Accept"] = (jsonish or media)[0]
    headers.update(op.required_headers)
    return headers


@dataclass(frozen=True)
class Credential:
    name: str  # keyword argument of create_client
    env_suffix: str  # <PREFIX>_<suffix> holds it for live tests and the CLI
    secret: bool


@dataclass(frozen=True)
class Security:
    kind: str  # basic | bearer | header | client_credentials
    credentials: tuple[Credential, ...]
    header: str = "Authorization"
    prefix: str = ""
    token_url: str = ""
    description: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def security(spec: Spec) -> Security:
    """The one security scheme the spec applies globally, as create_client will use it (checked at load)."""
    scheme = spec.security_schemes[spec.security[0]]
    if scheme.type == "http" and scheme.scheme == "basic":
        return Security("basic", (Credential("username", "USERNAME", False), Credential("password", "PASSWORD", True)))
    if scheme.type == "http" and scheme.scheme == "bearer":
        return Security("bearer", (Credential("token", "TOKEN", True),), prefix="Bearer")
    if scheme.type == "apiKey":
        return Security(
            "header",
            (Credential("api_key", "API_KEY", True),),
            header=scheme.header,
            prefix=str(scheme.extensions.get("x-auth-prefix", "")),
        )
    return Security(
        "client_credentials",
        (Credential("client_id", "CLIENT_ID", False), Credential("client_secret", "CLIENT_SECRET", True)),
        token_url=scheme.token_url,
    )


def operation_servers(spec: Spec) -> dict[str, dict[str, str]]:
    """Module name -> {spec server URL: the operation's own server URL}, for operations with path-level
    `servers` (asyncstatus_core.servers.route)."""
    return {
        snake_case(op_id): {top.default_url: own.rstrip("/") for top, own in zip(spec.servers, op.servers, strict=True)}
        for op_id, op in sorted(spec.operations.items())
        if op.servers
    }


def _subscription_facts(spec: Spec, given: Any) -> dict[str, Any] | None:
    """`x-push.subscriptions`: role -> (tag module, operation module), plus the resource to subscribe to."""
    if not isinstance(given, dict):
        return None
    facts: dict[str, Any] = {"resource": str(given.get("resource", ""))}
    for role in ("list", "get", "create", "update", "delete", "test"):
        op = spec.operations[str(given[role])]
        facts[role] = {"tag": snake_case(op.tags[0]), "module": snake_case(op.operation_id)}
    return facts


def _path_params(op: Operation) -> list[Parameter]:
    return [p for p in op.parameters if p.location == "path"]


def _queue_facts(spec: Spec, given: Any) -> dict[str, Any] | None:
    """`x-push.queue` (specs/README.md, "Push"): the operations and pointers of a notification queue the SDK
    drains (`asyncstatus_core.track_queue`). The poll's path parameters are the user's (Realtime Register's
    `customer`); the ack's one other path parameter takes the notification's id. ValueError naming what is wrong."""
    if given is None:
        return None
    where = f"specs/{spec.key}.yaml x-push.queue"

    def operation(role: str) -> Operation:
        op = spec.operations.get(str(given.get(role))) if isinstance(given, dict) else None
        if op is None:
            raise ValueError(f"{where}.{role}: no operation {given.get(role) if isinstance(given, dict) else None!r}")
        return op

    def module(op: Operation) -> dict[str, str]:
        return {"tag": snake_case(op.tags[0]), "module": snake_case(op.operation_id)}

    poll, ack = operation("poll"), operation("ack")
    user = _path_params(poll)
    id_params = [p for p in _path_params(ack) if p.name not in {u.name for u in user}]
    if len(id_params) != 1 or {p.name for p in user} - {p.name for p in _path_params(ack)}:
        raise ValueError(f"{where}.ack: its path parameters must be the poll's and one more (the notification's id)")
    for role in ("notification", "id"):
        if not str(given.get(role, "")).startswith("/"):
            raise ValueError(f"{where}.{role}: a JSON Pointer is required")
    facts: dict[str, Any] = {
        "poll": module(poll),
        "ack": module(ack),
        "notification": str(given["notification"]),
        "id": str(given["id"]),
        "count": str(given["count"]) if given.get("count") else None,
        "id_param": snake_case(id_params[0].name),
        "id_type": python_type(id_params[0].schema),
        "params": [
            {"name": snake_case(p.name), "wire": p.name, "env": p.name.upper(), "description": p.description}
            for p in user
        ],
        "list": None,
    }
    if given.get("list"):
        listing = operation("list")
        query = {str(k): str(v) for k, v in (given.get("list-query") or {}).items()}
        names = {p.name: p for p in listing.parameters}
        limit = names.get(str(given.get("limit")))
        unknown = [k for k in query if k not in names]
        if unknown or limit is None or not str(given.get("items", "")).startswith("/"):
            raise ValueError(
                f"{where}.list: `list-query` names parameters of the list, `limit` its page size, `items` a pointer"
            )
        if {p.name for p in _path_params(listing)} != {p.name for p in user}:
            raise ValueError(f"{where}.list: its path parameters must be the poll's")
        maximum = limit.schema.get("maximum") if limit.schema is not None else None
        facts["list"] = {
            **module(listing),
            "query": {snake_case(k): v for k, v in query.items()},
            "items_at": str(given["items"]),
            "limit": snake_case(limit.name),
            "page": int(maximum) if isinstance(maximum, int) else 100,
        }
    return facts


def push(spec: Spec) -> dict[str, Any] | None:
    """The `x-push` facts of the spec's first webhook that has them (specs/README.md, "Push"), with the module of
    the key-listing operation; None when the provider pushes nothing."""
    for name, item in (spec.doc.data.get("webhooks") or {}).items():
        for method, op in (item or {}).items():
            facts = (op or {}).get("x-push") if isinstance(op, dict) else None
            if not isinstance(facts, dict):
                continue
            keys = facts.get("keys")
            key_op = spec.operations.get(str(keys)) if keys else None
            return {
                "webhook": str(name),
                "signature": str(facts["signature"]),
                "headers": [str(h) for h in facts.get("headers") or ["Signature"]],
                "required": [str(p) for p in facts.get("required") or []],
                "when": {str(k): str(v) for k, v in (facts.get("when") or {}).items()},
                "process": str(facts["process"]),
                "status": [str(p) for p in facts["status"]],
                "statuses": [str(v) for v in facts["statuses"]] if facts.get("statuses") else None,
                "keys_module": snake_case(key_op.operation_id) if key_op else None,
                "keys_tag_module": snake_case(key_op.tags[0]) if key_op else None,
                "method": str(method),
                "subscriptions": _subscription_facts(spec, facts.get("subscriptions")),
                "queue": _queue_facts(spec, facts.get("queue")),
            }
    return None


def default_base_url(spec: Spec) -> str:
    return spec.servers[0].default_url


def example_argument(parameter: Parameter) -> Any:
    """A realistic value for a parameter: its own example, else its schema's (checked at load for the
    required path and query parameters)."""
    return parameter.example


LIFECYCLE_NAMES = {
    "pending": "PENDING",
    "running": "RUNNING",
    "succeeded": "SUCCEEDED",
    "failed": "FAILED",
    "cancelled": "CANCELLED",
    "needs-action": "NEEDS_ACTION",
}


def python_type(schema: Schema | None) -> str:
    """The annotation openapi-python-client gives a parameter of this schema."""
    if schema is None:
        return "str"
    if schema.any_of or schema.one_of:
        return " | ".join(python_type(s) for s in schema.any_of or schema.one_of)
    kind = schema.type
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "string" and schema.format == "uuid":
        return "UUID"
    if kind == "string" and schema.format == "date-time":
        return "datetime.datetime"
    return "str"


def path_rule(parameter: Parameter) -> dict[str, Any]:
    """The facts of a path parameter's schema that `asyncstatus_core.params.PathRule` checks before a request
    (keyword -> value, only those the schema has): its JSON type, pattern, format, bounds, lengths, enum."""
    schema = parameter.schema
    rule: dict[str, Any] = {"name": snake_case(parameter.name), "wire": parameter.name}
    if schema is None:
        return rule
    kinds = [t for t in schema.types if t != "null"]
    if len(kinds) == 1 and kinds[0] != "string":
        rule["type"] = kinds[0]
    for keyword, key in (
        ("pattern", "pattern"),
        ("format", "format"),
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("minLength", "min_length"),
        ("maxLength", "max_length"),
    ):
        value = schema.get(keyword)
        if value is not None:
            rule[key] = value
    if schema.enum:
        rule["enum"] = tuple(schema.enum)
    return rule


def path_rules(spec: Spec) -> dict[str, list[dict[str, Any]]]:
    """Per operation (its module name), the rules of its path parameters, checked before any request."""
    rules = {}
    for op_id, op in sorted(spec.operations.items()):
        found = [path_rule(p) for p in op.parameters if p.location == "path"]
        if found:
            rules[snake_case(op_id)] = found
    return rules


def route(spec: Spec) -> dict[str, Any]:
    """What tells a 404 for a path the server does not route from the provider's "no such process": the
    spec's server URLs, and the members the status operation's documented 404 body requires (None when the
    spec documents no JSON 404 body)."""
    op = spec.status_operation
    members: list[str] | None = None
    response = op.responses.get("404") if op is not None else None
    if response is not None:
        schemas = [m.schema for m in response.content.values() if JSONISH.match(m.media_type) and m.schema]
        if schemas:
            members = sorted(set.intersection(*(set(schema.required) for schema in schemas if schema)))
    return {"servers": [server.url for server in spec.servers], "members": members}


def _params(op: Operation) -> list[dict[str, str]]:
    return [{"name": snake_case(p.name), "wire": p.name, "type": python_type(p.schema)} for p in op.required_inputs]


def _name(schema: Schema | None) -> str:
    assert schema is not None and schema.name is not None  # checked at load (specmodel.checks)
    return schema.name


def waiter(spec: Spec) -> dict[str, Any] | None:
    """What the generated `waiters` module needs, from the operation carrying `x-async-status`."""
    op = spec.status_operation
    if op is None or op.async_status is None:
        return None
    ext = op.async_status
    progress = ext.progress
    facts: dict[str, Any] = {
        "operation_id": op.operation_id,
        "module": snake_case(op.operation_id),
        "tag_module": snake_case(op.tags[0]),
        "model": _name(success_schema(op)),
        "params": _params(op),
        "pointer": list(ext.status),
        "values": {value: LIFECYCLE_NAMES[name] for name in LIFECYCLE_NAMES for value in ext.lifecycle.get(name, ())},
        "not_found": ext.not_found,
        "progress": progress if progress == "steps" else list(progress or ()),
        "succeeded": list(ext.lifecycle.get("succeeded", ())),
        "interval": ext.interval if ext.interval is None or not float(ext.interval).is_integer() else int(ext.interval),
        "not_found_answers": [
            {"status": rule.status, "pointer": list(rule.field), "values": sorted(rule.values)}
            for rule in ext.not_found_answers
        ],
        "bulk": None,
        "type": None if ext.type is None else list(ext.type),
        "started": None if ext.started is None else list(ext.started),
        "finished": None if ext.finished is None else list(ext.finished),
    }
    if ext.bulk is not None:
        bulk = spec.operations[ext.bulk]
        assert bulk.request_body is not None
        body = next(iter(bulk.request_body.content.values())).schema
        assert body is not None
        body_list, item = array_property(body) or ("", body)
        id_field = (item.required or tuple(item.properties))[0]
        answer = success_schema(bulk)
        assert answer is not None
        answer_list, _ = array_property(answer) or ("", answer)
        limit = body.properties[body_list]
        facts["bulk"] = {
            "operation_id": bulk.operation_id,
            "module": snake_case(bulk.operation_id),
            "body_model": _name(body),
            "body_list": snake_case(body_list),
            "item_model": _name(item),
            "id_attr": snake_case(id_field),
            "id_wire": id_field,
            "answer_model": _name(answer),
            "answer_list": snake_case(answer_list),
            "max_items": int(limit.get("maxItems", 100)),
        }
    return facts


CSV_MEDIA_TYPE = "text/csv"


def _column(spec: Spec, model: str, name: str, prop: Schema, required: bool) -> dict[str, Any]:
    """How a CSV cell of one property converts back to its JSON value: the JSON `kind` (`integer`,
    `number`, `boolean`, `string`, or `json` for objects and arrays, written as JSON text), its
    `format`, whether it is `required` and whether it may be `null`."""
    types: list[str] = []
    formats: list[str] = []
    for variant in prop.variants:
        types.extend(variant.types or ("string",))
        if variant.format:
            formats.append(variant.format)
    nullable = "null" in types
    kinds = sorted({t for t in types if t != "null"}) or ["string"]
    if len(kinds) != 1:
        spec.fail(prop.where, f"{model}.{name}: a CSV column needs one JSON type, found {kinds}")
    kind = {"object": "json", "array": "json"}.get(kinds[0], kinds[0])
    if kind not in ("integer", "number", "boolean", "string", "json"):
        spec.fail(prop.where, f"{model}.{name}: JSON type {kinds[0]!r} has no CSV conversion")
    return {
        "name": name,
        "kind": kind,
        "format": formats[0] if formats else "",
        "required": required,
        "nullable": nullable,
    }


def csv_answers(spec: Spec) -> dict[str, Any] | None:
    """What the generated `csv` module needs: the operations whose 200 answer offers `text/csv`, each
    with its required path and query parameters, its item model (the one its JSON answer parses into,
    `many` for a list of them) and its documented error statuses with their JSON models; and, for each
    item model, its columns in property order with how a cell converts (see `_column`). None when no
    operation answers CSV, so the module is not written."""
    found: list[dict[str, Any]] = []
    models: dict[str, list[dict[str, Any]]] = {}
    for op_id, op in sorted(spec.operations.items()):
        ok = op.responses.get("200")
        if ok is None or CSV_MEDIA_TYPE not in ok.content:
            continue
        if op.request_body is not None:
            spec.fail(op.where, f"{op_id}: CSV answers of operations with a request body are not supported")
        jsonish = [m for m in ok.content.values() if JSONISH.match(m.media_type) and m.schema is not None]
        if not jsonish:
            spec.fail(ok.where, f"{op_id}: a CSV answer needs a JSON answer to name its model")
        schema = jsonish[0].schema
        assert schema is not None
        many = schema.type == "array"
        item = schema.items if many else schema
        if item is None or item.name is None or item.type != "object" or not item.properties:
            spec.fail(schema.where, f"{op_id}: the CSV item model must be a $ref to an object with properties")
        assert item is not None and item.name is not None
        required = set(item.required)
        models[item.name] = [_column(spec, item.name, n, p, n in required) for n, p in item.properties.items()]
        errors: dict[int, str] = {}
        for status, response in sorted(op.responses.items()):
            if not status.isdigit() or int(status) < 400:
                continue
            for media in response.content.values():
                if JSONISH.match(media.media_type) and media.schema is not None and media.schema.name:
                    errors[int(status)] = media.schema.name
                    break
        found.append(
            {
                "operation_id": op_id,
                "module": snake_case(op_id),
                "tag_module": snake_case(op.tags[0]),
                "summary": op.summary or op_id,
                "model": item.name,
                "many": many,
                "params": _params(op),
                "errors": errors,
            }
        )
    if not found:
        return None
    error_models = sorted({name for op in found for name in op["errors"].values()})
    return {"media_type": CSV_MEDIA_TYPE, "operations": found, "models": models, "error_models": error_models}


def cli(spec: Spec) -> dict[str, Any] | None:
    """What the generated `python -m <package> wait` command needs: the status operation's last required
    parameter is the ID it takes as arguments; the others (ActivePlatform's reseller_id) become required
    options named after them (`--reseller-id`)."""
    facts = waiter(spec)
    if facts is None or not facts["params"]:
        return None
    *others, ident = facts["params"]
    return {
        "id": {**ident, "metavar": ident["name"].upper()},
        "options": [{**p, "flag": "--" + p["name"].replace("_", "-")} for p in others],
        "bulk": facts["bulk"] is not None,
    }


def paged_listings(spec: Spec) -> list[dict[str, Any]]:
    """The operations that list statuses a page at a time (a `page` integer query parameter, and a success
    answer holding an array of the status operation's model): the generated `pages` module iterates over all
    their pages. bol's getProcessStatusEntityId is the one today."""
    facts = waiter(spec)
    if facts is None:
        return []
    found = []
    for op in spec.operations.values():
        page = next((p for p in op.parameters if p.location == "query" and p.name == "page"), None)
        if page is None or page.schema is None or page.schema.type != "integer":
            continue
        answer = success_schema(op)
        listed = array_property(answer) if answer is not None else None
        if answer is None or listed is None or listed[1].name != facts["model"]:
            continue
        answer_list = listed[0]
        found.append(
            {
                "operation_id": op.operation_id,
                "module": snake_case(op.operation_id),
                "tag_module": snake_case(op.tags[0]),
                "function": "iter_" + snake_case(answer_list),
                "params": [{"name": snake_case(p.name), "type": python_type(p.schema)} for p in op.required_inputs],
                "page": snake_case(page.name),
                "first_page": int(page.schema.get("minimum", 1)),
                "page_size": page.extensions.get("x-page-size"),
                "answer_model": _name(answer),
                "answer_list": snake_case(answer_list),
                "model": facts["model"],
            }
        )
    return found
