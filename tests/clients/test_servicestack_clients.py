"""ServiceStack's own clients against the booster mock, as a Booster user runs them: `servicestack` (PyPI,
`JsonServiceClient`) here in-process, and `@servicestack/client` (npm, `JsonServiceClient`) on Node through
booster_servicestack_client.mjs. Typed calls go to ServiceStack's pre-defined routes (`/api/{Request}` by
default, `/json/reply/{Request}` with the base path off), so these tests fail when the mock stops serving
them; the errors are read the way the clients read them (`responseStatus`, or the status line)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest
from dataclasses_json import LetterCase, Undefined, dataclass_json
from mocks.server import RunningMock, serve
from servicestack import IGet, IReturn, JsonServiceClient, WebServiceException  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TOKEN = "mock-token"
COM_ID = "3f2b8c1e-9a4d-4e6f-8b7c-2d1e0f9a8b7c"  # a seeded task that has finished (COM)
UNKNOWN_ID = "0123456789abcdef0123456789abcdef"


# dataclasses-json's stubs do not accept its own LetterCase members (an Enum of functions).
camel: Any = dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)  # type: ignore[call-overload]


# The DTOs as ServiceStack's Python generator (`/types/python` of the host) writes them from the host's C# DTOs
# (camelCase properties, so LetterCase.CAMEL maps them back). Python 3.11 keeps `Optional` here, as generated.
@camel
@dataclass
class Task:
    async_task_id: Optional[str] = None  # noqa: UP045
    type: Optional[str] = None  # noqa: UP045
    request_date: Optional[str] = None  # noqa: UP045
    status: Optional[str] = None  # noqa: UP045
    percentage: int = 0
    brand: Optional[str] = None  # noqa: UP045
    download_url: Optional[str] = None  # noqa: UP045
    signed_download_url: Optional[str] = None  # noqa: UP045
    total_results: Optional[int] = None  # noqa: UP045
    total_succeeded: Optional[int] = None  # noqa: UP045
    total_failed: Optional[int] = None  # noqa: UP045


@camel
@dataclass
class GetTaskDetailResponse(Task):
    pass


@camel
@dataclass
class GetTask(IReturn[list[Task]], IGet):  # type: ignore[misc]
    pass


@camel
@dataclass
class GetTaskDetail(IReturn[GetTaskDetailResponse], IGet):  # type: ignore[misc]
    async_task_id: Optional[str] = None  # noqa: UP045


@pytest.fixture(scope="module")
def running() -> Iterator[RunningMock]:
    with serve("booster") as running:
        yield running


def python_client(running: RunningMock, *, base_path: str | None = "api", token: str | None = TOKEN) -> Any:
    client = JsonServiceClient(running.base_url)
    if base_path != "api":
        client.set_base_path(base_path or "")
    if token is not None:
        client.set_bearer_token(token)
    return client


@pytest.mark.parametrize("base_path", ["api", None], ids=["api", "json-reply"])
def test_python_client_typed_calls(running: RunningMock, base_path: str | None) -> None:
    client = python_client(running, base_path=base_path)
    tasks = client.get(GetTask())
    assert sorted(t.status for t in tasks) == sorted(running.mock.lifecycle.all_values)
    assert all(isinstance(t, Task) for t in tasks)
    for call in (client.get, client.post):
        task = call(GetTaskDetail(async_task_id=COM_ID))
        assert isinstance(task, GetTaskDetailResponse)
        assert (task.async_task_id, task.status, task.percentage) == (COM_ID.replace("-", ""), "COM", 100)
        assert task.download_url and task.download_url.endswith(".csv")


def test_python_client_errors(running: RunningMock) -> None:
    client = python_client(running)
    with pytest.raises(WebServiceException) as bad:
        client.get(GetTaskDetail(async_task_id="task-42"))
    assert bad.value.status_code == 400
    assert bad.value.response_status.error_code == "RequestBindingException"
    assert [e.field_name for e in bad.value.response_status.errors] == ["asyncTaskId"]
    with pytest.raises(WebServiceException) as missing:
        client.get(GetTaskDetail(async_task_id=UNKNOWN_ID))
    # The body is the empty GetTaskDetailResponse: read as an error DTO it has no responseStatus.
    assert (missing.value.status_code, missing.value.response_status) == (404, None)
    for token in (None, "wrong-token"):
        with pytest.raises(WebServiceException) as refused:
            python_client(running, token=token).get(GetTask())
        assert (refused.value.status_code, refused.value.response_status.error_code) == (401, "401")


def test_python_client_by_url(running: RunningMock) -> None:
    task = python_client(running).get_url(f"/tasks/{COM_ID}", response_as=GetTaskDetailResponse)
    assert (task.status, task.percentage) == ("COM", 100)


NODE_CLIENT = ROOT / "node_modules" / "@servicestack" / "client"


@pytest.fixture(scope="module")
def node_results(running: RunningMock) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None or not NODE_CLIENT.is_dir():  # both come with the project's setup (Debian's nodejs, npm ci)
        pytest.fail("node and node_modules/@servicestack/client are needed: install Node 20 and run `npm ci`")
    script = HERE / "booster_servicestack_client.mjs"
    done = subprocess.run(
        [node, str(script), running.base_url, TOKEN, COM_ID], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    results: dict[str, Any] = json.loads(done.stdout)
    return results


@pytest.mark.parametrize(
    ("scenario", "url"),
    [
        ("api get GetTask", "/api/GetTask"),
        ("reply get GetTask", "/json/reply/GetTask"),
    ],
)
def test_node_client_lists_tasks(node_results: dict[str, Any], running: RunningMock, scenario: str, url: str) -> None:
    result = node_results[scenario]
    assert result["ok"], result
    assert result["urls"] == [url]
    assert result["value"]["statuses"] == sorted(running.mock.lifecycle.all_values)


@pytest.mark.parametrize(
    ("scenario", "url"),
    [
        ("api get GetTaskDetail", f"/api/GetTaskDetail?asyncTaskId={COM_ID}"),
        ("api post GetTaskDetail", "/api/GetTaskDetail"),
        ("api get mjs GetTaskDetail", f"/api/GetTaskDetail?asyncTaskId={COM_ID}"),
        ("reply post GetTaskDetail", "/json/reply/GetTaskDetail"),
        ("url get /tasks/{id}", f"/tasks/{COM_ID}"),
    ],
)
def test_node_client_reads_a_task(node_results: dict[str, Any], scenario: str, url: str) -> None:
    result = node_results[scenario]
    assert result["ok"], result
    assert result["urls"] == [url]
    assert result["value"] == {
        "kind": "object",
        "asyncTaskId": COM_ID.replace("-", ""),
        "status": "COM",
        "percentage": 100,
    }


@pytest.mark.parametrize(
    ("scenario", "code", "fields"),
    [
        ("not a guid", "RequestBindingException", ["asyncTaskId"]),
        ("unknown task", "404", []),  # the empty GetTaskDetailResponse has no responseStatus: the status line
        ("no token", "401", []),
        ("wrong token", "401", []),
    ],
)
def test_node_client_errors(node_results: dict[str, Any], scenario: str, code: str, fields: list[str]) -> None:
    result = node_results[scenario]
    assert not result["ok"], result
    assert (result["errorCode"], result["fieldErrors"]) == (code, fields)
