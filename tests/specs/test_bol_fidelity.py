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
from specmodel import Example, Parameter, Response, Schema, errors, load

SPEC = load("bol")
OPS = SPEC.operations

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
# Evidence (tests/corpus/bol/SOURCES.md S2): picqer records a 403 problem for an inactive seller account too.
BOL_WIDE_STATUSES = {"401", "403", "406", "429"}

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


def response(operation_id: str, status: str) -> Response:
    return OPS[operation_id].responses[status]


def schema_of(param: Parameter) -> Schema:
    assert param.schema is not None, f"{param.name} has no schema"
    return param.schema


def param_named(operation_id: str, name: str) -> Parameter:
    return next(p for p in OPS[operation_id].parameters if p.name == name)


# --- Identity, servers, security ----------------------------------------------------------------


def test_identity() -> None:
    assert SPEC.openapi == "3.1.0"
    assert SPEC.version == "10.3.0"  # spec revision 3: subscriptions and the pushed event (corpus S10-S13)
    assert "bol.com" in SPEC.title
    assert SPEC.docs_url.startswith("https://api.bol.com/")
    assert list(SPEC.tags) == ["process-status", "subscriptions"]
    assert set(OPS) == set(SEED_OPERATIONS) | set(SUBSCRIPTION_OPERATIONS)
    for op_id in SEED_OPERATIONS:
        assert OPS[op_id].tags == ("process-status",)
        assert OPS[op_id].docs_url.startswith("https://api.bol.com/retailer/public/redoc/v10/shared.html")


def test_servers_reach_the_seed_paths_in_production_and_demo() -> None:
    production, demo = (urlsplit(s.url) for s in SPEC.servers)
    assert (production.scheme, production.netloc) == ("https", "api.bol.com")
    # The demo serves the same operations under /shared-demo/ instead of /shared/ on the same host.
    assert (demo.scheme, demo.netloc) == (production.scheme, production.netloc)
    assert (production.path, demo.path) == ("/shared", "/shared-demo")
    for operation_id, (method, seed_path, _, _) in SEED_OPERATIONS.items():
        op = OPS[operation_id]
        assert op.method == method
        assert production.path + op.path == seed_path


def test_security_is_oauth2_client_credentials_at_login_bol_com() -> None:
    assert SPEC.security == ("OAuth2",)
    scheme = SPEC.security_schemes["OAuth2"]
    assert scheme.type == "oauth2"
    assert scheme.token_url == "https://login.bol.com/token"
    assert scheme.flows == {"clientCredentials": {"tokenUrl": "https://login.bol.com/token", "scopes": {}}}


# --- Operations: parameters, bodies, responses ---------------------------------------------------


@pytest.mark.parametrize("operation_id", sorted(SEED_OPERATIONS))
def test_parameters_use_wire_names(operation_id: str) -> None:
    params = {p.name: p for p in OPS[operation_id].parameters}
    expected = SEED_PARAMETERS[operation_id]
    assert set(params) == {wire for wire, *_ in expected.values()}
    for wire, where, required, type_, default in expected.values():
        p = params[wire]
        assert (p.location, p.required, schema_of(p).types) == (where, required, (type_,))
        assert schema_of(p).get("default") == default


def test_page_is_one_based_with_pages_of_50() -> None:
    page = param_named("getProcessStatusEntityId", "page")
    assert schema_of(page).get("minimum") == 1
    assert schema_of(page).format == "int32"
    assert "50" in page.description


def test_event_type_stays_an_open_string() -> None:
    # bol's enum on this parameter differs between releases (37, 38, then 26 values; SOURCES.md S1).
    event_type = param_named("getProcessStatusEntityId", "event-type")
    assert "enum" not in schema_of(event_type)
    assert event_type.example == "CREATE_SHIPMENT"


@pytest.mark.parametrize("name", ["entity-id", "event-type"])
def test_query_values_must_not_be_empty(name: str) -> None:
    # bol refuses an empty required value ("The supplied value is empty, but is required."; SOURCES.md S4).
    param = param_named("getProcessStatusEntityId", name)
    assert schema_of(param).get("minLength") == 1


