"""Fidelity of specs/activeplatform.yaml to its sources.

The facts of the seed page (../shared/seeds/activeplatform-get-async-task.txt) and of
../shared/PROVIDERS.md are written down below as plain data; each is checked against the spec on
its own, so a missing or wrong fact fails with its name in the test id.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from specmodel import Operation, Parameter, Schema, Spec, errors, load

KEY = "activeplatform"
MEDIA_TYPE = "application/vnd.api+json"
OPERATION_ID = "getAsyncTask"

# ---------------------------------------------------------------------------------------------
# Facts of the seed page
# ---------------------------------------------------------------------------------------------

SEED_OPERATION: dict[str, str] = {
    "operation_id": OPERATION_ID,
    "method": "get",
    "path": "/api/v3/resellers/{reseller_id}/async_tasks/{async_task_id}",
    "tag": "async-tasks",
}

# name -> (location, JSON types accepted, required). async_task_id: "integer" per the argument
# table, a UUID string per the request example (PROVIDERS.md: a client must accept both). Both are
# one string schema whose pattern admits digits or a UUID: an anyOf of integer and UUID made
# OpenAPI Generator's Go client write a struct into the URL (issue 10, section 5).
SEED_PARAMETERS: dict[str, tuple[str, frozenset[str], bool]] = {
    "reseller_id": ("path", frozenset({"integer"}), True),
    "async_task_id": ("path", frozenset({"string"}), True),
}

# Headers of the seed's argument table that must NOT be header parameters: X-Api-Token is the
# security scheme, Content-Type/Accept are media types.
NOT_HEADER_PARAMETERS: tuple[str, ...] = ("X-Api-Token", "Content-Type", "Accept")

# schema -> field -> (JSON type, required)
SEED_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "AsyncTaskDocument": {"data": ("object", True)},
    "AsyncTask": {
        "id": ("string", True),
        "type": ("string", True),
        "attributes": ("object", True),
    },
    "AsyncTaskAttributes": {
        "status": ("string", True),
        "failure_message": ("string", False),
        "results": ("object", False),
    },
    "AsyncTaskResults": {
        "valid": ("boolean", True),
        "errors": ("array", False),
        "application_attributes": ("object", False),
    },
}

# Fields the seed types without saying they are never null, that real answers send as null.
# `results` is documented only "if the task is completed"; ActivePlatform is a Rails app whose
# serializers write unset attributes as null (its v1 guide's example shows `"promo_code": null`),
# so a pending/running/failed task carries `"results": null` (tests/corpus/activeplatform/SOURCES.md
# S1, S3, S4). The seed's type (object) is kept; null is added.
NULLABLE_FIELDS: frozenset[tuple[str, str]] = frozenset({("AsyncTaskAttributes", "results")})

SEED_ENUMS: dict[str, tuple[str, ...]] = {
    "AsyncTaskStatus": ("pending", "running", "completed", "failed"),
    "AsyncTaskResourceType": ("async_tasks",),
}

# The seed's response example (its `{application_attributes}` placeholder made concrete).
SEED_RESPONSE_EXAMPLE: dict[str, Any] = {
    "data": {
        "id": "9b68427b-52d5-4c01-9b77-eb1b70517414",
        "type": "async_tasks",
        "attributes": {
            "status": "completed",
            "failure_message": "",
            "results": {
                "valid": True,
                "errors": [{}],
                "application_attributes": {"microsoft_customer_agreement": 1},
            },
        },
    }
}

# status code -> schema of the body. 200 from the seed; the error codes from the general
# information page (token authentication, access by role and reseller) and JSON:API.
STATUS_CODES: dict[str, str] = {
    "200": "AsyncTaskDocument",
    "401": "JsonApiErrorDocument",
    "403": "JsonApiErrorDocument",
    "404": "JsonApiErrorDocument",
    # JSON:API content negotiation: Accept without the media type, Content-Type not the media type.
    "406": "JsonApiErrorDocument",
    "415": "JsonApiErrorDocument",
}

# ---------------------------------------------------------------------------------------------
# Facts of PROVIDERS.md
# ---------------------------------------------------------------------------------------------

SERVER_URL = "https://{host}"
SERVER_HOST_DEFAULT = "test.activeplatform.com"
SECURITY_SCHEME: dict[str, str] = {"type": "apiKey", "in": "header", "name": "X-Api-Token"}

X_ASYNC_STATUS: dict[str, Any] = {
    "status": "/data/attributes/status",
    "pending": ["pending"],
    "running": ["running"],
    "succeeded": ["completed"],
    "failed": ["failed"],
    "not-found": "error",
}
LIFECYCLE_LISTS: tuple[str, ...] = ("pending", "running", "succeeded", "failed", "cancelled", "needs-action")

JSON_API_ERROR_FIELDS: dict[str, str] = {
    "id": "string",
    "links": "object",
    "status": "string",
    "code": "string",
    "title": "string",
    "detail": "string",
    "source": "object",
    "meta": "object",
}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load(KEY)


@pytest.fixture(scope="module")
def operation(spec: Spec) -> Operation:
    return spec.operations[OPERATION_ID]


def json_types(schema: Schema | None) -> frozenset[str]:
    """The JSON types a schema admits, following `$ref`s and `anyOf`/`oneOf` branches."""
    assert schema is not None, "no schema"
    for key, branches in (("anyOf", schema.any_of), ("oneOf", schema.one_of)):
        if key in schema:
            found: set[str] = set()
            for branch in branches:
                found |= json_types(branch)
            return frozenset(found)
    return frozenset(schema.types)


def schema_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def component(spec: Spec, name: str) -> Schema:
    assert name in spec.schemas, f"components.schemas.{name} is missing"
    return spec.schemas[name]


def parameters(operation: Operation) -> dict[str, Parameter]:
    return {p.name: p for p in operation.parameters}


# ---------------------------------------------------------------------------------------------
# Seed facts
# ---------------------------------------------------------------------------------------------


def test_operation_identity(operation: Operation) -> None:
    assert operation.method == SEED_OPERATION["method"]
    assert operation.path == SEED_OPERATION["path"]
    assert operation.tags == (SEED_OPERATION["tag"],)
    assert operation.docs_url.startswith("https://docs.activeplatform.com/")


def test_only_documented_operations(spec: Spec) -> None:
    assert set(spec.operations) == {OPERATION_ID}


@pytest.mark.parametrize("name", sorted(SEED_PARAMETERS))
def test_parameter(spec: Spec, operation: Operation, name: str) -> None:
    location, types, required = SEED_PARAMETERS[name]
    params = parameters(operation)
    assert name in params, f"parameter {name} is missing"
    param = params[name]
    assert param.location == location, f"{name}: in"
    assert param.required is required, f"{name}: required"
    assert json_types(param.schema) == types, f"{name}: type"


def test_no_undocumented_parameters(spec: Spec, operation: Operation) -> None:
    assert set(parameters(operation)) == set(SEED_PARAMETERS)


@pytest.mark.parametrize("name", NOT_HEADER_PARAMETERS)
def test_header_not_modelled_as_parameter(spec: Spec, operation: Operation, name: str) -> None:
    headers = {p.name.lower() for p in operation.parameters if p.location == "header"}
    assert name.lower() not in headers


def test_reseller_id_is_int64(spec: Spec, operation: Operation) -> None:
    schema = parameters(operation)["reseller_id"].schema
    assert schema is not None and schema.format == "int64"


@pytest.mark.parametrize(
    ("schema_name", "field"),
    [(schema, field) for schema, fields in SEED_FIELDS.items() for field in fields],
)
def test_field(spec: Spec, schema_name: str, field: str) -> None:
    json_type, required = SEED_FIELDS[schema_name][field]
    schema = component(spec, schema_name)
    assert field in schema.properties, f"{schema_name}.{field} is missing"
    expected = {json_type, "null"} if (schema_name, field) in NULLABLE_FIELDS else {json_type}
    assert json_types(schema.properties[field]) == expected, f"{schema_name}.{field}: type"
    assert (field in schema.required) is required, f"{schema_name}.{field}: required"


@pytest.mark.parametrize("schema_name", sorted(SEED_FIELDS))
def test_no_invented_fields(spec: Spec, schema_name: str) -> None:
    assert set(component(spec, schema_name).properties) == set(SEED_FIELDS[schema_name])


@pytest.mark.parametrize("enum_name", sorted(SEED_ENUMS))
def test_enum(spec: Spec, enum_name: str) -> None:
    schema = component(spec, enum_name)
    assert schema.types == ("string",)
    assert schema.enum == SEED_ENUMS[enum_name]


def test_status_and_type_use_the_enums(spec: Spec) -> None:
    assert component(spec, "AsyncTaskAttributes").node["properties"]["status"] == schema_ref("AsyncTaskStatus")
    assert component(spec, "AsyncTask").node["properties"]["type"] == schema_ref("AsyncTaskResourceType")


@pytest.mark.parametrize("schema_name", ["AttributeValidationError", "ApplicationAttributes"])
def test_open_objects(spec: Spec, schema_name: str) -> None:
    schema = component(spec, schema_name)
    assert schema.types == ("object",)
    assert schema.get("additionalProperties", True) is not False


def test_errors_items_are_open_objects(spec: Spec) -> None:
    items = component(spec, "AsyncTaskResults").properties["errors"].items
    assert items is not None and items.types == ("object",)


@pytest.mark.parametrize("status", sorted(STATUS_CODES))
def test_response(spec: Spec, operation: Operation, status: str) -> None:
    responses = operation.responses
    assert status in responses, f"response {status} is missing"
    content = responses[status].content
    assert list(content) == [MEDIA_TYPE], f"{status}: media types"
    assert operation.response_schema(status, MEDIA_TYPE).name == STATUS_CODES[status]
    assert content[MEDIA_TYPE].examples, f"{status}: no example"


def test_no_undocumented_responses(operation: Operation) -> None:
    assert set(operation.responses) == set(STATUS_CODES)


def test_seed_response_example_validates(spec: Spec, operation: Operation) -> None:
    schema = operation.response_schema("200", MEDIA_TYPE)
    assert errors(spec, schema, SEED_RESPONSE_EXAMPLE) == []


def test_seed_example_is_in_spec(spec: Spec) -> None:
    media = spec.operations[OPERATION_ID].responses["200"].content[MEDIA_TYPE]
    ids = {value["data"]["id"] for value in media.examples.values()}
    assert SEED_RESPONSE_EXAMPLE["data"]["id"] in ids


# ---------------------------------------------------------------------------------------------
# PROVIDERS.md facts
# ---------------------------------------------------------------------------------------------


def test_server_host_variable(spec: Spec) -> None:
    servers = spec.servers
    assert [s.url for s in servers] == [SERVER_URL]
    assert servers[0].variables["host"] == SERVER_HOST_DEFAULT
    assert servers[0].variable_descriptions.get("host")


def test_security_scheme(spec: Spec) -> None:
    schemes = spec.security_schemes
    assert len(schemes) == 1
    name, scheme = next(iter(schemes.items()))
    assert {"type": scheme.type, "in": scheme.location, "name": scheme.header} == SECURITY_SCHEME
    assert spec.security == (name,)


def test_content_type_requirement_is_described(operation: Operation) -> None:
    assert "Content-Type: application/vnd.api+json" in operation.description
    assert operation.request_body is None


# The integer form travels as its decimal string (the path holds text either way).
@pytest.mark.parametrize("value", ["1", "48213", "9223372036854775807", "9b68427b-52d5-4c01-9b77-eb1b70517414"])
def test_async_task_id_accepts_integer_and_uuid(spec: Spec, operation: Operation, value: Any) -> None:
    schema = parameters(operation)["async_task_id"].schema
    assert schema is not None and errors(spec, schema, value) == []


@pytest.mark.parametrize("value", ["not-a-task", "9b68427b", "", "-1", "4.5", 48213, 4.5, None, True])
def test_async_task_id_rejects_other_values(spec: Spec, operation: Operation, value: Any) -> None:
    schema = parameters(operation)["async_task_id"].schema
    assert schema is not None and errors(spec, schema, value) != []


@pytest.mark.parametrize("value", ["9b68427b-52d5-4c01-9b77-eb1b70517414", "48213"])
def test_resource_id_string_holds_integer_or_uuid(spec: Spec, value: str) -> None:
    assert errors(spec, schema_ref("AsyncTaskId"), value) == []


@pytest.mark.parametrize("value", [48213, "task-48213", ""])
def test_resource_id_rejects_other_values(spec: Spec, value: Any) -> None:
    assert errors(spec, schema_ref("AsyncTaskId"), value) != []


@pytest.mark.parametrize("field", sorted(JSON_API_ERROR_FIELDS))
def test_json_api_error_field(spec: Spec, field: str) -> None:
    props = component(spec, "JsonApiError").properties
    assert field in props, f"JsonApiError.{field} is missing"
    assert json_types(props[field]) == {JSON_API_ERROR_FIELDS[field]}
    assert component(spec, "JsonApiErrorDocument").required == ("errors",)


def test_external_docs(spec: Spec, operation: Operation) -> None:
    for url in (spec.docs_url, operation.docs_url):
        assert url.startswith("https://docs.activeplatform.com/")


# ---------------------------------------------------------------------------------------------
# Lifecycle
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(X_ASYNC_STATUS))
def test_x_async_status(operation: Operation, key: str) -> None:
    assert operation.extensions["x-async-status"][key] == X_ASYNC_STATUS[key]


@pytest.mark.parametrize("value", SEED_ENUMS["AsyncTaskStatus"])
def test_every_status_in_exactly_one_list(operation: Operation, value: str) -> None:
    ext = operation.extensions["x-async-status"]
    holders = [name for name in LIFECYCLE_LISTS if value in ext.get(name, [])]
    assert len(holders) == 1, f"{value} is in {holders}"


def test_lifecycle_lists_hold_only_known_values(operation: Operation) -> None:
    ext = operation.extensions["x-async-status"]
    listed = [v for name in LIFECYCLE_LISTS for v in ext.get(name, [])]
    assert sorted(listed) == sorted(SEED_ENUMS["AsyncTaskStatus"])


def test_status_pointer_reaches_the_enum(operation: Operation) -> None:
    node = operation.response_schema("200", MEDIA_TYPE)
    for part in operation.extensions["x-async-status"]["status"].strip("/").split("/"):
        node = node.properties[part]
    assert node.enum == SEED_ENUMS["AsyncTaskStatus"]


# ---------------------------------------------------------------------------------------------
# Realistic and malformed answers
# ---------------------------------------------------------------------------------------------


def task(status: str, **attributes: Any) -> dict[str, Any]:
    return {
        "data": {
            "id": "3f0c1a52-7d4e-4b8a-9c61-2e5f8a7b9d10",
            "type": "async_tasks",
            "attributes": {"status": status, **attributes},
        }
    }


VALID_ANSWERS: dict[str, dict[str, Any]] = {
    "seed-example": SEED_RESPONSE_EXAMPLE,
    "pending": task("pending", failure_message=""),
    "running-without-failure-message": task("running"),
    "completed-invalid": task(
        "completed",
        failure_message="",
        results={
            "valid": False,
            "errors": [{"customer_domain": "The domain contoso-retail.onmicrosoft.com is already taken"}],
            "application_attributes": {"is_new_domain": 1, "customer_domain": "contoso-retail"},
        },
    ),
    "completed-minimal-results": task("completed", results={"valid": True}),
    # results is null until the task completes (NULLABLE_FIELDS).
    "pending-null-results": task("pending", failure_message="", results=None),
    "failed-null-results": task("failed", failure_message="Connection to the service timed out", results=None),
    "completed-no-attributes": task(
        "completed", failure_message="", results={"valid": True, "errors": [], "application_attributes": {}}
    ),
    "failed": task("failed", failure_message="Microsoft Partner Center did not respond in time"),
    "integer-id": {"data": {"id": "48213", "type": "async_tasks", "attributes": {"status": "running"}}},
    "unknown-extra-members": {
        "data": {
            "id": "48213",
            "type": "async_tasks",
            "attributes": {"status": "pending", "created_at": "2024-05-14T09:21:07Z"},
            "links": {"self": "https://test.activeplatform.com/api/v3/resellers/1/async_tasks/48213"},
        },
        "jsonapi": {"version": "1.0"},
    },
}


def _without(path: tuple[str, ...]) -> dict[str, Any]:
    answer = copy.deepcopy(SEED_RESPONSE_EXAMPLE)
    node: Any = answer
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return answer


def _with(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    answer = copy.deepcopy(SEED_RESPONSE_EXAMPLE)
    node: Any = answer
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return answer


MALFORMED_ANSWERS: dict[str, Any] = {
    "missing-data": {},
    "missing-id": _without(("data", "id")),
    "missing-type": _without(("data", "type")),
    "missing-attributes": _without(("data", "attributes")),
    "missing-status": _without(("data", "attributes", "status")),
    "missing-results-valid": _without(("data", "attributes", "results", "valid")),
    "integer-id": _with(("data", "id"), 48213),
    "unknown-type": _with(("data", "type"), "async_task"),
    "unknown-status": _with(("data", "attributes", "status"), "cancelled"),
    "uppercase-status": _with(("data", "attributes", "status"), "COMPLETED"),
    "null-failure-message": _with(("data", "attributes", "failure_message"), None),
    "valid-as-string": _with(("data", "attributes", "results", "valid"), "true"),
    "errors-as-object": _with(("data", "attributes", "results", "errors"), {"customer_domain": "taken"}),
    "errors-item-as-string": _with(("data", "attributes", "results", "errors"), ["customer_domain is taken"]),
    "application-attributes-as-list": _with(("data", "attributes", "results", "application_attributes"), []),
    "data-as-list": {"data": [SEED_RESPONSE_EXAMPLE["data"]]},
    "results-as-list": _with(("data", "attributes", "results"), []),
    "results-as-empty-string": _with(("data", "attributes", "results"), ""),
}


@pytest.mark.parametrize("name", sorted(VALID_ANSWERS))
def test_realistic_answer_validates(spec: Spec, operation: Operation, name: str) -> None:
    schema = operation.response_schema("200", MEDIA_TYPE)
    assert errors(spec, schema, VALID_ANSWERS[name]) == []


@pytest.mark.parametrize("name", sorted(MALFORMED_ANSWERS))
def test_malformed_answer_is_rejected(spec: Spec, operation: Operation, name: str) -> None:
    schema = operation.response_schema("200", MEDIA_TYPE)
    assert errors(spec, schema, MALFORMED_ANSWERS[name]) != []


VALID_ERRORS: dict[str, dict[str, Any]] = {
    "401-invalid-token": {
        "errors": [{"status": "401", "code": "unauthorized", "title": "Unauthorized", "detail": "Invalid token"}]
    },
    "403-foreign-reseller": {
        "errors": [{"status": "403", "title": "Forbidden", "source": {"parameter": "reseller_id"}}]
    },
    "404-with-links-and-meta": {
        "errors": [
            {
                "id": "c0a8012e-6a1b-4f7e-9d3c-2b1a0f9e8d7c",
                "links": {"about": "https://docs.activeplatform.com/api-guide/latest/en"},
                "status": "404",
                "title": "Record not found",
                "source": {"pointer": "", "parameter": "async_task_id"},
                "meta": {"request_id": "8f14e45f"},
            }
        ]
    },
    "bare-error-object": {"errors": [{}]},
}

MALFORMED_ERRORS: dict[str, Any] = {
    "missing-errors": {"message": "Not found"},
    "errors-as-object": {"errors": {"status": "404"}},
    "status-as-integer": {"errors": [{"status": 404, "title": "Record not found"}]},
    "source-as-string": {"errors": [{"status": "404", "source": "async_task_id"}]},
    "about-as-integer": {"errors": [{"links": {"about": 404}}]},
}


@pytest.mark.parametrize("status", ["401", "403", "404"])
@pytest.mark.parametrize("name", sorted(VALID_ERRORS))
def test_realistic_error_validates(spec: Spec, operation: Operation, status: str, name: str) -> None:
    schema = operation.response_schema(status, MEDIA_TYPE)
    assert errors(spec, schema, VALID_ERRORS[name]) == []


@pytest.mark.parametrize("status", ["401", "403", "404"])
@pytest.mark.parametrize("name", sorted(MALFORMED_ERRORS))
def test_malformed_error_is_rejected(spec: Spec, operation: Operation, status: str, name: str) -> None:
    schema = operation.response_schema(status, MEDIA_TYPE)
    assert errors(spec, schema, MALFORMED_ERRORS[name]) != []


def test_every_spec_example_validates(spec: Spec) -> None:
    found = list(spec.examples())
    assert len(found) >= 8
    broken = {ex.where: errors(spec, ex.schema, ex.value) for ex in found}
    assert {where: errs for where, errs in broken.items() if errs} == {}


@pytest.mark.parametrize("status", sorted(STATUS_CODES))
def test_examples_use_realistic_values(operation: Operation, status: str) -> None:
    media = operation.responses[status].content[MEDIA_TYPE]
    for value in media.examples.values():
        assert '"string"' not in repr(value).replace("'", '"')


@pytest.mark.parametrize("name", ["pending", "running", "failed"])
def test_unfinished_examples_carry_null_results(spec: Spec, name: str) -> None:
    """The spec's own pending/running/failed examples show `results: null` as the wire does (NULLABLE_FIELDS)."""
    media = spec.operations[OPERATION_ID].responses["200"].content[MEDIA_TYPE]
    attributes = media.examples[name]["data"]["attributes"]
    assert "results" in attributes and attributes["results"] is None


@pytest.mark.parametrize("fact", ["Rails", "404", "500", "502", "Retry-After"])
def test_answers_outside_the_contract_are_described(operation: Operation, fact: str) -> None:
    """Rails and proxy answers a client meets (SOURCES.md S4, S7) are named in the operation's description."""
    assert fact in operation.description
