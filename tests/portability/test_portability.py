"""`make portability` without Java, Node or Go: which stages it skips and why, how it maps fixtures
onto generated clients, and the spec rules that keep the specs usable by other generators (specs/README.md
"Open responses" and "Portable across generators"), checked on every spec so `make test` holds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from mocks.registry import create_app
from providers import KEYS
from specmodel import Schema, load
from spectools import portability
from spectools.portability import Call, PortabilityError, Tools, calls, plan, read_go, read_typescript

ALL = Tools(generator="ogc", java="java", node="node", tsc="tsc", go="go", prism="prism")


def tools(**missing: None) -> Tools:
    return Tools(**{**ALL.__dict__, **missing})


# --- skip logic -------------------------------------------------------------------------------------
def test_everything_runs_when_every_tool_is_there() -> None:
    assert plan(ALL) == portability.Plan(typescript=True, go=True, prism=True, skipped=())


@pytest.mark.parametrize(
    ("missing", "runs", "message"),
    [
        ({"java": None}, (False, False, False), "java (17+) not found"),
        ({"generator": None}, (False, False, False), "openapi-generator-cli (pip)"),
        ({"tsc": None}, (False, True, False), "tsc (npm typescript) not found"),
        ({"node": None}, (False, True, False), "TypeScript clients: node not found"),
        ({"go": None}, (True, False, True), "apt-get install golang-go"),
        ({"prism": None}, (True, True, False), "@stoplight/prism-cli"),
    ],
)
def test_a_missing_tool_skips_its_stages_and_says_what_to_install(
    missing: dict[str, None], runs: tuple[bool, bool, bool], message: str
) -> None:
    result = plan(tools(**missing))
    assert (result.typescript, result.go, result.prism) == runs
    assert any(message in line for line in result.skipped), result.skipped


def test_prism_is_reported_skipped_when_typescript_is() -> None:
    result = plan(tools(tsc=None))
    assert any(line.startswith("Prism runs: they use the TypeScript clients") for line in result.skipped)


def test_only_limits_the_stages_without_calling_them_skipped() -> None:
    result = plan(tools(go=None), want=frozenset({"typescript"}))
    assert (result.typescript, result.go, result.prism, result.skipped) == (True, False, False, ())


def test_strict_fails_on_a_skip(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(portability, "find_tools", lambda: tools(java=None))
    monkeypatch.setattr(portability, "portability", lambda keys, tools, the_plan: [])
    assert portability.main(["bol"]) == 0
    assert portability.main(["bol", "--strict"]) == 1
    assert "skipped: every client: java (17+) not found" in capsys.readouterr().out


def test_an_unknown_provider_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        portability.main(["nosuch"])
    assert exit_info.value.code == 2
    assert "unknown provider nosuch" in capsys.readouterr().err


# --- fixtures onto calls ----------------------------------------------------------------------------
def test_calls_give_string_parameters_as_strings_and_split_off_the_body() -> None:
    fixtures = [
        {"operation": "getAsyncTask", "params": {"reseller_id": 1, "async_task_id": 48213}, "status": "pending"}
    ]
    (call,) = calls(load("activeplatform"), fixtures)
    assert call.params == {"reseller_id": 1, "async_task_id": "48213"}
    assert call.headers == {"Accept": "application/vnd.api+json", "Content-Type": "application/vnd.api+json"}
    bol = load("bol")
    mock, _ = create_app("bol")  # every operation's fixture, the bulk one replaced by this test's
    fixtures = [
        {"operation": "getProcessStatusBulk", "params": {"processStatusQueries": [{"processStatusId": "1"}]}},
        *(f for f in mock.fixtures() if f["operation"] != "getProcessStatusBulk"),
    ]
    bulk = next(c for c in calls(bol, fixtures) if c.operation_id == "getProcessStatusBulk")
    assert (bulk.params, bulk.body) == ({}, {"processStatusQueries": [{"processStatusId": "1"}]})


def test_a_fixture_without_an_operation_or_with_stray_parameters_is_an_error() -> None:
    with pytest.raises(PortabilityError, match="getAsyncTask: the mock lists no fixture"):
        calls(load("activeplatform"), [])
    stray = [{"operation": "getProcess", "params": {"processId": 1, "bogus": 2}}]
    with pytest.raises(PortabilityError, match=r"fixture parameters \['bogus'\] are not parameters"):
        calls(load("realtimeregister"), stray)


def test_generated_sources_are_read_for_names_and_types(tmp_path: Path) -> None:
    (tmp_path / "apis").mkdir()
    (tmp_path / "apis" / "ProcessStatusApi.ts").write_text(
        "export interface GetProcessStatusBulkRequest {\n    bulkProcessStatusRequest: BulkProcessStatusRequest;\n}\n"
        "export class ProcessStatusApi extends runtime.BaseAPI {\n"
        "    async getProcessStatusBulkRaw(requestParameters: GetProcessStatusBulkRequest) {}\n}\n"
    )
    ts = read_typescript(tmp_path, ["getProcessStatusBulk"])["getProcessStatusBulk"]
    assert (ts.api_class, ts.method, ts.request_fields) == (
        "ProcessStatusApi",
        "getProcessStatusBulkRaw",
        {"bulkProcessStatusRequest": "BulkProcessStatusRequest"},
    )
    (tmp_path / "api_async_tasks.go").write_text(
        "func (a *AsyncTasksAPIService) GetAsyncTask(ctx context.Context, resellerId int64, asyncTaskId string)"
        " ApiGetAsyncTaskRequest {\n"
        "func (r ApiGetAsyncTaskRequest) Page(page int32) ApiGetAsyncTaskRequest {\n"
    )
    go = read_go(tmp_path, ["getAsyncTask"])["getAsyncTask"]
    assert (go.service, go.positional, go.builders) == (
        "AsyncTasksAPI",
        [("resellerId", "int64"), ("asyncTaskId", "string")],
        {"page": ("Page", "int32")},
    )
    with pytest.raises(PortabilityError, match=r"no generated method for \['getTasks'\]"):
        read_go(tmp_path, ["getTasks"])


def test_the_go_program_types_every_argument_from_the_fixture() -> None:
    spec = load("bol")
    call = Call("getProcessStatusBulk", {}, {"processStatusQueries": []}, {"Accept": "x"}, frozenset())
    op = portability.GoOperation(
        "ProcessStatusAPI",
        "GetProcessStatusBulk",
        [],
        {"bulkprocessstatusrequest": ("BulkProcessStatusRequest", "BulkProcessStatusRequest")},
    )
    text = portability.go_main("bol", spec, [call], {"getProcessStatusBulk": op})
    assert ".BulkProcessStatusRequest(decode[client.BulkProcessStatusRequest](" in text
    assert "client.ContextOAuth2" in text and '"golang.org/x/oauth2"' in text
    assert "PORTABILITY_TOKEN" in text and "mock-" not in text  # credentials come from the environment


# --- spec rules other generators need ---------------------------------------------------------------
def _objects(schema: Schema | None, where: str, seen: set[str]) -> list[tuple[str, Schema]]:
    """Every object schema reachable from `schema` (named or inline), with where it is."""
    if schema is None:
        return []
    if schema.name is not None:  # reached through a $ref to #/components/schemas/<name>
        ref = f"#/components/schemas/{schema.name}"
        if ref in seen:
            return []
        seen.add(ref)
        where = ref
    found = []
    if "object" in schema.types or "properties" in schema or "allOf" in schema:
        found.append((where, schema))
    for name, sub in schema.properties.items():
        found += _objects(sub, f"{where}/properties/{name}", seen)
    found += _objects(schema.items, f"{where}/items", seen)
    found += _objects(schema.additional_properties, f"{where}/additionalProperties", seen)
    for key, subs in (("allOf", schema.all_of), ("anyOf", schema.any_of), ("oneOf", schema.one_of)):
        for i, sub in enumerate(subs):
            found += _objects(sub, f"{where}/{key}/{i}", seen)
    return found


@pytest.mark.parametrize("key", KEYS)
def test_every_response_object_says_it_is_open(key: str) -> None:
    spec = load(key)
    seen: set[str] = set()
    closed = []
    for op_id, op in spec.operations.items():
        for status, response in op.responses.items():
            for media, content in response.content.items():
                for where, schema in _objects(content.schema, f"{op_id} {status} {media}", seen):
                    extra = schema.get("additionalProperties")
                    if extra is not True and not isinstance(extra, dict):
                        closed.append(where)
    assert closed == [], f"specs/{key}.yaml: say `additionalProperties: true` (specs/README.md, Open responses)"


# A parameter that is an `anyOf` becomes a wrapper struct in OpenAPI Generator's Go client, written into the
# URL as `booster.GetTasksFormatParameter+value` (booster's `format` was one); none may be left.
KNOWN_UNIONS: set[tuple[str, str, str]] = set()


@pytest.mark.parametrize("key", KEYS)
def test_every_parameter_has_one_schema_of_one_json_type(key: str) -> None:
    for op_id, op in load(key).operations.items():
        for parameter in op.parameters:
            if (key, op_id, parameter.name) in KNOWN_UNIONS:
                continue
            where = f"specs/{key}.yaml {op_id} {parameter.name}"
            schema = parameter.schema
            assert schema is not None, f"{where}: a schema"
            assert not {"anyOf", "oneOf"} & set(schema.node), f"{where}: one schema (a pattern for several forms)"
            assert isinstance(schema.get("type"), str), f"{where}: one JSON type"


@pytest.mark.parametrize("key", KEYS)
def test_info_names_a_contact(key: str) -> None:
    contact = load(key).contact
    assert contact.get("name") and (contact.get("url") or contact.get("email")), f"specs/{key}.yaml: info.contact"


def test_the_typescript_name_mapping_is_the_one_the_spec_documents() -> None:
    description = load("booster").schemas["ResponseError"].description
    assert f"--model-name-mappings {portability.TS_NAME_MAPPINGS}" in description
    assert portability.TS_NAME_MAPPINGS.startswith("ResponseError=")
