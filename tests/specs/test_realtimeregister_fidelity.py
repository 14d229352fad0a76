"""Fidelity of specs/realtimeregister.yaml to its sources.

The facts of the seed page (../shared/seeds/realtimeregister-get-process.txt) and of
../shared/PROVIDERS.md are written down here as data and checked one by one against the spec,
so that a missing or wrong field fails with its name in the test id. Realistic answers must
validate against the response schemas; malformed ones must not.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from specmodel import Operation, Parameter, Schema, Spec, errors, load

KEY = "realtimeregister"
OPERATION_ID = "getProcess"
JSON = "application/json"

# --------------------------------------------------------------------------------------------
# Seed page facts
# --------------------------------------------------------------------------------------------

# (JSON type, format or None, required). Enum-typed fields name their component schema instead.
PROCESS_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "id": ("integer", "int64", True),
    "user": ("string", None, True),
    "customer": ("string", None, True),
    "status": ("enum:ProcessStatus", None, True),
    "createdDate": ("string", "date-time", True),
    "updatedDate": ("string", "date-time", False),
    "startedDate": ("string", "date-time", False),
    "type": ("string", None, True),
    # The seed page says Required, but real answers for processes without a single entity (a
    # billing deposit) lack it: the official PHP SDK reads it as optional since commit cdeea70e by
    # a Realtime Register developer (tests/corpus/realtimeregister/SOURCES.md, S1).
    "identifier": ("string", None, False),
    "action": ("string", None, True),
    "reservation": ("object", None, False),
    "transaction": ("object", None, False),
    "refund": ("object", None, False),
    "command": ("object", None, True),
    "resumeTypes": ("array", None, False),
    "error": ("object", None, False),
    "billables": ("array", None, False),
}

BILLABLE_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "product": ("string", None, True),
    "action": ("enum:BillableAction", None, True),
    "quantity": ("integer", None, True),
    # The seed page says Required; the official PHP SDK reads both as optional (commit 8634680b
    # "Billable amount and providerName should be nullable", test data without them; S1).
    "amount": ("integer", None, False),
    "providerName": ("string", None, False),
}

# Read by both official SDKs, not on the seed page (S1, S2): optional.
EXTRA_BILLABLE_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "refundable": ("boolean", None, False),
    "total": ("integer", None, False),
}

MONEY_MAPS = ("reservation", "transaction", "refund")

OPERATION: dict[str, Any] = {
    "method": "get",
    "path": "/v2/processes/{processId}",
    "tag": "processes",
    "success": "200",
    "response_media_type": JSON,
    "request_body": False,
}

# name -> (location, JSON type, format or None, required)
PARAMETERS: dict[str, tuple[str, str, str | None, bool]] = {
    "processId": ("path", "integer", "int64", True),  # and minimum 1: test_process_id_minimum
    "fields": ("query", "string", None, False),
}

# --------------------------------------------------------------------------------------------
# PROVIDERS.md facts
# --------------------------------------------------------------------------------------------

SERVERS = ("https://api.yoursrs.com", "https://api.yoursrs-ote.com")

ENUMS: dict[str, tuple[str, ...]] = {
    "ProcessStatus": (
        "NEW",
        "VALIDATED",
        "RUNNING",
        "COMPLETED",
        "INVALID",
        "CANCELLED",
        "FAILED",
        "IN_DOUBT",
        "SCHEDULED",
        "SUSPENDED",
    ),
    "ResumeType": ("PROVIDER", "TIMER", "MANUAL", "INTERNAL", "RESEND", "CANCEL"),
    "BillableAction": (
        "CREATE",
        "TRANSFER",
        "RENEW",
        "RESTORE",
        "REQUEST",
        "TRANSFER_RESTORE",
        "UPDATE",
        "UPDATE_ADMINISTRATION",
        "REGISTRANT_CHANGE",
        "LOCAL_CONTACT",
        "NEGATIVE_MARKUP",
        "PRIVACY_PROTECT",
        "EXTRA_WILDCARD",
        "EXTRA_DOMAIN",
        "REGISTRY_LOCK",
    ),
}

# The live API's extra field, absent from the page: optional string.
EXTRA_PROCESS_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "statusDetail": ("string", None, False),
}

SECURITY_SCHEME: dict[str, str] = {"type": "apiKey", "in": "header", "name": "Authorization"}

# "Generic errors": status codes PROVIDERS.md names plus the others the errors page documents
# (https://dm.realtimeregister.com/docs/api/errors): 400, 500, 502, 503.
ERROR_STATUSES = ("400", "401", "403", "404", "429", "500", "502", "503")
ERROR_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "type": ("string", None, True),
    "message": ("string", None, True),
    # Type-specific fields of the documented error pages (S5): optional in the shared shape.
    "objectType": ("string", None, False),
    "identifier": ("string", None, False),
    "startDate": ("string", "date-time", False),
    "endDate": ("string", "date-time", False),
}

ASYNC_STATUS: dict[str, Any] = {
    "status": "/status",
    "pending": ["NEW", "VALIDATED", "SCHEDULED"],
    "running": ["RUNNING", "IN_DOUBT"],
    "succeeded": ["COMPLETED"],
    "failed": ["INVALID", "FAILED"],
    "cancelled": ["CANCELLED"],
    "needs-action": ["SUSPENDED"],
    # The tracker's history: the process type and its creation time (`updatedDate` is the last change, not
    # documented as the end).
    "type": "/type",
    "started": "/createdDate",
    "not-found": "error",
    # A missing process is answered 400 ObjectDoesNotExist (errors page S4/S5, SDKs S1-S3).
    "not-found-answers": [{"status": 400, "field": "/type", "values": ["ObjectDoesNotExist"]}],
}
STATUS_LISTS = ("pending", "running", "succeeded", "failed", "cancelled", "needs-action")


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load(KEY)


@pytest.fixture(scope="module")
def op(spec: Spec) -> Operation:
    return spec.operations[OPERATION_ID]


def schema_of(spec: Spec, name: str) -> Schema:
    return spec.schemas[name]


def param_of(op: Operation, name: str) -> tuple[Parameter, Schema]:
    param = op.parameter(name)
    assert param.schema is not None, f"{name} has no schema"
    return param, param.schema


def check_field(spec: Spec, schema_name: str, field: str, expected: tuple[str, str | None, bool]) -> None:
    kind, fmt, required = expected
    schema = schema_of(spec, schema_name)
    assert field in schema.properties, f"{schema_name}.{field} is missing"
    prop = schema.properties[field]
    if kind.startswith("enum:"):
        enum_name = kind.removeprefix("enum:")
        assert prop.name == enum_name and prop.where == ("components", "schemas", enum_name), (
            f"{schema_name}.{field} must reference the named enum {enum_name}"
        )
    else:
        assert prop.types == (kind,), f"{schema_name}.{field}: type {prop.get('type')!r} != {kind!r}"
        assert prop.format == fmt, f"{schema_name}.{field}: format {prop.format!r} != {fmt!r}"
    assert (field in schema.required) is required, f"{schema_name}.{field}: required should be {required}"


def valid(spec: Spec, status: str, value: Any) -> list[str]:
    return errors(spec, spec.operations[OPERATION_ID].response_schema(status, JSON), value)


FULL_PROCESS: dict[str, Any] = {
    "id": 46069000,
    "user": "johndoe/jane",
    "customer": "johndoe",
    "status": "COMPLETED",
    "statusDetail": "COMPLETED",
    "createdDate": "2024-03-01T12:00:00Z",
    "updatedDate": "2024-03-01T12:00:07.512+01:00",
    "startedDate": "2024-03-01T12:00:01Z",
    "type": "domain",
    "identifier": "example.com",
    "action": "create",
    "reservation": {"EUR": 0},
    "transaction": {"EUR": 1095, "USD": 1250},
    "refund": {},
    "command": {"domainName": "example.com", "period": 12, "ns": ["ns1.yoursrs.com"]},
    "resumeTypes": [],
    "error": {"type": "ProcessError", "message": "nothing"},
    "billables": [
        {
            "product": "domain_com",
            "action": "CREATE",
            "quantity": 1,
            "amount": 1095,
            "providerName": "verisign",
            "refundable": True,
            "total": 1095,
        }
    ],
    "someFutureField": {"kept": True},
}

MINIMAL_PROCESS: dict[str, Any] = {
    "id": 46069001,
    "user": "johndoe/died",
    "customer": "johndoe",
    "status": "NEW",
    "createdDate": "2021-08-11T06:17:15Z",
    "type": "contact",
    "identifier": "rtr-handle123",
    "action": "update",
    "command": {},
}


# --------------------------------------------------------------------------------------------
# Seed page: schemas
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", list(PROCESS_FIELDS))
def test_process_field(spec: Spec, field: str) -> None:
    check_field(spec, "Process", field, PROCESS_FIELDS[field])


@pytest.mark.parametrize("field", list(BILLABLE_FIELDS))
def test_billable_field(spec: Spec, field: str) -> None:
    check_field(spec, "Billable", field, BILLABLE_FIELDS[field])


@pytest.mark.parametrize("field", list(EXTRA_BILLABLE_FIELDS))
def test_extra_billable_field(spec: Spec, field: str) -> None:
    check_field(spec, "Billable", field, EXTRA_BILLABLE_FIELDS[field])


def test_process_id_minimum(spec: Spec, op: Operation) -> None:
    param, schema = param_of(op, "processId")
    assert schema.get("minimum") == 1
    assert "greater than 0" in param.description


def test_object_does_not_exist_is_400(spec: Spec, op: Operation) -> None:
    response = op.responses["400"]
    found = response.content[JSON].examples["objectDoesNotExist"]
    assert found["type"] == "ObjectDoesNotExist" and {"objectType", "identifier"} <= set(found)
    assert "400" in response.description and "ObjectDoesNotExist" in response.description


def test_process_without_identifier_validates(spec: Spec) -> None:
    deposit = {**_without(MINIMAL_PROCESS, "identifier"), "type": "billing", "action": "deposit"}
    assert errors(spec, {"$ref": "#/components/schemas/Process"}, deposit) == []


def test_billable_with_only_product_action_quantity_validates(spec: Spec) -> None:
    bill = {"product": ".nl", "action": "CREATE", "quantity": 1}
    assert valid(spec, "200", {**MINIMAL_PROCESS, "billables": [bill]}) == []


@pytest.mark.parametrize("field", MONEY_MAPS)
def test_money_maps_are_currency_to_integer_cents(spec: Spec, field: str) -> None:
    node = schema_of(spec, "Process").properties[field]
    assert node.get("additionalProperties") == {"type": "integer"}, f"Process.{field} must map to integers"
    assert "cents" in node.description, f"Process.{field} must say the amounts are cents"


def test_resume_types_items_are_named_enum(spec: Spec) -> None:
    prop = schema_of(spec, "Process").node["properties"]["resumeTypes"]
    assert prop["items"] == {"$ref": "#/components/schemas/ResumeType"}


def test_billables_items_are_billable(spec: Spec) -> None:
    prop = schema_of(spec, "Process").node["properties"]["billables"]
    assert prop["items"] == {"$ref": "#/components/schemas/Billable"}


@pytest.mark.parametrize("field", ["command", "error"])
def test_opaque_objects_stay_open(spec: Spec, field: str) -> None:
    node = schema_of(spec, "Process").properties[field]
    assert node.get("additionalProperties") is True, f"Process.{field} must be an open object"


@pytest.mark.parametrize("name", ["Process", "Billable", "ErrorResponse", "ConstraintViolation"])
def test_response_objects_are_not_closed(spec: Spec, name: str) -> None:
    assert schema_of(spec, name).get("additionalProperties", True) is not False


# --------------------------------------------------------------------------------------------
# Seed page: operation
# --------------------------------------------------------------------------------------------


def test_operation_method_path_tag(op: Operation) -> None:
    assert op.method == OPERATION["method"]
    assert op.path == OPERATION["path"]
    assert op.tags == (OPERATION["tag"],)
    assert (op.request_body is not None) is OPERATION["request_body"]


def test_tag_declared(spec: Spec) -> None:
    assert OPERATION["tag"] in spec.tags and spec.tags[OPERATION["tag"]]


@pytest.mark.parametrize("name", list(PARAMETERS))
def test_parameter(spec: Spec, op: Operation, name: str) -> None:
    location, kind, fmt, required = PARAMETERS[name]
    params = {p.name: p for p in op.parameters}
    assert name in params, f"parameter {name} is missing"
    param = params[name]
    schema = param.schema
    assert schema is not None, f"{name} has no schema"
    assert param.location == location, f"{name}: in {param.location!r} != {location!r}"
    assert param.required is required, f"{name}: required should be {required}"
    assert schema.types == (kind,), f"{name}: type {schema.get('type')!r} != {kind!r}"
    assert schema.format == fmt, f"{name}: format {schema.format!r} != {fmt!r}"


def test_no_undocumented_parameters(spec: Spec, op: Operation) -> None:
    assert {p.name for p in op.parameters} == set(PARAMETERS)


def test_fields_parameter_explains_partial_answers(spec: Spec, op: Operation) -> None:
    text = op.parameter("fields").description
    assert "comma" in text.lower() and "id" in text and "required" in text


def test_success_response(spec: Spec, op: Operation) -> None:
    response = op.responses[OPERATION["success"]]
    assert list(response.content) == [OPERATION["response_media_type"]]
    # A full Process, or with `fields` only the selection (ProcessFields).
    assert op.response_schema(OPERATION["success"], JSON).node == {
        "anyOf": [{"$ref": "#/components/schemas/Process"}, {"$ref": "#/components/schemas/ProcessFields"}]
    }
    partial = spec.schemas["ProcessFields"]
    assert partial.required == ("id",)
    assert partial.node["properties"] == spec.schemas["Process"].node["properties"]


def test_fields_selection_is_typed(spec: Spec) -> None:
    assert valid(spec, "200", {"id": 46069000, "status": "RUNNING"}) == []
    assert valid(spec, "200", {"id": 46069000, "status": "DONE"}) != []
    assert valid(spec, "200", {"status": "RUNNING"}) != []


# --------------------------------------------------------------------------------------------
# PROVIDERS.md
# --------------------------------------------------------------------------------------------


def test_servers(spec: Spec) -> None:
    assert tuple(s.url for s in spec.servers) == SERVERS


@pytest.mark.parametrize("name", list(ENUMS))
def test_enum_values(spec: Spec, name: str) -> None:
    schema = schema_of(spec, name)
    assert schema.types == ("string",)
    assert schema.enum == ENUMS[name], f"{name} values differ from PROVIDERS.md"


@pytest.mark.parametrize("field", list(EXTRA_PROCESS_FIELDS))
def test_live_only_field(spec: Spec, field: str) -> None:
    check_field(spec, "Process", field, EXTRA_PROCESS_FIELDS[field])
    assert "page" in schema_of(spec, "Process").properties[field].description


def test_security_scheme(spec: Spec) -> None:
    schemes = spec.security_schemes
    assert len(schemes) == 1
    (name, scheme), *_ = schemes.items()
    found = {"type": scheme.type, "in": scheme.location, "name": scheme.header}
    for key, value in SECURITY_SCHEME.items():
        assert found[key] == value, f"security scheme {key}: {found[key]!r} != {value!r}"
    assert "ApiKey <key>" in scheme.description
    assert spec.security == (name,)


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_error_response(spec: Spec, op: Operation, status: str) -> None:
    assert status in op.responses, f"error status {status} is missing"
    response = op.responses[status]
    assert list(response.content) == [JSON]
    assert op.response_schema(status, JSON).name == "ErrorResponse"
    assert response.content[JSON].examples, f"{status} needs an example"


@pytest.mark.parametrize("field", list(ERROR_FIELDS))
def test_error_field(spec: Spec, field: str) -> None:
    check_field(spec, "ErrorResponse", field, ERROR_FIELDS[field])


def test_rate_limit_has_retry_after(spec: Spec, op: Operation) -> None:
    header = op.responses["429"].headers["Retry-After"]
    assert header.schema is not None and header.schema.types == ("integer",)


def test_external_docs(spec: Spec, op: Operation) -> None:
    assert spec.docs_url.startswith("https://dm.realtimeregister.com/docs/api")
    assert op.docs_url == "https://dm.realtimeregister.com/docs/api/processes/get"


# --------------------------------------------------------------------------------------------
# x-async-status
# --------------------------------------------------------------------------------------------


def test_async_status_extension(op: Operation) -> None:
    assert op.extensions["x-async-status"] == ASYNC_STATUS


def test_every_status_in_exactly_one_list(spec: Spec, op: Operation) -> None:
    ext = op.extensions["x-async-status"]
    listed = [value for key in STATUS_LISTS for value in ext.get(key, [])]
    enum = schema_of(spec, "ProcessStatus").enum
    assert enum is not None, "ProcessStatus has no enum"
    for value in enum:
        assert listed.count(value) == 1, f"{value} appears {listed.count(value)} times in x-async-status"
    assert set(listed) <= set(enum)


def test_in_doubt_placement_is_explained(op: Operation) -> None:
    assert "IN_DOUBT" in op.description


# --------------------------------------------------------------------------------------------
# Realistic answers that must validate
# --------------------------------------------------------------------------------------------

GOOD_ERRORS: list[tuple[str, dict[str, Any]]] = [
    ("400", {"type": "ValidationError", "message": "Unknown field: foo"}),
    (
        "400",
        {
            "type": "ConstraintViolationException",
            "message": "The request parameters did not meet validation",
            "violations": [{"field": "processId", "message": "must be greater than 0"}],
        },
    ),
    ("401", {"type": "AuthenticationError", "message": "Authentication failed"}),
    ("403", {"type": "AuthorizationError", "message": "No permission"}),
    (
        "404",
        {"type": "ObjectDoesNotExist", "message": "Process not found", "objectType": "Process"},
    ),
    ("429", {"type": "TooManyRequests", "message": "Too many requests"}),
    ("500", {"type": "InternalSRSError", "message": "Internal error"}),
    ("502", {"type": "ProviderConnectionError", "message": "Connection to the provider failed"}),
    # endDate is a Timestamp on the provider's ProviderUnavailable page (S5), not a bare date.
    (
        "503",
        {
            "type": "ProviderUnavailable",
            "message": "Provider unavailable",
            "startDate": "2024-03-02T22:00:00Z",
            "endDate": "2024-03-03T02:00:00Z",
        },
    ),
    (
        "400",
        {
            "type": "ObjectDoesNotExist",
            "message": "A referenced object does not exist",
            "objectType": "Process",
            "identifier": "46069999",
        },
    ),
]


@pytest.mark.parametrize("status", ENUMS["ProcessStatus"])
def test_minimal_process_validates_for_each_status(spec: Spec, status: str) -> None:
    assert valid(spec, "200", {**MINIMAL_PROCESS, "status": status}) == []


def test_full_process_validates(spec: Spec) -> None:
    assert valid(spec, "200", FULL_PROCESS) == []


def test_suspended_process_with_resume_types_validates(spec: Spec) -> None:
    value = {**MINIMAL_PROCESS, "status": "SUSPENDED", "resumeTypes": list(ENUMS["ResumeType"])}
    assert valid(spec, "200", value) == []


@pytest.mark.parametrize("action", ENUMS["BillableAction"])
def test_billable_actions_validate(spec: Spec, action: str) -> None:
    bill = {"product": "domain_nl", "action": action, "quantity": 1, "amount": 450, "providerName": "sidn"}
    assert valid(spec, "200", {**MINIMAL_PROCESS, "billables": [bill]}) == []


@pytest.mark.parametrize(("status", "body"), GOOD_ERRORS, ids=[f"{s}-{b['type']}" for s, b in GOOD_ERRORS])
def test_error_answers_validate(spec: Spec, status: str, body: dict[str, Any]) -> None:
    assert valid(spec, status, body) == []


def test_spec_examples_validate(spec: Spec) -> None:
    found = list(spec.examples())
    assert found, "the spec has no examples"
    for example in found:
        assert errors(spec, example.schema, example.value) == [], example.where


# --------------------------------------------------------------------------------------------
# Malformed answers that must not validate
# --------------------------------------------------------------------------------------------


def _without(value: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in value.items() if k != key}


def _with(value: dict[str, Any], key: str, new: Any) -> dict[str, Any]:
    out = copy.deepcopy(value)
    out[key] = new
    return out


BAD_PROCESSES: dict[str, dict[str, Any]] = {
    **{
        f"missing-{name}": _without(MINIMAL_PROCESS, name)
        for name, (_, _, required) in PROCESS_FIELDS.items()
        if required
    },
    "id-as-string": _with(MINIMAL_PROCESS, "id", "46069001"),
    "id-fractional": _with(MINIMAL_PROCESS, "id", 4.5),
    "status-unknown": _with(MINIMAL_PROCESS, "status", "PENDING"),
    "status-lowercase": _with(MINIMAL_PROCESS, "status", "completed"),
    "createdDate-not-date-time": _with(MINIMAL_PROCESS, "createdDate", "01-03-2024 12:00"),
    "createdDate-date-only": _with(MINIMAL_PROCESS, "createdDate", "2024-03-01"),
    "updatedDate-epoch": _with(MINIMAL_PROCESS, "updatedDate", 1709294400),
    "startedDate-garbage": _with(MINIMAL_PROCESS, "startedDate", "yesterday"),
    "user-not-string": _with(MINIMAL_PROCESS, "user", 42),
    "command-not-object": _with(MINIMAL_PROCESS, "command", "create domain"),
    "error-not-object": _with(MINIMAL_PROCESS, "error", "failed"),
    "reservation-decimal": _with(MINIMAL_PROCESS, "reservation", {"EUR": 10.95}),
    "transaction-string-amount": _with(MINIMAL_PROCESS, "transaction", {"EUR": "1095"}),
    "refund-list": _with(MINIMAL_PROCESS, "refund", [{"EUR": 100}]),
    "resumeTypes-unknown": _with(MINIMAL_PROCESS, "resumeTypes", ["RETRY"]),
    "resumeTypes-not-list": _with(MINIMAL_PROCESS, "resumeTypes", "MANUAL"),
    "statusDetail-not-string": _with(MINIMAL_PROCESS, "statusDetail", 3),
    "billables-not-list": _with(MINIMAL_PROCESS, "billables", {"product": "domain_com"}),
    "billable-action-unknown": _with(
        MINIMAL_PROCESS,
        "billables",
        [{"product": "domain_com", "action": "DELETE", "quantity": 1, "amount": 1, "providerName": "x"}],
    ),
    "billable-amount-decimal": _with(
        MINIMAL_PROCESS,
        "billables",
        [{"product": "domain_com", "action": "RENEW", "quantity": 1, "amount": 10.95, "providerName": "x"}],
    ),
    **{
        f"billable-missing-{name}": _with(
            MINIMAL_PROCESS,
            "billables",
            [
                _without(
                    {
                        "product": "domain_com",
                        "action": "RENEW",
                        "quantity": 1,
                        "amount": 1095,
                        "providerName": "verisign",
                    },
                    name,
                )
            ],
        )
        for name, (_, _, required) in BILLABLE_FIELDS.items()
        if required
    },
    "billable-refundable-not-boolean": _with(
        MINIMAL_PROCESS,
        "billables",
        [{"product": "domain_com", "action": "RENEW", "quantity": 1, "refundable": "yes"}],
    ),
    "billable-total-decimal": _with(
        MINIMAL_PROCESS,
        "billables",
        [{"product": "domain_com", "action": "RENEW", "quantity": 1, "total": 10.95}],
    ),
}


@pytest.mark.parametrize("case", list(BAD_PROCESSES))
def test_malformed_process_rejected(spec: Spec, case: str) -> None:
    value = BAD_PROCESSES[case]
    full = {"$ref": "#/components/schemas/Process"}
    assert errors(spec, full, value) != [], f"{case} was accepted as a full Process"
    # An answer that only lacks required fields is a valid `fields` selection (ProcessFields);
    # anything else malformed must fail the 200 answer too.
    required = set(spec.schemas["Process"].required)
    if not (isinstance(value, dict) and "id" in value and not required <= set(value)):
        assert valid(spec, "200", value) != [], f"{case} was accepted"


BAD_ERRORS: dict[str, tuple[str, Any]] = {
    "404-missing-type": ("404", {"message": "Process not found"}),
    "401-missing-message": ("401", {"type": "AuthenticationError"}),
    "400-type-not-string": ("400", {"type": 400, "message": "Bad Request"}),
    "429-not-object": ("429", "Too many requests"),
    "400-identifier-not-string": (
        "400",
        {"type": "ObjectDoesNotExist", "message": "x", "objectType": "Process", "identifier": 46069999},
    ),
    "503-endDate-not-date-time": (
        "503",
        {"type": "ProviderUnavailable", "message": "x", "endDate": "tomorrow"},
    ),
    "400-violation-without-field": (
        "400",
        {"type": "ConstraintViolationException", "message": "x", "violations": [{"message": "bad"}]},
    ),
}


@pytest.mark.parametrize("case", list(BAD_ERRORS))
def test_malformed_error_rejected(spec: Spec, case: str) -> None:
    status, body = BAD_ERRORS[case]
    assert valid(spec, status, body) != [], f"{case} was accepted"


# --------------------------------------------------------------------------------------------
# Notifications (official PHP SDK, corpus S10; the skill spec S11 where nothing else speaks)
# --------------------------------------------------------------------------------------------

NOTIFICATION_OPERATIONS = {
    "pollNotification": ("get", "/v2/customers/{customer}/notifications/poll"),
    "getNotification": ("get", "/v2/customers/{customer}/notifications/{notificationId}"),
    "listNotifications": ("get", "/v2/customers/{customer}/notifications"),
    "ackNotification": ("post", "/v2/customers/{customer}/notifications/{notificationId}/ack"),
}
# What Notification::fromArray reads unconditionally (required) and with ?? null / isset (optional).
NOTIFICATION_REQUIRED = {"id", "fireDate", "message", "eventType", "notificationType", "isAsync"}
NOTIFICATION_OPTIONAL = {
    "readDate",
    "acknowledgeDate",
    "deliveryDate",
    "expiryDate",
    "reason",
    "customer",
    "process",
    "payload",
    "transferType",
    "processIdentifier",
    "processType",
    "domainName",
    "certificateId",
    "subjectStatus",
    "statusDetail",
}
PHP_NOTIFICATION = {
    "id": 1,
    "fireDate": "2026-03-14T11:02:03Z",
    "readDate": "2026-03-14T11:02:03Z",
    "acknowledgeDate": "2026-03-14T11:02:03Z",
    "deliveryDate": "2026-03-14T11:02:53Z",
    "message": "FAKE_MESSAGE",
    "reason": "FAKE_REASON",
    "customer": "johndoe",
    "process": 1,
    "eventType": "FAKE_EVENT_TYPE",
    "notificationType": "FAKE_NOTIFICATION_TYPE",
    "payload": {"customer": "johndoe"},
    "isAsync": True,
    "transferType": "FAKE_TRANSFER_TYPE",
    "expiryDate": "2026-03-14T11:02:53Z",
}


@pytest.mark.parametrize("operation_id", list(NOTIFICATION_OPERATIONS))
def test_notification_operation(spec: Spec, operation_id: str) -> None:
    op = spec.operations[operation_id]
    assert (op.method, op.path) == NOTIFICATION_OPERATIONS[operation_id]
    assert op.tags == ("notifications",) and spec.tags["notifications"]
    assert op.async_status is None
    assert op.docs_url.startswith("https://dm.realtimeregister.com/docs/api/notifications/")


def test_notification_fields(spec: Spec) -> None:
    schema = spec.schemas["Notification"]
    assert set(schema.required) == NOTIFICATION_REQUIRED
    assert set(schema.properties) == NOTIFICATION_REQUIRED | NOTIFICATION_OPTIONAL
    assert list(spec.schemas["NotificationSubjectStatus"].enum or ()) == [
        "NEW",
        "OK",
        "PENDING",
        "COMPLETED",
        "WARNING",
        "FAILED",
        "PREMIUM-CHANGE",
    ]
    ref = {"$ref": "#/components/schemas/Notification"}
    assert errors(spec, ref, PHP_NOTIFICATION) == []
    assert errors(spec, ref, {**PHP_NOTIFICATION, "process": "1"}) != []
    assert errors(spec, ref, {k: v for k, v in PHP_NOTIFICATION.items() if k != "isAsync"}) != []


def test_poll_answer(spec: Spec) -> None:
    schema = spec.operations["pollNotification"].response_schema("200", JSON)
    assert errors(spec, schema, {"count": 1, "notification": PHP_NOTIFICATION}) == []
    assert errors(spec, schema, {"count": 0}) == []
    # The PHP SDK's own invalid case, a count sent as text
    # (tests/Domain/data/notifications/notification_poll_invalid_count.php)
    assert errors(spec, schema, {"count": "1", "notification": PHP_NOTIFICATION}) != []


def test_ack_answers_without_a_body(spec: Spec) -> None:
    op = spec.operations["ackNotification"]
    assert op.responses["200"].content == {} and op.request_body is None


def test_the_webhook_is_signed_with_hmac_in_signature(spec: Spec) -> None:
    hook = spec.doc.data["webhooks"]["notificationPushed"]["post"]
    assert [(p["name"], p["in"], p["required"]) for p in hook["parameters"]] == [("Signature", "header", True)]
    assert "HMAC-SHA256" in hook["description"]
    assert hook["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Notification"}
