"""Shared by the tracker tests: processes made through the mock's admin API, and the package's tracker."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from codegen.sdkfacts import snake_case
from mocks.server import RunningMock
from providers import PROVIDERS

# The waiters' backoff, shortened so that a test takes a second, not minutes.
FAST = {"initial": 0.02, "maximum": 0.1, "jitter": 0.0}


def package(key: str) -> ModuleType:
    return importlib.import_module(PROVIDERS[key].package)


def tracker_module(key: str) -> ModuleType:
    return importlib.import_module(f"{PROVIDERS[key].package}.tracker")


def create(running: RunningMock, final: str, steps: int, count: int = 1) -> list[dict[str, Any]]:
    """`count` processes ending in `final` after `steps` reads: their parameters as SDK keywords."""
    with running.admin() as admin:
        answer = admin.post("/processes", json={"final_status": final, "steps": steps, "count": count})
    assert answer.status_code == 201, answer.text
    return [{snake_case(k): v for k, v in p.items()} for p in answer.json()["created"]]


def id_name(key: str) -> str:
    """The keyword of the process id in the status operation (its last required parameter)."""
    from codegen.sdkfacts import waiter
    from specmodel import load

    facts = waiter(load(key))
    assert facts is not None
    return str(facts["params"][-1]["name"])
