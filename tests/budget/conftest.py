"""Many waits sharing one rate budget, against the running mocks with `POST /_mock/ratelimit` (issue 9,
section 2). The full-size runs (500 waits, >= 75 s by construction) are marked `slow` and run only with
RUN_SLOW=1; `make test` runs the scaled-down ones, which assert the same ratios."""

from __future__ import annotations

import os

import pytest
from providers import use_generated_clients

use_generated_clients()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a full-size run of a minute or more; RUN_SLOW=1 runs it")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="full-size run (>= 75 s): set RUN_SLOW=1")
    for item in items:
        if "slow" in item.keywords and item.path.is_relative_to(os.path.dirname(__file__)):
            item.add_marker(skip)
