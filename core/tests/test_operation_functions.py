"""`operations.Operation` makes a generated endpoint module's four public functions from its one typed `_request`
(issue 19): the request is built from the spec's facts (method, path, the operation's headers, path rules), the
functions keep `_request`'s signature and docstring for `help()` and the docs, and they send and read as before."""

from __future__ import annotations

import asyncio
import inspect
import typing
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from asyncstatus_core.answers import Tabular
from asyncstatus_core.errors import InvalidParameter
from asyncstatus_core.operations import RAISES, Operation, Request, operation
from asyncstatus_core.params import PathRule
from asyncstatus_core.types import UNSET, Unset


class Job:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = dict(document)

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> Job:
        return cls(document)


class Media:
    TABULAR: Mapping[str, Tabular] = {}
    SERVERS: Mapping[str, Mapping[str, str]] = {}
    PATH_RULES: Mapping[str, Mapping[str, PathRule]] = {"get_job": {"job_id": PathRule("job_id", "jobId")}}
    HEADERS: Mapping[str, Mapping[str, str]] = {"get_job": {"Accept": "application/vnd.jobs+json"}}


OPERATION: Operation[Job] = Operation(
    "get_job", Media(), [(200, 200, "object", Job.from_dict)], method="get", path="/owners/{owner}/jobs/{job_id}"
)


def _request(
    owner: str, job_id: str, *, client: Any, page: int | Unset = UNSET, x_trace: str | Unset = UNSET
) -> Request:
    """Get one job

    Args:
        owner (str): whose job.
    """
    headers = {} if isinstance(x_trace, Unset) else {"X-Trace": x_trace}
    return OPERATION.request(
        client, path={"owner": owner, "job_id": job_id}, kwargs={"params": {"page": page}, "headers": headers}
    )


sync_detailed, sync, asyncio_detailed, asyncio_ = OPERATION.functions(_request, "Job")


def sdk(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "7"})

    return SimpleNamespace(
        raise_on_unexpected_status=False,
        _base_url="https://api.example.com",
        total_timeout=None,
        max_body_size=1_000_000,
        get_httpx_client=lambda: httpx.Client(
            base_url="https://api.example.com", transport=httpx.MockTransport(handler)
        ),
        get_async_httpx_client=lambda: httpx.AsyncClient(
            base_url="https://api.example.com", transport=httpx.MockTransport(handler)
        ),
    )


def test_the_request_quotes_the_path_keeps_the_operations_headers_and_drops_unset_parameters() -> None:
    call = _request("a/b", "7", client="c", x_trace="t")
    assert call.client == "c"
    assert call.kwargs == {
        "method": "get",
        "url": "/owners/a%2Fb/jobs/7",
        "params": {},
        "headers": {"Accept": "application/vnd.jobs+json", "X-Trace": "t"},
    }
    assert _request("o", "7", client="c", page=2).kwargs["params"] == {"page": 2}


def test_a_refused_path_parameter_raises_before_any_request() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(InvalidParameter, match="job_id: ' ' is only whitespace"):
        sync_detailed("o", " ", client=sdk(seen))
    assert seen == []


def test_the_four_functions_send_and_read_the_answer() -> None:
    seen: list[httpx.Request] = []
    client = sdk(seen)
    detailed = sync_detailed("o", "7", client=client, page=3)
    assert int(detailed.status_code) == 200 and isinstance(detailed.parsed, Job)
    assert isinstance(sync("o", "7", client=client), Job)
    assert isinstance(asyncio.run(asyncio_detailed("o", "7", client=client)).parsed, Job)
    assert isinstance(asyncio.run(asyncio_("o", "7", client=client)), Job)
    assert str(seen[0].url) == "https://api.example.com/owners/o/jobs/7?page=3"
    assert len(seen) == 4 and seen[0].headers["Accept"] == "application/vnd.jobs+json"


def test_the_functions_carry_the_modules_name_signature_and_docstring() -> None:
    assert sync_detailed.__module__ == __name__ and sync_detailed.__name__ == "sync_detailed"
    assert inspect.iscoroutinefunction(asyncio_detailed) and inspect.iscoroutinefunction(asyncio_)
    signature = inspect.signature(sync)
    assert list(signature.parameters) == ["owner", "job_id", "client", "page", "x_trace"]
    assert signature.return_annotation == "Job | None"
    assert inspect.signature(asyncio_detailed).return_annotation == "Response[Job]"
    assert typing.get_type_hints(sync_detailed)["page"] == int | Unset
    doc = inspect.getdoc(sync_detailed) or ""
    assert doc.startswith("Get one job\n\nArgs:\n    owner (str): whose job.")
    assert RAISES in doc and doc.endswith("Returns:\n    Response[Job]")
    short = inspect.getdoc(asyncio_) or ""
    assert short.startswith("Get one job\n\n`sync` on asyncio") and short.endswith("Returns:\n    Job")


def test_an_operation_without_models_has_only_the_detailed_functions() -> None:
    plain: Operation[Any] = Operation(
        "ping", Media(), [(204, 204, "none", None)], parsed=False, method="post", path="/ping"
    )

    def ping(*, client: Any) -> Request:
        return plain.request(client)

    detailed, async_detailed = plain.detailed(ping, "Any")
    assert ping(client="c").kwargs == {"method": "post", "url": "/ping", "headers": {}}
    assert detailed.__name__ == "sync_detailed" and async_detailed.__name__ == "asyncio_detailed"
    assert (inspect.getdoc(detailed) or "").startswith("ping\n\n" + RAISES)


def test_an_endpoint_modules_operation_comes_from_its_name_route_and_answers() -> None:
    import sys
    import types

    media = types.ModuleType("acme_client._media")
    media.TABULAR, media.SERVERS, media.PATH_RULES, media.HEADERS = {}, {}, {}, {}  # type: ignore[attr-defined]
    sys.modules["acme_client._media"] = media
    try:
        made: Operation[Any] = operation(
            "acme_client.api.jobs.get_job",
            "delete /jobs/{job_id}",
            [("200", "object", Job.from_dict), ("404 500-599", "none", None)],
        )
    finally:
        del sys.modules["acme_client._media"]
    assert (made.name, made.media, made.method, made.path) == ("get_job", media, "delete", "/jobs/{job_id}")
    assert made.reads == ((200, 200, "object", Job.from_dict), (404, 404, "none", None), (500, 599, "none", None))
