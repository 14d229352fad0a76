"""booster_task_client.csv: the booster operations fetched as `text/csv` and parsed into the same `Task`
models as JSON (RFC 4180 quoting, empty cells as unset, typed cells, unknown columns kept), with typed
errors; and the generator's side: the module exists exactly where a spec offers `text/csv`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from asyncstatus_core.csv_rows import CsvFormatError
from booster_task_client import Client, errors
from booster_task_client import csv as booster_csv
from booster_task_client.models import EmptyTaskDetailResponse, ErrorResponse, Task, TaskStatus
from booster_task_client.types import Unset
from codegen.sdkfacts import csv_answers
from providers import KEYS, PROVIDERS
from specmodel import load

BASE = "https://booster.invalid"
HEADER = (
    "asyncTaskId,type,requestDate,status,percentage,brand,downloadUrl,signedDownloadUrl,"
    "totalResults,totalSucceeded,totalFailed"
)
ID = "3f2b8c1e-9a4d-4e6f-8b7c-2d1e0f9a8b7c"
ROW = f"{ID},stock,2024-06-20T08:43:55Z,COM,100,CAR,https://x.invalid/a.csv,,1250,1250,0"
CSV = {"Content-Type": "text/csv; charset=utf-8"}


class Recorder:
    """A MockTransport answering every request with a copy of `answer`, keeping the requests."""

    def __init__(self, answer: httpx.Response) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.answer.status_code, content=self.answer.content, headers=self.answer.headers)

    def client(self) -> Client:
        return Client(base_url=BASE, httpx_args={"transport": self.transport})


def answering(body: str | bytes, status: int = 200, headers: dict[str, str] | None = None) -> Recorder:
    content = body.encode() if isinstance(body, str) else body
    return Recorder(httpx.Response(status, content=content, headers=CSV if headers is None else headers))


def tasks_from(body: str) -> list[Task]:
    recorder = answering(body)
    sync = booster_csv.get_tasks(client=recorder.client())
    asynchronous = asyncio.run(booster_csv.asyncio_get_tasks(client=recorder.client()))
    assert [t.to_dict() for t in sync] == [t.to_dict() for t in asynchronous]
    return sync


# --- the request -------------------------------------------------------------------------------------


def test_list_request_asks_for_csv_only() -> None:
    recorder = answering(f"{HEADER}\r\n{ROW}\r\n")
    booster_csv.get_tasks(client=recorder.client())
    asyncio.run(booster_csv.asyncio_get_tasks(client=recorder.client()))
    for request in recorder.requests:
        assert request.method == "GET"
        assert request.url == httpx.URL(f"{BASE}/tasks")  # no ?format= next to the Accept header
        assert request.headers.get_list("accept") == ["text/csv"]


def test_detail_request_asks_for_csv_and_refuses_a_non_guid_id_unsent() -> None:
    recorder = answering(f"{HEADER}\r\n{ROW}\r\n")
    task = booster_csv.get_task_detail(client=recorder.client(), async_task_id=ID)
    again = asyncio.run(booster_csv.asyncio_get_task_detail(client=recorder.client(), async_task_id=ID))
    assert isinstance(task, Task) and task.to_dict() == again.to_dict()
    assert recorder.requests[0].url == httpx.URL(f"{BASE}/tasks/{ID}")
    assert [r.headers.get_list("accept") for r in recorder.requests] == [["text/csv"], ["text/csv"]]
    # The spec's pattern admits only a Guid: "a/b" would have reached another route (or a 400) unchecked.
    with pytest.raises(ValueError, match="async_task_id: 'a/b' does not match"):
        booster_csv.get_task_detail(client=recorder.client(), async_task_id="a/b")
    assert len(recorder.requests) == 2


# --- parsing -------------------------------------------------------------------------------------------


def test_row_parses_into_the_same_task_as_json() -> None:
    [task] = tasks_from(f"{HEADER}\r\n{ROW}\r\n")
    assert task.to_dict() == {
        "asyncTaskId": ID,
        "type": "stock",
        "requestDate": "2024-06-20T08:43:55Z",
        "status": "COM",
        "percentage": 100,
        "brand": "CAR",
        "downloadUrl": "https://x.invalid/a.csv",
        "totalResults": 1250,
        "totalSucceeded": 1250,
        "totalFailed": 0,
    }
    assert task.status is TaskStatus.COM


def test_rfc_4180_quoting() -> None:
    url = 'https://x.invalid/a,b.csv?q="1"'
    body = (
        f"{HEADER}\r\n"
        f'{ID},"stock, daily","line one\r\nline two",INP,40,"VCA","{url.replace(chr(34), 2 * chr(34))}",,,,\r\n'
        f'{ID},"""quoted""",x,REQ,0,IWC,"",,,,\r\n'
    )
    first, second = tasks_from(body)
    assert first.type_ == "stock, daily"
    assert first.request_date == "line one\r\nline two"  # an embedded CRLF is part of the cell
    assert first.brand == "VCA"
    assert first.download_url == url
    assert second.type_ == '"quoted"'


def test_lf_line_endings_bom_and_blank_trailing_lines() -> None:
    body = "\ufeff" + f"{HEADER}\n{ROW}\n\n"
    [task] = tasks_from(body)
    assert task.async_task_id == ID
    assert task.total_failed == 0


def test_empty_cells_leave_optional_fields_unset() -> None:
    [task] = tasks_from(f"{HEADER}\r\n{ID},sellout,2024-06-21T14:05:12Z,INP,40,VCA,,,,,\r\n")
    for value in (task.download_url, task.signed_download_url, task.total_results, task.total_succeeded):
        assert isinstance(value, Unset)
    assert isinstance(task.total_failed, Unset)
    assert set(task.to_dict()) == {"asyncTaskId", "type", "requestDate", "status", "percentage", "brand"}


def test_empty_required_string_is_empty_text() -> None:
    [task] = tasks_from(f"{HEADER}\r\n{ID},,2024-06-21T14:05:12Z,INP,40,VCA,,,,,\r\n")
    assert task.type_ == ""


def test_integer_cells_become_int() -> None:
    [task] = tasks_from(f"{HEADER}\r\n{ID},crm,d,ERR,7,IWC,,,80,0,80\r\n")
    assert (task.percentage, task.total_results, task.total_succeeded, task.total_failed) == (7, 80, 0, 80)
    assert all(type(v) is int for v in (task.percentage, task.total_results, task.total_failed))


@pytest.mark.parametrize("cell", ["forty", "4.5", "", "99999999999"])
def test_bad_integer_cell_is_a_format_error(cell: str) -> None:
    with pytest.raises(CsvFormatError, match="percentage"):
        tasks_from(f"{HEADER}\r\n{ID},crm,d,ERR,{cell},IWC,,,,,\r\n")


def test_unknown_status_value_survives() -> None:
    [task] = tasks_from(f"{HEADER}\r\n{ID},crm,d,PAUSED,7,IWC,,,,,\r\n")
    assert task.status == "PAUSED" and not task.status.is_known


def test_unknown_column_is_kept_in_additional_properties() -> None:
    body = f"{HEADER},priority,note\r\n{ROW},high,\r\n"
    [task] = tasks_from(body)
    assert task.additional_properties == {"priority": "high"}  # an empty unknown cell is unset too
    assert task.to_dict()["priority"] == "high"


def test_header_casing_and_order_do_not_matter() -> None:
    body = "Brand,ASYNCTASKID,type,requestDate,status,percentage\r\nCAR," + ID + ",stock,d,COM,100\r\n"
    [task] = tasks_from(body)
    assert (task.brand, task.async_task_id, task.percentage) == ("CAR", ID, 100)
    assert task.additional_properties == {}


def test_a_header_alone_is_an_empty_list() -> None:
    assert tasks_from(f"{HEADER}\r\n") == []


@pytest.mark.parametrize("body", ["", "[]", "Service Unavailable\r\n", '{"responseStatus": {}}'])
def test_text_without_the_header_row_is_an_error_not_an_empty_list(body: str) -> None:
    # ServiceStack writes the header row even for an empty list (corpus booster S5), so a body without
    # it is not this CSV (an error page, the metadata page's `[]` placeholder): never "no tasks".
    with pytest.raises(CsvFormatError):
        booster_csv.get_tasks(client=answering(body).client())


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("asyncTaskId,type\r\nx,y\r\n", "required column"),
        (f"{HEADER}\r\n{ROW},extra\r\n", "12 cells for 11 columns"),
        (f'{HEADER}\r\n{ID},"unterminated\r\n', "malformed CSV"),
        (f"{HEADER},type\r\n{ROW},again\r\n", "repeats the column"),
    ],
)
def test_malformed_csv_is_a_format_error(body: str, message: str) -> None:
    with pytest.raises(CsvFormatError, match=message):
        booster_csv.get_tasks(client=answering(body).client())


@pytest.mark.parametrize("rows", [0, 2])
def test_detail_needs_exactly_one_row(rows: int) -> None:
    body = HEADER + "\r\n" + "".join(ROW + "\r\n" for _ in range(rows))
    with pytest.raises(CsvFormatError, match=f"expected one CSV record, got {rows}"):
        booster_csv.get_task_detail(client=answering(body).client(), async_task_id=ID)


# --- errors -------------------------------------------------------------------------------------------

NOT_FOUND = {"responseStatus": {"errorCode": "NotFound", "message": "Task not found", "errors": []}}
EMPTY_DETAIL = {"asyncTaskId": "0" * 32, "percentage": 0}


def test_a_404_raises_with_the_empty_response_dto() -> None:
    recorder = Recorder(httpx.Response(404, json=EMPTY_DETAIL))
    with pytest.raises(booster_csv.ErrorStatus) as caught:
        booster_csv.get_task_detail(client=recorder.client(), async_task_id=ID)
    assert caught.value.status_code == 404
    assert isinstance(caught.value.parsed, EmptyTaskDetailResponse)
    assert caught.value.parsed.to_dict() == EMPTY_DETAIL


@pytest.mark.parametrize("status", [400, 401, 403, 500])
def test_documented_error_status_raises_with_the_typed_model(status: int) -> None:
    recorder = Recorder(httpx.Response(status, json=NOT_FOUND))
    calls: list[Callable[[], Task]] = [
        lambda: booster_csv.get_task_detail(client=recorder.client(), async_task_id=ID),
        lambda: asyncio.run(booster_csv.asyncio_get_task_detail(client=recorder.client(), async_task_id=ID)),
    ]
    for call in calls:
        with pytest.raises(booster_csv.ErrorStatus) as caught:
            call()
        assert caught.value.status_code == status
        assert isinstance(caught.value.parsed, ErrorResponse)
        assert caught.value.parsed.response_status.error_code == "NotFound"
        assert caught.value.parsed.to_dict() == NOT_FOUND
        assert f"getTaskDetail answered HTTP {status}" in str(caught.value)


def test_list_error_status_raises_too() -> None:
    recorder = Recorder(httpx.Response(401, json=NOT_FOUND))
    with pytest.raises(booster_csv.ErrorStatus) as caught:
        asyncio.run(booster_csv.asyncio_get_tasks(client=recorder.client()))
    assert caught.value.status_code == 401 and isinstance(caught.value.parsed, ErrorResponse)


@pytest.mark.parametrize("answer", [httpx.Response(418, text="teapot"), httpx.Response(404, json=NOT_FOUND)])
def test_undocumented_status_is_unexpected_status(answer: httpx.Response) -> None:
    # 404 is documented for getTaskDetail only.
    with pytest.raises(errors.UnexpectedStatus) as caught:
        booster_csv.get_tasks(client=Recorder(answer).client())
    assert caught.value.status_code == answer.status_code


@pytest.mark.parametrize(
    "answer",
    [httpx.Response(500, text="<html>"), httpx.Response(401, headers={"WWW-Authenticate": 'jwt realm="/auth/jwt"'})],
    ids=["html-500", "empty-401"],
)
def test_documented_status_with_an_unreadable_body_is_error_status_without_a_model(answer: httpx.Response) -> None:
    # The status decides: a documented 500 or an empty 401 is still that error, its body just not readable.
    with pytest.raises(booster_csv.ErrorStatus) as caught:
        booster_csv.get_tasks(client=Recorder(answer).client())
    assert (caught.value.status_code, caught.value.parsed) == (answer.status_code, None)
    assert f"getTasks answered HTTP {answer.status_code} (no readable body)" in str(caught.value)


@pytest.mark.parametrize("content_type", ["application/json", "text/jsonl", ""])
def test_wrong_content_type_is_named(content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    recorder = Recorder(httpx.Response(200, content=b'[{"asyncTaskId": "x"}]', headers=headers))
    with pytest.raises(booster_csv.UnexpectedContentType) as caught:
        booster_csv.get_tasks(client=recorder.client())
    assert caught.value.content_type == content_type
    assert repr(content_type or "(none)") in str(caught.value)
    assert "text/csv" in str(caught.value)
    with pytest.raises(booster_csv.UnexpectedContentType):
        asyncio.run(booster_csv.asyncio_get_task_detail(client=recorder.client(), async_task_id=ID))


# --- from the spec --------------------------------------------------------------------------------------


def _csv_examples() -> list[tuple[str, str, str]]:
    spec = load("booster")
    found = []
    for op_id, op in sorted(spec.operations.items()):
        media = op.responses["200"].content["text/csv"]
        for name, value in media.examples.items():
            found.append((op_id, name, str(value)))
    return found


@pytest.mark.parametrize(("operation_id", "name", "body"), _csv_examples(), ids=lambda v: str(v)[:20])
def test_spec_csv_examples_parse(operation_id: str, name: str, body: str) -> None:
    client = answering(body).client()
    if operation_id == "getTasks":
        if body.strip() == "[]":  # the metadata page's placeholder (the spec says it is not real CSV)
            with pytest.raises(CsvFormatError):
                booster_csv.get_tasks(client=client)
            return
        tasks = booster_csv.get_tasks(client=client)
        assert len(tasks) == len(body.strip().splitlines()) - 1
    else:
        task = booster_csv.get_task_detail(client=client, async_task_id=ID)
        assert task.percentage == 100 and isinstance(task.signed_download_url, Unset)


@pytest.mark.parametrize("key", KEYS)
def test_csv_module_exactly_where_the_spec_offers_csv(key: str) -> None:
    package = PROVIDERS[key].client_dir / PROVIDERS[key].package
    facts = csv_answers(load(key))
    assert (package / "csv.py").is_file() == (facts is not None)
    readme = (package.parent / "README.md").read_text()
    assert ("## CSV answers" in readme) == (facts is not None)


def test_booster_csv_facts_and_surface() -> None:
    facts = csv_answers(load("booster"))
    assert facts is not None
    assert {op["module"]: (op["model"], op["many"]) for op in facts["operations"]} == {
        "get_tasks": ("Task", True),
        "get_task_detail": ("Task", False),
    }
    assert set(booster_csv.__all__) >= {"get_tasks", "get_task_detail", "asyncio_get_tasks", "asyncio_get_task_detail"}
    readme = (PROVIDERS["booster"].client_dir / "README.md").read_text()
    assert "csv.get_tasks(client=client)" in readme
    assert "csv.get_task_detail(client=client, async_task_id=...)" in readme
