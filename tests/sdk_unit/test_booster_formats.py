"""booster: `format_` asks ServiceStack for CSV or JSON Lines, and the endpoint reads the answer by its
Content-Type into the same `Task` models as the JSON answer (ServiceStack's csv-format and jsonl-format
pages; the corpus has real-shaped CSV and JSON Lines answers)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx
import pytest

from sdk_unit.sdk_support import TEST_BASE_URL, sdk, to_wire

TASKS: list[dict[str, Any]] = [
    {
        "asyncTaskId": "3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c",
        "type": "stock",
        "requestDate": "2024-06-20T08:43:55",
        "status": "COM",
        "percentage": 100,
        "brand": "CAR",
        "downloadUrl": "https://booster.example/stock,CAR.csv",
        "totalResults": 1250,
        "totalSucceeded": 1250,
        "totalFailed": 0,
    },
    {
        "asyncTaskId": "9c4e1a770b524f3ea6d17e8f90a1b2c3",
        "type": "sellout",
        "requestDate": "2024-06-21T14:05:12",
        "status": "INP",
        "percentage": 40,
        "brand": "VCA",
    },
]
COLUMNS = ["asyncTaskId", "type", "requestDate", "status", "percentage", "brand", "downloadUrl"]
COLUMNS += ["signedDownloadUrl", "totalResults", "totalSucceeded", "totalFailed"]


def as_csv(tasks: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for task in tasks:
        writer.writerow(["" if task.get(c) is None else task[c] for c in COLUMNS])
    return out.getvalue()


def answer(request: httpx.Request, tasks: list[dict[str, Any]], single: bool) -> httpx.Response:
    chosen = request.url.params.get("format", "json")
    if chosen == "csv":
        return httpx.Response(200, text=as_csv(tasks), headers={"Content-Type": "text/csv"})
    if chosen == "jsonl":
        lines = "\n".join(json.dumps(t) for t in tasks) + ("" if single else "\n")
        return httpx.Response(200, text=lines, headers={"Content-Type": "text/jsonl"})
    body = tasks[0] if single else tasks
    return httpx.Response(200, json=body, headers={"Content-Type": "application/json; charset=utf-8"})


def client(single: bool, seen: list[httpx.Request]) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request, TASKS[:1] if single else TASKS, single)

    return sdk("booster").package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": httpx.MockTransport(respond)})


@pytest.mark.parametrize("chosen", ["CSV", "JSONL", "JSON"])
def test_get_tasks_in_every_format_gives_the_json_models(chosen: str) -> None:
    booster = sdk("booster")
    get_tasks = booster.submodule("api.tasks.get_tasks")
    seen: list[httpx.Request] = []
    with client(False, seen) as c:
        parsed = get_tasks.sync(client=c, format_=booster.model("Format")[chosen])
    assert seen[0].url.params["format"] == chosen.lower()
    assert isinstance(parsed, list) and all(isinstance(t, booster.model("Task")) for t in parsed)
    assert to_wire(parsed) == TASKS


@pytest.mark.parametrize("chosen", ["CSV", "JSONL"])
def test_get_task_detail_in_every_format_gives_the_json_model(chosen: str) -> None:
    booster = sdk("booster")
    get_task_detail = booster.submodule("api.tasks.get_task_detail")
    seen: list[httpx.Request] = []
    with client(True, seen) as c:
        parsed = get_task_detail.sync(TASKS[0]["asyncTaskId"], client=c, format_=booster.model("Format")[chosen])
    assert isinstance(parsed, booster.model("Task"))
    assert parsed.to_dict() == TASKS[0]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/csv", ""),  # no header row: not "no tasks"
        ("text/csv", "<html><body>502 Bad Gateway</body></html>"),
        ("text/csv", '[{"asyncTaskId": "x"}]'),  # JSON mislabelled as CSV
        ("text/jsonl", '{"asyncTaskId": "x"\n'),  # a broken line
    ],
)
def test_a_body_that_is_not_the_format_is_the_packages_error(content_type: str, body: str) -> None:
    booster = sdk("booster")
    get_tasks = booster.submodule("api.tasks.get_tasks")

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=body, headers={"Content-Type": content_type})

    c = booster.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": httpx.MockTransport(respond)})
    with c, pytest.raises(booster.submodule("errors").UnexpectedResponse) as raised:
        get_tasks.sync_detailed(client=c)
    assert raised.value.status_code == 200 and raised.value.content == body.encode()


def test_csv_module_refuses_text_without_the_header_row() -> None:
    booster = sdk("booster")
    csv_module = booster.submodule("csv")

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="Service Unavailable\r\n", headers={"Content-Type": "text/csv"})

    c = booster.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": httpx.MockTransport(respond)})
    with c, pytest.raises(csv_module.CsvFormatError, match="lacks the required column"):
        csv_module.get_tasks(client=c)
    assert issubclass(csv_module.CsvFormatError, booster.submodule("errors").SDKError)