def test_bulk_body_is_required_and_sent_as_the_retailer_type() -> None:
    body = OPS["getProcessStatusBulk"].request_body
    assert body is not None
    assert body.required is True
    assert list(body.content) == [RETAILER]
    assert body.extensions["x-alternative-media-types"] == [ADVERTISER]
    body_schema = body.content[RETAILER].schema
    assert body_schema is not None and body_schema.name == "BulkProcessStatusRequest"
    queries = SPEC.schemas["BulkProcessStatusRequest"].properties["processStatusQueries"]
    assert (queries.get("minItems"), queries.get("maxItems")) == (1, 1000)


@pytest.mark.parametrize("operation_id", sorted(SEED_OPERATIONS))
def test_responses(operation_id: str) -> None:
    _, _, model, seed_statuses = SEED_OPERATIONS[operation_id]
    statuses = set(OPS[operation_id].responses)
    body_statuses = {"415"} if OPS[operation_id].request_body is not None else set()
    assert statuses == seed_statuses | BOL_WIDE_STATUSES | body_statuses
    for status in statuses:
        res = response(operation_id, status)
        # Accept: both vendor types, retailer first (generated clients send the first one).
        assert list(res.content) == [RETAILER, ADVERTISER], status
        want = model if status == "200" else "Problem"
        for media in res.content.values():
            assert media.schema is not None and media.schema.name == want
            assert media.examples, f"{operation_id} {status} has no example"
    # PROVIDERS.md says 429 comes with Retry-After; picqer records a 429 without it (SOURCES.md S2), so the
    # header is declared but not required.
    retry_after = response(operation_id, "429").headers["Retry-After"]
    assert retry_after.required is False
    assert retry_after.schema is not None and retry_after.schema.types == ("integer",)
    # Rate-limit headers on every answer (bol's rate-limit pages; picqer's recorded answers, S2, S5).
    for status in ("200", "429"):
        declared = response(operation_id, status).headers
        for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
            header = declared[name]
            assert header.required is False
            assert header.schema is not None and header.schema.types == ("integer",)


def test_lifecycle_extension() -> None:
    lifecycle = OPS["getProcessStatus"].extensions["x-async-status"]
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
        "type": "/eventType",
        "started": "/createTimestamp",
    }
    # The tracker's history: the type and the start time are fields of the answer (bol gives no end time).
    assert {"eventType", "createTimestamp"} <= set(SPEC.schemas["ProcessStatus"].properties)
    listed = [
        v for key in ("pending", "running", "succeeded", "failed", "cancelled", "needs-action") for v in lifecycle[key]
    ]
    assert sorted(listed) == sorted(STATUS_VALUES)  # each value in exactly one list
    assert lifecycle["bulk"] in OPS
    # The pointer names the schema's status field, whose enum is the one the lists cover.
    status_schema = SPEC.schemas["ProcessStatus"].properties["status"]
    assert status_schema.enum is not None and set(status_schema.enum) == STATUS_VALUES


# --- Schemas ---------------------------------------------------------------------------------------


def test_process_status_schema() -> None:
    schema = SPEC.schemas["ProcessStatus"]
    assert set(schema.properties) == PROCESS_STATUS_FIELDS
    assert set(schema.required) == {"eventType", "description", "status", "createTimestamp"}
    assert schema.properties["createTimestamp"].format == "date-time"
    assert schema.properties["processStatusId"].types == ("string",)
    status = SPEC.schemas["ProcessStatusStatus"]
    assert (status.types, status.enum) == (("string",), ("PENDING", "SUCCESS", "FAILURE", "TIMEOUT"))
    # The seed-era Link required {rel, href, method}; bol's current description (SOURCES.md S1) gives a Spring
    # HATEOAS link with no required member and no `method`, while recorded answers carry `method` (S3).
    link = SPEC.schemas["Link"]
    assert "required" not in link
    assert {"rel", "href", "method", "hreflang", "media", "title", "type", "deprecation", "profile", "name"} == set(
        link.properties
    )
    # bol leaves empty arrays out (S2): an empty list read is `{}`.
    assert "required" not in SPEC.schemas["ProcessStatusResponse"]


