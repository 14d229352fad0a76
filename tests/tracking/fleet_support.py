"""A scripted provider for the fleet tests: a bulk status operation (bol's shape, `{"processStatuses": [...]}`)
whose answers a test decides (a 413 once, an empty list, one id the provider refuses, an outage), so that what
the tracker makes of each answer is measured without a mock server's timing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from asyncstatus_core.errors import APIConnectionError
from asyncstatus_core.polling import Lifecycle, PollPolicy
from asyncstatus_core.tracker import Bulk, Provider, TrackerEngine
from asyncstatus_core.types import Response

FAST = PollPolicy(initial=0.01, maximum=0.05, jitter=0.0, budget=False)
STATES = {"SUCCESS": Lifecycle.SUCCEEDED, "PENDING": Lifecycle.PENDING, "FAILURE": Lifecycle.FAILED}


def answer(status: int, parsed: Any = None) -> Response[Any]:
    return Response(status_code=HTTPStatus(status), content=b"", headers={}, parsed=parsed)


def statuses(ids: list[str], status: str = "SUCCESS") -> Response[Any]:
    return answer(200, {"processStatuses": [{"id": i, "status": status} for i in ids]})


# A script: given the ids asked for and how many requests came before, the answer (None: the provider's
# normal answer, every id SUCCESS after its first read).
Script = Callable[[list[str], int], "Response[Any] | APIConnectionError | None"]


@dataclass
class FakeBulk:
    script: Script
    limit: int = 1000
    requests: list[list[str]] = field(default_factory=list)
    reads: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fetch(self, ids: list[str]) -> Response[Any]:
        with self.lock:
            count = len(self.requests)
            self.requests.append(list(ids))
        scripted = self.script(list(ids), count)
        if isinstance(scripted, APIConnectionError):
            raise scripted
        if scripted is not None:
            return scripted
        items = []
        for i in ids:
            with self.lock:
                self.reads[i] = self.reads.get(i, 0) + 1
                done = self.reads[i] >= 2
            items.append({"id": i, "status": "SUCCESS" if done else "PENDING"})
        return answer(200, {"processStatuses": items})

    def provider(self, scope: str = "fleet") -> Provider:
        return Provider(
            scope=scope,
            fetch_one=lambda i, params: self.fetch([i]),
            as_model=lambda parsed: parsed if isinstance(parsed, dict) and "status" in parsed else None,
            classify=lambda item: STATES[item["status"]],
            pointer=("status",),
            not_found="expired",
            bulk=Bulk(
                limit=self.limit,
                fetch=self.fetch,
                items_of=lambda parsed: parsed.get("processStatuses") if isinstance(parsed, dict) else None,
                id_of=lambda item: item.get("id"),
            ),
        )


def engine(fake: FakeBulk, store: str, **options: Any) -> TrackerEngine:
    options.setdefault("policy", FAST)
    options.setdefault("budget_name", None)
    return TrackerEngine(fake.provider(), store=store, **options)
