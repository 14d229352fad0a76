"""Fidelity of specs/booster.yaml to its sources.

The facts of the seed page (../shared/seeds/booster-get-tasks.txt, the service's ServiceStack
metadata page for GetTask) and of PROVIDERS.md (booster section: GetTaskDetail, formats, auth,
errors) are written down below as data; each is checked against the spec on its own, so a
missing or wrong fact fails with its name in the test id. Then realistic answers must validate
against the response schemas and malformed ones must not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from specmodel import Example, Operation, Parameter, Schema, Spec, errors, load

KEY = "booster"
SPEC: Spec = load(KEY)
JSON = "application/json"
CSV = "text/csv"
JSONL = "text/jsonl"

# --------------------------------------------------------------------------------------------
# Facts, as data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    json_type: str
    required: bool
    nullable: bool = False
    fmt: str | None = None
    ref: str | None = None


# Task, as the metadata pages describe it (seed page DTO + PROVIDERS.md required flags).
TASK_FIELDS: dict[str, Field] = {
    "asyncTaskId": Field("string", required=True),
    "type": Field("string", required=True),
    "requestDate": Field("string", required=True),
    "status": Field("string", required=True, ref="#/components/schemas/TaskStatus"),
    "percentage": Field("integer", required=True, fmt="int32"),
    "brand": Field("string", required=True),
    "downloadUrl": Field("string", required=False, nullable=True),
    "signedDownloadUrl": Field("string", required=False, nullable=True),
    "totalResults": Field("integer", required=False, nullable=True, fmt="int32"),
    "totalSucceeded": Field("integer", required=False, nullable=True, fmt="int32"),
    "totalFailed": Field("integer", required=False, nullable=True, fmt="int32"),
}

# ServiceStack's error body (PROVIDERS.md; ServiceStack's ResponseStatus / ResponseError DTOs).
# Evidence (tests/corpus/booster/SOURCES.md S3, S11): PROVIDERS.md was wrong that `errors` is always
# present: ResponseStatus.Errors is declared nullable, nulls are left out of the JSON, and an
# HttpError written without a response DTO yields a ResponseStatus without it.
ERROR_SCHEMAS: dict[str, dict[str, Field]] = {
    "ErrorResponse": {
        "responseStatus": Field("object", required=True, ref="#/components/schemas/ResponseStatus"),
    },
    "ResponseStatus": {
        "errorCode": Field("string", required=True),
        "message": Field("string", required=True),
        "stackTrace": Field("string", required=False),
        "errors": Field("array", required=False),
        "meta": Field("object", required=False),
    },
    "ResponseError": {
        "errorCode": Field("string", required=True),
        "fieldName": Field("string", required=True),
        "message": Field("string", required=True),
        "meta": Field("object", required=False),
    },
}

ENUMS: dict[str, tuple[str, ...]] = {
    # "e.g 'REQ', 'INP', 'COM', 'ERR'": the documented set, nothing added.
    "TaskStatus": ("REQ", "INP", "COM", "ERR"),
    # ServiceStack formats verified for this host (csv: seed page; jsonl: the host's jsonl metadata page).
    "Format": ("json", "csv", "jsonl"),
}

# Fields the docs describe with "e.g." that must stay free strings.
FREE_STRINGS = ("type", "brand", "requestDate")


@dataclass(frozen=True)
class Param:
    location: str
    json_type: str
    required: bool
    fmt: str | None = None


@dataclass(frozen=True)
class OperationFacts:
    method: str
    path: str
    service: str
    parameters: dict[str, Param]
    responses: dict[str, tuple[str, ...]]  # status -> media types
    success_schema: str
    # Evidence (SOURCES.md S7): an error raised inside the service is answered with the
    # operation's own response DTO created empty, not with ErrorResponse; errors raised before
    # the service (binding, auth filters) are ErrorResponse. Statuses not listed: ErrorResponse.
    error_schemas: dict[str, str]


FORMAT_PARAM = Param("query", "string", required=False)
ERR = (JSON,)

OPERATIONS: dict[str, OperationFacts] = {
    "getTasks": OperationFacts(
        method="get",
        path="/tasks",
        service="GetTask",
        parameters={"format": FORMAT_PARAM},
        # No 400: the earlier spec inferred one for an unknown `format`; ServiceStack's source
        # (SOURCES.md S10) ignores an unknown format, and GetTask has nothing to bind.
        responses={"200": (JSON, CSV, JSONL), "401": ERR, "403": ERR, "500": ERR},
        success_schema="#/components/schemas/GetTaskResponse",
        error_schemas={"500": "#/components/schemas/GetTaskErrorBody"},
    ),
    "getTaskDetail": OperationFacts(
        method="get",
        path="/tasks/{asyncTaskId}",
        service="GetTaskDetail",
        parameters={
            "asyncTaskId": Param("path", "string", required=True),
            "format": FORMAT_PARAM,
        },
        responses={
            "200": (JSON, CSV, JSONL),
            "400": ERR,
            "401": ERR,
            "403": ERR,
            "404": ERR,
            "500": ERR,
        },
        success_schema="#/components/schemas/Task",
        error_schemas={
            "400": "#/components/schemas/GetTaskDetailErrorBody",
            "404": "#/components/schemas/EmptyTaskDetailResponse",  # the service's empty DTO alone (S7)
            "500": "#/components/schemas/GetTaskDetailErrorBody",
        },
    ),
}

SERVER_URL = "https://dev-api-booster.richemont.com"
SECURITY_SCHEME = ("bearerAuth", {"type": "http", "scheme": "bearer"})
TAG = "tasks"

X_ASYNC_STATUS: dict[str, Any] = {
    "status": "/status",
    "pending": ["REQ"],
    "running": ["INP"],
    "succeeded": ["COM"],
    "failed": ["ERR"],
    "progress": "/percentage",
    "not-found": "error",
}
LIFECYCLE_LISTS = ("pending", "running", "succeeded", "failed", "cancelled", "needs-action")

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def schema(name: str) -> Schema:
    return SPEC.schemas[name]


def operation(op_id: str) -> Operation:
    return SPEC.operations[op_id]


def ref_of(node: Schema) -> str | None:
    """The `$ref` a schema was reached through, when it names a component schema."""
    return f"#/components/schemas/{node.name}" if node.name is not None else None


def types_of(node: Schema) -> set[str]:
    return set(node.types)


def check_field(owner: str, name: str, fact: Field) -> None:
    node = schema(owner)
    props = node.properties
    assert name in props, f"{owner}.{name} is missing"
    prop = props[name]
    if fact.ref is not None:
        assert ref_of(prop) == fact.ref, f"{owner}.{name} must reference {fact.ref}"
    expected = {fact.json_type, "null"} if fact.nullable else {fact.json_type}
    assert types_of(prop) == expected, f"{owner}.{name}: type {types_of(prop)} != {expected}"
    assert prop.format == fact.fmt, f"{owner}.{name}: format"
    assert (name in node.required) is fact.required, f"{owner}.{name}: required flag"


FORMAT_PARAMETER = ("components", "parameters", "Format")


def format_parameter() -> Parameter:
    """components/parameters/Format, as the operations declare it."""
    found = [p for op in SPEC.operations.values() for p in op.parameters if p.where == FORMAT_PARAMETER]
    assert found, "no operation uses #/components/parameters/Format"
    return found[0]


# --------------------------------------------------------------------------------------------
# Seed page and PROVIDERS.md facts
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "fact"), TASK_FIELDS.items(), ids=list(TASK_FIELDS))
def test_task_field(name: str, fact: Field) -> None:
    check_field("Task", name, fact)


def test_task_has_no_other_fields() -> None:
    assert set(schema("Task").properties) == set(TASK_FIELDS)
    assert set(schema("Task").required) == {n for n, f in TASK_FIELDS.items() if f.required}


@pytest.mark.parametrize(
    ("owner", "name", "fact"),
    [(o, n, f) for o, fields in ERROR_SCHEMAS.items() for n, f in fields.items()],
    ids=[f"{o}.{n}" for o, fields in ERROR_SCHEMAS.items() for n in fields],
)
def test_error_field(owner: str, name: str, fact: Field) -> None:
    check_field(owner, name, fact)


def test_response_status_errors_are_response_errors() -> None:
    items = schema("ResponseStatus").node["properties"]["errors"]["items"]
    assert items == {"$ref": "#/components/schemas/ResponseError"}


@pytest.mark.parametrize(("name", "values"), ENUMS.items(), ids=list(ENUMS))
def test_enum(name: str, values: tuple[str, ...]) -> None:
    node = schema(name)
    assert node.types == ("string",)
    assert node.enum == values


@pytest.mark.parametrize("name", FREE_STRINGS)
def test_example_valued_fields_are_not_enums(name: str) -> None:
    prop = schema("Task").properties[name]
    assert "enum" not in prop, f"Task.{name} is documented by example, not as a closed list"


def test_brand_is_a_trigram() -> None:
    brand = schema("Task").properties["brand"]
    assert (brand.get("minLength"), brand.get("maxLength")) == (3, 3)


def test_get_task_response_is_an_array_of_task() -> None:
    node = schema("GetTaskResponse")
    assert node.types == ("array",)
    assert node.node["items"] == {"$ref": "#/components/schemas/Task"}


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_operation_route(op_id: str) -> None:
    facts = OPERATIONS[op_id]
    op = SPEC.operations.get(op_id)
    assert op is not None, f"operation {op_id} is missing"
    assert (op.method, op.path) == (facts.method, facts.path)
    assert op.tags == (TAG,)
    assert facts.service in op.description, f"{op_id} must name the ServiceStack service"
    assert op.docs_url.startswith(SERVER_URL)


@pytest.mark.parametrize(
    ("op_id", "name"),
    [(o, p) for o, f in OPERATIONS.items() for p in f.parameters],
    ids=[f"{o}.{p}" for o, f in OPERATIONS.items() for p in f.parameters],
)
def test_parameter(op_id: str, name: str) -> None:
    fact = OPERATIONS[op_id].parameters[name]
    params = {p.name: p for p in operation(op_id).parameters}
    assert name in params, f"{op_id}: parameter {name} is missing"
    param = params[name]
    assert param.location == fact.location
    assert param.required is fact.required
    param_schema = param.schema
    assert param_schema is not None, f"{op_id}: parameter {name} has no schema"
    assert param_schema.types == (fact.json_type,)
    assert param_schema.format == fact.fmt


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_no_undocumented_parameters(op_id: str) -> None:
    names = {p.name for p in operation(op_id).parameters}
    assert names == set(OPERATIONS[op_id].parameters)


def test_format_parameter_accepts_any_string_and_names_the_formats() -> None:
    # ServiceStack ignores a `format` it does not know (falls back to JSON; corpus booster S10), so the
    # spec may not reject other strings; the documented formats stay the `Format` schema's values.
    param_schema = format_parameter().schema
    assert param_schema is not None and param_schema.types == ("string",) and "enum" not in param_schema
    assert param_schema.examples == schema("Format").enum


@pytest.mark.parametrize(
    ("op_id", "status"),
    [(o, s) for o, f in OPERATIONS.items() for s in f.responses],
    ids=[f"{o}.{s}" for o, f in OPERATIONS.items() for s in f.responses],
)
def test_response_media_types(op_id: str, status: str) -> None:
    responses = operation(op_id).responses
    assert status in responses, f"{op_id}: status {status} is missing"
    content = responses[status].content
    assert tuple(content) == OPERATIONS[op_id].responses[status]
    for media_type, media in content.items():
        assert media.examples, f"{op_id} {status} {media_type}: no example"


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_no_undocumented_status_codes(op_id: str) -> None:
    assert set(operation(op_id).responses) == set(OPERATIONS[op_id].responses)


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_success_and_error_schemas(op_id: str) -> None:
    facts = OPERATIONS[op_id]
    for status, media_types in facts.responses.items():
        expected = (
            facts.success_schema
            if status == "200"
            else facts.error_schemas.get(status, "#/components/schemas/ErrorResponse")
        )
        assert ref_of(operation(op_id).response_schema(status, JSON)) == expected
        for text_type in set(media_types) - {JSON}:
            text_schema = operation(op_id).response_schema(status, text_type)
            assert text_schema.types == ("string",)


def test_csv_layout_is_described() -> None:
    text = schema("TaskCsv").description
    for words in ("header row", "one row per task", "RFC 4180", "empty cell", "CRLF", "Content-Disposition"):
        assert words in text


# --------------------------------------------------------------------------------------------
# Facts from the evidence (tests/corpus/booster/SOURCES.md)
# --------------------------------------------------------------------------------------------

CSV_HEADER = ",".join(TASK_FIELDS)  # S1, S5: the DTO's own camelCase names, declaration order
EMPTY_GUID = "0" * 32


def media_examples(op_id: str, status: str, media_type: str) -> dict[str, Any]:
    return dict(operation(op_id).responses[status].content[media_type].examples)


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_csv_examples_are_crlf_with_the_dto_header(op_id: str) -> None:
    # S5: header row of property names, every row CRLF-terminated; S4: Guid in 32-hex form.
    for name, value in media_examples(op_id, "200", CSV).items():
        if name == "docsSample":
            continue
        assert value.startswith(CSV_HEADER + "\r\n"), name
        assert value.endswith("\r\n") and "\n" not in value.replace("\r\n", ""), name


def test_empty_task_list_as_csv_is_the_header_row() -> None:
    assert media_examples("getTasks", "200", CSV)["empty"] == CSV_HEADER + "\r\n"


def test_single_task_jsonl_has_no_trailing_newline() -> None:
    # S6: a non-list DTO is written as one JSON object without WriteLine.
    for value in media_examples("getTaskDetail", "200", JSONL).values():
        assert "\n" not in value


def test_jsonl_list_lines_are_terminated() -> None:
    for value in media_examples("getTasks", "200", JSONL).values():
        assert value.endswith("\n")


def test_success_examples_write_guids_without_hyphens() -> None:
    # S1/S4: the host writes Guids with ToString("N").
    for op_id in OPERATIONS:
        for value in media_examples(op_id, "200", JSON).values():
            tasks = value if isinstance(value, list) else [value]
            for task in tasks:
                assert len(task["asyncTaskId"]) == 32, task["asyncTaskId"]


def test_success_examples_send_no_nulls() -> None:
    # S4: IncludeNullValues is false by default, so unset members are absent.
    for op_id in OPERATIONS:
        for value in media_examples(op_id, "200", JSON).values():
            tasks = value if isinstance(value, list) else [value]
            assert all(v is not None for task in tasks for v in task.values())


def test_request_date_claims_no_date_format() -> None:
    # S1/S2: a DTO string, neither RFC 3339 nor ServiceStack's /Date()/ by contract.
    prop = schema("Task").properties["requestDate"]
    assert "format" not in prop and "pattern" not in prop
    assert "/Date(" in prop.description


def test_unknown_format_is_not_a_400() -> None:
    # S10: an unregistered ?format= value is ignored (negotiation falls back to Accept, then JSON).
    assert "ignored" in format_parameter().description
    assert "400" not in operation("getTasks").responses


def test_unauthorized_documents_the_empty_body() -> None:
    # S8: [Authenticate] without a session ends the response with no body and a challenge header.
    # components/responses/Unauthorized, which is every operation's 401.
    for op in SPEC.operations.values():
        response = op.responses["401"]
        assert "EMPTY body" in response.description, op.operation_id
        assert "WWW-Authenticate" in response.headers, op.operation_id


def test_empty_response_dtos() -> None:
    # S7: the conventionally named response DTOs, created empty.
    detail = schema("EmptyTaskDetailResponse")
    assert detail.required == ("asyncTaskId", "percentage")
    assert (
        errors(
            SPEC, {"$ref": "#/components/schemas/EmptyTaskDetailResponse"}, {"asyncTaskId": EMPTY_GUID, "percentage": 0}
        )
        == []
    )
    assert schema("EmptyGetTaskResponse").get("maxItems") == 0


def test_server_is_the_dev_host() -> None:
    assert [s.url for s in SPEC.servers] == [SERVER_URL]
    assert "production" in SPEC.servers[0].description.lower()


def test_security_is_an_assumed_bearer_token() -> None:
    name, expected = SECURITY_SCHEME
    scheme = SPEC.security_schemes[name]
    assert {"type": scheme.type, "scheme": scheme.scheme} == expected
    assert "ASSUMPTION" in scheme.description
    assert SPEC.security == (name,)


def test_identity() -> None:
    assert SPEC.openapi == "3.1.0"
    assert SPEC.docs_url == f"{SERVER_URL}/csv/metadata?op=GetTask"
    assert list(SPEC.tags) == [TAG]


def test_x_async_status() -> None:
    ext = operation("getTaskDetail").extensions["x-async-status"]
    assert {k: ext[k] for k in X_ASYNC_STATUS} == X_ASYNC_STATUS


def test_every_status_value_in_exactly_one_lifecycle_list() -> None:
    ext = operation("getTaskDetail").extensions["x-async-status"]
    enum = schema("TaskStatus").enum
    assert enum is not None, "TaskStatus has no enum"
    for value in enum:
        holders = [name for name in LIFECYCLE_LISTS if value in ext.get(name, [])]
        assert len(holders) == 1, f"{value} is in {holders}"
    listed = {v for name in LIFECYCLE_LISTS for v in ext.get(name, [])}
    assert listed <= set(enum), "x-async-status names an undocumented status"


def test_no_closed_response_objects() -> None:
    for name, node in SPEC.schemas.items():
        assert node.get("additionalProperties") is not False, name


# --------------------------------------------------------------------------------------------
# Realistic and malformed answers
# --------------------------------------------------------------------------------------------

COMPLETED: dict[str, Any] = {
    "asyncTaskId": "3f2b8c1e-9a4d-4e6f-8b7c-2d1e0f9a8b7c",
    "type": "stock",
    "requestDate": "2024-06-20T08:43:55Z",
    "status": "COM",
    "percentage": 100,
    "brand": "CAR",
    "downloadUrl": "https://booster-exports.richemont.com/stock/CAR/export.csv",
    "signedDownloadUrl": "https://booster-exports.s3.eu-west-1.amazonaws.com/stock/CAR/export.csv?X-Amz-Expires=3600",
    "totalResults": 1250,
    "totalSucceeded": 1250,
    "totalFailed": 0,
}
REQUESTED: dict[str, Any] = {
    "asyncTaskId": "0d6f2e14-7c3b-4a59-9e21-b5c4d3e2f1a0",
    "type": "crm",
    "requestDate": "2024-06-21T15:30:00Z",
    "status": "REQ",
    "percentage": 0,
    "brand": "IWC",
}
FAILED_WITH_NULLS: dict[str, Any] = {
    **REQUESTED,
    "status": "ERR",
    "percentage": 100,
    "downloadUrl": None,
    "signedDownloadUrl": None,
    "totalResults": 80,
    "totalSucceeded": None,
    "totalFailed": None,
}
UNKNOWN_TYPE: dict[str, Any] = {**REQUESTED, "type": "pricing", "status": "INP", "percentage": 55}
EXTRA_FIELD: dict[str, Any] = {**REQUESTED, "createdBy": "jdoe"}

NOT_FOUND: dict[str, Any] = {"responseStatus": {"errorCode": "NotFound", "message": "Task not found", "errors": []}}
BAD_ID: dict[str, Any] = {
    "responseStatus": {
        "errorCode": "RequestBindingException",
        "message": "Unable to bind request",
        "errors": [
            {
                "errorCode": "SerializationException",
                "fieldName": "asyncTaskId",
                "message": "'abc' is an Invalid value for 'asyncTaskId'",
            }
        ],
    }
}
UNAUTHORIZED: dict[str, Any] = {
    "responseStatus": {"errorCode": "Unauthorized", "message": "Not Authenticated", "errors": []}
}
DEBUG_500: dict[str, Any] = {
    "responseStatus": {
        "errorCode": "NullReferenceException",
        "message": "Object reference not set to an instance of an object.",
        "stackTrace": "at Richemont.Booster2.PublicApi.TaskService.Get(GetTaskDetail request)",
        "errors": [],
        "meta": {"traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"},
    }
}


def without(value: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in value.items() if k != key}


VALID: list[tuple[str, str, str, Any]] = [
    ("getTaskDetail", "200", "completed", COMPLETED),
    ("getTaskDetail", "200", "requested", REQUESTED),
    # ServiceStack.Text's default Guid form: 32 hex digits, no hyphens.
    (
        "getTaskDetail",
        "200",
        "guid-without-hyphens",
        {**COMPLETED, "asyncTaskId": "3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c"},
    ),
    ("getTaskDetail", "200", "failed-with-nulls", FAILED_WITH_NULLS),
    ("getTaskDetail", "200", "undocumented-type", UNKNOWN_TYPE),
    ("getTaskDetail", "200", "extra-field", EXTRA_FIELD),
    ("getTasks", "200", "list", [COMPLETED, REQUESTED, FAILED_WITH_NULLS]),
    ("getTasks", "200", "empty-list", []),
    ("getTaskDetail", "400", "bad-id", BAD_ID),
    ("getTaskDetail", "401", "unauthorized", UNAUTHORIZED),
    ("getTasks", "401", "unauthorized", UNAUTHORIZED),
    (
        "getTasks",
        "403",
        "forbidden",
        {"responseStatus": {**UNAUTHORIZED["responseStatus"], "errorCode": "Forbidden"}},
    ),
    ("getTaskDetail", "500", "debug-mode", DEBUG_500),
    # S7: errors thrown inside the service carry the empty response DTO, not a responseStatus.
    ("getTaskDetail", "404", "empty-response-dto", {"asyncTaskId": EMPTY_GUID, "percentage": 0}),
    ("getTaskDetail", "500", "empty-response-dto", {"asyncTaskId": EMPTY_GUID, "percentage": 0}),
    ("getTasks", "500", "empty-response-dto", []),
    # S11: a ResponseStatus without `errors`.
    (
        "getTasks",
        "401",
        "status-without-errors",
        {"responseStatus": {"errorCode": "Unauthorized", "message": "Not Authenticated"}},
    ),
    # S3: a binding error as ServiceStack words it.
    (
        "getTaskDetail",
        "400",
        "binding-error",
        {
            "responseStatus": {
                "errorCode": "SerializationException",
                "message": "Unable to bind to request 'GetTaskDetail'",
                "errors": [
                    {
                        "errorCode": "SerializationException",
                        "fieldName": "asyncTaskId",
                        "message": "'task-42' is an Invalid value for 'asyncTaskId'",
                    }
                ],
            }
        },
    ),
    ("getTaskDetail", "200", "requestDate-wcf-form", {**REQUESTED, "requestDate": "/Date(1718983800000-0000)/"}),
]

INVALID: list[tuple[str, str, str, Any]] = [
    ("getTaskDetail", "200", "missing-asyncTaskId", without(COMPLETED, "asyncTaskId")),
    ("getTaskDetail", "200", "missing-status", without(COMPLETED, "status")),
    ("getTaskDetail", "200", "missing-percentage", without(COMPLETED, "percentage")),
    ("getTaskDetail", "200", "missing-brand", without(COMPLETED, "brand")),
    ("getTaskDetail", "200", "missing-requestDate", without(COMPLETED, "requestDate")),
    ("getTaskDetail", "200", "unknown-status", {**COMPLETED, "status": "DONE"}),
    ("getTaskDetail", "200", "lowercase-status", {**COMPLETED, "status": "com"}),
    ("getTaskDetail", "200", "id-not-a-uuid", {**COMPLETED, "asyncTaskId": "task-42"}),
    ("getTaskDetail", "200", "percentage-as-string", {**COMPLETED, "percentage": "100"}),
    ("getTaskDetail", "200", "percentage-fraction", {**COMPLETED, "percentage": 40.5}),
    ("getTaskDetail", "200", "percentage-over-100", {**COMPLETED, "percentage": 140}),
    ("getTaskDetail", "200", "percentage-null", {**COMPLETED, "percentage": None}),
    ("getTaskDetail", "200", "brand-not-trigram", {**COMPLETED, "brand": "Cartier"}),
    ("getTaskDetail", "200", "totalFailed-as-string", {**COMPLETED, "totalFailed": "0"}),
    ("getTaskDetail", "200", "downloadUrl-number", {**COMPLETED, "downloadUrl": 42}),
    ("getTaskDetail", "200", "list-instead-of-task", [COMPLETED]),
    ("getTasks", "200", "task-instead-of-list", COMPLETED),
    ("getTasks", "200", "list-with-bad-item", [COMPLETED, without(REQUESTED, "type")]),
    ("getTaskDetail", "404", "bare-message", {"message": "Task not found"}),
    (
        "getTaskDetail",
        "404",
        "error-response",
        NOT_FOUND,
    ),  # an ErrorResponse: not what the service answers for a missing task
    ("getTaskDetail", "404", "missing-errorCode", {"responseStatus": {"message": "x", "errors": []}}),
    (
        "getTaskDetail",
        "400",
        "field-error-without-fieldName",
        {
            "responseStatus": {
                "errorCode": "RequestBindingException",
                "message": "Unable to bind request",
                "errors": [{"errorCode": "SerializationException", "message": "bad"}],
            }
        },
    ),
    (
        "getTasks",
        "500",
        "meta-not-strings",
        {"responseStatus": {**DEBUG_500["responseStatus"], "meta": {"attempt": 2}}},
    ),
    ("getTaskDetail", "404", "empty-dto-with-real-id", {"asyncTaskId": COMPLETED["asyncTaskId"], "percentage": 0}),
    ("getTaskDetail", "500", "list-instead-of-dto", []),
    ("getTasks", "500", "non-empty-list", [COMPLETED]),
    ("getTasks", "401", "empty-list", []),
]


@pytest.mark.parametrize(
    ("op_id", "status", "value"),
    [(o, s, v) for o, s, _, v in VALID],
    ids=[f"{o}-{s}-{n}" for o, s, n, _ in VALID],
)
def test_realistic_answer_validates(op_id: str, status: str, value: Any) -> None:
    assert errors(SPEC, operation(op_id).response_schema(status, JSON), value) == []


@pytest.mark.parametrize(
    ("op_id", "status", "value"),
    [(o, s, v) for o, s, _, v in INVALID],
    ids=[f"{o}-{s}-{n}" for o, s, n, _ in INVALID],
)
def test_malformed_answer_is_rejected(op_id: str, status: str, value: Any) -> None:
    assert errors(SPEC, operation(op_id).response_schema(status, JSON), value) != []


ALL_EXAMPLES: list[Example] = list(SPEC.examples())


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=[e.where for e in ALL_EXAMPLES])
def test_spec_example_validates(example: Example) -> None:
    assert errors(SPEC, example.schema, example.value) == []


def test_examples_use_no_placeholders() -> None:
    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    found = [e.where for e in ALL_EXAMPLES if {"string", "String"} & set(strings(e.value))]
    assert found == []
