"""What an SDK needs to know about its spec beyond what openapi-python-client reads: the media-type
headers of each operation, how to authenticate, the default base URL, and example arguments.
Derived here from the spec, once, for the generator's extra modules, the tests and the mocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spectools import Operation, SpecError, operations, resolve

_JSONISH = re.compile(r"^application/([\w.+-]+\+)?json$")


def snake_case(name: str) -> str:
    """The module name openapi-python-client gives an operationId."""
    from openapi_python_client.strings import snake_case as _snake

    return str(_snake(name))


def success_media_types(spec: dict[str, Any], op: Operation) -> list[str]:
    for status, response in sorted(op.node.get("responses", {}).items()):
        if status.startswith("2"):
            return list(resolve(spec, response).get("content", {}))
    return []


def request_headers(spec: dict[str, Any], op: Operation) -> dict[str, str]:
    """Headers every call of the operation sends: `Accept` with the first media type of its success
    response (the JSON one where it offers several), and any `x-required-headers` the provider demands."""
    headers: dict[str, str] = {}
    media = success_media_types(spec, op)
    jsonish = [m for m in media if _JSONISH.match(m)]
    if jsonish or media:
        headers["Accept"] = (jsonish or media)[0]
    extra = op.node.get("x-required-headers", {})
    if not isinstance(extra, dict) or not all(isinstance(v, str) for v in extra.values()):
        raise SpecError(f"{op.operation_id}: x-required-headers must map header names to strings")
    headers.update(extra)
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


def security(spec: dict[str, Any]) -> Security:
    """The one security scheme the spec applies globally, as create_client will use it."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    applied = [name for requirement in spec.get("security", []) for name in requirement]
    if len(applied) != 1 or applied[0] not in schemes:
        raise SpecError(f"expected exactly one global security scheme, found {applied}")
    scheme = resolve(spec, schemes[applied[0]])
    kind = scheme.get("type")
    if kind == "http" and scheme.get("scheme", "").lower() == "basic":
        return Security("basic", (Credential("username", "USERNAME", False), Credential("password", "PASSWORD", True)))
    if kind == "http" and scheme.get("scheme", "").lower() == "bearer":
        return Security("bearer", (Credential("token", "TOKEN", True),), prefix="Bearer")
    if kind == "apiKey" and scheme.get("in") == "header":
        return Security(
            "header",
            (Credential("api_key", "API_KEY", True),),
            header=scheme["name"],
            prefix=str(scheme.get("x-auth-prefix", "")),
        )
    if kind == "oauth2" and "clientCredentials" in scheme.get("flows", {}):
        return Security(
            "client_credentials",
            (Credential("client_id", "CLIENT_ID", False), Credential("client_secret", "CLIENT_SECRET", True)),
            token_url=scheme["flows"]["clientCredentials"]["tokenUrl"],
        )
    raise SpecError(f"security scheme {applied[0]!r} ({kind}) is not supported by create_client")


