"""`package_tracker` is what every generated `tracker` module was (issue 19): `status_provider` turns a package's
waits into what the engine reads, and `PackageTracker` gives each package's `Tracker` its keywords, its store,
its checks of `add` and the docstrings users read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
from asyncstatus_core.client import Client
from asyncstatus_core.package_tracker import ADD_DOC, DEFAULT_TIMEOUT, PackageTracker, status_provider
from asyncstatus_core.polling import Lifecycle
from asyncstatus_core.tracker import Provider
from asyncstatus_core.types import Response
from asyncstatus_core.urls import Route
from asyncstatus_core.waits import StatusWaits


class Status:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = dict(document)

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> Status:
        return cls(document)

    def to_dict(self) -> dict[str, Any]:
        return self.document


class Other:
    """Another alternative of the answer's union, with the same members."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = dict(document)

    def to_dict(self) -> dict[str, Any]:
        return self.document


WAITS: StatusWaits[Status] = StatusWaits(
    operation_id="getJob",
    model=Status,
    pointer=("state",),
    states={"DONE": Lifecycle.SUCCEEDED, "BUSY": Lifecycle.RUNNING},
    not_found="expired",
    not_found_answers=(),
    route=Route(servers=("https://api.example.com",), members=None),
    interval=2.5,
    progress_at=("percent",),
)


def fetch(ident: str, params: dict[str, Any]) -> Response[Any]:
    raise AssertionError("not read in these tests")


def test_the_provider_reads_the_waits_facts_and_the_answers_timing() -> None:
    client = Client(base_url="https://api.example.com")
    provider = status_provider("acme", WAITS, client, fetch, kind=("type",), started=("at",))
    status = Status({"state": "DONE", "percent": 40, "type": "export", "at": "2026-01-02T03:04:05Z"})
    assert provider.classify(status) is Lifecycle.SUCCEEDED and provider.pointer == ("state",)
    assert provider.progress_of is not None and provider.progress_of(status) == 0.4
    assert provider.kind_of is not None and provider.kind_of(status) == "export"
    assert provider.started_of is not None and provider.started_of(status) == 1767323045.0
    assert provider.finished_of is None and provider.bulk is None
    assert provider.base_url == "https://api.example.com" and provider.not_found == "expired"
    reread = provider.as_model(Other({"state": "BUSY"}))
    assert type(reread) is Status and reread.document == {"state": "BUSY"}
    assert provider.as_model(None) is None and provider.as_model("text") is None


class Tracker(PackageTracker[Status]):
    """Durable tracking of Acme jobs."""

    SCOPE = "acme_client"
    WAITS = WAITS

    def _provider(self, client: Any) -> Provider:
        return status_provider(self.SCOPE, self.WAITS, client, fetch)

    def add(self, job_ids: Iterable[str | int], *, timeout: float | None = DEFAULT_TIMEOUT) -> int:
        return self._track(job_ids, {}, timeout, "int")


def test_a_packages_tracker_stores_checked_ids_with_its_facts(tmp_path: Path) -> None:
    client = Client(base_url="https://API.example.com")
    with Tracker(client=client, store=f"sqlite:///{tmp_path / 'track.db'}") as tracker:
        assert tracker.add([" 7 ", 8]) == 2
        assert tracker.add(["7"]) == 0
        with pytest.raises(ValueError, match="empty"):
            tracker.add(["9", " "])
        with pytest.raises(ValueError):
            tracker.add(["x"])  # not an integer, though a string
        assert tracker.counts()["pending"] == 2
        assert tracker.engine.budget is not None and tracker.engine.budget.name == "acme_client@api.example.com"
        assert tracker.engine.policy.initial == 2.5  # the spec's interval


def test_help_shows_the_packages_facts_then_what_the_keywords_mean() -> None:
    doc = Tracker.__doc__ or ""
    assert doc.startswith("Durable tracking of Acme jobs.\n\n`store`: a URL")
    assert "`lag_per_request`" in doc and Tracker.add.__doc__ == ADD_DOC
