"""specs/bol.yaml against its sources: the seed page (../shared/seeds/bol-process-status-api.md),
PROVIDERS.md, and bol's own v10 Shared API description and demo answers.

The seed page documents bol's generated Python client, so it shows snake_case argument names;
the wire names below are the ones bol's API description and PROVIDERS.md give. Realistic answers
(bol's demo answers, a live answer quoted by a third party, bol's error shapes) must validate;
malformed ones must not.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from spectools import errors, examples, load_spec, operations, resolve

SPEC = load_spec("bol")
OPS = operations(SPEC)

RETAILER = "application/vnd.retailer.v10+json"
ADVERTISER = "application/vnd.advertiser.v10+json"

# --- Facts from the seed page (and PROVIDERS.md where marked) ----------------------------------

# operationId -> (method, full path as the seed page writes it, bol's return model, seed's status codes)
SEED_OPERATIONS: dict[str, tuple[str, str, str, set[str]]] = {
    "getProcessStatus": (
        "get",
        "/shared/process-status/{process-status-id}",
        "ProcessStatus",
        {"200", "404"},
    ),
    "getProcessStatusBulk": ("post", "/shared/process-status", "ProcessStatusResponse", {"200", "400"}),
    "getProcessStatusEntityId": ("get", "/shared/process-status", "ProcessStatusResponse", {"200", "400"}),
}
# PROVIDERS.md: every call can be refused for its token (401), its Accept header (406) or rate limited (429).
BOL_WIDE_STATUSES = {"401", "406", "429"}

# seed argument name -> (wire name, in, required, type, default)
SEED_PARAMETERS: dict[str, dict[str, tuple[str, str, bool, str, Any]]] = {
    "getProcessStatus": {"process_status_id": ("process-status-id", "path", True, "string", None)},
    "getProcessStatusBulk": {},
    "getProcessStatusEntityId": {
        "entity_id": ("entity-id", "query", True, "string", None),
        "event_type": ("event-type", "query", True, "string", None),
        "page": ("page", "query", False, "integer", 1),
    },
}

PROCESS_STATUS_FIELDS = {
    "processStatusId",
    "entityId",
    "eventType",
    "description",
    "status",
    "errorMessage",
    "createTimestamp",
    "links",
}
STATUS_VALUES = {"PENDING", "SUCCESS", "FAILURE", "TIMEOUT"}
PROBLEM_FIELDS = {"type", "title", "status", "detail", "host", "instance", "violations"}


def schema_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def response(operation_id: str, status: str) -> dict[str, Any]:
    return dict(resolve(SPEC, OPS[operation_id].node["responses"][status]))


# --- Identity, servers, security ----------------------------------------------------------------


def test_identity() -> None:
    assert SPEC["openapi"] == "3.1.0"
    assert SPEC["info"]["version"] == "10.0.0"
    assert "bol.com" in SPEC["info"]["title"]
    assert SPEC["externalDocs"]["url"].startswith("https://api.bol.com/")
    assert [t["name"] for t in SPEC["tags"]] == ["process-status"]
    assert set(OPS) == set(SEED_OPERATIONS)
    for op in OPS.values():
        assert op.node["tags"] == ["process-status"]
        assert op.node["externalDocs"]["url"].startswith("https://api.bol.com/retailer/public/redoc/v10/shared.html")


def test_servers_reach_the_seed_paths_in_production_and_demo() -> None:
    production, demo = (urlsplit(s["url"]) for s in SPEC["servers"])
    assert (production.scheme, production.netloc) == ("https", "api.bol.com")
    # The demo serves the same operations under /shared-demo/ instead of /shared/ on the same host.
    assert (demo.scheme, demo.netloc) == (production.scheme, production.netloc)
    assert (production.path, demo.path) == ("/shared", "/shared-demo")
    for operation_id, (method, seed_path, _, _) in SEED_OPERATIONS.items():
        op = OPS[operation_id]
        assert op.method == method
        assert production.path + op.path == seed_path


def test_security_is_oauth2_client_credentials_at_login_bol_com() -> None:
    assert SPEC["security"] == [{"OAuth2": []}]
    scheme = SPEC["components"]["securitySchemes"]["OAuth2"]
    assert scheme["type"] == "oauth2"
    assert scheme["flows"] == {"clientCredentials": {"tokenUrl": "https://login.bol.com/token", "scopes": {}}}


# --- Operations: parameters, bodies, responses ---------------------------------------------------


@pytest.mark.parametrize("operation_id", sorted(SEED_OPERATIONS))
def test_parameters_use_wire_names(operation_id: str) -> None:
    params = {p["name"]: p for p in OPS[operation_id].parameters(SPEC)}
    expected = SEED_PARAMETERS[operation_id]
    assert set(params) == {wire for wire, *_ in expected.values()}
    for wire, where, required, type_, default in expected.values():
        p = params[wire]
        assert (p["in"], p.get("required", False), p["schema"]["type"]) == (where, required, type_)
        assert p["schema"].get("default") == default


def test_page_is_one_based_with_pages_of_50() -> None:
    page = next(p for p in OPS["getProcessStatusEntityId"].parameters(SPEC) if p["name"] == "page")
    assert page["schema"]["minimum"] == 1
    assert page["schema"]["format"] == "int32"
    assert "50" in page["description"]


def test_event_type_stays_an_open_string() -> None:
    # bol's enum on this parameter differs between releases and lacks the seed's own CREATE_SHIPMENT.
    event_type = next(p for p in OPS["getProcessStatusEntityId"].parameters(SPEC) if p["name"] == "event-type")
    assert "enum" not in event_type["schema"]
    assert event_type["example"] == "CREATE_SHIPMENT"


def test_bulk_body_is_required_and_sent_as_the_retailer_type() -> None:
    body = OPS["getProcessStatusBulk"].node["requestBody"]
    assert body["required"] is True
    assert list(body["content"]) == [RETAILER]
    assert body["x-alternative-media-types"] == [ADVERTISER]
    assert body["content"][RETAILER]["schema"] == schema_ref("BulkProcessStatusRequest")
    queries = SPEC["components"]["schemas"]["BulkProcessStatusRequest"]["properties"]["processStatusQueries"]
    assert (queries["minItems"], queries["maxItems"]) == (1, 1000)


@pytest.mark.parametrize("operation_id", sorted(SEED_OPERATIONS))
def test_responses(operation_id: str) -> None:
    _, _, model, seed_statuses = SEED_OPERATIONS[operation_id]
    statuses = set(OPS[operation_id].node["responses"])
    body_statuses = {"415"} if "requestBody" in OPS[operation_id].node else set()
    assert statuses == seed_statuses | BOL_WIDE_STATUSES | body_statuses
    for status in statuses:
        res = response(operation_id, status)
        # Accept: both vendor types, retailer first (generated clients send the first one).
        assert list(res["content"]) == [RETAILER, ADVERTISER], status
        want = schema_ref(model) if status == "200" else schema_ref("Problem")
        for media in res["content"].values():
            assert media["schema"] == want
            assert media["examples"], f"{operation_id} {status} has no example"
    retry_after = resolve(SPEC, response(operation_id, "429")["headers"]["Retry-After"])
    assert retry_after["required"] is True
    assert retry_after["schema"]["type"] == "integer"


def test_lifecycle_extension() -> None:
    lifecycle = OPS["getProcessStatus"].node["x-async-status"]
    assert lifecycle == {
        "status": "/status",
        "pending": ["PENDING"],
        "running": [],
        "succeeded": ["SUCCESS"],
        "failed": ["FAILURE", "TIMEOUT"],
        "cancelled": [],
        "needs-action": [],
        "not-found": "expired",
        "bulk": "getProcessStatusBulk",
    }
    listed = [
        v for key in ("pending", "running", "succeeded", "failed", "cancelled", "needs-action") for v in lifecycle[key]
    ]
    assert sorted(listed) == sorted(STATUS_VALUES)  # each value in exactly one list
    assert lifecycle["bulk"] in OPS
    # The pointer names the schema's status field, whose enum is the one the lists cover.
    status_schema = resolve(SPEC, SPEC["components"]["schemas"]["ProcessStatus"]["properties"]["status"])
    assert set(status_schema["enum"]) == STATUS_VALUES


# --- Schemas ---------------------------------------------------------------------------------------


def test_process_status_schema() -> None:
    schema = SPEC["components"]["schemas"]["ProcessStatus"]
    assert set(schema["properties"]) == PROCESS_STATUS_FIELDS
    assert set(schema["required"]) == {"eventType", "description", "status", "createTimestamp"}
    assert schema["properties"]["createTimestamp"]["format"] == "date-time"
    assert schema["properties"]["processStatusId"]["type"] == "string"
    status = SPEC["components"]["schemas"]["ProcessStatusStatus"]
    assert (status["type"], status["enum"]) == ("string", ["PENDING", "SUCCESS", "FAILURE", "TIMEOUT"])
    assert set(SPEC["components"]["schemas"]["Link"]["required"]) == {"rel", "href", "method"}


def test_problem_schema() -> None:
    problem = SPEC["components"]["schemas"]["Problem"]
    assert set(problem["properties"]) == PROBLEM_FIELDS
    assert set(SPEC["components"]["schemas"]["Violation"]["properties"]) == {"name", "reason"}


@pytest.mark.parametrize("name", ["ProcessStatus", "Link", "ProcessStatusResponse", "Problem", "Violation"])
def test_answers_stay_open(name: str) -> None:
    assert "additionalProperties" not in SPEC["components"]["schemas"][name]


@pytest.mark.parametrize("example", list(examples(SPEC)), ids=lambda e: e.where)
def test_every_example_validates(example: Any) -> None:
    assert errors(SPEC, example.schema, example.value) == []


# --- Realistic answers that must validate, malformed ones that must not ---------------------------

DEMO_PENDING = {  # bol's v10 demo answer for GET /shared-demo/process-status/1
    "processStatusId": "1",
    "entityId": "555551",
    "eventType": "CREATE_SHIPMENT",
    "description": "This is a mocked process status.",
    "status": "PENDING",
    "createTimestamp": "2025-08-06T14:08:30.691614431+02:00",
    "links": [{"rel": "self", "href": "http://api.bol.com/shared-demo/process-status/1", "method": "GET"}],
}
DEMO_FAILURE = {
    **DEMO_PENDING,
    "processStatusId": "4",
    "entityId": "555554",
    "eventType": "CHANGE_TRANSPORT",
    "status": "FAILURE",
    "createTimestamp": "2025-08-06T14:08:30.767773698+02:00",
}
LIVE_WITHOUT_LINKS = {  # a live answer quoted by a third-party integration guide
    "processStatusId": "832785609",
    "entityId": "4a7e756b-f367-48eb-8218-6998ce3d6e34",
    "eventType": "CREATE_OFFER_EXPORT",
    "description": "Create an offer export.",
    "status": "SUCCESS",
    "createTimestamp": "2023-08-28T22:20:34+02:00",
}

VALID: list[tuple[str, str, Any]] = [
    ("demo pending", "ProcessStatus", DEMO_PENDING),
    ("demo failure", "ProcessStatus", DEMO_FAILURE),
    ("failure with message", "ProcessStatus", {**DEMO_FAILURE, "errorMessage": "Order item not found."}),
    ("timeout", "ProcessStatus", {**DEMO_PENDING, "status": "TIMEOUT", "eventType": "CREATE_INBOUND"}),
    ("live answer without links", "ProcessStatus", LIVE_WITHOUT_LINKS),
    ("event type newer than any list", "ProcessStatus", {**DEMO_PENDING, "eventType": "SOME_FUTURE_EVENT"}),
    ("field bol adds later", "ProcessStatus", {**DEMO_PENDING, "retryable": False}),
    ("bulk answer", "ProcessStatusResponse", {"processStatuses": [DEMO_PENDING, DEMO_FAILURE]}),
    ("nothing found", "ProcessStatusResponse", {"processStatuses": []}),
    ("bulk request", "BulkProcessStatusRequest", {"processStatusQueries": [{"processStatusId": "1"}]}),
    (
        "bulk request of 1000",
        "BulkProcessStatusRequest",
        {"processStatusQueries": [{"processStatusId": str(i)} for i in range(1000)]},
    ),
    (
        "validation problem",
        "Problem",
        {
            "type": "https://api.bol.com/problems",
            "title": "Error validating request. Consult the bol.com API documentation for more information.",
            "status": 400,
            "detail": "Bad request",
            "host": "Instance-001",
            "instance": "https://api.bol.com/shared/process-status",
            "violations": [{"name": "entity-id", "reason": "Required query parameter 'entity-id' is not present."}],
        },
    ),
    (
        "problem without detail",
        "Problem",
        {
            "type": "https://api.bol.com/problems",
            "title": "Your request is missing required fields.",
            "status": 400,
            "violations": [{"name": "event-type", "reason": "Request contains invalid value(s)."}],
        },
    ),
    (
        "not found problem",
        "Problem",
        {"type": "https://api.bol.com/problems", "title": "Not Found", "status": 404},
    ),
]

INVALID: list[tuple[str, str, Any]] = [
    ("lowercase status", "ProcessStatus", {**DEMO_PENDING, "status": "pending"}),
    ("status from another provider", "ProcessStatus", {**DEMO_PENDING, "status": "RUNNING"}),
    ("missing status", "ProcessStatus", {k: v for k, v in DEMO_PENDING.items() if k != "status"}),
    (
        "missing createTimestamp",
        "ProcessStatus",
        {k: v for k, v in DEMO_PENDING.items() if k != "createTimestamp"},
    ),
    ("timestamp not ISO 8601", "ProcessStatus", {**DEMO_PENDING, "createTimestamp": "06-08-2025 14:08"}),
    ("v3-style integer id", "ProcessStatus", {**DEMO_PENDING, "processStatusId": 1}),
    ("link without href", "ProcessStatus", {**DEMO_PENDING, "links": [{"rel": "self", "method": "GET"}]}),
    ("list without processStatuses", "ProcessStatusResponse", {}),
    ("processStatuses not a list", "ProcessStatusResponse", {"processStatuses": DEMO_PENDING}),
    ("bad item in list", "ProcessStatusResponse", {"processStatuses": [{**DEMO_PENDING, "status": "DONE"}]}),
    ("empty bulk request", "BulkProcessStatusRequest", {"processStatusQueries": []}),
    (
        "bulk request of 1001",
        "BulkProcessStatusRequest",
        {"processStatusQueries": [{"processStatusId": str(i)} for i in range(1001)]},
    ),
    ("bare ids in bulk request", "BulkProcessStatusRequest", {"processStatusQueries": ["1", "4"]}),
    ("query without id", "BulkProcessStatusRequest", {"processStatusQueries": [{}]}),
    (
        "problem status as text",
        "Problem",
        {"type": "https://api.bol.com/problems", "title": "x", "status": "40X"},
    ),
    ("problem without title", "Problem", {"type": "https://api.bol.com/problems", "status": 400}),
    (
        "violation without reason",
        "Problem",
        {
            "type": "https://api.bol.com/problems",
            "title": "x",
            "status": 400,
            "violations": [{"name": "page"}],
        },
    ),
]


@pytest.mark.parametrize(("case", "name", "value"), VALID, ids=[c for c, _, _ in VALID])
def test_realistic_answer_validates(case: str, name: str, value: Any) -> None:
    assert errors(SPEC, schema_ref(name), value) == []


@pytest.mark.parametrize(("case", "name", "value"), INVALID, ids=[c for c, _, _ in INVALID])
def test_malformed_answer_is_rejected(case: str, name: str, value: Any) -> None:
    assert errors(SPEC, schema_ref(name), value) != []
