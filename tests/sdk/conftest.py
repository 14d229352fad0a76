"""The generated SDKs against their running mocks. Packages are imported from generated/clients/ (as
`pip install` of them would provide)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mocks.server import RunningMock, serve
from providers import PROVIDERS, use_generated_clients

use_generated_clients()


@pytest.fixture(scope="module", params=list(PROVIDERS))
def running(request: pytest.FixtureRequest) -> Iterator[RunningMock]:
    with serve(request.param) as mock:
        yield mock