def test_problem_schema() -> None:
    problem = SPEC.schemas["Problem"]
    assert set(problem.properties) == PROBLEM_FIELDS
    assert set(SPEC.schemas["Violation"].properties) == {"name", "reason"}
    # Recorded gateway problems (401/403/429) have no `type` (S2); a recorded violation has no `name` (S4).
    assert set(problem.required) == {"title", "status"}
    assert SPEC.schemas["Violation"].required == ("reason",)


@pytest.mark.parametrize("name", ["ProcessStatus", "Link", "ProcessStatusResponse", "Problem", "Violation"])
def test_answers_stay_open(name: str) -> None:
    # Said explicitly (specs/README.md "Open responses"): generators such as OpenAPI Generator's Go
    # client treat a missing additionalProperties as closed.
    assert SPEC.schemas[name].get("additionalProperties") is True


@pytest.mark.parametrize("example", list(SPEC.examples()), ids=lambda e: e.where)
def test_every_example_validates(example: Example) -> None:
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
    # --- From the recorded answers in tests/corpus/bol/SOURCES.md ---
    (
        "expired token problem without type (S2)",
        "Problem",
        {
            "title": "Expired JWT",
            "status": 401,
            "detail": "JWT expired at 2023-03-16T12:53:03Z. Current time: 2023-03-16T14:10:20Z, a difference of "
            "4636598 milliseconds.  Allowed clock skew: 1000 milliseconds.",
        },
    ),
    (
        "rate limit problem without type (S2)",
        "Problem",
        {"title": "Too Many Requests", "status": 429, "detail": "Too many requests, retry in 4 seconds."},
    ),
    (
        "inactive account problem (S2)",
        "Problem",
        {
            "title": "Forbidden",
            "status": 403,
            "detail": "Account is not active, access denied.",
            "host": "Instance-112",
        },
    ),
    (
        "violation without name (S4)",
        "Problem",
        {
            "type": "https://api.bol.com/problems",
            "title": "Error validating request body. Consult the bol.com API documentation for more information.",
            "status": 400,
            "detail": "Bad request",
            "violations": [{"reason": "Conflicting transport method: Either provide Transport or ShippingLabelId."}],
        },
    ),
    # The seed-era spec rejected these two; the evidence says bol sends them (S1: no Link member required; S2:
    # empty arrays are left out).
    ("link without href", "ProcessStatus", {**DEMO_PENDING, "links": [{"rel": "self", "method": "GET"}]}),
    ("list without processStatuses", "ProcessStatusResponse", {}),
    (
        "link in the current description's shape (S1)",
        "ProcessStatus",
        {
            **DEMO_PENDING,
            "links": [{"rel": "self", "href": "https://api.bol.com/shared/process-status/1", "type": "x"}],
        },
    ),
    (
        "five-digit fraction (S4)",
        "ProcessStatus",
        {**DEMO_PENDING, "createTimestamp": "2021-03-22T09:11:19.98362+01:00"},
    ),
    (
        "status without entityId (S3 202 answers)",
        "ProcessStatus",
        {k: v for k, v in DEMO_PENDING.items() if k != "entityId"},
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
    (
        "link not an object",
        "ProcessStatus",
        {**DEMO_PENDING, "links": ["http://api.bol.com/shared-demo/process-status/1"]},
    ),
    ("processStatuses null", "ProcessStatusResponse", {"processStatuses": None}),
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
    ("problem without status", "Problem", {"title": "Too Many Requests", "detail": "Too many requests."}),
    # The token endpoint's OAuth error (S2) is not a Problem: the SDKs must handle it outside the contract.
    ("oauth error shape", "Problem", {"error": "invalid_client", "error_description": "Bad client credentials"}),
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


@pytest.mark.parametrize("value", ["1", "1234567", "01a0453c-0303-73cd-9b90-d84c8e1babe9"])
def test_process_status_ids_of_both_forms_are_valid(value: str) -> None:
    # Digits (demo, answers up to 2025) and version-7 UUIDs (live answers since 2026, corpus S9): no pattern.
    path = OPS["getProcessStatus"].parameter("process-status-id", "path").schema
    assert path is not None and errors(SPEC, path, value) == []
    member = SPEC.schemas["ProcessStatus"].properties["processStatusId"]
    assert errors(SPEC, member, value) == []
    assert errors(SPEC, {"$ref": "#/components/schemas/ProcessStatusId"}, {"processStatusId": value}) == []


# --- Subscriptions and the pushed event (bol's Retailer API v10 description, corpus S10-S13) ------------------

# operationId -> (method, path under the retailer server, bol's operationId, bol's declared statuses)
SUBSCRIPTION_OPERATIONS: dict[str, tuple[str, str, str, set[str]]] = {
    "getPushNotificationSubscriptions": (
        "get",
        "/subscriptions",
        "get-push-notification-subscriptions",
        {"200", "400"},
    ),
    "postPushNotificationSubscription": (
        "post",
        "/subscriptions",
        "post-push-notification-subscription",
        {"202", "400"},
    ),
    "getSubscriptionKeys": ("get", "/subscriptions/signature-keys", "get-subscription-keys", {"200"}),
    "postTestPushNotification": (
        "post",
        "/subscriptions/test/{subscription-id}",
        "post-test-push-notification",
        {"202", "400"},
    ),
    "getPushNotificationSubscription": (
        "get",
        "/subscriptions/{subscription-id}",
        "get-push-notification-subscription",
        {"200", "400", "404"},
    ),
    "putPushNotificationSubscription": (
        "put",
        "/subscriptions/{subscription-id}",
        "put-push-notification-subscription",
        {"202", "400"},
    ),
    "deletePushNotificationSubscription": (
        "delete",
        "/subscriptions/{subscription-id}",
        "delete-push-notification-subscription",
        {"202", "400"},
    ),
}
RETAILER_SERVERS = ("https://api.bol.com/retailer", "https://api.bol.com/retailer-demo")
REQUEST_RESOURCES = [
    "PROCESS_STATUS",
    "SHIPMENT",
    "PRICE_STAR_BOUNDARY",
    "COMPETING_OFFER",
    "OFFER_FOR_SALE",
    "OFFER_NOT_FOR_SALE",
    "ORDER",
]
# The signed delivery of corpus S11 (rojtjo/bol-api-client src/Types/SignatureKeyTest.php), byte for byte.
SIGNED_BODY = (
    '{"retailerId":1659925,"timeStamp":"2021-11-18T16:37:13+01:00","event":{"resource":"PROCESS_STATUS",'
    '"type":"SUCCESS","resourceId":"33371690441","metadata":{},"links":[]}}'
)
DOCS_BODY: dict[str, Any] = {
    "retailerId": 1234567,
    "timestamp": "2020-02-02T23:23:23+01:00",
    "event": {"resource": "PROCESS_STATUS", "type": "SUCCESS", "resourceId": "1234567"},
}


@pytest.mark.parametrize("operation_id", list(SUBSCRIPTION_OPERATIONS))
def test_subscription_operation(operation_id: str) -> None:
    method, path, bol_id, declared = SUBSCRIPTION_OPERATIONS[operation_id]
    op = OPS[operation_id]
    assert (op.method, op.path, op.tags) == (method, path, ("subscriptions",))
    assert op.docs_url == f"https://api.bol.com/retailer/public/redoc/v10/retailer.html#operation/{bol_id}"
    # bol's own statuses, plus what every bol call can get (S2, PROVIDERS.md): 401, 403, 406, 429; 415 with a body
    bol_wide = {"401", "403", "406", "429"} | ({"415"} if op.request_body is not None else set())
    assert set(op.responses) == declared | bol_wide
    for status in declared:  # bol declares its own answers under the retailer type only (S10)
        assert list(op.responses[status].content) == [RETAILER], status
    assert op.async_status is None


@pytest.mark.parametrize("operation_id", list(SUBSCRIPTION_OPERATIONS))
def test_subscriptions_live_under_the_retailer_api(operation_id: str) -> None:
    # bol's description: /retailer/subscriptions...; the spec's own servers are /shared and /shared-demo.
    assert OPS[operation_id].servers == RETAILER_SERVERS
    assert [s.url for s in SPEC.servers] == ["https://api.bol.com/shared", "https://api.bol.com/shared-demo"]


@pytest.mark.parametrize("operation_id", [k for k, v in SUBSCRIPTION_OPERATIONS.items() if "202" in v[3]])
def test_changing_a_subscription_is_itself_a_process(operation_id: str) -> None:
    assert OPS[operation_id].response_schema("202", RETAILER).name == "ProcessStatus"


def test_subscription_request_is_bols() -> None:
    request = SPEC.schemas["SubscriptionRequest"]
    assert set(request.required) == {"resources", "url", "subscriptionType"}
    assert set(request.properties) == {"resources", "url", "subscriptionType", "enabled", "identity"}
    assert list(SPEC.schemas["SubscriptionResource"].enum or ()) == REQUEST_RESOURCES
    assert list(SPEC.schemas["SubscriptionType"].enum or ()) == ["WEBHOOK", "GCP_PUBSUB", "AWS_SQS"]
    for op_id in ("postPushNotificationSubscription", "putPushNotificationSubscription"):
        body = OPS[op_id].request_body
        assert body is not None and body.required and list(body.content) == [RETAILER]


def test_subscription_answer_keeps_unknown_resources() -> None:
    answer = SPEC.schemas["SubscriptionResponse"]
    assert set(answer.required) == {"id", "resources", "url", "subscriptionType"}
    # bol's answer enum has TEST besides the request's values, and grows: an open string here.
    item = {
        "id": "1",
        "resources": ["TEST", "SOMETHING_NEW"],
        "url": "https://x.example/p",
        "subscriptionType": "WEBHOOK",
    }
    assert errors(SPEC, schema_ref("SubscriptionResponse"), item) == []
    assert errors(SPEC, schema_ref("SubscriptionResponse"), {**item, "subscriptionType": "EMAIL"}) != []


def test_signature_keys_are_bols_key_sets() -> None:
    key = SPEC.schemas["KeySet"]
    assert set(key.required) == {"id", "type", "publicKey"}
    assert list(SPEC.schemas["SignatureKeyType"].enum or ()) == ["RSA"]
    assert errors(SPEC, schema_ref("KeySetResponse"), {"signatureKeys": [{"id": "0", "type": "RSA"}]}) != []


def test_the_pushed_event_is_a_webhook_with_both_signature_headers() -> None:
    import json

    hook = SPEC.doc.data["webhooks"]["processStatusPushed"]["post"]
    headers = {p["name"]: p for p in hook["parameters"]}
    assert set(headers) == {"Signature", "X-BOL-Signature"}
    assert all(p["in"] == "header" and p["required"] is False for p in headers.values())
    assert "S12" in headers["Signature"]["description"] and "S12" in headers["X-BOL-Signature"]["description"]
    body = hook["requestBody"]["content"]["application/json"]["schema"]
    assert body == schema_ref("PushNotification")
    assert errors(SPEC, body, json.loads(SIGNED_BODY)) == []  # `timeStamp`, metadata and links (S11)
    assert errors(SPEC, body, DOCS_BODY) == []  # `timestamp` (S12)


@pytest.mark.parametrize(
    "broken",
    [
        {"retailerId": 1, "event": {"resource": "PROCESS_STATUS", "type": "SUCCESS"}},
        {"retailerId": 1},
        {"retailerId": "1", "event": DOCS_BODY["event"]},
        {"retailerId": 1, "event": {**DOCS_BODY["event"], "resourceId": 1234567}},
    ],
    ids=["no resourceId", "no event", "retailerId as text", "resourceId as number"],
)
def test_a_malformed_event_is_rejected(broken: dict[str, Any]) -> None:
    assert errors(SPEC, schema_ref("PushNotification"), broken) != []