def default_base_url(spec: dict[str, Any]) -> str:
    server = spec["servers"][0]
    url: str = server["url"]
    for name, variable in server.get("variables", {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url.rstrip("/")


def example_argument(spec: dict[str, Any], parameter: dict[str, Any]) -> Any:
    """A realistic value for a parameter: its own example, else its schema's."""
    if "example" in parameter:
        return parameter["example"]
    for ex in parameter.get("examples", {}).values():
        ex = resolve(spec, ex)
        if "value" in ex:
            return ex["value"]
    schema = resolve(spec, parameter.get("schema", {}))
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema:
        return schema["default"]
    raise SpecError(f"parameter {parameter['name']!r} has no example")


def all_operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return operations(spec)


LIFECYCLE_NAMES = {
    "pending": "PENDING",
    "running": "RUNNING",
    "succeeded": "SUCCEEDED",
    "failed": "FAILED",
    "cancelled": "CANCELLED",
    "needs-action": "NEEDS_ACTION",
}


def python_type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """The annotation openapi-python-client gives a parameter of this schema."""
    schema = resolve(spec, schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(python_type(spec, s) for s in schema[key])
    kind = schema.get("type")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "string" and schema.get("format") == "uuid":
        return "UUID"
    if kind == "string" and schema.get("format") == "date-time":
        return "datetime.datetime"
    return "str"


def _schema_name(ref_holder: dict[str, Any]) -> str:
    ref = ref_holder.get("$ref", "")
    if not ref.startswith("#/components/schemas/"):
        raise SpecError(f"expected a $ref to a component schema, got {ref_holder}")
    return str(ref.rsplit("/", 1)[-1])


def _success_schema(spec: dict[str, Any], op: Operation) -> dict[str, Any]:
    """The schema of the success answer; of alternatives (`anyOf`), the first: the full answer."""
    for status, response in sorted(op.node.get("responses", {}).items()):
        if status.startswith("2"):
            content = resolve(spec, response).get("content", {})
            schema = dict(next(iter(content.values()))["schema"])
            return dict(schema["anyOf"][0]) if "anyOf" in schema else schema
    raise SpecError(f"{op.operation_id}: no success response")


def _array_property(spec: dict[str, Any], schema_name: str) -> tuple[str, dict[str, Any]]:
    schema = resolve(spec, spec["components"]["schemas"][schema_name])
    for name, prop in schema.get("properties", {}).items():
        if resolve(spec, prop).get("type") == "array":
            return name, resolve(spec, prop)["items"]
    raise SpecError(f"{schema_name}: no array property")


def waiter(spec: dict[str, Any]) -> dict[str, Any] | None:
    """What the generated `waiters` module needs, from the operation carrying `x-async-status`."""
    found = [op for op in operations(spec).values() if "x-async-status" in op.node]
    if not found:
        return None
    op = found[0]
    ext = op.node["x-async-status"]
    params = [
        {"name": snake_case(p["name"]), "wire": p["name"], "type": python_type(spec, p["schema"])}
        for p in op.parameters(spec)
        if p.get("required") and p["in"] in ("path", "query")
    ]
    values = {str(value): LIFECYCLE_NAMES[name] for name in LIFECYCLE_NAMES for value in ext.get(name, [])}
    progress = ext.get("progress")
    facts: dict[str, Any] = {
        "operation_id": op.operation_id,
        "module": snake_case(op.operation_id),
        "tag_module": snake_case(op.node["tags"][0]),
        "model": _schema_name(_success_schema(spec, op)),
        "params": params,
        "pointer": [p for p in ext["status"].split("/") if p],
        "values": values,
        "not_found": ext.get("not-found", "error"),
        "progress": progress if progress == "steps" else [p for p in str(progress or "").split("/") if p],
        "succeeded": [str(v) for v in ext.get("succeeded", [])],
        "interval": ext.get("interval"),
        "not_found_answers": [
            {
                "status": int(rule["status"]),
                "pointer": [p for p in str(rule["field"]).split("/") if p],
                "values": sorted(str(v) for v in rule["values"]),
            }
            for rule in ext.get("not-found-answers", [])
        ],
        "bulk": None,
    }
    if "bulk" in ext:
        bulk = operations(spec)[ext["bulk"]]
        body_ref = next(iter(resolve(spec, bulk.node["requestBody"])["content"].values()))["schema"]
        body_model = _schema_name(body_ref)
        body_list, item_ref = _array_property(spec, body_model)
        item_model = _schema_name(item_ref)
        item_schema = resolve(spec, spec["components"]["schemas"][item_model])
        id_field = (item_schema.get("required") or list(item_schema["properties"]))[0]
        answer_model = _schema_name(_success_schema(spec, bulk))
        answer_list, answer_item = _array_property(spec, answer_model)
        if _schema_name(answer_item) != facts["model"]:
            raise SpecError(f"{bulk.operation_id}: its items must be {facts['model']}")
        limit = resolve(spec, resolve(spec, spec["components"]["schemas"][body_model])["properties"][body_list])
        facts["bulk"] = {
            "operation_id": bulk.operation_id,
            "module": snake_case(bulk.operation_id),
            "body_model": body_model,
            "body_list": snake_case(body_list),
            "item_model": item_model,
            "id_attr": snake_case(id_field),
            "id_wire": id_field,
            "answer_model": answer_model,
            "answer_list": snake_case(answer_list),
            "max_items": int(limit.get("maxItems", 100)),
        }
    return facts


CSV_MEDIA_TYPE = "text/csv"


def _column(spec: dict[str, Any], model: str, name: str, prop: dict[str, Any], required: bool) -> dict[str, Any]:
    """How a CSV cell of one property converts back to its JSON value: the JSON `kind` (`integer`,
    `number`, `boolean`, `string`, or `json` for objects and arrays, written as JSON text), its
    `format`, whether it is `required` and whether it may be `null`."""
    schema = resolve(spec, prop)
    variants = [resolve(spec, s) for s in schema.get("anyOf", schema.get("oneOf", []))] or [schema]
    types: list[str] = []
    formats: list[str] = []
    for variant in variants:
        declared = variant.get("type", "string")
        types.extend(declared if isinstance(declared, list) else [declared])
        if "format" in variant:
            formats.append(str(variant["format"]))
    nullable = "null" in types
    kinds = sorted({t for t in types if t != "null"}) or ["string"]
    if len(kinds) != 1:
        raise SpecError(f"{model}.{name}: a CSV column needs one JSON type, found {kinds}")
    kind = {"object": "json", "array": "json"}.get(kinds[0], kinds[0])
    if kind not in ("integer", "number", "boolean", "string", "json"):
        raise SpecError(f"{model}.{name}: JSON type {kinds[0]!r} has no CSV conversion")
    return {
        "name": name,
        "kind": kind,
        "format": formats[0] if formats else "",
        "required": required,
        "nullable": nullable,
    }


def csv_answers(spec: dict[str, Any]) -> dict[str, Any] | None:
    """What the generated `csv` module needs: the operations whose 200 answer offers `text/csv`, each
    with its required path and query parameters, its item model (the one its JSON answer parses into,
    `many` for a list of them) and its documented error statuses with their JSON models; and, for each
    item model, its columns in property order with how a cell converts (see `_column`). None when no
    operation answers CSV, so the module is not written."""
    found: list[dict[str, Any]] = []
    models: dict[str, list[dict[str, Any]]] = {}
    for op_id, op in sorted(operations(spec).items()):
        responses = op.node.get("responses", {})
        content = resolve(spec, responses.get("200", {})).get("content", {})
        if CSV_MEDIA_TYPE not in content:
            continue
        if "requestBody" in op.node:
            raise SpecError(f"{op_id}: CSV answers of operations with a request body are not supported")
        jsonish = [m for m in content if _JSONISH.match(m)]
        if not jsonish:
            raise SpecError(f"{op_id}: a CSV answer needs a JSON answer to name its model")
        schema = content[jsonish[0]]["schema"]
        target = resolve(spec, schema)
        many = target.get("type") == "array"
        model = _schema_name(target["items"] if many else schema)
        item = resolve(spec, spec["components"]["schemas"][model])
        if item.get("type") != "object" or not item.get("properties"):
            raise SpecError(f"{op_id}: the CSV item model {model} must be an object with properties")
        required = set(item.get("required", []))
        models[model] = [_column(spec, model, n, p, n in required) for n, p in item["properties"].items()]
        errors: dict[int, str] = {}
        for status, response in sorted(responses.items()):
            if not status.isdigit() or int(status) < 400:
                continue
            for media, body in resolve(spec, response).get("content", {}).items():
                if _JSONISH.match(media) and "$ref" in body.get("schema", {}):
                    errors[int(status)] = _schema_name(body["schema"])
                    break
        found.append(
            {
                "operation_id": op_id,
                "module": snake_case(op_id),
                "tag_module": snake_case(op.node["tags"][0]),
                "summary": op.node.get("summary", op_id),
                "model": model,
                "many": many,
                "params": [
                    {"name": snake_case(p["name"]), "wire": p["name"], "type": python_type(spec, p["schema"])}
                    for p in op.parameters(spec)
                    if p.get("required") and p["in"] in ("path", "query")
                ],
                "errors": errors,
            }
        )
    if not found:
        return None
    error_models = sorted({name for op in found for name in op["errors"].values()})
    return {"media_type": CSV_MEDIA_TYPE, "operations": found, "models": models, "error_models": error_models}


def cli(spec: dict[str, Any]) -> dict[str, Any] | None:
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


def paged_listings(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations that list statuses a page at a time (a `page` integer query parameter, and a success
    answer holding an array of the status operation's model): the generated `pages` module iterates over all
    their pages. bol's getProcessStatusEntityId is the one today."""
    facts = waiter(spec)
    if facts is None:
        return []
    found = []
    for op in operations(spec).values():
        params = op.parameters(spec)
        page = next((p for p in params if p["in"] == "query" and p["name"] == "page"), None)
        if page is None or resolve(spec, page.get("schema", {})).get("type") != "integer":
            continue
        answer_model = _schema_name(_success_schema(spec, op))
        answer_list, item = _array_property(spec, answer_model)
        if _schema_name(item) != facts["model"]:
            continue
        found.append(
            {
                "operation_id": op.operation_id,
                "module": snake_case(op.operation_id),
                "tag_module": snake_case(op.node["tags"][0]),
                "function": "iter_" + snake_case(answer_list),
                "params": [
                    {"name": snake_case(p["name"]), "type": python_type(spec, p["schema"])}
                    for p in params
                    if p.get("required") and p["in"] in ("path", "query")
                ],
                "page": snake_case(page["name"]),
                "first_page": int(resolve(spec, page["schema"]).get("minimum", 1)),
                "page_size": page.get("x-page-size"),
                "answer_model": answer_model,
                "answer_list": snake_case(answer_list),
                "model": facts["model"],
            }
        )
    return found
