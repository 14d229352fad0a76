"""Fidelity of specs/mykaarma.yaml to its sources.

The facts of the seed page (../shared/seeds/mykaarma-get-async-process.txt) and of PROVIDERS.md
are written down below as data; each is checked against the spec in its own parametrized test,
so a missing or wrong fact fails with its name in the test id. Realistic answers must validate
against the response schemas, malformed ones must not.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from specmodel import Operation, Schema, Spec, errors, load

KEY = "mykaarma"
OPERATION_ID = "getAsyncProcess"
JSON = "application/json"


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load(KEY)


# --------------------------------------------------------------------------------------------
# Seed page facts
# --------------------------------------------------------------------------------------------

# schema name -> field -> (JSON type, required). "enum:<Name>" / "ref:<Name>" name a component.
SEED_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "ApiResponse": {
        "errors": ("array", True),
        "warnings": ("array", True),
        "apiRequestId": ("string", True),
    },
    "ApiError": {
        "errorCode": ("integer", False),
        "errorTitle": ("string", False),
        "errorMessage": ("string", False),
    },
    "ApiWarning": {
        "warningCode": ("integer", False),
        "warningTitle": ("string", False),
        "warningMessage": ("string", False),
    },
    "AsyncProcessResponse": {
        "errors": ("array", True),
        "warnings": ("array", True),
        "apiRequestId": ("string", True),
        "uuid": ("string", False),
        "status": ("enum:AsyncProcessStatus", False),
        "asyncTaskType": ("enum:AsyncTaskType", False),
        "name": ("string", False),
        "startTime": ("string", False),
        "endTime": ("string", False),
        "taskDetails": ("string", False),
        "steps": ("array", False),
        "serviceSubscriber": ("ref:ServiceSubscriber", False),
        "business": ("ref:Business", False),
        "requesterUser": ("ref:RequesterUser", False),
    },
    "AsyncProcessStep": {
        "uuid": ("string", False),
        "order": ("integer", False),
        "key": ("string", False),
        "detail": ("string", False),
        "name": ("string", False),
        "startTime": ("string", False),
        "endTime": ("string", False),
        "status": ("enum:AsyncProcessStatus", False),
    },
    "ServiceSubscriber": {
        "name": ("string", False),
        "uuid": ("string", False),
    },
    "Business": {
        "type": ("enum:BusinessType", False),
        "uuid": ("string", False),
        "name": ("string", False),
    },
    "RequesterUser": {
        "type": ("enum:RequesterUserType", False),
        "name": ("string", False),
        "uuid": ("string", False),
    },
}

# Array fields -> component of their items.
ARRAY_ITEMS: dict[tuple[str, str], str] = {
    ("ApiResponse", "errors"): "ApiError",
    ("ApiResponse", "warnings"): "ApiWarning",
    ("AsyncProcessResponse", "errors"): "ApiError",
    ("AsyncProcessResponse", "warnings"): "ApiWarning",
    ("AsyncProcessResponse", "steps"): "AsyncProcessStep",
}

ENUMS: dict[str, tuple[str, ...]] = {
    "AsyncProcessStatus": ("NOT_STARTED", "COMPLETED", "FAILED", "IN_PROGRESS", "NOT_NEEDED"),
    "AsyncTaskType": ("CREATE_DEALER", "UPDATE_DEALER_PRODUCTS"),
    # The seed page truncates these two; the values are from PROVIDERS.md.
    "BusinessType": ("DEALER", "PRODUCT"),
    "RequesterUserType": ("ADMIN_USER", "MYKAARMA_USER", "EXTERNAL_USER"),
}

OPERATION: dict[str, Any] = {
    "operation_id": OPERATION_ID,
    "method": "get",
    "path": "/manage/v2/async-processes/{asyncProcessesUuid}",
    "tag": "async-processes",
    "statuses": ("200", "400", "401", "403", "500"),
    "security_scheme": "basicAuth",
}

# name -> (location, JSON type, required)
PARAMETERS: dict[str, tuple[str, str, bool]] = {
    "asyncProcessesUuid": ("path", "string", True),
}

# status -> (media type, component of the body)
RESPONSES: dict[str, tuple[str, str]] = {
    "200": (JSON, "AsyncProcessResponse"),
    "400": (JSON, "ApiResponse"),
    "401": (JSON, "ApiResponse"),
    "403": (JSON, "ApiResponse"),
    "500": (JSON, "ApiResponse"),
}

# --------------------------------------------------------------------------------------------
# PROVIDERS.md facts
# --------------------------------------------------------------------------------------------

SERVER_URL = "https://api.mykaarma.com"
API_SCOPE = "manage.async.process.read"
API_SCOPE_LEVEL = "ServiceSubscriberScope"
# (schema, field) -> format
INT32_FIELDS: tuple[tuple[str, str], ...] = (
    ("ApiError", "errorCode"),
    ("ApiWarning", "warningCode"),
    ("AsyncProcessStep", "order"),
)
# Fields sent as null while a process or step is not finished.
NULLABLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("AsyncProcessResponse", "startTime"),
    ("AsyncProcessResponse", "endTime"),
    ("AsyncProcessStep", "startTime"),
    ("AsyncProcessStep", "endTime"),
)

X_ASYNC_STATUS: dict[str, Any] = {
    "status": "/status",
    "pending": ["NOT_STARTED"],
    "running": ["IN_PROGRESS"],
    "succeeded": ["COMPLETED", "NOT_NEEDED"],
    "failed": ["FAILED"],
    "progress": "steps",
    "not-found": "error",
}
STATUS_LISTS = ("pending", "running", "succeeded", "failed", "cancelled", "needs-action")


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def component(spec: Spec, name: str) -> Schema:
    assert name in spec.schemas, f"components/schemas/{name} is missing"
    return spec.schemas[name]


def flatten(schema: Schema) -> tuple[dict[str, Schema], set[str]]:
    """Properties and required names of an object schema, with allOf parts merged."""
    props: dict[str, Schema] = dict(schema.properties)
    required: set[str] = set(schema.required)
    for part in schema.all_of:
        sub_props, sub_required = flatten(part)
        props.update(sub_props)
        required |= sub_required
    return props, required


def ref_name(schema: Schema | None) -> str | None:
    """The component a property refers to, directly or through anyOf [ref, null]."""
    if schema is None:
        return None
    if schema.name is not None:
        return schema.name
    return next((alt.name for alt in schema.any_of if alt.name is not None), None)


def operation(spec: Spec) -> Operation:
    assert OPERATION_ID in spec.operations, f"operation {OPERATION_ID} is missing"
    return spec.operations[OPERATION_ID]


# --------------------------------------------------------------------------------------------
# Seed page: schemas, fields, enums
# --------------------------------------------------------------------------------------------

FIELD_CASES = [
    pytest.param(schema, field, kind, req, id=f"{schema}.{field}")
    for schema, fields in SEED_FIELDS.items()
    for field, (kind, req) in fields.items()
]


@pytest.mark.parametrize(("schema_name", "field", "kind", "required"), FIELD_CASES)
def test_field_type_and_required(spec: Spec, schema_name: str, field: str, kind: str, required: bool) -> None:
    props, required_names = flatten(component(spec, schema_name))
    assert field in props, f"{schema_name}.{field} is missing"
    node = props[field]
    if kind.startswith(("enum:", "ref:")):
        target = kind.split(":", 1)[1]
        assert ref_name(node) == target, f"{schema_name}.{field} must reference {target}"
        if kind.startswith("enum:"):
            assert component(spec, target).enum is not None, f"{target} must be an enum"
    else:
        assert kind in node.types, f"{schema_name}.{field} must be of type {kind}"
    assert (field in required_names) is required, (
        f"{schema_name}.{field} must be {'required' if required else 'optional'}"
    )


@pytest.mark.parametrize("schema_name", list(SEED_FIELDS))
def test_no_invented_fields(spec: Spec, schema_name: str) -> None:
    props, _ = flatten(component(spec, schema_name))
    extra = set(props) - set(SEED_FIELDS[schema_name])
    assert not extra, f"{schema_name} has fields not on the seed page: {sorted(extra)}"


@pytest.mark.parametrize("schema_name", list(SEED_FIELDS))
def test_response_schemas_stay_open(spec: Spec, schema_name: str) -> None:
    assert component(spec, schema_name).get("additionalProperties") is not False


@pytest.mark.parametrize(
    ("schema_name", "field", "items"),
    [pytest.param(s, f, i, id=f"{s}.{f}[]") for (s, f), i in ARRAY_ITEMS.items()],
)
def test_array_items(spec: Spec, schema_name: str, field: str, items: str) -> None:
    props, _ = flatten(component(spec, schema_name))
    assert ref_name(props[field].items) == items, f"{schema_name}.{field}[] must be {items}"


@pytest.mark.parametrize(("enum_name", "values"), list(ENUMS.items()), ids=list(ENUMS))
def test_enum_values(spec: Spec, enum_name: str, values: tuple[str, ...]) -> None:
    node = component(spec, enum_name)
    assert node.types == ("string",), f"{enum_name} must be a string enum"
    assert node.enum == values, f"{enum_name} values differ from the sources"


def test_step_status_reuses_process_status_enum(spec: Spec) -> None:
    step, _ = flatten(component(spec, "AsyncProcessStep"))
    process, _ = flatten(component(spec, "AsyncProcessResponse"))
    assert ref_name(step["status"]) == ref_name(process["status"]) == "AsyncProcessStatus"


# --------------------------------------------------------------------------------------------
# Seed page: the operation
# --------------------------------------------------------------------------------------------


def test_operation_method_path_tag(spec: Spec) -> None:
    op = operation(spec)
    assert op.method == OPERATION["method"]
    assert op.path == OPERATION["path"]
    assert op.tags == (OPERATION["tag"],)
    assert OPERATION["tag"] in spec.tags


def test_operation_status_codes(spec: Spec) -> None:
    assert tuple(sorted(operation(spec).responses)) == OPERATION["statuses"]


@pytest.mark.parametrize(("name", "fact"), list(PARAMETERS.items()), ids=list(PARAMETERS))
def test_parameters(spec: Spec, name: str, fact: tuple[str, str, bool]) -> None:
    location, kind, required = fact
    params = {p.name: p for p in operation(spec).parameters}
    assert name in params, f"parameter {name} is missing"
    param = params[name]
    assert param.location == location, f"{name} must be in {location}"
    assert param.required is required, f"{name}: required must be {required}"
    assert param.schema is not None and kind in param.schema.types, f"{name} must be {kind}"


def test_no_undocumented_parameters(spec: Spec) -> None:
    names = {p.name for p in operation(spec).parameters}
    assert names == set(PARAMETERS)


def test_no_request_body(spec: Spec) -> None:
    assert operation(spec).request_body is None


@pytest.mark.parametrize(("status", "fact"), list(RESPONSES.items()), ids=list(RESPONSES))
def test_response_media_type_and_schema(spec: Spec, status: str, fact: tuple[str, str]) -> None:
    media_type, body = fact
    response = operation(spec).responses[status]
    assert list(response.content) == [media_type], f"{status} must be {media_type} only"
    assert ref_name(response.content[media_type].schema) == body, f"{status} body must be {body}"
    assert response.content[media_type].examples, f"{status} needs an example"


def test_security_scheme(spec: Spec) -> None:
    name = OPERATION["security_scheme"]
    scheme = spec.security_schemes[name]
    assert scheme.type == "http"
    assert scheme.scheme == "basic"
    assert spec.security == (name,)
    assert "ServiceSubscriber" in scheme.description


# --------------------------------------------------------------------------------------------
# PROVIDERS.md facts
# --------------------------------------------------------------------------------------------


def test_server(spec: Spec) -> None:
    assert [s.url for s in spec.servers] == [SERVER_URL]


def test_api_scope_documented(spec: Spec) -> None:
    op = operation(spec)
    assert API_SCOPE in op.description
    assert API_SCOPE_LEVEL in op.description
    assert op.extensions.get("x-api-scope") == {"scope": API_SCOPE, "level": API_SCOPE_LEVEL}
    assert API_SCOPE in op.responses["403"].description


def test_path_discrepancy_is_described(spec: Spec) -> None:
    description = operation(spec).description
    assert "/v2/async-processes/:asyncProcessesUuid" in description
    assert "/manage/v2/" in description


@pytest.mark.parametrize(("schema_name", "field"), [pytest.param(s, f, id=f"{s}.{f}") for s, f in INT32_FIELDS])
def test_int32_formats(spec: Spec, schema_name: str, field: str) -> None:
    props, _ = flatten(component(spec, schema_name))
    assert props[field].format == "int32", f"{schema_name}.{field} must be int32"


@pytest.mark.parametrize(("schema_name", "field"), [pytest.param(s, f, id=f"{s}.{f}") for s, f in NULLABLE_FIELDS])
def test_unfinished_times_are_nullable(spec: Spec, schema_name: str, field: str) -> None:
    props, _ = flatten(component(spec, schema_name))
    assert "null" in props[field].types, f"{schema_name}.{field} must allow null"


@pytest.mark.parametrize("status", list(RESPONSES))
def test_every_body_carries_the_envelope(spec: Spec, status: str) -> None:
    _, required = flatten(operation(spec).response_schema(status, JSON))
    assert {"errors", "warnings", "apiRequestId"} <= required


def test_external_docs(spec: Spec) -> None:
    assert spec.version.startswith("2.")
    assert spec.docs_url.startswith("https://docs.mykaarma.com/")
    assert operation(spec).docs_url.startswith("https://docs.mykaarma.com/")


# --------------------------------------------------------------------------------------------
# x-async-status
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "value"), list(X_ASYNC_STATUS.items()), ids=list(X_ASYNC_STATUS))
def test_x_async_status(spec: Spec, key: str, value: Any) -> None:
    ext = operation(spec).extensions["x-async-status"]
    assert ext.get(key) == value, f"x-async-status.{key} must be {value!r}"


def test_every_status_in_exactly_one_list(spec: Spec) -> None:
    ext = operation(spec).extensions["x-async-status"]
    for value in ENUMS["AsyncProcessStatus"]:
        lists = [name for name in STATUS_LISTS if value in ext.get(name, [])]
        assert len(lists) == 1, f"{value} appears in {lists or 'no list'}"
    listed = {v for name in STATUS_LISTS for v in ext.get(name, [])}
    assert listed <= set(ENUMS["AsyncProcessStatus"]), f"unknown values listed: {listed}"


# --------------------------------------------------------------------------------------------
# Examples and realistic answers
# --------------------------------------------------------------------------------------------


def test_spec_examples_validate(spec: Spec) -> None:
    found = list(spec.examples())
    assert found, "the spec has no examples"
    for example in found:
        assert errors(spec, example.schema, example.value) == [], example.where


RUNNING: dict[str, Any] = {
    "errors": [],
    "warnings": [],
    "apiRequestId": "0b3e7c1a-5f2d-4e8b-9a6c-1d4f7e0a3b52",
    "uuid": "f2a6c9e1-3b7d-4a0f-8e5c-6d1b4a9f2e37",
    "status": "IN_PROGRESS",
    "asyncTaskType": "CREATE_DEALER",
    "name": "Create dealer Harbor Ford",
    "startTime": "2024-06-03T08:15:00Z",
    "endTime": None,
    "taskDetails": '{"dealerName":"Harbor Ford"}',
    "steps": [
        {
            "uuid": "a1d4e7b0-2c5f-4b8e-9d1a-3f6c9e2b5a84",
            "order": 1,
            "key": "CREATE_DEALER_RECORD",
            "detail": "Dealer record created",
            "name": "Create dealer record",
            "startTime": "2024-06-03T08:15:00Z",
            "endTime": "2024-06-03T08:15:02Z",
            "status": "COMPLETED",
        },
        {
            "uuid": "c7f0b3e6-9a2d-4c5f-8b1e-4d7a0c3f6b29",
            "order": 2,
            "key": "ASSIGN_PRODUCTS",
            "name": "Assign products",
            "status": "NOT_STARTED",
        },
    ],
    "serviceSubscriber": {"name": "Harbor Integrations", "uuid": "d5b8e1a4-7c0f-4e3b-a6d9-2f5c8b1e4a70"},
    "business": {"type": "DEALER", "uuid": "e9c2f5b8-1d4a-4f7c-b0e3-6a9d2c5f8b13", "name": "Harbor Ford"},
    "requesterUser": {
        "type": "MYKAARMA_USER",
        "name": "Sam Okafor",
        "uuid": "b4e7a0d3-6f9c-4b2e-8d5a-1c4f7b0e3a96",
    },
}

VALID_200: dict[str, dict[str, Any]] = {
    "running": RUNNING,
    "not-needed": {
        **RUNNING,
        "status": "NOT_NEEDED",
        "asyncTaskType": "UPDATE_DEALER_PRODUCTS",
        "endTime": "2024-06-03T08:15:01Z",
        "business": {"type": "PRODUCT", "uuid": "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "name": "Service"},
        "steps": [],
    },
    "failed-with-warning": {
        **RUNNING,
        "status": "FAILED",
        "warnings": [{"warningCode": 12, "warningTitle": "Partial", "warningMessage": "Step 2 skipped"}],
    },
    "envelope-only": {"errors": [], "warnings": [], "apiRequestId": "5e8b1d4a-7f0c-4e3b-9a6d-2c5f8b1e4a07"},
    "extra-field-kept": {**RUNNING, "percentComplete": 50},
    # Another myKaarma API sends space-separated local times (tests/corpus/mykaarma/SOURCES.md S7).
    "space-separated-times": {**RUNNING, "startTime": "2025-02-14 08:00:03", "endTime": "2025-02-14 08:00:41"},
}

ERROR_BODY: dict[str, Any] = {
    "errors": [{"errorCode": 403, "errorTitle": "Forbidden", "errorMessage": "Scope missing"}],
    "warnings": [],
    "apiRequestId": "8a1d4e7b-0c3f-4a6d-9b2e-5f8c1a4d7e60",
}
VALID_ERRORS: dict[str, dict[str, Any]] = {
    status: {**ERROR_BODY, "errors": [{**ERROR_BODY["errors"][0], "errorCode": int(status)}]}
    for status in ("400", "401", "403", "500")
}


def broken(base: dict[str, Any], path: tuple[str | int, ...], value: Any = ...) -> dict[str, Any]:
    """A deep copy of `base` with the node at `path` replaced by `value` (or removed when `...`)."""
    result = copy.deepcopy(base)
    node: Any = result
    for part in path[:-1]:
        node = node[part]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return result


INVALID_200: dict[str, dict[str, Any]] = {
    "missing-errors": broken(RUNNING, ("errors",)),
    "missing-warnings": broken(RUNNING, ("warnings",)),
    "missing-apiRequestId": broken(RUNNING, ("apiRequestId",)),
    "errors-null": broken(RUNNING, ("errors",), None),
    "unknown-status": broken(RUNNING, ("status",), "CANCELLED"),
    "unknown-task-type": broken(RUNNING, ("asyncTaskType",), "DELETE_DEALER"),
    "unknown-step-status": broken(RUNNING, ("steps", 0, "status"), "DONE"),
    "unknown-business-type": broken(RUNNING, ("business", "type"), "DEALER_GROUP"),
    "unknown-requester-type": broken(RUNNING, ("requesterUser", "type"), "API_USER"),
    "order-as-string": broken(RUNNING, ("steps", 0, "order"), "1"),
    "order-fractional": broken(RUNNING, ("steps", 0, "order"), 1.5),
    "startTime-as-epoch": broken(RUNNING, ("startTime",), 1717402500),
    "step-endTime-as-epoch": broken(RUNNING, ("steps", 0, "endTime"), 1717402502),
    "steps-not-array": broken(RUNNING, ("steps",), {"order": 1}),
    "uuid-as-number": broken(RUNNING, ("uuid",), 42),
    "business-as-string": broken(RUNNING, ("business",), "DEALER"),
    "taskDetails-as-object": broken(RUNNING, ("taskDetails",), {"dealerName": "Harbor Ford"}),
}

INVALID_ERRORS: dict[str, dict[str, Any]] = {
    "missing-apiRequestId": broken(ERROR_BODY, ("apiRequestId",)),
    "missing-warnings": broken(ERROR_BODY, ("warnings",)),
    "errorCode-as-string": broken(ERROR_BODY, ("errors", 0, "errorCode"), "403"),
    "errors-as-object": broken(ERROR_BODY, ("errors",), {"errorCode": 403}),
    "warningCode-as-string": broken(ERROR_BODY, ("warnings",), [{"warningCode": "W1"}]),
}


@pytest.mark.parametrize("name", list(VALID_200))
def test_valid_success_answers(spec: Spec, name: str) -> None:
    schema = operation(spec).response_schema("200", JSON)
    assert errors(spec, schema, VALID_200[name]) == []


@pytest.mark.parametrize("status", list(VALID_ERRORS))
def test_valid_error_answers(spec: Spec, status: str) -> None:
    schema = operation(spec).response_schema(status, JSON)
    assert errors(spec, schema, VALID_ERRORS[status]) == []


@pytest.mark.parametrize("name", list(INVALID_200))
def test_malformed_success_answers_rejected(spec: Spec, name: str) -> None:
    schema = operation(spec).response_schema("200", JSON)
    assert errors(spec, schema, INVALID_200[name]) != [], f"{name} must not validate"


@pytest.mark.parametrize("status", list(VALID_ERRORS))
@pytest.mark.parametrize("name", list(INVALID_ERRORS))
def test_malformed_error_answers_rejected(spec: Spec, status: str, name: str) -> None:
    schema = operation(spec).response_schema(status, JSON)
    assert errors(spec, schema, INVALID_ERRORS[name]) != [], f"{name} must not validate as {status}"


# --------------------------------------------------------------------------------------------
# Evidence beyond the seed (tests/corpus/mykaarma/SOURCES.md)
# --------------------------------------------------------------------------------------------

ERROR_STATUSES = ("400", "401", "403", "500")


def error_examples(spec: Spec, status: str) -> list[dict[str, Any]]:
    media = operation(spec).responses[status].content[JSON]
    return list(media.examples.values())


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_error_examples_use_mykaarma_codes(spec: Spec, status: str) -> None:
    """myKaarma error codes are its own 6-digit numbers with UPPER_SNAKE titles (S3, S4), not HTTP statuses."""
    for value in error_examples(spec, status):
        for error in value["errors"]:
            assert error["errorCode"] >= 100000, f"{status}: errorCode {error['errorCode']} is not a myKaarma code"
            assert error["errorTitle"].replace("_", "").isalpha() and error["errorTitle"].isupper()


def test_forbidden_example_names_the_api_scope(spec: Spec) -> None:
    """A missing scope is recorded as a JSON 403 saying the ApiScope does not exist (S6)."""
    messages = [e["errorMessage"] for v in error_examples(spec, "403") for e in v["errors"]]
    assert any("ApiScope" in m for m in messages)


@pytest.mark.parametrize(("schema_name", "field"), [pytest.param(s, f, id=f"{s}.{f}") for s, f in NULLABLE_FIELDS])
def test_times_assert_no_date_time_format(spec: Spec, schema_name: str, field: str) -> None:
    """No real value of these times is public, and another myKaarma API sends `yyyy-MM-dd HH:mm:ss` (S7)."""
    props, _ = flatten(component(spec, schema_name))
    assert "format" not in props[field]


@pytest.mark.parametrize("fact", ["Spring Boot", "WWW-Authenticate", "Retry-After", "login page", "400"])
def test_answers_outside_the_contract_are_described(spec: Spec, fact: str) -> None:
    """Framework and gateway answers (S5, S6, S9-S11) are named in the operation's description."""
    assert fact in operation(spec).description
